"""The capture loop: when to look at the screen, and what to offer the encoder.

It runs in a thread of its own (never on the event loop) and keeps only the newest
frame, so a slow encoder skips frames instead of lagging (the aiortc track is in
`assist_agent/screen_track.py`). It sees the desktop only through a screen source
(`assist_agent/platform/screen.py`; X11 in `platform/x11/`).

What it offers, and why (figures in docs/PERFORMANCE.md):
- **Only changes.** The source says whether anything was drawn since the last look; a
  still screen is not grabbed, converted or encoded at all. A source without change
  notices gets each grab compared with the last.
- **Refinement, then keep-alive.** After a change the same picture is offered again
  at the capture rate until the encoder reports a fine quantizer (or
  `REFINE_SECONDS` pass), so text turns sharp fast; then once every
  `KEEPALIVE_SECONDS`, so a lost last packet is repaired and the supporter's view
  never waits on a frame that will not come.
- **Sharp still pictures.** Parts that stop moving go exactly over their own channel
  (assist_media/sharp.py); a big change holds the video until it is seen still.
- **The pointer is not in the picture.** Its position is read with the grabs and
  published as fractions of the shared monitor; the track's `send_cursor` sends it.
- **Private parts never leave.** A pause or blank (`set_blank`) withholds the newest
  frame and queued sharp pictures at once; an older grab is not published.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import select
import socket
import threading
import time
from dataclasses import dataclass

import av
import numpy as np

from assist_media.convert import bgra_to_i420, paused_frame, same_pixels
from assist_media.hints import NOTHING, FrameHints, union_box
from assist_media.link import MediaLink
from assist_media.sharp import STILL_SECONDS, SharpSender

from .capture_timing import Pacer, Refinement
from .platform.screen import POINTER_POLL_S, Area, Box, ScreenSource
from .privacy_capture import BlankMask

log = logging.getLogger("assist.agent.capture")

PAUSED_FRAME_INTERVAL = 0.5
# A change of at least this share of the screen, after a still screen, holds the video
# until the screen is seen still (its sharp cells go first) or moving again.
HOLD_CHANGE = 0.1
MOVING_GRABS = 3  # this many changed grabs in a row make a moving screen…
STILL_AFTER_MOTION = 0.2  # …which must rest this long before it is sent sharp


@dataclass(frozen=True)
class Pointer:
    """Where the home user's pointer is, as fractions of the shared picture."""

    x: float
    y: float
    visible: bool


