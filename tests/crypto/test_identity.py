"""The supporter's identity statements (crypto/identity.py, PROTOCOL.md section 3)."""

from __future__ import annotations

import base64
import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.identity import (
    IdentityError,
    SupporterKey,
    SupporterSigner,
    connection_statement,
    hello_statement,
    key_fingerprint,
)

pytestmark = pytest.mark.security

SESSION = bytes(range(16))
OTHER_SESSION = bytes(range(1, 17))
FP_HOME = "sha-256 AB:CD"
FP_SUPPORTER = "sha-256 12:34"


def signer() -> SupporterSigner:
    return SupporterSigner(Ed25519PrivateKey.generate())


def hello(s: SupporterSigner, name: str = "Anna", session: bytes = SESSION) -> dict[str, str]:
    return {"type": "hello", "name": name, "app": "x", **s.hello_fields(session, name)}


def test_hello_and_connection_verify() -> None:
    """A signer's hello and connection message verify at the helper app."""
    s = signer()
    key = SupporterKey.from_hello(hello(s), SESSION)
    assert key.fingerprint == s.fingerprint
    key.check_connection(
        s.connection_message(SESSION, FP_HOME, FP_SUPPORTER), FP_HOME, FP_SUPPORTER
    )


def test_fingerprint_is_short_stable_and_readable() -> None:
    """Four groups of four upper-case hex digits, the same for the same key."""
    s = signer()
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", s.fingerprint)
    assert key_fingerprint(s.public_key) == s.fingerprint
    assert signer().fingerprint != s.fingerprint


@pytest.mark.parametrize(
    "change",
    [
        lambda m: {**m, "name": "Bob"},  # another name than the one signed
        lambda m: {**m, "key": base64.b64encode(signer().public_key).decode()},  # stolen key
        lambda m: {**m, "proof": base64.b64encode(bytes(64)).decode()},
        lambda m: {k: v for k, v in m.items() if k != "proof"},
        lambda m: {k: v for k, v in m.items() if k != "key"},
        lambda m: {**m, "key": "not base64!"},
        lambda m: {**m, "key": base64.b64encode(bytes(31)).decode()},
        lambda m: {**m, "proof": m["proof"][:-4]},
        lambda m: {**m, "key": 12},
        lambda m: {**m, "name": None},
    ],
)
def test_bad_hello_is_refused(change: object) -> None:
    """Any change to the name, key or proof of a hello fails verification."""
    message = change(hello(signer()))  # type: ignore[operator]
    with pytest.raises(IdentityError):
        SupporterKey.from_hello(message, SESSION)


def test_hello_from_another_session_is_refused() -> None:
    """A hello proof is bound to the session id: replaying it in another session fails."""
    with pytest.raises(IdentityError):
        SupporterKey.from_hello(hello(signer()), OTHER_SESSION)


@pytest.mark.parametrize(
    ("session", "home_fp", "supporter_fp"),
    [
        (OTHER_SESSION, FP_HOME, FP_SUPPORTER),
        (SESSION, "sha-256 66:66", FP_SUPPORTER),
        (SESSION, FP_HOME, "sha-256 66:66"),
        (SESSION, FP_SUPPORTER, FP_HOME),  # swapped
    ],
)
def test_connection_signature_covers_session_and_both_fingerprints(
    session: bytes, home_fp: str, supporter_fp: str
) -> None:
    """The connection signature fails for another session or any other fingerprint."""
    s = signer()
    key = SupporterKey.from_hello(hello(s), SESSION)
    message = s.connection_message(session, home_fp, supporter_fp)
    with pytest.raises(IdentityError):
        key.check_connection(message, FP_HOME, FP_SUPPORTER)


def test_connection_message_must_be_an_identity_message() -> None:
    s = signer()
    key = SupporterKey.from_hello(hello(s), SESSION)
    message = {**s.connection_message(SESSION, FP_HOME, FP_SUPPORTER), "type": "answer"}
    with pytest.raises(IdentityError):
        key.check_connection(message, FP_HOME, FP_SUPPORTER)


def test_statements_cannot_stand_in_for_each_other() -> None:
    """Context labels and length prefixes keep the two statements apart."""
    hello_bytes = hello_statement(SESSION, "sha-256 AB:CD")
    connection_bytes = connection_statement(SESSION, "sha-256 AB:CD", "")
    assert hello_bytes != connection_bytes
    assert connection_statement(SESSION, "a", "bc") != connection_statement(SESSION, "ab", "c")


@given(name=st.text(max_size=64), other=st.text(max_size=64))
@settings(max_examples=50, deadline=None)
def test_any_other_name_fails(name: str, other: str) -> None:
    """The name the home user reads is exactly the name the key signed."""
    s = SIGNER
    message = hello(s, name)
    if other == name:
        SupporterKey.from_hello(message, SESSION)
        return
    with pytest.raises(IdentityError):
        SupporterKey.from_hello({**message, "name": other}, SESSION)


SIGNER = signer()


def test_not_a_public_key_is_refused() -> None:
    """32 bytes that are not a valid Ed25519 point are refused, not crashed on."""
    bad = {**hello(signer()), "key": base64.b64encode(b"\xff" * 32).decode()}
    with pytest.raises(IdentityError):
        SupporterKey.from_hello(bad, SESSION)


def test_repr_shows_only_the_fingerprint() -> None:
    s = signer()
    private = s._private_key.private_bytes_raw()  # noqa: SLF001
    for text in (repr(s), repr(SupporterKey.from_hello(hello(s), SESSION))):
        assert s.fingerprint in text
        assert private.hex() not in text
        assert base64.b64encode(private).decode() not in text
