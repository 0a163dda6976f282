"""Silent network outages in a real help session: how fast the picture comes back, and
that nothing stays pressed and no chat line is lost or doubled.

    .venv/bin/python bench/faults.py              # 3 outages of 5 s and 3 of 30 s
    .venv/bin/python bench/faults.py --runs 1

Set-up as in tests/faults (tests/faults/harness.py): the home user's session core here
(Xvfb capture, XTest input), the supporter's core in a network namespace joined by a veth
pair, the pairing server as its own process. Each run: control granted, Shift and the left
button held by the supporter, then nftables drops every packet on the veth for the
outage; one chat line goes each way while it is down; then the link is restored.

reconnect_s: link restored → the supporter's first new frame (time.monotonic() is one
clock for all processes here). resume_new_address_s: the supporter app's address changes
→ its first frame on the resumed link (through the pairing server, without a new code);
resume_helper_new_address_s: the same when the helper app's address changes.
keys_stuck: runs where Shift or the button was still down
(read from the X server) 5 s after the drop. release_s: drop → both released.
tcp_turn_connect_s comes from bench/turn_connect.py (another part of issue 18); null
with a reason when it is not there. Needs root and Xvfb. Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tests.support.display import start_xvfb  # noqa: E402


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 3)


def new_frames(session: object, since: float) -> list[dict[str, object]]:
    frames = session.supporter_saw("frame", since)  # type: ignore[attr-defined]
    return [e for e in frames if e.get("after_loss")]


async def one_outage(seconds: float, result: dict[str, list[float] | int]) -> None:
    from tests.faults.harness import PairingServer, Session, x_held
    from tests.faults.netns import namespace
    from tests.support.timing import until

    server = PairingServer()
    server.start()
    try:
        with namespace() as ns:
            session = Session(ns, server)
            try:
                await session.start(control=True)
                assert session.home is not None
                ns.drop()
                dropped = time.monotonic()
                released = None
                while time.monotonic() - dropped < 5.0:
                    if x_held() == (False, False):
                        released = time.monotonic() - dropped
                        break
                    await asyncio.sleep(0.05)
                if released is None:
                    result["keys_stuck"] += 1  # type: ignore[operator]
                else:
                    result["release_s"].append(released)  # type: ignore[union-attr]
                await until(lambda: session.supporter_saw("lost"), 10, "supporter: lost")
                session.home.send_chat("home line")
                await session.tell("chat supporter line")
                await asyncio.sleep(max(0.0, seconds - (time.monotonic() - dropped)))
                ns.restore()
                restored = time.monotonic()
                await until(lambda: new_frames(session, restored), 60, "a new frame")
                first = [e for e in session.supporter_saw("frame") if e.get("after_loss")][-1]
                result["reconnect_s"].append(first["t"] - restored)  # type: ignore[union-attr]
                await asyncio.sleep(3.0)  # room for late or doubled lines
                for got in (
                    [e["text"] for e in session.supporter_saw("chat")],
                    session.home_chat_from_supporter(),
                ):
                    result["lost"] += 1 - min(1, len(got))  # type: ignore[operator]
                    result["doubled"] += max(0, len(got) - 1)  # type: ignore[operator]
            finally:
                await session.close()
    finally:
        server.kill()


async def one_move(result: dict[str, list[float] | int], side: str = "supporter") -> None:
    """The supporter app's (or the helper app's) address changes: the apps resume through
    the pairing server. For the helper's move the supporter reaches the server through a
    Unix socket (as tests/faults do), so only the peer path is cut."""
    import tempfile

    from tests.faults.harness import PairingServer, Session
    from tests.faults.netns import namespace
    from tests.support.timing import until

    server = PairingServer()
    server.start()
    try:
        with namespace() as ns, tempfile.TemporaryDirectory(prefix="assist-faults-") as folder:
            way = f"{folder}/pairing.sock" if side == "helper" else None
            session = Session(ns, server, server_socket=way)
            try:
                await session.start(control=False)
                ns.move_root_address() if side == "helper" else ns.move_inside_address()
                moved = time.monotonic()
                await until(lambda: new_frames(session, moved), 60, "a frame on the new link")
                first = new_frames(session, moved)[0]
                key = "resume_helper_s" if side == "helper" else "resume_s"
                result[key].append(first["t"] - moved)  # type: ignore[union-attr,operator]
            finally:
                await session.close()
    finally:
        server.kill()


def tcp_turn() -> tuple[list[float] | None, str]:
    try:
        from turn_connect import tcp_turn_connect_s  # bench/turn_connect.py
    except ImportError as exc:
        return None, f"bench/turn_connect.py not available: {exc}"
    try:
        return tcp_turn_connect_s(3), ""
    except Exception as exc:  # a bench of another part: report, do not hide
        return None, f"turn_connect failed: {exc!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="outages of each length")
    parser.add_argument("--moves-only", action="store_true", help="only the new addresses")
    args = parser.parse_args()
    xvfb = None
    if not os.environ.get("DISPLAY"):
        started = start_xvfb()
        if started is None:
            print(json.dumps({"error": "no Xvfb"}))
            return 1
        os.environ["DISPLAY"], xvfb = started
    result: dict[str, list[float] | int] = {
        "reconnect_s": [], "release_s": [], "keys_stuck": 0, "lost": 0, "doubled": 0,
        "resume_s": [], "resume_helper_s": [],
    }  # fmt: skip
    per_length: dict[str, list[float]] = {}
    try:
        for seconds in () if args.moves_only else (5.0, 30.0):
            before = len(result["reconnect_s"])  # type: ignore[arg-type]
            for _ in range(args.runs):
                asyncio.run(one_outage(seconds, result))
            per_length[f"{seconds:g}"] = [
                round(v, 3)
                for v in result["reconnect_s"][before:]  # type: ignore[index]
            ]
            print(json.dumps({"outage_s": seconds, "reconnect_s": per_length[f"{seconds:g}"]}))
        for _ in range(args.runs):
            asyncio.run(one_move(result))
        print(json.dumps({"new_address": "supporter", "resume_s": result["resume_s"]}))
        for _ in range(args.runs):
            asyncio.run(one_move(result, side="helper"))
        print(json.dumps({"new_address": "helper", "resume_s": result["resume_helper_s"]}))
    finally:
        if xvfb is not None:
            xvfb.terminate()
    turn, why = tcp_turn()
    reconnect = result["reconnect_s"]
    release = result["release_s"]
    out = {
        "reconnect_s_p50": pct(reconnect, 0.5),  # type: ignore[arg-type]
        "reconnect_s_p95": pct(reconnect, 0.95),  # type: ignore[arg-type]
        "reconnect_s_by_outage": per_length,
        "resume_new_address_s_p50": pct(result["resume_s"], 0.5),  # type: ignore[arg-type]
        "resume_new_address_s_p95": pct(result["resume_s"], 0.95),  # type: ignore[arg-type]
        "resume_helper_new_address_s_p50": pct(result["resume_helper_s"], 0.5),  # type: ignore[arg-type]
        "resume_helper_new_address_s_p95": pct(result["resume_helper_s"], 0.95),  # type: ignore[arg-type]
        "release_s_p50": pct(release, 0.5),  # type: ignore[arg-type]
        "release_s_max": round(max(release), 3) if release else None,  # type: ignore[arg-type]
        "keys_stuck": result["keys_stuck"],
        "chat_lines_lost": result["lost"],
        "chat_lines_doubled": result["doubled"],
        "tcp_turn_connect_s": round(statistics.median(turn), 3) if turn else None,
    }
    if turn is None:
        out["tcp_turn_connect_s_why"] = why
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
