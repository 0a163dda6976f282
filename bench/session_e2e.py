#!/usr/bin/env python3
"""End-to-end benchmark of one help session: a screen change → the supporter's frame.

Method
------
Everything runs on this machine, with real parts and no Qt in the measured apps:

- an Xvfb display of `--width`×`--height`×24 with `-noreset` (or `--display`);
- a signaling server on 127.0.0.1 (port 0), in this process;
- the home user's side (`HomeSession`, auto-allowing) in a subprocess of its own
  (`--agent-role URL`), so its CPU can be read alone from /proc/<pid>/stat;
- a painter subprocess (`--painter-role`, see `_stamp.py`) that scrolls a noisy
  gradient over the whole screen at `--draw-hz` and stamps a frame counter as 24
  black/white 48×48 cells with guard and check cells; after XSync it writes the
  `time.monotonic()` of each counter into a shared file (CLOCK_MONOTONIC is
  system-wide, so the processes' clocks agree);
- the supporter's side (`SupporterSession`) in this process on a plain asyncio loop.
  `on_frame` reads the counter back from the decoded RGB pixels; a frame whose cells
  are not clearly black/white, or whose guard or check cells disagree, counts as bad.

Figures (last stdout line is JSON):
  code_to_first_frame_ms  supporter session started with the code → first frame whose
                          counter decoded (signaling, SPAKE2, consent, ICE, DTLS, binding
                          check, first key frame, decode);
  fps                     distinct correctly decoded counters per second over the window
                          (`--seconds`, starting at the first correct frame);
  fps_steady              the same without the window's first 2 s (the start key frame
                          leaves at the start estimate while the capture waits);
  latency_ms_p50/p95      on_frame time − paint time of that counter, first copy only;
  agent_cpu_pct           home user process (all threads) over the window, % of one core;
  protect_delay_ms_max    a bank-titled window gets the X focus → input blocked (max of 10);
  private_blank_frames_max  frames painted during a private moment that still reached
                          the supporter (max of 5 moments; target 0); bench/_privacy.py.

Caveats
-------
- On a small machine the painter, Xvfb, the home user side and the supporter side
  compete for the same cores, so fps and latency are worse and agent CPU may be capped
  compared with two machines. `machine_cpu_pct` and the per-process extras show it.
- Latency is the age of the pixels when `on_frame` gets them (RGB conversion
  included, painting in the supporter's window not). The screen changes every
  1/draw-hz, so a grab is at most one paint interval old; a single isolated change on
  a real desktop also waits for the next capture tick, on average half a capture
  interval more (about 17 ms at 30 fps). The paint time is taken after the XSync round
  trip, so it is late by well under a millisecond.
- `machine_cpu_pct` includes `steal_cpu_pct`: CPU the hypervisor gave other guests
  while this one wanted it. A run with much steal says more about the host than about
  the code.
- Media flows between two processes on one host (aioice skips 127.0.0.1 and uses the
  machine's own address): no loss, delay or bandwidth limit. The whole screen moves
  every frame, a heavier load than most desktops (typing, menus) put on the encoder.
- Encoder/decoder timings come from wrappers around aiortc's VP8 classes installed by
  this script in its own processes (nothing in the project is changed); they cover the
  whole sharing period, not only the window.
- The counter is 16 bits: runs longer than 65536 paint intervals are fine as long as a
  frame arrives within that span (about 9 minutes at 120 Hz).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import json
import logging
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import numpy as np  # noqa: E402
from _privacy import agent_privacy_hooks, measure_privacy, privacy_figures  # noqa: E402
from _stamp import CELLS, PITCH, StampBoard, decode_stamp, run_painter  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
STEADY_AFTER_S = 2.0  # fps_steady leaves out the start of the window
DEADLINE_SLACK = 60.0  # seconds beyond --seconds before the run is abandoned
BACKSTOP_SLACK = 30.0  # then this much more for clean-up before a hard exit
STEP_TIMEOUT = 20.0

log = logging.getLogger("bench")


# -- small helpers --------------------------------------------------------------------


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when the process that started it dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def emit(message: dict[str, Any]) -> None:
    print(json.dumps(message), flush=True)


def cpu_seconds(pid: int | None) -> float | None:
    """utime+stime (+ waited-for children) of a process, all threads included."""
    if pid is None:
        return None
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return sum(int(value) for value in fields[11:15]) / CLK_TCK


def machine_busy_seconds() -> float:
    """CPU time all cores spent outside idle and iowait since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return (sum(values) - values[3] - values[4]) / CLK_TCK


