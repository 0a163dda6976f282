"""Half-open WebSocket handshakes count against the per-address limit (issue 15, item 4).

Raw TCP connections that never send the HTTP upgrade count from accept on, so one
address cannot hold hundreds of them open while it still registers; the server closes
them once the handshake timeout has passed.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from signaling.config import Config, Limits
from signaling.server import SignalingServer, start_server
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wire import receive, send

pytestmark = pytest.mark.security

LIMIT = 5
HANDSHAKE_TIMEOUT = 1.0
ATTACKER = "127.0.0.77"  # Linux answers all of 127.0.0.0/8 on lo
NEIGHBOUR = "127.0.1.78"  # another /24: not touched by the attacker's counts


def raw_half_open(port: int, source: str) -> socket.socket:
    """A TCP connection that never finishes the WebSocket handshake (half a request line)."""
    sock = socket.create_connection(("127.0.0.1", port), source_address=(source, 0))
    sock.sendall(b"GET /v1 HTTP/1.1\r\n")
    return sock


async def register_from(server: SignalingServer, source: str) -> dict[str, object]:
    """Register from `source`; the answer (or the refusal the server sent first)."""
    async with connect(server.url, local_addr=(source, 0)) as ws:
        with contextlib.suppress(ConnectionClosed):  # a refusal comes before any frame
            await send(ws, {"type": "register", "version": 1})
        return await receive(ws)


async def closed_by_server(sock: socket.socket, deadline: float) -> bool:
    """True once the server has closed `sock` (EOF or reset) before `deadline`."""
    sock.setblocking(False)
    loop = asyncio.get_running_loop()
    while time.monotonic() < deadline:
        try:
            async with asyncio.timeout(0.2):
                if await loop.sock_recv(sock, 1024) == b"":
                    return True
        except TimeoutError:
            continue
        except OSError:
            return True
    return False


def test_half_open_connections_count_at_once_and_close_after_the_handshake_timeout() -> None:
    """LIMIT raw sockets fill the address's quota at once; its register is refused; they close."""

    async def main() -> None:
        limits = Limits(connections_per_address=LIMIT, handshake_timeout=HANDSHAKE_TIMEOUT)
        server = await start_server(config=Config(limits=limits))
        sockets: list[socket.socket] = []
        try:
            opened = time.monotonic()
            sockets = [raw_half_open(server.port, ATTACKER) for _ in range(LIMIT)]
            await asyncio.sleep(0.1)  # accepted, not upgraded, well inside the timeout
            assert await register_from(server, ATTACKER) == {
                "type": "error",
                "code": "rate_limited",
            }
            assert (await register_from(server, NEIGHBOUR))["type"] == "registered"
            deadline = opened + HANDSHAKE_TIMEOUT + 2.0 * TIMEOUT_SCALE
            closed = await asyncio.gather(*(closed_by_server(s, deadline) for s in sockets))
            assert all(closed), "a half-open connection outlived the handshake timeout"
            assert time.monotonic() - opened >= HANDSHAKE_TIMEOUT * 0.9
            await asyncio.sleep(0.1)
            assert (await register_from(server, ATTACKER))["type"] == "registered"
        finally:
            for sock in sockets:
                sock.close()
            await server.close()

    asyncio.run(main())
