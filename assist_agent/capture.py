"""Screen capture as an aiortc video track.

mss grabs in a thread of its own (never on the event loop); the track hands the
encoder only the newest frame, so a slow encoder skips frames instead of lagging.

What it sends, and why (figures in docs/PERFORMANCE.md):
- **Only changes.** The X server's DAMAGE extension says whether anything was drawn
  since the last look; a still screen is not grabbed, converted or encoded at all.
  Without DAMAGE (another X server, or none) each grab is compared with the last.
- **Refinement, then keep-alive.** After a change the same picture is offered again
  at the capture rate until the encoder reports a fine quantizer (or
  `REFINE_SECONDS` pass), so text turns sharp fast; then once every
  `KEEPALIVE_SECONDS`, so a lost last packet is repaired and the supporter's view
  never waits on a frame that will not come.
- **libyuv** converts BGRA → I420 (0.3 ms at 1080p against 5–6 ms for PyAV's
  swscale); PyAV stays as the fallback when libyuv is missing.
- **The pointer is not in the picture.** Its position is polled with the grabs and
  sent as `cursor` messages on the data channel (`send_cursor`); the supporter app
  draws it, so pointer motion costs no video.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import fractions
import logging
import select
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import av
import mss
import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from assist_media import codec_tuning
from assist_media.sharp import STILL_SECONDS, SharpSender

log = logging.getLogger("assist.agent.capture")

VIDEO_CLOCK_RATE = 90_000
TIME_BASE = fractions.Fraction(1, VIDEO_CLOCK_RATE)
REFINE_SECONDS = 3.0  # at most this long re-sending a still picture after a change
REFINE_MIN_FRAMES = 3  # always this many re-sends, even if the quantizer looks fine
KEEPALIVE_SECONDS = 1.0  # a still screen still sends one (tiny) frame this often
CURSOR_RETRY = 1 / 30  # the data channel refused a cursor message: try again after this
CURSOR_IDLE_CHECK = 0.5  # a still pointer: look whether sharing ended this often
POINTER_POLL_S = 0.25  # with raw motion events: also read the pointer this often (warps)


@dataclass(frozen=True)
class Pointer:
    """Where the home user's pointer is, as fractions of the shared picture."""

    x: float
    y: float
    visible: bool


