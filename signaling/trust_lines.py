"""The organisations' current trust lines, served to helper apps (issue 16).

An admin puts the files `assist-org export --out FILE` writes into the folder named by
`trust_lines_dir`. The server answers `GET /trust/<organisation public key, 64 hex>`
on its public port with the newest line (largest `issued`) for that key, or 404. A
helper app that already trusts the key fetches it at the start of a session and so
learns of revocations without a new `assist.toml`.

The server needs no private key and vouches for nothing: every line is signed by the
organisation, and the helper app takes a line only if it verifies with the key it
already trusts and is not older than the one it has. A hostile server can withhold a
line or serve an old one, nothing more (docs/SECURITY.md, section 10). Lines that do not
verify are skipped (and logged by file name), so a stray file cannot break the server.

Bounds: at most MAX_FILES files are read, each up to MAX_LINE_BYTES; the folder is read
again, off the event loop, when a file was added or renamed in it, else at most every
RESCAN_INTERVAL seconds (a file changed in place is seen within that). The path is matched
against a fixed pattern and never joined to a file name: no directory traversal.
"""

from __future__ import annotations

import asyncio
import http
import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from websockets.asyncio.server import ServerConnection
from websockets.http11 import Response

from signaling.verified import PolicyError, parse_anchor

log = logging.getLogger("assist.signaling.trust")

TRUST_PREFIX = "/trust/"
TRUST_PATH = re.compile(r"/trust/([0-9a-f]{64})")
MAX_FILES = 1000
MAX_LINE_BYTES = 512 * 1024  # a revocation list of 10 000 serials is about 470 KiB
RESCAN_INTERVAL = 1.0


def trust_key(path: str) -> bytes | None:
    """The organisation key a request path asks for, or None when it is no trust path."""
    found = TRUST_PATH.fullmatch(path)
    return bytes.fromhex(found.group(1)) if found else None


def read_folder(folder: Path) -> dict[bytes, tuple[int, str]]:
    """{public key: (issued, line)}: the newest verified line per organisation."""
    newest: dict[bytes, tuple[int, str]] = {}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)[:MAX_FILES]
    except OSError as exc:
        log.warning("trust_lines_dir cannot be read: %s", type(exc).__name__)
        return newest
    for entry in entries:
        try:
            if not entry.is_file() or entry.stat().st_size > MAX_LINE_BYTES:
                continue
            line = Path(entry.path).read_text(encoding="utf-8").strip()
            organisation = parse_anchor(line)
        except (OSError, UnicodeDecodeError, PolicyError):
            log.warning("trust_lines_dir: %s is not a trust line; skipped", entry.name)
            continue
        known = newest.get(organisation.public_key)
        if known is None or organisation.issued > known[0]:
            newest[organisation.public_key] = (organisation.issued, line)
    return newest


class TrustLines:
    """The folder's newest line per organisation, read again when it may have changed."""

    def __init__(self, folder: str | Path, clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = Path(folder)
        self._clock = clock
        self._lines: dict[bytes, tuple[int, str]] = {}
        self._read_at: float | None = None
        self._stamp: int | None = None
        self._reading: asyncio.Task[dict[bytes, tuple[int, str]]] | None = None

    def _folder_changed(self) -> bool:
        """A file was added, removed or renamed since the last look (one stat)."""
        try:
            stamp = self.folder.stat().st_mtime_ns
        except OSError:
            stamp = None
        changed, self._stamp = stamp != self._stamp, stamp
        return changed

    async def line_for(self, public_key: bytes) -> str | None:
        """The newest line for this organisation key, or None."""
        now, changed = self._clock(), self._folder_changed()
        if changed or self._read_at is None or now - self._read_at >= RESCAN_INTERVAL:
            if self._reading is None or self._reading.done():
                self._reading = asyncio.ensure_future(asyncio.to_thread(read_folder, self.folder))
            reading = self._reading
            self._lines = await asyncio.shield(reading)
            self._read_at = self._clock()
        found = self._lines.get(public_key)
        return found[1] if found else None


async def serve_trust_line(
    lines: TrustLines | None, connection: ServerConnection, path: str
) -> Response:
    """The HTTP answer to `GET /trust/<key hex>`: the line, or 404."""
    key = trust_key(path)
    line = None if key is None or lines is None else await lines.line_for(key)
    if line is None:
        return connection.respond(http.HTTPStatus.NOT_FOUND, "not found\n")
    return connection.respond(http.HTTPStatus.OK, line + "\n")
