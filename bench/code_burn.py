"""Code burning under attack: how many honest codes one attacker with many addresses burns.

    sudo python bench/code_burn.py                       # 1,000 IPv4 addresses + a whole /48
    sudo python bench/code_burn.py --ipv4 20 --duration 3 --honest-rate 2   # a tiny run

Needs root: it creates a network namespace (`ip netns add`), runs the pairing server and
all clients inside it, and removes it at the end. Without root it says so and exits 2.

Inside the namespace the server listens on 127.0.0.1 and on fd00:5eed::1, with its
default limits (per address, per /24, per /64, per /48). The attacker has `--ipv4`
addresses 127.a.b.7, each in its own /24 (Linux answers all of 127/8 on lo), and a whole
IPv6 /48 (fd00:bad:cafe::/48, a local route on lo, `ip_nonlocal_bind` so any address
in it can be bound). It claims random nameplates as fast as the limits allow (times
`--over`), a quarter of them with 4 digits and the rest with the length it sees on the
rooms it registers itself every few seconds; a claim that lands in a room is closed at
once, which burns the code. Meanwhile honest home users (each from its own address)
register at `--honest-rate` per second, and their supporters claim the code
`--min-delay`..`--max-delay` seconds later (read aloud on the phone). When the attack is
longer than twice `--max-delay`, home users stop registering `--max-delay` before its
end, so every honest code waits under attack.

Every loop is bounded in count and time. The last line printed is JSON with
`honest_codes_burned_pct` and `honest_pairings_ok_pct`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import json
import os
import random
import resource
import secrets
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PORT = 8765
SERVER_V6 = "fd00:5eed::1"
ATTACK_V6 = ipaddress.ip_network("fd00:bad:cafe::/48")
CLAIMS_PER_MINUTE = {"address": 10, "v4_net": 30, "v6_wide": 60}  # the server's defaults


def say(text: str) -> None:
    print(text, flush=True)


# -- outside: namespace set-up, then this script again inside it -------------------------


def run_outside(args: argparse.Namespace, argv: list[str]) -> int:
    if os.geteuid() != 0:
        print(
            "code_burn.py needs root: it creates a network namespace (ip netns add) "
            "and binds many addresses inside it. Run it with sudo.",
            file=sys.stderr,
        )
        return 2
    name = f"assist-burn-{os.getpid()}"
    setup = [
        ["ip", "netns", "add", name],
        ["ip", "-n", name, "link", "set", "lo", "up"],
        ["ip", "-n", name, "addr", "add", f"{SERVER_V6}/128", "dev", "lo"],
        ["ip", "-n", name, "-6", "route", "add", "local", str(ATTACK_V6), "dev", "lo"],
        ["ip", "netns", "exec", name, "sysctl", "-qw", "net.ipv6.ip_nonlocal_bind=1"],
    ]
    try:
        for command in setup:
            subprocess.run(command, check=True, capture_output=True, timeout=10)
        inside = ["ip", "netns", "exec", name, sys.executable, __file__, "--inside", *argv]
        limit = args.duration + args.max_delay + 60
        return subprocess.run(inside, cwd=REPO, timeout=limit).returncode
    except subprocess.CalledProcessError as error:
        print(f"namespace set-up failed: {error.stderr.decode(errors='replace')}", file=sys.stderr)
        return 1
    except subprocess.TimeoutExpired:
        print("the benchmark overran its time limit", file=sys.stderr)
        return 1
    finally:
        subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=10)


# -- inside the namespace ------------------------------------------------------------------

SERVER_CODE = f"""
import asyncio, sys
from signaling.config import Config
from signaling.server import start_server

async def main():
    server = await start_server(["127.0.0.1", "{SERVER_V6}"], {PORT}, config=Config())
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await server.close()

