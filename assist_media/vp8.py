"""The screen's VP8 encoder: bitrate changed in place, a quantizer chosen per frame.

- **Encoder churn.** aiortc's `Vp8Encoder` is re-created, with a key frame, whenever
  the receiver's estimate moves the bitrate by more than 10 %, and PyAV cannot change
  libvpx's bitrate in place. `ScreenVp8Encoder` drives libvpx directly (ctypes, the
  libvpx PyAV ships: assist_media/libvpx.py) and changes the bitrate with
  `vpx_codec_enc_config_set`: no new encoder, no key frame. It also uses screen
  settings (no denoiser, WebRTC's screen-share static threshold) and a higher ceiling
  than aiortc's 1.5 Mbit/s.
- **Quantizers.** Key frames coarse (they must arrive fast), the first change after a
  still screen crisp at once when the link allows (`change_quantizer`), re-sends of a
  still picture one fixed step finer each (libvpx's CBR coded them coarser than the
  picture already was), moving pictures never finer than crisp text needs.

The capture says how each frame came about with `FrameHints` on `frame.opaque`
(assist_media/hints.py). Each encoder reports into the `EncoderFeedback` of its own
connection (assist_media/link.py). If libvpx cannot be loaded, or is not a version
whose structures we checked, `screen_encoder` returns None and aiortc's stock encoder
is kept (with the higher ceiling).
"""

from __future__ import annotations

import random
from typing import Any

from aiortc.codecs.base import Encoder
from aiortc.mediastreams import VIDEO_TIME_BASE, convert_timebase

from .aiortc_patches import vp8_payloads
from .estimate import MAX_BITRATE, MIN_BITRATE, START_BITRATE
from .hints import NOTHING, hints_of, union_box
from .libvpx import MAX_QUANTIZER, MIN_QUANTIZER, Vp8Context, libvpx
from .link import EncoderFeedback

RATE_STEP = 0.05  # re-configure libvpx when the target moves by more than this
CHANGE_BUDGET_S = 0.3  # a frame after a big change may take this long on the link
CRISP_QUANTIZER = 40  # the bench pages (dense 11-13 px text): SSIM 0.975-0.983 at q 40
CHANGE_MAX_S = 2.0  # …or this long, if that makes the frame crisp at once
REFINED_QUANTIZER = 12  # refinement ends here (EncoderFeedback.settled)
REFINE_STEP = 8  # each refinement frame this much finer
SHARP_CHANGE_QUANTIZER = 63  # a change the sharp cells will cover may be this coarse
KEY_QUANTIZER = 56  # key frames: 134 kB for a dense 1080p page (1.1 s of 1 Mbit/s)
# Bytes per 16×16 block of small text at a VP8 quantizer (bench/codec_micro.py, q → B);
# used to pick the finest quantizer whose frame still fits CHANGE_BUDGET_S.
TEXT_BYTES_PER_BLOCK = ((4, 68), (10, 57), (16, 50), (24, 44), (32, 38), (40, 32), (48, 24))


