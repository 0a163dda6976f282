#!/usr/bin/env python3
"""A call inside a help session: mouth-to-ear delay, lost sound, CPU, the screen during
the call, and the echo canceller's echo return loss enhancement.

Method
------
Real parts on this machine, as in `session_e2e.py` and `video_quality.py`:

- a private PulseAudio (tests/support/sound.py) with null microphones and speakers per
  side; the apps record and play through it (`parec`/`pacat`) and through its WebRTC
  echo canceller, exactly as in a real call;
- Xvfb at 1920×1080 with `session_e2e.py`'s stamp painter (a full-screen scrolling
  picture with a frame counter, 60 Hz);
- the supporter's side (`--supporter-role`: pairing server + `SupporterSession`) and
  the home user's side (`--home-role`: `HomeSession`, says Allow and Talk) in processes
  of their own, so each side's CPU is read alone from /proc; on the weak link each in
  its network namespace of `link_shaper.ShapedLink` (1 Mbit/s, 200 ms RTT, 2 % loss).

Figures (last stdout line is JSON; the same keys under `weak_link`):
  audio_latency_ms_p50/p95  mouth to ear: a 40 ms 1 kHz burst every 0.6 s is played into
                            the supporter's microphone; both that microphone and the
                            home user's speaker are recorded, each recording's samples
                            placed on CLOCK_MONOTONIC by the earliest-read chunk; delay =
                            burst onset at the speaker − onset at the microphone
  audio_loss_concealed_pct  audio RTP packets lost at the home user's side / expected
                            (aiortc has no packet-loss concealment: each lost 10 ms
                            frame is a gap the jitter buffer skips; it holds 40 ms of
                            sound and drops what is older than 80 ms, receiving.py)
  audio_dropped_late_pct    audio packets the home user's jitter buffer dropped because
                            they came after their turn or waited beyond 80 ms / received
  call_cpu_pct              {"home": %, "supporter": %} of one core, over the window
  fps, latency_ms_p50       the screen during the call: distinct painter counters
                            decoded per second at the supporter, and their age
  erle_db                   (loopback only) the echo canceller alone: far-end noise with a
                            speech-like envelope played into its speaker, an echo path
                            (module-loopback, 30 ms) into its microphone; 10·log10 of
                            power at the raw microphone / power at the cancelled one,
                            after 6 s; the median of --erle-runs fresh cancellers
                            (`erle_db_worst`, `erle_db_runs`); `near_end_kept_db` checks
                            a near-end tone passes.
  audio_stages              where the mouth-to-ear time goes (medians, ms): `capture`
                            (microphone → the call's track, incl. the echo canceller),
                            `network_and_jitter` (track → decoded frame to the speaker:
                            Opus, RTP, aiortc's receiver and jitter buffer),
                            `playback` (→ the speaker's monitor, incl. pacat's buffer).

The private sound server is given real-time scheduling as on a desktop (rtkit); see
--normal-priority.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from _stamp import StampBoard, decode_stamp  # noqa: E402
from session_e2e import cpu_seconds, die_with_parent, start_xvfb  # noqa: E402

from assist_media.audio_io import ECHO_ARGS, AudioDevices  # noqa: E402
from tests.support.sound import RATE, sound_server  # noqa: E402

W, H = 1920, 1080
BURST_HZ, BURST_S, BURST_EVERY = 1000.0, 0.04, 0.6
ECHO = os.environ.get("ASSIST_BENCH_ECHO_CANCEL", "1") == "1"  # --no-echo-cancel: "0"
WEAK = {"rate_bps": 1e6, "rtt_ms": 200.0, "loss": 0.02}
ERLE_SETTLE_S = 6.0  # far-end sound played before the canceller is measured


def percentile(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 1) if values else None


def write_state(path: str, state: dict[str, Any]) -> None:
    tmp = f"{path}.tmp"
    Path(tmp).write_text(json.dumps(state))
    os.replace(tmp, path)


def read_state(path: Path) -> dict[str, Any]:
    with contextlib.suppress(OSError, ValueError):
        return dict(json.loads(path.read_text()))
    return {}


async def audio_in_stats(pc: Any) -> tuple[int, int]:
    """(packets received, packets lost) of the inbound audio stream."""
    received = lost = 0
    for stats in (await pc.getStats()).values():
        if getattr(stats, "type", "") == "inbound-rtp" and getattr(stats, "kind", "") == "audio":
            received += stats.packetsReceived
            lost += max(0, stats.packetsLost)
    return received, lost


def jitter_buffers() -> list[Any]:
    """Every jitter buffer the app's receivers make from now on (to read what the audio
    one dropped as late or too old: `audio_dropped_late_pct`)."""
    from assist_media.receiving import MarkerJitterBuffer

    made: list[Any] = []
    init = MarkerJitterBuffer.__init__

    def tracked(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        made.append(self)

    MarkerJitterBuffer.__init__ = tracked  # type: ignore[method-assign]
    return made


# -- where the time goes: loud frames stamped at each stage (the roles wrap, no app hook) --
def trace_stages(path: str) -> None:
    """Stamp (CLOCK_MONOTONIC) each loud 20 ms frame where it leaves the microphone track
    (`sent`, before Opus) and where the decoded frame goes to the speaker (`played`,
    after the network, aiortc's receiver and its jitter buffer)."""
    from assist_media import audio_track

    def loud(pcm: bytes) -> bool:
        return bool(np.abs(np.frombuffer(pcm, dtype="<i2")).max() > 0.05 * 32768)

    def note(stage: str) -> None:
        with open(path, "a") as out:
            out.write(f"{stage} {time.monotonic():.6f}\n")

    make_frame = audio_track.MicrophoneTrack._frame
    to_pcm = audio_track.frame_pcm

    def frame(self: Any, pcm: bytes) -> Any:
        if loud(pcm):
            note("sent")
        return make_frame(self, pcm)

    def pcm_of(decoded: Any) -> bytes:
        pcm = to_pcm(decoded)
        if loud(pcm):
            note("played")
        return pcm

    audio_track.MicrophoneTrack._frame = frame  # type: ignore[method-assign]
    audio_track.frame_pcm = pcm_of


def read_trace(path: Path, stage: str) -> list[float]:
    with contextlib.suppress(OSError):
        return [float(line.split()[1]) for line in path.read_text().splitlines()
                if line.startswith(stage)]  # fmt: skip
    return []


def first_after(start: float, times: list[float], within: float) -> float | None:
    later = [t - start for t in times if 0 <= t - start < within]
    return min(later) if later else None


# -- the home user's side -------------------------------------------------------------------
async def home_role(url: str, state_path: str) -> None:
    from assist_agent.session import CodeReady, HomeSession, SupporterAsks
    from assist_media.call_media import CallOffered

    trace_stages(f"{state_path}.trace")
    buffers = jitter_buffers()

    sessions: list[HomeSession] = []

    def on_event(event: object) -> None:
        if isinstance(event, CodeReady):
            print(json.dumps({"code": event.code.digits}), flush=True)
        elif isinstance(event, SupporterAsks):
            sessions[0].allow()
        elif isinstance(event, CallOffered):
            sessions[0].talk()

    session = HomeSession(
        url, on_event, audio_devices=AudioDevices("home_mic_feed.monitor", "home_speaker", ECHO)
    )
    sessions.append(session)
    session.start()
    while session.ended_reason is None:
        call, link = session.call, session.link
        state: dict[str, Any] = {"pid": os.getpid()}
        if call is not None and link is not None:
            state["talking"] = call.mic.sending
            state["audio_received"], state["audio_lost"] = await audio_in_stats(link.pc)
            state["audio_dropped"] = sum(b.late + b.too_old for b in buffers if b.audio)
        write_state(state_path, state)
        await asyncio.sleep(0.5)


# -- the supporter's side -----------------------------------------------------------------
async def supporter_role(address: str, state_path: str, board: str, home_cmd: list[str]) -> None:
    from assist_client.session import SupporterSession
    from crypto.code import PairingCode
    from signaling.server import start_server

    trace_stages(f"{state_path}.trace")

    server = await start_server(address, 0)
    home = await asyncio.create_subprocess_exec(
        *home_cmd, server.url, stdout=asyncio.subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert home.stdout is not None
    code = json.loads(await home.stdout.readline())["code"]
    stamps = StampBoard(Path(board))
    seen: set[int] = set()
    frames: list[tuple[float, float]] = []  # (shown at, latency s)

    def on_frame(rgb: np.ndarray) -> None:
        now = time.monotonic()
        residue = decode_stamp(rgb, (W, H))
        if residue is None:
            return
        counter = stamps.unwrap(residue)
        if counter not in seen:
            seen.add(counter)
            frames.append((now, now - stamps.painted_at(residue)))

    session = SupporterSession(
        server.url, PairingCode.parse(code), "Anna", lambda event: None, on_frame,
        audio_devices=AudioDevices("supporter_mic_feed.monitor", "supporter_speaker", ECHO),
    )  # fmt: skip
    session.start()
    offered = False
    try:
        while session.ended_reason is None:
            if not offered and session.share_state == "viewing":
                offered = session.offer_call()
            call = session.call
            write_state(state_path, {
                "pid": os.getpid(), "talking": bool(call and call.mic.sending),
                "frames": frames[-4000:],
            })  # fmt: skip
            await asyncio.sleep(0.5)
    finally:
        session.stop()
        home.kill()
        await server.close()


# -- sound measurements -------------------------------------------------------------------
class Recorder:
    """parec of one source; each chunk's samples placed on CLOCK_MONOTONIC."""

    def __init__(self, source: str) -> None:
        self.proc = subprocess.Popen(
            ["parec", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
             f"--device={source}", "--latency-msec=10"], stdout=subprocess.PIPE,
        )  # fmt: skip
        self.chunks: list[bytes] = []
        self.offset = float("inf")  # monotonic time of sample 0 (earliest estimate)
        self.samples = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while True:
            data = self.proc.stdout.read(960)
            if not data:
                return
            now = time.monotonic()
            self.chunks.append(data)
            self.samples += len(data) // 2
            self.offset = min(self.offset, now - self.samples / RATE)

    def stop(self) -> tuple[np.ndarray, float]:
        self.proc.kill()
        self.proc.wait()
        audio = np.frombuffer(b"".join(self.chunks), dtype="<i2").astype(np.float32) / 32768
        return audio, self.offset


def onsets(audio: np.ndarray, offset: float, threshold: float = 0.05) -> list[float]:
    """Monotonic times at which a burst starts (after 0.3 s of quiet)."""
    loud = np.flatnonzero(np.abs(audio) > threshold)
    found: list[float] = []
    last = -RATE
    for index in loud:
        if index - last > 0.3 * RATE:
            found.append(offset + index / RATE)
        last = index
    return found


def burst_pcm(seconds: float) -> bytes:
    t = np.arange(int(BURST_S * RATE)) / RATE
    burst = np.sin(2 * np.pi * BURST_HZ * t) * 0.5 * np.hanning(t.size) ** 0.1
    gap = np.zeros(int((BURST_EVERY - BURST_S) * RATE))
    one = np.concatenate([burst, gap])
    reps = int(seconds / BURST_EVERY)
    return (np.tile(one, reps) * 32767).astype("<i2").tobytes()


def mouth_to_ear(seconds: float, traces: tuple[Path, Path] | None = None) -> list[float]:
    mic, ear = Recorder("supporter_mic_feed.monitor"), Recorder("home_speaker.monitor")
    time.sleep(0.5)
    player = subprocess.Popen(
        ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
         "--device=supporter_mic_feed", "--latency-msec=10"], stdin=subprocess.PIPE,
    )  # fmt: skip
    assert player.stdin is not None
    with contextlib.suppress(BrokenPipeError):
        player.stdin.write(burst_pcm(seconds))
        player.stdin.close()
    player.wait(seconds + 10)
    time.sleep(1.0)
    said, heard = onsets(*mic.stop()), onsets(*ear.stop())
    delays = []
    window = BURST_EVERY - 0.05
    sent = read_trace(traces[0], "sent") if traces else []
    played = read_trace(traces[1], "played") if traces else []
    STAGES.clear()
    for start in said:
        end = first_after(start, heard, window)
        if end is None:
            continue
        delays.append(end * 1000)
        left = first_after(start, sent, window)
        out = first_after(start, played, window)
        if left is not None and out is not None and left <= out <= end:
            STAGES.append((left * 1000, (out - left) * 1000, (end - out) * 1000))
    return delays


STAGES: list[tuple[float, float, float]] = []  # per burst: capture, network, playback (ms)


def stage_figures() -> dict[str, float | None]:
    """The median of each stage over the bursts that were traced at all three points."""
    names = ("capture", "network_and_jitter", "playback")
    return {
        f"{name}_ms_p50": percentile([s[i] for s in STAGES], 50) for i, name in enumerate(names)
    }


def erle(sound: Any) -> dict[str, float]:
    """The echo canceller alone, with the app's settings, on a simulated echo path."""
    for sink in ("erle_mic", "erle_speaker"):
        sound.pactl("load-module", "module-null-sink", f"sink_name={sink}", f"rate={RATE}")
    sound.pactl("load-module", "module-loopback", "source=erle_speaker.monitor",
                "sink=erle_mic", "latency_msec=30")  # fmt: skip
    sound.pactl("load-module", "module-echo-cancel", "source_master=erle_mic.monitor",
                "sink_master=erle_speaker", "source_name=erle_ec_mic",
                "sink_name=erle_ec_speaker", *ECHO_ARGS)  # fmt: skip
    n = RATE * 12
    rng = np.random.default_rng(1)
    envelope = 0.5 * (1 + np.sin(2 * np.pi * 3 * np.arange(n) / RATE))
    far = (rng.standard_normal(n) * envelope * 0.15 * 32767).clip(-32767, 32767)
    player = subprocess.Popen(
        ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
         "--device=erle_ec_speaker"], stdin=subprocess.PIPE,
    )  # fmt: skip
    threading.Thread(target=_feed, args=(player, far.astype("<i2").tobytes()), daemon=True).start()
    time.sleep(ERLE_SETTLE_S)  # the canceller converges
    raw, cancelled = Recorder("erle_mic.monitor"), Recorder("erle_ec_mic")
    time.sleep(6.0)
    raw_audio, cancelled_audio = raw.stop()[0], cancelled.stop()[0]
    player.kill()
    # Near end: a tone straight into the microphone must still come through.
    t = np.arange(RATE * 3) / RATE
    near = subprocess.Popen(
        ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
         "--device=erle_mic"], stdin=subprocess.PIPE,
    )  # fmt: skip
    tone = (np.sin(2 * np.pi * 440 * t) * 0.3 * 32767).astype("<i2").tobytes()
    threading.Thread(target=_feed, args=(near, tone), daemon=True).start()
    time.sleep(1.0)
    raw_near, kept = Recorder("erle_mic.monitor"), Recorder("erle_ec_mic")
    time.sleep(1.5)
    raw_near_audio, kept_audio = raw_near.stop()[0], kept.stop()[0]
    near.kill()

    def power(x: np.ndarray) -> float:
        return max(float(np.mean(x * x)), 1e-12)

    return {
        "erle_db": round(10 * np.log10(power(raw_audio) / power(cancelled_audio)), 1),
        "near_end_kept_db": round(10 * np.log10(power(kept_audio) / power(raw_near_audio)), 1),
    }


