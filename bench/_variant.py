"""Bench-only: switch parts of the video tuning (assist_media) back to aiortc's stock
behaviour.

`ASSIST_BENCH_STOCK` is a comma list, read in each bench role process before the
session (and so `aiortc_patches.install()`) starts:

- `rate`:    aiortc's `AimdRateControl` instead of `ScreenRateControl`
- `history`: RTP/NACK history 128 packets (aiortc) instead of `RTP_HISTORY`
- `skip`:    no "skip a hole not repaired in HOLE_TIMEOUT_S + key-frame request"
- `cap`:     no quantizer floor for the first change after a still screen
             (`change_quantizer`) and aiortc's 500 kbit/s start instead of START_BITRATE
- `nopace`:  no RTP pacing (aiortc sends each frame in one burst)
- `trains`:  no capacity from packet trains (`TrainCapacity`): the estimate grows by
             AIMD alone
- `nack`:    aiortc's `NackGenerator` (the whole missing set again on every new gap)
             instead of `SelectiveNackGenerator`
- `sharp`:   no sharp still pictures (`assist_media/sharp.py`): the VP8 refinement
             ladder sharpens still text, as before round 3
- `sctp`:    aiortc's own SCTP congestion window instead of `sctp_window`
- `copies`:  each repair leaves once (`REPAIR_COPIES` 1) instead of twice

`ASSIST_BENCH_HOLE_S` sets `HOLE_TIMEOUT_S`, `ASSIST_BENCH_PACE_FACTOR` `PACE_FACTOR`,
`ASSIST_BENCH_PACE_BURST_S` `PACE_BURST_S`; `ASSIST_BENCH_DEBUG=PATH` writes aiortc's
debug log to PATH.<pid>.

A setting is changed in every assist_media module that holds the name (a module that
imported it has its own copy), so the change reaches each place that reads it.

Nothing here is used by the apps.
"""

from __future__ import annotations

import os

KNOWN = {"rate", "history", "skip", "cap", "nopace", "nack", "trains", "sharp", "sctp", "copies"}


def apply_from_env() -> list[str]:
    names = [n for n in os.environ.get("ASSIST_BENCH_STOCK", "").split(",") if n]
    unknown = set(names) - KNOWN
    if unknown:
        raise SystemExit(f"ASSIST_BENCH_STOCK: unknown {sorted(unknown)}")
    from aiortc import rate
    from aiortc.codecs import vpx
    from aiortc.rtp import RTP_HISTORY_SIZE

    from assist_media import libvpx

    if "rate" in names:
        _set("ScreenRateControl", rate.AimdRateControl)
    if "history" in names:
        _set("RTP_HISTORY", RTP_HISTORY_SIZE)
    if "skip" in names:
        _set("HOLE_TIMEOUT_S", float("inf"))
    if "copies" in names:
        _set("REPAIR_COPIES", 1)
    if "cap" in names:
        _set("START_BITRATE", vpx.DEFAULT_BITRATE)  # the link's feedback starts there too
        _set("change_quantizer", lambda frame, bitrate: libvpx.MIN_QUANTIZER)
    if os.environ.get("ASSIST_BENCH_HOLE_S"):  # a different skip timeout, seconds
        _set("HOLE_TIMEOUT_S", float(os.environ["ASSIST_BENCH_HOLE_S"]))
    if os.environ.get("ASSIST_BENCH_PACE_FACTOR"):
        _set("PACE_FACTOR", float(os.environ["ASSIST_BENCH_PACE_FACTOR"]))
    if os.environ.get("ASSIST_BENCH_PACE_BURST_S"):
        _set("PACE_BURST_S", float(os.environ["ASSIST_BENCH_PACE_BURST_S"]))
    if "nopace" in names:
        _set("PACE", False)
    if "trains" in names:
        _set("TRAIN_CAPACITY", False)
    if "sctp" in names:
        _set("SCTP_WINDOW", False)
    if "sharp" in names:  # no sharp still pictures: the VP8 refinement ladder instead
        from assist_agent import session as home_session

        async def no_sharp(capture: object, channel_of: object) -> None:
            return None

        home_session.send_sharp = no_sharp  # type: ignore[assignment]
    if "nack" in names:
        from aiortc import rtcrtpreceiver

        _set("SelectiveNackGenerator", rtcrtpreceiver.NackGenerator)
    debug = os.environ.get("ASSIST_BENCH_DEBUG")
    if debug:  # aiortc's own debug log (every RTP packet, NACK, PLI) of this process
        import logging

        logging.basicConfig(level=logging.DEBUG, filename=f"{debug}.{os.getpid()}")
    return names


def _set(name: str, value: object) -> None:
    """`name` = `value` in every assist_media module that has it."""
    from assist_media import estimate, libvpx, link, pacing, receiving, vp8

    found = False
    for module in (estimate, libvpx, link, pacing, receiving, vp8):
        if hasattr(module, name):
            setattr(module, name, value)
            found = True
    if not found:
        raise SystemExit(f"_variant: no assist_media module has {name}")
