"""What the capture tells the encoder about a frame, on `frame.opaque`.

The capture knows things the encoder cannot see in the pixels: how much of the
picture changed since the last frame, whether this frame is only a keep-alive of a
still picture, and whether the sharp picture channel (assist_media/sharp.py) will
send the still parts exactly. The VP8 encoder (assist_media/vp8.py) picks its
quantizers from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FrameHints:
    """How a frame came about, for the encoder.

    changed:   the fraction of the picture the capture saw change (0…1; 0 for a
               re-sent picture, 1 when it cannot tell).
    sharp:     the capture will send this picture's still parts sharp.
    keepalive: the frame is a keep-alive of a still picture, nothing changed.
    """

    changed: float = 1.0
    sharp: bool = False
    keepalive: bool = False


NO_HINTS = FrameHints()  # a frame from elsewhere: treat it as all new


def hints_of(frame: Any) -> FrameHints:
    """The hints on `frame.opaque`; anything else there means a frame with no hints."""
    opaque = frame.opaque
    return opaque if isinstance(opaque, FrameHints) else NO_HINTS
