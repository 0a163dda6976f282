"""The call's sound end to end: both apps' real flows, a real pairing server, real aiortc
links and a real sound server. A tone in one side's microphone is heard at the other
side's speaker with its own frequency (FFT) — and nothing before Talk, during Pause,
after mute or after Stop."""

from __future__ import annotations

import asyncio
import subprocess
from typing import Any

from assist_media.audio_io import MicCapture
from assist_media.call_media import CallOffered, MicLevel
from tests.support.sessions import Run, serve, settle, shown_on_both, start_session
from tests.support.sound import SoundServer, peak_frequency, rms
from tests.support.timing import until

SUPPORTER_TONE = 697.0  # Hz, into the supporter's microphone
HOME_TONE = 1209.0  # Hz, into the home user's microphone
HEARD = 0.02  # RMS a played tone reaches easily (it is played at 0.5)
SILENT = 0.0005  # a null speaker that plays nothing records digital zeros
LISTEN = 1.2  # seconds recorded per check
DRAIN = 0.4  # in-flight sound (jitter buffer, speaker latency) is gone after this


async def heard(sound: SoundServer, side: str) -> tuple[float, float]:
    """(RMS, peak frequency) of what `side`'s speaker played for LISTEN seconds."""
    samples = await sound.record(side, LISTEN)
    return rms(samples), peak_frequency(samples)


async def nothing_heard(sound: SoundServer) -> None:
    home, supporter = await asyncio.gather(heard(sound, "home"), heard(sound, "supporter"))
    assert home[0] < SILENT, f"the home user's speaker played {home}"
    assert supporter[0] < SILENT, f"the supporter's speaker played {supporter}"


def mic_streams(sound: SoundServer, side: str) -> int:
    """How many recording streams are open on `side`'s microphone now."""
    sources = {
        line.split()[0]: line.split()[1]
        for line in sound.pactl("list", "short", "sources").splitlines()
    }
    count = 0
    for line in sound.pactl("list", "short", "source-outputs").splitlines():
        fields = line.split()
        if sources.get(fields[1]) == f"{side}_mic_feed.monitor":
            count += 1
    return count


def echo_modules(sound: SoundServer) -> int:
    """How many WebRTC echo cancellers are loaded in the sound server now."""
    modules = sound.pactl("list", "short", "modules").splitlines()
    return sum("module-echo-cancel" in line and "aec_method=webrtc" in line for line in modules)


async def call_session(server_url: str, sound: SoundServer) -> Run:
    run = await start_session(server_url)
    # Read when each app makes its call (after consent), so set before any await.
    run.home.audio_devices = sound.devices("home")
    run.supporter.audio_devices = sound.devices("supporter")
    await settle(run, 30.0)
    assert shown_on_both(run), run.reasons
    await until(lambda: run.supporter.share_state == "viewing", 10.0, "viewing")
    return run


def tones(sound: SoundServer) -> list[subprocess.Popen[bytes]]:
    return [sound.play_tone("supporter", SUPPORTER_TONE), sound.play_tone("home", HOME_TONE)]


