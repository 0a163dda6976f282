"""libvpx's VP8 encoder through ctypes: the copy PyAV ships, else the system's.

PyAV cannot change libvpx's bitrate in place (aiortc re-creates its encoder, with a
key frame, whenever the estimate moves by more than 10 %), nor set an active map or
read the last quantizer. So we drive libvpx ourselves, writing its configuration
structure by byte offset. Offsets are only right for the libvpx they were taken
from: before using them, `libvpx()` checks the library's version
(`vpx_codec_version`) is in the range they were verified for, and that its default
configuration reads back as expected at those offsets. Any mismatch: a warning, and
None, and aiortc's stock VP8 encoder stays in use (assist_media/vp8.py).
"""

from __future__ import annotations

import ctypes
import glob
import logging
import os
import struct
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("assist.media.libvpx")

CPU_USED = -8  # libvpx VP8 speed (aiortc: -6); measured: same quality, less CPU
STATIC_THRESHOLD = 100  # WebRTC's value for screen share: skip unchanged blocks
SCREEN_CONTENT_MODE = 1
MAX_QUANTIZER = 56
MIN_QUANTIZER = 2
# CPU_USED at every size: -12/-16 saved 7-16 % of the encode CPU on a 4K frame that
# moves everywhere, but coded it in 45 kB instead of 31 (at the 6 Mbit/s ceiling: 4K
# fps bound by the link instead) and 0.4-0.7 dB blurrier; nothing on the desktop scene
# (bench/vp8_encode.py, PERFORMANCE.md).
LARGE_PIXELS = 1920 * 1080
# libvpx's VP8 threads wait for each other by spinning: on the 2-core machine with other
# work, 2 threads made a 4K desktop frame 50 → 227 ms and a 1080p one 17 → 341 ms. Like
# WebRTC, threads only from 3 cores, and one core is left for the rest of the desktop.
THREADS_FROM_CORES = 3
MAX_THREADS = 4

# The libvpx versions whose structure layouts below were checked: the vpx_codec_enc_cfg_t
# fields we write have kept their offsets from 1.8 on; 1.16.0 (av 18's copy) is the newest
# run here. A newer minor or major version is refused until someone checks it.
VERIFIED_VERSIONS = ((1, 8), (1, 16))  # (major, minor), both ends included

# vpx_codec_enc_cfg_t offsets (libvpx ≥ 1.8, checked against the library's defaults).
_CFG = {
    "g_threads": 4, "g_w": 12, "g_h": 16, "tb_num": 28, "tb_den": 32, "g_error_resilient": 36,
    "g_lag_in_frames": 44, "rc_dropframe_thresh": 48, "rc_resize_allowed": 52,
    "rc_end_usage": 72, "rc_target_bitrate": 112, "rc_min_quantizer": 116,
    "rc_max_quantizer": 120, "rc_undershoot_pct": 124, "rc_overshoot_pct": 128,
    "rc_buf_sz": 132, "rc_buf_initial_sz": 136, "rc_buf_optimal_sz": 140,
    "kf_mode": 160, "kf_min_dist": 164, "kf_max_dist": 168,
}  # fmt: skip
_VP8_DEFAULTS = {
    "g_w": 320, "g_h": 240, "tb_num": 1, "tb_den": 30, "rc_target_bitrate": 256,
    "rc_min_quantizer": 4, "rc_max_quantizer": 63, "rc_buf_sz": 6000,
    "rc_buf_initial_sz": 4000, "rc_buf_optimal_sz": 5000, "kf_max_dist": 128,
}  # fmt: skip
VPX_IMG_FMT_I420 = 0x102
VPX_CBR = 1
VPX_KF_AUTO = 1
VPX_DL_REALTIME = 1
VPX_EFLAG_FORCE_KF = 1
VPX_FRAME_IS_KEY = 1
VP8E_SET_ACTIVEMAP = 9
VP8E_SET_CPUUSED = 13
VP8E_SET_NOISE_SENSITIVITY = 15
VP8E_SET_STATIC_THRESHOLD = 17
VP8E_SET_TOKEN_PARTITIONS = 18
VP8E_GET_LAST_QUANTIZER_64 = 20
VP8E_SET_MAX_INTRA_BITRATE_PCT = 26
VP8E_SET_SCREEN_CONTENT_MODE = 31
_IMG_SIZE = 256  # vpx_image_t is 136 bytes on 64-bit Linux; room to spare
_CTX_SIZE = 256


