"""Real helper processes for the signaling tests: redis-server and coturn on loopback."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SCALE = float(os.environ.get("ASSIST_TEST_TIMEOUT_SCALE", "1"))

needs_redis = pytest.mark.skipif(
    shutil.which("redis-server") is None,
    reason="redis-server is not installed (apt-get install redis-server)",
)
needs_turnserver = pytest.mark.skipif(
    shutil.which("turnserver") is None,
    reason="turnserver (coturn) is not installed (apt-get install coturn)",
)


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    """A port that was free on 127.0.0.1 a moment ago (for programs that cannot take 0)."""
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout * SCALE
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.02)
    raise TimeoutError(f"nothing listens on port {port}")


class RedisProcess:
    """One redis-server without persistence; can be stopped and started on the same port."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
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
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
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

    def log(self) -> str:
        """coturn's log so far (it writes it from several threads, so read after a pause)."""
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    @property
    def urls(self) -> tuple[str, ...]:
        return (f"turn:127.0.0.1:{self.port}?transport=udp",)


@contextlib.contextmanager
def coturn(secret: str = "test-shared-secret") -> Iterator[Turn]:
    """coturn with `use-auth-secret` on loopback, everything in a temporary folder."""
    port = free_port(socket.SOCK_DGRAM)
    with tempfile.TemporaryDirectory(prefix="assist-coturn-") as folder:
        config = Path(folder) / "turnserver.conf"
        config.write_text(
            "\n".join(
                [
                    f"listening-port={port}",
                    "listening-ip=127.0.0.1",
                    "relay-ip=127.0.0.1",
                    "min-port=49152",
                    "max-port=65535",
                    "allow-loopback-peers",
                    "use-auth-secret",
                    f"static-auth-secret={secret}",
                    "realm=assist.test",
                    "fingerprint",
                    "no-cli",
                    "no-tls",
                    "no-dtls",
                    "no-multicast-peers",
                    f"pidfile={folder}/turnserver.pid",
                    f"userdb={folder}/turndb",
                    f"log-file={folder}/turn.log",
                    "simple-log",
                    "no-stdout-log",
                ]
            )
            + "\n"
        )
        process = subprocess.Popen(
            ["turnserver", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=folder,
        )
        try:
            wait_for_port(port)  # coturn listens on TCP on the same port as UDP
            yield Turn(port, secret, Path(folder) / "turn.log")
        finally:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
