"""Network namespaces the fault tests create: one veth pair to this (root) namespace,
and nftables rules in the namespace that drop every packet on it (no FIN, no RST: the
packets just stop), or only UDP. The kernel here has no netem (STACK-NOTES "Shaping a link")."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

_numbers = itertools.count(1)


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, timeout=20)


def can_make_namespaces() -> tuple[bool, str]:
    if os.geteuid() != 0:
        return False, "needs root for ip netns"
    if shutil.which("ip") is None:
        return False, "ip (iproute2) is missing"
    if shutil.which("nft") is None:
        return False, "nft (nftables) is missing"
    return True, ""


@dataclass
class Namespace:
    name: str
    veth_root: str
    veth_inside: str
    root_address: str
    inside_address: str

    def exec_args(self, *args: str) -> list[str]:
        return ["ip", "netns", "exec", self.name, *args]

    def drop(self, only_udp: bool = False) -> None:
        """From now on every packet (or every UDP packet) on the veth is dropped, both ways."""
        match = "meta l4proto udp " if only_udp else ""
        rules = (
            "table inet faults {\n"
            " chain input { type filter hook input priority -10; policy accept;\n"
            f'  iifname "{self.veth_inside}" {match}drop\n }}\n'
            " chain output { type filter hook output priority -10; policy accept;\n"
            f'  oifname "{self.veth_inside}" {match}drop\n }}\n'
            "}\n"
        )
        subprocess.run(
            self.exec_args("nft", "-f", "-"), input=rules.encode(), check=True,
            capture_output=True, timeout=20,
        )  # fmt: skip

    def move_inside_address(self) -> None:
        """The namespace's end gets a new address (as on a new network); the old one goes."""
        old = self.inside_address
        prefix, last = old.rsplit(".", 1)
        self.inside_address = f"{prefix}.{int(last) + 1}"
        # Deleting first: a second address in the subnet would go with the first one.
        _run(*self.exec_args("ip", "addr", "del", f"{old}/24", "dev", self.veth_inside))
        new = f"{self.inside_address}/24"
        _run(*self.exec_args("ip", "addr", "add", new, "dev", self.veth_inside))

    def move_root_address(self) -> None:
        """This (root) namespace's end of the veth gets a new address: the helper app,
        which runs here, is on a new network; the old address goes."""
        old = self.root_address
        prefix, last = old.rsplit(".", 1)
        self.root_address = f"{prefix}.{int(last) + 10}"
        _run("ip", "addr", "del", f"{old}/24", "dev", self.veth_root)
        _run("ip", "addr", "add", f"{self.root_address}/24", "dev", self.veth_root)

    def restore(self) -> None:
        _run(*self.exec_args("nft", "delete", "table", "inet", "faults"))


def _free_subnet(first: int) -> int:
    """A 10.231.x.0/24 no interface here uses yet: another process's namespace (a soak
    bench, a second test run) with the same subnet would take our packets' route."""
    used = subprocess.run(["ip", "-o", "-4", "addr", "show"], capture_output=True,
                          text=True, timeout=20).stdout  # fmt: skip
    for step in range(150):
        subnet = 100 + (first - 100 + step) % 150
        if f" 10.231.{subnet}." not in used:
            return subnet
    raise RuntimeError("no free 10.231.x.0/24 subnet for a test namespace")


@contextmanager
def namespace() -> Iterator[Namespace]:
    n = next(_numbers)
    tag = f"{os.getpid() % 10000}x{n}"
    subnet = _free_subnet(100 + (os.getpid() + n) % 150)
    ns = Namespace(
        name=f"asfault{tag}",
        veth_root=f"asfr{tag}",
        veth_inside=f"asfi{tag}",
        root_address=f"10.231.{subnet}.1",
        inside_address=f"10.231.{subnet}.2",
    )
    _run("ip", "netns", "add", ns.name)
    try:
        _run("ip", "link", "add", ns.veth_root, "type", "veth", "peer", "name", ns.veth_inside)
        _run("ip", "link", "set", ns.veth_inside, "netns", ns.name)
        _run("ip", "addr", "add", f"{ns.root_address}/24", "dev", ns.veth_root)
        _run("ip", "link", "set", ns.veth_root, "up")
        _run(*ns.exec_args("ip", "addr", "add", f"{ns.inside_address}/24", "dev", ns.veth_inside))
        _run(*ns.exec_args("ip", "link", "set", ns.veth_inside, "up"))
        _run(*ns.exec_args("ip", "link", "set", "lo", "up"))
        yield ns
    finally:
        subprocess.run(["ip", "link", "del", ns.veth_root], capture_output=True, timeout=20)
        subprocess.run(["ip", "netns", "del", ns.name], capture_output=True, timeout=20)
