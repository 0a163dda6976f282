"""The malicious relay wraps either room backend: it sees, rewrites and injects frames alike.

Raw WebSocket clients stand in for the apps, so this runs without a display; the live
attacks on the real apps are in test_malicious_relay.py.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator

import pytest
from websockets.asyncio.client import ClientConnection

from signaling.config import Config
from tests.support.relay import HOME, SUPPORTER, Frame, MaliciousRelay, serve_through_relay
from tests.support.services import needs_redis, redis_server
from tests.support.wire import TIMEOUT, pair, receive, send

pytestmark = pytest.mark.security


@pytest.fixture(params=["memory", pytest.param("redis", marks=needs_redis)])
def config(request: pytest.FixtureRequest) -> Iterator[Config]:
    """A server configuration with rooms in memory, or in a fresh redis-server."""
    if request.param == "memory":
        yield Config()
        return
    with redis_server() as redis:
        yield Config(redis_url=redis.url, redis_heartbeat=0.6)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


async def relayed(ws: ClientConnection) -> bytes:
    message = await receive(ws)
    assert message["type"] == "relay", message
    return base64.b64decode(str(message["body"]))


def test_honest_relay_records_every_frame_by_sender(config: Config) -> None:
    """Without a plan the frames pass unchanged, and the relay knows who sent each one."""

    async def main() -> None:
        server, relay = await serve_through_relay(config=config)
        try:
            async with asyncio.timeout(TIMEOUT):
                home, supporter, _ = await pair(server)
                await send(home, {"type": "relay", "body": b64(b"\x01from home")})
                assert await relayed(supporter) == b"\x01from home"
                await send(supporter, {"type": "relay", "body": b64(b"\x02from supporter")})
                assert await relayed(home) == b"\x02from supporter"
                await send(home, {"type": "relay", "body": b64(b"\x03again")})
                assert await relayed(supporter) == b"\x03again"
                await home.close()
                await supporter.close()
        finally:
            await server.close()
        assert relay.frames == [
            Frame(HOME, 0, b"\x01from home"),
            Frame(SUPPORTER, 0, b"\x02from supporter"),
            Frame(HOME, 1, b"\x03again"),
        ]
        assert [f.kind for f in relay.frames] == ["PAKE", "CONFIRM", "SEALED"]
        assert server.relay_log == [b64(b"\x01from home"), b64(b"\x02from supporter"),
                                    b64(b"\x03again")]  # fmt: skip
        assert server.metrics.pairings == 1  # the server's observer still reaches the rooms

    asyncio.run(main())


def test_plan_rewrites_reflects_and_injects(config: Config) -> None:
    """A plan's deliveries replace the frame: changed, sent back to its sender, or added."""

    def plan(frame: Frame, relay: MaliciousRelay) -> list[tuple[str, bytes]]:
        if frame.sender == HOME:
            return [(SUPPORTER, frame.body[::-1]), (HOME, frame.body)]  # changed + reflected
        return []  # the supporter's frames are dropped

    async def main() -> None:
        server, relay = await serve_through_relay(plan, config=config)
        try:
            async with asyncio.timeout(TIMEOUT):
                home, supporter, _ = await pair(server)
                await send(supporter, {"type": "relay", "body": b64(b"dropped")})
                await send(home, {"type": "relay", "body": b64(b"abc")})
                assert await relayed(supporter) == b"cba"
                assert await relayed(home) == b"abc"  # the supporter's frame never came
                relay.inject(SUPPORTER, b"injected")
                assert await relayed(supporter) == b"injected"
                await home.close()
                await supporter.close()
        finally:
            await server.close()
        assert [f.body for f in relay.frames] == [b"dropped", b"abc"]
        assert relay.delivered == [(SUPPORTER, b"cba"), (HOME, b"abc"), (SUPPORTER, b"injected")]

    asyncio.run(main())