def erle_runs(sound: Any, runs: int) -> dict[str, Any]:
    """`erle()` `runs` times, each on a fresh canceller and echo path: the median, the
    worst, and every run (one run alone swings with the machine's load)."""
    found = []
    for _ in range(runs):
        found.append(erle(sound))
        for line in sound.pactl("list", "short", "modules").splitlines():
            index, module = line.split()[:2]
            if module in ("module-echo-cancel", "module-loopback") or "erle_" in line:
                with contextlib.suppress(RuntimeError):
                    sound.pactl("unload-module", index)
    values = [run["erle_db"] for run in found]
    return {
        "erle_db": round(float(np.median(values)), 1),
        "erle_db_worst": min(values),
        "erle_db_runs": values,
        "near_end_kept_db": round(float(np.median([r["near_end_kept_db"] for r in found])), 1),
    }


def realtime_sound_server(pid: int) -> bool:
    """Give the private sound server the real-time scheduling a desktop's has (rtkit
    grants PulseAudio and PipeWire SCHED_RR, priority 5 by default); False if refused."""
    done = subprocess.run(["chrt", "-a", "-r", "-p", "5", str(pid)], capture_output=True)
    return done.returncode == 0


def _feed(proc: subprocess.Popen[bytes], data: bytes) -> None:
    with contextlib.suppress(BrokenPipeError, ValueError, OSError):
        assert proc.stdin is not None
        proc.stdin.write(data)
        proc.stdin.close()


