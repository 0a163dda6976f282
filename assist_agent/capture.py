"""Screen capture as an aiortc video track.

mss grabs in a thread of its own (never on the event loop); the track hands the
encoder only the newest frame, so a slow encoder skips frames instead of lagging.
"""

from __future__ import annotations

import asyncio
import fractions
import logging
import threading
import time

import av
import mss
import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

log = logging.getLogger("assist.agent.capture")

VIDEO_CLOCK_RATE = 90_000
TIME_BASE = fractions.Fraction(1, VIDEO_CLOCK_RATE)


class ScreenCapture:
    """A thread that grabs one monitor at a steady rate and keeps the newest frame."""

    def __init__(self, monitor: int = 1, fps: float = 30.0) -> None:
        self.monitor = monitor
        self.interval = 1.0 / fps
        self.frames_captured = 0
        self._lock = threading.Lock()
        self._newest: av.VideoFrame | None = None
        self._serial = 0
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._thread: threading.Thread | None = None
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        self.area = monitor_area(monitor)

    def set_paused(self, paused: bool) -> None:
        """While paused nothing is grabbed; the track sends a calm 'paused' picture."""
        if paused:
            self._paused.set()
        else:
            self._paused.clear()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="screen-capture", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop grabbing; returns once the thread has taken its last picture."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2.0)
        self._wake_all()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def newest(self) -> tuple[int, av.VideoFrame | None]:
        with self._lock:
            return self._serial, self._newest

    def add_waiter(self, loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
        with self._lock:
            self._waiters.append((loop, event))

    def _run(self) -> None:
        try:
            with mss.mss() as grabber:
                next_at = time.monotonic()
                while not self._stop.is_set():
                    if self._paused.is_set():
                        self._publish(paused_frame(self.area["width"], self.area["height"]))
                        self._stop.wait(PAUSED_FRAME_INTERVAL)
                        next_at = time.monotonic()
                        continue
                    self._publish(_to_video_frame(grabber.grab(self.area)))
                    with self._lock:
                        self.frames_captured += 1
                    next_at += self.interval
                    delay = next_at - time.monotonic()
                    if delay < 0:  # we fell behind: do not try to catch up with a burst
                        next_at = time.monotonic()
                    else:
                        self._stop.wait(delay)
        except Exception:  # a capture failure must end sharing, not hang it
            log.exception("screen capture stopped")
            self._stop.set()
            self._wake_all()

    def _publish(self, frame: av.VideoFrame) -> None:
        with self._lock:
            self._newest = frame
            self._serial += 1
        self._wake_all()

    def _wake_all(self) -> None:
        with self._lock:
            waiters, self._waiters = self._waiters, []
        for loop, event in waiters:
            if not loop.is_closed():
                loop.call_soon_threadsafe(event.set)


def monitor_area(monitor: int) -> dict[str, int]:
    """The shared monitor's rectangle in screen pixels (mss: 1 = first monitor)."""
    with mss.mss() as grabber:
        monitors = grabber.monitors
        chosen = monitors[monitor] if 0 <= monitor < len(monitors) else monitors[0]
        return {key: int(chosen[key]) for key in ("left", "top", "width", "height")}


PAUSED_FRAME_INTERVAL = 0.5
PAUSED_BACKGROUND = (70, 50, 40)  # calm dark blue, as BGR
PAUSED_SYMBOL = (235, 235, 235)


def paused_frame(width: int, height: int) -> av.VideoFrame:
    """A calm picture with a large pause symbol: no words, so no language needed."""
    height, width = height & ~1, width & ~1
    image = np.empty((height, width, 3), dtype=np.uint8)
    image[:] = PAUSED_BACKGROUND
    bar_w, bar_h = max(2, width // 24), max(2, height // 4)
    top, centre = (height - bar_h) // 2, width // 2
    for left in (centre - 2 * bar_w, centre + bar_w):
        image[top : top + bar_h, left : left + bar_w] = PAUSED_SYMBOL
    return av.VideoFrame.from_ndarray(image, format="bgr24").reformat(format="yuv420p")


def _to_video_frame(shot: mss.base.ScreenShot) -> av.VideoFrame:
    """BGRA screenshot → I420 frame; done in the capture thread, off the event loop."""
    bgra = np.frombuffer(shot.bgra, dtype=np.uint8).reshape(shot.height, shot.width, 4)
    # The encoder needs even dimensions for 4:2:0 chroma.
    height, width = shot.height & ~1, shot.width & ~1
    frame = av.VideoFrame.from_ndarray(bgra[:height, :width], format="bgra")
    return frame.reformat(format="yuv420p")


class ScreenTrack(MediaStreamTrack):
    """The home user's screen as a video track; nothing is grabbed before `start()`."""

    kind = "video"

    def __init__(self, capture: ScreenCapture) -> None:
        super().__init__()
        self.capture = capture
        self._last_serial = 0
        self._start = time.monotonic()

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        while True:
            serial, frame = self.capture.newest()
            if frame is not None and serial != self._last_serial:
                break
            if self.capture.stopped:
                self.stop()
                raise MediaStreamError
            event = asyncio.Event()
            self.capture.add_waiter(asyncio.get_running_loop(), event)
            serial_now, _ = self.capture.newest()
            if serial_now == serial:
                await event.wait()
        self._last_serial = serial
        frame.pts = int((time.monotonic() - self._start) * VIDEO_CLOCK_RATE)
        frame.time_base = TIME_BASE
        return frame

    def stop(self) -> None:
        super().stop()
        self.capture.stop()
