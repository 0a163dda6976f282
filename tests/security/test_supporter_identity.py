"""The helper app shows a proven supporter key, and ends when the proof is missing or wrong.

These attackers hold the right code (a scammer who was given it): the sealed channel lets
them in, so only the identity checks stand between them and a screen that looks trusted.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from assist_client.identity import SupporterIdentity, run_only_identity
from crypto.identity import SupporterSigner
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import Run, claim_fails, serve, session, settle

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
]


class StolenKey(SupporterSigner):
    """Shows a trusted supporter's public key without having its private key."""

    def __init__(self, victim: SupporterSigner) -> None:
        super().__init__(Ed25519PrivateKey.generate())
        self.public_key = victim.public_key


class OtherFingerprints(SupporterSigner):
    """Signs the connection for other DTLS fingerprints than the ones in the SDPs."""

    def connection_message(
        self, session_id: bytes, home_fp: str, supporter_fp: str
    ) -> dict[str, str]:
        return super().connection_message(session_id, home_fp, "sha-256 66:66:66")


class NoIdentityMessage(SupporterSigner):
    """Never sends the signed `identity` message (sends a harmless other message)."""

    def connection_message(
        self, session_id: bytes, home_fp: str, supporter_fp: str
    ) -> dict[str, str]:
        return {"type": "chat", "text": "hi"}


class OldApp(SupporterSigner):
    """A hello without key or proof, as an app from before identities would send."""

    def hello_fields(self, session_id: bytes, name: str) -> dict[str, str]:
        return {}


def run_with(identity: SupporterIdentity) -> tuple[Run, str]:
    async def scenario() -> tuple[Run, str]:
        server = await serve()
        try:
            async with session(server.url, identity=identity) as run:
                await settle(run)
                shown = not run.both_ended
            burned = await claim_fails(server.url, run.code.nameplate) if not shown else ""
        finally:
            await server.close()
        return run, burned

    return asyncio.run(scenario())


def test_the_helper_app_shows_the_supporters_key_fingerprint() -> None:
    """The home user is asked with the name and the fingerprint of the proven key."""
    identity = run_only_identity()
    run, _ = run_with(identity)
    assert run.asked is not None
    assert run.asked.name == "Anna"
    assert run.asked.key_fingerprint == identity.fingerprint
    assert run.screen_shown


@pytest.mark.parametrize(
    ("signer", "asked"),
    [
        (StolenKey(SupporterSigner(Ed25519PrivateKey.generate())), False),
        (OldApp(Ed25519PrivateKey.generate()), False),
        (OtherFingerprints(Ed25519PrivateKey.generate()), True),
        (NoIdentityMessage(Ed25519PrivateKey.generate()), True),
    ],
    ids=["stolen_key", "no_key", "other_fingerprints", "no_identity_message"],
)
def test_a_wrong_identity_ends_both_apps_without_a_screen(signer: Any, asked: bool) -> None:
    """A key without its private half is refused before the home user is asked; a
    connection signature that does not match the SDPs ends it before connecting."""
    run, burned = run_with(SupporterIdentity(signer, persistent=False))
    assert run.both_ended
    assert not run.screen_shown
    assert (run.asked is not None) == asked
    # A refused proof is `tampered`; a missing message `bad_message` (same words shown).
    assert run.home.ended_reason in ("tampered", "bad_message")
    assert run.home.link is None or not run.home.link.is_authenticated
    assert burned == "unknown_code"
