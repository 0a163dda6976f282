"""Supporter certificates signed by an organisation: the I/O-free core (issue 16).

An organisation (a city's digital support, a library, a care home) holds an Ed25519
signing key. With `assist-org` it issues each supporter a certificate: name, the
organisation's name, role, validity, and the supporter's own identity key (the key
that signs `hello` and both DTLS fingerprints, crypto/identity.py). It also publishes a
*trust anchor*: its name, public key and revocation list, signed with the same key,
which goes into the helper app's `assist.toml` (`trusted_organisations`).

The helper app shows "Anna Virtanen, Espoo digital support" only when the certificate
verifies against a trusted organisation, is inside its validity, is not revoked, and
names the very key that proved itself in this session. Everything else is unverified.

Signed bytes are a fixed context plus length-prefixed fields in a fixed order, so two
different statements can never share their bytes; JSON only carries the fields.
No clock, files or keyring here: time is passed in, keys are passed in.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .identity import PUBLIC_KEY_BYTES, SIGNATURE_BYTES, key_fingerprint

CERTIFICATE_VERSION = 1
ANCHOR_PREFIX = "assist-org-v1:"
MAX_FIELD_CHARS = 80
MAX_CERTIFICATE_BYTES = 2048
MAX_REVOKED = 10_000
MAX_ANCHOR_CHARS = 400_000
_CERT_CONTEXT = b"assist/v1 supporter certificate\x00"
_ANCHOR_CONTEXT = b"assist/v1 organisation anchor\x00"
_SERIAL = re.compile(r"[0-9a-f]{32}")

# Why a certificate was not accepted: machine words (tests, logs, the supporter app).
MALFORMED = "malformed"
UNKNOWN_ORGANISATION = "unknown_organisation"
BAD_SIGNATURE = "bad_signature"
NOT_YET_VALID = "not_yet_valid"
EXPIRED = "expired"
REVOKED = "revoked"
WRONG_KEY = "wrong_key"


class CertificateError(Exception):
    """A certificate or trust anchor cannot be used; `reason` is one of the words above."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _field(value: str | bytes | int) -> bytes:
    if isinstance(value, int):
        return value.to_bytes(8, "big", signed=True)
    try:
        data = value.encode("utf-8") if isinstance(value, str) else value
    except UnicodeEncodeError as exc:  # a lone surrogate from JSON
        raise CertificateError(MALFORMED) from exc
    if len(data) > 0xFFFF:
        raise CertificateError(MALFORMED)
    return len(data).to_bytes(2, "big") + data


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, length: int) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * length:
        raise CertificateError(MALFORMED)
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CertificateError(MALFORMED) from exc
    if len(data) != length:
        raise CertificateError(MALFORMED)
    return data


def _text(value: object, *, empty: bool = False) -> str:
    ok = isinstance(value, str) and len(value) <= MAX_FIELD_CHARS and (empty or value.strip())
    if not ok or not str(value).isprintable():
        raise CertificateError(MALFORMED)
    return str(value)


