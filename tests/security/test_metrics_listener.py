"""/metrics lives on its own loopback listener, never on the public port (issue 15, item 1).

On the public port it showed every room opening the moment it happened, which told an
attacker when to claim. `--metrics-host` / `--metrics-port` are contracts.
"""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from signaling.config import Config
from tests.support import REPO
from tests.support.processes import stop
from tests.support.wire import http_get, pair, run

pytestmark = pytest.mark.security


def test_public_port_has_no_metrics_and_the_metrics_listener_is_loopback() -> None:
    """GET /metrics on the public port shows no counters; the separate loopback port does."""

    async def scenario(server) -> None:  # type: ignore[no-untyped-def]
        await pair(server)
        status, body = await http_get(server.port, "/metrics")
        assert status != "HTTP/1.1 200 OK" and "assist_signaling_" not in body
        assert server.metrics_port not in (0, server.port)
        # Bound to 127.0.0.1 only: another loopback address (or any other) finds nothing.
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.2", server.metrics_port), timeout=2).close()
        status, body = await http_get(server.metrics_port, "/metrics")
        assert status == "HTTP/1.1 200 OK" and "assist_signaling_pairings_total 1" in body

    run(scenario)


def test_metrics_can_be_turned_off() -> None:
    """metrics_port -1: no listener at all."""

    async def scenario(server) -> None:  # type: ignore[no-untyped-def]
        assert server.metrics_port == 0

    run(scenario, config=Config(metrics_port=-1))


@pytest.mark.parametrize(
    ("flags", "expected"),
    [([], "metrics on http://127.0.0.1:"), (["--metrics-port", "-1"], None)],
)
def test_command_line_metrics_flags(flags: list[str], expected: str | None) -> None:
    """`python -m signaling` prints where /metrics listens, or nothing when it is off."""
    process = subprocess.Popen(
        [sys.executable, "-m", "signaling", "--port", "0", "--log-level", "WARNING", *flags],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("listening on ws://127.0.0.1:")
        if expected is None:
            assert stop(process, timeout=10) == 0
            assert process.stdout.read() == ""
        else:
            assert process.stdout.readline().startswith(expected)
    finally:
        stop(process)
