"""Sharp still pictures: the exact pixels of what stopped moving, over the data channel.

The video (VP8) is for motion. Small text needs many bits to turn crisp in VP8: a
dense 1080p page needs 250–320 kB for SSIM 0.98, and reaches it only after several
refinement frames. The same page, lossless, is 140–160 kB with the transform below and
zstd. So once a part of the screen has been still for `STILL_SECONDS`, the helper app
sends those 64×64 cells exactly; the supporter app lays them over the video until the
helper app says they changed. (Remote desktop tools call this "build to lossless".)

Messages travel on their own ordered, reliable data channel (`SHARP_CHANNEL_LABEL`),
only after the binding check, binary:

    header  : version u8 (1), kind u8, width u16, height u16, serial u32   (big-endian)
    tiles   : header + x u16, y u16, w u16, h u16 + zstd(G, B−G, R−G planes of the rect)
    first   : as tiles, and it starts a new zstd stream
    drop    : header + n × (x u16, y u16, w u16, h u16): these cells changed, show video
    clear   : header only: show video only (pause, new screen size)

The tiles of one stream are one zstd frame, flushed at the end of each message, so a
band of text is coded with the bands before it as context (156 kB for a 1080p page
against 198 kB with each band on its own). The receiver bounds what a message may
decompress to before it decompresses it (`_bounded_output`): no message can make it
allocate more than its rect needs plus two zstd blocks.

Rectangles are whole cells (clipped at the right and bottom edge). width × height is
the video frame's size; a message for another size is ignored. The receiver checks
every field and the decompressed size, so a bad message changes nothing.

This module is I/O-free: `SharpSender` (helper app, capture thread) decides what to
send from grabbed pictures; `SharpLayer` (supporter app) applies messages and lays the
cells over decoded video frames.
"""

from __future__ import annotations

import struct
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import zstandard

from assist_session.messages import SHARP_CHANNEL_LABEL

__all__ = ["SHARP_CHANNEL_LABEL"]  # re-exported: the channel this module's messages use

VERSION = 1
CELL = 64
KIND_TILES, KIND_DROP, KIND_CLEAR, KIND_FIRST = 1, 2, 3, 4
STILL_SECONDS = 0.03  # a change is sent sharp once nothing was drawn for this long
LEVEL = 3  # zstd level: a 1080p page in 156 kB and ~15 ms…
SLOW_LEVEL = 5  # …on a slow link 145 kB and ~20 ms: 0.09 s less of 1 Mbit/s
SLOW_LINK_BPS = 2_000_000  # below this video estimate the link counts as slow
WINDOW_LOG = 23  # 8 MiB of context: a whole 1080p page's planes
MAX_WINDOW = 1 << WINDOW_LOG
BLOCK_MAX = 128 * 1024  # zstd: a compressed block never decodes to more
SPLIT_PAYLOAD = 16_000  # a bigger tiles message is split: a drop waits behind less
MAX_PAYLOAD = 60_000  # aiortc refuses data channel messages over 64 KiB
# An area costlier than this stays with the video (photos: ~1.5 B/px; text: 0.07 B/px).
MAX_BYTES_PER_PIXEL = 0.5
MAX_SIDE = 8192

_HEADER = struct.Struct(">BBHHI")
_RECT = struct.Struct(">HHHH")


class InvalidSharp(ValueError):
    """A sharp message that does not match the format; `str(exc)` is the reason."""


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class SharpMessage:
    kind: int
    width: int
    height: int
    serial: int
    rects: tuple[Rect, ...] = ()
    payload: bytes = b""


# -- the format ---------------------------------------------------------------------


def planes_of(bgrx: np.ndarray, rect: Rect) -> bytes:
    """The rect's G, B−G and R−G planes (the differences are mostly zero for grey
    text, so they cost almost nothing)."""
    area = bgrx[rect.y : rect.y + rect.h, rect.x : rect.x + rect.w]
    g = area[..., 1]
    planes = np.empty((3, rect.h, rect.w), dtype=np.uint8)
    planes[0] = g
    np.subtract(area[..., 0], g, out=planes[1])  # uint8: wraps, undone exactly below
    np.subtract(area[..., 2], g, out=planes[2])
    return planes.tobytes()


class PackStream:
    """The sending end of one zstd stream: each `pack` is one message's payload."""

    def __init__(self, level: int = LEVEL) -> None:
        params = zstandard.ZstdCompressionParameters.from_level(level, window_log=WINDOW_LOG)
        self._compressor = zstandard.ZstdCompressor(compression_params=params).compressobj()
        self.first = True

    def pack(self, raw: bytes) -> bytes:
        out = self._compressor.compress(raw)
        return out + self._compressor.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)


class UnpackStream:
    """The receiving end of one zstd stream."""

    def __init__(self) -> None:
        decompressor = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
        self._decompressor = decompressor.decompressobj()
        self._header_seen = False

    def unpack(self, payload: bytes, rect: Rect) -> np.ndarray:
        """The rect as an h×w×3 RGB array; InvalidSharp if the payload does not fit it
        (then this stream is unusable: the sender starts a new one)."""
        size = 3 * rect.w * rect.h
        start = 0
        if not self._header_seen:
            start = _frame_header_size(payload)
            self._header_seen = True
        if _bounded_output(payload, start) > size + 2 * BLOCK_MAX:
            raise InvalidSharp("bad_payload_size")
        try:
            raw = self._decompressor.decompress(payload)
        except zstandard.ZstdError as exc:
            raise InvalidSharp("bad_payload") from exc
        if len(raw) != size:
            raise InvalidSharp("bad_payload_size")
        return rgb_of(raw, rect)


