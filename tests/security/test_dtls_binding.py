"""The binding check on real WebRTC links: only the paired apps' own DTLS session opens.

PeerLink level (assist_session/peer.py), two links in one process on this machine's
address. The sealed channel makes a swapped SDP fingerprint impossible for the server
(test_malicious_relay.py); here the SDPs are changed by hand, as if it were not, and the
DTLS exporter is broken on purpose.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiortc import MediaStreamTrack, RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamError, VideoStreamTrack

import assist_session.peer as peer_module
from assist_session.peer import DATA_CHANNEL_LABEL, PeerLink, dtls_keying_material
from crypto.code import PairingCode
from crypto.pairing import KEYING_MATERIAL_BYTES, PairingProtocol, Role
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import Run, claim_fails, serve, session, settle
from tests.support.timing import TIMEOUT_SCALE

pytestmark = pytest.mark.security

SETTLE = 10.0 * TIMEOUT_SCALE  # ample for ICE + DTLS + SCTP on this machine (~0.2 s)
NEGATIVE_WAIT = 3.0 * TIMEOUT_SCALE  # how long a link that must not open is watched


async def both_decided(a: PeerLink, b: PeerLink, timeout: float) -> None:
    """Wait until both links passed or failed their binding check, or the timeout."""
    await asyncio.wait([a.authenticated, b.authenticated], timeout=timeout)


def paired() -> tuple[PairingProtocol, PairingProtocol]:
    code = PairingCode("1000", "39071556")
    home, supporter = (
        PairingProtocol(Role.HOME_USER, code, 0),
        PairingProtocol(Role.SUPPORTER, code, 0),
    )
    home.start()
    supporter.start()
    for _ in range(3):
        for frame in home.data_to_send():
            supporter.receive_data(frame)
        for frame in supporter.data_to_send():
            home.receive_data(frame)
    assert home.session_id is not None and home.session_id == supporter.session_id
    return home, supporter


def swap_fingerprint(sdp: str) -> str:
    """The same SDP announcing another certificate (last hex byte changed)."""

    def change(match: re.Match[str]) -> str:
        value = match.group(2)
        last = int(value[-2:], 16) ^ 0x01
        return f"{match.group(1)}{value[:-2]}{last:02X}"

    changed = re.sub(r"^(a=fingerprint:sha-256 )([0-9A-Fa-f:]+)", change, sdp, flags=re.M)
    assert changed != sdp
    return changed


@dataclass
class Media:
    """Counts video frames that actually arrive at the supporter's side."""

    frames: int = 0
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def on_track(self, track: MediaStreamTrack) -> None:
        async def read() -> None:
            with contextlib.suppress(MediaStreamError):
                while True:
                    await track.recv()
                    self.frames += 1

        if track.kind == "video":
            self.tasks.append(asyncio.ensure_future(read()))

    def stop(self) -> None:
        for task in self.tasks:
            task.cancel()


@dataclass
class Outcome:
    home_authenticated: bool
    supporter_authenticated: bool
    home_ended: str | None
    supporter_ended: str | None
    frames: int


def authenticated(link: PeerLink) -> bool:
    return link.is_authenticated


async def connect(
    offer_to_supporter: Callable[[str], str] = lambda sdp: sdp,
    answer_to_home: Callable[[str], str] = lambda sdp: sdp,
    wait: float = SETTLE,
) -> Outcome:
    """Offer/answer between two PeerLinks (SDPs changed on the way if asked), then wait."""
    home_pairing, supporter_pairing = paired()
    media = Media()
    home = PeerLink(home_pairing)
    supporter = PeerLink(supporter_pairing, on_track=media.on_track)
    try:
        offer = await home.create_offer(VideoStreamTrack())
        answer = await supporter.accept_offer(offer_to_supporter(offer))
        await home.accept_answer(answer_to_home(answer))
        await both_decided(home, supporter, wait)
        await asyncio.sleep(0.3)  # media that would arrive, arrives
        return Outcome(
            authenticated(home),
            authenticated(supporter),
            home.ended.result() if home.ended.done() else None,
            supporter.ended.result() if supporter.ended.done() else None,
            media.frames,
        )
    finally:
        media.stop()
        await home.close()
        await supporter.close()