def read_version(lib: Any) -> tuple[int, int, int]:
    """libvpx's (major, minor, patch), from `vpx_codec_version()`."""
    packed = int(lib.vpx_codec_version())
    return packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF


def check_version(version: tuple[int, int, int]) -> None:
    """Raise OSError unless `version` is one the structure offsets were verified for."""
    lowest, highest = VERIFIED_VERSIONS
    if not lowest <= version[:2] <= highest:
        raise OSError(
            "libvpx {}.{}.{}: the structure offsets were verified for {}.{}–{}.{}".format(
                *version, *lowest, *highest
            )
        )


class _Libvpx:
    """The few libvpx calls we need, with the encoder ABI version found by asking."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        self.lib = lib
        try:
            self.version = read_version(lib)
        except AttributeError as exc:  # not a libvpx, or one too old to say
            raise OSError(f"no vpx_codec_version: {exc}") from exc
        check_version(self.version)
        lib.vpx_codec_vp8_cx.restype = ctypes.c_void_p
        lib.vpx_codec_get_cx_data.restype = ctypes.c_void_p
        lib.vpx_codec_get_cx_data.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.vpx_codec_encode.argtypes = [
            ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64, ctypes.c_ulong,
            ctypes.c_long, ctypes.c_ulong,
        ]  # fmt: skip
        lib.vpx_img_wrap.restype = ctypes.c_void_p
        lib.vpx_img_wrap.argtypes = [
            ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p,
        ]  # fmt: skip
        lib.vpx_codec_error.restype = ctypes.c_char_p
        self.iface = ctypes.c_void_p(lib.vpx_codec_vp8_cx())
        self.abi = self._find_abi()

    def default_config(self) -> ctypes.Array[ctypes.c_char]:
        cfg = ctypes.create_string_buffer(4096)
        if self.lib.vpx_codec_enc_config_default(self.iface, cfg, 0) != 0:
            raise OSError("vpx_codec_enc_config_default failed")
        return cfg

    def _find_abi(self) -> int:
        cfg = self.default_config()
        for name, expected in _VP8_DEFAULTS.items():
            if struct.unpack_from("<I", cfg.raw, _CFG[name])[0] != expected:
                raise OSError(f"unexpected vpx_codec_enc_cfg_t layout at {name}")
        ctx = ctypes.create_string_buffer(_CTX_SIZE)
        for version in range(1, 200):
            if self.lib.vpx_codec_enc_init_ver(ctx, self.iface, cfg, 0, version) == 0:
                self.lib.vpx_codec_destroy(ctx)
                return version
        raise OSError("no libvpx encoder ABI version accepted")


_libvpx: _Libvpx | None = None
_libvpx_failed = False


def libvpx() -> _Libvpx | None:
    """libvpx (the copy PyAV ships, else the system's), checked; None if unusable (one
    warning says why)."""
    global _libvpx, _libvpx_failed
    if _libvpx is not None or _libvpx_failed:
        return _libvpx
    import av

    candidates = sorted(
        glob.glob(os.path.join(os.path.dirname(av.__file__), "..", "av.libs", "libvpx*.so*"))
    )
    candidates += ["libvpx.so.9", "libvpx.so.8", "libvpx.so.7"]
    refused = []
    for path in candidates:
        try:
            _libvpx = _Libvpx(ctypes.CDLL(path))
            return _libvpx
        except OSError as exc:
            log.debug("libvpx %s: %s", path, exc)
            if os.path.exists(path):  # the sonames we only guessed at stay quiet
                refused.append(f"{os.path.basename(path)}: {exc}")
    _libvpx_failed = True
    log.warning(
        "libvpx not usable from ctypes (%s): aiortc's VP8 encoder stays in use",
        "; ".join(refused) or "none found",
    )
    return None


class _ActiveMap(ctypes.Structure):
    """vpx_active_map_t: one byte per 16×16 block, 1 = code it, 0 = leave it as it is."""

    _fields_ = [("active_map", ctypes.c_void_p), ("rows", ctypes.c_uint), ("cols", ctypes.c_uint)]


@dataclass(frozen=True)
class EncoderSpeed:
    """The libvpx settings that trade CPU for quality or use more cores."""

    threads: int = 1  # g_threads
    token_partitions: int = 0  # VP8E_SET_TOKEN_PARTITIONS: log2 of the partitions
    cpu_used: int = CPU_USED
    noise_sensitivity: int = 0
    static_threshold: int = STATIC_THRESHOLD
    screen_content_mode: int = SCREEN_CONTENT_MODE


def usable_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # sched_getaffinity is Linux-only
        return max(1, os.cpu_count() or 1)


def speed_for(width: int, height: int, cores: int | None = None) -> EncoderSpeed:
    """The settings for a frame size on this machine (figures: bench/vp8_encode.py).

    One token partition always: several made the supporter's libvpx decoder go
    multi-threaded, and on a busy 2-core machine it spun (4K decode 17 → 38 ms, 1080p
    desktop 5 → 237 ms), while the encoder gained nothing measurable from them."""
    cores = usable_cores() if cores is None else cores
    large = width * height > LARGE_PIXELS
    threads = min(cores - 1, MAX_THREADS) if large and cores >= THREADS_FROM_CORES else 1
    return EncoderSpeed(threads=threads)


class Vp8Context:
    """One libvpx VP8 encoder instance for a fixed frame size."""

    def __init__(
        self, vpx: _Libvpx, width: int, height: int, bitrate: int,
        speed: EncoderSpeed | None = None,
    ) -> None:  # fmt: skip
        self.vpx = vpx
        self.width, self.height = width, height
        self.speed = speed = speed_for(width, height) if speed is None else speed
        self.cfg = vpx.default_config()
        self._set(
            g_w=width, g_h=height, tb_num=1, tb_den=90_000, g_threads=speed.threads,
            g_lag_in_frames=0,
            g_error_resilient=0, rc_end_usage=VPX_CBR, rc_target_bitrate=bitrate // 1000,
            rc_min_quantizer=MIN_QUANTIZER, rc_max_quantizer=MAX_QUANTIZER,
            rc_undershoot_pct=100, rc_overshoot_pct=15, rc_buf_sz=1000, rc_buf_initial_sz=500,
            rc_buf_optimal_sz=600, rc_dropframe_thresh=0, rc_resize_allowed=0,
            kf_mode=VPX_KF_AUTO, kf_min_dist=0, kf_max_dist=3000,
        )  # fmt: skip
        self.ctx: ctypes.Array[ctypes.c_char] | None = ctypes.create_string_buffer(_CTX_SIZE)
        lib = vpx.lib
        if lib.vpx_codec_enc_init_ver(self.ctx, vpx.iface, self.cfg, 0, vpx.abi) != 0:
            raise OSError(f"vpx_codec_enc_init: {lib.vpx_codec_error(self.ctx)!r}")
        for control, value in (
            (VP8E_SET_CPUUSED, speed.cpu_used),
            (VP8E_SET_NOISE_SENSITIVITY, speed.noise_sensitivity),
            (VP8E_SET_STATIC_THRESHOLD, speed.static_threshold),
            (VP8E_SET_TOKEN_PARTITIONS, speed.token_partitions),
            (VP8E_SET_MAX_INTRA_BITRATE_PCT, 900),
            (VP8E_SET_SCREEN_CONTENT_MODE, speed.screen_content_mode),
        ):
            if lib.vpx_codec_control_(self.ctx, control, ctypes.c_int(value)) != 0:
                log.warning("libvpx control %d=%d refused", control, value)
        self.img = ctypes.create_string_buffer(_IMG_SIZE)
        rows, cols = (height + 15) // 16, (width + 15) // 16
        self._inactive = ctypes.create_string_buffer(rows * cols)  # all zero: nothing active
        self._map_none = _ActiveMap(None, rows, cols)
        self._map_inactive = _ActiveMap(ctypes.cast(self._inactive, ctypes.c_void_p), rows, cols)
        self._active = ctypes.create_string_buffer(rows * cols)  # the changed box's blocks
        self._map_box = _ActiveMap(ctypes.cast(self._active, ctypes.c_void_p), rows, cols)
        self.bitrate = bitrate
        self.quantizers = (MIN_QUANTIZER, MAX_QUANTIZER)

    def _set(self, **fields: int) -> None:
        for name, value in fields.items():
            fmt = "<i" if value < 0 else "<I"
            struct.pack_into(fmt, self.cfg, _CFG[name], value)

    def set_bitrate(self, bitrate: int) -> bool:
        self._set(rc_target_bitrate=bitrate // 1000)
        if self.vpx.lib.vpx_codec_enc_config_set(self.ctx, self.cfg) != 0:
            return False
        self.bitrate = bitrate
        return True

    def set_quantizers(self, lowest: int, highest: int = MAX_QUANTIZER) -> None:
        if (lowest, highest) != self.quantizers:
            self._set(rc_min_quantizer=lowest, rc_max_quantizer=highest)
            if self.vpx.lib.vpx_codec_enc_config_set(self.ctx, self.cfg) == 0:
                self.quantizers = (lowest, highest)

    def _box_map(self, box: tuple[int, int, int, int]) -> _ActiveMap:
        """The active map with the 16×16 blocks that `box` (x, y, w, h) touches."""
        rows, cols = self._map_box.rows, self._map_box.cols
        x, y, w, h = box
        first, last = max(0, x // 16), min(cols, -(-(x + w) // 16))
        ctypes.memset(self._active, 0, rows * cols)
        if last > first:
            base = ctypes.addressof(self._active)
            for row in range(max(0, y // 16), min(rows, -(-(y + h) // 16))):
                ctypes.memset(base + row * cols + first, 1, last - first)
        return self._map_box

    def encode(
        self, frame: Any, pts: int, duration: int, key: bool, repeat: bool = False,
        box: tuple[int, int, int, int] | None = None,
    ) -> tuple[bytes, bool]:  # fmt: skip
        """`repeat`: the picture is the one coded before; code every block as unchanged
        (690 bytes at 1080p: libvpx re-coding a coarse still picture sent 10-25 kB
        each time). `box`: only there did the picture change since the last frame
        coded; the other blocks are coded as unchanged, without looking at them."""
        lib = self.vpx.lib
        active = None if key else self._map_inactive if repeat else box and self._box_map(box)
        if active is not None:
            lib.vpx_codec_control_(self.ctx, VP8E_SET_ACTIVEMAP, ctypes.byref(active))
        planes = frame.planes
        if not lib.vpx_img_wrap(
            self.img, VPX_IMG_FMT_I420, self.width, self.height, 1,
            ctypes.c_void_p(planes[0].buffer_ptr),
        ):  # fmt: skip
            raise OSError("vpx_img_wrap failed")
        # vpx_image_t: planes[4] at 48, stride[4] at 80 (x86-64); point at PyAV's planes.
        struct.pack_into("<QQQ", self.img, 48, *(p.buffer_ptr for p in planes[:3]))
        struct.pack_into("<iii", self.img, 80, *(p.line_size for p in planes[:3]))
        flags = VPX_EFLAG_FORCE_KF if key else 0
        failed = lib.vpx_codec_encode(self.ctx, self.img, pts, duration, flags, VPX_DL_REALTIME)
        if active is not None:
            lib.vpx_codec_control_(self.ctx, VP8E_SET_ACTIVEMAP, ctypes.byref(self._map_none))
        if failed:
            raise OSError(f"vpx_codec_encode: {lib.vpx_codec_error(self.ctx)!r}")
        data, is_key = b"", False
        it = ctypes.c_void_p(0)
        while packet := lib.vpx_codec_get_cx_data(self.ctx, ctypes.byref(it)):
            kind = ctypes.c_int.from_address(packet).value
            if kind != 0:  # VPX_CODEC_CX_FRAME_PKT
                continue
            buf = ctypes.c_void_p.from_address(packet + 8).value
            size = ctypes.c_size_t.from_address(packet + 16).value
            flags_out = ctypes.c_uint32.from_address(packet + 40).value
            data += ctypes.string_at(buf, size)  # type: ignore[arg-type]
            is_key = is_key or bool(flags_out & VPX_FRAME_IS_KEY)
        return data, is_key

    def last_quantizer(self) -> int | None:
        value = ctypes.c_int(-1)
        got = self.vpx.lib.vpx_codec_control_(
            self.ctx, VP8E_GET_LAST_QUANTIZER_64, ctypes.byref(value)
        )
        return value.value if got == 0 and value.value >= 0 else None

    def close(self) -> None:
        if self.ctx is not None:
            self.vpx.lib.vpx_codec_destroy(self.ctx)
            self.ctx = None

    def __del__(self) -> None:
        self.close()
