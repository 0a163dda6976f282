"""Frame-counter stamp and the X11 painter used by `session_e2e.py`.

The painter owns one full-screen override-redirect window on an X display. Every
frame it scrolls a pre-uploaded noisy gradient across the whole window (server-side
tiled fill, so the client costs almost nothing) and draws the frame counter as a row
of 24 black/white 48×48 cells:

    [white, black] + 16 counter bits (MSB first) + 4 check bits + [black, white]

The guard cells give the decoder the black and white levels after lossy video; the
check nibble is a weighted nibble sum with odd weights, so any wrong nibble is caught.
A cell whose brightness is not clearly black or white rejects the whole frame.

Each frame is drawn under an X server grab, so a screen grab never sees half of one.
After the X server has processed a frame (XSync round trip) the painter writes
`time.monotonic()` into a shared file of float64 slots indexed by `counter % 65536`;
slot 65536 holds the number of frames painted so far.
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

CELL = 48  # cell edge in screen pixels; 3×3 macroblocks, aligned to the 16-px grid
PITCH = 64
ORIGIN = (32, 32)  # screen x, y of the first cell's top-left corner
SAMPLE_INSET = 12  # only the central 24×24 of a cell is read back
COUNTER_BITS = 16
MODULUS = 1 << COUNTER_BITS
HEAD = (1, 0)
TAIL = (0, 1)
CELLS = len(HEAD) + COUNTER_BITS + 4 + len(TAIL)
MIN_CONTRAST = 96.0  # white guard minus black guard, in 0..255 levels
MARGIN = 0.25  # a cell within this fraction of the contrast of mid-grey is unreadable
DRAWN_SLOT = MODULUS


def check_nibble(counter: int) -> int:
    nibbles = [(counter >> shift) & 0xF for shift in (0, 4, 8, 12)]
    return sum(w * n for w, n in zip((1, 3, 5, 7), nibbles, strict=True)) & 0xF


def cell_bits(counter: int) -> list[int]:
    """The 24 cell colours (1 = white) that show `counter % 65536`."""
    counter %= MODULUS
    data = [(counter >> i) & 1 for i in reversed(range(COUNTER_BITS))]
    check = [(check_nibble(counter) >> i) & 1 for i in reversed(range(4))]
    return [*HEAD, *data, *check, *TAIL]


def cell_rect(index: int) -> tuple[int, int, int, int]:
    return ORIGIN[0] + index * PITCH, ORIGIN[1], CELL, CELL


def _cell_levels(rgb: np.ndarray, screen: tuple[int, int]) -> np.ndarray:
    """Mean brightness of each cell's centre, scaled if the frame is not screen-sized."""
    sx, sy = rgb.shape[1] / screen[0], rgb.shape[0] / screen[1]
    levels = np.empty(CELLS)
    for i in range(CELLS):
        x, y, w, h = cell_rect(i)
        x0, x1 = int((x + SAMPLE_INSET) * sx), int((x + w - SAMPLE_INSET) * sx)
        y0, y1 = int((y + SAMPLE_INSET) * sy), int((y + h - SAMPLE_INSET) * sy)
        levels[i] = rgb[y0 : max(y1, y0 + 1), x0 : max(x1, x0 + 1)].mean()
    return levels


def decode_stamp(rgb: np.ndarray, screen: tuple[int, int]) -> int | None:
    """The counter shown in an H×W×3 frame of a `screen` = (width, height) display."""
    levels = _cell_levels(rgb, screen)
    white, black = levels[0], levels[1]
    contrast = white - black
    if contrast < MIN_CONTRAST:
        return None
    mid = (white + black) / 2
    if np.any(np.abs(levels - mid) < MARGIN * contrast):
        return None
    bits = [int(level > mid) for level in levels]
    if tuple(bits[-len(TAIL) :]) != TAIL:
        return None
    counter = int("".join(map(str, bits[2 : 2 + COUNTER_BITS])), 2)
    return counter if bits == cell_bits(counter) else None