def machine_steal_seconds() -> float:
    """CPU time the hypervisor gave to other guests while we wanted it (since boot)."""
    return int(Path("/proc/stat").read_text().split("\n", 1)[0].split()[8]) / CLK_TCK


def percentile(samples: list[float], q: float) -> float | None:
    return round(float(np.percentile(samples, q)), 1) if samples else None


def read_line(fd: int, timeout: float) -> str:
    """One line from a raw pipe, or what came before EOF/timeout."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace").strip()


class Timings:
    """Wall-clock durations of wrapped calls, in milliseconds, by name."""

    def __init__(self) -> None:
        self.ms: dict[str, list[float]] = {}

    def wrap(
        self, owner: Any, attr: str, name: str, after: Callable[..., None] | None = None
    ) -> None:
        original = getattr(owner, attr, None)
        if original is None:
            return
        samples = self.ms.setdefault(name, [])

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            result = original(*args, **kwargs)
            samples.append((time.perf_counter() - started) * 1000)
            if after is not None:
                after(args, result)
            return result

        setattr(owner, attr, timed)

    def summary(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for name, samples in self.ms.items():
            out[f"{name}_ms_p50"] = percentile(samples, 50)
            out[f"{name}_ms_p95"] = percentile(samples, 95)
        return out


# -- the home user's side (subprocess) ------------------------------------------------


class AgentProbe(Timings):
    """Times BGRA→I420 conversion and VP8 encoding inside the home user process."""

    def __init__(self) -> None:
        super().__init__()
        from aiortc.codecs import vpx

        import assist_agent.capture as capture
        from assist_media import vp8

        self.encoded_bytes = 0
        self.encoder_starts: list[float] = []
        self.target_kbps: list[int] = []
        self.sharing_since: float | None = None
        self.first_encoded_at: float | None = None
        self.wrap(capture, "_to_video_frame", "convert")
        self.wrap(vpx.Vp8Encoder, "encode", "encode", self._encoded)
        self.wrap(vp8.ScreenVp8Encoder, "encode", "encode", self._encoded)
        self._codec_seen: object = None

    def _encoded(self, args: tuple[Any, ...], result: tuple[list[bytes], int]) -> None:
        encoder = args[0]
        if self.first_encoded_at is None:
            self.first_encoded_at = time.monotonic()
        self.encoded_bytes += sum(len(payload) for payload in result[0])
        if encoder.codec is not self._codec_seen:  # aiortc re-creates it on bitrate moves
            self._codec_seen = encoder.codec
            self.encoder_starts.append(round(time.monotonic(), 4))
        self.target_kbps.append(encoder.target_bitrate // 1000)

    def report(self, capture: Any) -> dict[str, Any]:
        feedback = capture.media.feedback  # the connection's (assist_media/link.py)
        return {
            **self._report(capture.frames_captured),
            "frames_published": capture.frames_published,
            "frames_skipped": capture.frames_skipped,
            "link_waits": capture.link_waits,
            "key_frames": feedback.key_frames,
            "rate_changes_in_place": feedback.rate_changes,
        }

    def _report(self, frames_captured: int) -> dict[str, Any]:
        sharing = time.monotonic() - (self.sharing_since or time.monotonic())
        kbps = self.encoded_bytes * 8 / 1000 / sharing if sharing > 0 else None
        starts = list(self.encoder_starts)  # the encoder thread may still be appending
        return {
            "frames_captured": frames_captured,
            "frames_encoded": len(self.ms.get("encode", [])),
            "sharing_s": round(sharing, 1),
            "sharing_at": self.sharing_since,
            "first_encoded_at": self.first_encoded_at,
            "first_encode_ms": round(self.ms["encode"][0], 1) if self.ms.get("encode") else None,
            "encoded_kbps": round(kbps) if kbps else None,
            "encoder_starts": len(starts),
            "encoder_started_at": starts,
            "target_kbps_min": min(self.target_kbps, default=None),
            "target_kbps_max": max(self.target_kbps, default=None),
            **self.summary(),
        }


async def _run_home_session(url: str, capture_fps: float | None, probe: AgentProbe) -> str:
    from assist_agent.session import CodeReady, HomeSession, SharingStarted, SupporterAsks

    sessions: list[HomeSession] = []

    def on_event(event: object) -> None:
        if isinstance(event, CodeReady):
            emit({"code": event.code.digits})
        elif isinstance(event, SupporterAsks):
            sessions[0].allow()
        elif isinstance(event, SharingStarted):
            probe.sharing_since = time.monotonic()
        elif type(event).__name__ == "ControlRequested":
            sessions[0].grant_control()  # the bench's home user says yes at once
        elif type(event).__name__ == "PrivacyChanged" and privacy:
            privacy[0](event)  # bench/_privacy.py

    options = {"fps": capture_fps} if capture_fps else {}
    session = HomeSession(url, on_event, **options)
    sessions.append(session)
    privacy = [agent_privacy_hooks(session, emit)]
    session.start()
    reason = await session.wait_ended()
    emit({"ended": reason, **probe.report(session.capture)})
    return reason


def agent_role(url: str, capture_fps: float | None) -> int:
    die_with_parent()
    logging.basicConfig(level=logging.WARNING, format="agent %(name)s: %(message)s")
    from _variant import apply_from_env

    apply_from_env()
    _encoder_setting_from_env()
    asyncio.run(_run_home_session(url, capture_fps, AgentProbe()))
    return 0


def _encoder_setting_from_env() -> None:
    """`--vp8 NAME`: the agent codes with bench/vp8_encode.py's setting NAME instead of
    the app's own choice (`assist_media.libvpx.speed_for`); `before` also codes every
    block, not only the capture's changed box."""
    name = os.environ.get("ASSIST_BENCH_VP8")
    if name:
        from vp8_encode import SETTINGS

        from assist_media import libvpx

        libvpx.speed_for = lambda width, height, cores=None: SETTINGS[name]
        if name == "before":  # …and every block looked at, as before the changed box
            code = libvpx.Vp8Context.encode

            def whole(self: Any, frame: Any, pts: int, duration: int, key: bool,
                      repeat: bool = False, box: Any = None) -> tuple[bytes, bool]:  # fmt: skip
                return code(self, frame, pts, duration, key, repeat)

            libvpx.Vp8Context.encode = whole  # type: ignore[method-assign]


