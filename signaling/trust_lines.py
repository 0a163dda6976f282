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

With `require_verified_supporters` on, the server's own admission rule
(signaling/verified.py) also takes the newest line here for each organisation listed in
its configuration, never a key that is only in the folder.

Bounds: at most MAX_FILES files are read, each up to MAX_LINE_BYTES; the folder is looked
at again when a file was added or renamed in it, else at most every RESCAN_INTERVAL
seconds (a file changed in place is seen within that), and then only files that changed
are read and checked again (FolderLines). The path is matched against a fixed pattern and
never joined to a file name: no directory traversal.
"""

from __future__ import annotations

import asyncio
import http
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from websockets.asyncio.server import ServerConnection
from websockets.http11 import Response

from signaling.verified import Organisation, parse_anchor

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


@dataclass(frozen=True)
class Served:
    """One verified line from the folder."""

    organisation: Organisation
    line: str


class FolderLines:
    """The folder's newest verified line per organisation key, read again only where it
    changed: a file is parsed (and its signature checked) when its name, size, inode or
    modification time is new; otherwise the earlier answer for it is kept."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._files: dict[str, tuple[tuple[int, int, int], Served | None]] = {}

    def scan(self) -> dict[bytes, Served]:
        """{public key: newest line}; a file that does not verify is skipped (logged)."""
        try:
            entries = sorted(os.scandir(self.folder), key=lambda e: e.name)[:MAX_FILES]
        except OSError as exc:
            log.warning("trust_lines_dir cannot be read: %s", type(exc).__name__)
            return {}
        files: dict[str, tuple[tuple[int, int, int], Served | None]] = {}
        for entry in entries:
            try:
                if not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:
                continue
            stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
            known = self._files.get(entry.name)
            files[entry.name] = known if known and known[0] == stamp else (stamp, _read(entry))
        self._files = files
        newest: dict[bytes, Served] = {}
        for _, served in files.values():
            if served is None:
                continue
            key = served.organisation.public_key
            if key not in newest or served.organisation.issued > newest[key].organisation.issued:
                newest[key] = served
        return newest


def _read(entry: os.DirEntry[str]) -> Served | None:
    try:
        if entry.stat().st_size > MAX_LINE_BYTES:
            raise ValueError("too big")
        line = Path(entry.path).read_text(encoding="utf-8").strip()
        return Served(parse_anchor(line), line)
    except (OSError, ValueError, UnicodeDecodeError):  # PolicyError is a ValueError
        log.warning("trust_lines_dir: %s is not a trust line; skipped", entry.name)
        return None


def read_folder(folder: Path) -> dict[bytes, tuple[int, str]]:
    """{public key: (issued, line)}: the newest verified line per organisation."""
    found = FolderLines(folder).scan()
    return {key: (s.organisation.issued, s.line) for key, s in found.items()}


class FolderWatch:
    """When to look at the folder again: a file was added, removed or renamed in it
    (its modification time, one stat), or RESCAN_INTERVAL passed (a file changed in place)."""

    def __init__(self, folder: Path, clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = folder
        self._clock = clock
        self._stamp: int | None = None
        self._read_at: float | None = None

    def due(self) -> bool:
        try:
            stamp: int | None = self.folder.stat().st_mtime_ns
        except OSError:
            stamp = None
        changed, self._stamp = stamp != self._stamp, stamp
        now = self._clock()
        return changed or self._read_at is None or now - self._read_at >= RESCAN_INTERVAL

    def read(self) -> None:
        self._read_at = self._clock()


class TrustLines:
    """The folder's newest line per organisation, read again (off the event loop) when it
    may have changed."""

    def __init__(self, folder: str | Path, clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = Path(folder)
        self._lines = FolderLines(self.folder)
        self._watch = FolderWatch(self.folder, clock)
        self._newest: dict[bytes, Served] = {}
        self._reading: asyncio.Task[dict[bytes, Served]] | None = None

    async def line_for(self, public_key: bytes) -> str | None:
        """The newest line for this organisation key, or None."""
        if self._watch.due():
            if self._reading is None or self._reading.done():
                self._reading = asyncio.ensure_future(asyncio.to_thread(self._lines.scan))
            reading = self._reading
            self._newest = await asyncio.shield(reading)
            self._watch.read()
        found = self._newest.get(public_key)
        return found.line if found else None


async def serve_trust_line(
    lines: TrustLines | None, connection: ServerConnection, path: str
) -> Response:
    """The HTTP answer to `GET /trust/<key hex>`: the line, or 404."""
    key = trust_key(path)
    line = None if key is None or lines is None else await lines.line_for(key)
    if line is None:
        return connection.respond(http.HTTPStatus.NOT_FOUND, "not found\n")
    return connection.respond(http.HTTPStatus.OK, line + "\n")
