"""Newer organisation lines from the pairing server, at the start of a session (issue 16).

The organisation's admin puts each new `assist-org export` into the server's
`trust_lines_dir`; the server answers `GET /trust/<key hex>` (signaling/trust_lines.py).
The helper app asks for each organisation it already trusts, on the server it uses,
and `Trust.adopt` takes a line only if it verifies with that organisation's key and is
newer than the one held. The server is not trusted: it can withhold a line or serve an
old one, and nothing else. The whole fetch is bounded (FETCH_TIMEOUT), so a slow or
hostile server delays the consent page by at most that; then the lines held are used.

A minimal HTTP/1.1 GET over asyncio streams: the same host, port and TLS as the pairing
server's `wss://` address (plain only to this computer, like the pairing itself), a
bounded header and a bounded body. Nothing about the home user is sent.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from urllib.parse import urlsplit

from assist_session.signaling_client import SignalingError, check_server_url

from .trust import Trust

log = logging.getLogger("assist.agent.trust_fetch")

FETCH_TIMEOUT = 2.0  # seconds for all organisations together
MAX_HEADER_BYTES = 8 * 1024
MAX_BODY_BYTES = 512 * 1024  # the server's own limit for one line


class FetchRefused(Exception):
    """The server's answer was not one trust line."""


def trust_address(server_url: str, public_key: bytes) -> tuple[str, int, bool, str]:
    """(host, port, tls, path) of an organisation's line beside the pairing server."""
    check_server_url(server_url)  # SignalingError: plain ws:// to another computer
    parts = urlsplit(server_url.strip())
    tls = parts.scheme.lower() == "wss"
    if parts.scheme.lower() not in ("ws", "wss") or not parts.hostname:
        raise FetchRefused("not a pairing server address")
    base = parts.path.rsplit("/", 1)[0]  # "/v1" → "", "/assist/v1" → "/assist"
    port = parts.port or (443 if tls else 80)
    return parts.hostname, port, tls, f"{base}/trust/{public_key.hex()}"


async def fetch_line(server_url: str, public_key: bytes) -> str | None:
    """One organisation's line as the server serves it; None for 404; FetchRefused."""
    host, port, tls, path = trust_address(server_url, public_key)
    context = ssl.create_default_context() if tls else None
    reader, writer = await asyncio.open_connection(host, port, ssl=context, limit=MAX_HEADER_BYTES)
    try:
        authority = f"[{host}]" if ":" in host else host
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {authority}:{port}\r\n"
            "Accept: text/plain\r\nConnection: close\r\n\r\n".encode("ascii")
        )
        await writer.drain()
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.LimitOverrunError, asyncio.IncompleteReadError) as exc:
            raise FetchRefused("no proper answer") from exc
        status, length = _parse_head(head)
        if status == 404:
            return None
        if status != 200:
            raise FetchRefused(f"status {status}")
        body = await reader.readexactly(length)
        try:
            return body.decode("utf-8").strip()
        except UnicodeDecodeError as exc:
            raise FetchRefused("not text") from exc
    finally:
        writer.close()


def _parse_head(head: bytes) -> tuple[int, int]:
    """(status, Content-Length) of an answer's head; FetchRefused when it is no proper one."""
    try:
        lines = head.decode("latin-1").split("\r\n")
        version, status = lines[0].split(" ", 2)[:2]
        headers = {}
        for line in lines[1:]:
            if line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "-1"))
    except ValueError as exc:
        raise FetchRefused("no proper answer") from exc
    if not version.startswith("HTTP/1.") or not status.isdigit():
        raise FetchRefused("no proper answer")
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raise FetchRefused("no length")
    if not 0 <= length <= MAX_BODY_BYTES:
        raise FetchRefused("too large or no length")
    return int(status), length


async def refresh(trust: Trust, server_url: str, timeout: float = FETCH_TIMEOUT) -> int:
    """Ask the server for every trusted organisation's line; adopt the good ones.

    Returns how many lines were taken. Never raises: whatever goes wrong, the lines held
    are used. Bounded by `timeout` in all.
    """
    keys = [o.public_key for o in trust.organisations]
    if not keys:
        return 0

    async def one(key: bytes) -> str | None:
        try:
            return await fetch_line(server_url, key)
        except (OSError, FetchRefused, SignalingError, asyncio.IncompleteReadError) as exc:
            log.info("no newer organisation line: %s", type(exc).__name__)
            return None

    tasks = [asyncio.ensure_future(one(key)) for key in keys]
    done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()
    if pending:
        log.info("the pairing server did not answer in time; the lines held are used")
    taken = 0
    for task in done:
        line = task.result()
        if line is not None and trust.adopt(line):
            taken += 1
    return taken
