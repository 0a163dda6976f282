#!/usr/bin/env python3
"""VP8 at large sizes, stage by stage, in one process: what limits 4K screen sharing.

The pictures are the ones the end-to-end bench paints (bench/_stamp.py), made again
here frame by frame instead of grabbed from an X server, so every run codes the same
frames:

- `--scene scroll` (default): session_e2e's worst case, the noisy gradient scrolled
  7 px right and 3 px down each frame over the whole screen;
- `--scene desktop`: a still desktop (the same gradient) with one window-sized area
  (1280×800, text-like dashes scrolling up 12 px a frame) that changes; the rest of
  the screen stays as it was.

Each frame goes through the same steps as in the home user's app: BGRA → I420
(`assist_media.convert.bgra_to_i420`, libyuv), VP8 encode with `Vp8Context`
(assist_media/libvpx.py) at the quantizers the screen encoder uses for a moving
picture (40..56) and a 6 Mbit/s target, RTP packetising (`vp8_payloads`) and the
supporter's decode (PyAV's libvpx decoder, as aiortc's `Vp8Decoder`). For every
encoder setting it prints the median and p95 wall ms per frame of each stage, the
encode's process CPU ms per frame (all threads), kB per frame and the luma PSNR of the
decoded pictures (a quality check: a faster setting must not blur text silently).

Settings: `--settings name,...` from SETTINGS below, or `all`. Wall times include
whatever else runs on the machine; CPU time does not. Last stdout line is JSON.

    .venv/bin/python bench/vp8_encode.py --size 3840x2160 --frames 40
    .venv/bin/python bench/vp8_encode.py --size 1920x1080 --scene desktop
"""

from __future__ import annotations

import argparse
import ctypes
import fractions
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import av  # noqa: E402
import numpy as np  # noqa: E402
from _stamp import CELLS, PITCH, background, cell_bits, cell_rect  # noqa: E402

from assist_media import libvpx as vpx_mod  # noqa: E402
from assist_media.aiortc_patches import vp8_payloads  # noqa: E402
from assist_media.convert import bgra_to_i420  # noqa: E402
from assist_media.estimate import MAX_BITRATE  # noqa: E402
from assist_media.libvpx import EncoderSpeed, Vp8Context  # noqa: E402
from assist_media.vp8 import CRISP_QUANTIZER  # noqa: E402

TB = fractions.Fraction(1, 90_000)
FRAME_TICKS = 3000  # 30 fps in the 90 kHz RTP clock
WINDOW = (1280, 800)  # the desktop scene's changing area

SETTINGS: dict[str, EncoderSpeed] = {
    "before": EncoderSpeed(threads=1, token_partitions=0, cpu_used=-8),
    "t2": EncoderSpeed(threads=2, token_partitions=0, cpu_used=-8),
    "t2p2": EncoderSpeed(threads=2, token_partitions=2, cpu_used=-8),
    "t2p3": EncoderSpeed(threads=2, token_partitions=3, cpu_used=-8),
    "t1c12": EncoderSpeed(threads=1, token_partitions=0, cpu_used=-12),
    "t1c16": EncoderSpeed(threads=1, token_partitions=0, cpu_used=-16),
    "t2p2c12": EncoderSpeed(threads=2, token_partitions=2, cpu_used=-12),
    "t2p2c16": EncoderSpeed(threads=2, token_partitions=2, cpu_used=-16),
    "noise1": EncoderSpeed(threads=1, token_partitions=0, cpu_used=-8, noise_sensitivity=1),
    "static0": EncoderSpeed(threads=1, token_partitions=0, cpu_used=-8, static_threshold=0),
    "screen0": EncoderSpeed(threads=1, token_partitions=0, cpu_used=-8, screen_content_mode=0),
}