def change_quantizer(frame: Any, bitrate: int) -> int:
    """The quantizer floor for the first frame after a still screen.

    libvpx's realtime rate control prices a frame by the frames before it: after a
    still screen it codes a whole new page finely, 500–600 kB at 1080p, a second or
    more on a 5 Mbit/s link. The capture marks how much changed (`FrameHints.changed`,
    a fraction of the picture); we pick the finest quantizer whose frame fits
    CHANGE_BUDGET_S of the link. If that is coarser than CRISP_QUANTIZER (small text
    still blurred), we take CRISP_QUANTIZER, or the finest that fits CHANGE_MAX_S:
    one frame that arrives crisp costs less than a blurred frame plus the refinement
    frames that sharpen it (bench/codec_micro.py: a dense 1080p page is crisp at q 40
    in 253 kB; q 56 then refinement spent 495 kB and 2.7 s at 1 Mbit/s).
    """
    hints = hints_of(frame)
    blocks = hints.changed * (frame.width // 16) * (frame.height // 16)
    if blocks < 1:
        return MIN_QUANTIZER
    quick = _finest_fitting(bitrate / 8 * CHANGE_BUDGET_S / blocks)
    if hints.sharp:
        # The sharp picture channel sends the still text exactly right after: this
        # frame only has to arrive fast, and leave the link to that (a dense 1080p page:
        # 93 kB at q 63 against 143 kB at q 56).
        return SHARP_CHANGE_QUANTIZER if quick >= MAX_QUANTIZER else quick
    if quick <= CRISP_QUANTIZER:
        return quick
    return min(max(CRISP_QUANTIZER, _finest_fitting(bitrate / 8 * CHANGE_MAX_S / blocks)), quick)


def _finest_fitting(budget: float) -> int:
    """The finest quantizer whose text costs at most `budget` bytes per 16×16 block."""
    finer = TEXT_BYTES_PER_BLOCK[0]
    if budget >= finer[1]:
        return MIN_QUANTIZER
    for coarser in TEXT_BYTES_PER_BLOCK[1:]:
        if budget >= coarser[1]:  # interpolate between the two measured points
            share = (finer[1] - budget) / (finer[1] - coarser[1])
            return max(MIN_QUANTIZER, round(finer[0] + share * (coarser[0] - finer[0])))
        finer = coarser
    return MAX_QUANTIZER


def screen_encoder(feedback: EncoderFeedback) -> ScreenVp8Encoder | None:
    """Our VP8 encoder, reporting into `feedback`; None when libvpx is not usable (then
    aiortc's own encoder is the one to use)."""
    return ScreenVp8Encoder(feedback) if libvpx() is not None else None


class ScreenVp8Encoder(Encoder):
    """aiortc `Encoder` for VP8 that changes bitrate in place (no re-created encoder).

    `feedback`: its connection's (MediaLink.feedback); a private one when not given."""

    def __init__(self, feedback: EncoderFeedback | None = None) -> None:
        vpx = libvpx()
        if vpx is None:
            raise OSError("libvpx is not usable")
        self._vpx = vpx
        self.feedback = feedback if feedback is not None else EncoderFeedback()
        self._context: Vp8Context | None = None
        self.picture_id = random.randint(0, (1 << 15) - 1)
        self._target = START_BITRATE
        self._last_pts: int | None = None
        self._still = True  # the previous frame changed nothing (or there was none)
        self._refine_q: int | None = None  # a still picture is being refined from this q
        self._dropped_box: tuple[int, int, int, int] | None = NOTHING
        self.codec: Vp8Context | None = None  # aiortc's name; the bench looks for re-creation

    @property
    def target_bitrate(self) -> int:
        return self._target

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        self._target = max(MIN_BITRATE, min(int(bitrate), MAX_BITRATE))
        self.feedback.target_bitrate = self._target

    def encode(self, frame: Any, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        feedback = self.feedback
        if frame.format.name != "yuv420p":
            frame = frame.reformat(format="yuv420p")
        width, height = frame.width & ~1, frame.height & ~1
        context = self._context
        if context is None or (context.width, context.height) != (width, height):
            if context is not None:
                context.close()
            context = self._context = Vp8Context(self._vpx, width, height, self._target)
            self.codec = context
            self._last_pts = None
            feedback.encoder_starts += 1
        elif abs(
            self._target - context.bitrate
        ) > RATE_STEP * context.bitrate and context.set_bitrate(self._target):
            feedback.rate_changes += 1
        # A new encoder's first frame is a key frame too.
        key = force_keyframe or self._last_pts is None
        hints = hints_of(frame)
        changed, keepalive = hints.changed, hints.keepalive
        # A keep-alive while the sharp picture channel covers the still picture repeats
        # the picture as it is: re-coding a coarse still picture cost 10-25 kB a time.
        repeat = keepalive and hints.sharp and not key
        if key:
            # A key frame after loss (or at the start) must arrive quickly even on a
            # weak link: at q 40 a text page is 250 kB, 2 s of 1 Mbit/s, and the
            # receiver asked again before it was in. Refinement sharpens it after.
            floor = ceiling = KEY_QUANTIZER
        elif repeat:
            floor, ceiling = context.quantizers  # every block is coded as unchanged
        elif keepalive:
            # Coarse, so the re-send of a still picture refines nothing finer than
            # crisp text needs and costs a few hundred bytes. Not coarser: after a
            # q 56 frame libvpx codes the next no finer than q 52, whatever the
            # floor, and a page after a still screen would arrive blurred.
            floor, ceiling = CRISP_QUANTIZER, MAX_QUANTIZER
        elif self._still and changed:
            # Exactly this quantizer: libvpx's CBR would go coarser to meet a per-frame
            # budget, and the frame would need refinement frames to turn crisp.
            floor = change_quantizer(frame, context.bitrate)
            ceiling = floor if floor > MIN_QUANTIZER else MAX_QUANTIZER
        elif not changed and self._refine_q is not None:
            # Refining a still picture: each re-send one step finer, at exactly that
            # quantizer. libvpx's CBR, after the big frame before, picked q 48-50 for
            # these: frames of 6-7 kB that sharpened nothing.
            floor = ceiling = max(REFINED_QUANTIZER, self._refine_q - REFINE_STEP)
        else:
            # A moving picture: libvpx's rate control decides, but never finer than
            # crisp text needs. Left free, after the fixed-quantizer refinement of a
            # still page it coded the first moving frames at q 4-7 (420-470 kB each,
            # 1.5 s frozen on a 5 Mbit/s link); the refinement sharpens once it stops.
            floor, ceiling = CRISP_QUANTIZER, MAX_QUANTIZER
        context.set_quantizers(floor, ceiling)
        self._still = not changed and not key
        timestamp = convert_timebase(frame.pts, frame.time_base, VIDEO_TIME_BASE)
        duration = 3000 if self._last_pts is None else max(1, timestamp - self._last_pts)
        self._last_pts = timestamp
        # Only where the capture saw drawing (a changed window, not the whole 4K screen),
        # and what a frame libvpx dropped had changed.
        box = union_box(hints.box, self._dropped_box) if changed and not key else None
        data, is_key = context.encode(frame, timestamp, duration, force_keyframe, repeat, box)
        self._dropped_box = NOTHING if data else box  # None: anywhere, next time
        feedback.frames += 1
        feedback.key_frames += is_key
        feedback.last_quantizer = context.last_quantizer()
        if changed and floor < ceiling:
            self._refine_q = None  # moving picture: libvpx's rate control decides
        elif feedback.last_quantizer is not None and not keepalive:
            self._refine_q = max(feedback.last_quantizer, REFINED_QUANTIZER)
        if not data:  # libvpx dropped the frame (rate control): nothing to send
            return [], timestamp
        payloads = vp8_payloads(data, self.picture_id)
        self.picture_id = (self.picture_id + 1) % (1 << 15)
        return payloads, timestamp

    def pack(self, packet: Any) -> tuple[list[bytes], int]:
        raise NotImplementedError("the screen track hands over raw frames only")
