"""The X11 screen source: mss grabs, DAMAGE and raw-motion notices, mss monitors."""

from __future__ import annotations

import socket

import numpy as np

from .. import mss_screen
from ..screen import Area, Box, PointerReading
from .changes import ChangeWatch


class X11ScreenSource:
    """`ScreenSource` (assist_agent/platform/screen.py) for an X11 desktop.

    Without DAMAGE (another X server) it still works: every look counts as a change and
    the capture loop compares grabs."""

    def __init__(self) -> None:
        self._watch: ChangeWatch | None = None
        self._grabber = mss_screen.MssGrabber()

    def open(self) -> None:
        self._watch = ChangeWatch()
        self._grabber.open()

    def close(self) -> None:
        self._grabber.close()
        if self._watch is not None:
            self._watch.close()

    def grab(self, area: Area) -> np.ndarray:
        return self._grabber.grab(area)

    @property
    def change_notices(self) -> bool:
        return self._opened().available

    def changed(self) -> float:
        return self._opened().changed()

    def changed_box(self, area: Area) -> Box | None:
        return self._opened().box(area)

    def wait(self, timeout: float, wake: socket.socket) -> None:
        self._opened().wait(timeout, wake)

    @property
    def motion_events(self) -> bool:
        return self._opened().motion_events

    def pointer(self, now: float) -> PointerReading | None:
        position = self._opened().pointer(now)
        return None if position is None else PointerReading(*position)

    def monitors(self) -> list[Area]:
        return mss_screen.monitors()

    def monitor_area(self, monitor: int) -> Area:
        return mss_screen.monitor_area(monitor)

    def screen_size(self) -> tuple[int, int] | None:
        return self._opened().geometry()

    def _opened(self) -> ChangeWatch:
        if self._watch is None:
            raise RuntimeError("the screen source is used before open()")
        return self._watch
