"""The supporter's long-term identity key, kept in the operating system's keyring.

The key never goes to a plaintext file. `keyring` picks a backend by itself, and with
`keyrings.alt` installed it silently picks a plaintext file; so the backend is checked
first, and anything that does not really keep a secret (keyrings.alt, `fail`, `null`,
a chain holding one of them) is refused. Then the key is made for this run only and
`SupporterIdentity.problem` says why, so the supporter window can tell the supporter.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from assist_ui.settings import Settings
from crypto.certificates import Certificate, CertificateError
from crypto.identity import SupporterSigner, encode

log = logging.getLogger("assist.client.identity")

SERVICE = "assist-supporter"
ENTRY = "identity-ed25519-v1"

# Problems, as machine words the supporter window translates.
NO_KEYRING = "no_keyring"  # no secure backend at all
PLAINTEXT_KEYRING = "plaintext_keyring"  # only a backend that writes secrets in clear
KEYRING_ERROR = "keyring_error"  # a backend exists but failed (locked, no D-Bus…)
KEYRING_DAMAGED = "keyring_damaged"  # an entry exists but is not a key; left untouched
# The organisation's certificate (issue 16): kept as text in the supporter app's settings
# (it is public: the home user's app sees it anyway), loaded once with --certificate.
CERTIFICATE_SETTING = "certificate"
CERTIFICATE_BROKEN = "certificate_broken"  # the file is not a certificate
CERTIFICATE_OTHER_KEY = "certificate_other_key"  # issued for another identity key

_PLAINTEXT_MODULES = ("keyrings.alt",)
_NOT_A_KEYRING = ("keyring.backends.fail", "keyring.backends.null")


def backend_problem(backend: keyring.backend.KeyringBackend) -> str | None:
    """None when `backend` keeps secrets safely; else why it may not be used."""
    children = getattr(backend, "backends", None)
    if type(backend).__module__ == "keyring.backends.chainer" or children is not None:
        members = list(children or [])
        if not members:
            return NO_KEYRING
        problems = [backend_problem(member) for member in members]
        if PLAINTEXT_KEYRING in problems:
            return PLAINTEXT_KEYRING  # a chain may write to its plaintext member
        return None if all(p is None for p in problems) else NO_KEYRING
    module = type(backend).__module__
    if module.startswith(_PLAINTEXT_MODULES) or "plaintext" in type(backend).__name__.lower():
        return PLAINTEXT_KEYRING
    if module in _NOT_A_KEYRING:
        return NO_KEYRING
    return None


@dataclass(frozen=True, repr=False)
class SupporterIdentity:
    """The key and where it lives. `persistent` is False when it lasts this run only."""

    signer: SupporterSigner
    persistent: bool
    problem: str | None = None
    backend_name: str = field(default="")
    certificate: Certificate | None = None  # the organisation vouches for this key

    def hello_fields(self, session_id: bytes, name: str) -> dict[str, object]:
        """`key`, `proof` and (when the organisation vouches for us) `certificate`."""
        fields: dict[str, object] = dict(self.signer.hello_fields(session_id, name))
        if self.certificate is not None:
            fields["certificate"] = self.certificate.to_message()
        return fields

    def claim_fields(self, nameplate: str, now: float) -> dict[str, object]:
        """What a claim carries so a server requiring verified supporters admits us:
        the certificate and a signature over the nameplate and the time (issue 16).
        Nothing without a certificate: the server then learns nothing about us."""
        if self.certificate is None:
            return {}
        stamp = int(now)
        return {
            "certificate": self.certificate.to_message(),
            "stamp": stamp,
            "proof": self.signer.claim_proof(nameplate, stamp),
        }

    @property
    def public_key_text(self) -> str:
        """What the organisation's admin needs for `assist-org issue --supporter-key`."""
        return encode(self.signer.public_key)

    @property
    def fingerprint(self) -> str:
        return self.signer.fingerprint

    def __repr__(self) -> str:
        where = "keyring" if self.persistent else f"this run only ({self.problem})"
        return f"<SupporterIdentity {self.fingerprint} in {where}>"


def _run_only(problem: str) -> SupporterIdentity:
    log.warning("identity key kept for this run only: %s", problem)
    return SupporterIdentity(SupporterSigner(Ed25519PrivateKey.generate()), False, problem)


def _decode_key(stored: str) -> Ed25519PrivateKey | None:
    try:
        raw = base64.b64decode(stored, validate=True)
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (binascii.Error, ValueError):
        return None


def load_identity(backend: keyring.backend.KeyringBackend | None = None) -> SupporterIdentity:
    """The supporter's key from the keyring, made and stored there on first use.

    Never raises for keyring trouble: the key is then kept for this run only and
    `problem` says why.
    """
    backend = backend if backend is not None else keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    problem = backend_problem(backend)
    if problem is not None:
        return _run_only(problem)
    try:
        stored = backend.get_password(SERVICE, ENTRY)
        if stored is not None:
            private_key = _decode_key(stored)
            if private_key is None:
                return _run_only(KEYRING_DAMAGED)  # never overwrite what we cannot read
            return saved_certificate(
                SupporterIdentity(SupporterSigner(private_key), True, None, name)
            )
        private_key = Ed25519PrivateKey.generate()
        raw = private_key.private_bytes_raw()
        backend.set_password(SERVICE, ENTRY, base64.b64encode(raw).decode("ascii"))
    except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
        log.warning("keyring failed: %s", type(exc).__name__)
        return _run_only(KEYRING_ERROR)
    log.info("new identity key stored in the keyring")
    return SupporterIdentity(SupporterSigner(private_key), True, None, name)


def with_certificate(identity: SupporterIdentity, text: str) -> SupporterIdentity:
    """The identity with the organisation's certificate; CertificateError(reason) if the
    text is no certificate or vouches for another key."""
    certificate = Certificate.from_text(text)
    if certificate.supporter_key != identity.signer.public_key:
        raise CertificateError(CERTIFICATE_OTHER_KEY)
    return replace(identity, certificate=certificate)


def load_certificate_file(identity: SupporterIdentity, path: Path) -> SupporterIdentity:
    """--certificate FILE: check it against our key, then keep it for later starts."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise CertificateError(CERTIFICATE_BROKEN) from None
    identity = with_certificate(identity, text)
    Settings.for_app("supporter").set(CERTIFICATE_SETTING, text)
    return identity


def saved_certificate(identity: SupporterIdentity) -> SupporterIdentity:
    """The identity with the certificate loaded on an earlier start, if it still fits."""
    text = Settings.for_app("supporter").get(CERTIFICATE_SETTING)
    if not isinstance(text, str) or not identity.persistent:
        return identity
    try:
        return with_certificate(identity, text)
    except CertificateError as exc:
        log.warning("saved certificate not used: %s", exc.reason)
        return identity


def run_only_identity() -> SupporterIdentity:
    """A key for this run only, without touching any keyring (tests, demos)."""
    return SupporterIdentity(SupporterSigner(Ed25519PrivateKey.generate()), False, None)