def _time(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**40:
        raise CertificateError(MALFORMED)
    return value


def _verify(public_key: bytes, signature: bytes, statement: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, statement)
    except (InvalidSignature, ValueError) as exc:
        raise CertificateError(BAD_SIGNATURE) from exc


@dataclass(frozen=True)
class Certificate:
    """One supporter certificate. `serial` names it in revocation lists."""

    serial: str
    name: str
    organisation: str
    role: str
    not_before: int  # seconds since the epoch
    not_after: int
    supporter_key: bytes
    organisation_key: bytes
    signature: bytes = b""

    def statement(self) -> bytes:
        """The canonical bytes the organisation signs."""
        return (
            _CERT_CONTEXT
            + _field(CERTIFICATE_VERSION)
            + _field(self.serial)
            + _field(self.name)
            + _field(self.organisation)
            + _field(self.role)
            + _field(self.not_before)
            + _field(self.not_after)
            + _field(self.supporter_key)
            + _field(self.organisation_key)
        )

    def to_message(self) -> dict[str, Any]:
        """The JSON form carried in `hello` and stored in the supporter's file."""
        return {
            "v": CERTIFICATE_VERSION,
            "serial": self.serial,
            "name": self.name,
            "organisation": self.organisation,
            "role": self.role,
            "not_before": self.not_before,
            "not_after": self.not_after,
            "supporter_key": _b64(self.supporter_key),
            "organisation_key": _b64(self.organisation_key),
            "signature": _b64(self.signature),
        }

    def to_text(self) -> str:
        return json.dumps(self.to_message(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_message(cls, message: object) -> Certificate:
        """Parse (not verify) a certificate; CertificateError(MALFORMED) when it is not one."""
        if not isinstance(message, dict) or message.get("v") != CERTIFICATE_VERSION:
            raise CertificateError(MALFORMED)
        serial = message.get("serial")
        if not isinstance(serial, str) or not _SERIAL.fullmatch(serial):
            raise CertificateError(MALFORMED)
        return cls(
            serial=serial,
            name=_text(message.get("name")),
            organisation=_text(message.get("organisation")),
            role=_text(message.get("role"), empty=True),
            not_before=_time(message.get("not_before")),
            not_after=_time(message.get("not_after")),
            supporter_key=_unb64(message.get("supporter_key"), PUBLIC_KEY_BYTES),
            organisation_key=_unb64(message.get("organisation_key"), PUBLIC_KEY_BYTES),
            signature=_unb64(message.get("signature"), SIGNATURE_BYTES),
        )

    @classmethod
    def from_text(cls, text: str) -> Certificate:
        if len(text) > MAX_CERTIFICATE_BYTES:
            raise CertificateError(MALFORMED)
        try:
            return cls.from_message(json.loads(text))
        except ValueError as exc:
            raise CertificateError(MALFORMED) from exc


@dataclass(frozen=True)
class TrustedOrganisation:
    """A trust anchor: the organisation's name, public key and revoked serials, self-signed."""

    name: str
    public_key: bytes
    revoked: frozenset[str]
    issued: int  # when this revocation list was made (seconds since the epoch)
    signature: bytes = b""

    @property
    def fingerprint(self) -> str:
        """What a home user compares when adding an organisation by hand."""
        return key_fingerprint(self.public_key)

    def statement(self) -> bytes:
        body = _ANCHOR_CONTEXT + _field(self.name) + _field(self.public_key)
        body += _field(self.issued) + _field(len(self.revoked))
        for serial in sorted(self.revoked):
            body += _field(serial)
        return body

    def to_text(self) -> str:
        """One line for `assist.toml` and for the pairing server to serve."""
        body = {
            "name": self.name,
            "key": _b64(self.public_key),
            "issued": self.issued,
            "revoked": sorted(self.revoked),
            "sig": _b64(self.signature),
        }
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return ANCHOR_PREFIX + base64.urlsafe_b64encode(raw).decode("ascii")

    @classmethod
    def from_text(cls, text: str) -> TrustedOrganisation:
        """Parse and check the self-signature: a changed name or list does not verify."""
        text = text.strip()
        if not text.startswith(ANCHOR_PREFIX) or len(text) > MAX_ANCHOR_CHARS:
            raise CertificateError(MALFORMED)
        encoded = text[len(ANCHOR_PREFIX) :]
        try:
            raw = base64.urlsafe_b64decode(encoded)
            body = json.loads(raw)
        except (binascii.Error, ValueError) as exc:
            raise CertificateError(MALFORMED) from exc
        if base64.urlsafe_b64encode(raw).decode("ascii") != encoded:  # one spelling only
            raise CertificateError(MALFORMED)
        if not isinstance(body, dict):
            raise CertificateError(MALFORMED)
        revoked = body.get("revoked")
        if not isinstance(revoked, list) or len(revoked) > MAX_REVOKED:
            raise CertificateError(MALFORMED)
        if not all(isinstance(s, str) and _SERIAL.fullmatch(s) for s in revoked):
            raise CertificateError(MALFORMED)
        anchor = cls(
            name=_text(body.get("name")),
            public_key=_unb64(body.get("key"), PUBLIC_KEY_BYTES),
            revoked=frozenset(revoked),
            issued=_time(body.get("issued")),
            signature=_unb64(body.get("sig"), SIGNATURE_BYTES),
        )
        _verify(anchor.public_key, anchor.signature, anchor.statement())
        return anchor


class OrganisationKey:
    """The organisation's signing key (assist-org keeps it; it never reaches a log)."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self.public_key = private_key.public_key().public_bytes_raw()

    def __repr__(self) -> str:
        return f"<OrganisationKey {key_fingerprint(self.public_key)}>"

    @classmethod
    def generate(cls) -> OrganisationKey:
        return cls(Ed25519PrivateKey.generate())

    def private_bytes(self) -> bytes:
        """For the key file or keyring only."""
        return self._private_key.private_bytes_raw()

    def issue(
        self,
        *,
        name: str,
        organisation: str,
        role: str,
        not_before: int,
        not_after: int,
        supporter_key: bytes,
    ) -> Certificate:
        """A signed certificate for one supporter key (raises CertificateError if unusable)."""
        if not_after <= not_before:
            raise CertificateError(MALFORMED)
        unsigned = Certificate(
            serial=secrets.token_hex(16),
            name=_text(name),
            organisation=_text(organisation),
            role=_text(role, empty=True),
            not_before=_time(not_before),
            not_after=_time(not_after),
            supporter_key=supporter_key,
            organisation_key=self.public_key,
        )
        Ed25519PublicKey.from_public_bytes(supporter_key)  # ValueError for junk
        signature = self._private_key.sign(unsigned.statement())
        return replace(unsigned, signature=signature)

    def anchor(
        self, name: str, revoked: set[str] | frozenset[str], issued: int
    ) -> TrustedOrganisation:
        """The signed trust anchor: name, this key and the revoked serials."""
        unsigned = TrustedOrganisation(_text(name), self.public_key, frozenset(revoked), issued)
        signature = self._private_key.sign(unsigned.statement())
        return TrustedOrganisation(
            unsigned.name, self.public_key, unsigned.revoked, issued, signature
        )


@dataclass(frozen=True)
class Verified:
    """What the consent page may say: the organisation's own (trusted) name, and who."""

    name: str
    organisation: str
    role: str
    serial: str


def verify(
    message: object,
    trusted: list[TrustedOrganisation] | tuple[TrustedOrganisation, ...],
    now: float,
    session_key: bytes,
) -> Verified:
    """Check a certificate from `hello` for this session; CertificateError(reason) if not.

    `session_key` is the key that signed this session's `hello` (and will sign both
    DTLS fingerprints): a certificate for any other key is someone else's.
    """
    certificate = Certificate.from_message(message)
    anchor = next((t for t in trusted if t.public_key == certificate.organisation_key), None)
    if anchor is None:
        raise CertificateError(UNKNOWN_ORGANISATION)
    _verify(anchor.public_key, certificate.signature, certificate.statement())
    if certificate.serial in anchor.revoked:
        raise CertificateError(REVOKED)
    if now < certificate.not_before:
        raise CertificateError(NOT_YET_VALID)
    if now >= certificate.not_after:
        raise CertificateError(EXPIRED)
    if not secrets.compare_digest(certificate.supporter_key, session_key):
        raise CertificateError(WRONG_KEY)
    # The organisation's name the home user's side trusts, not the one inside the file.
    return Verified(certificate.name, anchor.name, certificate.role, certificate.serial)


# -- names typed by unverified supporters -------------------------------------------------
# Words and marks that would make a typed name read like a confirmed one. Matched after
# NFKC and case folding; the whole word is removed.
_CLAIM_WORDS = frozenset(
    """verified verify confirmed certified official authorised authorized trusted
    support helpdesk security bank police microsoft apple google kela vero
    varmennettu vahvistettu virallinen tuki pankki poliisi turvallisuus
    verifierad bekräftad officiell kontrollerad polisen banken
    kinnitatud ametlik tugi pank politsei
    проверен проверено подтверждён подтвержден официальный поддержка банк полиция
    перевірений підтверджений офіційний підтримка поліція
    xaqiijiyay rasmi booliska bangiga
    موثق موثوق رسمي تم التحقق الدعم الشرطة البنك
    oy oyj ab ltd inc llc gmbh corp co ry""".split()  # noqa: SIM905 (readable as words)
)
_SEPARATORS = re.compile(r"[,;:|/\\(\[{<@•·–—]")


def unverified_name(name: str) -> str:
    """A typed name made unable to pass for a verified one (may return "").

    Drops symbols (check marks, shields, stars), format and bidi control characters,
    anything after a comma, bracket or similar separator (the verified page's
    "Name, Organisation" shape), and words that claim a role or an organisation.
    """
    text = unicodedata.normalize("NFKC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("C", "S", "M"))
    text = _SEPARATORS.split(text, maxsplit=1)[0]
    words = [w for w in text.split() if not _claims(w)]
    return " ".join(words)[:40].strip(" .-'\"")


# Latin look-alikes from other scripts, for comparing a word with the claim words only
# ("vеrified" with a Cyrillic е); the name itself is shown as typed.
_LATIN = str.maketrans("аеорсухіјѕԁνοκτμ", "aeopcyxijsdvoktm")


def _claims(word: str) -> bool:
    """True if a word, without punctuation and in any letter case, is a claim word."""
    bare = "".join(ch for ch in word if unicodedata.category(ch)[0] != "P").casefold()
    return bare in _CLAIM_WORDS or bare.translate(_LATIN) in _CLAIM_WORDS