def painter_role(args: argparse.Namespace) -> int:
    die_with_parent()
    if args.scene == "desktop":
        from _desktop import run_desktop_painter

        board = Path(args.board)
        run_desktop_painter(args.painter_role, args.width, args.height, board, args.draw_hz)
        return 0
    run_painter(args.painter_role, args.width, args.height, Path(args.board), args.draw_hz)
    return 0


# -- processes started by the benchmark -----------------------------------------------


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display number it picks itself (-displayfd); returns (process, ":N")."""
    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
             "-noreset", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent,
        )  # fmt: skip
        os.close(write_fd)
        number = read_line(read_fd, 15.0)
    finally:
        os.close(read_fd)
        with contextlib.suppress(OSError):
            os.close(write_fd)
    if not number.isdigit():
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"


def start_painter(args: argparse.Namespace, display: str, board: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, __file__, "--painter-role", display, "--board", str(board),
        "--width", str(args.width), "--height", str(args.height), "--draw-hz", str(args.draw_hz),
        "--scene", args.scene,
    ]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, env=child_env(display))
    assert proc.stdout is not None
    if read_line(proc.stdout.fileno(), STEP_TIMEOUT) != "ready":
        stop_process(proc)
        raise RuntimeError("the painter did not start")
    return proc


INPUT_CLICKS = 30


def start_click_probe(display: str, screen: tuple[int, int]) -> subprocess.Popen[bytes]:
    command = [sys.executable, str(Path(__file__).with_name("_click_probe.py")), display,
               str(screen[0]), str(screen[1])]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, env=child_env(display))
    assert proc.stdout is not None
    if read_line(proc.stdout.fileno(), STEP_TIMEOUT) != "ready":
        stop_process(proc)
        raise RuntimeError("the click probe did not start")
    return proc


def click_target(screen: tuple[int, int]) -> tuple[int, int]:
    from _click_probe import target

    return target(*screen)


def child_env(display: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display, PYTHONUNBUFFERED="1")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(3.0)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(3.0)


# -- the measurement ------------------------------------------------------------------


class Window:
    """CPU, painted frames and wall clock at the start and end of the measuring window."""

    def __init__(self, pids: dict[str, int | None], board: StampBoard) -> None:
        self.pids = pids
        self.board = board
        self.start = self._sample()
        self.end: dict[str, float | None] | None = None

    def _sample(self) -> dict[str, float | None]:
        sample = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        sample["machine"] = machine_busy_seconds()
        sample["steal"] = machine_steal_seconds()
        sample["painted"] = float(self.board.drawn)
        sample["wall"] = time.monotonic()
        return sample

    def close(self) -> None:
        if self.end is None:
            self.end = self._sample()

    def seconds(self) -> float:
        end = self.end["wall"] if self.end else time.monotonic()
        return float(end - self.start["wall"])  # type: ignore[operator]

    def rate(self, name: str, scale: float = 1.0) -> float | None:
        """Growth of a sampled value per second of window (× scale), once closed."""
        if self.end is None or self.start.get(name) is None or self.end.get(name) is None:
            return None
        grown = self.end[name] - self.start[name]  # type: ignore[operator]
        return round(scale * grown / self.seconds(), 1) if self.seconds() > 0 else None


class Bench:
    """One benchmark run: owns every process it starts and the figures it collects."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.screen = (args.width, args.height)
        self.deadline = time.monotonic() + args.seconds + DEADLINE_SLACK
        self.procs: list[subprocess.Popen[bytes]] = []
        self.agent: asyncio.subprocess.Process | None = None
        self.agent_messages: list[dict[str, Any]] = []
        self.workdir = Path(tempfile.mkdtemp(prefix="assist-bench-", dir=_shm_dir()))
        self.agent_log = self.workdir / "agent.log"
        self.board: StampBoard | None = None
        self.session: Any = None
        self.display = args.display or ""
        self.xvfb_pid: int | None = None
        self.painter_pid: int | None = None
        # figures
        self.started_at: float | None = None
        self.first_at: float | None = None
        self.window: Window | None = None
        self.steps_ms: dict[str, float] = {}
        self.frames_received = 0
        self.frames_bad = 0
        self.duplicates = 0
        self.unstamped = 0
        self.seen: set[int] = set()
        self.latencies: list[float] = []
        self.input_latencies: list[float] = []
        self.click_probe: subprocess.Popen[bytes] | None = None
        self.received_at: list[float] = []  # on_frame time of each latency sample
        self.supporter_ended: str | None = None
        self.error: str | None = None
        self.probe = Timings()
        self.ended = asyncio.Event()
        self.first_frame = asyncio.Event()
        self._agent_reader: asyncio.Task[None] | None = None
        # privacy (bench/_privacy.py)
        self.frame_hook: Any = None
        self.protect_delays: list[float] = []
        self.private_taken: list[int] = []
        self.private_inflight: list[int] = []
        self.privacy_error: str | None = None

    # -- set-up and tear-down ---------------------------------------------------------

    def run(self) -> int:
        try:
            if not self.display:
                xvfb, self.display = start_xvfb(*self.screen)
                self.procs.append(xvfb)
                self.xvfb_pid = xvfb.pid
            board_path = self.workdir / "stamps.f64"
            self.board = StampBoard(board_path, create=True)
            painter = start_painter(self.args, self.display, board_path)
            self.procs.append(painter)
            self.painter_pid = painter.pid
            self.click_probe = start_click_probe(self.display, self.screen)
            self.procs.append(self.click_probe)
            asyncio.run(self._main())
        except RuntimeError as exc:  # an expected failure: say what, no traceback
            self.error = str(exc)
        except Exception as exc:  # report what we have, whatever went wrong
            self.error = f"{type(exc).__name__}: {exc}"
            log.exception("benchmark failed")
        finally:
            self.cleanup()
        self.print_report()
        shutil.rmtree(self.workdir, ignore_errors=True)
        return 0 if self.first_at is not None and self.error is None else 1

    def cleanup(self) -> None:
        if self.agent is not None and self.agent.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.agent.pid, signal.SIGKILL)
        for proc in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()

    def hard_exit(self, signum: int, _frame: object) -> None:
        """Backstop (SIGALRM/SIGTERM): kill everything, print what we have, exit."""
        self.error = self.error or f"hard deadline (signal {signum})"
        self._close_window()
        if self.agent is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.agent.pid, signal.SIGKILL)
        for proc in self.procs:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
        self.print_report()
        shutil.rmtree(self.workdir, ignore_errors=True)
        os._exit(1)

    async def _main(self) -> None:
        from signaling.server import start_server

        server = await start_server("127.0.0.1", 0)
        try:
            async with asyncio.timeout_at(self.deadline):
                await self._spawn_agent(server.url)
                await self._supporter(server.url, await self._agent_code())
        except TimeoutError:
            self.error = f"deadline of {self.args.seconds + DEADLINE_SLACK:.0f} s reached"
        finally:
            await self._wind_down()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.close(), 5.0)

    async def _spawn_agent(self, url: str) -> None:
        command = [sys.executable, __file__, "--agent-role", url]
        if self.args.capture_fps:
            command += ["--capture-fps", str(self.args.capture_fps)]
        with self.agent_log.open("wb") as log_file:  # the child keeps its own copy
            self.agent = await asyncio.create_subprocess_exec(
                *command, stdout=asyncio.subprocess.PIPE, stderr=log_file,
                stdin=asyncio.subprocess.PIPE, env=child_env(self.display),
            )  # fmt: skip
        self._agent_reader = asyncio.create_task(self._read_agent())

    async def _read_agent(self) -> None:
        assert self.agent is not None and self.agent.stdout is not None
        while line := await self.agent.stdout.readline():
            with contextlib.suppress(ValueError):
                self.agent_messages.append(json.loads(line))

    async def _agent_code(self) -> str:
        async with asyncio.timeout(STEP_TIMEOUT):
            while True:
                for message in self.agent_messages:
                    if "code" in message:
                        return str(message["code"])
                if self._agent_reader is None or self._agent_reader.done():
                    raise RuntimeError("the home user process ended before showing a code")
                await asyncio.sleep(0.02)

    async def _wind_down(self) -> None:
        """Stop the supporter, then let the home user process notice and exit."""
        self._close_window()
        if self.session is not None:
            self.session.stop()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.session.wait_ended(), 10.0)
        if self.agent is not None:
            try:
                await asyncio.wait_for(self.agent.wait(), 10.0)
            except TimeoutError:
                self.agent.kill()
                await self.agent.wait()
            if self._agent_reader is not None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._agent_reader, 2.0)

    # -- the supporter's side ---------------------------------------------------------

    async def _supporter(self, url: str, code: str) -> None:
        from assist_client import session as client
        from crypto.code import PairingCode

        self._install_supporter_probe(client)
        from _variant import apply_from_env

        self.variant = apply_from_env()
        self.started_at = time.monotonic()
        self.session = client.SupporterSession(
            url, PairingCode.parse(code), "Bench", self._on_event, self._on_frame
        )
        self.session.start()
        await self._unless_ended(self.first_frame.wait())
        if self.first_at is None:
            raise RuntimeError(f"no correct frame; session ended: {self.supporter_ended}")
        await self._unless_ended(
            asyncio.sleep(self.first_at + self.args.seconds - time.monotonic())
        )
        self._close_window()
        (self.workdir / "stamps.still").touch()  # the desktop scene's pointer rests now
        await self._unless_ended(self._measure_input())
        await self._unless_ended(measure_privacy(self))

    async def _measure_input(self) -> None:
        """Supporter click → ButtonPress seen by a real X client on the home display."""
        session = self.session
        if self.click_probe is None or not session.request_control():
            return
        deadline = time.monotonic() + STEP_TIMEOUT
        while session.share_state != "controlling":
            if time.monotonic() > deadline:
                return
            await asyncio.sleep(0.02)
        x, y = click_target(self.screen)
        fx, fy = x / (self.screen[0] - 1), y / (self.screen[1] - 1)
        assert self.click_probe.stdout is not None
        fd = self.click_probe.stdout.fileno()
        for _ in range(INPUT_CLICKS):
            sent = time.monotonic()
            for action in ("down", "up"):
                session.send_input("mouse", action=action, button="left", x=fx, y=fy)
            line = await asyncio.to_thread(read_line, fd, 2.0)
            if line:
                self.input_latencies.append((float(line) - sent) * 1000)
            await asyncio.sleep(0.1)

    def _install_supporter_probe(self, client: Any) -> None:
        from aiortc.codecs import vpx

        self.probe.wrap(vpx.Vp8Decoder, "decode", "decode")
        self.probe.wrap(client, "frame_to_rgb", "to_rgb")

    async def _unless_ended(self, awaitable: Awaitable[Any]) -> None:
        """Wait for `awaitable` unless the supporter session ends first."""
        tasks = [asyncio.ensure_future(awaitable), asyncio.ensure_future(self.ended.wait())]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()

    def _on_event(self, event: object) -> None:
        name = getattr(event, "name", None) or type(event).__name__
        if self.started_at is not None:
            self.steps_ms.setdefault(name, round((time.monotonic() - self.started_at) * 1000))
        if type(event).__name__ == "Ended":
            self.supporter_ended = getattr(event, "reason", "?")
            self.ended.set()

    def _on_frame(self, rgb: np.ndarray) -> None:
        now = time.monotonic()
        if self.frame_hook is not None:
            self.frame_hook(rgb, now)
        if self.window is not None and self.window.end is not None:
            return
        self.frames_received += 1
        residue = decode_stamp(rgb, self.screen)
        if residue is None:
            self.frames_bad += 1
            return
        assert self.board is not None
        counter = self.board.unwrap(residue)
        if counter in self.seen:
            self.duplicates += 1
            return
        self.seen.add(counter)
        if self.first_at is None:
            self._open_window(now)
        painted = self.board.painted_at(residue)
        if counter < 0 or painted != painted:  # NaN: not stamped (yet)
            self.unstamped += 1
        else:
            self.latencies.append((now - painted) * 1000)
            self.received_at.append(now)

    def _open_window(self, now: float) -> None:
        self.first_at = now
        assert self.agent is not None and self.board is not None
        pids = {
            "agent": self.agent.pid,
            "supporter": os.getpid(),
            "painter": self.painter_pid,
            "xvfb": self.xvfb_pid,
        }
        self.window = Window(pids, self.board)
        self.first_frame.set()

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()

    # -- the report -------------------------------------------------------------------

    def figures(self) -> dict[str, Any]:
        """The contract figures first, then extras that explain them."""
        window = self.window
        seconds = window.seconds() if window else 0.0
        first_ms = None
        if self.first_at is not None and self.started_at is not None:
            first_ms = round((self.first_at - self.started_at) * 1000)
        cpu = window.rate if window else (lambda name, scale=1.0: None)
        return {
            "code_to_first_frame_ms": first_ms,
            # the frame that opens the window marks t = 0 and is not counted
            "fps": round((len(self.seen) - 1) / seconds, 1) if seconds > 0 else None,
            # the same after the first STEADY_AFTER_S: the window opens with the first
            # frame, while the start key frame is still leaving and the link unknown
            "fps_steady": self._steady_fps(),
            "latency_ms_p50": percentile(self.latencies, 50),
            "latency_ms_p95": percentile(self.latencies, 95),
            "agent_cpu_pct": cpu("agent", 100),
            "input_latency_ms_p50": percentile(self.input_latencies, 50),
            "input_latency_ms_p95": percentile(self.input_latencies, 95),
            "input_clicks_seen": len(self.input_latencies),
            **privacy_figures(self),
            **self._frame_extras(),
            "width": self.screen[0],
            "height": self.screen[1],
            "platform": os.environ.get("ASSIST_PLATFORM") or "auto",
            "scene": self.args.scene,
            # the home user's CPU per correct frame: what 20 fps would cost it alone
            "agent_cpu_ms_per_frame": self._cpu_per_frame(cpu("agent", 100), seconds),
            "vp8": self.args.vp8 or "app",
            "seconds": round(seconds, 2),
            "draw_hz": self.args.draw_hz,
            "painted_fps": cpu("painted"),
            **{f"{name}_cpu_pct": cpu(name, 100) for name in ("supporter", "painter", "xvfb")},
            "machine_cpu_pct": cpu("machine", 100),
            "steal_cpu_pct": cpu("steal", 100),  # part of machine_cpu_pct: other guests
            "cores": os.cpu_count(),
            **self._session_extras(),
        }

    def _cpu_per_frame(self, agent_pct: float | None, seconds: float) -> float | None:
        frames = len(self.seen) - 1
        if agent_pct is None or frames <= 0:
            return None
        return round(agent_pct * 10 * seconds / frames, 1)

    def _steady_fps(self) -> float | None:
        window = self.window
        if window is None or window.end is None or self.first_at is None:
            return None
        start = self.first_at + STEADY_AFTER_S
        seconds = window.end["wall"] - start  # type: ignore[operator]
        frames = sum(1 for t in self.received_at if t >= start)
        return round(frames / seconds, 1) if seconds > 0 else None

    def _frame_extras(self) -> dict[str, Any]:
        latencies = self.latencies
        return {
            "frames_received": self.frames_received,
            "frames_bad": self.frames_bad,
            "frames_duplicate": self.duplicates,
            "frames_unstamped": self.unstamped,
            "latency_ms_min": round(min(latencies), 1) if latencies else None,
            "latency_ms_max": round(max(latencies), 1) if latencies else None,
        }

    def _slow_after_encoder_start(self, agent: dict[str, Any]) -> str | None:
        """How many frames slower than p95 arrived within 0.3 s of an encoder (re)start."""
        if not self.latencies:
            return None
        p95 = float(np.percentile(self.latencies, 95))
        starts = agent.get("encoder_started_at", [])
        slow = [t for t, ms in zip(self.received_at, self.latencies, strict=True) if ms > p95]
        near = sum(any(0 <= t - start < 0.3 for start in starts) for t in slow)
        return f"{near}/{len(slow)}"

    def _session_extras(self) -> dict[str, Any]:
        agent = next((m for m in self.agent_messages if "ended" in m), {})
        return {
            "setup_ms": self._timeline(agent),
            "slow_frames_after_encoder_start": self._slow_after_encoder_start(agent),
            "supporter": self.probe.summary(),
            "agent": agent,
            "supporter_ended": self.supporter_ended,
            "error": self.error,
        }

    def _timeline(self, agent: dict[str, Any]) -> dict[str, float]:
        """Supporter steps and the home user's first capture/encode, ms after the code."""
        timeline = dict(self.steps_ms)
        for key, label in (("sharing_at", "capture_started"), ("first_encoded_at", "encoded")):
            if agent.get(key) and self.started_at is not None:
                timeline[label] = round((agent[key] - self.started_at) * 1000)
        if self.first_at is not None and self.started_at is not None:
            timeline["first_frame"] = round((self.first_at - self.started_at) * 1000)
        return dict(sorted(timeline.items(), key=lambda item: item[1]))

    def print_report(self) -> None:
        f = self.figures()
        agent = {key: value for key, value in f["agent"].items() if not key.endswith("_at")}
        lines = [
            f"session_e2e: {f['width']}x{f['height']} on {self.display or '?'}, "
            f"scene {f['scene']}, vp8 {f['vp8']}, "
            f"window {f['seconds']} s, painter {f['painted_fps']} fps, {f['cores']} cores",
            f"code → first frame: {f['code_to_first_frame_ms']} ms  (steps: {f['setup_ms']})",
            f"frames: {f['fps']} fps correct, {f['frames_received']} received, "
            f"{f['frames_bad']} bad, {f['frames_duplicate']} duplicate",
            f"latency ms: p50 {f['latency_ms_p50']}, p95 {f['latency_ms_p95']}, "
            f"min {f['latency_ms_min']}, max {f['latency_ms_max']}",
            f"input latency ms (click → X ButtonPress): p50 {f['input_latency_ms_p50']}, "
            f"p95 {f['input_latency_ms_p95']} over {f['input_clicks_seen']} clicks",
            f"privacy: protect delay ms max {f['protect_delay_ms_max']} "
            f"(p50 {f['protect_delay_ms_p50']}), frames taken during a private moment "
            f"{f['private_blank_frames_max']} (in flight {f['private_inflight_frames_max']})",
            f"cpu % of one core: agent {f['agent_cpu_pct']}, supporter {f['supporter_cpu_pct']}, "
            f"painter {f['painter_cpu_pct']}, Xvfb {f['xvfb_cpu_pct']}, "
            f"machine {f['machine_cpu_pct']} (of {100 * (f['cores'] or 1)})",
            f"agent (whole sharing): {agent}",
            f"supporter (whole session): {f['supporter']}",
        ]
        if self.error:
            lines.append(f"ERROR: {self.error}")
            lines.extend(self._agent_log_tail())
        print("\n".join(lines), flush=True)
        print(json.dumps(f), flush=True)

    def _agent_log_tail(self) -> list[str]:
        with contextlib.suppress(OSError):
            text = self.agent_log.read_text(errors="replace")
            return ["agent log: " + line for line in text.splitlines()[-15:]]
        return []


