"""The organisations this helper app trusts to vouch for supporters (issue 16).

From the organisation's `assist.toml` (`trusted_organisations`: name = the trust line
`assist-org export` prints) and, unless this is a loan computer, the ones the home user
added from a file their organisation gave them (`organisations.txt` in the data folder,
one trust line a line). A trust line that does not verify is refused as a whole.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assist_ui.private_files import append_private
from assist_ui.settings import data_dir, keeps_nothing
from crypto.certificates import CertificateError, TrustedOrganisation, Verified, verify

log = logging.getLogger("assist.agent.trust")

ADDED_FILE = "organisations.txt"


class TrustError(Exception):
    """A trust line in assist.toml is broken or was changed; `name` says which one."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"trusted_organisations: {name!r} does not verify ({reason})")
        self.name = name
        self.reason = reason


class Trust:
    """The trusted organisations, and the one check the session asks for."""

    def __init__(self, organisations: tuple[TrustedOrganisation, ...] = ()) -> None:
        self.organisations = organisations

    @classmethod
    def from_config(cls, lines: Mapping[str, str], *, added: Path | None = None) -> Trust:
        """The organisation's list (TrustError if one line is broken) plus the home user's."""
        path = added if added is not None else (None if keeps_nothing() else added_path())
        return cls(parse_lines(lines) + tuple(_read_added(path)))

    def check(self, hello: dict[str, Any], session_key: bytes) -> Verified | None:
        """The certificate in `hello`, if it verifies for this session's key now; else None."""
        if "certificate" not in hello or not self.organisations:
            return None
        try:
            return verify(hello["certificate"], self.organisations, time.time(), session_key)
        except CertificateError as exc:
            log.info("supporter certificate not accepted: %s", exc.reason)
            return None


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
