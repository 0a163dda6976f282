"""Load benchmark of the signaling server on loopback: waiting helper apps and pairings per second.

    python bench/signaling_load.py                      # in-memory server started here
    python bench/signaling_load.py --redis              # the same with redis-server behind it
    python bench/signaling_load.py --url ws://127.0.0.1:8765/v1 --server-pid 1234

Phase 1 opens `--waiting` helper apps that register and then wait (memory per waiting
connection = growth of the server's RSS / count). Phase 2, with those still open, starts
`--rate` pairings per second for `--duration` seconds: helper app connects and registers,
supporter app connects and claims, both sides relay one frame, both close. Latency is
from the helper app's connect to the supporter receiving the helper's relay frame.

Loopback only; every loop is bounded in count and time (`--max-seconds`). The load
generator is Python too and shares the machine's cores with the server (and Redis), so
the figures are a lower bound for the server alone. The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
MAX_WAITING = 20_000
MAX_RATE = 5_000
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def say(text: str) -> None:
    print(text, flush=True)


def raise_fd_limit(wanted: int) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else wanted
    target = max(soft, min(target, max(wanted, soft)))
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def proc_rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def proc_cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Services:
    url: str
    server_pid: int | None
    redis_port: int | None = None
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def start_services(args: argparse.Namespace, fd_limit: int) -> Services:
    env = os.environ | {
        # Every load connection comes from 127.0.0.1: lift the per-address limits.
        "ASSIST_SIGNALING_LIMITS_CONNECTIONS_PER_ADDRESS": str(fd_limit),
        "ASSIST_SIGNALING_LIMITS_MAX_CONNECTIONS": str(fd_limit),
        "ASSIST_SIGNALING_LIMITS_CONNECTIONS_PER_PREFIX": str(fd_limit),
        "ASSIST_SIGNALING_LIMITS_CONNECTIONS_PER_WIDE_PREFIX": str(fd_limit),
        "ASSIST_SIGNALING_LIMITS_CLAIMS_PER_MINUTE": str(10**9),
        "ASSIST_SIGNALING_LIMITS_CLAIMS_PER_MINUTE_PER_PREFIX": str(10**9),
        "ASSIST_SIGNALING_LIMITS_REGISTRATIONS_PER_MINUTE": str(10**9),
        "ASSIST_SIGNALING_LIMITS_REGISTRATIONS_PER_MINUTE_PER_PREFIX": str(10**9),
        "ASSIST_SIGNALING_LIMITS_IDLE_TIMEOUT": "600",
        "ASSIST_SIGNALING_LOG_LEVEL": "WARNING",
    }
    services = Services(url="", server_pid=None)
    if args.redis:
        port = free_port()
        redis = subprocess.Popen(
            ["redis-server", "--save", "", "--appendonly", "no", "--port", str(port),
             "--bind", "127.0.0.1", "--daemonize", "no", "--loglevel", "warning",
             "--maxclients", "1000"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        services.processes.append(redis)
        services.redis_port = port
        env["ASSIST_SIGNALING_REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.1):
                break
            time.sleep(0.05)
    server = subprocess.Popen(
        [sys.executable, "-m", "signaling", "--host", "127.0.0.1", "--port", "0"],
        cwd=REPO, env=env, stdout=subprocess.PIPE,
    )  # fmt: skip
    services.processes.append(server)
    assert server.stdout is not None
    line = server.stdout.readline().decode()
    if not line.startswith("listening on "):
        services.stop()
        raise SystemExit(f"the server did not start: {line!r}")
    services.url = line.split()[-1]
    services.server_pid = server.pid
    return services


def redis_used_kib(port: int | None) -> int | None:
    if port is None:
        return None
    with socket.create_connection(("127.0.0.1", port), 2) as sock:
        sock.sendall(b"INFO memory\r\n")
        data = b""
        while b"used_memory:" not in data or not data.endswith(b"\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    for line in data.decode(errors="replace").splitlines():
        if line.startswith("used_memory:"):
            return int(line.split(":")[1]) // 1024
    return None


class LoadClient(asyncio.Protocol):
    """A minimal WebSocket client: enough of RFC 6455 for text frames, ping and close.

    The load generator shares the cores with the server; the full websockets client
    costs several times more CPU per connection than the server's own work, so the
    generator would measure itself. Client frames use the all-zero masking key, which
    RFC 6455 permits and which spares the XOR.
    """

    def __init__(self, host: str, port: int) -> None:
        self._request = (
            f"GET /v1 HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: YXNzaXN0LWxvYWQtYmVuYw==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
        self._buffer = bytearray()
        self._upgraded = False
        self.transport: asyncio.Transport | None = None
        self.messages: asyncio.Queue[dict[str, object] | None] = asyncio.Queue()
        self.open: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.closed = False

    @classmethod
    async def connect(cls, url: str) -> LoadClient:
        parts = urlsplit(url)
        host, port = parts.hostname or "127.0.0.1", parts.port or 80
        loop = asyncio.get_running_loop()
        _, client = await loop.create_connection(lambda: cls(host, port), host, port)
        await asyncio.wait_for(client.open, 30)
        return client

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self._request)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self.open.done():
            self.open.set_exception(ConnectionError("closed during the handshake"))
        self.messages.put_nowait(None)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        if not self._upgraded:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            if not self._buffer.startswith(b"HTTP/1.1 101"):
                self.open.set_exception(ConnectionError(bytes(self._buffer[:40]).decode()))
                return
            del self._buffer[: end + 4]
            self._upgraded = True
            self.open.set_result(None)
        while len(self._buffer) >= 2:
            opcode, length, start = self._buffer[0] & 0x0F, self._buffer[1] & 0x7F, 2
            if length == 126:
                if len(self._buffer) < 4:
                    return
                length, start = int.from_bytes(self._buffer[2:4], "big"), 4
            elif length == 127:
                if len(self._buffer) < 10:
                    return
                length, start = int.from_bytes(self._buffer[2:10], "big"), 10
            if len(self._buffer) < start + length:
                return
            payload = bytes(self._buffer[start : start + length])
            del self._buffer[: start + length]
            if opcode == 1:
                self.messages.put_nowait(json.loads(payload))
            elif opcode == 9:
                self._frame(0xA, payload)  # pong
            elif opcode == 8:
                self.close()

    def _frame(self, opcode: int, payload: bytes) -> None:
        if self.transport is None or self.closed:
            return
        n = len(payload)
        if n < 126:
            head = bytes([0x80 | opcode, 0x80 | n])
        elif n < 65536:
            head = bytes([0x80 | opcode, 0x80 | 126]) + n.to_bytes(2, "big")
        else:
            head = bytes([0x80 | opcode, 0x80 | 127]) + n.to_bytes(8, "big")
        self.transport.write(head + b"\0\0\0\0" + payload)

    def send(self, message: dict[str, object]) -> None:
        self._frame(0x1, json.dumps(message, separators=(",", ":")).encode())

    async def expect(self, kind: str) -> dict[str, object]:
        message = await self.messages.get()
        if message is None or message.get("type") != kind:
            raise RuntimeError(f"expected {kind}, got {message}")
        return message

    def close(self) -> None:
        if self.transport is not None and not self.closed:
            self._frame(0x8, (1000).to_bytes(2, "big"))
            self.closed = True
            self.transport.close()


async def open_waiting(url: str, count: int, concurrency: int) -> list[LoadClient]:
    """`count` helper apps that registered and now wait for a supporter."""
    gate = asyncio.Semaphore(concurrency)
    opened: list[LoadClient] = []

    async def one() -> None:
        async with gate:
            client = await LoadClient.connect(url)
            client.send({"type": "register", "version": 1})
            await client.expect("registered")
            opened.append(client)

    results = await asyncio.gather(*(one() for _ in range(count)), return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        say(f"  {len(failures)} waiting connections failed, first: {failures[0]!r}")
    return opened


async def one_pairing(url: str) -> float:
    """Pair one helper app with one supporter app; return the latency in seconds."""
    started = time.perf_counter()
    home = await LoadClient.connect(url)
    supporter: LoadClient | None = None
    try:
        home.send({"type": "register", "version": 1})
        nameplate = (await home.expect("registered"))["nameplate"]
        supporter = await LoadClient.connect(url)
        supporter.send({"type": "claim", "version": 1, "nameplate": nameplate})
        await supporter.expect("claimed")
        await home.expect("joined")
        supporter.send({"type": "relay", "body": "QQ" * 22})  # SPAKE2-sized
        await home.expect("relay")
        home.send({"type": "relay", "body": "Qg" * 22})
        await supporter.expect("relay")
        elapsed = time.perf_counter() - started
        home.send({"type": "close", "reason": "stopped"})
        await supporter.expect("peer_left")
        return elapsed
    finally:
        home.close()
        if supporter is not None:
            supporter.close()


async def pairing_phase(
    url: str, rate: float, duration: float, max_in_flight: int
) -> tuple[list[float], int, int, float]:
    """Start `rate` pairings per second for `duration` s (open loop, bounded in flight)."""
    latencies: list[float] = []
    failed = 0
    skipped = 0
    tasks: set[asyncio.Task[float]] = set()

    def done(task: asyncio.Task[float]) -> None:
        nonlocal failed
        tasks.discard(task)
        if task.cancelled() or task.exception() is not None:
            failed += 1
        else:
            latencies.append(task.result())

    started = time.perf_counter()
    total = int(rate * duration)
    for index in range(total):
        due = started + index / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        if len(tasks) >= max_in_flight:
            skipped += 1  # the server (or this generator) cannot keep up
            continue
        task = asyncio.create_task(one_pairing(url))
        tasks.add(task)
        task.add_done_callback(done)
    if tasks:
        await asyncio.wait(set(tasks), timeout=30)
    elapsed = time.perf_counter() - started
    return latencies, failed, skipped, elapsed


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def run(args: argparse.Namespace, services: Services) -> dict[str, object]:
    pid = services.server_pid
    mode = "redis" if args.redis else "memory"
    say(f"server {services.url} (pid {pid or 'unknown'}), mode {mode}")
    load_before = os.getloadavg()[0]
    say(
        f"machine: {os.cpu_count()} cores, load average {load_before:.2f}; "
        "this load generator shares the cores with the server"
    )
    # Warm up: imports, first allocations, Redis scripts.
    await pairing_phase(services.url, 50, 1.0, 50)
    rss_before, redis_before = (
        proc_rss_kib(pid) if pid else None,
        redis_used_kib(services.redis_port),
    )
    t0 = time.perf_counter()
    waiting = await open_waiting(services.url, args.waiting, args.concurrency)
    open_s = time.perf_counter() - t0
    # The waiting connections live until the end: keep the cyclic GC from walking them
    # again and again, which slows this generator down, not the server.
    gc.freeze()
    await asyncio.sleep(1.0)  # let the server settle before reading its memory
    rss_after = proc_rss_kib(pid) if pid else None
    redis_after = redis_used_kib(services.redis_port)
    per_conn = None
    if rss_before is not None and rss_after is not None and waiting:
        per_conn = round((rss_after - rss_before) / len(waiting), 2)
    say(f"phase 1: {len(waiting)} helper apps registered and waiting ({open_s:.1f} s to open)")
    say(f"  server RSS {rss_before} KiB -> {rss_after} KiB: {per_conn} KiB per waiting connection")
    redis_per_room = None
    if redis_before is not None and redis_after is not None and waiting:
        redis_per_room = round((redis_after - redis_before) / len(waiting), 3)
        say(f"  redis used_memory {redis_before} -> {redis_after} KiB: {redis_per_room} KiB/room")

    cpu_before = proc_cpu_seconds(pid) if pid else None
    latencies, failed, skipped, elapsed = await pairing_phase(
        services.url, args.rate, args.duration, args.max_in_flight
    )
    cpu_after = proc_cpu_seconds(pid) if pid else None
    server_cpu = None
    if cpu_before is not None and cpu_after is not None:
        server_cpu = round(100 * (cpu_after - cpu_before) / elapsed, 1)
    rate = len(latencies) / elapsed if elapsed else 0.0
    p50, p95 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.95) * 1000
    say(
        f"phase 2: {len(latencies)} pairings in {elapsed:.1f} s = {rate:.0f}/s "
        f"(target {args.rate}/s; {failed} failed, {skipped} not started: too many in flight)"
    )
    say(f"  latency connect→paired→relayed: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    say(f"  server CPU during phase 2: {server_cpu}% of one core")
    still_open = sum(1 for client in waiting if not client.closed)
    say(f"  {still_open} of {len(waiting)} waiting helper apps still connected afterwards")
    for client in waiting:
        client.close()
    return {
        "mode": mode,
        "waiting_connections": len(waiting),
        "memory_kib_per_connection": per_conn,
        "pairings_per_s": round(rate, 1),
        "pair_latency_ms_p50": round(p50, 2),
        "pair_latency_ms_p95": round(p95, 2),
        "target_pairings_per_s": args.rate,
        "pairings": len(latencies),
        "pairings_failed": failed,
        "pairings_not_started": skipped,
        "waiting_still_connected": still_open,
        "server_cpu_percent": server_cpu,
        "redis_kib_per_room": redis_per_room,
        "cores": os.cpu_count(),
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "note": "load generator and server share the machine's cores",
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an existing server (loopback only)")
    parser.add_argument("--server-pid", type=int, help="its PID, to read its memory")
    parser.add_argument("--redis", action="store_true", help="start the server with Redis")
    parser.add_argument("--waiting", type=int, default=10_000, help="waiting helper apps")
    parser.add_argument("--rate", type=float, default=500, help="pairings started per second")
    parser.add_argument("--duration", type=float, default=10, help="seconds of pairing")
    parser.add_argument("--concurrency", type=int, default=200, help="connects in flight")
    parser.add_argument("--max-in-flight", type=int, default=1000, help="pairings in flight")
    parser.add_argument("--max-seconds", type=float, default=240, help="hard stop")
    args = parser.parse_args(argv)
    if not 0 < args.waiting <= MAX_WAITING:
        parser.error(f"--waiting must be 1..{MAX_WAITING}")
    if not 0 < args.rate <= MAX_RATE or not 0 < args.duration <= 60:
        parser.error(f"--rate must be up to {MAX_RATE} and --duration up to 60 s")
    if args.url and urlsplit(args.url).hostname not in LOOPBACK:
        parser.error("--url must point at this machine (loopback)")
    if args.url and args.redis:
        parser.error("--redis starts a server; leave it out with --url")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    fd_limit = raise_fd_limit(2 * args.waiting + 4 * args.max_in_flight + 256)
    needed = args.waiting + 2 * args.max_in_flight + 64
    if fd_limit < needed:
        say(f"warning: open-file limit {fd_limit} is below the {needed} this run may need")
    if args.url:
        services = Services(url=args.url, server_pid=args.server_pid)
    else:
        services = start_services(args, fd_limit)
    try:
        result = asyncio.run(asyncio.wait_for(run(args, services), args.max_seconds))
    finally:
        services.stop()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