# -- one run ----------------------------------------------------------------------------------
def run_call(workdir: Path, board: Path, seconds: float, link: Any | None) -> dict[str, Any]:
    home_state, supporter_state = workdir / "home.json", workdir / "supporter.json"
    for path in (home_state, supporter_state):
        path.unlink(missing_ok=True)
        Path(f"{path}.trace").unlink(missing_ok=True)
    prefix_home = link.exec_in("home") if link else []
    prefix_supporter = link.exec_in("supporter") if link else []
    address = link.address("supporter") if link else "127.0.0.1"
    home_cmd = [*prefix_home, sys.executable, __file__, "--home-role", str(home_state)]
    supporter = subprocess.Popen(
        [*prefix_supporter, sys.executable, __file__, "--supporter-role", str(supporter_state),
         "--address", address, "--board", str(board), "--home-cmd", json.dumps(home_cmd)],
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while not (
            read_state(home_state).get("talking") and read_state(supporter_state).get("talking")
        ):
            if time.monotonic() > deadline or supporter.poll() is not None:
                raise RuntimeError("the call did not start")
            time.sleep(0.2)
        time.sleep(2.0)  # the echo canceller and the jitter buffer settle
        pids = {
            "home": read_state(home_state)["pid"],
            "supporter": read_state(supporter_state)["pid"],
        }
        before = {side: cpu_seconds(pid) for side, pid in pids.items()}
        lost0 = read_state(home_state)
        started = time.monotonic()
        traces = (Path(f"{supporter_state}.trace"), Path(f"{home_state}.trace"))
        delays = mouth_to_ear(seconds, traces)
        ended = time.monotonic()
        after = {side: cpu_seconds(pid) for side, pid in pids.items()}
        time.sleep(1.0)
        lost1 = read_state(home_state)
        frames = [
            f for f in read_state(supporter_state).get("frames", []) if started <= f[0] <= ended
        ]
    finally:
        supporter.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            supporter.wait(15)
        if supporter.poll() is None:
            supporter.kill()
    received = lost1.get("audio_received", 0) - lost0.get("audio_received", 0)
    lost = lost1.get("audio_lost", 0) - lost0.get("audio_lost", 0)
    dropped = lost1.get("audio_dropped", 0) - lost0.get("audio_dropped", 0)
    window = ended - started
    return {
        "audio_latency_ms_p50": percentile(delays, 50),
        "audio_latency_ms_p95": percentile(delays, 95),
        "audio_bursts_heard": f"{len(delays)}/{int(seconds / BURST_EVERY)}",
        "audio_stages": stage_figures(),
        "audio_loss_concealed_pct": round(100 * lost / max(1, received + lost), 2),
        "audio_dropped_late_pct": round(100 * dropped / max(1, received), 2),
        "call_cpu_pct": {
            side: round(100 * (after[side] - before[side]) / window, 1)  # type: ignore[operator]
            for side in pids
            if before[side] is not None and after[side] is not None
        },
        "fps": round(len(frames) / window, 1),
        "latency_ms_p50": percentile([f[1] * 1000 for f in frames], 50),
    }


def orchestrate(args: argparse.Namespace) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="assist-call-"))
    board = workdir / "stamps.f64"
    StampBoard(board, create=True)
    xvfb, display = start_xvfb(W, H)
    os.environ["DISPLAY"] = display
    painter = subprocess.Popen(
        [sys.executable, str(HERE / "session_e2e.py"), "--painter-role", display, "--board",
         str(board), "--width", str(W), "--height", str(H), "--draw-hz", "60"],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert painter.stdout is not None
    painter.stdout.readline()
    result: dict[str, Any] = {}
    try:
        with sound_server() as sound:
            if not args.normal_priority:
                result["sound_server_realtime"] = realtime_sound_server(sound.process.pid)
            if not args.weak_link_only:
                result.update(run_call(workdir, board, args.seconds, None))
            result.update(erle_runs(sound, args.erle_runs))
            if not args.no_weak_link:
                from link_shaper import ShapedLink

                with ShapedLink(**WEAK) as link:
                    result["weak_link"] = run_call(workdir, board, args.seconds, link)
                    result["weak_link"]["erle_db"] = result["erle_db"]  # no link in it
                    result["weak_link"]["link"] = link.stats()
    finally:
        for proc in (painter, xvfb):
            proc.kill()
            proc.wait()
    print(json.dumps(result), flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--no-weak-link", action="store_true")
    parser.add_argument("--erle-runs", type=int, default=3)
    parser.add_argument(
        "--normal-priority", action="store_true",
        help="leave the sound server at normal priority (a desktop's runs real-time)",
    )  # fmt: skip
    parser.add_argument("--weak-link-only", action="store_true")
    parser.add_argument(
        "--no-echo-cancel", action="store_true", help="the call without the echo canceller"
    )
    parser.add_argument("--home-role", help=argparse.SUPPRESS)
    parser.add_argument("--supporter-role", help=argparse.SUPPRESS)
    parser.add_argument("--address", help=argparse.SUPPRESS)
    parser.add_argument("--board", help=argparse.SUPPRESS)
    parser.add_argument("--home-cmd", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.home_role or args.supporter_role:
        die_with_parent()  # a killed orchestrator leaves no call running
    if args.home_role:
        asyncio.run(home_role(rest[0], args.home_role))
        return 0
    if args.supporter_role:
        asyncio.run(
            supporter_role(args.address, args.supporter_role, args.board, json.loads(args.home_cmd))
        )
        return 0
    if args.no_echo_cancel:
        os.environ["ASSIST_BENCH_ECHO_CANCEL"] = "0"  # the roles inherit it
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
