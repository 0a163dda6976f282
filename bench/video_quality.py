#!/usr/bin/env python3
"""Screen video over a shaped link: idle cost, text crispness, motion — ours vs x11vnc.

Each run starts Xvfb (1920×1080), a shaped link between two network namespaces
(`link_shaper.py`: no netem in this kernel, so a userspace wire does rate, delay and
loss), and then for each system in `--systems`:

- **ours**: signaling server + `SupporterSession` in the supporter namespace,
  `HomeSession` (auto-allow) in the home user namespace;
- **x11vnc**: `x11vnc` on the same Xvfb in the home namespace, our minimal RFB client
  (`_rfb.py`: zlib, CopyRect, raw; 32-bit BGRX) in the supporter namespace.

Phases (the screen shows page 1 of text when the system starts):
1. **static**: after 4 s of settling, 10 s with nothing drawn: CPU of the home side's
   process (ours: HomeSession; x11vnc: the x11vnc process) and IP bytes that crossed
   the link towards the supporter, as kbit/s (RTP, RTCP, data channel, all headers).
2. **crisp**: page 2 replaces page 1 in one X request; the time until the supporter's
   picture reaches SSIM ≥ 0.98 against page 2 (mean luma SSIM over the 64×64 tiles that
   hold text, libyuv `CalcFrameSsim`), measured from the painter's XSync.
3. **motion**: `_stamp.py`'s scrolling picture at 60 Hz for 10 s: distinct frames per
   second, the longest gap between two distinct frames (freeze), and glass-to-glass
   latency p50 (paint → frame decoded on the supporter side).

Needs root (namespaces, TUN). Last stdout line is JSON: one object per link and system.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import json
import os
import queue
import select
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import numpy as np  # noqa: E402
from _stamp import StampBoard, decode_stamp  # noqa: E402

W, H = 1920, 1080
LINKS = {
    "5mbit": {"rate_bps": 5e6, "rtt_ms": 0.0, "loss": 0.0},
    "1mbit_200ms_2pct": {"rate_bps": 1e6, "rtt_ms": 200.0, "loss": 0.02},
}
SSIM_CRISP = 0.98
STATIC_S, SETTLE_S, MOTION_S = 10.0, 4.0, 10.0
CLK_TCK = os.sysconf("SC_CLK_TCK")


def emit(message: dict[str, Any]) -> None:
    print(json.dumps(message), flush=True)


def cpu_seconds(pid: int) -> float:
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return sum(int(v) for v in fields[11:15]) / CLK_TCK


def read_json(proc: subprocess.Popen[str], timeout: float) -> dict[str, Any]:
    """The next JSON line from a child's stdout (other lines are skipped)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("child ended")
        with contextlib.suppress(ValueError):
            return dict(json.loads(line))
    raise TimeoutError("no answer from child")


def send(proc: subprocess.Popen[str], message: dict[str, Any]) -> None:
    assert proc.stdin is not None
    proc.stdin.write(json.dumps(message) + "\n")
    proc.stdin.flush()


# -- quality of a shown picture ---------------------------------------------------------


