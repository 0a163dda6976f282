"""Limits, HTTP endpoints, origins, TLS and proxy addresses of the real server on loopback."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import ssl
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from signaling.config import Config, Limits, TlsConfig, TurnConfig
from signaling.limits import AddressCounter, TokenBucket
from signaling.server import SignalingServer
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wire import assert_closed, http_get, pair, receive, run, send


def limited(**limits: float) -> Config:
    return Config(limits=Limits(**limits))  # type: ignore[arg-type]


# -- the I/O-free pieces -------------------------------------------------------------------


def test_token_bucket_allows_burst_then_rate() -> None:
    """A bucket lets `burst` events through at once, then `rate` per second."""
    bucket = TokenBucket(rate=2.0, burst=3, now=0.0)
    assert [bucket.allow(0.0) for _ in range(4)] == [True, True, True, False]
    assert not bucket.allow(0.4)
    assert bucket.allow(0.5)
    assert [bucket.allow(100.0) for _ in range(4)] == [True, True, True, False]


def test_address_counter_limits_and_forgets() -> None:
    """At most N open connections per address; an address at zero is forgotten."""
    counter = AddressCounter(2)
    assert [counter.open("a"), counter.open("a"), counter.open("a")] == [True, True, False]
    assert counter.open("b")
    counter.closed("a")
    assert counter.open("a")
    for address in ("a", "a", "b"):
        counter.closed(address)
    assert len(counter) == 0


# -- limits on the wire --------------------------------------------------------------------


def test_too_many_messages_per_second_is_rate_limited() -> None:
    """A connection sending faster than its burst gets rate_limited, is closed, its peer told."""

    async def scenario(server: SignalingServer) -> None:
        home, supporter, _ = await pair(server)
        for _ in range(6):
            await send(home, {"type": "relay", "body": "eA=="})
        for _ in range(5):
            assert await receive(supporter) == {"type": "relay", "body": "eA=="}
        assert await receive(home) == {"type": "error", "code": "rate_limited"}
        await assert_closed(home)
        assert await receive(supporter) == {"type": "peer_left", "reason": "disconnected"}
        assert server.metrics.rejections["rate_limited"] == 1

    run(scenario, config=limited(messages_per_second=1, message_burst=6))


def test_connections_per_address_are_limited() -> None:
    """The third connection from one address gets rate_limited; after one closes, there is room."""

    async def scenario(server: SignalingServer) -> None:
        first, second = await connect(server.url), await connect(server.url)
        third = await connect(server.url)
        assert await receive(third) == {"type": "error", "code": "rate_limited"}
        await assert_closed(third)
        await first.close()
        await asyncio.sleep(0.05)
        fourth = await connect(server.url)
        await send(fourth, {"type": "register", "version": 1})
        assert (await receive(fourth))["type"] == "registered"
        await second.close()

    run(scenario, config=limited(connections_per_address=2))


def test_total_connections_are_limited() -> None:
    """Over max_connections a new connection gets server_busy and is closed."""

    async def scenario(server: SignalingServer) -> None:
        kept = [await connect(server.url) for _ in range(2)]
        extra = await connect(server.url)
        assert await receive(extra) == {"type": "error", "code": "server_busy"}
        await assert_closed(extra)
        for ws in kept:
            await ws.close()

    run(scenario, config=limited(max_connections=2))


def test_idle_connection_is_closed_but_waiting_helper_is_not() -> None:
    """A connection that never registers or claims gets idle_timeout; a waiting helper app stays."""

    async def scenario(server: SignalingServer) -> None:
        idle = await connect(server.url)
        home = await connect(server.url)
        await send(home, {"type": "register", "version": 1})
        nameplate = (await receive(home))["nameplate"]
        started = time.monotonic()
        assert await receive(idle) == {"type": "error", "code": "idle_timeout"}
        assert time.monotonic() - started >= 0.2
        await assert_closed(idle)
        await asyncio.sleep(0.4)
        supporter = await connect(server.url)
        await send(supporter, {"type": "claim", "version": 1, "nameplate": nameplate})
        assert await receive(home) == {"type": "joined"}

    run(scenario, config=limited(idle_timeout=0.3), expire_interval=0.05)


def test_handshake_timeout_drops_silent_tcp_connections() -> None:
    """A TCP connection that never sends its WebSocket upgrade is closed after the timeout."""

    async def scenario(server: SignalingServer) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        started = time.monotonic()
        assert await reader.read() == b""  # closed by the server
        assert 0.2 <= time.monotonic() - started < 3.0 * TIMEOUT_SCALE
        writer.close()

    run(scenario, config=limited(handshake_timeout=0.3))


def test_frame_limit_is_configurable() -> None:
    """max_frame_bytes sets where too_large starts."""

    async def scenario(server: SignalingServer) -> None:
        home, supporter, _ = await pair(server)
        await send(home, {"type": "relay", "body": "A" * 1000})
        assert (await receive(supporter))["body"] == "A" * 1000
        await send(home, {"type": "relay", "body": "A" * 2100})
        assert await receive(home) == {"type": "error", "code": "too_large"}

    run(scenario, config=limited(max_frame_bytes=2048))


def test_max_rooms_from_config() -> None:
    """max_rooms from the configuration bounds the rooms open at once."""

    async def scenario(server: SignalingServer) -> None:
        first = await connect(server.url)
        await send(first, {"type": "register", "version": 1})
        assert (await receive(first))["type"] == "registered"
        second = await connect(server.url)
        await send(second, {"type": "register", "version": 1})
        assert await receive(second) == {"type": "error", "code": "server_busy"}

    run(scenario, config=limited(max_rooms=1))


# -- HTTP endpoints ------------------------------------------------------------------------


def test_readyz_and_metrics() -> None:
    """/readyz is 200 in memory mode; /metrics counts rooms, pairings, rejections, relayed bytes."""

    async def scenario(server: SignalingServer) -> None:
        assert await http_get(server.port, "/readyz") == ("HTTP/1.1 200 OK", "ready\n")
        home, supporter, nameplate = await pair(server)
        await send(home, {"type": "relay", "body": "aGVsbG8="})
        await receive(supporter)
        stranger = await connect(server.url)
        await send(stranger, {"type": "claim", "version": 1, "nameplate": "9999"})
        await receive(stranger)
        status, body = await http_get(server.metrics_port, "/metrics")
        assert status == "HTTP/1.1 200 OK"
        lines = set(body.splitlines())
        for line in (
            "assist_signaling_rooms_open 1",
            "assist_signaling_pairings_total 1",
            "assist_signaling_rooms_opened_total 1",
            "assist_signaling_relayed_frames_total 1",
            "assist_signaling_relayed_bytes_total 8",
            'assist_signaling_rejections_total{reason="unknown_code"} 1',
            "# TYPE assist_signaling_codes_expired_total counter",
        ):
            assert line in lines, line
        assert nameplate not in body

    run(scenario)


def test_readyz_fails_while_shutting_down() -> None:
    """Once shutdown starts, /readyz answers 503 so a load balancer stops sending apps."""

    async def scenario(server: SignalingServer) -> None:
        ws = await connect(server.url)
        closing = asyncio.create_task(server.close())
        await asyncio.sleep(0)
        assert server._shutting_down
        assert (await receive(ws))["code"] == "server_shutdown"
        await closing

    run(scenario)


# -- origins, proxy, TLS, TURN -------------------------------------------------------------


def test_browser_origins_are_refused_unless_allowed() -> None:
    """No Origin (the apps) is let in; an unlisted browser origin gets 403; a listed one works."""

    async def scenario(server: SignalingServer) -> None:
        async with connect(server.url):
            pass
        with pytest.raises(InvalidStatus) as refused:
            await connect(server.url, origin="https://evil.example")  # type: ignore[arg-type]
        assert refused.value.response.status_code == 403
        async with connect(server.url, origin="https://help.example.org"):  # type: ignore[arg-type]
            pass

    run(scenario, config=Config(allowed_origins=("https://help.example.org",)))


def test_behind_proxy_counts_the_forwarded_address() -> None:
    """Behind a proxy, limits apply to the last X-Forwarded-For address, not the proxy's."""

    async def scenario(server: SignalingServer) -> None:
        def via(address: str) -> dict[str, str]:
            return {"X-Forwarded-For": f"203.0.113.9, {address}"}

        a = await connect(server.url, additional_headers=via("198.51.100.1"))
        b = await connect(server.url, additional_headers=via("198.51.100.2"))
        again = await connect(server.url, additional_headers=via("198.51.100.1"))
        assert await receive(again) == {"type": "error", "code": "rate_limited"}
        await send(b, {"type": "register", "version": 1})
        assert (await receive(b))["type"] == "registered"
        await a.close()

    run(scenario, config=Config(behind_proxy=True, limits=Limits(connections_per_address=1)))