class ScreenCapture:
    """A thread that grabs one monitor at a steady rate and keeps the newest frame."""

    def __init__(
        self, monitor: int = 1, fps: float = 30.0, source: ScreenSource | None = None
    ) -> None:
        self.source = source if source is not None else default_screen_source()
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
        self.blank = BlankMask()  # privacy (assist_agent/privacy.py): what to blank
        self._privacy_serial = 0  # bumped by every pause and blank change
        self._thread: threading.Thread | None = None
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        self._pointer_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        self.area = self.source.monitor_area(monitor)
        self.pointer: Pointer | None = None
        self.pointer_serial = 0
        self._root_size: tuple[int, int] | None = None  # the desktop's, as last seen
        self._change = 0.0
        self._change_box: Box | None = NOTHING  # where, since take_change (None: anywhere)
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
        # The connection's video state (assist_media/link.py): the session sets it to
        # attach(pc) before sharing; until then one of our own, on no connection.
        self.media = MediaLink()

    def set_paused(self, paused: bool) -> None:
        """While paused nothing is grabbed; the track sends a calm 'paused' picture —
        from this call on: the newest frame is replaced here, not by the capture thread."""
        if paused and not self._paused.is_set():
            self._paused.set()
            self._withhold(paused_frame(self.area["width"], self.area["height"]))
        elif not paused and self._paused.is_set():
            self._paused.clear()
            with self._lock:
                self._privacy_serial += 1
        self._kick()

    def set_blank(self, everything: bool, rects: tuple[tuple[int, int, int, int], ...]) -> None:
        """Blank the whole picture, or these desktop rectangles, from this call on."""
        area = self.area
        local = tuple((x - area["left"], y - area["top"], w, h) for x, y, w, h in rects)
        if self.blank.set(everything, local) is not None:  # changed: grab afresh, masked
            self._withhold(None)
            self._kick()

    @property
    def private(self) -> bool:
        """Nothing of the screen, the pointer included, may be sent now."""
        return self._paused.is_set() or self.blank.everything

    def _withhold(self, frame: av.VideoFrame | None) -> None:
        """Stop what was taken before from leaving: the newest frame becomes `frame`
        (None: nothing, until the next masked grab) and queued sharp pictures go."""
        with self._lock:
            self._privacy_serial += 1
            self._newest = frame
            if frame is not None:
                self._serial += 1
                self.frames_published += 1
        if self.sharp is not None:
            self.sharp.drop_queued()
        if frame is not None:
            self._wake_all()

    def set_monitor(self, monitor: int) -> Area:
        """Share another monitor from the next look; its area (NoSuchMonitor if absent)."""
        area = self.source.monitor_area(monitor)
        self.monitor, self._root_size = monitor, None  # `_resized` takes the new area
        if self._thread is None:
            self.area = area
        self._kick()
        return area

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

    def take_change(self) -> FrameHints:
        """The encoder's hints (assist_media reads them): how much of the picture changed
        since the last call (0…1), whether this offer is only a keep-alive, and whether
        the sharp pictures cover it."""
        with self._lock:
            change, self._change = self._change, 0.0
            box, self._change_box = self._change_box, NOTHING
            return FrameHints(
                changed=change,
                keepalive=self._keepalive and not change,
                sharp=self._sharp_covers,
                box=box if change else None,
            )

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
        try:
            self.source.open()
            refine = Refinement(lambda: _encoder_settled(self.media))
            state = _LoopState(Pacer(self.interval), refine)
            while not self._stop.is_set():
                now = time.monotonic()
                self._poll_pointer(now)
                if self._paused.is_set():
                    self._pause(state)
                    continue
                if state.privacy_serial != self._privacy_serial:
                    self._privacy_changed(state)
                changed = self._look(state, now)
                self._rest(state, changed, now)
        except Exception:  # a capture failure must end sharing, not hang it
            log.exception("screen capture stopped")
            self._stop.set()
            self._wake_all()
        finally:
            self.source.close()
            self._kick_r.close()
            self._kick_w.close()

    def _pause(self, state: _LoopState) -> None:
        """Paused: show the 'paused' picture and grab nothing until resumed."""
        if self.sharp is not None and state.picture is not None:
            self.sharp.clear()  # nothing sharp stays shown
        self._publish(paused_frame(self.area["width"], self.area["height"]))
        self.source.changed()  # what was drawn meanwhile: grabbed afresh after
        state.fresh, state.previous, state.picture, state.still_at = True, None, None, None
        self.sharp_deciding = self._sharp_covers = False
        self._wait_kick(PAUSED_FRAME_INTERVAL)
        state.pacer.restart()

    def _privacy_changed(self, state: _LoopState) -> None:
        """A blank began or ended: forget the sharp pictures and grab afresh, masked."""
        state.privacy_serial = self._privacy_serial
        if self.sharp is not None:
            self.sharp.clear()
        state.fresh, state.previous, state.picture, state.still_at = True, None, None, None
        self.sharp_deciding = self._sharp_covers = False

    def _look(self, state: _LoopState, now: float) -> float:
        """One look at the screen: grab what changed, send what went still, refine or
        keep alive. Returns how much changed since the last look."""
        if self._resized():
            state.fresh, state.previous = True, None
            if self.sharp is not None:
                self.sharp = self._new_sharp()
                self.sharp.clear()
        if self.sharp is None and self._sharp_wanted.is_set():
            self.sharp = self._new_sharp()
            state.still_at = now  # the picture already shown goes sharp at once
            state.refine.changed(now, ladder=False)
        changed = self.source.changed()
        if changed or state.fresh:
            self._grab(state, changed, now)
        elif (
            state.still_at is not None and now >= state.still_at and self.sharp is not None
            and state.privacy_serial == self._privacy_serial  # else: the picture is stale
        ):  # fmt: skip
            self._send_still(state, self.sharp, now)
        elif due := state.refine.due(now):
            self._republish(keepalive=due == "keepalive")
        return changed

    def _grab(self, state: _LoopState, changed: float, now: float) -> None:
        """Grab the monitor and publish the picture if it differs from the last."""
        box = None if state.fresh else self.source.changed_box(self.area)
        state.fresh = False
        taken_at = state.privacy_serial
        picture = self.blank.apply(self.source.grab(self.area))
        if taken_at != self._privacy_serial:
            return  # privacy changed while grabbing: this picture is not shown
        with self._lock:
            self.frames_captured += 1
        raw = None if self.source.change_notices else picture  # the source never reuses it
        if raw is not None and same_pixels(raw, state.previous):
            if due := state.refine.due(now):
                self._republish(keepalive=due == "keepalive")
            return
        state.previous, state.picture = raw, picture
        sharp = self.sharp is not None
        # A big change after a still screen: the video waits to see whether it stays
        # still (then the sharp cells go first).
        self.sharp_deciding = sharp and state.still_at is None and (changed or 1.0) >= HOLD_CHANGE
        if not self._publish(_to_video_frame(picture), changed or 1.0, sharp, taken_at, box):
            return  # privacy changed while converting: withheld, sharp pictures too
        state.refine.changed(now, ladder=not sharp)  # sharp: no VP8 ladder
        if self.sharp is not None:
            self._track_motion(state, self.sharp, picture, box, now)

    def _track_motion(
        self, state: _LoopState, sharp: SharpSender, picture: np.ndarray, box: Box | None,
        now: float,
    ) -> None:  # fmt: skip
        """A new picture: its changed cells leave the sharp layer; when to go sharp."""
        sharp.damaged(picture, box, now)
        # A page that appeared goes sharp one look later; a screen that was moving must
        # rest longer (a busy machine can pause an animation for 66 ms).
        state.moving = state.moving + 1 if state.still_at is not None else 0
        rest = STILL_SECONDS if state.moving < MOVING_GRABS else STILL_AFTER_MOTION
        state.still_at = now + rest
        # Something keeps moving (a spinner, a video): the parts that rest go sharp
        # meanwhile.
        settled = now - STILL_AFTER_MOTION
        if (
            state.moving >= MOVING_GRABS
            and now >= state.next_partial
            and sharp.settled_waiting(settled)
        ):
            sharp.still(picture, settled)
            state.next_partial = now + STILL_AFTER_MOTION

    def _send_still(self, state: _LoopState, sharp: SharpSender, now: float) -> None:
        """The screen rested long enough: its picture goes sharp (a photo: the video)."""
        state.still_at = None
        covered = state.picture is not None and sharp.still(state.picture)
        self.sharp_deciding = False
        self._sharp_covers = covered
        if not covered:
            state.refine.changed(now, ladder=True)  # a photo: the video refines it

    def _rest(self, state: _LoopState, changed: float, now: float) -> None:
        """Wait for the next look: the capture rate while anything moves, else until
        the source notices something (or a keep-alive is due)."""
        if changed or state.still_at is not None or state.refine.refining(now):
            state.pacer.wait(self._stop)
        elif self.source.motion_events:
            # Nothing moves: sleep until the source says something was drawn or the
            # pointer moved, or a keep-alive is due (a still screen cost 1.1 % CPU
            # looking 30 times a second).
            wake_at = min(state.refine.next_due(), now + POINTER_POLL_S)
            self.source.wait(wake_at - time.monotonic(), self._kick_r)
            self._unkick()
            state.pacer.restart()
        else:
            state.pacer.wait(self._stop)

    def _resized(self) -> bool:
        """The desktop changed size (xrandr): take the monitor's new rectangle."""
        size = self.source.screen_size()
        if size is None or size == self._root_size:
            return False
        self._root_size = size
        area = self.source.monitor_area(self.monitor)
        if area == self.area:
            return False
        self.area = area
        log.info("screen size changed: now %sx%s", area["width"], area["height"])
        return True

    def _poll_pointer(self, now: float) -> None:
        reading = self.source.pointer(now)
        if reading is None:
            return
        area = self.area
        x, y = reading.x - area["left"], reading.y - area["top"]
        inside = (
            0 <= x < area["width"] and 0 <= y < area["height"]
            and reading.visible and not self.paused
        )  # fmt: skip
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
        width, height = self.area["width"], self.area["height"]
        return SharpSender(width, height, self._wake_sharp, lambda: _link_bps(self.media))

    def _wake_sharp(self) -> None:
        """SharpSender queued a message: wake the task that sends them."""
        with self._lock:
            waiters, self._sharp_waiters = self._sharp_waiters, []
        _wake(waiters)

    def _publish(
        self, frame: av.VideoFrame, change: float = 1.0, sharp: bool = False,
        taken_at: int | None = None, box: Box | None = None,
    ) -> bool:  # fmt: skip
        """Offer `frame`; refused (False) when taken before the last privacy change."""
        with self._lock:
            if taken_at is not None and taken_at != self._privacy_serial:
                return False
            self._newest = frame
            self._change = max(self._change, change)
            self._change_box = union_box(self._change_box, box)
            self._sharp_covers = sharp
            self._keepalive = False
            self._serial += 1
            self.frames_published += 1
        self._wake_all()
        return True

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


