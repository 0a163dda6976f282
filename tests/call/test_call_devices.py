"""Choosing the microphone and speaker in the call's test step, with the real sound
server: two microphones (null sinks' sound remapped into real sources), the home user's
real call window and its keyboard, the real call over a real link."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt

from assist_agent.call_window import call_window_for
from assist_media.audio_io import AudioDevices, sound_devices
from assist_media.call_media import CallDevices, CallOffered
from tests.call.test_call_audio import DRAIN, HEARD, call_session, heard
from tests.support.sessions import serve
from tests.support.sound import SoundServer
from tests.support.timing import until

FIRST_TONE, SECOND_TONE = 1209.0, 1633.0


def two_microphones(sound: SoundServer) -> None:
    """home_mic_a hears what is played into home_mic_feed, home_mic_b into a second feed:
    real sources (not monitors), as a second microphone on a laptop would be."""
    sound.pactl("load-module", "module-null-sink", "sink_name=home_mic_b_feed", "rate=48000")
    for name, feed in (("home_mic_a", "home_mic_feed"), ("home_mic_b", "home_mic_b_feed")):
        sound.pactl(
            "load-module", "module-remap-source", f"master={feed}.monitor",
            f"source_name={name}", f"source_properties=device.description={name}",
        )  # fmt: skip


def test_only_real_microphones_and_speakers_are_offered(run_async: Any, sound: SoundServer):
    """Speakers' monitors are not microphones; both remapped microphones are listed."""
    two_microphones(sound)
    microphones, speakers = run_async(sound_devices())
    names = [device.name for device in microphones]
    assert names == ["home_mic_a", "home_mic_b"]
    assert "home_speaker" in [device.name for device in speakers]


def test_choosing_the_second_microphone_sends_its_sound(
    run_async: Any, sound: SoundServer, qtbot: Any, translations: Any
) -> None:
    """The question lists both microphones (the list is named for screen readers); the
    home user picks the second with the keyboard; after Talk the supporter hears the
    tone played into the second microphone, not the first; back to the first during
    the call, the first is heard."""
    two_microphones(sound)

    async def scenario() -> None:
        server = await serve()
        players = [
            sound.play_tone("supporter", 697.0),
            sound.play_tone("home", FIRST_TONE),  # into home_mic_feed → home_mic_a
            play_into(sound, "home_mic_b_feed", SECOND_TONE),
        ]
        run = await call_session(server.url, sound)
        run.home.audio_devices = AudioDevices("home_mic_a", "home_speaker")
        assert run.home.call is not None
        run.home.call.devices = run.home.audio_devices
        window = call_window_for(lambda: run.home)
        qtbot.addWidget(window)
        try:
            assert run.supporter.offer_call()
            await until(lambda: any(isinstance(e, CallDevices) for e in run.home_events), 10.0)
            for event in run.home_events:
                if isinstance(event, (CallOffered, CallDevices)):
                    window.on_event(event, "Anna")
            choice = window.device_choice.lists["microphone"]
            assert choice.isVisibleTo(window) and choice.accessibleName() == "Microphone"
            assert choice.currentData() == "home_mic_a"
            assert not window.device_choice.lists["camera"].isVisibleTo(window)  # none here
            choice.setFocus()
            qtbot.keyClick(choice, Qt.Key.Key_Down)  # the next one: home_mic_b
            assert choice.currentData() == "home_mic_b"
            assert run.home.call.devices.microphone == "home_mic_b"

            run.home.talk()
            call = run.home.call
            supporter_call = run.supporter.call
            assert supporter_call is not None
            await until(lambda: call.mic.sending and supporter_call.mic.sending, 10.0, "talking")
            await asyncio.sleep(DRAIN)
            level, peak = await heard(sound, "supporter")
            assert level > HEARD and abs(peak - SECOND_TONE) < 10, (level, peak)

            # Changed in the middle of the call: the first microphone is heard instead.
            qtbot.keyClick(choice, Qt.Key.Key_Up)
            assert choice.currentData() == "home_mic_a"
            await until(lambda: call.mic.sending, 10.0, "the first microphone sends")
            await asyncio.sleep(DRAIN)
            level, peak = await heard(sound, "supporter")
            assert level > HEARD and abs(peak - FIRST_TONE) < 10, (level, peak)
        finally:
            await run.stop()
            for player in players:
                player.kill()
            await server.close()

    run_async(scenario())


def play_into(sound: SoundServer, sink: str, freq: float) -> Any:
    """A tone into any sink of the test server (play_tone knows only the sides')."""
    import subprocess
    import threading

    from tests.support.sound import RATE, tone

    proc = subprocess.Popen(
        ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
         f"--device={sink}", "--latency-msec=20"], stdin=subprocess.PIPE, env=sound.env(),
    )  # fmt: skip

    def feed() -> None:
        try:
            assert proc.stdin is not None
            proc.stdin.write(tone(freq, 60.0))
            proc.stdin.close()
        except (BrokenPipeError, ValueError, OSError):
            pass

    threading.Thread(target=feed, daemon=True).start()
    return proc