asyncio.run(main())
"""


@dataclass
class Tally:
    honest: int = 0
    honest_registered: int = 0
    honest_paired: int = 0
    honest_burned: int = 0
    honest_failed: Counter[str] = field(default_factory=Counter)
    lengths: Counter[int] = field(default_factory=Counter)
    attack_sent: int = 0
    attack_sent_v6: int = 0
    attack_answers: Counter[str] = field(default_factory=Counter)
    attack_hits: int = 0
    probe_lengths: Counter[int] = field(default_factory=Counter)


async def open_ws(source: str, family: int, timeout: float = 10.0):  # type: ignore[no-untyped-def]
    """A WebSocket to the server from `source` (bound before connecting)."""
    from websockets.asyncio.client import connect

    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        sock.bind((source, 0))
        target = ("127.0.0.1", PORT) if family == socket.AF_INET else (SERVER_V6, PORT)
        async with asyncio.timeout(timeout):
            await asyncio.get_running_loop().sock_connect(sock, target)
        host = "127.0.0.1" if family == socket.AF_INET else f"[{SERVER_V6}]"
        return await connect(f"ws://{host}:{PORT}/v1", sock=sock, open_timeout=timeout)
    except BaseException:
        sock.close()
        raise


async def ask(ws, message: dict[str, object], timeout: float) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from websockets.exceptions import ConnectionClosed

    with contextlib.suppress(ConnectionClosed):
        await ws.send(json.dumps(message))
    try:
        async with asyncio.timeout(timeout):
            answer = json.loads(await ws.recv())
    except (ConnectionClosed, TimeoutError):
        return {"type": "error", "code": "closed"}
    return answer if isinstance(answer, dict) else {"type": "error", "code": "bad"}


def answer_word(answer: dict[str, object]) -> str:
    return str(answer.get("code", answer.get("type")))


class Attacker:
    """Random claims from many addresses, paced to the server's limits times `over`."""

    def __init__(self, args: argparse.Namespace, tally: Tally, rng: random.Random) -> None:
        self.tally = tally
        self.rng = rng
        self.over = args.over
        self.v4 = [f"127.{1 + i // 250}.{i % 250}.7" for i in range(args.ipv4)]
        self.v6 = args.ipv6
        self.length = 4  # what its own probe rooms show

    def v6_address(self) -> str:
        # A different /64 each time, anywhere in the /48.
        offset = self.rng.getrandbits(80)
        return str(ATTACK_V6.network_address + offset)

    def guess(self) -> str:
        length = 4 if self.rng.random() < 0.25 else self.length
        low = 10 ** (length - 1)
        return str(low + self.rng.randrange(9 * low))

    async def claim(self, source: str, family: int) -> None:
        tally = self.tally
        tally.attack_sent += 1
        tally.attack_sent_v6 += family == socket.AF_INET6
        try:
            ws = await open_ws(source, family)
        except (OSError, TimeoutError, Exception):
            tally.attack_answers["connect_failed"] += 1
            return
        try:
            answer = await ask(ws, {"type": "claim", "version": 1, "nameplate": self.guess()}, 10)
            word = answer_word(answer)
            tally.attack_answers[word] += 1
            if word == "claimed":
                tally.attack_hits += 1
                with contextlib.suppress(Exception):
                    await ws.send(json.dumps({"type": "close", "reason": "bad_confirmation"}))
        finally:
            await ws.close()

    async def probe(self) -> None:
        """Register a room of its own to learn the nameplate length, then drop it."""
        try:
            ws = await open_ws(self.rng.choice(self.v4), socket.AF_INET)
        except Exception:
            return
        try:
            answer = await ask(ws, {"type": "register", "version": 1}, 10)
            if answer.get("type") == "registered":
                self.length = len(str(answer["nameplate"]))
                self.tally.probe_lengths[self.length] += 1
        finally:
            await ws.close()

    async def run(self, until: float) -> None:
        per_second = self.over * (
            len(self.v4) * CLAIMS_PER_MINUTE["address"] / 60
            + (CLAIMS_PER_MINUTE["v6_wide"] / 60 if self.v6 else 0)
        )
        share_v6 = (self.over * CLAIMS_PER_MINUTE["v6_wide"] / 60 if self.v6 else 0) / per_second
        tasks: set[asyncio.Task[None]] = set()
        start = time.monotonic()
        sent = 0
        next_probe = start
        v4_turn = 0
        while (now := time.monotonic()) < until:
            if now >= next_probe:
                next_probe = now + 3.0
                task = asyncio.create_task(self.probe())
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            due = int((now - start) * per_second) - sent
            for _ in range(max(0, min(due, 500))):
                sent += 1
                if self.rng.random() < share_v6:
                    source, family = self.v6_address(), socket.AF_INET6
                else:
                    source, family = self.v4[v4_turn % len(self.v4)], socket.AF_INET
                    v4_turn += 1
                if len(tasks) > 2000:
                    self.tally.attack_answers["not_sent_backlog"] += 1
                    continue
                task = asyncio.create_task(self.claim(source, family))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            await asyncio.sleep(0.01)
        if tasks:
            await asyncio.wait(tasks, timeout=15)


