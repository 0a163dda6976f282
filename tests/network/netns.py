"""A restrictive network the tests make: a network namespace holding the TURN server
(coturn with UDP, TCP and TLS on port 443), joined to this namespace by a veth pair, and
nftables rules in it that drop every UDP packet on that veth, both ways. This process
(the apps' side) then reaches coturn over TCP or TLS only, as on a hospital or library
network that blocks UDP. The kernel here has no netem; nftables drops are enough.
"""

from __future__ import annotations

import datetime
import ipaddress
import itertools
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.services import Turn, TurnTls, coturn
from tests.support.timing import TIMEOUT_SCALE

_numbers = itertools.count(1)
TABLE = "assistnet"


def _run(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        args, input=stdin, check=True, capture_output=True, text=True, timeout=20 * TIMEOUT_SCALE
    )
    return done.stdout


def can_make_namespaces() -> tuple[bool, str]:
    """(True, "") when this process can make namespaces, veth pairs and nftables rules."""
    if os.geteuid() != 0:
        return False, "needs root for ip netns"
    for tool, package in (("ip", "iproute2"), ("nft", "nftables")):
        if shutil.which(tool) is None:
            return False, f"{tool} ({package}) is missing"
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

    def drop_udp(self) -> None:
        """From now on every UDP packet on the veth is dropped (and counted), both ways."""
        rules = (
            f"table inet {TABLE} {{\n"
            " chain input { type filter hook input priority -10; policy accept;\n"
            f'  iifname "{self.veth_inside}" meta l4proto udp counter drop\n }}\n'
            " chain output { type filter hook output priority -10; policy accept;\n"
            f'  oifname "{self.veth_inside}" meta l4proto udp counter drop\n }}\n'
            "}\n"
        )
        _run(*self.exec_args("nft", "-f", "-"), stdin=rules)

    def udp_dropped(self) -> int:
        """UDP packets dropped so far on the veth (both ways)."""
        listing = _run(*self.exec_args("nft", "list", "table", "inet", TABLE))
        return sum(int(n) for n in re.findall(r"counter packets (\d+)", listing))


def _free_subnet(first: int) -> int:
    """A 10.232.x.0/24 no interface here uses yet: another process's namespace with the
    same subnet would take our packets' route."""
    used = subprocess.run(["ip", "-o", "-4", "addr", "show"], capture_output=True,
                          text=True, timeout=20).stdout  # fmt: skip
    for step in range(200):
        subnet = (first + step) % 200 + 20
        if f" 10.232.{subnet}." not in used:
            return subnet
    raise RuntimeError("no free 10.232.x.0/24 subnet for a test namespace")


@contextmanager
def namespace() -> Iterator[Namespace]:
    n = next(_numbers)
    tag = f"{os.getpid() % 10000}y{n}"
    subnet = _free_subnet((os.getpid() * 7 + n) % 200)
    ns = Namespace(
        name=f"asnet{tag}",
        veth_root=f"asnr{tag}",
        veth_inside=f"asni{tag}",
        root_address=f"10.232.{subnet}.1",
        inside_address=f"10.232.{subnet}.2",
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
        subprocess.run(
            ["ip", "link", "del", ns.veth_root], capture_output=True, timeout=20 * TIMEOUT_SCALE
        )
        subprocess.run(
            ["ip", "netns", "del", ns.name], capture_output=True, timeout=20 * TIMEOUT_SCALE
        )


def self_signed(folder: Path, address: str) -> tuple[Path, Path]:
    """A fresh certificate for `address` (an IP), and its key: (cert.pem, key.pem).

    The test trusts it through SSL_CERT_FILE, the way a system trusts a real TURN
    server's certificate; nothing in the apps turns certificate checks off."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, address)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(address))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "turn-cert.pem", folder / "turn-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


@dataclass
class BlockedNetwork:
    """coturn in its namespace (UDP, TCP, TLS on 443) with UDP dropped on the way to it."""

    ns: Namespace
    turn: Turn
    cert: Path


@contextmanager
def udp_blocked_turn(folder: Path, secret: str = "test-shared-secret") -> Iterator[BlockedNetwork]:
    """Start coturn inside a fresh namespace, check it answers (STUN over UDP too), then
    drop all UDP between it and this namespace."""
    with namespace() as ns:
        cert, key = self_signed(folder, ns.inside_address)
        tls = TurnTls(cert, key, 443)
        with coturn(
            secret, host=ns.inside_address, tls=tls, wrap=lambda a: ns.exec_args(*a)
        ) as turn:
            ns.drop_udp()
            yield BlockedNetwork(ns, turn, cert)
