"""Verified supporters only (issue 16): `require_verified_supporters` in signaling.toml.

With it on, a claim must carry a supporter certificate signed by one of the organisations
listed in `trusted_organisations` (the trust lines `assist-org export` prints), valid now
and not revoked, and a signature by the certificate's key over this nameplate and a fresh
time stamp (proof that the claimer holds the key; a copied certificate is useless).
Everything else is refused with `not_verified` before the nameplate is even looked up.

With `trust_lines_dir` set as well, the revocation list used for an organisation is the
newest one there that verifies with that organisation's configured key (larger `issued`
than the configured line's); a line with any other key is never used. The newest list
seen is kept while the server runs: removing a file does not bring a revoked supporter
back (a new export does, with its newer `issued`). The folder is looked at during a claim
(one stat; a file is read and checked only when it changed, signaling/trust_lines.py).

This is the organisation's admission rule for its own server, not the home user's
protection: the helper app checks the certificate itself, end to end, whatever the
server does (docs/SECURITY.md, "Organisations").

The pairing server may not import `crypto` (it never handles session keys), so the few
lines of canonical encoding are repeated here and tested against `crypto.certificates`
(tests/identity/test_server_policy.py). Ed25519 comes from `cryptography` directly.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

if TYPE_CHECKING:
    from signaling.trust_lines import FolderLines, FolderWatch, Served

NOT_VERIFIED = "not_verified"
MAX_SKEW = 300.0  # seconds between the supporter's clock and ours
ANCHOR_PREFIX = "assist-org-v1:"
_CERT_CONTEXT = b"assist/v1 supporter certificate\x00"
_ANCHOR_CONTEXT = b"assist/v1 organisation anchor\x00"
_CLAIM_CONTEXT = b"assist/v1 supporter claim\x00"
_SERIAL = re.compile(r"[0-9a-f]{32}")


class PolicyError(ValueError):
    """A trust line in the server's configuration does not verify."""


def _field(value: str | bytes | int) -> bytes:
    if isinstance(value, int):
        return value.to_bytes(8, "big", signed=True)
    data = value.encode("utf-8") if isinstance(value, str) else value
    if len(data) > 0xFFFF:
        raise ValueError("field too long")
    return len(data).to_bytes(2, "big") + data


def claim_statement(nameplate: str, stamp: int) -> bytes:
    """What the supporter signs in a claim: this nameplate, at this time."""
    return _CLAIM_CONTEXT + _field(nameplate) + _field(stamp)


def _key(value: object, length: int) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * length:
        raise ValueError("not base64")
    data = base64.b64decode(value, validate=True)
    if len(data) != length:
        raise ValueError("wrong length")
    return data


def _verify(public_key: bytes, signature: bytes, statement: bytes) -> None:
    Ed25519PublicKey.from_public_bytes(public_key).verify(signature, statement)


@dataclass(frozen=True)
class Organisation:
    name: str
    public_key: bytes
    revoked: frozenset[str]
    issued: int = 0  # when the organisation made this revocation list


def parse_anchor(line: str) -> Organisation:
    """A trust line, its self-signature checked; PolicyError when it does not verify."""
    try:
        text = line.strip()
        if not text.startswith(ANCHOR_PREFIX):
            raise ValueError("not a trust line")
        encoded = text[len(ANCHOR_PREFIX) :]
        raw = base64.urlsafe_b64decode(encoded)
        if base64.urlsafe_b64encode(raw).decode("ascii") != encoded:
            raise ValueError("not the one spelling of this line")
        body = json.loads(raw)
        name, revoked, issued = body["name"], body["revoked"], body["issued"]
        if not (isinstance(name, str) and isinstance(revoked, list) and isinstance(issued, int)):
            raise ValueError("wrong fields")
        if not all(isinstance(s, str) and _SERIAL.fullmatch(s) for s in revoked):
            raise ValueError("bad serial")
        public_key = _key(body["key"], 32)
        statement = _ANCHOR_CONTEXT + _field(name) + _field(public_key)
        unique = sorted(set(revoked))
        statement += _field(issued) + _field(len(unique))
        for serial in unique:
            statement += _field(serial)
        _verify(public_key, _key(body["sig"], 64), statement)
    except (ValueError, KeyError, TypeError, binascii.Error, InvalidSignature) as exc:
        raise PolicyError(f"trusted_organisations: a line does not verify ({exc})") from None
    return Organisation(name, public_key, frozenset(revoked), issued)


