"""The computer's microphone and speaker, through the desktop's sound server.

We talk to the sound server (PulseAudio, or PipeWire's PulseAudio server) with its
own command-line clients, `parec` and `pacat` (Debian's `pulseaudio-utils`):

- they are the sound server's maintained clients, so device choice, resampling and
  the desktop's permission prompts behave as in every other app;
- PyAV here is built without the `pulse` input, and PortAudio (`sounddevice`) reaches
  PulseAudio only through ALSA's plug-in, which adds a second buffer;
- ending the process closes the device at once: a microphone that is off is not
  recorded at all (the desktop's "microphone in use" sign goes out), it is not a
  stream of silence.

`PULSE_SERVER` (tests: a private server) is inherited by the clients. Device `None`
means the desktop's default microphone or speaker.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import secrets
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

log = logging.getLogger("assist.media.audio")

RATE = 48_000
FRAME_SAMPLES = 480  # 10 ms: one Opus frame (aiortc_patches.short_opus)
FRAME_BYTES = FRAME_SAMPLES * 2  # s16le mono
CAPTURE_LATENCY_MS = 10
PLAYBACK_LATENCY_MS = 20
QUEUE_FRAMES = 20  # 200 ms: older microphone frames are dropped, not queued
BACKLOG_MS = 40  # sound waiting for the speaker beyond this is dropped
F_SETPIPE_SZ = 1031  # Linux fcntl
PIPE_BYTES = 4096


class AudioUnavailable(Exception):
    """No sound server, no such device, or the desktop refused it; `str()` is a reason:
    `no_sound_server`, `no_microphone`, `no_speaker`, `refused`."""


@dataclass(frozen=True)
class AudioDevices:
    """Which microphone and speaker to use; None is the desktop's default."""

    microphone: str | None = None
    speaker: str | None = None
    echo_cancel: bool = True  # through EchoCancel (below), when the sound server has it


@dataclass(frozen=True)
class Device:
    """A microphone, speaker or camera the person can choose: `name` is what the sound
    server (or the camera's path) calls it, `label` its own description, shown as is."""

    name: str
    label: str


OWN_PREFIX = "assist_call_"  # our echo canceller's devices are never offered


async def sound_devices() -> tuple[list[Device], list[Device]]:
    """(microphones, speakers) the sound server offers now; monitors of speakers and our
    own echo canceller's devices left out. Empty lists when there is no sound server."""
    found: list[list[Device]] = []
    for kind in ("sources", "sinks"):
        try:
            items = json.loads(await _pactl("-f", "json", "list", kind))
        except (AudioUnavailable, OSError, ValueError):
            items = []
        devices = []
        for item in items if isinstance(items, list) else []:
            name = str(item.get("name") or "")
            props = item.get("properties") or {}
            if name and not name.startswith(OWN_PREFIX) and props.get("device.class") != "monitor":
                devices.append(Device(name, str(item.get("description") or name)))
        found.append(devices)
    return found[0], found[1]


def tools_present() -> bool:
    return shutil.which("parec") is not None and shutil.which("pacat") is not None


def level(pcm: bytes) -> float:
    """Loudness of s16 samples as 0…1 (RMS against full scale, on a dB scale from -60)."""
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    if samples.size == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(samples * samples))) / 32768.0
    if rms <= 1e-6:
        return 0.0
    db = 20.0 * np.log10(rms)
    return float(min(1.0, max(0.0, (db + 60.0) / 60.0)))


def _why(stderr: bytes) -> str:
    text = stderr.decode(errors="replace").lower()
    if "connection refused" in text or "connection failure" in text:
        return "no_sound_server"
    if "access denied" in text or "not authorized" in text:
        return "refused"
    return ""


