"""No sound before the binding check: the call's microphone cannot open, and no audio
packet arrives, on a link whose peer did not prove it is the paired app — while the
same steps on an honest link carry the tone (control)."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from assist_media.audio_io import MicCapture
from assist_media.call_media import HomeCall
from assist_session.peer import PeerLink
from crypto.code import PairingCode
from crypto.pairing import PairingProtocol, Role
from tests.call.test_call_audio import HOME_TONE, mic_streams
from tests.support.sound import SoundServer
from tests.support.timing import TIMEOUT_SCALE

SETTLE = 10.0 * TIMEOUT_SCALE
WATCH = 2.0 * TIMEOUT_SCALE  # how long a link that must carry nothing is watched


def paired() -> tuple[PairingProtocol, PairingProtocol]:
    code = PairingCode("1000", "39071556")
    home = PairingProtocol(Role.HOME_USER, code, 0)
    supporter = PairingProtocol(Role.SUPPORTER, code, 0)
    home.start()
    supporter.start()
    for _ in range(3):
        for frame in home.data_to_send():
            supporter.receive_data(frame)
        for frame in supporter.data_to_send():
            home.receive_data(frame)
    assert home.session_id is not None
    return home, supporter


@dataclass
class Heard:
    """Audio frames that arrive at the supporter's side of the link (decoded)."""

    frames: int = 0
    tasks: list[asyncio.Future[None]] = field(default_factory=list)

    def on_track(self, track: MediaStreamTrack) -> None:
        async def read() -> None:
            with contextlib.suppress(MediaStreamError):
                while True:
                    await track.recv()
                    self.frames += 1

        if track.kind == "audio":
            self.tasks.append(asyncio.ensure_future(read()))


async def call_over(honest: bool, sound: SoundServer) -> tuple[bool, int, int, bool]:
    """(authenticated, frames heard, home mic streams while talking, attach refused)."""
    home_pairing, supporter_pairing = paired()
    if not honest:  # another pairing: a relay's own app, DTLS itself works
        _, supporter_pairing = paired()
    heard = Heard()
    home = PeerLink(home_pairing, audio=True)
    supporter = PeerLink(supporter_pairing, audio=True, on_track=heard.on_track)
    call = HomeCall(home, lambda event: None, sound.devices("home"))
    try:
        offer = await home.create_offer(None)
        call.attach()
        # The home user says Talk before the link proved anything.
        call.state.offered(True)
        call.talk()
        await home.accept_answer(await supporter.accept_offer(offer))
        await asyncio.wait([home.authenticated, supporter.authenticated], timeout=SETTLE)
        refused = False
        capture = MicCapture(sound.devices("home").microphone)
        try:
            call.mic.attach(capture)
        except PermissionError:
            refused = True
        if home.is_authenticated:
            call.set_muted(True)
            call.set_muted(False)  # the honest path: the microphone opens now
        if honest:  # until the sound arrives (a busy machine is slower), then count
            deadline = asyncio.get_running_loop().time() + SETTLE
            while heard.frames <= 10 and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.1)
        else:  # a link that must carry nothing is watched for a while
            await asyncio.sleep(WATCH)
        return home.is_authenticated, heard.frames, mic_streams(sound, "home"), refused
    finally:
        call.stop()
        for task in heard.tasks:
            task.cancel()
        await home.close()
        await supporter.close()


@pytest.mark.security
def test_no_audio_before_the_binding_check(run_async: Any, sound: SoundServer) -> None:
    """The peer is not the paired app: nothing is recorded, nothing arrives."""
    player = sound.play_tone("home", HOME_TONE)
    try:
        authenticated, frames, streams, refused = run_async(call_over(False, sound))
    finally:
        player.kill()
    assert not authenticated
    assert refused  # the gate refuses an open microphone outright
    assert streams == 0  # the microphone was never opened
    assert frames == 0


@pytest.mark.security
def test_honest_link_carries_the_call(run_async: Any, sound: SoundServer) -> None:
    """Control: the same steps on an honest link open the microphone and carry audio."""
    player = sound.play_tone("home", HOME_TONE)
    try:
        authenticated, frames, streams, refused = run_async(call_over(True, sound))
    finally:
        player.kill()
    assert authenticated and not refused
    assert streams == 1
    assert frames > 10
