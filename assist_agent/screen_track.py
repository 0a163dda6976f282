"""The helper app's screen as an aiortc video track, and its pointer and sharp pictures
on data channels.

The track hands the encoder only the newest frame the capture thread published
(`assist_agent/capture.py`), so a slow encoder skips frames instead of lagging. The
pointer is not in the picture: `send_cursor` sends it as `cursor` messages and the
supporter app draws it, so pointer motion costs no video; during a private moment
(`capture.private`) it is sent once as hidden and then not at all. `send_sharp` sends
the still parts exactly (assist_media/sharp.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import time
from collections.abc import Callable
from typing import Any

import av
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from assist_media.aiortc_patches import sctp_queued

from .capture import ScreenCapture

VIDEO_CLOCK_RATE = 90_000
TIME_BASE = fractions.Fraction(1, VIDEO_CLOCK_RATE)
CURSOR_RETRY = 1 / 30  # the data channel refused a cursor message: try again after this
CURSOR_IDLE_CHECK = 0.5  # a still pointer: look whether sharing ended this often
CURSOR_PRIVATE_CHECK = 0.05  # a private moment: look whether it ended this often
SHARP_OPEN_WAIT = 0.05  # the sharp channel is not open yet: look again after this
SHARP_BUSY_WAIT = 0.005  # the data channel still holds our last message: look again


# -- where the track meets the encoder's side (assist_media) -----------------------------
def _link_behind(capture: ScreenCapture) -> bool:
    """The paced send queue holds more than a frame should wait behind."""
    return capture.media.behind()


def _hint_encoder(frame: av.VideoFrame, capture: ScreenCapture) -> None:
    """Tell the encoder how this frame came about (what changed, keep-alive, sharp)."""
    frame.opaque = capture.take_change()  # FrameHints: assist_media/vp8.py reads them


def _hold_video_while(capture: ScreenCapture, busy: Callable[[], bool]) -> Callable[[], None]:
    """Hold the video while `busy()` (sharp pictures go first); returns the release."""
    return capture.media.hold_video_while(busy)


# -- the video track -------------------------------------------------------------------
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
        while _link_behind(self.capture):
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
        _hint_encoder(frame, self.capture)
        frame.pts = int((time.monotonic() - self._start) * VIDEO_CLOCK_RATE)
        frame.time_base = TIME_BASE
        return frame

    def stop(self) -> None:
        super().stop()
        self.capture.stop()


# -- the pointer and the sharp pictures, on data channels ----------------------------------
async def send_cursor(capture: ScreenCapture, send: Callable[..., bool]) -> None:
    """Send the home user's pointer as `cursor` messages whenever it moves (or hides).

    Woken by the capture thread when the pointer changes: a still pointer costs no
    wake-ups (this loop used to look 60 times a second)."""
    sent = -1
    hidden_sent = False
    loop = asyncio.get_running_loop()
    event: asyncio.Event | None = None
    while not capture.stopped:
        if event is None or event.is_set():  # registered before looking: no move is missed
            event = asyncio.Event()
            capture.add_pointer_waiter(loop, event)
        pointer, serial = capture.pointer, capture.pointer_serial
        if capture.private:  # a private moment: one "hidden", then nothing at all
            if not hidden_sent and send("cursor", x=0.0, y=0.0, visible=False):
                hidden_sent = True
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(event.wait(), CURSOR_PRIVATE_CHECK)
            sent = -1
            continue
        hidden_sent = False
        if pointer is not None and serial != sent:
            visible = pointer.visible and not capture.paused
            if send("cursor", x=round(pointer.x, 5), y=round(pointer.y, 5), visible=visible):
                sent = serial
            else:  # the channel is not ready: try again shortly
                await asyncio.sleep(CURSOR_RETRY)
            continue
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(event.wait(), CURSOR_IDLE_CHECK)


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
        return bool(
            capture.sharp_deciding
            or (sender is not None and sender.pending())
            or channel.bufferedAmount
            or sctp_queued(channel)
        )

    release = _hold_video_while(capture, busy)
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
