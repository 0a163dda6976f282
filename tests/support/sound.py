"""A real, private PulseAudio sound server for the call tests, with null devices.

Each side gets a microphone and a speaker that exist only in this server:

    home_mic_feed  (sink; a tone played here is what the home user's mic hears)
    home_mic_feed.monitor  → the home user's microphone
    home_speaker   (sink; the home user's speaker) → record home_speaker.monitor
    supporter_mic_feed / supporter_speaker: the same for the supporter

The server lives in a temporary runtime folder; `PULSE_SERVER` points the apps' `parec`
and `pacat` at it while the context is open.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assist_media.audio_io import AudioDevices
from tests.support.processes import stop
from tests.support.requires import needs
from tests.support.timing import TIMEOUT_SCALE

RATE = 48_000
TOOLS = ("pulseaudio", "pactl", "pacat", "parec")
needs_sound = needs(
    "pulseaudio + pulseaudio-utils",
    all(shutil.which(tool) for tool in TOOLS),
    "scripts/setup.sh installs pulseaudio and pulseaudio-utils",
)
SIDES = ("home", "supporter")


@dataclass
class SoundServer:
    runtime: Path
    server: str
    process: subprocess.Popen[bytes]

    def devices(self, side: str) -> AudioDevices:
        return AudioDevices(microphone=f"{side}_mic_feed.monitor", speaker=f"{side}_speaker")

    def env(self) -> dict[str, str]:
        return {**os.environ, "PULSE_SERVER": self.server}

    def pactl(self, *args: str) -> str:
        out = subprocess.run(
            ["pactl", *args], env=self.env(), capture_output=True, text=True, timeout=10
        )
        if out.returncode != 0:
            raise RuntimeError(f"pactl {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    def play_tone(self, side: str, freq: float, seconds: float = 60.0) -> subprocess.Popen[bytes]:
        """A sine into `side`'s microphone (kill the process to end it)."""
        pcm = tone(freq, seconds)
        proc = subprocess.Popen(
            ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
             f"--device={side}_mic_feed", "--latency-msec=20"],
            stdin=subprocess.PIPE, env=self.env(),
        )  # fmt: skip
        assert proc.stdin is not None

        def feed() -> None:
            with contextlib.suppress(BrokenPipeError, ValueError, OSError):
                proc.stdin.write(pcm)  # type: ignore[union-attr]
                proc.stdin.close()  # type: ignore[union-attr]

        import threading

        threading.Thread(target=feed, daemon=True).start()
        return proc

    async def record(self, side: str, seconds: float) -> np.ndarray:
        """What `side`'s speaker played for `seconds` (mono float samples, -1…1)."""
        proc = await asyncio.create_subprocess_exec(
            "parec", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
            f"--device={side}_speaker.monitor", "--latency-msec=20",
            stdout=asyncio.subprocess.PIPE, env=self.env(),
        )  # fmt: skip
        assert proc.stdout is not None
        wanted = int(seconds * RATE) * 2
        data = b""
        try:
            data = await asyncio.wait_for(proc.stdout.readexactly(wanted), seconds * 3 + 5)
        finally:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
        return np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0


def tone(freq: float, seconds: float, amplitude: float = 0.5) -> bytes:
    t = np.arange(int(seconds * RATE)) / RATE
    return (np.sin(2 * np.pi * freq * t) * amplitude * 32767).astype("<i2").tobytes()


def peak_frequency(samples: np.ndarray) -> float:
    """The strongest frequency in the samples (Hann window, FFT)."""
    windowed = samples * np.hanning(samples.size)
    spectrum = np.abs(np.fft.rfft(windowed))
    spectrum[:5] = 0  # no DC
    return float(np.argmax(spectrum) * RATE / samples.size)


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples * samples))) if samples.size else 0.0


@contextlib.contextmanager
def sound_server() -> Iterator[SoundServer]:
    """Start a private PulseAudio with each side's null microphone and speaker."""
    runtime = Path(tempfile.mkdtemp(prefix="assist-sound-"))
    socket = runtime / "native"
    config = runtime / "server.pa"
    lines = [f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}"]
    for side in SIDES:
        for sink in (f"{side}_mic_feed", f"{side}_speaker"):
            lines.append(f"load-module module-null-sink sink_name={sink} rate={RATE}")
    config.write_text("\n".join(lines) + "\n")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    env.pop("PULSE_SERVER", None)
    process = subprocess.Popen(
        ["pulseaudio", "-n", "-F", str(config), "--daemonize=no", "--exit-idle-time=-1",
         "--disallow-exit", "--use-pid-file=no", "--disable-shm=yes", "--log-target=stderr"],
        env=env, stdout=subprocess.DEVNULL, stderr=(runtime / "server.log").open("wb"),
    )  # fmt: skip
    server = SoundServer(runtime, f"unix:{socket}", process)
    deadline = time.monotonic() + 10 * TIMEOUT_SCALE
    while True:
        try:
            server.pactl("info")
            break
        except RuntimeError:
            if process.poll() is not None or time.monotonic() > deadline:
                stop(process)
                log = (runtime / "server.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"the sound server did not start: {log}") from None
            time.sleep(0.05)
    saved = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = server.server
    try:
        yield server
    finally:
        if saved is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = saved
        stop(process)
        shutil.rmtree(runtime, ignore_errors=True)