class Scene:
    """Makes the BGRA pictures of one scene, frame by frame (not timed)."""

    def __init__(self, name: str, width: int, height: int) -> None:
        self.name, self.width, self.height = name, width, height
        self.tile = background(width, height)
        self.desk = self.tile.copy()
        self.text = background(WINDOW[0], WINDOW[1] * 2, seed=11)
        self.text[..., :3] = np.where(self.text[..., :3] < 60, 20, 240)  # dark dashes on white

    def picture(self, counter: int) -> np.ndarray:
        if self.name == "scroll":  # the painter's tile origin moves by (7, 3) a frame
            image = np.roll(self.tile, (3 * counter % self.height, 7 * counter % self.width),
                            axis=(0, 1))  # fmt: skip
        else:
            image = self.desk
            left, top = (self.width - WINDOW[0]) // 2, (self.height - WINDOW[1]) // 2
            start = 12 * counter % WINDOW[1]
            image[top : top + WINDOW[1], left : left + WINDOW[0]] = self.text[
                start : start + WINDOW[1]
            ]
        image[16:96, 16 : 32 + CELLS * PITCH] = (128, 128, 128, 0)
        for index, bit in enumerate(cell_bits(counter)):
            x, y, w, h = cell_rect(index)
            image[y : y + h, x : x + w] = 255 * bit
        return np.ascontiguousarray(image)


def percentile(samples: list[float], q: float) -> float:
    return round(float(np.percentile(samples, q)), 1) if samples else float("nan")


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float32) - b.astype(np.float32)) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255.0**2 / mse)


def set_active_map(context: Vp8Context, scene: Scene) -> object:
    """An experiment the app does not make: code only the 16×16 blocks the desktop
    scene changes (window and stamp), through libvpx's active map."""
    rows, cols = (context.height + 15) // 16, (context.width + 15) // 16
    active = np.zeros((rows, cols), np.uint8)
    left, top = (scene.width - WINDOW[0]) // 2, (scene.height - WINDOW[1]) // 2
    active[top // 16 : (top + WINDOW[1] + 15) // 16, left // 16 : (left + WINDOW[0] + 15) // 16] = 1
    active[: 96 // 16 + 1, : (32 + CELLS * PITCH) // 16 + 1] = 1
    buffer = ctypes.create_string_buffer(active.tobytes(), active.size)
    amap = vpx_mod._ActiveMap(ctypes.cast(buffer, ctypes.c_void_p), rows, cols)
    context.vpx.lib.vpx_codec_control_(context.ctx, vpx_mod.VP8E_SET_ACTIVEMAP, ctypes.byref(amap))
    return buffer, amap  # kept alive by the caller


def run_setting(
    name: str, speed: EncoderSpeed, scene: Scene, frames: int, decode: bool,
    active_map: bool = False,
) -> dict[str, object]:  # fmt: skip
    vpx = vpx_mod.libvpx()
    assert vpx is not None, "libvpx not usable"
    context = Vp8Context(vpx, scene.width & ~1, scene.height & ~1, MAX_BITRATE, speed)
    keep = None
    decoder = av.CodecContext.create("libvpx", "r") if decode else None
    times: dict[str, list[float]] = {"convert": [], "encode": [], "packetise": [], "decode": []}
    cpu, sizes, quality = [], [], []
    for counter in range(frames):
        image = scene.picture(counter)
        started = time.perf_counter()
        frame = bgra_to_i420(image)
        converted = time.perf_counter()
        times["convert"].append(1000 * (converted - started))
        context.set_quantizers(CRISP_QUANTIZER if counter else 56, 56)
        if active_map and counter == 1:
            keep = set_active_map(context, scene)
        cpu_at = time.process_time()
        started = time.perf_counter()
        data, _key = context.encode(frame, counter * FRAME_TICKS, FRAME_TICKS, counter == 0)
        times["encode"].append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - cpu_at))
        sizes.append(len(data))
        started = time.perf_counter()
        vp8_payloads(data, counter)
        times["packetise"].append(1000 * (time.perf_counter() - started))
        if decoder is not None and data:
            packet = av.Packet(data)
            packet.pts, packet.time_base = counter * FRAME_TICKS, TB
            started = time.perf_counter()
            decoded = decoder.decode(packet)
            times["decode"].append(1000 * (time.perf_counter() - started))
            if decoded and counter % 5 == 4:
                got = decoded[-1].planes[0]
                luma = np.frombuffer(got, np.uint8).reshape(-1, got.line_size)[:, : frame.width]
                want = frame.planes[0]
                source = np.frombuffer(want, np.uint8).reshape(-1, want.line_size)
                quality.append(psnr(luma, source[:, : frame.width]))
    context.close()
    del keep
    steady = slice(1, None)  # the key frame apart
    result: dict[str, object] = {"setting": name, **speed.__dict__, "active_map": active_map}
    for stage, samples in times.items():
        result[f"{stage}_ms_p50"] = percentile(samples[steady], 50)
        result[f"{stage}_ms_p95"] = percentile(samples[steady], 95)
    result["encode_cpu_ms_p50"] = percentile(cpu[steady], 50)
    result["key_encode_ms"] = round(times["encode"][0], 1)
    result["kB_per_frame_p50"] = round(float(np.median(sizes[steady])) / 1000, 1)
    result["psnr_y_db"] = round(float(np.mean(quality)), 2) if quality else None
    return result