def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_tls_serves_wss(tmp_path: Path) -> None:
    """With a certificate the server speaks wss:// and apps trusting it can pair."""
    cert, key = self_signed(tmp_path)
    client_ssl = ssl.create_default_context(cafile=str(cert))

    async def scenario(server: SignalingServer) -> None:
        assert server.url.startswith("wss://127.0.0.1:")
        async with connect(server.url, ssl=client_ssl) as home:
            await send(home, {"type": "register", "version": 1})
            assert (await receive(home))["type"] == "registered"
        with pytest.raises(ssl.SSLError):
            await connect(server.url, ssl=ssl.create_default_context())

    run(scenario, config=Config(tls=TlsConfig(cert=str(cert), key=str(key))))


def test_turn_credentials_in_joined_and_claimed() -> None:
    """With TURN configured both sides get fresh REST credentials once paired, not at register."""
    turn = TurnConfig(secret="s", urls=("turn:127.0.0.1:3478",), ttl=120, ice_policy="relay")

    async def scenario(server: SignalingServer) -> None:
        home = await connect(server.url)
        await send(home, {"type": "register", "version": 1})
        registered = await receive(home)
        assert "ice_servers" not in registered and "ice_policy" not in registered
        supporter = await connect(server.url)
        await send(supporter, {"type": "claim", "version": 1, "nameplate": registered["nameplate"]})
        claimed = await receive(supporter)
        joined = await receive(home)
        assert joined["type"] == "joined"
        for reply in (joined, claimed):
            assert reply["ice_policy"] == "relay"
            (entry,) = reply["ice_servers"]  # type: ignore[misc]
            assert entry["urls"] == ["turn:127.0.0.1:3478"]
            expiry = int(entry["username"].split(":")[0])
            assert abs(expiry - (time.time() + 120)) < 5
        assert joined["ice_servers"] != claimed["ice_servers"]
        assert json.loads(json.dumps(claimed))["type"] == "claimed"

    run(scenario, config=Config(turn=turn))


