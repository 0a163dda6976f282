"""A long help session with a changing screen and chat: the apps' memory at start and end.

    .venv/bin/python bench/soak.py --minutes 60     # the hour the issue asks for
    .venv/bin/python bench/soak.py --minutes 10     # a shorter look
    .venv/bin/python bench/soak.py --minutes 8 --trace   # where the supporter's memory goes

The home user's session core (HomeSession: real Xvfb capture, real aiortc) runs in this
process; the supporter's core runs in its own process in a network namespace, joined by
a veth pair (tests/faults/harness.py, the same set-up as the fault tests); the pairing
server is its own process. Every 0.2 s the screen changes (a moving block and a new
colour); every 5 s one chat line goes each way. Memory is the resident set (VmRSS) of
this process (helper app) and the supporter's process at 30 s, after a 120 s warm-up
(`*_mb_start`: by then jitter buffers, RTP histories, codec pools and malloc's arenas
have filled; the 30 s figures are printed too) and at the end. Every minute both
apps' processes also report what glibc's malloc holds and its most numerous object
types (`memory` lines); with --trace it runs under tracemalloc and names the allocation
sites that grew (slower: not for the figures). Needs root (ip netns, nftables), Xvfb.
Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.display import start_xvfb  # noqa: E402

EARLY = 30.0  # s after the first frame: printed, not the start figure
WARM_UP = 120.0  # s after the first frame: the start figure


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def paint(stop: asyncio.Event) -> None:
    """Change the screen five times a second: a moving block on a changing colour."""
    from Xlib import X
    from Xlib import display as xdisplay

    display = xdisplay.Display()
    screen = display.screen()
    root = screen.root
    gc = root.create_gc()
    width, height = screen.width_in_pixels, screen.height_in_pixels
    step = 0
    while not stop.is_set():
        gc.change(foreground=(step * 0x050301) & 0xFFFFFF)
        root.fill_rectangle(gc, 0, 0, width, height)
        gc.change(foreground=0xFFFFFF - ((step * 0x050301) & 0xFFFFFF))
        root.fill_rectangle(
            gc, (step * 37) % max(1, width - 200), (step * 23) % max(1, height - 200), 200, 200
        )
        display.sync()
        step += 1
        await asyncio.sleep(0.2)
    display.close()
    del X


async def soak(minutes: float, trace: bool = False) -> dict[str, object]:
    from tests.faults.harness import PairingServer, Session
    from tests.faults.netns import namespace
    from tests.faults.supporter_in_ns import memory_report

    server = PairingServer()
    server.start()
    try:
        with namespace() as ns:
            if trace:  # the supporter's process only: this one is already running
                os.environ["PYTHONTRACEMALLOC"] = "1"
            session = Session(ns, server)
            stop = asyncio.Event()
            painter = asyncio.create_task(paint(stop))
            try:
                await session.start(control=False)
                assert session.supporter is not None and session.home is not None
                await asyncio.sleep(EARLY)
                early = (rss_mb(os.getpid()), rss_mb(session.supporter.pid))
                await asyncio.sleep(WARM_UP - EARLY)
                start = {
                    "helper_mb": rss_mb(os.getpid()),
                    "supporter_mb": rss_mb(session.supporter.pid),
                }
                frames_start = session.frames()
                sent = 0
                printed = 0  # memory reports from the supporter already printed
                end_at = time.monotonic() + minutes * 60
                samples: list[tuple[float, float]] = []  # (helper, supporter) MB each minute
                while time.monotonic() < end_at and session.home.ended_reason is None:
                    session.home.send_chat(f"home line {sent}")
                    await session.tell(f"chat supporter line {sent}")
                    sent += 1
                    if sent % 12 == 0:
                        # The harness's own record of the supporter's frame reports lives
                        # in this process: keep only the newest, so it is not counted as
                        # the helper app's growth.
                        events = session.supporter_events
                        newest = [e for e in events if e[1]["event"] == "frame"][-1:]
                        events[:] = [e for e in events if e[1]["event"] != "frame"] + newest
                        samples.append((rss_mb(os.getpid()), rss_mb(session.supporter.pid)))
                        print(json.dumps({"minute": sent // 12, "mb": samples[-1]}), flush=True)
                        for report in session.supporter_saw("memory")[printed:]:
                            print(json.dumps(report), flush=True)
                        helper = memory_report()  # this process: the helper app
                        helper.pop("types", None)
                        print(json.dumps({"event": "memory", "app": "helper", **helper}))
                        printed = len(session.supporter_saw("memory"))
                        await session.tell("memory")
                    await asyncio.sleep(5.0)
                await asyncio.sleep(2.0)
                end = {
                    "helper_mb": rss_mb(os.getpid()),
                    "supporter_mb": rss_mb(session.supporter.pid),
                }
                got_supporter = len(session.supporter_saw("chat"))
                got_home = len(session.home_chat_from_supporter())
                frames = session.frames() - frames_start
                ended = session.home.ended_reason
            finally:
                stop.set()
                await painter
                await session.close()
    finally:
        server.kill()

    def growth(key: str) -> float:
        return round(100.0 * (end[key] - start[key]) / start[key], 2)

    return {
        "minutes": minutes,
        "warm_up_s": WARM_UP,
        "helper_mb_30s": round(early[0], 1),
        "supporter_mb_30s": round(early[1], 1),
        "helper_mb_start": round(start["helper_mb"], 1),
        "helper_mb_end": round(end["helper_mb"], 1),
        "helper_growth_pct": growth("helper_mb"),
        "supporter_mb_start": round(start["supporter_mb"], 1),
        "supporter_mb_end": round(end["supporter_mb"], 1),
        "supporter_growth_pct": growth("supporter_mb"),
        "frames_seen": frames,
        "chat_lines_each_way": sent,
        "chat_lines_lost": (sent - got_supporter) + (sent - got_home),
        "mb_per_minute": [[round(h, 1), round(p, 1)] for h, p in samples],
        "ended_early": ended,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--trace", action="store_true", help="tracemalloc in the supporter")
    args = parser.parse_args()
    xvfb = None
    if not os.environ.get("DISPLAY"):
        started = start_xvfb()
        if started is None:
            print(json.dumps({"error": "no Xvfb"}))
            return 1
        os.environ["DISPLAY"], xvfb = started
    try:
        result = asyncio.run(soak(args.minutes, args.trace))
    finally:
        if xvfb is not None:
            xvfb.terminate()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
