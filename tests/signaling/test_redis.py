"""Scale-out on Redis: several server instances share rooms through real redis-server processes."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from signaling.config import Config, Limits
from signaling.server import SignalingServer, start_server
from tests.support import REPO
from tests.support.processes import stop_async
from tests.support.services import RedisProcess, needs_redis, redis_server
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wire import LIFTED_LIMITS, assert_closed, http_get, receive, send

pytestmark = needs_redis
TIMEOUT = 10.0 * TIMEOUT_SCALE
HEARTBEAT = 0.6


def config_for(redis: RedisProcess, **limits: float) -> Config:
    return Config(redis_url=redis.url, redis_heartbeat=HEARTBEAT, limits=Limits(**limits))  # type: ignore[arg-type]


def run_with_instances(
    count: int,
    test: Callable[[RedisProcess, list[SignalingServer]], Awaitable[None]],
    *,
    lifted: bool = False,
) -> None:
    """Start redis-server and `count` server instances on it, then run `test`."""

    async def main(redis: RedisProcess) -> None:
        limits = LIFTED_LIMITS if lifted else {}
        servers = [await start_server(config=config_for(redis, **limits)) for _ in range(count)]
        try:
            async with asyncio.timeout(TIMEOUT):
                await test(redis, servers)
        finally:
            for server in servers:
                await server.close()

    with redis_server() as redis:
        asyncio.run(main(redis))


async def register(url: str) -> tuple[ClientConnection, str]:
    home = await connect(url)
    await send(home, {"type": "register", "version": 1})
    registered = await receive(home)
    assert registered["type"] == "registered", registered
    return home, str(registered["nameplate"])


async def claim(url: str, nameplate: str) -> ClientConnection:
    supporter = await connect(url)
    await send(supporter, {"type": "claim", "version": 1, "nameplate": nameplate})
    assert await receive(supporter) == {"type": "claimed"}
    return supporter


async def pair_across(
    home_url: str, supporter_url: str
) -> tuple[ClientConnection, ClientConnection, str]:
    home, nameplate = await register(home_url)
    supporter = await claim(supporter_url, nameplate)
    assert await receive(home) == {"type": "joined"}
    return home, supporter, nameplate


async def relay_both_ways(home: ClientConnection, supporter: ClientConnection) -> None:
    await send(home, {"type": "relay", "body": "aG9tZQ=="})
    assert await receive(supporter) == {"type": "relay", "body": "aG9tZQ=="}
    await send(supporter, {"type": "relay", "body": "c3VwcG9ydGVy"})
    assert await receive(home) == {"type": "relay", "body": "c3VwcG9ydGVy"}


def test_pairing_and_relay_across_two_instances() -> None:
    """A helper app on instance A and a supporter app on instance B pair, relay and close."""

    async def scenario(redis: RedisProcess, servers: list[SignalingServer]) -> None:
        a, b = servers
        home, supporter, nameplate = await pair_across(a.url, b.url)
        assert len(nameplate) == 4
        await relay_both_ways(home, supporter)
        await send(supporter, {"type": "close", "reason": "stopped"})
        assert await receive(home) == {"type": "peer_left", "reason": "stopped"}
        await assert_closed(home)
        # Nameplates are global: the freed one is the smallest again, on either instance.
        again, nameplate_again = await register(b.url)
        assert len(nameplate_again) == 4
        assert a.metrics.relayed_frames == 1 and b.metrics.relayed_frames == 1
        assert a.metrics.rooms_opened == 1 and b.metrics.pairings == 1
        await again.close()

    run_with_instances(2, scenario)


def test_nameplates_are_unique_across_instances() -> None:
    """Helper apps registering on different instances never get the same nameplate."""

    async def scenario(redis: RedisProcess, servers: list[SignalingServer]) -> None:
        results = await asyncio.gather(*(register(servers[i % 2].url) for i in range(20)))
        nameplates = [nameplate for _, nameplate in results]
        assert len(set(nameplates)) == 20
        # 4 digits while fewer than 9 rooms wait (1 in 1,000 numbers is live), then 5.
        assert all(len(n) in (4, 5) and n.isdigit() and n[0] != "0" for n in nameplates)
        for ws, _ in results:
            await ws.close()

    run_with_instances(2, scenario, lifted=True)


def test_claim_errors_across_instances() -> None:
    """unknown_code, room_full and peer_left work when the room lives on another instance."""

    async def scenario(redis: RedisProcess, servers: list[SignalingServer]) -> None:
        a, b = servers
        stranger = await connect(b.url)
        await send(stranger, {"type": "claim", "version": 1, "nameplate": "4242"})
        assert await receive(stranger) == {"type": "error", "code": "unknown_code"}
        home, supporter, nameplate = await pair_across(a.url, b.url)
        third = await connect(a.url)
        await send(third, {"type": "claim", "version": 1, "nameplate": nameplate})
        assert await receive(third) == {"type": "error", "code": "room_full"}
        await home.close()
        assert await receive(supporter) == {"type": "peer_left", "reason": "disconnected"}

    run_with_instances(2, scenario)


def test_code_expires_in_redis_mode() -> None:
    """A waiting helper app gets code_expired and a late claim on another instance finds nothing."""

    async def main(redis: RedisProcess) -> None:
        config = config_for(redis, code_lifetime=0.3)
        a = await start_server(config=config, expire_interval=0.05)
        b = await start_server(config=config, expire_interval=0.05)
        try:
            async with asyncio.timeout(TIMEOUT):
                home, nameplate = await register(a.url)
                assert await receive(home) == {"type": "error", "code": "code_expired"}
                late = await connect(b.url)
                await send(late, {"type": "claim", "version": 1, "nameplate": nameplate})
                assert await receive(late) == {"type": "error", "code": "unknown_code"}
                assert a.metrics.codes_expired == 1
        finally:
            await a.close()
            await b.close()

    with redis_server() as redis:
        asyncio.run(main(redis))


def test_claims_are_rate_limited_across_instances() -> None:
    """The claim limit per address counts claims on every instance together."""

    async def main(redis: RedisProcess) -> None:
        config = config_for(redis, claims_per_minute=3)
        a = await start_server(config=config)
        b = await start_server(config=config)
        try:
            async with asyncio.timeout(TIMEOUT):
                codes = []
                for i in range(4):
                    ws = await connect((a if i % 2 else b).url)
                    await send(ws, {"type": "claim", "version": 1, "nameplate": "4242"})
                    codes.append((await receive(ws))["code"])
                assert codes == ["unknown_code"] * 3 + ["rate_limited"]
        finally:
            await a.close()
            await b.close()

    with redis_server() as redis:
        asyncio.run(main(redis))


def test_killed_instance_loses_only_its_own_connections() -> None:
    """SIGKILL of one instance mid-pairing: its peers get peer_left, every other room goes on."""

    async def main(redis: RedisProcess) -> None:
        env = os.environ | {
            "ASSIST_SIGNALING_REDIS_URL": redis.url,
            "ASSIST_SIGNALING_REDIS_HEARTBEAT": str(HEARTBEAT),
        }
        doomed = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "signaling", "--port", "0", cwd=REPO, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        survivor = await start_server(config=config_for(redis))
        try:
            async with asyncio.timeout(TIMEOUT):
                assert doomed.stdout is not None
                doomed_url = (await doomed.stdout.readline()).decode().split()[-1]
                # Room 1000: helper app on the doomed instance, supporter on the survivor,
                # in the middle of pairing (one relayed frame each way).
                home_1, supporter_1, _ = await pair_across(doomed_url, survivor.url)
                await relay_both_ways(home_1, supporter_1)
                # Room 1001: supporter on the doomed instance.
                home_2, supporter_2, _ = await pair_across(survivor.url, doomed_url)
                # Room 1002: both on the survivor. Room 1003: waiting on the survivor.
                home_3, supporter_3, _ = await pair_across(survivor.url, survivor.url)
                home_4, nameplate_4 = await register(survivor.url)

                doomed.send_signal(signal.SIGKILL)
                await doomed.wait()
                for ws in (home_1, supporter_2):
                    with pytest.raises(ConnectionClosed):
                        await ws.recv()
                # The survivor reaps the dead instance once its heartbeat key expires.
                assert await receive(supporter_1) == {"type": "peer_left", "reason": "disconnected"}
                assert await receive(home_2) == {"type": "peer_left", "reason": "disconnected"}
                await relay_both_ways(home_3, supporter_3)
                supporter_4 = await claim(survivor.url, nameplate_4)
                assert await receive(home_4) == {"type": "joined"}
                await relay_both_ways(home_4, supporter_4)
                # The dead rooms' nameplates are free again.
                fresh, nameplate = await register(survivor.url)
                assert len(nameplate) == 4
                await fresh.close()
        finally:
            await stop_async(doomed)
            await survivor.close()

    with redis_server() as redis:
        asyncio.run(main(redis))


def test_redis_restart_gives_clear_errors_and_readyz_follows() -> None:
    """Redis down: apps in rooms get server_busy, /readyz says 503; Redis back: pairing works."""

    async def scenario(redis: RedisProcess, servers: list[SignalingServer]) -> None:
        a, b = servers
        assert (await http_get(a.port, "/readyz"))[0] == "HTTP/1.1 200 OK"
        home, supporter, _ = await pair_across(a.url, b.url)
        waiting, _ = await register(b.url)
        redis.stop()
        for ws in (home, supporter, waiting):
            assert await receive(ws) == {"type": "error", "code": "server_busy"}
            await assert_closed(ws)
        for server in servers:
            status, body = await http_get(server.port, "/readyz")
            assert status == "HTTP/1.1 503 Service Unavailable" and "redis" in body
        late = await connect(a.url)
        await send(late, {"type": "register", "version": 1})
        assert await receive(late) == {"type": "error", "code": "server_busy"}
        assert a.metrics.rejections["server_busy"] >= 2

        redis.start()
        for server in servers:
            while (await http_get(server.port, "/readyz"))[0] != "HTTP/1.1 200 OK":
                await asyncio.sleep(0.1)
        home, supporter, nameplate = await pair_across(b.url, a.url)
        assert len(nameplate) == 4  # Redis came back empty: no waiting rooms, no misses
        await relay_both_ways(home, supporter)

    run_with_instances(2, scenario)


def test_redis_unreachable_at_start_is_not_ready_but_alive() -> None:
    """Without Redis at start: /healthz 200, /readyz 503, register server_busy; then it recovers."""

    async def main() -> None:
        redis = RedisProcess()  # never started
        server = await start_server(config=config_for(redis))
        try:
            async with asyncio.timeout(TIMEOUT):
                assert (await http_get(server.port, "/healthz"))[0] == "HTTP/1.1 200 OK"
                status, _ = await http_get(server.port, "/readyz")
                assert status == "HTTP/1.1 503 Service Unavailable"
                home = await connect(server.url)
                await send(home, {"type": "register", "version": 1})
                assert await receive(home) == {"type": "error", "code": "server_busy"}
                redis.start()
                while (await http_get(server.port, "/readyz"))[0] != "HTTP/1.1 200 OK":
                    await asyncio.sleep(0.1)
                home, nameplate = await register(server.url)
                assert len(nameplate) == 4
        finally:
            await server.close()
            redis.stop()

    asyncio.run(main())


def test_metrics_never_contain_nameplates() -> None:
    """The /metrics text of a Redis instance holds counts, never the nameplates in use."""

    async def scenario(redis: RedisProcess, servers: list[SignalingServer]) -> None:
        home, supporter, nameplate = await pair_across(servers[0].url, servers[1].url)
        status, body = await http_get(servers[0].metrics_port, "/metrics")
        assert status == "HTTP/1.1 200 OK"
        assert "assist_signaling_rooms_open 1" in body
        assert nameplate not in body
        assert json.dumps(nameplate) not in body

    run_with_instances(2, scenario)