class PageCheck:
    """SSIM of shown pictures against a page, on the tiles that hold text."""

    def __init__(self, page_bgrx: np.ndarray, tile: int = 64) -> None:
        self.lib = ctypes.CDLL("libyuv.so.0")
        self.lib.CalcFrameSsim.restype = ctypes.c_double
        self.tile = tile
        self.ref = self._luma(page_bgrx[..., 2], page_bgrx[..., 1], page_bgrx[..., 0])
        self.tiles = [
            (y, x)
            for y in range(0, H - tile + 1, tile)
            for x in range(0, W - tile + 1, tile)
            if self.ref[y : y + tile, x : x + tile].std() >= 2.0
        ]

    @staticmethod
    def _luma(r: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        y = 0.299 * r.astype(np.float32) + 0.587 * g + 0.114 * b
        return np.clip(y + 0.5, 0, 255).astype(np.uint8)

    def ssim_rgb(self, rgb: np.ndarray) -> float:
        if rgb.shape[:2] != (H, W):
            return 0.0
        return self._ssim(self._luma(rgb[..., 0], rgb[..., 1], rgb[..., 2]))

    def ssim_bgrx(self, bgrx: np.ndarray) -> float:
        return self._ssim(self._luma(bgrx[..., 2], bgrx[..., 1], bgrx[..., 0]))

    def _ssim(self, luma: np.ndarray) -> float:
        t, values = self.tile, []
        for y, x in self.tiles:
            a = np.ascontiguousarray(luma[y : y + t, x : x + t])
            b = np.ascontiguousarray(self.ref[y : y + t, x : x + t])
            values.append(
                self.lib.CalcFrameSsim(
                    ctypes.c_void_p(a.ctypes.data), t, ctypes.c_void_p(b.ctypes.data), t, t, t
                )
            )
        return float(np.mean(values))


class Viewer:
    """What the supporter side saw: answers the phase commands from the orchestrator."""

    def __init__(self, board_path: str) -> None:
        self.board = StampBoard(Path(board_path))
        self.latest: np.ndarray | None = None
        self.latest_at = 0.0
        self.mode: str = "idle"
        self.check: PageCheck | None = None
        self.crisp_at: float | None = None
        self.curve: list[tuple[float, float]] = []
        self.seen: set[int] = set()
        self.distinct_at: list[float] = []
        self.latencies: list[float] = []
        self.to_check: queue.Queue[tuple[float, np.ndarray, bool]] = queue.Queue()
        threading.Thread(target=self._check_pictures, daemon=True).start()

    def _check_pictures(self) -> None:
        while True:
            shown_at, image, is_rgb = self.to_check.get()
            check = self.check
            if check is None or self.crisp_at is not None:
                continue
            ssim = check.ssim_rgb(image) if is_rgb else check.ssim_bgrx(image)
            self.curve.append((shown_at, round(ssim, 4)))
            if ssim >= SSIM_CRISP:
                self.crisp_at = shown_at

    def show(self, image: np.ndarray, is_rgb: bool) -> None:
        now = time.monotonic()
        self.latest, self.latest_at = image, now
        if self.mode == "crisp" and self.check is not None and self.crisp_at is None:
            # Measured in a thread of its own: SSIM over the page takes tens of ms, and on
            # this loop it would hold up the very packets being measured (ours and x11vnc's).
            self.to_check.put((now, image, is_rgb))
        elif self.mode == "motion":
            rgb = image if is_rgb else image[..., 2::-1]
            residue = decode_stamp(rgb, (W, H))
            if residue is None:
                return
            counter = self.board.unwrap(residue)
            if counter in self.seen:
                return
            self.seen.add(counter)
            self.distinct_at.append(now)
            painted = self.board.painted_at(residue)
            if painted == painted:
                self.latencies.append((now - painted) * 1000)

    async def command(self, message: dict[str, Any]) -> dict[str, Any]:
        if message["cmd"] == "prepare":
            # Before the page changes: building the reference takes ~140 ms, which on
            # this loop during the measurement delayed the packets being measured.
            from _pages import text_page

            self.check = PageCheck(text_page(W, H, seed=message["seed"]))
            self.crisp_at, self.curve = None, []
            self.mode = "crisp"
            return {}
        if message["cmd"] == "crisp":
            t0 = message["t0"]
            deadline = time.monotonic() + message.get("timeout", 10.0)
            while self.crisp_at is None and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            self.mode = "idle"
            crisp = None if self.crisp_at is None else round(self.crisp_at - t0, 3)
            curve = [(round(at - t0, 3), ssim) for at, ssim in self.curve if at >= t0]
            return {"crisp_s": crisp, "ssim_curve": curve[:12]}
        if message["cmd"] == "motion":
            self.seen, self.distinct_at, self.latencies = set(), [], []
            self.mode = "motion"
            started = time.monotonic()
            await asyncio.sleep(message["seconds"])
            self.mode = "idle"
            times = self.distinct_at
            gaps = np.diff(times) if len(times) > 1 else np.array([message["seconds"]])
            return {
                "fps": round(len(times) / message["seconds"], 1),
                "freeze_max_s": round(float(gaps.max()), 3),
                # where the longest gap began, from the start of the motion phase
                "freeze_at_s": round(times[int(gaps.argmax())] - started, 3)
                if len(times) > 1
                else None,
                "latency_ms_p50": round(float(np.median(self.latencies)), 1)
                if self.latencies
                else None,
            }
        return {}


async def serve_commands(viewer: Viewer) -> None:
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        message = json.loads(line)
        if message["cmd"] == "stop":
            return
        emit({"answer": message["cmd"], **(await viewer.command(message))})


# -- our system: the two sides ------------------------------------------------------------


async def _ours_supporter(address: str, board: str, home_cmd: list[str]) -> None:
    from _variant import apply_from_env

    from assist_client.session import SupporterSession
    from crypto.code import PairingCode
    from signaling.server import start_server

    apply_from_env()
    server = await start_server(address, 0)
    home = await asyncio.create_subprocess_exec(
        *home_cmd, server.url, stdout=asyncio.subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert home.stdout is not None
    code = json.loads(await home.stdout.readline())["code"]
    emit({"home_pid": json.loads(await home.stdout.readline())["pid"]})
    viewer = Viewer(board)
    session = SupporterSession(
        server.url, PairingCode.parse(code), "Bench", lambda e: None,
        lambda rgb: viewer.show(rgb, True),
    )  # fmt: skip
    session.start()
    while viewer.latest is None:
        await asyncio.sleep(0.05)
    emit({"ready": True})
    try:
        await serve_commands(viewer)
    finally:
        session.stop()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(session.wait_ended(), 10)
        with contextlib.suppress(TimeoutError, ProcessLookupError):
            await asyncio.wait_for(home.wait(), 10)
        await server.close()


async def _ours_home(url: str) -> None:
    from _variant import apply_from_env

    from assist_agent.session import CodeReady, HomeSession, SupporterAsks

    apply_from_env()
    sessions: list[HomeSession] = []

    def on_event(event: object) -> None:
        if isinstance(event, CodeReady):
            emit({"code": event.code.digits})
            emit({"pid": os.getpid()})
        elif isinstance(event, SupporterAsks):
            sessions[0].allow()

    session = HomeSession(url, on_event)
    sessions.append(session)
    session.start()
    log = os.environ.get("ASSIST_VQ_LOG")
    if log:
        asyncio.ensure_future(_log_home(session, log))
    await session.wait_ended()


async def _log_home(session: Any, path: str) -> None:
    with open(path, "a") as out:
        while True:
            c = session.capture
            f = c.media.feedback  # the connection's, once sharing started
            out.write(f"{time.monotonic():.2f} grabbed {c.frames_captured} offered "
                      f"{c.frames_published} encoded {f.frames} keys {f.key_frames} "
                      f"target {f.target_bitrate} q {f.last_quantizer} sharp "
                      f"{c.sharp.bytes_queued if c.sharp else None} "
                      f"pending {c.sharp.pending() if c.sharp else None}\n")  # fmt: skip
            out.flush()
            await asyncio.sleep(1.0)


# -- x11vnc's client side -------------------------------------------------------------------


async def _vnc_viewer(address: str, board: str) -> None:
    from _rfb import RfbClient

    viewer = Viewer(board)
    client = await RfbClient.connect(address, 5900)
    pump = asyncio.create_task(client.run(lambda fb: viewer.show(fb, False)))
    while viewer.latest is None:
        await asyncio.sleep(0.05)
    emit({"ready": True})
    try:
        await serve_commands(viewer)
    finally:
        pump.cancel()
        client.close()


# -- the orchestrator -----------------------------------------------------------------------


class Screen:
    """Xvfb plus a page painter (full-screen window showing a page of text)."""

    def __init__(self) -> None:
        from session_e2e import start_xvfb

        self.xvfb, self.display = start_xvfb(W, H)
        os.environ["DISPLAY"] = self.display
        self.painter = subprocess.Popen(
            [sys.executable, __file__, "--page-painter"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        read_json(self.painter, 60)

    def page(self, seed: int) -> float:
        send(self.painter, {"page": seed})
        return float(read_json(self.painter, 30)["t"])

    def close(self) -> None:
        for proc in (self.painter, self.xvfb):
            proc.kill()
            proc.wait()


def page_painter() -> int:
    """Child: one full-screen window; on {"page": n} shows page n and says when."""
    from _pages import text_page
    from Xlib import X, display

    d = display.Display()
    screen = d.screen()
    window = screen.root.create_window(
        0, 0, W, H, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
        override_redirect=True, background_pixel=screen.white_pixel,
    )  # fmt: skip
    window.map()
    pixmaps = {}
    gc = window.create_gc()
    for seed in (1, 2):
        pixmap = window.create_pixmap(W, H, screen.root_depth)
        image = text_page(W, H, seed)
        rows = max(1, 240_000 // (W * 4))
        for y in range(0, H, rows):
            strip = image[y : y + rows]
            pixmap.put_image(gc, 0, y, W, strip.shape[0], X.ZPixmap, screen.root_depth, 0,
                             strip.tobytes())  # fmt: skip
        pixmaps[seed] = pixmap
    window.copy_area(gc, pixmaps[1], 0, 0, W, H, 0, 0)
    d.sync()
    emit({"ready": True})
    for line in sys.stdin:
        seed = json.loads(line)["page"]
        window.copy_area(gc, pixmaps[seed], 0, 0, W, H, 0, 0)  # one request: no half page
        d.sync()
        emit({"t": time.monotonic()})
    return 0


def run_system(system: str, link: Any, screen: Screen, workdir: Path) -> dict[str, Any]:
    board = workdir / "stamps.f64"
    StampBoard(board, create=True)
    screen.page(1)
    helpers: list[subprocess.Popen[Any]] = []
    if system == "ours":
        home_cmd = [*link.exec_in("home"), sys.executable, __file__, "--ours-home"]
        viewer_cmd = [sys.executable, __file__, "--ours-supporter", str(board),
                      "--address", link.address("supporter"),
                      "--home-cmd", json.dumps(home_cmd)]  # fmt: skip
    else:
        vnc = subprocess.Popen(
            [*link.exec_in("home"), "x11vnc", "-display", screen.display, "-rfbport", "5900",
             "-listen", link.address("home"), "-forever", "-shared", "-nopw", "-quiet",
             "-noxrecord", "-nocursorshape", "-nocursorpos"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        helpers.append(vnc)
        time.sleep(2.0)
        viewer_cmd = [sys.executable, __file__, "--vnc-viewer", str(board),
                      "--address", link.address("home")]  # fmt: skip
    viewer = subprocess.Popen(
        [*link.exec_in("supporter"), *viewer_cmd], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )  # fmt: skip
    result: dict[str, Any] = {"system": system}
    try:
        first = read_json(viewer, 60)
        home_pid = first.get("home_pid") or helpers[0].pid
        if "home_pid" in first:
            read_json(viewer, 60)  # ready
        if system == "x11vnc":
            home_pid = _x11vnc_pid(home_pid)
        time.sleep(SETTLE_S)
        cpu0, bytes0, t0 = cpu_seconds(home_pid), link.bytes_from("home"), time.monotonic()
        time.sleep(STATIC_S)
        seconds = time.monotonic() - t0
        result["static_cpu_pct"] = round(100 * (cpu_seconds(home_pid) - cpu0) / seconds, 2)
        result["static_kbps"] = round((link.bytes_from("home") - bytes0) * 8 / 1000 / seconds, 1)
        send(viewer, {"cmd": "prepare", "seed": 2})
        read_json(viewer, 30)
        bytes0 = link.bytes_from("home")
        t_page = screen.page(2)
        send(viewer, {"cmd": "crisp", "seed": 2, "t0": t_page, "timeout": 10.0})
        crisp = read_json(viewer, 30)
        result["crisp_s"], result["ssim_curve"] = crisp["crisp_s"], crisp["ssim_curve"]
        result["crisp_kbytes"] = round((link.bytes_from("home") - bytes0) / 1000)
        painter = subprocess.Popen(
            [sys.executable, str(HERE / "session_e2e.py"), "--painter-role", screen.display,
             "--board", str(board), "--width", str(W), "--height", str(H), "--draw-hz", "60"],
            stdout=subprocess.PIPE,
        )  # fmt: skip
        helpers.append(painter)
        painter.stdout.readline()  # type: ignore[union-attr]
        time.sleep(1.0)
        send(viewer, {"cmd": "motion", "seconds": MOTION_S})
        motion = read_json(viewer, MOTION_S + 30)
        result.update({f"motion_{k}": v for k, v in motion.items() if k != "answer"})
        send(viewer, {"cmd": "stop"})
        viewer.wait(20)
    except Exception as exc:  # report what we have
        result["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        for proc in [viewer, *helpers]:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return result


def _x11vnc_pid(wrapper_pid: int) -> int:
    """`ip netns exec` execs x11vnc in place, so the pid is x11vnc's own."""
    return wrapper_pid


def orchestrate(args: argparse.Namespace) -> int:
    from link_shaper import ShapedLink

    results: dict[str, Any] = {}
    screen = Screen()
    workdir = Path(tempfile.mkdtemp(prefix="assist-vq-", dir="/dev/shm"))
    try:
        for name in args.links.split(","):
            for system in args.systems.split(","):
                with ShapedLink(**LINKS[name]) as link:
                    figures = run_system(system, link, screen, workdir)
                    figures["link"] = link.stats()
                results.setdefault(name, {})[system] = figures
                print(name, system, figures, flush=True)
    finally:
        screen.close()
    print(json.dumps(results))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", default=",".join(LINKS))
    parser.add_argument("--systems", default="ours,x11vnc")
    parser.add_argument("--page-painter", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ours-home", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ours-supporter", metavar="BOARD", help=argparse.SUPPRESS)
    parser.add_argument("--vnc-viewer", metavar="BOARD", help=argparse.SUPPRESS)
    parser.add_argument("--address", help=argparse.SUPPRESS)
    parser.add_argument("--home-cmd", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.page_painter:
        return page_painter()
    if args.ours_home:
        asyncio.run(_ours_home(rest[0]))
        return 0
    if args.ours_supporter:
        asyncio.run(_ours_supporter(args.address, args.ours_supporter, json.loads(args.home_cmd)))
        return 0
    if args.vnc_viewer:
        asyncio.run(_vnc_viewer(args.address, args.vnc_viewer))
        return 0
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
