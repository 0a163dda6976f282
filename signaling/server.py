"""WebSocket transport for the signaling rooms: moves frames, owns no room logic."""

from __future__ import annotations

import asyncio
import contextlib
import http
import itertools
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Hashable
from types import TracebackType
from urllib.parse import urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from signaling.rooms import MAX_FRAME_BYTES, Action, Close, Rooms, Send

log = logging.getLogger("assist.signaling")

HEALTH_PATH = "/healthz"
# websockets itself drops frames over this with close code 1009; between MAX_FRAME_BYTES
# and this we can still answer with a `too_large` error first.
TRANSPORT_MAX_SIZE = 2 * MAX_FRAME_BYTES


class _Outbox:
    """Frames waiting for one connection, written by its own task.

    A reader that does not keep up stalls only this task; once `limit` frames are
    queued it is dropped instead of holding the sender or growing memory.
    """

    def __init__(self, ws: ServerConnection, *, limit: int, send_timeout: float) -> None:
        self._ws = ws
        self._limit = limit
        self._send_timeout = send_timeout
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.closing = False

    def send(self, text: str) -> None:
        if self.closing:
            return
        if self._queue.qsize() >= self._limit:
            log.info("dropping a connection that does not read")
            self.abort()
            return
        self._queue.put_nowait(text)

    def close(self) -> None:
        """Close after the frames already queued."""
        if not self.closing:
            self.closing = True
            self._queue.put_nowait(None)

    def abort(self) -> None:
        self.closing = True
        self._ws.transport.abort()

    async def run(self) -> None:
        try:
            while (text := await self._queue.get()) is not None:
                async with asyncio.timeout(self._send_timeout):
                    await self._ws.send(text)
            await self._ws.close()
        except ConnectionClosed:
            pass
        except TimeoutError:
            log.info("dropping a connection that does not read")
            self.abort()