def test_slow_and_stuck_clients_do_not_block_others() -> None:
    """Stuck TCP sockets and a reader that never reads do not delay other pairs' relays."""

    async def scenario(server: SignalingServer) -> None:
        stuck = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(20)]
        flooder = await connect(server.url)
        await send(flooder, {"type": "register", "version": 1})
        nameplate = (await receive(flooder))["nameplate"]
        lazy = await connect(server.url, max_queue=1, max_size=None)
        await send(lazy, {"type": "claim", "version": 1, "nameplate": nameplate})
        assert await receive(flooder) == {"type": "joined"}

        async def flood() -> None:
            body = "A" * 60_000
            try:
                for _ in range(400):
                    await send(flooder, {"type": "relay", "body": body})
            except Exception:
                pass  # closed once the lazy side is dropped

        flooding = asyncio.create_task(flood())
        home, supporter, _ = await pair(server)
        slowest = 0.0
        for _ in range(50):
            started = time.monotonic()
            await send(home, {"type": "relay", "body": "cGluZw=="})
            await receive(supporter)
            slowest = max(slowest, time.monotonic() - started)
        assert slowest < 0.5
        await flooding
        for _, writer in stuck:
            writer.close()

    fast = Limits(messages_per_second=10_000, message_burst=10_000, send_queue=4, send_timeout=0.5)
    run(scenario, config=Config(limits=fast))