def _shm_dir() -> str | None:
    return "/dev/shm" if os.path.isdir("/dev/shm") else None


# -- entry point ----------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window")
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    parser.add_argument("--display", help="use this X display instead of starting Xvfb")
    parser.add_argument("--draw-hz", type=float, default=120.0, help="painter rate, 0 = max")
    parser.add_argument("--capture-fps", type=float, help="home user capture rate (app default)")
    parser.add_argument("--agent-role", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--painter-role", metavar="DISPLAY", help=argparse.SUPPRESS)
    parser.add_argument("--board", help=argparse.SUPPRESS)
    parser.add_argument(
        "--platform", choices=("x11", "portal", "portable"),
        help="the helper app's backend (ASSIST_PLATFORM; default: chosen automatically); "
        "portal needs a Wayland session, which this bench does not start",
    )  # fmt: skip
    parser.add_argument("--size", metavar="WxH", help="screen size, e.g. 3840x2160")
    parser.add_argument(
        "--scene", choices=("scroll", "desktop"), default="scroll",
        help="scroll: the whole screen moves (worst case); desktop: one 1280x800 window "
        "scrolls on a still desktop and the pointer moves (bench/_desktop.py)",
    )  # fmt: skip
    parser.add_argument(
        "--vp8", metavar="NAME", help="encoder setting from bench/vp8_encode.py's SETTINGS "
        "instead of the app's choice (a before/after comparison)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.vp8:
        from vp8_encode import SETTINGS

        if args.vp8 not in SETTINGS:
            parser.error(f"--vp8: one of {', '.join(SETTINGS)}")
        os.environ["ASSIST_BENCH_VP8"] = args.vp8  # the agent's process inherits it
    if args.size:
        try:
            args.width, args.height = (int(part) for part in args.size.lower().split("x"))
        except ValueError:
            parser.error(f"--size {args.size!r}: give it as WIDTHxHEIGHT, e.g. 1920x1080")
    if args.platform:
        os.environ["ASSIST_PLATFORM"] = args.platform  # the agent's process inherits it
    if args.width < (CELLS + 1) * PITCH or args.height < 128:
        parser.error(f"the screen must be at least {(CELLS + 1) * PITCH}x128 for the stamp")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.agent_role:
        return agent_role(args.agent_role, args.capture_fps)
    if args.painter_role:
        return painter_role(args)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    bench = Bench(args)
    signal.signal(signal.SIGALRM, bench.hard_exit)
    signal.signal(signal.SIGTERM, bench.hard_exit)
    signal.alarm(int(args.seconds + DEADLINE_SLACK + BACKSTOP_SLACK))
    return bench.run()


if __name__ == "__main__":
    sys.exit(main())