class SignalingServer:
    """The pairing server on one port; use `start_server` or `serve_signaling` to get one."""

    def __init__(
        self,
        rooms: Rooms,
        *,
        record_relays: bool = False,
        expire_interval: float = 1.0,
        close_timeout: float = 2.0,
        send_queue_limit: int = 32,
        send_timeout: float = 10.0,
    ) -> None:
        self.rooms = rooms
        if rooms.observer is None:
            rooms.observer = self._log_room_event
        self.relay_log: list[str] | None = [] if record_relays else None
        # Test-only hook (tests/security): a malicious relay may rewrite, drop, reorder or
        # inject the actions before they are carried out. None in every real server.
        self.relay_filter: Callable[[list[Action]], list[Action]] | None = None
        self.host = ""
        self.port = 0
        self._expire_interval = expire_interval
        self._close_timeout = close_timeout
        self._send_queue_limit = send_queue_limit
        self._send_timeout = send_timeout
        self._conn_ids = itertools.count(1)
        self._outboxes: dict[Hashable, _Outbox] = {}
        self._ws_server: Server | None = None
        self._expiry_task: asyncio.Task[None] | None = None
        self._shutting_down = False
        self._closed = asyncio.Event()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"ws://{host}:{self.port}/v1"

    @property
    def connections(self) -> int:
        return len(self._outboxes)

    async def start(self, host: str, port: int) -> None:
        """Bind and start accepting connections."""
        self._ws_server = await serve(
            self._serve_connection,
            host,
            port,
            process_request=self._process_request,
            compression=None,  # bodies are ciphertext; deflate would only cost memory
            max_size=TRANSPORT_MAX_SIZE,
            max_queue=4,
            close_timeout=self._close_timeout,
        )
        self.host = host
        self.port = self._ws_server.sockets[0].getsockname()[1]
        self._expiry_task = asyncio.create_task(self._expire_periodically())
        log.info("listening")

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
        if self._ws_server is None:
            self._closed.set()
            return
        for outbox in self._outboxes.values():
            outbox.send(_error("server_shutdown"))
            outbox.close()
        self._ws_server.close(close_connections=False)
        try:
            async with asyncio.timeout(self._close_timeout + 1.0):
                await self._ws_server.wait_closed()
        except TimeoutError:
            for outbox in list(self._outboxes.values()):
                outbox.abort()
            await self._ws_server.wait_closed()
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

    # -- transport -----------------------------------------------------------------------

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        if urlsplit(request.path).path == HEALTH_PATH:
            return connection.respond(http.HTTPStatus.OK, "ok\n")
        return None

    async def _serve_connection(self, ws: ServerConnection) -> None:
        conn = next(self._conn_ids)
        outbox = _Outbox(ws, limit=self._send_queue_limit, send_timeout=self._send_timeout)
        self._outboxes[conn] = outbox
        writer = asyncio.create_task(outbox.run())
        address = _address_of(ws)
        log.debug("connection opened (%d connected)", len(self._outboxes))
        try:
            if self._shutting_down:
                self._apply([Send(conn, {"type": "error", "code": "server_shutdown"}), Close(conn)])
            # Keep reading after deciding to close: frames queued behind the peer's
            # close frame must be drained for the closing handshake to finish.
            async for frame in ws:
                if not outbox.closing:
                    self._apply(self._decode(conn, frame, address))
        except ConnectionClosed:
            pass
        finally:
            del self._outboxes[conn]
            self._apply(self.rooms.disconnected(conn))
            outbox.close()
            await writer
            log.debug("connection closed (%d connected)", len(self._outboxes))

    def _decode(self, conn: Hashable, frame: str | bytes, address: str) -> list[Action]:
        if isinstance(frame, bytes):
            return self.rooms.reject(conn, "bad_message")
        if len(frame.encode()) > MAX_FRAME_BYTES:
            return self.rooms.reject(conn, "too_large")
        try:
            message = json.loads(frame)
        except (ValueError, RecursionError):
            return self.rooms.reject(conn, "bad_message")
        return self.rooms.receive(conn, message, address)

    def _apply(self, actions: list[Action]) -> None:
        if self.relay_filter is not None:  # test-only hook, see __init__
            actions = self.relay_filter(actions)
        for action in actions:
            outbox = self._outboxes.get(action.conn)
            if outbox is None:
                continue
            if isinstance(action, Close):
                outbox.close()
                continue
            message = action.message
            if self.relay_log is not None and message.get("type") == "relay":
                self.relay_log.append(str(message["body"]))
            outbox.send(json.dumps(message, separators=(",", ":")))

    async def _expire_periodically(self) -> None:
        while True:
            await asyncio.sleep(self._expire_interval)
            self._apply(self.rooms.expire())

    def _log_room_event(self, event: str, detail: str) -> None:
        # Counters only: nameplates, bodies and addresses never reach the log.
        rooms = self.rooms
        if event == "room_opened":
            log.info("room opened (#%d, %d open)", rooms.rooms_opened, rooms.rooms_open)
        elif event == "paired":
            log.info("paired (%d pairings)", rooms.pairings)
        elif event == "room_closed":
            log.info("room closed (%s, %d open)", detail, rooms.rooms_open)
        elif event == "rejected":
            log.info("error sent (%s)", detail)


def _error(code: str) -> str:
    return json.dumps({"type": "error", "code": code}, separators=(",", ":"))


def _address_of(ws: ServerConnection) -> str:
    remote = ws.remote_address
    if isinstance(remote, tuple) and remote:
        return str(remote[0])
    return "unknown"


async def start_server(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    rooms: Rooms | None = None,
    record_relays: bool = False,
    expire_interval: float = 1.0,
    close_timeout: float = 2.0,
    send_queue_limit: int = 32,
    send_timeout: float = 10.0,
) -> SignalingServer:
    """Start a signaling server; port 0 picks a free port (see `.port` and `.url`)."""
    server = SignalingServer(
        rooms if rooms is not None else Rooms(time.monotonic),
        record_relays=record_relays,
        expire_interval=expire_interval,
        close_timeout=close_timeout,
        send_queue_limit=send_queue_limit,
        send_timeout=send_timeout,
    )
    await server.start(host, port)
    return server


@contextlib.asynccontextmanager
async def serve_signaling(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    rooms: Rooms | None = None,
    record_relays: bool = False,
    expire_interval: float = 1.0,
    close_timeout: float = 2.0,
    send_queue_limit: int = 32,
    send_timeout: float = 10.0,
) -> AsyncIterator[SignalingServer]:
    """`async with serve_signaling() as server:` runs a server for the block."""
    server = await start_server(
        host,
        port,
        rooms=rooms,
        record_relays=record_relays,
        expire_interval=expire_interval,
        close_timeout=close_timeout,
        send_queue_limit=send_queue_limit,
        send_timeout=send_timeout,
    )
    try:
        yield server
    finally:
        await server.close()
