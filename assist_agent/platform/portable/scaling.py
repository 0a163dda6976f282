"""Physical pixels (what mss grabs) against the points the system's input speaks in.

macOS speaks in points, and pynput moves the pointer in points. mss grabs a Retina
screen of 1440×900 points at nominal resolution by default (1440×900, factor 1), or as
2880×1800 pixels with `mss.darwin.IMAGE_OPTIONS = 0` (factor 2). Windows with a
DPI-aware process (mss makes it so when its first grabber is made) and X11 speak in
pixels: the factor is 1.
The screen source reports everything in pixels (`platform/screen.py`); the input sink
and the pointer convert at the edge, here. Pure arithmetic: tested without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..screen import Area

PROBE_POINTS = 16
"""The probe grab is this many points square: big enough that 1.25 or 1.5 shows."""


@dataclass(frozen=True)
class Scale:
    """How many pixels one point is (1.0 on X11 and DPI-aware Windows; 2.0 on Retina)."""

    factor: float = 1.0

    @classmethod
    def from_probe(cls, grabbed_width: int) -> Scale:
        """The factor seen from a PROBE_POINTS-wide grab that came back this wide."""
        factor = grabbed_width / PROBE_POINTS
        if not 0.5 <= factor <= 8.0:  # no real screen: a broken grab, assume none
            return cls()
        return cls(round(factor * 4) / 4)  # 1, 1.25, 1.5, 1.75, 2, …

    def area_to_pixels(self, area: Area) -> Area:
        """A monitor in points → the same monitor in pixels."""
        f = self.factor
        return Area(
            left=round(area["left"] * f),
            top=round(area["top"] * f),
            width=round(area["width"] * f),
            height=round(area["height"] * f),
        )

    def area_to_points(self, area: Area) -> Area:
        """An area in pixels → the points mss wants for it (rounded outwards)."""
        f = self.factor
        left, top = int(area["left"] // f), int(area["top"] // f)
        right = -int(-(area["left"] + area["width"]) // f)
        bottom = -int(-(area["top"] + area["height"]) // f)
        return Area(left=left, top=top, width=right - left, height=bottom - top)

    def to_pixels(self, x: float, y: float) -> tuple[int, int]:
        """A point (the pointer as the system reports it) → the pixel under it."""
        return round(x * self.factor), round(y * self.factor)

    def to_points(self, x: int, y: int) -> tuple[float, float]:
        """A pixel → the point to move the pointer to (whole on X11 and Windows)."""
        if self.factor == 1.0:
            return x, y
        return x / self.factor, y / self.factor