def test_honest_link_authenticates_and_carries_media() -> None:
    """Control case: untouched SDPs give an authenticated link with video on both ends."""
    outcome = asyncio.run(connect())
    assert outcome.home_authenticated and outcome.supporter_authenticated
    assert outcome.frames > 0


@pytest.mark.parametrize("where", ["offer", "answer"])
def test_tampered_dtls_fingerprint_gives_no_media_and_no_session(where: str) -> None:
    """One swapped SDP fingerprint: no side authenticates and no video frame arrives."""
    if where == "offer":
        outcome = asyncio.run(connect(offer_to_supporter=swap_fingerprint, wait=NEGATIVE_WAIT))
    else:
        outcome = asyncio.run(connect(answer_to_home=swap_fingerprint, wait=NEGATIVE_WAIT))
    assert not outcome.home_authenticated
    assert not outcome.supporter_authenticated
    assert outcome.frames == 0


def test_exporter_value_differs_per_session_and_matches_within_one() -> None:
    """Both ends of one DTLS session export the same 32 bytes; another session differs."""

    async def scenario() -> list[tuple[bytes | None, bytes | None]]:
        values = []
        for _ in range(2):
            home_pairing, supporter_pairing = paired()
            home, supporter = PeerLink(home_pairing), PeerLink(supporter_pairing)
            try:
                before = dtls_keying_material(home.pc)
                assert before is None  # no DTLS session yet: nothing to export
                answer = await supporter.accept_offer(await home.create_offer(None))
                await home.accept_answer(answer)
                await asyncio.wait_for(
                    asyncio.gather(home.authenticated, supporter.authenticated), SETTLE
                )
                values.append((dtls_keying_material(home.pc), dtls_keying_material(supporter.pc)))
            finally:
                await home.close()
                await supporter.close()
        return values

    (a_home, a_supporter), (b_home, b_supporter) = asyncio.run(scenario())
    assert a_home is not None and len(a_home) == KEYING_MATERIAL_BYTES
    assert a_home == a_supporter
    assert b_home == b_supporter
    assert a_home != b_home


def test_another_dtls_session_cannot_reuse_the_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    """If one side's DTLS session exports other keying material, neither side opens."""
    outcome_holder: list[Outcome] = []

    def other_value(value: bytes | None) -> bytes | None:
        return None if value is None else bytes(b ^ 0x5A for b in value)

    async def scenario() -> None:
        _patch_exporter_by_link(monkeypatch, other_value)
        outcome_holder.append(await connect())

    asyncio.run(scenario())
    (outcome,) = outcome_holder
    assert not outcome.home_authenticated
    assert not outcome.supporter_authenticated


def test_no_exporter_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a DTLS exporter on one side, no tag is sent or accepted: no session at all."""
    outcome_holder: list[Outcome] = []

    async def scenario() -> None:
        _patch_exporter_by_link(monkeypatch, lambda value: None)
        outcome_holder.append(await connect(wait=NEGATIVE_WAIT))

    asyncio.run(scenario())
    (outcome,) = outcome_holder
    assert not outcome.home_authenticated
    assert not outcome.supporter_authenticated
    assert outcome.supporter_ended == "binding_failed"


def test_no_exporter_on_either_side_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an exporter on both sides the tags would agree on "nothing": still refused."""
    monkeypatch.setattr(peer_module, "dtls_keying_material", lambda pc: None)
    outcome = asyncio.run(connect(wait=NEGATIVE_WAIT))
    assert not outcome.home_authenticated
    assert not outcome.supporter_authenticated
    assert (outcome.home_ended, outcome.supporter_ended) == ("binding_failed", "binding_failed")


