#!/usr/bin/env python3
"""A shaped link between two network namespaces: rate, one-way delay and random loss.

This kernel has no `netem` ("Specified qdisc kind is unknown"), so added delay cannot
come from tc. Instead each namespace gets a TUN device and this process is the wire
between them: it reads every IP packet leaving one namespace, and writes it into the
other after

- **loss**: dropped with probability `loss` (seeded, independent per packet);
- **rate**: a drop-tail bottleneck queue, packets leave it at `rate_bps` (like
  `tc tbf ... latency 400ms`: a packet that would wait longer than `queue_ms` is
  dropped);
- **delay**: held `rtt_ms / 2` more in each direction.

Addresses are loopback-range only (127.0.1.1 home user side, 127.0.1.2 supporter
side) with `route_localnet`, inside namespaces this script creates and deletes; aioice
skips only 127.0.0.1 itself, so WebRTC gathers them as host candidates.

Needs root (ip netns, /dev/net/tun). Usage as a library:

    with ShapedLink(rate_bps=5e6, rtt_ms=0, loss=0.0) as link:
        subprocess.run(link.exec_in("home") + ["ping", "-c1", link.address("supporter")])

or `python bench/link_shaper.py --check` to test the link with ping.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import fcntl
import heapq
import os
import random
import select
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
CLONE_NEWNET = 0x40000000
ADDRESSES = {"home": "127.0.1.1", "supporter": "127.0.1.2"}


@dataclass
class Direction:
    """One way of the link: its bottleneck queue and counters."""

    rate_bps: float
    delay_s: float
    loss: float
    queue_s: float
    free_at: float = 0.0
    bytes_sent: int = 0
    packets: int = 0
    lost: int = 0
    queue_drops: int = 0
    counters: list[tuple[float, int]] = field(default_factory=list)

    def schedule(self, size: int, now: float, rng: random.Random) -> float | None:
        """When the packet reaches the far side, or None if it is lost or dropped."""
        self.packets += 1
        if self.loss and rng.random() < self.loss:
            self.lost += 1
            return None
        start = max(now, self.free_at)
        if self.rate_bps and start - now > self.queue_s:
            self.queue_drops += 1
            return None
        self.free_at = start + (size * 8 / self.rate_bps if self.rate_bps else 0.0)
        self.bytes_sent += size
        return self.free_at + self.delay_s


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _open_tun_in(netns: str, name: str) -> int:
    """Create TUN device `name` inside named network namespace `netns`; return its fd."""
    libc = ctypes.CDLL(None, use_errno=True)
    own = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    target = os.open(f"/run/netns/{netns}", os.O_RDONLY)
    try:
        if libc.setns(target, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "setns")
        fd = os.open("/dev/net/tun", os.O_RDWR)
        fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    finally:
        libc.setns(own, CLONE_NEWNET)
        os.close(own)
        os.close(target)
    os.set_blocking(fd, False)
    return fd


class ShapedLink:
    """Two namespaces (home, supporter) joined by a shaped userspace wire."""

    def __init__(
        self, rate_bps: float = 0.0, rtt_ms: float = 0.0, loss: float = 0.0,
        queue_ms: float = 400.0, seed: int = 1,
    ) -> None:  # fmt: skip
        tag = f"{os.getpid() % 100000}"
        self.names = {"home": f"assist-h{tag}", "supporter": f"assist-s{tag}"}
        self.ways = {
            side: Direction(rate_bps, rtt_ms / 2000, loss, queue_ms / 1000)
            for side in ("home", "supporter")  # keyed by the sending side
        }
        self._rng = random.Random(seed)
        self._fds: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def address(self, side: str) -> str:
        return ADDRESSES[side]

    def exec_in(self, side: str) -> list[str]:
        return ["ip", "netns", "exec", self.names[side]]

    def __enter__(self) -> ShapedLink:
        try:
            for side, ns in self.names.items():
                _run(["ip", "netns", "add", ns])
                _run(["ip", "-n", ns, "link", "set", "lo", "up"])
                # lo claims all of 127/8 as local; keep only 127.0.0.1 so the far side's
                # 127.0.1.x is reached through the wire, not looped back.
                _run(["ip", "-n", ns, "addr", "del", "127.0.0.1/8", "dev", "lo"])
                _run(["ip", "-n", ns, "addr", "add", "127.0.0.1/32", "dev", "lo"])
                self._fds[side] = _open_tun_in(ns, "shaped0")
                other = ADDRESSES["supporter" if side == "home" else "home"]
                for command in (
                    # `ip` gives 127/8 addresses host scope, unusable as a source: say global.
                    ["ip", "-n", ns, "addr", "add", f"{ADDRESSES[side]}/32", "dev", "shaped0",
                     "scope", "global"],
                    ["ip", "-n", ns, "link", "set", "shaped0", "up", "mtu", "1500"],
                    ["ip", "-n", ns, "route", "add", f"{other}/32", "dev", "shaped0",
                     "src", ADDRESSES[side]],
                    ["ip", "netns", "exec", ns, "sysctl", "-qw",
                     "net.ipv4.conf.all.route_localnet=1",
                     "net.ipv4.conf.shaped0.route_localnet=1"],
                ):  # fmt: skip
                    _run(command)
        except BaseException:
            self.close()
            raise
        self._thread = threading.Thread(target=self._forward, name="shaped-link", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()
        for ns in self.names.values():
            subprocess.run(["ip", "netns", "del", ns], stderr=subprocess.DEVNULL)

    def bytes_from(self, side: str) -> int:
        """IP bytes that crossed the link from `side` (after loss and queue drops)."""
        return self.ways[side].bytes_sent

    def stats(self) -> dict[str, dict[str, int]]:
        return {
            side: {"bytes": w.bytes_sent, "packets": w.packets, "lost": w.lost,
                   "queue_drops": w.queue_drops}
            for side, w in self.ways.items()
        }  # fmt: skip

    def _forward(self) -> None:
        fds = self._fds
        side_of = {fd: side for side, fd in fds.items()}
        pending: list[tuple[float, int, int, bytes]] = []  # (when, order, out_fd, packet)
        order = 0
        while not self._stop.is_set():
            timeout = 0.05
            if pending:
                timeout = max(0.0, min(timeout, pending[0][0] - time.monotonic()))
            readable, _, _ = select.select(list(fds.values()), [], [], timeout)
            now = time.monotonic()
            for fd in readable:
                side = side_of[fd]
                out = fds["supporter" if side == "home" else "home"]
                for _ in range(64):
                    try:
                        packet = os.read(fd, 65536)
                    except BlockingIOError:
                        break
                    when = self.ways[side].schedule(len(packet), now, self._rng)
                    if when is not None:
                        heapq.heappush(pending, (when, order, out, packet))
                        order += 1
            now = time.monotonic()
            while pending and pending[0][0] <= now:
                _, _, out, packet = heapq.heappop(pending)
                with contextlib.suppress(OSError):  # the far side went away
                    os.write(out, packet)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=1e6)
    parser.add_argument("--rtt-ms", type=float, default=200.0)
    parser.add_argument("--loss", type=float, default=0.02)
    parser.add_argument("--check", action="store_true", help="ping across the link")
    args = parser.parse_args()
    with ShapedLink(args.rate, args.rtt_ms, args.loss) as link:
        result = subprocess.run(
            link.exec_in("home") + ["ping", "-c", "20", "-i", "0.05", link.address("supporter")],
            capture_output=True, text=True,
        )  # fmt: skip
        print(result.stdout[-300:], link.stats())
    return 0


if __name__ == "__main__":
    sys.exit(main())
