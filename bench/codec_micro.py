#!/usr/bin/env python3
"""Micro-benchmarks of the video path's pieces, without network or X server.

- colour conversion, 1080p BGRA → I420: PyAV `reformat` (swscale) vs libyuv;
- VP8 encode CPU per frame on the scrolling benchmark picture (`_stamp.background`),
  aiortc's stock `Vp8Encoder` vs our `ScreenVp8Encoder` (assist_media/vp8.py);
- refinement: a page of text (`_pages.text_page`) replaces a blank screen and stays;
  frames go at 30 fps at a fixed target bitrate; each is decoded and compared with the
  page (SSIM of the luma plane, libyuv `CalcFrameSsim`). Prints how long until
  SSIM ≥ 0.98 and the bytes spent, per bitrate.

CPU figures are process CPU time (time.process_time), less disturbed by other work
on the machine than wall time. Last stdout line is JSON.
"""

from __future__ import annotations

import argparse
import ctypes
import fractions
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import av  # noqa: E402
import numpy as np  # noqa: E402
from _pages import text_page  # noqa: E402
from _stamp import background  # noqa: E402

from assist_media import aiortc_patches, convert, vp8  # noqa: E402
from assist_media.hints import FrameHints  # noqa: E402

W, H = 1920, 1080
TB = fractions.Fraction(1, 90_000)
SSIM_CRISP = 0.98


def cpu_ms(fn, n: int = 30) -> float:
    fn()
    started = time.process_time()
    for _ in range(n):
        fn()
    return round((time.process_time() - started) / n * 1000, 2)


def yuv_lib() -> ctypes.CDLL:
    lib = ctypes.CDLL("libyuv.so.0")
    lib.CalcFrameSsim.restype = ctypes.c_double
    return lib


def luma_ssim(a: av.VideoFrame, b: av.VideoFrame) -> float:
    pa, pb = a.planes[0], b.planes[0]
    return float(
        yuv_lib().CalcFrameSsim(
            ctypes.c_void_p(pa.buffer_ptr), pa.line_size,
            ctypes.c_void_p(pb.buffer_ptr), pb.line_size, a.width, a.height,
        )
    )  # fmt: skip


def to_i420(bgra: np.ndarray) -> av.VideoFrame:
    return convert.bgra_to_i420(np.ascontiguousarray(bgra))


def conversion() -> dict[str, float]:
    bgra = np.ascontiguousarray(background(W, H))

    def pyav_convert() -> av.VideoFrame:
        return av.VideoFrame.from_ndarray(bgra, format="bgra").reformat(format="yuv420p")

    pyav = cpu_ms(pyav_convert)
    return {"convert_pyav_ms": pyav, "convert_libyuv_ms": cpu_ms(lambda: to_i420(bgra))}


def make_encoder(kind: str):
    if kind == "stock":
        from aiortc.codecs.vpx import Vp8Encoder

        return Vp8Encoder()
    return vp8.ScreenVp8Encoder()


def encode_cpu(kind: str, bitrate: int, frames: int = 60) -> dict[str, float]:
    big = background(2 * W, 2 * H)
    pictures = [
        to_i420(big[(3 * i) % H : (3 * i) % H + H, (7 * i) % W : (7 * i) % W + W])
        for i in range(frames)
    ]
    encoder = make_encoder(kind)
    encoder.target_bitrate = bitrate
    spent, sizes = [], []
    for i, frame in enumerate(pictures):
        frame.pts, frame.time_base = i * 3000, TB
        started = time.process_time()
        payloads, _ = encoder.encode(frame)
        spent.append(time.process_time() - started)
        sizes.append(sum(len(p) for p in payloads))
    return {
        "encode_ms_p50": round(float(np.median(spent[5:])) * 1000, 1),
        "kbps": round(float(np.mean(sizes[5:])) * 8 * 30 / 1000),
    }