def _patch_exporter_by_link(
    monkeypatch: pytest.MonkeyPatch, change: Callable[[bytes | None], bytes | None]
) -> None:
    """Change the exporter value for the supporter's link (the one with remote track)."""
    real = peer_module.dtls_keying_material

    def patched(pc: RTCPeerConnection) -> bytes | None:
        value = real(pc)
        # The screen's m-line comes first: the supporter receives it. (The helper app also
        # receives on a later m-line, the supporter's camera, issue 17.)
        first = pc.getTransceivers()[:1]
        is_supporter = any(t.receiver.track is not None and t.direction == "recvonly"
                           for t in first)  # fmt: skip
        return change(value) if is_supporter else value

    monkeypatch.setattr(peer_module, "dtls_keying_material", patched)


# -- a full DTLS man in the middle -------------------------------------------------------


class DtlsManInTheMiddle:
    """Ends DTLS separately with each app (its own certificate on each leg), passes the
    data channel messages and the video through, and hands each app an SDP naming the
    attacker's certificate - which the sealed channel would never let it do."""

    def __init__(self) -> None:
        self.to_home = RTCPeerConnection()  # answers the home app's offer
        self.to_supporter = RTCPeerConnection()  # offers to the supporter app
        self.relay = MediaRelay()
        self.home_channel: Any = None
        self.supporter_channel: Any = None
        self.passed: list[str] = []
        self.waiting: list[tuple[Any, Any]] = []
        self.home_track: MediaStreamTrack | None = None
        self.to_home.on("track", self._on_home_track)
        self.to_home.on("datachannel", self._on_home_channel)

    def _on_home_track(self, track: MediaStreamTrack) -> None:
        self.home_track = track

    def _on_home_channel(self, channel: Any) -> None:
        if channel.label != DATA_CHANNEL_LABEL:  # the sharp picture channel: not relayed
            return
        self.home_channel = channel
        channel.on("message", lambda m: self._pass(m, self.supporter_channel))
        channel.on("open", self._flush)

    def _pass(self, message: Any, to: Any) -> None:
        """Forward a message, holding it until the other leg's channel is open."""
        self.passed.append(message if isinstance(message, str) else "<bytes>")
        if to is not None and to.readyState == "open":
            to.send(message)
        else:
            self.waiting.append((message, to))

    def _flush(self) -> None:
        waiting, self.waiting = self.waiting, []
        for message, to in waiting:
            to = to or self.supporter_channel
            if to is not None and to.readyState == "open":
                to.send(message)
            else:
                self.waiting.append((message, to))

    async def answer_home(self, offer: str) -> str:
        await self.to_home.setRemoteDescription(RTCSessionDescription(offer, "offer"))
        await self.to_home.setLocalDescription(await self.to_home.createAnswer())
        return str(self.to_home.localDescription.sdp)

    async def offer_supporter(self) -> str:
        assert self.home_track is not None
        self.to_supporter.addTransceiver(self.relay.subscribe(self.home_track), "sendonly")
        channel = self.to_supporter.createDataChannel(DATA_CHANNEL_LABEL, ordered=True)
        channel.on("message", lambda m: self._pass(m, self.home_channel))
        channel.on("open", self._flush)
        self.supporter_channel = channel
        await self.to_supporter.setLocalDescription(await self.to_supporter.createOffer())
        return str(self.to_supporter.localDescription.sdp)

    async def take_answer(self, answer: str) -> None:
        await self.to_supporter.setRemoteDescription(RTCSessionDescription(answer, "answer"))

    async def close(self) -> None:
        await self.to_home.close()
        await self.to_supporter.close()


