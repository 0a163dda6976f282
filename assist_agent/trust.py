"""The organisations this helper app trusts to vouch for supporters (issue 16).

From the organisation's `assist.toml` (`trusted_organisations`: name = the trust line
`assist-org export` prints) and, unless this is a loan computer, the ones the home user
added from a file their organisation gave them (`organisations.txt` in the data folder,
one trust line a line). A trust line that does not verify is refused as a whole.

Newer lines of the same organisations come from the pairing server (trust_fetch.py): one
is taken only if it verifies with a key already trusted here and is newer than the line
held (`adopt`); they are kept in `organisation-updates.txt`, or in memory only on a loan
computer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from assist_ui.private_files import append_private, replace_private
from assist_ui.settings import data_dir, keeps_nothing
from crypto.certificates import CertificateError, TrustedOrganisation, Verified, verify

log = logging.getLogger("assist.agent.trust")

ADDED_FILE = "organisations.txt"
UPDATES_FILE = "organisation-updates.txt"


class TrustError(Exception):
    """A trust line in assist.toml is broken or was changed; `name` says which one."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"trusted_organisations: {name!r} does not verify ({reason})")
        self.name = name
        self.reason = reason


class Trust:
    """The trusted organisations, and the one check the session asks for."""

    def __init__(
        self,
        organisations: tuple[TrustedOrganisation, ...] = (),
        *,
        updates: Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.organisations = organisations
        self.updates = updates  # where newer lines are kept; None: in memory only
        self.clock = clock
        for line in _lines_in(updates):
            self.adopt(line, keep=False)

    @classmethod
    def from_config(
        cls, lines: Mapping[str, str], *, added: Path | None = None, updates: Path | None = None
    ) -> Trust:
        """The organisation's list (TrustError if one line is broken) plus the home user's."""
        path = added if added is not None else (None if keeps_nothing() else added_path())
        if updates is None and not keeps_nothing():
            updates = data_dir() / UPDATES_FILE
        return cls(parse_lines(lines) + tuple(_read_added(path)), updates=updates)

    def check(self, hello: dict[str, Any], session_key: bytes) -> Verified | None:
        """The certificate in `hello`, if it verifies for this session's key now; else None."""
        if "certificate" not in hello or not self.organisations:
            return None
        try:
            return self.recheck(hello["certificate"], session_key)
        except CertificateError as exc:
            log.info("supporter certificate not accepted: %s", exc.reason)
            return None

    def recheck(self, certificate: object, session_key: bytes) -> Verified:
        """The same check with the newest lines held and the time now (CertificateError)."""
        return verify(certificate, self.organisations, self.clock(), session_key)

    def add(self, organisation: TrustedOrganisation) -> None:
        """An organisation the home user just confirmed, for the sessions from now on."""
        if all(o.public_key != organisation.public_key for o in self.organisations):
            self.organisations += (organisation,)

    def adopt(self, line: str, *, keep: bool = True) -> bool:
        """Take a newer line of an organisation trusted here; False changes nothing.

        It must verify with a key already trusted (a server cannot bring a new one) and
        be newer than the line held (an old list cannot undo a revocation).
        """
        try:
            newer = TrustedOrganisation.from_text(line)
        except CertificateError:
            return False
        held = [o for o in self.organisations if o.public_key == newer.public_key]
        if not held or not _newer(newer, held[0]):
            return False
        self.organisations = tuple(
            newer if o.public_key == newer.public_key else o for o in self.organisations
        )
        if keep and self.updates is not None and not keeps_nothing():
            try:
                replace_private(
                    self.updates, "".join(o.to_text() + "\n" for o in self.organisations)
                )
            except OSError:
                log.warning("could not keep the newer organisation lines")
        return True


def parse_lines(lines: Mapping[str, str]) -> tuple[TrustedOrganisation, ...]:
    """assist.toml's trust lines; TrustError names the first one that does not verify."""
    found = []
    for name, line in lines.items():
        try:
            found.append(TrustedOrganisation.from_text(line))
        except CertificateError as exc:
            raise TrustError(name, exc.reason) from None
    return tuple(found)


def added_path() -> Path:
    return data_dir() / ADDED_FILE


def read_offer(path: Path) -> TrustedOrganisation:
    """The organisation in a file the home user opened: CertificateError if it is none."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise CertificateError("malformed") from None
    return TrustedOrganisation.from_text(text)


def remember(organisation: TrustedOrganisation, path: Path | None = None) -> None:
    """Keep an organisation the home user confirmed (never on a loan computer)."""
    if keeps_nothing():
        return
    append_private(path or added_path(), organisation.to_text() + "\n")


def _read_added(path: Path | None) -> list[TrustedOrganisation]:
    if path is None or not path.exists():
        return []
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            found.append(TrustedOrganisation.from_text(line))
        except CertificateError:
            log.warning("a changed line in %s was skipped", ADDED_FILE)
    return found


def _lines_in(path: Path | None) -> list[str]:
    if path is None or not path.exists():
        return []
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _newer(line: TrustedOrganisation, held: TrustedOrganisation) -> bool:
    """Issued later; or in the same second with more revoked (two exports in one second)."""
    return line.issued > held.issued or (line.issued == held.issued and line.revoked > held.revoked)
