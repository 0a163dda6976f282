"""What of the grabbed picture is blanked for privacy (issue 19): all of it, or some
rectangles of the shared monitor. The capture thread applies it to every grab; any
thread may change it (`capture.ScreenCapture.set_blank`)."""

from __future__ import annotations

import threading

import numpy as np

BLANK_GREY = 128  # what a blanked part of the picture shows (BGRX, every channel)
Rect = tuple[int, int, int, int]


class BlankMask:
    """The parts to blank, in the shared monitor's own pixels."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.everything = False
        self.rects: tuple[Rect, ...] = ()

    def set(self, everything: bool, rects: tuple[Rect, ...]) -> bool | None:
        """Change the mask: None if unchanged, True if more is hidden than before (what
        was taken before must be withheld), False if less."""
        with self._lock:
            if (everything, rects) == (self.everything, self.rects):
                return None
            more = (everything and not self.everything) or not set(rects) <= set(self.rects)
            self.everything, self.rects = everything, rects
            return more

    def apply(self, picture: np.ndarray) -> np.ndarray:
        """`picture` with the private parts grey (a copy when anything is blanked)."""
        with self._lock:
            everything, rects = self.everything, self.rects
        if not everything and not rects:
            return picture
        picture = np.array(picture, copy=True)
        if everything:
            picture[:] = BLANK_GREY
        for x, y, w, h in rects:
            picture[max(0, y) : max(0, y + h), max(0, x) : max(0, x + w)] = BLANK_GREY
        return picture