def test_a_dtls_man_in_the_middle_connects_but_never_gets_a_session() -> None:
    """Both DTLS legs connect and the tags pass through, yet neither app authenticates."""

    async def scenario() -> tuple[Outcome, list[str], str, str]:
        home_pairing, supporter_pairing = paired()
        media = Media()
        home = PeerLink(home_pairing)
        supporter = PeerLink(supporter_pairing, on_track=media.on_track)
        mitm = DtlsManInTheMiddle()
        try:
            answer_for_home = await mitm.answer_home(await home.create_offer(VideoStreamTrack()))
            await home.accept_answer(answer_for_home)
            answer = await supporter.accept_offer(await mitm.offer_supporter())
            await mitm.take_answer(answer)
            await both_decided(home, supporter, SETTLE)
            await asyncio.sleep(0.3)
            outcome = Outcome(
                home.is_authenticated,
                supporter.is_authenticated,
                home.ended.result() if home.ended.done() else None,
                supporter.ended.result() if supporter.ended.done() else None,
                media.frames,
            )
            states = mitm.to_home.connectionState, mitm.to_supporter.connectionState
            return outcome, mitm.passed, *states
        finally:
            media.stop()
            await home.close()
            await supporter.close()
            await mitm.close()

    outcome, passed, home_leg, supporter_leg = asyncio.run(scenario())
    assert any('"binding"' in m for m in passed), "the attack never got as far as the tags"
    assert not outcome.home_authenticated
    assert not outcome.supporter_authenticated
    assert outcome.home_ended == "binding_failed"
    assert outcome.supporter_ended == "binding_failed"
    assert (home_leg, supporter_leg) == ("connected", "connected")
    assert (home_leg, supporter_leg) == ("connected", "connected")


@needs("Xvfb", has_display(), "needs an X display")
def test_failed_binding_in_the_apps_captures_and_shows_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real apps with disagreeing DTLS exporters: both end `tampered`; the helper app
    took no picture and the supporter app showed no frame."""

    async def scenario() -> tuple[Run, str]:
        _patch_exporter_by_link(monkeypatch, lambda value: None if value is None else value[::-1])
        server = await serve()
        try:
            async with session(server.url) as run:
                await settle(run)
            burned = await claim_fails(server.url, run.code.nameplate)
        finally:
            await server.close()
        return run, burned

    run, burned = asyncio.run(scenario())
    assert run.reasons == ("tampered", "tampered")
    assert run.asked is not None  # it got as far as the binding check
    assert not run.screen_shown
    assert run.home.capture.frames_captured == 0
    assert burned == "unknown_code"


def test_sharp_pictures_pass_only_after_the_binding_and_only_to_the_supporter() -> None:
    """The `assist-sharp` channel obeys the binding check like the `assist` channel: its
    messages reach the supporter app only once the link is authenticated, and the
    helper app takes none from the supporter."""

    async def scenario(bind: bool) -> tuple[list[bytes], PeerLink, PeerLink]:
        home_pairing, supporter_pairing = paired()
        got: list[bytes] = []
        home = PeerLink(home_pairing)
        if not bind:
            home._send_binding = lambda: None  # type: ignore[method-assign]
        supporter = PeerLink(supporter_pairing, on_sharp=got.append)
        try:
            answer = await supporter.accept_offer(await home.create_offer(VideoStreamTrack()))
            await home.accept_answer(answer)
            for _ in range(int(SETTLE / 0.05)):
                if home._sharp is not None and home._sharp.readyState == "open":
                    break
                await asyncio.sleep(0.05)
            await both_decided(home, supporter, SETTLE if bind else 1.0)
            if bind:
                assert home.sharp_channel() is not None
            home._sharp.send(b"picture")  # on the raw channel: no check on this side
            if supporter._sharp is not None and supporter._sharp.readyState == "open":
                supporter._sharp.send(b"from the supporter")
            await asyncio.sleep(0.5)
            return got, home, supporter
        finally:
            await home.close()
            await supporter.close()

    got, home, supporter = asyncio.run(scenario(bind=True))
    assert got == [b"picture"]
    assert home.dropped.by_reason.get("unexpected_sharp") == 1
    got, home, supporter = asyncio.run(scenario(bind=False))
    assert got == []
    assert not supporter.is_authenticated
    assert supporter.dropped.by_reason.get("before_binding", 0) >= 1
