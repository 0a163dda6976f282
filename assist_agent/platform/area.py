"""The shared monitor's place on the desktop, and the supporter's fractions mapped onto it.

Pure arithmetic, shared by every backend: the supporter sends pointer positions as
fractions 0..1 of the picture they see, and an input sink turns them into desktop pixels.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ScreenArea:
    """The shared monitor in desktop pixels (the values of an mss monitor dict)."""

    left: int
    top: int
    width: int
    height: int

    @classmethod
    def from_monitor(cls, monitor: Mapping[str, Any]) -> ScreenArea:
        """Build from an mss monitor dict such as `capture.monitor_area(1)`."""
        return cls(
            int(monitor["left"]), int(monitor["top"]), int(monitor["width"]), int(monitor["height"])
        )

    def to_pixels(self, x: float, y: float) -> tuple[int, int]:
        """Map fractions 0..1 of the shared picture to the desktop pixel they point at.

        Pixel p covers the fractions [p/W, (p+1)/W): the supporter app sends a point on
        its picture divided by the picture's size, rounded to 5 decimals, and on a
        2560-pixel screen the old `round(f * (W - 1))` put a click on pixel 0 onto pixel 1
        (issue 13). 1 is the last pixel, so both edges are reachable; a fraction made as
        p / (W - 1) lands on p too. Raises ValueError for anything but numbers in 0..1.
        """
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (x, y)):
            raise ValueError(f"coordinates are not numbers: {x!r}, {y!r}")
        fx, fy = float(x), float(y)
        if not (0.0 <= fx <= 1.0 and 0.0 <= fy <= 1.0):  # also False for NaN
            raise ValueError(f"coordinates outside 0..1: {x!r}, {y!r}")
        return (
            self.left + min(int(fx * self.width), self.width - 1),
            self.top + min(int(fy * self.height), self.height - 1),
        )