def text_ssim(shown: av.VideoFrame, page: av.VideoFrame, tile: int = 64) -> float:
    """Mean luma SSIM over the 64×64 tiles of `page` that hold text (not plain paper).

    Whole-frame SSIM of a page that is mostly white paper stays above 0.98 even when
    the letters are mush; only tiles with something on them tell crisp from blurred.
    """
    lib = yuv_lib()
    a, b = shown.planes[0], page.planes[0]
    ya = np.frombuffer(a, np.uint8).reshape(shown.height, a.line_size)[:, : shown.width]
    yb = np.frombuffer(b, np.uint8).reshape(page.height, b.line_size)[:, : page.width]
    values = []
    for y in range(0, page.height - tile + 1, tile):
        for x in range(0, page.width - tile + 1, tile):
            tb = np.ascontiguousarray(yb[y : y + tile, x : x + tile])
            if tb.std() < 2.0:
                continue
            ta = np.ascontiguousarray(ya[y : y + tile, x : x + tile])
            values.append(
                lib.CalcFrameSsim(
                    ctypes.c_void_p(ta.ctypes.data), tile,
                    ctypes.c_void_p(tb.ctypes.data), tile, tile, tile,
                )
            )  # fmt: skip
    return float(np.mean(values)) if values else 1.0


def refinement(kind: str, bitrate: int, seconds: float = 3.0) -> dict[str, float | None]:
    """A page replaces a blank screen; frames cross a modelled link of `bitrate`."""
    from aiortc.codecs.vpx import Vp8Decoder, vp8_depayload
    from aiortc.jitterbuffer import JitterFrame

    blank = to_i420(np.full((H, W, 4), 255, np.uint8))
    page = to_i420(text_page(W, H, seed=3))
    encoder, decoder = make_encoder(kind), Vp8Decoder()
    blank.opaque, page.opaque = FrameHints(changed=0.0), FrameHints(changed=1.0)
    encoder.target_bitrate = bitrate
    crisp_at, link_free, total, sizes, curve = None, 0.0, 0, [], []
    for i in range(int(seconds * 30) + 30):
        source = blank if i < 30 else page  # one second of blank, then the page
        source.pts, source.time_base = i * 3000, TB
        payloads, ts = encoder.encode(source)
        source.opaque = FrameHints(changed=0.0)  # re-sends of a still picture change nothing
        data = b"".join(vp8_depayload(p) for p in payloads)
        if not data:
            continue
        (shown,) = decoder.decode(JitterFrame(data, ts))
        if i < 30:
            continue
        sent = (i - 30) / 30 + 0.015  # page appears at 0; ~15 ms to grab and encode
        link_free = max(link_free, sent) + (len(data) + 40 * len(payloads)) * 8 / bitrate
        total += len(data)
        sizes.append(len(data) // 1000)
        ssim = text_ssim(shown, page)
        curve.append(round(ssim, 3))
        if crisp_at is None and ssim >= SSIM_CRISP:
            crisp_at = round(link_free + 0.005, 3)  # + decode
    return {
        "crisp_s": crisp_at,
        "kbytes": round(total / 1000),
        "first_kbytes": sizes[0] if sizes else None,
        "ssim_first": curve[0] if curve else None,
        "ssim_end": curve[-1] if curve else None,
        "sizes_kB": sizes[:8],
        "ssim": curve[:8],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", default="1000000,2500000,5000000")
    args = parser.parse_args()
    aiortc_patches.install()
    out: dict[str, object] = {"conversion": conversion()}
    print("conversion", out["conversion"], flush=True)
    for kind in ("stock", "screen"):
        figures = encode_cpu(kind, 2_000_000)
        print(kind, "encode (scrolling picture, 2 Mbit/s target)", figures, flush=True)
        out[f"{kind}_encode"] = figures
        for rate in map(int, args.rates.split(",")):
            result = refinement(kind, rate)
            print(kind, f"text page at {rate // 1000} kbit/s", result, flush=True)
            out[f"{kind}_refine_{rate // 1000}k"] = result
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
