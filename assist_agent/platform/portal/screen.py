"""The portal backend's screen source: the shared monitor's PipeWire stream.

`open()` (on the capture thread, after our consent and the binding check) asks the
desktop through the portal; the desktop shows its own question and the person chooses
the screen there. Until then nothing is known of the screen: `monitor_area()` answers
a placeholder and `screen_size()` None, and once the stream runs `screen_size()` gives
its size, so the capture loop takes the real area (`ScreenCapture._resized`).

What the portal gives and what it does not:
- change notices: mutter sends a frame only when something was drawn, so a new frame
  is the change notice (`changed()` is 1.0 after a new frame, else 0.0);
- the pointer is drawn into the frames (cursor mode "embedded", `cursor_mode()`), so
  its picture and place reach the supporter with the screen; the "metadata" mode's
  position travels only in PipeWire's buffer metadata, which GStreamer's pipewiresrc
  (0.3.65) drops, so `pointer()` never has news and no `cursor` messages are sent;
- one monitor: the desktop's dialog chooses it, so `monitors()` lists just that one.
"""

from __future__ import annotations

import socket
import time

import numpy as np

from ..screen import Area, Box, PointerReading
from .frames import FrameReader, StreamEnded
from .share import PortalShare

PLACEHOLDER: Area = {"left": 0, "top": 0, "width": 640, "height": 360}
FIRST_FRAME_TIMEOUT = 10.0


class PortalScreenSource:
    """Satisfies `platform.screen.ScreenSource` with the portal's screen stream."""

    change_notices = True
    motion_events = False

    def __init__(self, share: PortalShare | None = None) -> None:
        self.share = share or PortalShare()
        self._reader: FrameReader | None = None
        self._seen = 0

    # -- life -------------------------------------------------------------------------
    def open(self) -> None:
        stream = self.share.start()  # blocks while the desktop asks; raises on Cancel
        session = self.share.session
        assert session is not None
        self._reader = FrameReader(session.open_pipewire_remote(), stream.node_id)
        if not self._reader.wait_for(0, FIRST_FRAME_TIMEOUT):
            raise StreamEnded(f"no picture from the desktop: {self._reader.ended}")

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self.share.close()

    # -- pictures ---------------------------------------------------------------------
    def _frame(self) -> np.ndarray:
        reader = self._reader
        if reader is None:
            raise StreamEnded("the screen stream is not open")
        self._check_end(reader)
        frame = reader.newest()
        assert frame is not None  # open() waited for the first
        return frame

    def _check_end(self, reader: FrameReader) -> None:
        if reader.ended is not None:
            self.share.lost(reader.ended)
            raise StreamEnded(f"the desktop stopped sharing: {reader.ended}")
        if self.share.state == "stopped":  # the desktop closed the session (Session.Closed)
            raise StreamEnded(f"the desktop stopped sharing: {self.share.reason}")

    def grab(self, area: Area) -> np.ndarray:
        frame = self._frame()
        stream = self.share.stream
        left = area["left"] - (stream.x if stream else 0)
        top = area["top"] - (stream.y if stream else 0)
        h, w = frame.shape[:2]
        x0, y0 = max(0, min(left, w)), max(0, min(top, h))
        x1, y1 = max(x0, min(left + area["width"], w)), max(y0, min(top + area["height"], h))
        return frame[y0:y1, x0:x1]

    def changed(self) -> float:
        reader = self._reader
        if reader is None:
            return 1.0
        self._check_end(reader)
        serial = reader.serial
        if serial != self._seen:
            self._seen = serial
            return 1.0
        return 0.0

    def changed_box(self, area: Area) -> Box | None:
        return None

    def wait(self, timeout: float, wake: socket.socket) -> None:
        time.sleep(max(0.0, min(timeout, 0.05)))

    def pointer(self, now: float) -> PointerReading | None:
        return None

    # -- monitors ---------------------------------------------------------------------
    def _area(self) -> Area:
        frame = self._reader.newest() if self._reader is not None else None
        stream = self.share.stream
        if frame is None or stream is None:
            return dict(PLACEHOLDER)  # type: ignore[return-value]
        h, w = frame.shape[:2]
        return {"left": stream.x, "top": stream.y, "width": w, "height": h}

    def monitors(self) -> list[Area]:
        return [self._area()]

    def monitor_area(self, monitor: int) -> Area:
        return self._area()

    def screen_size(self) -> tuple[int, int] | None:
        frame = self._reader.newest() if self._reader is not None else None
        if frame is None:
            return None
        return frame.shape[1], frame.shape[0]
