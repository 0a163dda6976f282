"""The supporter's identity key: Ed25519 statements bound to one session, without I/O.

docs/PROTOCOL.md, section 3. The supporter app signs two statements inside the sealed
channel: in `hello`, its display name for this session id (proof that it holds the key
before the home user is asked anything); after the answer, both DTLS fingerprints
(binding the key to the connection that the data channel check later ties to the PAKE
key). The helper app shows a short fingerprint of the key next to the name.
Keeping the key (OS keyring) is the supporter app's business: assist_client/identity.py.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_GROUPS = 4  # 4 groups of 4 hex digits: 64 bits of SHA-256 over the public key

_HELLO_CONTEXT = b"assist/v1 supporter hello\x00"
_CONNECTION_CONTEXT = b"assist/v1 supporter connection\x00"
_CLAIM_CONTEXT = b"assist/v1 supporter claim\x00"  # issue 16: signaling/verified.py


class IdentityError(Exception):
    """A supporter identity field is missing, malformed or does not verify.

    Not a ValueError on purpose: the flows end the session as `tampered` for it, not as
    a malformed message.
    """


def _field(text: str) -> bytes:
    """A length-prefixed UTF-8 field, so no two statements can share their bytes."""
    data = text.encode("utf-8")
    if len(data) > 0xFFFF:
        raise IdentityError("field too long")
    return len(data).to_bytes(2, "big") + data


def hello_statement(session_id: bytes, name: str) -> bytes:
    """What the supporter signs in `hello`: this session, under this display name."""
    return _HELLO_CONTEXT + _field(session_id.hex()) + _field(name)


def connection_statement(session_id: bytes, home_fp: str, supporter_fp: str) -> bytes:
    """What the supporter signs after the answer: this session, these two DTLS certificates."""
    return _CONNECTION_CONTEXT + _field(session_id.hex()) + _field(home_fp) + _field(supporter_fp)


def claim_statement(nameplate: str, stamp: int) -> bytes:
    """What the supporter signs in a claim when the server wants verified supporters."""
    return _CLAIM_CONTEXT + _field(nameplate) + stamp.to_bytes(8, "big", signed=True)


def key_fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key, e.g. "7F3A-91C2-0B4D-22E1"."""
    digest = hashlib.sha256(b"assist/v1 key fingerprint\x00" + public_key).hexdigest().upper()
    return "-".join(digest[i * 4 : i * 4 + 4] for i in range(FINGERPRINT_GROUPS))


# Characters that read like the mark's parts: Cyrillic and Greek capitals that look like
# A-F, and letters that look like 0 and 1. After NFKC (fullwidth forms become ASCII).
_LOOKALIKES = str.maketrans(
    {
        **dict.fromkeys("\u0410\u0391", "A"),  # Cyrillic, Greek capital A
        **dict.fromkeys("\u0412\u0392", "B"),
        **dict.fromkeys("\u0421\u0441", "C"),
        **dict.fromkeys("\u0415\u0395\u0435", "E"),
        "\u0430": "A",
        **dict.fromkeys("Oo\u039f\u041e\u043e", "0"),
        **dict.fromkeys("Il|\u0406\u0456", "1"),
    }
)
# Dashes of every kind, the minus sign, and other marks that could stand between groups.
_JOINERS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63_.:\u00b7/|"
_GROUP = re.compile(r"(?<![^\W_])[^\W_]{4}(?![^\W_])")
_MARK_GROUP = re.compile(r"[0-9A-F]{4}")


def imitates_mark(name: str) -> bool:
    """True if a display name holds text shaped like a helper mark ("7F3A-91C2…").

    The consent page shows the name above the mark of the key that proved itself; a name
    holding another helper's mark could make a stranger look familiar. Two groups of four
    letters or digits that read as hexadecimal (look-alike letters included), joined by a
    dash, space or similar mark, with a digit among them, are refused. Names like
    "Anna-Liisa", "Anna 2024" or "Jean-Paul" stay allowed.
    """
    text = unicodedata.normalize("NFKC", name).translate(_LOOKALIKES).upper()
    text = "".join("-" if ch in _JOINERS or unicodedata.category(ch) == "Pd" else ch for ch in text)
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(text)]
    for (_, end, first), (start, _, second) in zip(groups, groups[1:], strict=False):
        between = text[end:start]
        if not between or len(between) > 3 or between.strip(" -"):
            continue
        both_hex = _MARK_GROUP.fullmatch(first) and _MARK_GROUP.fullmatch(second)
        if both_hex and any(ch.isdigit() for ch in first + second):
            return True
    return False


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def decode(value: object, length: int) -> bytes:
    """A base64 field of exactly `length` bytes, else IdentityError."""
    if not isinstance(value, str) or len(value) > 4 * length:
        raise IdentityError("not a base64 string")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise IdentityError("not base64") from exc
    if len(data) != length:
        raise IdentityError("wrong length")
    return data


class SupporterSigner:
    """The supporter app's side: signs the two statements with its private key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self.public_key = private_key.public_key().public_bytes_raw()

    def __repr__(self) -> str:  # the private key never reaches a log
        return f"<SupporterSigner {self.fingerprint}>"

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)

    def hello_fields(self, session_id: bytes, name: str) -> dict[str, str]:
        """The `key` and `proof` fields of the sealed `hello`."""
        proof = self._private_key.sign(hello_statement(session_id, name))
        return {"key": encode(self.public_key), "proof": encode(proof)}

    def claim_proof(self, nameplate: str, stamp: int) -> str:
        """The signature a claim carries for a server that admits verified supporters only."""
        return encode(self._private_key.sign(claim_statement(nameplate, stamp)))

    def connection_message(
        self, session_id: bytes, home_fp: str, supporter_fp: str
    ) -> dict[str, str]:
        """The sealed `identity` message sent right after the answer."""
        signature = self._private_key.sign(connection_statement(session_id, home_fp, supporter_fp))
        return {"type": "identity", "sig": encode(signature)}


class SupporterKey:
    """The helper app's side: a supporter's public key, proven for one session."""

    def __init__(self, public_key: bytes, session_id: bytes) -> None:
        try:
            self._key = Ed25519PublicKey.from_public_bytes(public_key)
        except ValueError as exc:
            raise IdentityError("not an Ed25519 public key") from exc
        self.public_key = public_key
        self.session_id = session_id
        self.fingerprint = key_fingerprint(public_key)

    def __repr__(self) -> str:
        return f"<SupporterKey {self.fingerprint}>"

    @classmethod
    def from_hello(cls, hello: dict[str, Any], session_id: bytes) -> SupporterKey:
        """The key in a sealed `hello`, whose proof must verify over name and session."""
        name = hello.get("name")
        if not isinstance(name, str):
            raise IdentityError("no name")
        key = cls(decode(hello.get("key"), PUBLIC_KEY_BYTES), session_id)
        key._verify(decode(hello.get("proof"), SIGNATURE_BYTES), hello_statement(session_id, name))
        return key

    def check_connection(self, message: dict[str, Any], home_fp: str, supporter_fp: str) -> None:
        """Verify the sealed `identity` message against the fingerprints of both SDPs."""
        if message.get("type") != "identity":
            raise IdentityError("not an identity message")
        signature = decode(message.get("sig"), SIGNATURE_BYTES)
        self._verify(signature, connection_statement(self.session_id, home_fp, supporter_fp))

    def _verify(self, signature: bytes, statement: bytes) -> None:
        try:
            self._key.verify(signature, statement)
        except InvalidSignature as exc:
            raise IdentityError("signature does not verify") from exc
