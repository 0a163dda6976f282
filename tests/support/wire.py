"""Raw clients of the signaling server: JSON frames over WebSocket, and plain HTTP GETs."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from signaling.server import SignalingServer, serve_signaling
from tests.support.timing import TIMEOUT_SCALE

TIMEOUT = 5.0 * TIMEOUT_SCALE


def run(test: Callable[[SignalingServer], Awaitable[None]], **options: object) -> None:
    """Run `test` against a fresh server on a free port, with an overall deadline."""

    async def main() -> None:
        async with serve_signaling(**options) as server:  # type: ignore[arg-type]
            async with asyncio.timeout(TIMEOUT):
                await test(server)

    asyncio.run(main())


async def send(ws: ClientConnection, message: dict[str, object]) -> None:
    await ws.send(json.dumps(message))


async def receive(ws: ClientConnection) -> dict[str, object]:
    message = json.loads(await ws.recv())
    assert isinstance(message, dict)
    return message


async def assert_closed(ws: ClientConnection) -> None:
    with pytest.raises(ConnectionClosed):
        await ws.recv()


async def pair(server: SignalingServer) -> tuple[ClientConnection, ClientConnection, str]:
    """A helper app registers and a supporter claims its nameplate: (home, supporter, nameplate)."""
    home = await connect(server.url)
    await send(home, {"type": "register", "version": 1})
    registered = await receive(home)
    assert registered["type"] == "registered"
    nameplate = str(registered["nameplate"])
    supporter = await connect(server.url)
    await send(supporter, {"type": "claim", "version": 1, "nameplate": nameplate})
    assert await receive(supporter) == {"type": "claimed"}
    assert await receive(home) == {"type": "joined"}
    return home, supporter, nameplate


async def http_get(port: int, path: str) -> tuple[str, str]:
    """GET `path` on the server's port: (status line, body)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    response = (await reader.read()).decode()
    writer.close()
    head, _, body = response.partition("\r\n\r\n")
    return head.splitlines()[0], body
