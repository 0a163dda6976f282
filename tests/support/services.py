"""Real helper processes for the tests: redis-server and coturn on loopback (or, for the
restrictive-network tests, coturn inside a network namespace with TCP and TLS)."""

from __future__ import annotations

import contextlib
import functools
import os
import random
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.support.processes import stop
from tests.support.requires import needs
from tests.support.timing import TIMEOUT_SCALE

needs_redis = needs(
    "redis-server", shutil.which("redis-server") is not None, "apt-get install redis-server"
)
needs_turnserver = needs(
    "turnserver (coturn)", shutil.which("turnserver") is not None, "apt-get install coturn"
)


def quiet_port() -> int:
    """A port below the kernel's ephemeral range, free for both TCP and UDP a moment ago.

    coturn needs the same number for UDP and TCP. A port the kernel handed out for
    port 0 can be taken again at any moment by another test's client socket, so
    pick one the kernel never hands out by itself.
    """
    for _ in range(100):
        port = random.randint(20000, 32000)
        try:
            for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                with socket.socket(socket.AF_INET, kind) as probe:
                    probe.bind(("127.0.0.1", port))
        except OSError:
            continue
        return port
    raise OSError("no free port for both TCP and UDP between 20000 and 32000")


def wait_for_port(
    port: int,
    timeout: float = 5.0,
    failed: Callable[[], str] | None = None,
    host: str = "127.0.0.1",
) -> None:
    """Until something accepts TCP on the port; `failed` names a reason to stop early."""
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection((host, port), 0.2):
            return
        reason = failed() if failed is not None else ""
        if reason:
            raise TimeoutError(f"nothing listens on port {port}: {reason}")
        time.sleep(0.02)
    raise TimeoutError(f"nothing listens on port {port}")


def wait_for_stun(
    port: int,
    timeout: float = 5.0,
    failed: Callable[[], str] | None = None,
    host: str = "127.0.0.1",
) -> None:
    """Until a STUN Binding request over UDP to the port gets its answer."""
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    transaction = os.urandom(12)
    request = struct.pack("!HHI", 0x0001, 0, 0x2112A442) + transaction
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.settimeout(0.1)
        while time.monotonic() < deadline:
            probe.sendto(request, (host, port))
            with contextlib.suppress(OSError):
                answer = probe.recv(2048)
                if len(answer) >= 20 and answer[0:2] == b"\x01\x01" and answer[8:20] == transaction:
                    return
            reason = failed() if failed is not None else ""
            if reason:
                raise TimeoutError(f"no STUN answer on UDP port {port}: {reason}")
    raise TimeoutError(f"no STUN answer on UDP port {port}")


class RedisProcess:
    """One redis-server without persistence; can be stopped and started on the same port."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or quiet_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisProcess:
        self.process = subprocess.Popen(
            ["redis-server", "--save", "", "--appendonly", "no", "--port", str(self.port),
             "--bind", "127.0.0.1", "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
        self.process = None


@contextlib.contextmanager
def redis_server() -> Iterator[RedisProcess]:
    server = RedisProcess().start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Turn:
    port: int
    secret: str
    log_path: Path
    host: str = "127.0.0.1"
    tls_port: int | None = None

    def log(self) -> str:
        """coturn's log so far (it writes it from several threads, so read after a pause)."""
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    @property
    def urls(self) -> tuple[str, ...]:
        return (f"turn:{self.host}:{self.port}?transport=udp",)

    @property
    def every_url(self) -> tuple[str, ...]:
        """UDP first (as a server would list it), then TCP, then TLS if it listens on TLS."""
        urls = [*self.urls, f"turn:{self.host}:{self.port}?transport=tcp"]
        if self.tls_port is not None:
            urls.append(f"turns:{self.host}:{self.tls_port}?transport=tcp")
        return tuple(urls)


@dataclass(frozen=True)
class TurnTls:
    """A TLS listener for coturn: certificate and key files, and its port."""

    cert: Path
    key: Path
    port: int = 443


@contextlib.contextmanager
def coturn(
    secret: str = "test-shared-secret",
    *,
    host: str = "127.0.0.1",
    tls: TurnTls | None = None,
    wrap: Callable[[list[str]], list[str]] = lambda args: args,
) -> Iterator[Turn]:
    """coturn with `use-auth-secret` on loopback, everything in a temporary folder.

    `host` is the address it listens and relays on; `wrap` changes its command line (e.g.
    `ip netns exec NS ...` to run it inside a network namespace, `host` being an address
    there); `tls` adds a TLS listener (`turns:`).

    If coturn cannot bind its port (another program took it between our check and
    coturn's bind: coturn then retries the bind for ever), it is stopped and started
    again on another port. The error after the last try carries coturn's own words.
    """
    with tempfile.TemporaryDirectory(prefix="assist-coturn-") as folder:
        reasons = []
        for attempt in range(4):
            port = quiet_port()
            log_path = Path(folder) / f"turn-{attempt}.log"
            process = _start_coturn(Path(folder), port, secret, log_path, host, tls, wrap)
            try:
                failed = functools.partial(_coturn_failure, process, log_path)
                try:
                    wait_for_port(port, failed=failed, host=host)
                    wait_for_stun(port, failed=failed, host=host)
                    if tls is not None:
                        wait_for_port(tls.port, failed=failed, host=host)
                except TimeoutError as error:
                    reasons.append(f"{error}; coturn's log ends: {_tail(log_path)}")
                    continue
                yield Turn(port, secret, log_path, host, tls.port if tls else None)
                return
            finally:
                stop(process)
        raise TimeoutError("coturn did not start: " + " | ".join(reasons))


def _start_coturn(
    folder: Path,
    port: int,
    secret: str,
    log_path: Path,
    host: str,
    tls: TurnTls | None,
    wrap: Callable[[list[str]], list[str]],
) -> subprocess.Popen[bytes]:
    config = folder / "turnserver.conf"
    if tls is None:
        tls_lines = ["no-tls"]
    else:
        tls_lines = [f"tls-listening-port={tls.port}", f"cert={tls.cert}", f"pkey={tls.key}"]
    config.write_text(
        "\n".join(
            [
                f"listening-port={port}",
                f"listening-ip={host}",
                f"relay-ip={host}",
                "min-port=49152",
                "max-port=65535",
                "allow-loopback-peers",
                "use-auth-secret",
                f"static-auth-secret={secret}",
                "realm=assist.test",
                "fingerprint",
                "no-cli",
                *tls_lines,
                "no-dtls",
                "no-multicast-peers",
                f"pidfile={folder}/turnserver.pid",
                f"userdb={folder}/turndb",
                f"log-file={log_path}",
                "simple-log",
                "no-stdout-log",
            ]
        )
        + "\n"
    )
    return subprocess.Popen(
        wrap(["turnserver", "-c", str(config)]),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=folder,
    )


def _coturn_failure(process: subprocess.Popen[bytes], log_path: Path) -> str:
    if process.poll() is not None:
        return f"coturn exited with {process.returncode}"
    try:
        log = log_path.read_text(errors="replace")
    except OSError:
        return ""
    return "coturn cannot bind its port" if "Cannot bind" in log else ""


def _tail(path: Path, size: int = 600) -> str:
    try:
        return path.read_text(errors="replace")[-size:].replace("\n", " / ")
    except OSError:
        return "(no log)"
