"""Sharp still pictures on the wire: the binary format, its bounds and its compression.

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
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np
import zstandard

from assist_session.messages import SHARP_CHANNEL_LABEL

__all__ = ["SHARP_CHANNEL_LABEL"]  # re-exported: the channel these messages use


VERSION = 1
CELL = 64
KIND_TILES, KIND_DROP, KIND_CLEAR, KIND_FIRST = 1, 2, 3, 4
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
