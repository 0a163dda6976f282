"""Organisation-verified supporters through both real apps' flows and a real pairing server.

The certificate travels in the sealed `hello`; the helper app checks it against the
organisations it trusts, its validity and revocation, and that it names the key that
proved itself in this very session. Anything else is shown as unverified.
"""

from __future__ import annotations

import asyncio
import base64
import time
from dataclasses import replace
from pathlib import Path

import pytest

from assist_agent.history import HelpRecord, History
from assist_agent.trust import Trust
from assist_client.identity import SupporterIdentity, run_only_identity, with_certificate
from crypto.certificates import CertificateError
from tests.support.display import has_display
from tests.support.relay import ABORTS, SUPPORTER, Frame, MaliciousRelay, serve_through_relay
from tests.support.requires import needs
from tests.support.sessions import Run, serve, session, settle

from .keys import DAY, Org, org

pytestmark = needs("Xvfb", has_display(), "needs an X display")


def vouched(espoo: Org, *, start: float | None = None, days: int = 365) -> SupporterIdentity:
    """A supporter identity with a certificate from `espoo` (real keys, real signature)."""
    identity = run_only_identity()
    begin = int(time.time() - DAY if start is None else start)
    certificate = espoo.key.issue(
        name="Anna Virtanen", organisation=espoo.name, role="digital support",
        not_before=begin, not_after=begin + days * DAY,
        supporter_key=identity.signer.public_key,
    )  # fmt: skip
    return with_certificate(identity, certificate.to_text())


def run_with(identity: SupporterIdentity, trust: Trust, **options: object) -> Run:
    async def scenario() -> Run:
        server = await serve()
        try:
            async with session(server.url, identity=identity, trust=trust, **options) as run:
                await settle(run)
        finally:
            await server.close()
        return run

    return asyncio.run(scenario())


def anchor_now(espoo: Org, revoked: set[str] | None = None) -> Trust:
    return Trust((espoo.key.anchor(espoo.name, revoked or set(), int(time.time())),))


def test_a_verified_supporter_is_shown_with_the_organisation() -> None:
    """Valid certificate, trusted organisation, this session's key: verified, and shared."""
    espoo = org()
    run = run_with(vouched(espoo), anchor_now(espoo), name="typed name")
    assert run.asked is not None and run.asked.verified is not None
    assert run.asked.verified.organisation == "Espoo digital support"
    assert run.asked.name == "Anna Virtanen"  # the certificate's name, not the typed one
    assert run.screen_shown


@pytest.mark.parametrize(
    "case", ["expired", "not_yet_valid", "revoked", "unknown_organisation", "wrong_key"]
)
def test_a_certificate_that_does_not_hold_leaves_the_supporter_unverified(case: str) -> None:
    """Expired, not yet valid, revoked, unknown organisation, or another key's certificate:
    the home user sees the unverified warning page, never the organisation's name."""
    espoo = org()
    identity = vouched(espoo)
    trust = anchor_now(espoo)
    if case == "expired":
        identity = vouched(espoo, start=time.time() - 400 * DAY)
    elif case == "not_yet_valid":
        identity = vouched(espoo, start=time.time() + DAY)
    elif case == "revoked":
        assert identity.certificate is not None
        trust = anchor_now(espoo, {identity.certificate.serial})
    elif case == "unknown_organisation":
        trust = anchor_now(org("Espoo digital support"))  # same name, another key
    elif case == "wrong_key":  # Anna's certificate, sent by someone with their own key
        identity = replace(run_only_identity(), certificate=identity.certificate)
    run = run_with(identity, trust, name="Anna Virtanen")
    assert run.asked is not None
    assert run.asked.verified is None
    assert run.asked.name == "Anna Virtanen"


def test_the_supporter_app_refuses_a_certificate_for_another_key() -> None:
    """Loading someone else's certificate fails at once in the supporter app."""
    espoo = org()
    someone_elses = vouched(espoo).certificate
    assert someone_elses is not None
    with pytest.raises(CertificateError) as refused:
        with_certificate(run_only_identity(), someone_elses.to_text())
    assert refused.value.reason == "certificate_other_key"


def test_a_forged_name_loses_what_looks_like_verification() -> None:
    """An unverified supporter typing "✔ Anna (verified), Espoo" is shown as "Anna"."""
    run = run_with(run_only_identity(), Trust(), name="✔ Anna (verified), Espoo digital support")
    assert run.asked is not None and run.asked.verified is None
    assert run.asked.name == "Anna"


def test_helpers_are_remembered_by_key_and_a_new_key_is_called_out(tmp_path: Path) -> None:
    """The same key counts up; the same name with a new key is called out."""
    history = History(tmp_path / "history.jsonl", memory=False)
    anna = run_only_identity()
    first = run_with(anna, Trust(), name="Anna", history=history)
    assert first.asked is not None
    assert (first.asked.familiarity.times_helped, first.asked.familiarity.name_taken) == (0, False)
    second = run_with(anna, Trust(), name="Anna", history=history)
    assert second.asked is not None and second.asked.familiarity.times_helped == 1
    impostor = run_with(run_only_identity(), Trust(), name="Anna", history=history)
    assert impostor.asked is not None
    assert impostor.asked.familiarity == type(impostor.asked.familiarity)(0, True)


def test_on_a_loan_computer_nobody_is_remembered(tmp_path: Path) -> None:
    """Loan-device mode: past help lives in memory only, so nothing reaches the disk."""
    history = History(tmp_path / "history.jsonl", memory=True)
    history.add(HelpRecord("Anna", 1.0, 1.0, 0.0, supporter_key="ab" * 32))
    assert history.familiarity("Anna", "ab" * 32).times_helped == 1
    assert not history.path.exists()


def test_a_server_swapping_the_certificate_ends_the_session() -> None:
    """The malicious relay replaces bytes of the sealed hello (where the certificate is):
    the helper app ends as tampered and never shows anyone as verified."""
    espoo = org()

    def swap_certificate(frame: Frame, relay: MaliciousRelay) -> list[tuple[str, bytes]]:
        body = frame.body
        if frame.sender == SUPPORTER and frame.index == 2:  # the sealed hello
            middle = len(body) // 2
            body = body[:middle] + bytes([body[middle] ^ 0x40]) + body[middle + 1 :]
        return [(relay.other(frame.sender), body)]

    async def scenario() -> Run:
        server, _relay = await serve_through_relay(swap_certificate)
        try:
            async with session(server.url, identity=vouched(espoo), trust=anchor_now(espoo)) as run:
                await settle(run)
        finally:
            await server.close()
        return run

    run = asyncio.run(scenario())
    assert run.asked is None
    assert not run.screen_shown
    assert run.home.ended_reason in ABORTS


def test_the_certificate_travels_inside_the_sealed_hello_only() -> None:
    """The pairing server never sees the certificate: no relayed body holds its bytes."""
    espoo = org()
    identity = vouched(espoo)
    assert identity.certificate is not None
    signature = identity.certificate.signature

    async def scenario() -> MaliciousRelay:
        server, relay = await serve_through_relay(None)
        try:
            async with session(server.url, identity=identity, trust=anchor_now(espoo)) as run:
                await settle(run)
        finally:
            await server.close()
        return relay

    relay = asyncio.run(scenario())
    assert relay.frames, "frames were relayed"
    encoded = base64.b64encode(signature)
    assert not any(signature in f.body or encoded in f.body for f in relay.frames)
