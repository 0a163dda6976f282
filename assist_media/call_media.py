"""A call's sound on one authenticated PeerLink: `HomeCall` and `SupporterCall`.

Both keep the rules in `call.py` and make them true on the wire: the microphone is
opened only when `mic_may_send` (and the link's binding check passed), closed the
moment it is not; the other side's voice is played only when `may_hear`. Events go to
the app as small dataclasses; nothing here touches a widget.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from aiortc import MediaStreamTrack

from assist_session.peer import PeerLink

from .audio_io import AudioDevices, AudioUnavailable, Device, EchoCancel, MicCapture, sound_devices
from .audio_track import MicrophoneTrack, VoiceOut
from .call import CallPhase, HomeCallState, SupporterCallState
from .call_camera import CAMERA_DEVICE, CameraFrame, CameraGate, cameras, show_camera, v4l2_camera

log = logging.getLogger("assist.media.call")

LEVEL_EVERY = 0.1  # the level bar is told at most this often
OFFER_RATE_S = 5.0  # an offer sooner than this after the last one is dropped


@dataclass(frozen=True)
class CallOffered:
    """The supporter offers to talk; the home user answers Talk or Not now."""


@dataclass(frozen=True)
class CallChanged:
    """The call's state for the window: `phase` (idle, asked, talking), on hold, muted,
    whether the microphone sends now, and (supporter) whether the home user is muted."""

    phase: str
    on_hold: bool
    muted: bool
    mic_sending: bool
    other_muted: bool = False
    camera_on: bool = False  # this side's camera sends now
    camera_possible: bool = False  # the connection has a camera m-line for this side


@dataclass(frozen=True)
class CallProblem:
    """A device problem (`no_sound_server`, `no_microphone`, `no_speaker`, `refused`), or
    `link_lost`: a resumed link ended the call that was on the old one."""

    reason: str


@dataclass(frozen=True)
class MicLevel:
    level: float  # 0…1


@dataclass(frozen=True)
class CallDevices:
    """What the person can choose from in the call's test step, and what is in use
    ('' is the desktop's default microphone or speaker)."""

    microphones: tuple[Device, ...]
    speakers: tuple[Device, ...]
    cameras: tuple[Device, ...]
    microphone: str = ""
    speaker: str = ""
    camera: str = ""


CallEvent = CallOffered | CallChanged | CallProblem | MicLevel | CameraFrame | CallDevices


def audio_sender_of(link: PeerLink) -> Any:
    """The negotiated audio transceiver's sender (PeerLink(audio=True)), or None."""
    for transceiver in link.pc.getTransceivers():
        if transceiver.kind == "audio":
            return transceiver.sender
    return None


class _CallMedia:
    """What both sides share: the gate track, the voice out, the microphone's opening."""

    def __init__(
        self, link: PeerLink, emit: Callable[[Any], None], devices: AudioDevices | None
    ) -> None:
        self.link = link
        self._emit = emit
        self.devices = devices or AudioDevices()
        self.mic = MicrophoneTrack(link.authenticated)
        self.voice = VoiceOut(self.devices.speaker)
        self._tasks: set[asyncio.Future[Any]] = set()
        self._opening = False
        self._last_level = 0.0
        self.problems: list[str] = []
        self.state: Any = None  # the side's rules (call.py), set by the subclass
        # While the microphone sends, the call records from and plays into the sound
        # server's echo canceller (EchoCancel); it is unloaded whenever the microphone
        # closes, so nothing keeps the microphone open for us then.
        self.echo: EchoCancel | None = None
        self._closed = False
        # This side's camera: a gate on its outgoing video m-line (PeerLink(camera=True):
        # the supporter's is the 2nd video m-line, the home user's the 3rd); off until
        # the person turns it on, and sending only while the call talks.
        self.camera = CameraGate(link.authenticated)
        self.camera_on = False
        self.camera_source: Callable[[], MediaStreamTrack | None] = v4l2_camera
        self.camera_possible = False  # a negotiated m-line carries this side's camera
        self.camera_device = ""  # '' the first camera (CAMERA_DEVICE)

    CAMERA_OUT = 0  # index of this side's outgoing camera among the video transceivers

    def offer_devices(self) -> None:
        """Tell the window which microphones, speakers and cameras there are."""
        self._spawn(self._tell_devices())

    async def _tell_devices(self) -> None:
        microphones, speakers = await sound_devices()
        found = tuple(Device(path, label) for path, label in cameras())
        self._emit(CallDevices(
            tuple(microphones), tuple(speakers), found, self.devices.microphone or "",
            self.devices.speaker or "", self.camera_device,
        ))  # fmt: skip

    def choose_device(self, kind: str, name: str) -> None:
        """The person chose another `microphone`, `speaker` or `camera` ('' the default):
        used from the next sound or picture on, also in the middle of the call."""
        if kind == "camera":
            self.camera_device = name
            self.camera_source = functools.partial(v4l2_camera, name or CAMERA_DEVICE)
            self.camera.detach()
            self._sync_camera()
            return
        if kind == "microphone":
            self.devices = replace(self.devices, microphone=name or None)
        elif kind == "speaker":
            self.devices = replace(self.devices, speaker=name or None)
            self.voice.use_device(name or None)
        else:
            return
        if self.mic.sending:  # reopened on the new device (and a new echo canceller)
            self.mic.detach()
            self._stop_echo()
            self._apply()

    def _apply(self) -> None:
        raise NotImplementedError

    def attach(self) -> None:
        """Put the gate tracks on the negotiated senders (after offer or answer)."""
        sender = audio_sender_of(self.link)
        if sender is not None:
            sender.replaceTrack(self.mic)
        videos = [t for t in self.link.pc.getTransceivers() if t.kind == "video"]
        if self.CAMERA_OUT and len(videos) > self.CAMERA_OUT:
            videos[self.CAMERA_OUT].sender.replaceTrack(self.camera)
            self.camera_possible = True

    def set_camera(self, on: bool) -> None:
        """The person turns their camera on or off (it sends only while talking)."""
        self.camera_on = on
        self._sync_camera()
        self._changed()

    def _sync_camera(self) -> None:
        s = self.state
        wanted = self.camera_on and s.phase is CallPhase.TALKING and not s.on_hold
        if not wanted or self._closed or not self.camera_possible:  # never on in vain
            self.camera.detach()  # the camera itself stops
        elif not self.camera.sending and self.link.is_authenticated:
            source = self.camera_source()
            if source is None:
                self.camera_on = False
                self._emit(CallProblem("no_camera"))
            else:
                self.camera.attach(source)

    def hear(self, track: MediaStreamTrack) -> None:
        """The other side's audio track arrived (played only after the binding check);
        a video track is the supporter's camera (shown only after it, while talking)."""
        if track.kind == "audio":
            self._spawn(self.voice.play(track, self.link.authenticated))
        else:
            state = self.state
            self._spawn(
                show_camera(track, self.link.authenticated, lambda: state.may_hear, self._emit)
            )

    def drop(self) -> None:
        """The link this call was on is gone (a resume replaced it): the call ends here;
        the microphone and camera close at once. A new call is offered and answered again
        on the new link (docs/SECURITY.md, "The call and a resumed link")."""
        self.state.phase, self.state.muted = CallPhase.IDLE, False
        self.close()

    def announce(self) -> None:
        """Tell the window this call's state (a new call on a resumed link: idle)."""
        self._changed()

    def close(self) -> None:
        self._closed = True
        self.camera.detach()
        self.mic.detach()
        self._stop_echo()
        self.voice.set_playing(False)
        for task in self._tasks:
            task.cancel()

    # -- making the rules true ---------------------------------------------------------
    def _sync(self, mic_may_send: bool, may_hear: bool) -> None:
        if not mic_may_send:
            self.mic.detach()  # at once: the process ends, nothing queued is sent
            self._stop_echo()
        elif not self.mic.sending and not self._opening and self.link.is_authenticated:
            self._spawn(self._open_mic())
        self.voice.set_playing(may_hear)

    def _stop_echo(self) -> None:
        echo, self.echo = self.echo, None
        if echo is not None:
            echo.stop()
            self.voice.use_device(self.devices.speaker)

    def _wanted(self) -> bool:
        return bool(self.state.mic_may_send) and self.link.is_authenticated and not self._closed

    async def _open_mic(self) -> None:
        self._opening = True
        devices, echo = self.devices, None
        capture: MicCapture | None = None
        try:
            if devices.echo_cancel:
                echo = EchoCancel(devices)
                try:
                    devices = await echo.start()
                except AudioUnavailable as exc:
                    echo = None
                    log.warning("no echo cancelling (%s): the call uses the plain devices", exc)
            capture = MicCapture(devices.microphone, self._level)
            await capture.open()
            await asyncio.sleep(0.05)  # a device that does not exist ends the process
            reason = await capture.failure()
            if reason:
                raise AudioUnavailable(reason)
            if self._wanted():
                self.mic.attach(capture)
                self.echo, echo = echo, None
                self.voice.use_device(devices.speaker)  # the canceller hears the far end
            else:
                capture.close()  # the call changed while the device opened
        except (AudioUnavailable, OSError) as exc:
            if capture is not None:
                capture.close()
            reason = str(exc) if isinstance(exc, AudioUnavailable) else "no_microphone"
            self.problems.append(reason)
            self._emit(CallProblem(reason))
        finally:
            if echo is not None:
                echo.stop()
            self._opening = False
        self._changed()

    def _changed(self) -> None:
        raise NotImplementedError

    def _level(self, value: float) -> None:
        now = time.monotonic()
        if now - self._last_level >= LEVEL_EVERY:
            self._last_level = now
            self._emit(MicLevel(value))

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


class HomeCall(_CallMedia):
    """The home user's side of the call."""

    CAMERA_OUT = 2  # the screen, the supporter's camera in, then ours out

    def __init__(
        self,
        link: PeerLink,
        emit: Callable[[Any], None],
        devices: AudioDevices | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(link, emit, devices)
        self.state = HomeCallState()
        self._clock = clock
        self._last_offer = -OFFER_RATE_S

    def handle(self, message: dict[str, Any], sharing: bool) -> None:
        """A `call` message from the supporter (already checked: authenticated link)."""
        if message.get("action") == "offer":
            now = self._clock()
            if now - self._last_offer < OFFER_RATE_S:
                return
            self._last_offer = now
            if self.state.offered(sharing):
                self._emit(CallOffered())
                self._changed()
                self.offer_devices()  # the test step's choice of devices
        elif message.get("action") == "end" and self.state.end():
            self._apply()

    def talk(self) -> None:
        if self.state.talk():
            self._apply()

    def not_now(self) -> None:
        if self.state.not_now():
            self.link.send("call_state", state="declined", muted=False)
            self._changed()

    def end(self) -> None:
        if self.state.end():
            self._apply()

    def set_muted(self, muted: bool) -> None:
        if self.state.phase is CallPhase.TALKING and self.state.muted != muted:
            self.state.muted = muted
            self._apply()

    def set_on_hold(self, on_hold: bool) -> None:
        """The share is paused (or resumed): the call waits with it."""
        if self.state.on_hold != on_hold:
            self.state.on_hold = on_hold
            if self.state.phase is CallPhase.TALKING:
                self._apply()

    def stop(self) -> None:
        self.state.stop()
        self.close()

    def test_microphone(self, seconds: float = 10.0) -> None:
        """ "Say something — the bar moves": the microphone's loudness for a few seconds,
        shown here only. The test is never put on the track, so nothing is sent."""
        if not self._closed and not any(t.get_name() == "mic-test" for t in self._tasks):
            task = asyncio.ensure_future(self._mic_test(seconds))
            task.set_name("mic-test")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _mic_test(self, seconds: float) -> None:
        capture = MicCapture(self.devices.microphone, self._level)
        try:
            await capture.open()
            await asyncio.sleep(0.05)
            reason = await capture.failure()
            if reason:
                raise AudioUnavailable(reason)
            await asyncio.sleep(seconds)
        except (AudioUnavailable, OSError) as exc:
            self._emit(
                CallProblem(str(exc) if isinstance(exc, AudioUnavailable) else "no_microphone")
            )
        finally:
            capture.close()
            self._emit(MicLevel(0.0))

    def _apply(self) -> None:
        self._sync(self.state.mic_may_send, self.state.may_hear)
        self._sync_camera()
        with contextlib.suppress(Exception):
            self.link.send("call_state", state=self.state.wire_state(), muted=self.state.muted)
        self._changed()

    def _changed(self) -> None:
        s = self.state
        self._emit(
            CallChanged(
                s.phase.value,
                s.on_hold,
                s.muted,
                self.mic.sending,
                camera_on=self.camera.sending,
                camera_possible=self.camera_possible,
            )  # fmt: skip
        )


class SupporterCall(_CallMedia):
    """The supporter's side of the call."""

    CAMERA_OUT = 1  # the screen in, then our camera out (the home user's in: 3rd)

    def __init__(
        self, link: PeerLink, emit: Callable[[Any], None], devices: AudioDevices | None = None
    ) -> None:
        super().__init__(link, emit, devices)
        self.state = SupporterCallState()

    def offer(self) -> bool:
        if not self.link.is_authenticated or not self.state.offer():
            return False
        if not self.link.send("call", action="offer"):
            self.state.end()
            return False
        self._changed()
        return True

    def end(self) -> None:
        if self.state.end():
            self.link.send("call", action="end")
            self._apply()

    def set_muted(self, muted: bool) -> None:
        if self.state.phase is CallPhase.TALKING and self.state.muted != muted:
            self.state.muted = muted
            self._apply()

    def home_says(self, state: str, muted: bool) -> None:
        self.state.home_says(state, muted)
        self._apply()

    def _apply(self) -> None:
        self._sync(self.state.mic_may_send, self.state.may_hear)
        self._sync_camera()
        self._changed()

    def _changed(self) -> None:
        s = self.state
        self._emit(
            CallChanged(
                s.phase.value, s.on_hold, s.muted, self.mic.sending, s.home_muted,
                self.camera.sending, self.camera_possible,
            )
        )  # fmt: skip