def measure_grab(width: int, height: int, frames: int) -> dict[str, float]:
    """The capture's first stages on a real X server (Xvfb of this size): an mss/XShm
    grab of the whole screen (both the X11 and the portable backend grab this way), and
    the portable backend's comparison with the last grab, old way and new way."""
    import subprocess
    import tempfile

    from assist_agent.platform.mss_screen import MssGrabber, monitor_area
    from assist_media.convert import same_pixels

    with tempfile.TemporaryFile() as out:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            stdout=out, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            for _ in range(100):
                time.sleep(0.1)
                out.seek(0)
                if number := out.read().decode().strip():
                    break
            os.environ["DISPLAY"] = f":{number}"
            grabber, area = MssGrabber(), monitor_area(1)
            times: dict[str, list[float]] = {"grab": [], "tobytes_compare": [], "same_pixels": []}
            last = grabber.grab(area)
            last_raw = last.tobytes()
            for _ in range(frames):
                started = time.perf_counter()
                picture = grabber.grab(area)
                times["grab"].append(1000 * (time.perf_counter() - started))
                started = time.perf_counter()
                raw = picture.tobytes()  # what capture.py did before
                _ = raw == last_raw
                times["tobytes_compare"].append(1000 * (time.perf_counter() - started))
                started = time.perf_counter()
                same_pixels(picture, last)
                times["same_pixels"].append(1000 * (time.perf_counter() - started))
                last, last_raw = picture, raw
            grabber.close()
        finally:
            xvfb.kill()
            xvfb.wait()
    return {f"{k}_ms_p50": percentile(v, 50) for k, v in times.items()} | {
        f"{k}_ms_p95": percentile(v, 95) for k, v in times.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="3840x2160", help="WxH")
    parser.add_argument("--scene", choices=("scroll", "desktop"), default="scroll")
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument("--settings", default="before,t2,t2p2,t1c12,t2p2c12,t2p2c16")
    parser.add_argument("--no-decode", action="store_true")
    parser.add_argument(
        "--active-map", action="store_true",
        help="desktop scene: also code each setting with only the changing blocks active",
    )  # fmt: skip
    parser.add_argument(
        "--grab", action="store_true", help="also time the screen grab on an Xvfb of --size"
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    grab = measure_grab(width, height, args.frames) if args.grab else None
    if grab:
        print("grab (mss/XShm) and the portable comparison, ms:", grab, flush=True)
    names = list(SETTINGS) if args.settings == "all" else args.settings.split(",")
    scene = Scene(args.scene, width, height)
    cores = vpx_mod.usable_cores()
    print(f"{args.size} scene={args.scene} frames={args.frames} cores={cores} "
          f"load={os.getloadavg()[0]:.1f} chosen={vpx_mod.speed_for(width, height)}")  # fmt: skip
    results = []
    for name in names:
        runs = [False, True] if args.active_map and args.scene == "desktop" else [False]
        for active in runs:
            result = run_setting(
                name, SETTINGS[name], scene, args.frames, not args.no_decode, active
            )
            results.append(result)
            show(name + ("+map" if active else ""), result)
    print(json.dumps({"size": args.size, "scene": args.scene, "cores": cores, "grab": grab,
                      "results": results}))  # fmt: skip
    return 0


def show(name: str, result: dict[str, object]) -> None:
    print(
        f"{name:13} encode p50 {result['encode_ms_p50']:6} p95 {result['encode_ms_p95']:6} "
        f"cpu {result['encode_cpu_ms_p50']:6} | convert {result['convert_ms_p50']:5} "
        f"packetise {result['packetise_ms_p50']:5} decode {result['decode_ms_p50']:6} | "
        f"{result['kB_per_frame_p50']:6} kB  PSNR {result['psnr_y_db']}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