def rgb_of(raw: bytes, rect: Rect) -> np.ndarray:
    """G, B−G, R−G planes → an h×w×3 RGB array."""
    g, db, dr = np.frombuffer(raw, dtype=np.uint8).reshape(3, rect.h, rect.w)
    rgb = np.empty((rect.h, rect.w, 3), dtype=np.uint8)
    np.add(dr, g, out=rgb[..., 0])
    rgb[..., 1] = g
    np.add(db, g, out=rgb[..., 2])
    return rgb


def _frame_header_size(payload: bytes) -> int:
    """Check a zstd frame header (no dictionary, window ≤ MAX_WINDOW); its length."""
    if len(payload) < 6 or payload[:4] != b"\x28\xb5\x2f\xfd":
        raise InvalidSharp("bad_payload")
    descriptor = payload[4]
    fcs_flag, single, dict_flag = descriptor >> 6, (descriptor >> 5) & 1, descriptor & 3
    if dict_flag or descriptor & 0x08:
        raise InvalidSharp("bad_payload")  # a dictionary, or the reserved bit
    size = 5
    if not single:
        exponent, mantissa = payload[5] >> 3, payload[5] & 7
        window = (1 << (10 + exponent)) * (8 + mantissa) // 8
        if window > MAX_WINDOW:
            raise InvalidSharp("bad_payload")
        size += 1
    size += (1 if single else 0, 2, 4, 8)[fcs_flag]
    if size > len(payload):
        raise InvalidSharp("bad_payload")
    return size


def _bounded_output(payload: bytes, start: int) -> int:
    """The most that these whole zstd blocks can decompress to. Raw and RLE blocks say
    their size; a compressed block is at most BLOCK_MAX. The stream must go on (no last
    block), and the payload must end at a block's end."""
    bound, at = 0, start
    while at < len(payload):
        if at + 3 > len(payload):
            raise InvalidSharp("bad_payload")
        header = int.from_bytes(payload[at : at + 3], "little")
        last, kind, size = header & 1, (header >> 1) & 3, header >> 3
        at += 3
        if last or kind == 3:
            raise InvalidSharp("bad_payload")
        if kind == 1:  # RLE: one byte, repeated `size` times
            bound, at = bound + size, at + 1
        else:
            bound, at = bound + (size if kind == 0 else BLOCK_MAX), at + size
    if at != len(payload):
        raise InvalidSharp("bad_payload")
    return bound


def encode(kind: int, width: int, height: int, serial: int, rects: tuple[Rect, ...] = (),
           payload: bytes = b"") -> bytes:  # fmt: skip
    head = _HEADER.pack(VERSION, kind, width, height, serial & 0xFFFFFFFF)
    return head + b"".join(_RECT.pack(r.x, r.y, r.w, r.h) for r in rects) + payload


def decode(data: bytes) -> SharpMessage:
    """Parse and check one message (not the payload's content: see `unpack_tiles`)."""
    if not isinstance(data, bytes | bytearray) or len(data) < _HEADER.size:
        raise InvalidSharp("too_short")
    version, kind, width, height, serial = _HEADER.unpack_from(data)
    if version != VERSION:
        raise InvalidSharp("unsupported_version")
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise InvalidSharp("bad_size")
    body = bytes(data[_HEADER.size :])
    if kind == KIND_CLEAR:
        if body:
            raise InvalidSharp("bad_length")
        return SharpMessage(kind, width, height, serial)
    if kind in (KIND_TILES, KIND_FIRST):
        if len(body) <= _RECT.size:
            raise InvalidSharp("too_short")
        rect = _checked(Rect(*_RECT.unpack_from(body)), width, height)
        return SharpMessage(kind, width, height, serial, (rect,), body[_RECT.size :])
    if kind == KIND_DROP:
        if not body or len(body) % _RECT.size:
            raise InvalidSharp("bad_length")
        rects = tuple(
            _checked(Rect(*_RECT.unpack_from(body, i)), width, height)
            for i in range(0, len(body), _RECT.size)
        )
        return SharpMessage(kind, width, height, serial, rects)
    raise InvalidSharp("unknown_kind")


def _checked(rect: Rect, width: int, height: int) -> Rect:
    """Whole cells, inside the picture (the last row and column may be cut short)."""
    if rect.x % CELL or rect.y % CELL or rect.w <= 0 or rect.h <= 0:
        raise InvalidSharp("bad_rect")
    if rect.x + rect.w > width or rect.y + rect.h > height:
        raise InvalidSharp("bad_rect")
    if (rect.w % CELL and rect.x + rect.w != width) or (
        rect.h % CELL and rect.y + rect.h != height
    ):
        raise InvalidSharp("bad_rect")
    return rect


def runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """The [start, end) runs of True in a row of cells."""
    padded = np.concatenate(([False], flags.astype(bool), [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def cell_rect(row: int, col: int, cols: int, width: int, height: int) -> Rect:
    """Cells [col, cols) of one cell row as a rect clipped to the picture."""
    x, y = col * CELL, row * CELL
    return Rect(x, y, min(cols * CELL, width) - x, min(CELL, height - y))


# -- helper app side ------------------------------------------------------------------


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
