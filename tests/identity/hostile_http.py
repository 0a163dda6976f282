"""A pairing server's HTTP side that lies (real sockets on loopback, no mocks).

`HostileServer(answer)` answers each request with whatever `answer(path)` gives (raw
bytes, or None: hang without a word). `TrustProxy` stands in front of a real pairing
server: WebSocket traffic passes through both ways, but `GET /trust/…` hangs.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable


async def _read_head(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


def _path(head: bytes) -> str:
    return head.split(b"\r\n", 1)[0].split()[1].decode()


def answer(status: str, body: bytes, *, length: int | None = None) -> bytes:
    """A raw HTTP answer; `length` may lie about the body's size."""
    size = len(body) if length is None else length
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {size}\r\n"
        "Connection: close\r\n\r\n"
    ).encode() + body


class HostileServer:
    def __init__(self, answer: Callable[[str], bytes | None]) -> None:
        self._answer = answer
        self._server: asyncio.Server | None = None
        self.paths: list[str] = []
        self._held: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> HostileServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._held:
            writer.close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"ws://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/v1"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        path = _path(await _read_head(reader))
        self.paths.append(path)
        reply = self._answer(path)
        if reply is None:
            self._held.append(writer)  # hang: never answer, never close
            return
        writer.write(reply)
        with contextlib.suppress(OSError):
            await writer.drain()
        writer.close()


class TrustProxy:
    """Passes the pairing server's WebSocket through; `/trust/` requests hang forever."""

    def __init__(self, upstream_port: int) -> None:
        self._upstream = upstream_port
        self._server: asyncio.Server | None = None
        self.hung = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> TrustProxy:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.close()
        for task in self._tasks:
            task.cancel()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"ws://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/v1"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.append(writer)
        head = await _read_head(reader)
        if _path(head).startswith("/trust/"):
            self.hung += 1
            return  # hang
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._upstream)
        self._writers.append(up_writer)
        up_writer.write(head)
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.ensure_future(self._pipe(source, sink))
            self._tasks.add(task)

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, ConnectionError):
            while data := await source.read(65536):
                sink.write(data)
                await sink.drain()
        sink.close()
