"""Loopback tests of the WebSocket server with real websockets clients."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import secrets
import signal
import sys
import time

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from signaling.config import Config, Limits
from signaling.rooms import MAX_FRAME_BYTES, Rooms
from signaling.server import SignalingServer, start_server
from tests.support import REPO
from tests.support.processes import stop_async
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wire import TIMEOUT, assert_closed, http_get, pair, receive, run, send


def test_register_claim_and_relay_both_ways() -> None:
    """Two clients pair through a nameplate and relay bodies unchanged in both directions."""

    async def scenario(server: SignalingServer) -> None:
        home, supporter, nameplate = await pair(server)
        assert len(nameplate) == 4
        await send(home, {"type": "relay", "body": "aGVsbG8="})
        assert await receive(supporter) == {"type": "relay", "body": "aGVsbG8="}
        await send(supporter, {"type": "relay", "body": "d29ybGQ="})
        assert await receive(home) == {"type": "relay", "body": "d29ybGQ="}
        await home.close()
        await supporter.close()

    run(scenario)


def test_server_url_and_port() -> None:
    """The server reports the real port it bound and a ws:// URL ending in /v1."""

    async def scenario(server: SignalingServer) -> None:
        assert server.port > 0
        assert server.url == f"ws://127.0.0.1:{server.port}/v1"

    run(scenario)


def test_healthz_answers_ok_over_plain_http() -> None:
    """GET /healthz without a WebSocket upgrade answers 200 with "ok"."""

    async def scenario(server: SignalingServer) -> None:
        status, body = await http_get(server.port, "/healthz")
        assert status.startswith("HTTP/1.1 200")
        assert body == "ok\n"

    run(scenario)


def test_third_side_gets_room_full() -> None:
    """A third claim is refused with room_full and closed; the paired room keeps working."""

    async def scenario(server: SignalingServer) -> None:
        home, supporter, nameplate = await pair(server)
        third = await connect(server.url)
        await send(third, {"type": "claim", "version": 1, "nameplate": nameplate})
        assert await receive(third) == {"type": "error", "code": "room_full"}
        await assert_closed(third)
        await send(supporter, {"type": "relay", "body": "c3RpbGw="})
        assert await receive(home) == {"type": "relay", "body": "c3RpbGw="}

    run(scenario)


@pytest.mark.parametrize("frame", ["{not json", "[1, 2]", b'{"type":"register","version":1}'])
def test_malformed_frames_get_bad_message_and_close(frame: str | bytes) -> None:
    """Text that is not a JSON object, and binary frames, get bad_message and a close."""

    async def scenario(server: SignalingServer) -> None:
        ws = await connect(server.url)
        await ws.send(frame)
        assert await receive(ws) == {"type": "error", "code": "bad_message"}
        await assert_closed(ws)

    run(scenario)


def test_oversized_frame_gets_too_large() -> None:
    """A frame over 64 KiB is refused with too_large and the room ends for the peer."""

    async def scenario(server: SignalingServer) -> None:
        home, supporter, _ = await pair(server)
        body = "A" * MAX_FRAME_BYTES
        await send(home, {"type": "relay", "body": body})
        assert await receive(home) == {"type": "error", "code": "too_large"}
        assert await receive(supporter) == {"type": "peer_left", "reason": "disconnected"}

    run(scenario)


