"""Sharp still pictures: the exact pixels of what stopped moving, over the data channel.

The video (VP8) is for motion. Small text needs many bits to turn crisp in VP8: a
dense 1080p page needs 250–320 kB for SSIM 0.98, and reaches it only after several
refinement frames. The same page, lossless, is 140–160 kB with the transform in
`sharp_wire` and zstd. So once a part of the screen has been still for `STILL_SECONDS`,
the helper app sends those 64×64 cells exactly; the supporter app lays them over the
video until the helper app says they changed. (Remote desktop tools call this "build
to lossless".) The message format and its bounds: `assist_media.sharp_wire`.

This module is I/O-free: `SharpSender` (helper app, capture thread) decides what to
send from grabbed pictures; `SharpLayer` (supporter app) applies messages and lays the
cells over decoded video frames.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import zstandard

from .sharp_wire import (
    CELL,
    KIND_CLEAR,
    KIND_DROP,
    KIND_FIRST,
    KIND_TILES,
    LEVEL,
    MAX_BYTES_PER_PIXEL,
    MAX_PAYLOAD,
    SLOW_LEVEL,
    SLOW_LINK_BPS,
    SPLIT_PAYLOAD,
    InvalidSharp,
    PackStream,
    Rect,
    UnpackStream,
    cell_rect,
    decode,
    encode,
    planes_of,
    runs,
)

STILL_SECONDS = 0.03  # a change is sent sharp once nothing was drawn for this long


@dataclass
class _Queued:
    data: bytes
    kind: int
    cells: tuple[int, int, int] = (0, 0, 0)  # row, first col, end col (tiles only)


class SharpSender:
    """What the supporter holds sharp, and the messages that keep it true.

    Called from the capture thread (`damaged`, `still`, `clear`); the event loop takes
    messages with `pop` when the data channel has room. A tile message not yet taken
    when its cells change is withdrawn instead of being sent and dropped."""

    def __init__(
        self,
        width: int,
        height: int,
        on_queued: Callable[[], None] = lambda: None,
        link_bps: Callable[[], int] = lambda: SLOW_LINK_BPS,
    ) -> None:
        self.width, self.height = width & ~1, height & ~1
        self._on_queued = on_queued  # called (capture thread) after each queued message
        self._link_bps = link_bps  # the video's estimate of the link
        self.rows, self.cols = -(-self.height // CELL), -(-self.width // CELL)
        self.valid = np.zeros((self.rows, self.cols), dtype=bool)  # held sharp (or queued)
        self.video_only = np.zeros((self.rows, self.cols), dtype=bool)  # too costly
        self.touched = np.zeros((self.rows, self.cols))  # when each cell was last drawn on
        self.baseline = np.zeros((self.height, self.width, 4), dtype=np.uint8)
        self.serial = 0
        self.bytes_queued = 0
        self._stream: PackStream | None = None
        self._lock = threading.Lock()
        self._queue: deque[_Queued] = deque()

    # capture thread ----------------------------------------------------------------
    def damaged(
        self, bgrx: np.ndarray, box: tuple[int, int, int, int] | None, now: float = 0.0
    ) -> None:
        """Something was drawn within `box` (x, y, w, h; None: anywhere) and `bgrx` is
        the new picture: cells held sharp that now differ are dropped."""
        bgrx = bgrx[: self.height, : self.width]
        r0, r1, c0, c1 = self._cells_of(box)
        self.touched[r0:r1, c0:c1] = now
        self.video_only[r0:r1, c0:c1] = False  # changed: worth another try
        for row, col0, col1 in self._withdraw(r0, r1, c0, c1):
            self.valid[row, col0:col1] = False  # never sent: nothing to drop
        dropped: list[Rect] = []
        for row in range(r0, r1):
            if not self.valid[row, c0:c1].any():  # a moving area: nothing held there
                continue
            changed = np.zeros(self.cols, dtype=bool)
            for col in np.flatnonzero(self.valid[row, c0:c1]) + c0:
                changed[col] = self._differs(bgrx, row, col)
            self.valid[row] &= ~changed
            dropped += [cell_rect(row, a, b, self.width, self.height) for a, b in runs(changed)]
        if dropped:
            self._put(_Queued(self._message(KIND_DROP, tuple(dropped)), KIND_DROP))

    def still(self, bgrx: np.ndarray, settled_before: float | None = None) -> bool:
        """`bgrx` is the screen: queue every cell the supporter does not hold sharp —
        all of them when nothing was drawn for a while, or with `settled_before` only the
        cells not drawn on since then (the rest of the screen still moves). True if the
        whole picture is (or will be) sharp; False if some cells stay with the video."""
        bgrx = bgrx[: self.height, : self.width]
        todo = self._waiting(settled_before)
        for row in np.flatnonzero(todo.any(axis=1)):
            for col, end in runs(todo[row]):
                self._queue_run(bgrx, row, col, end)
        return bool(self.valid.all())

    def settled_waiting(self, settled_before: float) -> bool:
        """Cells not drawn on since `settled_before` wait to be sent sharp."""
        return bool(self._waiting(settled_before).any())

    def _waiting(self, settled_before: float | None) -> np.ndarray:
        """Cells not held sharp and worth sending (not drawn on since `settled_before`)."""
        todo = ~self.valid & ~self.video_only
        if settled_before is not None:
            todo &= self.touched <= settled_before
        return todo

    def clear(self) -> None:
        """Show video only (the picture is paused or changes size): forget everything."""
        with self._lock:
            self._queue.clear()
        self._stream = None
        self.valid[:] = False
        self.video_only[:] = False
        self._put(_Queued(self._message(KIND_CLEAR), KIND_CLEAR))

    def drop_queued(self) -> None:
        """Any thread: what is queued is not sent (a private moment began); the capture
        thread then calls `clear()` before it queues anything new. A queued `clear`
        stays: the capture thread may have seen the private moment first and queued it
        already, and without it the supporter would keep the sharp cells on show."""
        with self._lock:
            self._queue = deque(item for item in self._queue if item.kind == KIND_CLEAR)

    # event loop --------------------------------------------------------------------
    def pop(self) -> bytes | None:
        with self._lock:
            return self._queue.popleft().data if self._queue else None

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    # internals ---------------------------------------------------------------------
    def _queue_run(self, bgrx: np.ndarray, row: int, col: int, end: int) -> None:
        rect = cell_rect(row, col, end, self.width, self.height)
        raw = planes_of(bgrx, rect)
        # Tried on its own first (level 1: ~8 ms for a whole 1080p page), because a zstd
        # stream cannot take back what it has coded: split if big, so a drop never waits
        # long behind it; left to the video if too costly (a photo).
        alone = len(zstandard.ZstdCompressor(level=1).compress(raw))
        if alone > MAX_BYTES_PER_PIXEL * rect.w * rect.h:
            self.video_only[row, col:end] = True
            return
        if alone > SPLIT_PAYLOAD and end - col > 1:
            middle = (col + end) // 2
            self._queue_run(bgrx, row, col, middle)
            self._queue_run(bgrx, row, middle, end)
            return
        if self._stream is None:
            slow = self._link_bps() < SLOW_LINK_BPS
            self._stream = PackStream(SLOW_LEVEL if slow else LEVEL)
        first, self._stream.first = self._stream.first, False
        payload = self._stream.pack(raw)
        if len(payload) > MAX_PAYLOAD:  # cannot be, for cells worth sending sharp
            self._stream = None
            self.video_only[row, col:end] = True
            return
        self.baseline[rect.y : rect.y + rect.h, rect.x : rect.x + rect.w] = bgrx[
            rect.y : rect.y + rect.h, rect.x : rect.x + rect.w
        ]
        self.valid[row, col:end] = True
        self.bytes_queued += len(payload)
        kind = KIND_FIRST if first else KIND_TILES
        self._put(_Queued(self._message(kind, (rect,), payload), KIND_TILES, (row, col, end)))

    def _differs(self, bgrx: np.ndarray, row: int, col: int) -> bool:
        y, x = row * CELL, col * CELL
        return not np.array_equal(
            bgrx[y : y + CELL, x : x + CELL, :3], self.baseline[y : y + CELL, x : x + CELL, :3]
        )

    def _withdraw(self, r0: int, r1: int, c0: int, c1: int) -> list[tuple[int, int, int]]:
        """Tiles not sent yet whose cells were drawn on are taken back, and with them
        every later tile of their stream (they were coded with them as context); the
        next tiles start a new stream."""
        with self._lock:
            overlap = any(
                item.kind == KIND_TILES
                and r0 <= item.cells[0] < r1
                and item.cells[1] < c1
                and c0 < item.cells[2]
                for item in self._queue
            )
            if not overlap:
                return []
            withdrawn = [item.cells for item in self._queue if item.kind == KIND_TILES]
            self._queue = deque(item for item in self._queue if item.kind != KIND_TILES)
        self._stream = None
        return withdrawn

    def _cells_of(self, box: tuple[int, int, int, int] | None) -> tuple[int, int, int, int]:
        if box is None:
            return 0, self.rows, 0, self.cols
        x, y, w, h = box
        c0, r0 = max(0, x // CELL), max(0, y // CELL)
        c1 = min(self.cols, -(-(x + w) // CELL))
        r1 = min(self.rows, -(-(y + h) // CELL))
        return r0, max(r0, r1), c0, max(c0, c1)

    def _message(self, kind: int, rects: tuple[Rect, ...] = (), payload: bytes = b"") -> bytes:
        self.serial += 1
        return encode(kind, self.width, self.height, self.serial, rects, payload)

    def _put(self, item: _Queued) -> None:
        with self._lock:
            self._queue.append(item)
        self._on_queued()


# -- supporter app side ---------------------------------------------------------------


class SharpLayer:
    """The cells the helper app sent sharp, laid over the video frames."""

    def __init__(self) -> None:
        self.size: tuple[int, int] | None = None  # (width, height)
        self.image: np.ndarray | None = None  # H×W×3 RGB
        self.valid: np.ndarray | None = None  # rows × cols
        self._stream: UnpackStream | None = None

    def apply(self, data: bytes) -> bool:
        """Apply one message; True if what is shown may have changed. A bad message
        raises InvalidSharp and changes nothing."""
        message = decode(data)
        if message.kind == KIND_CLEAR:
            shown = self.valid is not None and bool(self.valid.any())
            self._reset(message.width, message.height)
            return shown
        if (message.width, message.height) != self.size:
            self._reset(message.width, message.height)
        assert self.image is not None and self.valid is not None
        if message.kind == KIND_DROP:
            for rect in message.rects:
                self.valid[_cells(rect)] = False
            return True
        rect = message.rects[0]
        if message.kind == KIND_FIRST:
            self._stream = UnpackStream()
        if self._stream is None:
            raise InvalidSharp("no_stream")
        try:
            pixels = self._stream.unpack(message.payload, rect)  # before anything changes
        except InvalidSharp:
            self._stream = None  # what follows in this stream cannot be decoded
            raise
        self.image[rect.y : rect.y + rect.h, rect.x : rect.x + rect.w] = pixels
        self.valid[_cells(rect)] = True
        return True

    def clear(self) -> bool:
        """Forget every sharp cell; True if some were shown."""
        shown = self.valid is not None and bool(self.valid.any())
        if self.valid is not None:
            self.valid[:] = False
        return shown

    def compose(self, rgb: np.ndarray) -> np.ndarray:
        """The video frame with the sharp cells laid over it (a copy if any are)."""
        valid, image = self.valid, self.image
        if valid is None or image is None or not valid.any():
            return rgb
        if rgb.shape[:2] != image.shape[:2]:
            return rgb  # the video is at another size: the cells are not for it
        out = rgb.copy()
        height, width = image.shape[:2]
        for row in np.flatnonzero(valid.any(axis=1)):
            y0, y1 = row * CELL, min((row + 1) * CELL, height)
            for col, end in runs(valid[row]):
                x0, x1 = col * CELL, min(end * CELL, width)
                out[y0:y1, x0:x1] = image[y0:y1, x0:x1]
        return out

    def _reset(self, width: int, height: int) -> None:
        self._stream = None
        self.size = (width, height)
        self.image = np.zeros((height, width, 3), dtype=np.uint8)
        self.valid = np.zeros((-(-height // CELL), -(-width // CELL)), dtype=bool)


def _cells(rect: Rect) -> tuple[slice, slice]:
    return (
        slice(rect.y // CELL, -(-(rect.y + rect.h) // CELL)),
        slice(rect.x // CELL, -(-(rect.x + rect.w) // CELL)),
    )
