"""Raw clients of the signaling server: JSON frames over WebSocket, and plain HTTP GETs."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from signaling.config import Config
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


# Every test client connects from 127.0.0.1, so a server that tests pair through many
# times (the apps' suites, fuzzing) gets its per-address and per-prefix counts lifted
# through the ordinary configuration. Tests of the limits themselves keep real ones.
LIFTED_LIMITS: dict[str, int] = {
    name: 1_000_000
    for name in (
        "connections_per_address",
        "connections_per_prefix",
        "connections_per_wide_prefix",
        "claims_per_minute",
        "claims_per_minute_per_prefix",
        "claims_per_minute_per_wide_prefix",
        "registrations_per_minute",
        "registrations_per_minute_per_prefix",
        "registrations_per_minute_per_wide_prefix",
    )
}


def lifted_config(config: Config | None = None) -> Config:
    """`config` (default: the defaults) with the per-address and per-prefix counts lifted."""
    config = config or Config()
    return dataclasses.replace(config, limits=dataclasses.replace(config.limits, **LIFTED_LIMITS))


def lifted_env() -> dict[str, str]:
    """The same lifted counts as ASSIST_SIGNALING_LIMITS_* variables, for `python -m signaling`."""
    return {f"ASSIST_SIGNALING_LIMITS_{name.upper()}": str(n) for name, n in LIFTED_LIMITS.items()}