def test_frame_beyond_transport_limit_closes_with_1009() -> None:
    """Frames far over the limit are cut off by websockets with close code 1009."""

    async def scenario(server: SignalingServer) -> None:
        ws = await connect(server.url, max_size=None)
        await ws.send("A" * (4 * MAX_FRAME_BYTES))
        with pytest.raises(ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009

    run(scenario)


def test_disconnect_sends_peer_left() -> None:
    """When one side drops, the other gets peer_left "disconnected" and is closed."""

    async def scenario(server: SignalingServer) -> None:
        home, supporter, _ = await pair(server)
        await supporter.close()
        assert await receive(home) == {"type": "peer_left", "reason": "disconnected"}
        await assert_closed(home)

    run(scenario)


def test_close_message_sends_reason_and_frees_nameplate() -> None:
    """close gives the peer its reason, and the nameplate can be allocated again."""

    async def scenario(server: SignalingServer) -> None:
        home, supporter, nameplate = await pair(server)
        await send(home, {"type": "close", "reason": "declined"})
        assert await receive(supporter) == {"type": "peer_left", "reason": "declined"}
        await assert_closed(home)
        again = await connect(server.url)
        await send(again, {"type": "register", "version": 1})
        assert (await receive(again))["nameplate"] == nameplate

    run(scenario, rooms=Rooms(time.monotonic, nameplate_ranges=((1000, 1000),)))


def test_relay_before_pairing_keeps_connection_open() -> None:
    """Relay before a claim gets not_paired and the helper app can still be joined."""

    async def scenario(server: SignalingServer) -> None:
        home = await connect(server.url)
        await send(home, {"type": "register", "version": 1})
        nameplate = (await receive(home))["nameplate"]
        await send(home, {"type": "relay", "body": "eA=="})
        assert await receive(home) == {"type": "error", "code": "not_paired"}
        supporter = await connect(server.url)
        await send(supporter, {"type": "claim", "version": 1, "nameplate": nameplate})
        assert await receive(home) == {"type": "joined"}

    run(scenario)


def test_code_expires_with_short_lifetime() -> None:
    """A waiting helper app gets code_expired once its lifetime is over, then is closed."""

    async def scenario(server: SignalingServer) -> None:
        home = await connect(server.url)
        await send(home, {"type": "register", "version": 1})
        registered = await receive(home)
        assert registered["expires_in"] == 1
        started = time.monotonic()
        assert await receive(home) == {"type": "error", "code": "code_expired"}
        assert time.monotonic() - started >= 0.2
        await assert_closed(home)
        assert server.rooms.codes_expired == 1

    run(scenario, rooms=Rooms(time.monotonic, code_lifetime=0.25), expire_interval=0.05)


def test_relay_log_records_exactly_the_relayed_bodies() -> None:
    """With record_relays the server keeps each body it moved: opaque bytes, nothing else."""
    plaintext = b'{"type":"hello","name":"Anna"}'
    bodies = [base64.b64encode(secrets.token_bytes(40)).decode() for _ in range(3)]

    async def scenario(server: SignalingServer) -> None:
        home, supporter, _ = await pair(server)
        for body in bodies:
            await send(home, {"type": "relay", "body": body})
            assert (await receive(supporter))["body"] == body
        assert server.relay_log == bodies
        assert not any(plaintext.decode() in entry for entry in server.relay_log)

    run(scenario, record_relays=True)


def test_relay_log_is_off_by_default() -> None:
    """Without record_relays there is no relay log at all."""

    async def scenario(server: SignalingServer) -> None:
        assert server.relay_log is None

    run(scenario)


def test_shutdown_sends_server_shutdown() -> None:
    """Closing the server tells every connected client server_shutdown, then closes them."""

    async def main() -> None:
        server = await start_server()
        async with asyncio.timeout(TIMEOUT):
            home, supporter, _ = await pair(server)
            idle = await connect(server.url)
            await server.close()
            for ws in (home, supporter, idle):
                assert await receive(ws) == {"type": "error", "code": "server_shutdown"}
                await assert_closed(ws)

    asyncio.run(main())


def test_slow_reader_is_dropped_without_stalling_sender() -> None:
    """A supporter that never reads is disconnected once its queue is full; the sender is told."""

    async def scenario(server: SignalingServer) -> None:
        home, _ = await pair_with_lazy_supporter(server)
        body = "A" * (MAX_FRAME_BYTES - 100)
        started = time.monotonic()
        with contextlib.suppress(ConnectionClosed):  # home itself is closed after peer_left
            for _ in range(1000):
                await send(home, {"type": "relay", "body": body})
        assert await receive(home) == {"type": "peer_left", "reason": "disconnected"}
        assert time.monotonic() - started < 2.0 * TIMEOUT_SCALE

    async def pair_with_lazy_supporter(
        server: SignalingServer,
    ) -> tuple[ClientConnection, ClientConnection]:
        home = await connect(server.url)
        await send(home, {"type": "register", "version": 1})
        nameplate = (await receive(home))["nameplate"]
        # A tiny client queue makes it stop reading from the socket almost at once.
        supporter = await connect(server.url, max_queue=1, max_size=None)
        await send(supporter, {"type": "claim", "version": 1, "nameplate": nameplate})
        assert await receive(home) == {"type": "joined"}
        return home, supporter

    fast = Config(limits=Limits(messages_per_second=10_000, message_burst=10_000))
    run(scenario, config=fast, send_queue_limit=4, send_timeout=0.5)


def test_command_line_server_starts_answers_and_stops_on_sigterm() -> None:
    """`python -m signaling --port 0` prints its URL, serves /healthz, logs no secrets, exits 0."""

    async def main() -> None:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "signaling",
            "--port",
            "0",
            "--log-level",
            "debug",
            cwd=REPO,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            assert process.stdout is not None and process.stderr is not None
            line = (await asyncio.wait_for(process.stdout.readline(), TIMEOUT)).decode()
            assert line.startswith("listening on ws://127.0.0.1:") and line.endswith("/v1\n")
            url = line.split()[-1]
            port = int(url.rsplit(":", 1)[1].split("/")[0])
            assert await http_get(port, "/healthz") == ("HTTP/1.1 200 OK", "ok\n")

            body = base64.b64encode(b"secret-body-marker").decode()
            async with asyncio.timeout(TIMEOUT):
                home = await connect(url)
                await send(home, {"type": "register", "version": 1})
                nameplate = (await receive(home))["nameplate"]
                supporter = await connect(url)
                await send(supporter, {"type": "claim", "version": 1, "nameplate": nameplate})
                await receive(supporter)
                await send(supporter, {"type": "relay", "body": body})
                await receive(home)
                await home.close()
                await supporter.close()

            process.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(process.wait(), TIMEOUT) == 0
            log = (await process.stderr.read()).decode()
            assert "room opened" in log and "paired" in log
            assert body not in log and '"nameplate"' not in log and "registered" not in log
        finally:
            await stop_async(process)

    asyncio.run(main())