def _end(proc: asyncio.subprocess.Process) -> None:
    """Kill a recording or playing process now, and reap it on the loop."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
    with contextlib.suppress(RuntimeError):  # no running loop: asyncio reaps it itself
        asyncio.get_running_loop().create_task(proc.wait())


class MicCapture:
    """The microphone, read in 10 ms mono frames while open; nothing is recorded before
    `open()` or after `close()` (the recording process ends)."""

    def __init__(self, device: str | None = None, on_level: Callable[[float], None] | None = None):
        self.device = device
        self.on_level = on_level
        self._proc: asyncio.subprocess.Process | None = None
        self._frames: asyncio.Queue[bytes | None] = asyncio.Queue(QUEUE_FRAMES)
        self._reader: asyncio.Task[None] | None = None
        self.frames_read = 0
        self.dropped = 0
        self.closed = False

    @property
    def is_open(self) -> bool:
        return self._proc is not None and not self.closed

    async def open(self) -> None:
        if not tools_present():
            raise AudioUnavailable("no_sound_server")
        args = ["parec", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
                f"--latency-msec={CAPTURE_LATENCY_MS}", "--client-name=Assist",
                "--stream-name=microphone"]  # fmt: skip
        if self.device:
            args.append(f"--device={self.device}")
        self._proc = await asyncio.create_subprocess_exec(
            *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        self._reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        try:
            while not self.closed:
                pcm = await proc.stdout.readexactly(FRAME_BYTES)
                self.frames_read += 1
                if self.on_level is not None:
                    self.on_level(level(pcm))
                if self._frames.full():
                    self._frames.get_nowait()
                    self.dropped += 1
                self._frames.put_nowait(pcm)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            if not self._frames.full():
                self._frames.put_nowait(None)  # wake a reader: this capture has ended

    async def failure(self) -> str:
        """Why the recording process ended early ('' while it runs or after close())."""
        proc = self._proc
        if proc is None or proc.returncode is None or self.closed:
            return ""
        err = await proc.stderr.read() if proc.stderr is not None else b""
        return _why(err) or "no_microphone"

    async def next_frame(self) -> bytes | None:
        """The next 10 ms of sound, or None once the capture ended."""
        if self.closed:
            return None
        return await self._frames.get()

    def close(self) -> None:
        """Stop recording now: the process ends and queued sound is forgotten."""
        self.closed = True
        if self._reader is not None:
            self._reader.cancel()
        while not self._frames.empty():
            self._frames.get_nowait()
        self._frames.put_nowait(None)
        if self._proc is not None:
            _end(self._proc)


class SpeakerPlayback:
    """The speaker, fed with 48 kHz s16 interleaved sound while open."""

    def __init__(self, device: str | None = None, channels: int = 2) -> None:
        self.device = device
        self.channels = channels
        self._proc: asyncio.subprocess.Process | None = None
        self.bytes_played = 0
        self.dropped = 0

    @property
    def is_open(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    async def open(self) -> None:
        if not tools_present():
            raise AudioUnavailable("no_sound_server")
        args = ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}",
                f"--channels={self.channels}", f"--latency-msec={PLAYBACK_LATENCY_MS}",
                "--client-name=Assist", "--stream-name=call"]  # fmt: skip
        if self.device:
            args.append(f"--device={self.device}")
        self._proc = await asyncio.create_subprocess_exec(
            *args, stdin=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL
        )
        assert self._proc.stdin is not None
        pipe = self._proc.stdin.get_extra_info("pipe")
        with contextlib.suppress(OSError, AttributeError, ValueError):
            # A 64 kB pipe holds 340 ms of sound: keep it to one page (21 ms).
            fcntl.fcntl(pipe.fileno(), F_SETPIPE_SZ, PIPE_BYTES)

    def write(self, pcm: bytes) -> None:
        """Play `pcm` after what is queued; dropped when more than BACKLOG_MS waits, so a
        burst from the network never turns into lasting delay."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.returncode is not None:
            return
        backlog = proc.stdin.transport.get_write_buffer_size()  # type: ignore[attr-defined]
        if backlog > BACKLOG_MS * RATE * 2 * self.channels // 1000:
            self.dropped += 1
            return
        with contextlib.suppress(ConnectionError, RuntimeError):
            proc.stdin.write(pcm)
            self.bytes_played += len(pcm)

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            _end(proc)


# -- echo cancellation, noise suppression, gain: the sound server's WebRTC module --------
ECHO_ARGS = (
    "aec_method=webrtc",
    # WebRTC's audio processing (libwebrtc-audio-processing): echo canceller, noise
    # suppression, high-pass filter and digital gain control; the analog gain control
    # would move the desktop's own microphone slider, which we leave to the person.
    # The extended filter follows an echo whose delay changes (a loaded desktop's sound
    # server does): bench/call.py, erle_db_runs.
    "aec_args='noise_suppression=1 high_pass_filter=1 analog_gain_control=0 "
    "digital_gain_control=1 extended_filter=1'",
)


async def _pactl(*args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        "pactl", *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise AudioUnavailable(_why(err) or "no_sound_server")
    return out.decode().strip()


class EchoCancel:
    """Asks the sound server for an echo-cancelled microphone and its speaker:
    PulseAudio's (and PipeWire-pulse's) `module-echo-cancel` with `aec_method=webrtc`,
    the WebRTC project's maintained audio processing. The call then records from its
    source and plays into its sink, so the canceller hears what the speaker plays."""

    def __init__(self, devices: AudioDevices) -> None:
        self.devices = devices
        self.module: str | None = None

    async def start(self) -> AudioDevices:
        if shutil.which("pactl") is None:
            raise AudioUnavailable("no_sound_server")
        source = self.devices.microphone or await _pactl("get-default-source")
        sink = self.devices.speaker or await _pactl("get-default-sink")
        tag = secrets.token_hex(4)
        self.module = await _pactl(
            "load-module", "module-echo-cancel", f"source_master={source}",
            f"sink_master={sink}", f"source_name={OWN_PREFIX}mic_{tag}",
            f"sink_name={OWN_PREFIX}speaker_{tag}", *ECHO_ARGS,
        )  # fmt: skip
        return AudioDevices(f"{OWN_PREFIX}mic_{tag}", f"{OWN_PREFIX}speaker_{tag}")

    def stop(self) -> None:
        module, self.module = self.module, None
        if module is not None:
            with contextlib.suppress(OSError):
                subprocess.Popen(  # the call has ended: do not wait for the answer
                    ["pactl", "unload-module", module],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )  # fmt: skip
