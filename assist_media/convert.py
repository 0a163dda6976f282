"""Screen pictures → I420 video frames, and the calm 'paused' picture.

**libyuv** converts BGRA → I420 (0.3 ms at 1080p against 5–6 ms for PyAV's swscale);
PyAV stays as the fallback when libyuv is missing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

import av
import numpy as np

log = logging.getLogger("assist.media.convert")

PAUSED_BACKGROUND = (70, 50, 40)  # calm dark blue, as BGR
PAUSED_SYMBOL = (235, 235, 235)


def paused_frame(width: int, height: int) -> av.VideoFrame:
    """A calm picture with a large pause symbol: no words, so no language needed."""
    height, width = height & ~1, width & ~1
    image = np.empty((height, width, 3), dtype=np.uint8)
    image[:] = PAUSED_BACKGROUND
    bar_w, bar_h = max(2, width // 24), max(2, height // 4)
    top, centre = (height - bar_h) // 2, width // 2
    for left in (centre - 2 * bar_w, centre + bar_w):
        image[top : top + bar_h, left : left + bar_w] = PAUSED_SYMBOL
    return av.VideoFrame.from_ndarray(image, format="bgr24").reformat(format="yuv420p")


def _load_libyuv() -> ctypes.CDLL | None:
    for name in ("libyuv.so.0", ctypes.util.find_library("yuv")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            lib.ARGBToI420.argtypes = (ctypes.c_void_p, ctypes.c_int) * 4 + (ctypes.c_int,) * 2
            return lib
        except (OSError, AttributeError):
            continue
    log.info("libyuv not found: BGRA→I420 through PyAV (about 5 ms more per 1080p frame)")
    return None


_libyuv = _load_libyuv()


def bgra_to_i420(bgra: np.ndarray) -> av.VideoFrame:
    """An H×W×4 BGRA array (C-contiguous rows) → a new I420 frame, cropped to even size."""
    height, width = bgra.shape[0] & ~1, bgra.shape[1] & ~1
    if _libyuv is None or not bgra.flags.c_contiguous:
        frame = av.VideoFrame.from_ndarray(bgra[:height, :width], format="bgra")
        return frame.reformat(format="yuv420p")
    frame = av.VideoFrame(width, height, "yuv420p")
    y, u, v = frame.planes
    _libyuv.ARGBToI420(
        bgra.ctypes.data, bgra.strides[0], y.buffer_ptr, y.line_size,
        u.buffer_ptr, u.line_size, v.buffer_ptr, v.line_size, width, height,
    )  # fmt: skip
    return frame


def same_pixels(picture: np.ndarray, previous: np.ndarray | None) -> bool:
    """Whether two grabs are equal, compared 8 bytes at a time without a copy (a 4K
    grab's `tobytes()` and compare took 74–131 ms on the busy 2-core machine, this
    15–27 ms)."""
    if previous is None or picture.shape != previous.shape:
        return False
    if picture.flags.c_contiguous and previous.flags.c_contiguous and picture.nbytes % 8 == 0:
        return bool(
            np.array_equal(
                picture.reshape(-1).view(np.uint64), previous.reshape(-1).view(np.uint64)
            )
        )
    return bool(np.array_equal(picture, previous))
