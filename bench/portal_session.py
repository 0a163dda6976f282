#!/usr/bin/env python3
"""A help session on the Wayland portal backend: a screen change → the supporter's frame.

    .venv/bin/python bench/portal_session.py [--size 1920x1080] [--seconds 20] [--draw-hz 60]

Method: a real headless GNOME-like desktop (mutter --headless with one virtual monitor of
--size, xdg-desktop-portal(-gnome), PipeWire and WirePlumber on a private D-Bus session;
tests/support/wayland.py) and on it:
- a painter: a full-screen Qt Wayland client that scrolls bench/_stamp.py's noisy
  background and shows the frame counter as black/white cells, `--draw-hz` times a
  second, writing `time.monotonic()` at the end of each paint into the shared stamp
  board (CLOCK_MONOTONIC is system-wide);
- the home user's side: `bench/session_e2e.py --agent-role` (HomeSession, auto-allowing,
  the same probe) with ASSIST_PLATFORM=portal in a subprocess; the desktop's own question
  is answered with Share over AT-SPI as in the tests;
- the supporter's side in this process; each decoded frame's counter gives the latency.

Figures (last stdout line is JSON): fps (distinct counters per second over the window),
latency_ms_p50/p95 (on_frame time − paint time, first copy only), helper_cpu_pct (the
home user process plus its frame subprocess pw_capture.py, % of one core), mutter_cpu_pct,
pipewire_cpu_pct, machine load. The paint time is taken before Qt hands the buffer to the
compositor, and mutter renders in software on this machine (no GPU: "surfaceless
renderer"), so the figures include a headless compositor's costs a real desktop with a GPU
does not have. This is a separate bench from session_e2e.py on purpose: that one owns
an Xvfb display and an X painter.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import numpy as np  # noqa: E402
from _stamp import (  # noqa: E402
    CELLS,
    PITCH,
    StampBoard,
    background,
    cell_bits,
    cell_rect,
    decode_stamp,  # noqa: E402
)
from session_e2e import cpu_seconds, machine_busy_seconds, percentile, read_line  # noqa: E402


# -- the painter (a Wayland client) ---------------------------------------------------
def painter_role(board_path: str, width: int, height: int, hz: float) -> int:
    from PySide6.QtCore import QPoint, QRect, Qt, QTimer
    from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)
    board = StampBoard(Path(board_path))
    image = background(width, height)
    tile = QPixmap.fromImage(QImage(image.data, width, height, width * 4,
                                    QImage.Format.Format_RGB32).copy())  # fmt: skip

    class Painter(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.counter = 0
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt name)
            n = self.counter
            p = QPainter(self)
            p.drawTiledPixmap(self.rect(), tile, QPoint((7 * n) % width, (3 * n) % height))
            p.fillRect(16, 16, CELLS * PITCH + 16, 80, QColor(128, 128, 128))
            for i, bit in enumerate(cell_bits(n)):
                colour = Qt.GlobalColor.white if bit else Qt.GlobalColor.black
                p.fillRect(QRect(*cell_rect(i)), colour)
            p.end()
            board.record(n, time.monotonic())
            if n == 0:
                print("ready", flush=True)

        def tick(self) -> None:
            self.counter += 1
            self.update()

    painter = Painter()
    painter.showFullScreen()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(painter.tick)
    timer.start(max(1, round(1000 / hz)))
    return app.exec()


# -- the run ---------------------------------------------------------------------------
def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def run(args: argparse.Namespace) -> dict[str, Any]:
    from assist_client.session import SupporterSession
    from crypto.code import PairingCode
    from signaling.server import start_server
    from tests.support.processes import stop
    from tests.support.wayland import WaylandDesktop

    figures: dict[str, Any] = {"platform": "portal", "size": f"{args.width}x{args.height}",
                               "draw_hz": args.draw_hz, "seconds": args.seconds}  # fmt: skip
    work = Path(tempfile.mkdtemp(prefix="assist-portal-bench-"))
    board_path = work / "stamps.f64"
    board = StampBoard(board_path, create=True)
    screen = (args.width, args.height)
    with WaylandDesktop(screen) as desktop:
        env = {**desktop.env, "PYTHONUNBUFFERED": "1"}
        env.pop("DISPLAY", None)
        painter = subprocess.Popen(
            [sys.executable, __file__, "--painter-role", str(board_path), "--size",
             f"{args.width}x{args.height}", "--draw-hz", str(args.draw_hz)],
            env={**env, "QT_QPA_PLATFORM": "wayland"}, stdout=subprocess.PIPE,
        )  # fmt: skip
        assert painter.stdout is not None
        if read_line(painter.stdout.fileno(), 60) != "ready":
            raise RuntimeError("the painter did not start")
        answer = desktop.answer("Share", allow_control=False, timeout=120)
        latencies: list[float] = []
        seen: set[int] = set()
        first_at: list[float] = []
        window: dict[str, Any] = {}

        def on_frame(rgb: np.ndarray) -> None:
            now = time.monotonic()
            residue = decode_stamp(rgb, screen)
            if residue is None:
                return
            counter = board.unwrap(residue)
            if counter < 0 or counter in seen:
                return
            seen.add(counter)
            if not first_at:
                first_at.append(now)
            if window.get("start") and not window.get("end"):
                window["frames"] = window.get("frames", 0) + 1
                latencies.append((now - board.painted_at(residue)) * 1000)

        async def scenario() -> None:
            server = await start_server("127.0.0.1", 0)
            with (work / "agent.log").open("wb") as agent_log:  # the child keeps its copy
                agent = await asyncio.create_subprocess_exec(
                    sys.executable, str(HERE / "session_e2e.py"), "--agent-role", server.url,
                    env={**env, "ASSIST_PLATFORM": "portal"}, stdout=asyncio.subprocess.PIPE,
                    stderr=agent_log, stdin=asyncio.subprocess.PIPE,
                )  # fmt: skip
            assert agent.stdout is not None
            code = ""
            while not code:
                line = await asyncio.wait_for(agent.stdout.readline(), 60)
                if not line:
                    raise RuntimeError("the home user process ended before showing a code")
                code = json.loads(line).get("code", "")
            supporter = SupporterSession(server.url, PairingCode.parse(str(code)), "Bench",
                                         lambda e: None, on_frame)  # fmt: skip
            supporter.start()
            try:
                deadline = time.monotonic() + 120
                while not first_at:
                    if time.monotonic() > deadline:
                        raise RuntimeError("no readable frame within 120 s")
                    await asyncio.sleep(0.05)
                await asyncio.sleep(2.0)  # past the first key frames
                capture = children(agent.pid)  # pw_capture.py
                pids = {"helper": [agent.pid, *capture], "painter": [painter.pid],
                        "mutter": [], "pipewire": []}  # fmt: skip
                for proc in desktop._procs:
                    name = Path(str(proc.args[0])).name
                    if name in ("mutter", "pipewire"):
                        pids[name].append(proc.pid)

                def cpu() -> dict[str, float]:
                    return {k: sum(cpu_seconds(p) or 0.0 for p in v) for k, v in pids.items()}

                window.update(start=time.monotonic(), cpu0=cpu(), busy0=machine_busy_seconds(),
                              painted0=board.drawn)  # fmt: skip
                await asyncio.sleep(args.seconds)
                window.update(end=time.monotonic(), cpu1=cpu(), busy1=machine_busy_seconds(),
                              painted1=board.drawn)  # fmt: skip
            finally:
                supporter.stop()
                await asyncio.wait_for(supporter.wait_ended(), 20)
                try:
                    rest = await asyncio.wait_for(agent.stdout.read(), 20)
                    await asyncio.wait_for(agent.wait(), 5)
                except TimeoutError:
                    agent.kill()
                    rest = b""
                for line in rest.decode(errors="replace").splitlines():
                    if line.startswith("{") and "ended" in (report := json.loads(line)):
                        window["agent"] = {k: report.get(k) for k in (
                            "frames_captured", "frames_encoded", "sharing_s",
                            "encode_ms_p50", "encode_ms_p95", "convert_ms_p50")}  # fmt: skip
                await server.close()

        try:
            asyncio.run(scenario())
        finally:
            stop(answer)
            stop(painter)
        span = window["end"] - window["start"]
        figures.update(
            fps=round(window.get("frames", 0) / span, 1),
            painted_fps=round((window["painted1"] - window["painted0"]) / span, 1),
            latency_ms_p50=round(percentile(latencies, 50) or 0, 1),
            latency_ms_p95=round(percentile(latencies, 95) or 0, 1),
            machine_cpu_pct=round(100 * (window["busy1"] - window["busy0"]) / span, 1),
            load_1min=round(os.getloadavg()[0], 2),
            cores=os.cpu_count(),
            helper=window.get("agent"),
            **{
                f"{k}_cpu_pct": round(100 * (window["cpu1"][k] - window["cpu0"][k]) / span, 1)
                for k in window["cpu0"]
            },  # fmt: skip
        )
    shutil.rmtree(work, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="1920x1080", help="the virtual monitor, WxH")
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window")
    parser.add_argument("--draw-hz", type=float, default=60.0, help="painter rate")
    parser.add_argument("--painter-role", metavar="BOARD", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.width, args.height = (int(v) for v in args.size.lower().split("x"))
    if args.painter_role:
        return painter_role(args.painter_role, args.width, args.height, args.draw_hz)
    try:
        figures = run(args)
    except RuntimeError as exc:
        print(json.dumps({"error": str(exc)}))
        return 1
    print(f"portal {figures['size']}: {figures['fps']} fps (painted {figures['painted_fps']}), "
          f"latency p50 {figures['latency_ms_p50']} ms p95 {figures['latency_ms_p95']} ms, "
          f"helper CPU {figures['helper_cpu_pct']} %, mutter {figures['mutter_cpu_pct']} %, "
          f"painter {figures['painter_cpu_pct']} %, machine {figures['machine_cpu_pct']} %, "
          f"load {figures['load_1min']}")  # fmt: skip
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