@dataclass
class _LoopState:
    """What the capture thread remembers between looks."""

    pacer: Pacer
    refine: Refinement
    previous: np.ndarray | None = None  # the last grab, only without change notices
    fresh: bool = True  # grab even without a change: first picture, after a pause
    picture: np.ndarray | None = None  # the last grab, BGRX
    still_at: float | None = None  # when to send the still picture sharp
    moving: int = 0  # grabs in a row that changed
    next_partial: float = 0.0  # while moving: look for resting parts from then
    privacy_serial: int = 0  # the capture's privacy serial the last grab was made under


def _to_video_frame(bgra: np.ndarray) -> av.VideoFrame:
    """BGRA picture → I420 frame; done in the capture thread, off the event loop."""
    return bgra_to_i420(bgra)


def default_screen_source() -> ScreenSource:
    """This desktop's screen source, from this process's platform backend."""
    from . import platform

    return platform.backend().make_screen_source()


# -- where the capture meets the encoder's side (assist_media) ---------------------------
def _encoder_settled(media: MediaLink) -> bool:
    """The encoder reports a fine quantizer: refinement may end."""
    return media.feedback.settled()


def _link_bps(media: MediaLink) -> int:
    """The bitrate the link is estimated to carry (sharp pictures pace themselves by it)."""
    return media.feedback.target_bitrate