def _certificate_statement(cert: Mapping[str, Any]) -> tuple[bytes, bytes, bytes]:
    """(signed bytes, supporter key, organisation key) of a certificate's JSON form."""
    fields = ("serial", "name", "organisation", "role")
    if cert.get("v") != 1 or not all(isinstance(cert.get(f), str) for f in fields):
        raise ValueError("not a certificate")
    times = (cert.get("not_before"), cert.get("not_after"))
    if not all(isinstance(t, int) and not isinstance(t, bool) for t in times):
        raise ValueError("bad times")
    supporter_key = _key(cert.get("supporter_key"), 32)
    organisation_key = _key(cert.get("organisation_key"), 32)
    statement = _CERT_CONTEXT + _field(1) + b"".join(_field(cert[f]) for f in fields)
    statement += _field(int(cert["not_before"])) + _field(int(cert["not_after"]))
    statement += _field(supporter_key) + _field(organisation_key)
    return statement, supporter_key, organisation_key


class SupporterPolicy:
    """Which claims the room rules accept when verified supporters are required."""

    def __init__(
        self,
        trust_lines: Sequence[str],
        wall: Callable[[], float] = time.time,
        *,
        folder: str | Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.organisations = tuple(parse_anchor(line) for line in trust_lines)
        if not self.organisations:
            raise PolicyError("require_verified_supporters needs trusted_organisations")
        self._wall = wall
        # Per configured key, the newest verified list seen (the configured line first).
        self._current: dict[bytes, Organisation] = {}
        for listed in self.organisations:
            known = self._current.get(listed.public_key)
            if known is None or listed.issued > known.issued:
                self._current[listed.public_key] = listed
        self._served: tuple[FolderLines, FolderWatch] | None = None
        self._newest_served: dict[bytes, Served] = {}
        if folder:
            from signaling.trust_lines import FolderLines, FolderWatch  # no import cycle

            self._served = (FolderLines(folder), FolderWatch(Path(folder), clock))

    def current(self, organisation_key: bytes) -> Organisation | None:
        """The newest verified list for a configured organisation key, or None."""
        if organisation_key not in self._current:
            return None
        if self._served is not None:
            lines, watch = self._served
            if watch.due():
                self._newest_served = lines.scan()
                watch.read()
            served = self._newest_served.get(organisation_key)
            newer = served.organisation if served is not None else None
            if newer is not None and newer.issued > self._current[organisation_key].issued:
                self._current[organisation_key] = newer
        return self._current[organisation_key]

    def problem(self, message: Mapping[str, Any]) -> str | None:
        """None when the claim proves a valid certificate's key; else `not_verified`."""
        try:
            self._check(message)
        except (ValueError, KeyError, TypeError, binascii.Error, InvalidSignature):
            return NOT_VERIFIED
        return None

    def _check(self, message: Mapping[str, Any]) -> None:
        cert, stamp = message.get("certificate"), message.get("stamp")
        if not isinstance(cert, dict) or not isinstance(stamp, int) or isinstance(stamp, bool):
            raise ValueError("no certificate")
        now = self._wall()
        if abs(now - stamp) > MAX_SKEW:
            raise ValueError("stale proof")
        statement, supporter_key, organisation_key = _certificate_statement(cert)
        issuer = self.current(organisation_key)
        if issuer is None:
            raise ValueError("unknown organisation")
        _verify(issuer.public_key, _key(cert.get("signature"), 64), statement)
        if cert["serial"] in issuer.revoked or not cert["not_before"] <= now < cert["not_after"]:
            raise ValueError("revoked or out of date")
        proof = _key(message.get("proof"), 64)
        _verify(supporter_key, proof, claim_statement(str(message["nameplate"]), stamp))


def policy_for(
    required: bool, trust_lines: Sequence[str], folder: str = ""
) -> SupporterPolicy | None:
    """The policy the configuration asks for, or None when any supporter may claim."""
    return SupporterPolicy(trust_lines, folder=folder or None) if required else None
