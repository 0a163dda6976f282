"""The `--scene desktop` painter of `session_e2e.py`: a window's worth of change.

The worst case (`_stamp.Painter`, the default scene) scrolls the whole screen every
frame. A real desktop changes far less: this painter shows the same noisy gradient
once, still, and then every frame scrolls only a 1280×800 "window" of dark text-like
dashes on white (12 px up a frame, a reader scrolling a page) in the middle of the
screen, redraws the frame-counter cells (`_stamp`), and moves the X pointer along a
circle (the home user's cursor; the app sends it beside the picture, not in it)
until the bench creates `still_flag(board)`, before it measures clicks (a pointer
moved between the supporter's move and press would take the click elsewhere).
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np
from _stamp import CELLS, PITCH, Painter, background, cell_bits, cell_rect, run_painter

WINDOW = (1280, 800)
SCROLL_PX = 12


def text_tile(width: int, height: int) -> np.ndarray:
    """Dark dashes on white, BGRX (the gradient's dashes, thresholded)."""
    image = background(width, height, seed=11)
    image[..., :3] = np.where(image[..., :3] < 60, 20, 240)
    return image


def still_flag(board: Path) -> Path:
    """While this file exists the painter leaves the pointer alone."""
    return board.with_suffix(".still")


class DesktopPainter(Painter):
    """A still desktop with one scrolling window and a moving pointer."""

    def __init__(self, display_name: str, width: int, height: int, still: Path) -> None:
        from Xlib import X

        super().__init__(display_name, width, height)
        self.still = still
        depth = self.display.screen().root_depth
        win_w, win_h = min(WINDOW[0], width), min(WINDOW[1], height - 128)
        self.box = ((width - win_w) // 2, (height - win_h) // 2, win_w, win_h)
        text = self.window.create_pixmap(win_w, win_h, depth)
        self._upload(text, text_tile(win_w, win_h), depth)
        self.text_gc = self.window.create_gc(fill_style=X.FillTiled, tile=text)
        self.window.fill_rectangle(self.tile_gc, 0, 0, width, height)  # the still desktop
        self.display.sync()

    def paint(self, counter: int) -> float:
        left, top, win_w, win_h = self.box
        self.display.grab_server()
        self.text_gc.change(ts_x_origin=left, ts_y_origin=top - SCROLL_PX * counter % win_h)
        self.window.fill_rectangle(self.text_gc, left, top, win_w, win_h)
        self.window.fill_rectangle(self.grey, 16, 16, CELLS * PITCH + 16, 80)
        bits = cell_bits(counter)
        for gc, colour in ((self.white, 1), (self.black, 0)):
            rects = [cell_rect(i) for i, bit in enumerate(bits) if bit == colour]
            self.window.poly_fill_rectangle(gc, rects)
        if not self.still.exists():
            angle = counter / 30.0
            self.window.warp_pointer(
                int(left + win_w / 2 + 0.4 * win_w * math.cos(angle)),
                int(top + win_h / 2 + 0.4 * win_h * math.sin(angle)),
            )
        self.display.ungrab_server()
        self.display.sync()
        return time.monotonic()


def run_desktop_painter(
    display_name: str, width: int, height: int, board_path: Path, hz: float
) -> None:
    """`_stamp.run_painter`, with the desktop scene."""
    painter = DesktopPainter(display_name, width, height, still_flag(board_path))
    run_painter(display_name, width, height, board_path, hz, painter)
