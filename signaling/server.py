"""WebSocket transport for the signaling rooms: moves frames, enforces limits, owns no room logic.

HTTP on the same port: `/healthz` (the process is alive), `/readyz` (it can take new
rooms: Redis answers, when configured, and no shutdown is under way) and, with
`trust_lines_dir`, `/trust/<key hex>` (signaling/trust_lines.py). `/metrics`
(Prometheus text) is served only on a separate listener (`metrics_host`/`metrics_port`,
loopback by default): on the public port it showed every room opening as it happened.

Connections are counted per address and per network prefix from TCP accept on, so
half-open WebSocket handshakes count too; the handshake itself is bounded by
`handshake_timeout`.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import itertools
import json
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from signaling.backend import (
    MemoryBackend,
    RoomBackend,
    make_backend,
    memory_rooms,
    supporter_policy,
)
from signaling.config import Config, Limits
from signaling.limits import PrefixCounter, TokenBucket
from signaling.observe import Metrics
from signaling.rooms import Action, Close, Rooms
from signaling.transport import Outbox, address_of, origins, ssl_context
from signaling.trust_lines import TRUST_PREFIX, TrustLines, serve_trust_line
from signaling.turn import ice_fields

log = logging.getLogger("assist.signaling")

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
METRICS_PATH = "/metrics"


@dataclass(slots=True)
class _Client:
    outbox: Outbox
    address: str
    bucket: TokenBucket


class SignalingServer:
    """The pairing server on one port; use `start_server` or `serve_signaling` to get one."""

    def __init__(
        self,
        rooms: Rooms | None = None,
        *,
        config: Config | None = None,
        backend: RoomBackend | None = None,
        record_relays: bool = False,
        expire_interval: float = 1.0,
    ) -> None:
        self.config = config or Config()
        limits = self.config.limits
        self.metrics = Metrics()
        if backend is None:
            if rooms is None:
                rooms = memory_rooms(limits, supporter_policy(self.config))  # issue 16
            backend = MemoryBackend(rooms)
        if backend.observer is None:
            backend.observer = self._on_room_event
        self.backend = backend
        self.rooms: Rooms | None = rooms
        self.relay_log: list[str] | None = [] if record_relays else None
        folder = self.config.trust_lines_dir
        self.trust_lines = TrustLines(folder) if folder else None  # issue 16: GET /trust/KEY
        self.host = ""
        self.port = 0
        self._limits = limits
        self._expire_interval = expire_interval
        self._conn_ids = itertools.count(1)
        self._clients: dict[int, _Client] = {}
        self._per_address = PrefixCounter(
            limits.connections_per_address,
            limits.connections_per_prefix,
            limits.connections_per_wide_prefix,
        )
        # Refused at accept but let through the handshake to hear `rate_limited`.
        self._overflow = PrefixCounter(
            limits.connections_per_address,
            limits.connections_per_prefix,
            limits.connections_per_wide_prefix,
        )
        self.metrics_port = 0
        self._metrics_server: asyncio.Server | None = None
        # Connections not yet in a room, oldest first, for the idle timeout.
        self._lobby: OrderedDict[int, float] = OrderedDict()
        self._ws_server: Server | None = None
        self._expiry_task: asyncio.Task[None] | None = None
        self._shutting_down = False
        self._closed = asyncio.Event()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        scheme = "wss" if self.config.uses_tls else "ws"
        return f"{scheme}://{host}:{self.port}/v1"

    @property
    def connections(self) -> int:
        return len(self._clients)

    async def start(self, host: str, port: int) -> None:
        """Connect the backend, bind and start accepting connections."""
        limits = self._limits
        await self.backend.start(self._apply)
        self._ws_server = await serve(
            self._serve_connection,
            host,
            port,
            create_connection=self._connection_class(),
            process_request=self._process_request,
            origins=origins(self.config.allowed_origins),
            ssl=ssl_context(self.config),
            compression=None,  # bodies are ciphertext; deflate would only cost memory
            # websockets itself drops frames over this with close code 1009; between the
            # frame limit and this we can still answer with a `too_large` error first.
            max_size=2 * limits.max_frame_bytes,
            max_queue=4,
            open_timeout=limits.handshake_timeout,
            ping_interval=limits.ping_interval,
            ping_timeout=limits.ping_timeout,
            close_timeout=limits.close_timeout,
        )
        self.host = host
        self.port = self._ws_server.sockets[0].getsockname()[1]
        if self.config.metrics_port >= 0:
            self._metrics_server = await asyncio.start_server(
                self._serve_metrics, self.config.metrics_host, self.config.metrics_port
            )
            self.metrics_port = self._metrics_server.sockets[0].getsockname()[1]
        self._expiry_task = asyncio.create_task(self._expire_periodically())
        log.info("listening", extra={"fields": {"port": self.port, "tls": self.config.uses_tls}})

    async def close(self) -> None:
        """Tell every client `server_shutdown`, then close within the close timeout."""
        if self._shutting_down:
            await self._closed.wait()
            return
        self._shutting_down = True
        if self._expiry_task is not None:
            self._expiry_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._expiry_task
        if self._metrics_server is not None:
            self._metrics_server.close()
        if self._ws_server is None:
            await self.backend.close()
            self._closed.set()
            return
        for client in self._clients.values():
            client.outbox.send(_error("server_shutdown"))
            client.outbox.close()
        self._ws_server.close(close_connections=False)
        try:
            async with asyncio.timeout(self._limits.close_timeout + 1.0):
                await self._ws_server.wait_closed()
        except TimeoutError:
            for client in list(self._clients.values()):
                client.outbox.abort()
            await self._ws_server.wait_closed()
        await self.backend.close()
        log.info("closed")
        self._closed.set()

    async def wait_closed(self) -> None:
        await self._closed.wait()

    async def __aenter__(self) -> SignalingServer:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # -- HTTP ---------------------------------------------------------------------------

    async def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        path = urlsplit(request.path).path
        if path == HEALTH_PATH:
            return connection.respond(http.HTTPStatus.OK, "ok\n")
        if path.startswith(TRUST_PREFIX):  # issue 16: organisations' current trust lines
            return await serve_trust_line(self.trust_lines, connection, path)
        if path == READY_PATH:
            ready, why = (False, "shutting down") if self._shutting_down else (True, "")
            if ready:
                ready, why = await self.backend.ready()
            status = http.HTTPStatus.OK if ready else http.HTTPStatus.SERVICE_UNAVAILABLE
            return connection.respond(status, why + "\n")
        return None

    async def _serve_metrics(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """The metrics listener: `GET /metrics` only, one request per connection."""
        try:
            async with asyncio.timeout(self._limits.handshake_timeout):
                head = await reader.readuntil(b"\r\n\r\n")
            parts = head.split(b"\r\n", 1)[0].split()
            if (
                len(parts) >= 2
                and parts[0] == b"GET"
                and urlsplit(parts[1].decode()).path == (METRICS_PATH)
            ):
                body = self.render_metrics().encode()
                status = b"200 OK"
                kind = b"text/plain; version=0.0.4; charset=utf-8"
            else:
                body, status, kind = b"not found\n", b"404 Not Found", b"text/plain"
            writer.write(
                b"HTTP/1.1 " + status + b"\r\nContent-Type: " + kind
                + b"\r\nContent-Length: " + str(len(body)).encode()
                + b"\r\nConnection: close\r\n\r\n" + body
            )  # fmt: skip
            await writer.drain()
        except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except UnicodeDecodeError:
            pass
        finally:
            writer.close()

    def render_metrics(self) -> str:
        return self.metrics.render(
            {
                "rooms_open": ("Rooms with a member on this instance.", self.backend.rooms_open),
                "connections_open": ("WebSocket connections open.", len(self._clients)),
                "shutting_down": ("1 while shutting down.", float(self._shutting_down)),
            }
        )

    # -- WebSocket ----------------------------------------------------------------------

    async def _serve_connection(self, ws: ServerConnection) -> None:
        conn = next(self._conn_ids)
        limits = self._limits
        outbox = Outbox(ws, limit=limits.send_queue, send_timeout=limits.send_timeout)
        behind_proxy = self.config.behind_proxy
        address = address_of(ws, behind_proxy)
        now = time.monotonic()
        client = _Client(
            outbox, address, TokenBucket(limits.messages_per_second, limits.message_burst, now)
        )
        writer = asyncio.create_task(outbox.run())
        self.metrics.connections_accepted += 1
        if self._shutting_down:
            refusal: str | None = "server_shutdown"
        elif len(self._clients) >= limits.max_connections:
            refusal = "server_busy"
        elif not getattr(ws, "admitted", True):
            refusal = "rate_limited"  # counted at accept: over the limit there
        elif behind_proxy and not self._per_address.open(address):
            refusal = "rate_limited"  # the proxy's address says nothing: count this one
        else:
            refusal = None
        self._clients[conn] = client
        try:
            if refusal is not None:
                self._on_room_event("rejected", refusal)
                outbox.send(_error(refusal))
                outbox.close()
            else:
                self._lobby[conn] = now
            # Keep reading after deciding to close: frames queued behind the peer's
            # close frame must be drained for the closing handshake to finish.
            async for frame in ws:
                if not outbox.closing:
                    self._apply(await self._handle(conn, client, frame))
        except ConnectionClosed:
            pass
        finally:
            del self._clients[conn]
            self._lobby.pop(conn, None)
            if refusal is None and behind_proxy:
                self._per_address.closed(address)
            self._apply(await self.backend.disconnected(conn))
            outbox.close()
            await writer

    def _connection_class(self) -> type[ServerConnection]:
        """ServerConnection that counts its peer address from TCP accept until closed.

        A connection over a limit is still answered `rate_limited` once its handshake
        finishes; beyond twice the limit from one address it is dropped at once.
        """
        server = self

        class CountedConnection(ServerConnection):
            admitted = True
            _counted: str | None = None

            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                super().connection_made(transport)
                if server.config.behind_proxy:
                    return
                peer = transport.get_extra_info("peername")
                address = str(peer[0]) if isinstance(peer, tuple) and peer else "unknown"
                if server._per_address.open(address):
                    self._counted = address
                    return
                self.admitted = False
                if not server._overflow.open(address):
                    self.transport.abort()
                    return
                self._counted = "overflow:" + address

            def connection_lost(self, exc: Exception | None) -> None:
                counted, self._counted = self._counted, None
                if counted is not None and counted.startswith("overflow:"):
                    server._overflow.closed(counted[9:])
                elif counted is not None:
                    server._per_address.closed(counted)
                super().connection_lost(exc)

        return CountedConnection

    async def _handle(self, conn: int, client: _Client, frame: str | bytes) -> list[Action]:
        backend = self.backend
        if not client.bucket.allow(time.monotonic()):
            return await backend.reject(conn, "rate_limited")
        if isinstance(frame, bytes):
            return await backend.reject(conn, "bad_message")
        if len(frame) > self._limits.max_frame_bytes // 4 and (
            len(frame.encode()) > self._limits.max_frame_bytes
        ):
            return await backend.reject(conn, "too_large")
        try:
            message = json.loads(frame)
        except (ValueError, RecursionError):
            return await backend.reject(conn, "bad_message")
        actions = await backend.receive(conn, message, client.address)
        if conn in self._lobby and backend.in_room(conn):
            del self._lobby[conn]
        return actions

    def _apply(self, actions: list[Action]) -> None:
        for action in actions:
            client = self._clients.get(action.conn)  # type: ignore[call-overload]
            if client is None:
                continue
            if isinstance(action, Close):
                client.outbox.close()
                continue
            message = action.message
            kind = message.get("type")
            if kind == "relay":
                body = str(message["body"])
                self.metrics.relayed_frames += 1
                self.metrics.relayed_bytes += len(body)
                if self.relay_log is not None:
                    self.relay_log.append(body)
            elif kind in ("joined", "claimed"):
                # TURN credentials only once paired: a bare register must not get a relay.
                message = self._with_ice(message)
            client.outbox.send(json.dumps(message, separators=(",", ":")))

    def _with_ice(self, message: Any) -> dict[str, object]:
        turn = self.config.turn
        if not turn.enabled:
            return dict(message)
        extra = ice_fields(
            turn.secret, turn.urls, ttl=turn.ttl, policy=turn.ice_policy, now=time.time()
        )
        return {**message, **extra}

    async def _expire_periodically(self) -> None:
        while True:
            await asyncio.sleep(self._expire_interval)
            try:
                self._apply(await self.backend.expire())
                await self._drop_idle()
            except Exception:  # a bug here must not stop expiry for good
                log.exception("expiry failed")

    async def _drop_idle(self) -> None:
        deadline = time.monotonic() - self._limits.idle_timeout
        while self._lobby:
            conn, since = next(iter(self._lobby.items()))
            if since > deadline:
                return
            del self._lobby[conn]
            if not self.backend.in_room(conn):
                self._apply(await self.backend.reject(conn, "idle_timeout"))

    def _on_room_event(self, event: str, detail: str) -> None:
        # Counts and machine words only: nameplates, bodies and addresses never reach the log.
        metrics = self.metrics
        if event == "room_opened":
            metrics.rooms_opened += 1
            if log.isEnabledFor(logging.INFO):
                log.info("room opened", extra={"fields": {"rooms_open": self.backend.rooms_open}})
        elif event == "paired":
            metrics.pairings += 1
            log.info("paired", extra={"fields": {"pairings": metrics.pairings}})
        elif event == "room_closed":
            if detail == "code_expired":
                metrics.codes_expired += 1
            log.info("room closed", extra={"fields": {"reason": detail}})
        elif event == "rejected":
            metrics.rejections[detail] += 1
            log.info("error sent", extra={"fields": {"code": detail}})


def _error(code: str) -> str:
    return json.dumps({"type": "error", "code": code}, separators=(",", ":"))


def _legacy_limits(config: Config | None, **given: Any) -> Config:
    """Fold the older keyword arguments (close_timeout, …) into the config's limits."""
    config = config or Config()
    changes = {name: value for name, value in given.items() if value is not None}
    if not changes:
        return config
    return replace(config, limits=replace(config.limits, **changes))


async def start_server(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    config: Config | None = None,
    rooms: Rooms | None = None,
    backend: RoomBackend | None = None,
    record_relays: bool = False,
    expire_interval: float = 1.0,
    close_timeout: float | None = None,
    send_queue_limit: int | None = None,
    send_timeout: float | None = None,
) -> SignalingServer:
    """Start a signaling server; port 0 picks a free port (see `.port` and `.url`)."""
    config = _legacy_limits(
        config,
        close_timeout=close_timeout,
        send_queue=send_queue_limit,
        send_timeout=send_timeout,
    )
    if backend is None and rooms is None:
        backend = make_backend(config)
    server = SignalingServer(
        rooms,
        config=config,
        backend=backend,
        record_relays=record_relays,
        expire_interval=expire_interval,
    )
    await server.start(host, port)
    return server


@contextlib.asynccontextmanager
async def serve_signaling(
    host: str = "127.0.0.1",
    port: int = 0,
    **options: Any,
) -> AsyncIterator[SignalingServer]:
    """`async with serve_signaling() as server:` runs a server for the block."""
    server = await start_server(host, port, **options)
    try:
        yield server
    finally:
        await server.close()


__all__ = ["Limits", "SignalingServer", "make_backend", "serve_signaling", "start_server"]