def test_voice_travels_only_while_talking(run_async: Any, sound: SoundServer) -> None:
    """Before Talk: silence and no microphone open. Talk: each side hears the other's
    tone at its frequency. Pause: silence, both microphones closed. Resume: voices
    again. Home mute: the supporter hears nothing, the home user still hears. Stop:
    silence, nothing recording."""

    async def scenario() -> None:
        server = await serve()
        players = tones(sound)
        run = await call_session(server.url, sound)
        try:
            home_call, supporter_call = run.home.call, run.supporter.call
            assert home_call is not None and supporter_call is not None
            await nothing_heard(sound)
            assert mic_streams(sound, "home") == 0 and mic_streams(sound, "supporter") == 0

            # "Say something — the bar moves": the test shows the level and sends nothing.
            home_call.test_microphone(1.5)
            await until(lambda: any(
                isinstance(e, MicLevel) and e.level > 0.5 for e in run.home_events
            ), 10.0, "the microphone test's level")  # fmt: skip
            assert not home_call.mic.sending
            assert (await heard(sound, "supporter"))[0] < SILENT

            assert run.supporter.offer_call()
            await until(lambda: any(isinstance(e, CallOffered) for e in run.home_events), 10.0)
            await nothing_heard(sound)  # asked, not answered: still nothing
            assert mic_streams(sound, "home") == 0 and mic_streams(sound, "supporter") == 0

            run.home.talk()
            await until(lambda: home_call.mic.sending and supporter_call.mic.sending, 10.0)
            await asyncio.sleep(DRAIN)
            (home_rms, home_peak), (sup_rms, sup_peak) = await asyncio.gather(
                heard(sound, "home"), heard(sound, "supporter")
            )
            assert home_rms > HEARD and abs(home_peak - SUPPORTER_TONE) < 10, (home_rms, home_peak)
            assert sup_rms > HEARD and abs(sup_peak - HOME_TONE) < 10, (sup_rms, sup_peak)
            # Both sides talk through the sound server's WebRTC echo canceller.
            assert echo_modules(sound) == 2
            # The voice leaves ahead of the screen's paced video queue (aiortc_patches).
            assert len(run.home.capture.media.audio_ssrcs) == 1

            run.home.pause()
            await until(lambda: supporter_call.state.on_hold, 10.0, "on hold at the supporter")
            assert not home_call.mic.sending and not supporter_call.mic.sending
            await asyncio.sleep(DRAIN)
            await nothing_heard(sound)
            assert mic_streams(sound, "home") == 0 and mic_streams(sound, "supporter") == 0
            assert echo_modules(sound) == 0  # nothing keeps a microphone open for us

            run.home.resume()
            await until(lambda: home_call.mic.sending and supporter_call.mic.sending, 10.0)
            await asyncio.sleep(DRAIN)
            home_rms, home_peak = await heard(sound, "home")
            assert home_rms > HEARD and abs(home_peak - SUPPORTER_TONE) < 10

            run.home.set_muted(True)
            assert not home_call.mic.sending  # at once, not after a round trip
            await until(lambda: supporter_call.state.home_muted, 10.0, "mute told")
            await asyncio.sleep(DRAIN)
            sup_rms, _ = await heard(sound, "supporter")
            assert sup_rms < SILENT, sup_rms
            assert mic_streams(sound, "home") == 0
            home_rms, home_peak = await heard(sound, "home")  # muting oneself only
            assert home_rms > HEARD and abs(home_peak - SUPPORTER_TONE) < 10
        finally:
            await run.stop()
        await asyncio.sleep(DRAIN)
        await nothing_heard(sound)
        assert mic_streams(sound, "home") == 0 and mic_streams(sound, "supporter") == 0
        for player in players:
            player.kill()
        await server.close()

    run_async(scenario())


def test_a_supporter_app_that_sends_sound_uninvited_is_not_heard(
    run_async: Any, sound: SoundServer
) -> None:
    """A modified supporter app opens its microphone and sends before any call: the
    helper app receives the packets but plays nothing until the home user says Talk."""

    async def scenario() -> None:
        server = await serve()
        players = tones(sound)
        run = await call_session(server.url, sound)
        try:
            supporter_call, home_call = run.supporter.call, run.home.call
            assert supporter_call is not None and home_call is not None
            capture = MicCapture(sound.devices("supporter").microphone)
            await capture.open()
            supporter_call.mic.attach(capture)  # what an honest app never does here
            await until(lambda: home_call.voice.frames_in > 25, 10.0, "uninvited sound sent")
            home_rms, _ = await heard(sound, "home")
            assert home_rms < SILENT, home_rms
            assert home_call.voice.frames_played == 0
        finally:
            await run.stop()
            for player in players:
                player.kill()
            await server.close()

    run_async(scenario())