def honest_address(rng: random.Random, last: int) -> str:
    """Honest users come from 127.200-249.x.y: never in an attacker's /24."""
    return f"127.{200 + rng.randrange(50)}.{rng.randrange(256)}.{last}"


async def honest_pairing(args: argparse.Namespace, tally: Tally, rng: random.Random) -> None:
    """One home user registers; their supporter claims the code a little later."""
    tally.honest += 1
    home_source = honest_address(rng, last=1 + rng.randrange(250))
    try:
        home = await open_ws(home_source, socket.AF_INET)
    except Exception:
        tally.honest_failed["connect_failed"] += 1
        return
    try:
        registered = await ask(home, {"type": "register", "version": 1}, 10)
        if registered.get("type") != "registered":
            tally.honest_failed["register_" + answer_word(registered)] += 1
            return
        tally.honest_registered += 1
        nameplate = str(registered["nameplate"])
        tally.lengths[len(nameplate)] += 1
        await asyncio.sleep(rng.uniform(args.min_delay, args.max_delay))
        supporter_source = (
            f"127.{200 + rng.randrange(50)}.{rng.randrange(256)}.{251 + rng.randrange(4)}"
        )
        try:
            supporter = await open_ws(supporter_source, socket.AF_INET)
        except Exception:
            tally.honest_failed["connect_failed"] += 1
            return
        try:
            claimed = await ask(
                supporter, {"type": "claim", "version": 1, "nameplate": nameplate}, 10
            )
            word = answer_word(claimed)
            if word == "claimed":
                tally.honest_paired += 1
            elif word in ("unknown_code", "room_full"):
                tally.honest_burned += 1  # someone else claimed it first
            else:
                tally.honest_failed["claim_" + word] += 1
        finally:
            await supporter.close()
    finally:
        await home.close()


async def honest_users(args: argparse.Namespace, tally: Tally, until: float) -> None:
    """Home users register while there is time for their supporter to claim under attack."""
    rng = random.Random(secrets.randbits(64))
    if until - time.monotonic() >= 2 * args.max_delay - 1:
        until -= args.max_delay  # every honest code waits while the attacker runs
    tasks: set[asyncio.Task[None]] = set()
    start = time.monotonic()
    started = 0
    while (now := time.monotonic()) < until:
        for _ in range(int((now - start) * args.honest_rate) - started):
            started += 1
            task = asyncio.create_task(honest_pairing(args, tally, rng))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.sleep(0.05)
    if tasks:
        await asyncio.wait(tasks, timeout=args.max_delay + 30)