class StampBoard:
    """Shared float64 slots: paint time per counter residue, plus the painted count."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        mode = "w+" if create else "r+"
        self.slots = np.memmap(path, dtype=np.float64, mode=mode, shape=(MODULUS + 1,))
        if create:
            self.slots[:MODULUS] = math.nan
            self.slots[DRAWN_SLOT] = 0.0
            self.slots.flush()

    @property
    def drawn(self) -> int:
        return int(self.slots[DRAWN_SLOT])

    def record(self, counter: int, when: float) -> None:
        self.slots[counter % MODULUS] = when
        self.slots[DRAWN_SLOT] = counter + 1

    def unwrap(self, residue: int) -> int:
        """The most recently painted full counter with this residue (-1 if none yet)."""
        last = self.drawn - 1
        return last - ((last - residue) % MODULUS)

    def painted_at(self, residue: int) -> float:
        return float(self.slots[residue % MODULUS])


def background(width: int, height: int, seed: int = 7) -> np.ndarray:
    """A BGRX gradient with noise and text-like dashes: hard for the encoder to skip."""
    rng = np.random.default_rng(seed)
    x = np.linspace(0.0, 1.0, width)[None, :]
    y = np.linspace(0.0, 1.0, height)[:, None]
    bgr = np.stack(
        [
            128 + 100 * np.sin(2 * np.pi * (x + y)),
            128 + 100 * np.sin(2 * np.pi * (2 * x - y) + 1.0),
            128 + 100 * np.sin(2 * np.pi * (x - 2 * y) + 2.0),
        ],
        axis=-1,
    )
    bgr = bgr + rng.normal(0.0, 12.0, bgr.shape)
    rows = rng.integers(0, height - 3, 4000)
    cols = rng.integers(0, width - 40, 4000)
    for r, c, n in zip(rows, cols, rng.integers(8, 40, 4000), strict=True):
        bgr[r : r + 3, c : c + n] = 20.0
    image = np.zeros((height, width, 4), np.uint8)
    image[..., :3] = np.clip(bgr, 0, 255).astype(np.uint8)
    return image


class Painter:
    """A full-screen window that shows a scrolling background and the counter."""

    def __init__(self, display_name: str, width: int, height: int) -> None:
        from Xlib import X, display

        self.size = (width, height)
        self.display = display.Display(display_name)
        screen = self.display.screen()
        self.window = screen.root.create_window(
            0, 0, width, height, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
            override_redirect=True, background_pixel=screen.black_pixel,
        )  # fmt: skip
        self.window.map()
        tile = self.window.create_pixmap(width, height, screen.root_depth)
        self._upload(tile, background(width, height), screen.root_depth)
        self.tile_gc = self.window.create_gc(fill_style=X.FillTiled, tile=tile)
        self.white = self.window.create_gc(foreground=screen.white_pixel)
        self.black = self.window.create_gc(foreground=screen.black_pixel)
        self.grey = self.window.create_gc(foreground=0x808080)
        self.display.sync()

    def _upload(self, pixmap: object, image: np.ndarray, depth: int) -> None:
        from Xlib import X

        gc = pixmap.create_gc()  # type: ignore[attr-defined]
        rows = max(1, 240_000 // (image.shape[1] * 4))  # stay under the 256 KiB request limit
        for y in range(0, image.shape[0], rows):
            strip = image[y : y + rows]
            pixmap.put_image(  # type: ignore[attr-defined]
                gc, 0, y, strip.shape[1], strip.shape[0], X.ZPixmap, depth, 0, strip.tobytes()
            )
        gc.free()

    def paint(self, counter: int) -> float:
        """Show frame `counter`; return time.monotonic() once the X server has drawn it."""
        width, height = self.size
        self.display.grab_server()  # the grab sees whole frames, never half-drawn ones
        self.tile_gc.change(ts_x_origin=(7 * counter) % width, ts_y_origin=(3 * counter) % height)
        self.window.fill_rectangle(self.tile_gc, 0, 0, width, height)
        self.window.fill_rectangle(self.grey, 16, 16, CELLS * PITCH + 16, 80)
        bits = cell_bits(counter)
        for gc, colour in ((self.white, 1), (self.black, 0)):
            rects = [cell_rect(i) for i, bit in enumerate(bits) if bit == colour]
            self.window.poly_fill_rectangle(gc, rects)
        self.display.ungrab_server()
        self.display.sync()  # a round trip: every request above has been executed
        return time.monotonic()


def run_painter(
    display_name: str, width: int, height: int, board_path: Path, hz: float,
    painter: Any = None,
) -> None:  # fmt: skip
    """Paint forever at `hz` (0 = as fast as possible); says `ready` after frame 0.
    `painter`: another scene with the same `paint(counter) -> time` (bench/_desktop.py)."""
    board = StampBoard(board_path)
    painter = painter or Painter(display_name, width, height)
    interval = 1.0 / hz if hz > 0 else 0.0
    next_at = time.monotonic()
    counter = 0
    while True:
        board.record(counter, painter.paint(counter))
        if counter == 0:
            print("ready", flush=True)
        counter += 1
        next_at += interval
        delay = next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        else:
            next_at = time.monotonic()


if __name__ == "__main__":  # manual check: python bench/_stamp.py
    for value in (0, 1, 12345, MODULUS - 1):
        frame = np.full((1080, 1920, 3), 128, np.uint8)
        for index, bit in enumerate(cell_bits(value)):
            x, y, w, h = cell_rect(index)
            frame[y : y + h, x : x + w] = 255 * bit
        assert decode_stamp(frame, (1920, 1080)) == value, value
    sys.exit(0)