class ScreenCapture:
    """A thread that grabs one monitor at a steady rate and keeps the newest frame."""

    def __init__(self, monitor: int = 1, fps: float = 30.0) -> None:
        self.monitor = monitor
        self.interval = 1.0 / fps
        self.frames_captured = 0  # pictures grabbed (a still screen grabs none)
        self.frames_published = 0  # pictures offered to the encoder, re-sends included
        self.frames_skipped = 0  # offered, but a newer one was taken instead
        self.link_waits = 0  # times the track waited for the paced send queue
        self._lock = threading.Lock()
        self._newest: av.VideoFrame | None = None
        self._serial = 0
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._thread: threading.Thread | None = None
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        self._pointer_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        self.area = monitor_area(monitor)
        self.pointer: Pointer | None = None
        self.pointer_serial = 0
        self._root_size: tuple[int, int] | None = None
        self._change = 0.0
        self._keepalive = False
        self._sharp_covers = False  # the still picture is (being) sent sharp, all of it
        self.sharp_deciding = False  # a big change: is the screen still after it?
        # Sharp still pictures (assist_media/sharp.py), once the channel is open.
        self.sharp: SharpSender | None = None
        self._sharp_wanted = threading.Event()
        # Written to wake the capture thread from its idle wait (stop, pause, sharp).
        self._kick_r, self._kick_w = socket.socketpair()
        self._kick_r.setblocking(False)
        self._kick_w.setblocking(False)
        self._sharp_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    def set_paused(self, paused: bool) -> None:
        """While paused nothing is grabbed; the track sends a calm 'paused' picture."""
        if paused:
            self._paused.set()
        else:
            self._paused.clear()
        self._kick()

    def _kick(self) -> None:
        with contextlib.suppress(OSError):
            self._kick_w.send(b"k")

    def _unkick(self) -> None:
        with contextlib.suppress(OSError):
            while self._kick_r.recv(64):
                pass

    def _wait_kick(self, timeout: float) -> None:
        """Sleep until kicked (stop, pause, resume, sharp) or `timeout`."""
        with contextlib.suppress(OSError, ValueError):
            select.select([self._kick_r], [], [], timeout)
        self._unkick()

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
        self._kick()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2.0)
        elif thread is None:  # never started (or stopped before): nothing else closes
            self._kick_r.close()
            self._kick_w.close()
        self._wake_all()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def newest(self) -> tuple[int, av.VideoFrame | None]:
        with self._lock:
            return self._serial, self._newest

    def take_change(self) -> dict[str, float | bool]:
        """For the encoder: how much of the picture changed since the last call (0…1),
        and whether this offer is only a keep-alive."""
        with self._lock:
            change, self._change = self._change, 0.0
            return {
                "changed": change,
                "keepalive": self._keepalive and not change,
                "sharp": self._sharp_covers,
            }

    def add_waiter(self, loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
        with self._lock:
            self._waiters.append((loop, event))

    def want_sharp(self) -> None:
        """The sharp picture channel is open: still parts go over it from now on."""
        self._sharp_wanted.set()
        self._kick()

    def add_sharp_waiter(self, loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
        """`event` is set when sharp picture messages were queued."""
        with self._lock:
            self._sharp_waiters.append((loop, event))

    def add_pointer_waiter(self, loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
        """`event` is set when the pointer next moves (or hides)."""
        with self._lock:
            self._pointer_waiters.append((loop, event))

    # -- the capture thread ----------------------------------------------------------
    def _run(self) -> None:
        grabber = None
        try:
            with ChangeWatch() as watch:
                grabber = mss.mss()
                pacer, refine = Pacer(self.interval), Refinement()
                previous: bytes | None = None  # last grab, only when DAMAGE is missing
                fresh = True  # grab even without damage: first picture, after a pause
                picture: np.ndarray | None = None  # the last grab, BGRX
                still_at: float | None = None  # when to send the still picture sharp
                moving = 0  # grabs in a row that changed
                next_partial = 0.0  # while moving: look for resting parts from then
                while not self._stop.is_set():
                    now = time.monotonic()
                    self._poll_pointer(watch, now)
                    if self._paused.is_set():
                        if self.sharp is not None and picture is not None:
                            self.sharp.clear()  # nothing sharp stays shown
                        self._publish(paused_frame(self.area["width"], self.area["height"]))
                        watch.changed()  # what was drawn meanwhile: grabbed afresh after
                        fresh, previous, picture, still_at = True, None, None, None
                        self.sharp_deciding = self._sharp_covers = False
                        self._wait_kick(PAUSED_FRAME_INTERVAL)
                        pacer.restart()
                        continue
                    if self._resized(watch):
                        grabber.close()
                        grabber = mss.mss()
                        fresh, previous = True, None
                        if self.sharp is not None:
                            self.sharp = self._new_sharp()
                            self.sharp.clear()
                    if self.sharp is None and self._sharp_wanted.is_set():
                        self.sharp = self._new_sharp()
                        still_at = now  # the picture already shown goes sharp at once
                        refine.changed(now, ladder=False)
                    changed = watch.changed()
                    if changed or fresh:
                        box = None if fresh else watch.box(self.area)
                        fresh = False
                        shot = grabber.grab(self.area)
                        with self._lock:
                            self.frames_captured += 1
                        raw = None if watch.available else bytes(shot.raw)
                        if raw is None or raw != previous:
                            previous = raw
                            picture = _bgrx(shot)
                            sharp = self.sharp is not None
                            # A big change after a still screen: the video waits to see
                            # whether it stays still (then the sharp cells go first).
                            self.sharp_deciding = (
                                sharp and still_at is None and (changed or 1.0) >= HOLD_CHANGE
                            )
                            self._publish(_to_video_frame(picture), changed or 1.0, sharp)
                            refine.changed(now, ladder=not sharp)  # sharp: no VP8 ladder
                            if self.sharp is not None:
                                self.sharp.damaged(picture, box, now)
                                # A page that appeared goes sharp one look later; a screen
                                # that was moving must rest longer (a busy machine can
                                # pause an animation for 66 ms).
                                moving = moving + 1 if still_at is not None else 0
                                rest = (
                                    STILL_SECONDS if moving < MOVING_GRABS else STILL_AFTER_MOTION
                                )
                                still_at = now + rest
                                # Something keeps moving (a spinner, a video): the parts
                                # that rest go sharp meanwhile.
                                settled = now - STILL_AFTER_MOTION
                                if (
                                    moving >= MOVING_GRABS
                                    and now >= next_partial
                                    and self.sharp.settled_waiting(settled)
                                ):
                                    self.sharp.still(picture, settled)
                                    next_partial = now + STILL_AFTER_MOTION
                        elif due := refine.due(now):
                            self._republish(keepalive=due == "keepalive")
                    elif still_at is not None and now >= still_at and self.sharp is not None:
                        still_at = None
                        covered = picture is not None and self.sharp.still(picture)
                        self.sharp_deciding = False
                        self._sharp_covers = covered
                        if not covered:
                            refine.changed(now, ladder=True)  # a photo: the video refines it
                    elif due := refine.due(now):
                        self._republish(keepalive=due == "keepalive")
                    if changed or still_at is not None or refine.refining(now):
                        pacer.wait(self._stop)
                    elif watch.motion_events:
                        # Nothing moves: sleep until the X server says something was
                        # drawn or the pointer moved, or a keep-alive is due (a still
                        # screen cost 1.1 % CPU looking 30 times a second).
                        wake_at = min(refine.next_due(), now + POINTER_POLL_S)
                        watch.wait(wake_at - time.monotonic(), self._kick_r)
                        self._unkick()
                        pacer.restart()
                    else:
                        pacer.wait(self._stop)
        except Exception:  # a capture failure must end sharing, not hang it
            log.exception("screen capture stopped")
            self._stop.set()
            self._wake_all()
        finally:
            if grabber is not None:
                grabber.close()
            self._kick_r.close()
            self._kick_w.close()

    def _resized(self, watch: ChangeWatch) -> bool:
        """The screen changed size (xrandr): take the monitor's new rectangle."""
        root = watch.geometry()
        if root is None or root == self._root_size:
            return False
        self._root_size = root
        area = monitor_area(self.monitor)
        if area == self.area:
            return False
        self.area = area
        log.info("screen size changed: now %sx%s", area["width"], area["height"])
        return True

    def _poll_pointer(self, watch: ChangeWatch, now: float) -> None:
        position = watch.pointer(now)
        if position is None:
            return
        area = self.area
        x, y = position[0] - area["left"], position[1] - area["top"]
        inside = 0 <= x < area["width"] and 0 <= y < area["height"] and not self.paused
        pointer = Pointer(
            min(max(x / max(area["width"] - 1, 1), 0.0), 1.0),
            min(max(y / max(area["height"] - 1, 1), 0.0), 1.0),
            inside,
        )
        if pointer != self.pointer:
            self.pointer = pointer
            self.pointer_serial += 1
            with self._lock:
                waiters, self._pointer_waiters = self._pointer_waiters, []
            _wake(waiters)

    def _new_sharp(self) -> SharpSender:
        """A sharp picture sender for the shared monitor's present size."""
        return SharpSender(self.area["width"], self.area["height"], self._wake_sharp, _link_bps)

    def _wake_sharp(self) -> None:
        """SharpSender queued a message: wake the task that sends them."""
        with self._lock:
            waiters, self._sharp_waiters = self._sharp_waiters, []
        _wake(waiters)

    def _publish(self, frame: av.VideoFrame, change: float = 1.0, sharp: bool = False) -> None:
        with self._lock:
            self._newest = frame
            self._change = max(self._change, change)
            self._sharp_covers = sharp
            self._keepalive = False
            self._serial += 1
            self.frames_published += 1
        self._wake_all()

    def _republish(self, keepalive: bool = False) -> None:
        """Offer the same picture again: the encoder refines it (or keeps the link alive)."""
        with self._lock:
            if self._newest is None:
                return
            self._keepalive = keepalive
            self._serial += 1
            self.frames_published += 1
        self._wake_all()

    def _wake_all(self) -> None:
        with self._lock:
            waiters, self._waiters = self._waiters, []
            sharp, self._sharp_waiters = self._sharp_waiters, []
        _wake(waiters + sharp)


def _wake(waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]]) -> None:
    for loop, event in waiters:
        if not loop.is_closed():
            loop.call_soon_threadsafe(event.set)


class Pacer:
    """Waits out the rest of each capture interval. A grab that ran late is made up by
    starting the next one at once (resetting the schedule instead lost a frame now and
    then: 29.8 grabs a second at 30 fps); more than one interval behind, the schedule
    starts afresh, so it never bursts to catch up."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.next_at = time.monotonic()

    def restart(self) -> None:
        self.next_at = time.monotonic()

    def wait(self, stop: threading.Event) -> None:
        self.next_at += self.interval
        delay = self.next_at - time.monotonic()
        if delay < -self.interval:
            self.next_at = time.monotonic()
        elif delay > 0:
            stop.wait(delay)


class Refinement:
    """When to offer a still picture again: refine after a change, then keep alive."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.changed_at: float | None = None
        self.sent_at = clock()
        self.resends = 0

    def changed(self, now: float, ladder: bool = True) -> None:
        """The picture changed. `ladder`: refine it with re-sends (False when the sharp
        picture channel will send it exactly: then only keep-alives)."""
        self.changed_at = now if ladder else None
        self.sent_at, self.resends = now, 0

    def refining(self, now: float) -> bool:
        """Re-sends to sharpen a changed picture are still going on."""
        return self.changed_at is not None and now - self.changed_at < REFINE_SECONDS

    def next_due(self) -> float:
        """When the next keep-alive is due (monotonic clock)."""
        return self.sent_at + KEEPALIVE_SECONDS

    def due(self, now: float) -> str:
        """'refine', 'keepalive' or '' (nothing to send now)."""
        refining = self.refining(now) and (
            self.resends < REFINE_MIN_FRAMES or not codec_tuning.feedback.settled()
        )
        if not refining and self.changed_at is not None:
            self.changed_at = None  # refinement over: from now on keep-alives only
        if refining or now - self.sent_at >= KEEPALIVE_SECONDS:
            self.sent_at = now
            self.resends += 1
            return "refine" if refining else "keepalive"
        return ""


class ChangeWatch:
    """The X server's DAMAGE and pointer, read without blocking; degrades to 'always'.

    With XInput 2 raw motion the pointer is read only when it moved (and every
    POINTER_POLL_S, for warps, which make no raw motion); without it, at every look."""

    def __init__(self) -> None:
        self.available = False
        self.motion_events = False
        self._display: Any = None
        self._damage: int | None = None
        self._root: Any = None
        self._geometry: tuple[int, int] | None = None
        self._damaged = 0.0
        self._box: tuple[int, int, int, int] | None = None
        self._drawn_box: tuple[int, int, int, int] | None = None
        self._moved = True
        self._pointer_at = 0.0
        try:
            from Xlib import display
            from Xlib.ext import damage

            self._display = display.Display()
            self._root = self._display.screen().root
            if self._display.has_extension("DAMAGE"):
                self._display.damage_query_version()
                self._damage = self._root.damage_create(damage.DamageReportBoundingBox)
                self._display.sync()
                self.available = True
        except Exception as exc:  # no X server, no python-xlib, no DAMAGE: grab always
            log.info("no X DAMAGE (%s): every grab is compared instead", exc)
        if self.available:
            try:
                from Xlib.ext import xinput

                if self._display.has_extension("XInputExtension"):
                    self._root.xinput_select_events(
                        [(xinput.AllMasterDevices, xinput.RawMotionMask)]
                    )
                    self._display.sync()
                    self.motion_events = True
            except Exception as exc:  # no XInput 2: the pointer is read at every look
                log.info("no XInput 2 raw motion (%s): the pointer is polled", exc)

    def __enter__(self) -> ChangeWatch:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._display is not None:
            with contextlib.suppress(Exception):
                self._display.close()
        self._display = None

    def _drain(self) -> None:
        """Take every event the server has sent so far."""
        while self._display.pending_events():
            event = self._display.next_event()
            if hasattr(event, "drawable_geometry"):
                root, box = event.drawable_geometry, event.area
                self._geometry = (root.width, root.height)
                fraction = box.width * box.height / max(root.width * root.height, 1)
                self._damaged = max(self._damaged, min(fraction, 1.0), 1e-6)
                self._box = _union(self._box, (box.x, box.y, box.width, box.height))
            else:  # raw motion (the only other event selected)
                self._moved = True

    def changed(self) -> float:
        """How much was drawn since the last call, as a fraction of the screen (bounding
        box); 0.0 for nothing, 1.0 when it cannot tell."""
        if not self.available:
            return 1.0
        self._drain()
        damaged, self._damaged = self._damaged, 0.0
        self._drawn_box, self._box = self._box, None
        if damaged:
            self._display.damage_subtract(self._damage)
            self._display.flush()
        return damaged

    def box(self, area: dict[str, int]) -> tuple[int, int, int, int] | None:
        """Where the last `changed()` saw drawing (x, y, w, h in the shared monitor's
        pixels); None when it cannot tell."""
        if self._drawn_box is None:
            return None
        x, y, w, h = self._drawn_box
        return x - area["left"], y - area["top"], w, h

    def geometry(self) -> tuple[int, int] | None:
        """The root window's size as the last damage report gave it (None: no news)."""
        return self._geometry

    def pointer(self, now: float | None = None) -> tuple[int, int] | None:
        """The pointer's position; None if there is no news (or no X server)."""
        if self._root is None:
            return None
        if self.motion_events and now is not None:
            self._drain()
            if not self._moved and now - self._pointer_at < POINTER_POLL_S:
                return None
            self._moved, self._pointer_at = False, now
        try:
            reply = self._root.query_pointer()
        except Exception:
            return None
        return int(reply.root_x), int(reply.root_y)

    def wait(self, timeout: float, kick: socket.socket) -> None:
        """Sleep until the X server sends an event, `kick` is readable, or `timeout`."""
        if self._display is None:
            time.sleep(timeout)
            return
        if self._display.pending_events():
            return
        with contextlib.suppress(OSError, ValueError):
            select.select([self._display.fileno(), kick], [], [], max(timeout, 0.0))


def _link_bps() -> int:
    return codec_tuning.feedback.target_bitrate


def _union(
    a: tuple[int, int, int, int] | None, b: tuple[int, int, int, int]
) -> tuple[int, int, int, int]:
    if a is None:
        return b
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return x0, y0, x1 - x0, y1 - y0


def monitor_area(monitor: int) -> dict[str, int]:
    """The shared monitor's rectangle in screen pixels (mss: 1 = first monitor)."""
    with mss.mss() as grabber:
        monitors = grabber.monitors
        chosen = monitors[monitor] if 0 <= monitor < len(monitors) else monitors[0]
        return {key: int(chosen[key]) for key in ("left", "top", "width", "height")}


PAUSED_FRAME_INTERVAL = 0.5
# A change of at least this share of the screen, after a still screen, holds the video
# until the screen is seen still (its sharp cells go first) or moving again.
HOLD_CHANGE = 0.1
MOVING_GRABS = 3  # this many changed grabs in a row make a moving screen…
STILL_AFTER_MOTION = 0.2  # …which must rest this long before it is sent sharp
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


def _load_libyuv() -> ctypes.CDLL | None:
    for name in ("libyuv.so.0", ctypes.util.find_library("yuv")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            lib.ARGBToI420.argtypes = [ctypes.c_void_p, ctypes.c_int] * 4 + [ctypes.c_int] * 2
            return lib
        except (OSError, AttributeError):
            continue
    log.info("libyuv not found: BGRA→I420 through PyAV (about 5 ms more per 1080p frame)")
    return None


_libyuv = _load_libyuv()


def bgra_to_i420(bgra: np.ndarray) -> av.VideoFrame:
    """An H×W×4 BGRA array (C-contiguous rows) → a new I420 frame, cropped to even size."""
    height, width = bgra.shape[0] & ~1, bgra.shape[1] & ~1
    if _libyuv is None or not bgra.flags.c_contiguous:
        frame = av.VideoFrame.from_ndarray(bgra[:height, :width], format="bgra")
        return frame.reformat(format="yuv420p")
    frame = av.VideoFrame(width, height, "yuv420p")
    y, u, v = frame.planes
    _libyuv.ARGBToI420(
        bgra.ctypes.data, bgra.strides[0], y.buffer_ptr, y.line_size,
        u.buffer_ptr, u.line_size, v.buffer_ptr, v.line_size, width, height,
    )  # fmt: skip
    return frame


def _bgrx(shot: mss.base.ScreenShot) -> np.ndarray:
    """The screenshot's pixels as an H×W×4 BGRX array: a view, no copy (`shot.bgra`
    would copy 8 MB at 1080p)."""
    return np.frombuffer(shot.raw, dtype=np.uint8).reshape(shot.height, shot.width, 4)


def _to_video_frame(bgra: np.ndarray) -> av.VideoFrame:
    """BGRA picture → I420 frame; done in the capture thread, off the event loop."""
    return bgra_to_i420(bgra)


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
        # The link is behind (a big frame still leaving): wait, then take the newest
        # picture, so what is sent is fresh rather than queued.
        waited = False
        while codec_tuning.link_backlog_s() > codec_tuning.BACKLOG_MAX_S:
            if self.capture.stopped:
                break
            waited = True
            await asyncio.sleep(0.005)
        self.capture.link_waits += waited
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
        if self._last_serial:
            self.capture.frames_skipped += max(0, serial - self._last_serial - 1)
        self._last_serial = serial
        frame.opaque = self.capture.take_change()  # codec_tuning reads it
        frame.pts = int((time.monotonic() - self._start) * VIDEO_CLOCK_RATE)
        frame.time_base = TIME_BASE
        return frame

    def stop(self) -> None:
        super().stop()
        self.capture.stop()


async def send_cursor(capture: ScreenCapture, send: Callable[..., bool]) -> None:
    """Send the home user's pointer as `cursor` messages whenever it moves (or hides).

    Woken by the capture thread when the pointer changes: a still pointer costs no
    wake-ups (this loop used to look 60 times a second)."""
    sent = -1
    loop = asyncio.get_running_loop()
    event: asyncio.Event | None = None
    while not capture.stopped:
        if event is None or event.is_set():  # registered before looking: no move is missed
            event = asyncio.Event()
            capture.add_pointer_waiter(loop, event)
        pointer, serial = capture.pointer, capture.pointer_serial
        if pointer is not None and serial != sent:
            visible = pointer.visible and not capture.paused
            if send("cursor", x=round(pointer.x, 5), y=round(pointer.y, 5), visible=visible):
                sent = serial
            else:  # the channel is not ready: try again shortly
                await asyncio.sleep(CURSOR_RETRY)
            continue
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(event.wait(), CURSOR_IDLE_CHECK)


SHARP_OPEN_WAIT = 0.05  # the sharp channel is not open yet: look again after this
SHARP_BUSY_WAIT = 0.005  # the data channel still holds our last message: look again


async def send_sharp(capture: ScreenCapture, channel_of: Callable[[], Any]) -> None:
    """Send the capture's sharp picture messages (assist_media/sharp.py).

    One message at a time goes to the data channel, the next only once SCTP has taken
    it: a `drop` (cells changed) then waits behind one message at most, not behind a
    whole page. Sharp pictures start only once the channel is open and the link is
    authenticated (`channel_of()` returns the channel then, else None)."""
    loop = asyncio.get_running_loop()
    channel = channel_of()
    while channel is None:
        if capture.stopped:
            return
        await asyncio.sleep(SHARP_OPEN_WAIT)
        channel = channel_of()
    capture.want_sharp()

    def busy() -> bool:
        """Sharp pictures are queued here, in the channel or in SCTP's own queue."""
        sender = capture.sharp
        sctp_queue = getattr(channel.transport, "_outbound_queue", None)  # aiortc internal
        return bool(
            capture.sharp_deciding
            or (sender is not None and sender.pending())
            or channel.bufferedAmount
            or sctp_queue
        )

    release = codec_tuning.hold_video_while(busy)
    try:
        while not capture.stopped and channel.readyState == "open":
            event = asyncio.Event()
            capture.add_sharp_waiter(loop, event)  # registered before looking: none missed
            sender = capture.sharp
            if sender is not None and sender.pending():
                if channel.bufferedAmount:
                    await asyncio.sleep(SHARP_BUSY_WAIT)
                    continue
                data = sender.pop()
                if data is not None:
                    channel.send(data)
                continue
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(event.wait(), CURSOR_IDLE_CHECK)
    finally:
        release()
