"""Pieces of the WebSocket transport: one connection's outbox, the client's address,
browser origins and TLS. No room logic.
"""

from __future__ import annotations

import asyncio
import logging
import ssl

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.typing import Origin

from signaling.config import Config

log = logging.getLogger("assist.signaling")


class Outbox:
    """Frames waiting for one connection, written by its own task.

    A reader that does not keep up stalls only this task; once `limit` frames are
    queued it is dropped instead of holding the sender or growing memory.
    """

    __slots__ = ("_ws", "_limit", "_send_timeout", "_queue", "closing")

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
                if self._ws.transport.get_write_buffer_size() == 0 and len(text) < 16_384:
                    # Fast path: nothing is pending and the frame fits in the socket
                    # buffer, so this send cannot wait on the reader (a timer per frame
                    # costs more CPU than the rest of the relay).
                    await self._ws.send(text)
                    continue
                async with asyncio.timeout(self._send_timeout):
                    await self._ws.send(text)
            await self._ws.close()
        except ConnectionClosed:
            pass
        except TimeoutError:
            log.info("dropping a connection that does not read")
            self.abort()


def address_of(ws: ServerConnection, behind_proxy: bool) -> str:
    if behind_proxy:
        # The proxy appends the address it saw; anything left of it came from the client.
        forwarded = _last_forwarded(ws.request.headers if ws.request is not None else Headers())
        if forwarded:
            return forwarded
    remote = ws.remote_address
    if isinstance(remote, tuple) and remote:
        return str(remote[0])
    return "unknown"


def _last_forwarded(headers: Headers) -> str:
    values = headers.get_all("X-Forwarded-For")
    if not values:
        return ""
    return values[-1].split(",")[-1].strip()


def origins(allowed: tuple[str, ...]) -> list[Origin | None] | None:
    """The apps send no Origin header; browsers do, and only listed sites are let in."""
    if "*" in allowed:
        return None
    return [None, *(Origin(origin) for origin in allowed)]


def ssl_context(config: Config) -> ssl.SSLContext | None:
    if not config.uses_tls:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(config.tls.cert, config.tls.key)
    return context
