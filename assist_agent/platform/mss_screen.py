"""Grabs and monitors through mss, which works on X11, Windows and macOS alike.

mss uses XShm on X11: 1.5 ms for a 1920×1080 grab. It takes the pointer into the
picture only when asked (`with_cursor`), and we never ask: the supporter app draws it.
"""

from __future__ import annotations

import mss
import numpy as np

from .screen import Area

# mss 10.2 renamed the class and deprecated `mss.mss()` (STACK-NOTES).
_MSS = getattr(mss, "MSS", None) or mss.mss


class NoSuchMonitor(ValueError):
    """The monitor asked for is not there (unplugged, or a wrong --monitor).

    Never answered with mss's monitor 0, which is all the screens at once: the home user
    chose one screen, and only that one may be shared.
    """

    def __init__(self, monitor: int, count: int) -> None:
        super().__init__(f"monitor {monitor} asked for; this desktop has {count}")
        self.monitor = monitor
        self.count = count


def monitors() -> list[Area]:
    """Every monitor's area, first monitor first (mss's list without its 'all' entry)."""
    with _MSS() as grabber:
        return [_area(chosen) for chosen in grabber.monitors[1:]]


def monitor_area(monitor: int) -> Area:
    """The monitor's area (mss: 1 = first monitor, 0 = all of them, only when asked
    for by number). Raises `NoSuchMonitor` for a number the desktop does not have."""
    with _MSS() as grabber:
        found = grabber.monitors
        if not 0 <= monitor < len(found):
            raise NoSuchMonitor(monitor, len(found) - 1)
        return _area(found[monitor])


def _area(chosen: dict[str, int]) -> Area:
    return Area(
        left=int(chosen["left"]),
        top=int(chosen["top"]),
        width=int(chosen["width"]),
        height=int(chosen["height"]),
    )


class MssGrabber:
    """One mss instance for the capture thread; a new one when the grabbed area changes
    (after a resize mss's idea of the screen is stale)."""

    def __init__(self) -> None:
        self._grabber: mss.base.MSSBase | None = None
        self._area: Area | None = None

    def open(self) -> None:
        if self._grabber is None:
            self._grabber = _MSS()

    def grab(self, area: Area) -> np.ndarray:
        """The area's pixels as an H×W×4 BGRX array: a view of the shot, no copy
        (`shot.bgra` would copy 8 MB at 1080p). Each shot has memory of its own."""
        if self._grabber is None or (self._area is not None and area != self._area):
            self.close()
            self._grabber = _MSS()
        self._area = area
        shot = self._grabber.grab(dict(area))
        return np.frombuffer(shot.raw, dtype=np.uint8).reshape(shot.height, shot.width, 4)

    def close(self) -> None:
        if self._grabber is not None:
            self._grabber.close()
            self._grabber = None
