"""Paint known colours on the test X display with plain Xlib (no Qt involved)."""

from __future__ import annotations

import numpy as np


class ColourBox:
    """An override-redirect window filled with one colour, moved and repainted at will."""

    def __init__(self, x: int, y: int, width: int, height: int) -> None:
        from Xlib import X, display

        self.display = display.Display()
        screen = self.display.screen()
        self.rect = (x, y, width, height)
        self.window = screen.root.create_window(
            x, y, width, height, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
            override_redirect=True, background_pixel=screen.black_pixel,
        )  # fmt: skip
        self.window.map()
        self.gc = self.window.create_gc()
        self.display.sync()

    def fill(self, rgb: tuple[int, int, int]) -> None:
        r, g, b = rgb
        self.gc.change(foreground=(r << 16) | (g << 8) | b)
        self.window.fill_rectangle(self.gc, 0, 0, self.rect[2], self.rect[3])
        self.display.sync()

    def close(self) -> None:
        self.window.destroy()
        self.display.sync()
        self.display.close()


def shows(rgb_frame: np.ndarray | None, box: tuple[int, int, int, int], rgb: tuple[int, ...],
          screen: tuple[int, int], tolerance: int = 40) -> bool:  # fmt: skip
    """Does the middle of `box` (screen pixels) show `rgb` in a frame of any size?"""
    if rgb_frame is None:
        return False
    sy, sx = rgb_frame.shape[0] / screen[1], rgb_frame.shape[1] / screen[0]
    x, y, w, h = box
    cx, cy = int((x + w / 2) * sx), int((y + h / 2) * sy)
    patch = rgb_frame[cy - 4 : cy + 4, cx - 4 : cx + 4].reshape(-1, 3).mean(axis=0)
    return bool(np.abs(patch - np.array(rgb)).max() <= tolerance)
