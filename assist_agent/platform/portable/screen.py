"""The portable screen source: mss grabs and monitors, the pointer from pynput.

No change notices and no motion events (mss and pynput offer neither on every system):
the capture loop looks at its capture rate and compares each grab with the last, and
asks for the pointer with every look. Areas are reported in pixels; where the system
speaks in points (macOS) they are converted with the `Scale` probed at `open()`.
"""

from __future__ import annotations

import select
import socket
import time
from contextlib import suppress
from typing import Any

import numpy as np

from .. import mss_screen
from ..screen import Area, Box, PointerReading
from .scaling import PROBE_POINTS, Scale

SIZE_POLL_S = 1.0
"""How often the desktop's size is asked again (a monitor plugged in, a resolution)."""


def probe_scale() -> Scale:
    """Pixels per point on the first monitor, from one tiny grab (1.0 on X11)."""
    first = mss_screen.monitor_area(1)
    grabber = mss_screen.MssGrabber()
    try:
        shot = grabber.grab(
            Area(left=first["left"], top=first["top"], width=PROBE_POINTS, height=PROBE_POINTS)
        )
        return Scale.from_probe(int(shot.shape[1]))
    finally:
        grabber.close()


class PortableScreenSource:
    """`ScreenSource` (assist_agent/platform/screen.py) through mss and pynput."""

    def __init__(self) -> None:
        self._grabber = mss_screen.MssGrabber()
        self._mouse: Any = None
        self._scale: Scale | None = None
        self._size: tuple[int, int] | None = None
        self._size_at = -SIZE_POLL_S

    @property
    def scale(self) -> Scale:
        """Pixels per point, probed once (any thread may ask)."""
        if self._scale is None:
            self._scale = probe_scale()
        return self._scale

    def open(self) -> None:
        # pynput picks its system backend on import (on X11 it needs DISPLAY then).
        from pynput import mouse

        self._mouse = mouse.Controller()
        self._grabber.open()

    def close(self) -> None:
        self._grabber.close()
        self._mouse = None

    def grab(self, area: Area) -> np.ndarray:
        if self.scale.factor == 1.0:
            return self._grabber.grab(area)
        picture = self._grabber.grab(self.scale.area_to_points(area))
        return picture[: area["height"], : area["width"]]

    @property
    def change_notices(self) -> bool:
        return False

    def changed(self) -> float:
        return 1.0

    def changed_box(self, area: Area) -> Box | None:
        return None

    def wait(self, timeout: float, wake: socket.socket) -> None:
        # Never called (no motion events); kept honest all the same.
        with suppress(OSError, ValueError):
            select.select([wake], [], [], max(0.0, timeout))

    @property
    def motion_events(self) -> bool:
        return False

    def pointer(self, now: float) -> PointerReading | None:
        if self._mouse is None:
            return None
        try:
            x, y = self._mouse.position
        except Exception:  # the system would not say (a locked macOS session)
            return None
        return PointerReading(*self.scale.to_pixels(x, y))

    def monitors(self) -> list[Area]:
        return [self.scale.area_to_pixels(area) for area in mss_screen.monitors()]

    def monitor_area(self, monitor: int) -> Area:
        return self.scale.area_to_pixels(mss_screen.monitor_area(monitor))

    def screen_size(self) -> tuple[int, int] | None:
        now = time.monotonic()
        if now - self._size_at >= SIZE_POLL_S:
            self._size_at = now
            whole = self.monitor_area(0)
            self._size = (whole["width"], whole["height"])
        return self._size