async def measure(args: argparse.Namespace) -> dict[str, object]:
    tally = Tally()
    attacker = Attacker(args, tally, random.Random(secrets.randbits(64)))
    began = time.monotonic()
    until = began + args.duration
    await asyncio.gather(attacker.run(until), honest_users(args, tally, until))
    elapsed = time.monotonic() - began
    attack_seconds = min(elapsed, args.duration)
    refused = tally.attack_answers["rate_limited"]
    return {
        "honest_codes_burned_pct": round(
            100 * tally.honest_burned / max(1, tally.honest_registered), 3
        ),
        "honest_pairings_ok_pct": round(100 * tally.honest_paired / max(1, tally.honest), 3),
        "honest_pairings": tally.honest,
        "honest_registered": tally.honest_registered,
        "honest_paired": tally.honest_paired,
        "honest_burned": tally.honest_burned,
        "honest_failed": dict(tally.honest_failed),
        "honest_nameplate_lengths": {str(k): v for k, v in sorted(tally.lengths.items())},
        "attacker_ipv4_addresses": len(attacker.v4),
        "attacker_ipv6_prefix": str(ATTACK_V6) if args.ipv6 else None,
        "attacker_claims_sent": tally.attack_sent,
        "attacker_claims_sent_ipv6": tally.attack_sent_v6,
        "attacker_claims_refused": refused,
        "attacker_claims_per_minute_accepted": round(
            60 * (tally.attack_sent - refused) / max(attack_seconds, 1e-9), 1
        ),
        "attacker_hits": tally.attack_hits,
        "attacker_answers": dict(tally.attack_answers),
        "attacker_seen_lengths": {str(k): v for k, v in sorted(tally.probe_lengths.items())},
        "seconds": round(elapsed, 1),
    }


def run_inside(args: argparse.Namespace) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER_CODE], cwd=REPO, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        if server.stdout.readline().strip() != "ready":
            print("the server did not start", file=sys.stderr)
            return 1
        say(
            f"attacker: {args.ipv4} IPv4 addresses (one per /24)"
            + (f" and {ATTACK_V6}" if args.ipv6 else "")
            + f"; honest users: {args.honest_rate}/s for {args.duration} s"
        )
        result = asyncio.run(measure(args))
    finally:
        assert server.stdin is not None
        with contextlib.suppress(OSError):
            server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    say(
        f"honest codes: {result['honest_registered']} registered, {result['honest_paired']} "
        f"paired, {result['honest_burned']} burned ({result['honest_codes_burned_pct']} %)"
    )
    say(f"honest nameplate lengths: {result['honest_nameplate_lengths']}")
    say(
        f"attacker: {result['attacker_claims_sent']} claims sent, "
        f"{result['attacker_claims_refused']} refused (rate_limited), "
        f"{result['attacker_hits']} landed in a room; lengths it saw: "
        f"{result['attacker_seen_lengths']}"
    )
    print(json.dumps(result), flush=True)
    return 0


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ipv4", type=int, default=1000, help="attacker IPv4 addresses")
    parser.add_argument("--no-ipv6", dest="ipv6", action="store_false", help="no attacker /48")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of attack")
    parser.add_argument("--honest-rate", type=float, default=2.0, help="home users per second")
    parser.add_argument("--min-delay", type=float, default=5.0, help="code read aloud: from")
    parser.add_argument("--max-delay", type=float, default=30.0, help="... to seconds")
    parser.add_argument("--over", type=float, default=1.2, help="attacker sends this × limits")
    args = parser.parse_args(argv)
    if not (1 <= args.ipv4 <= 25_000 and 0 < args.duration <= 900):
        parser.error("--ipv4 must be 1..25000 and --duration 0..900")
    if not (0 < args.honest_rate <= 100 and 0 <= args.min_delay <= args.max_delay <= 300):
        parser.error("--honest-rate 0..100, delays 0..300 s")
    if not 0 < args.over <= 10:
        parser.error("--over must be in 0..10")
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.inside:
        return run_inside(args)
    return run_outside(args, [a for a in argv if a != "--inside"])


if __name__ == "__main__":
    sys.exit(main())
