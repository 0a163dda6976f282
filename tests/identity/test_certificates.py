"""Supporter certificates with real Ed25519 keys: every way one must be refused."""

from __future__ import annotations

import base64
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import certificates as certs
from crypto.certificates import Certificate, CertificateError, TrustedOrganisation, verify

from .keys import DAY, NOW, org, supporter


def test_a_valid_certificate_names_the_person_and_the_trusted_organisation() -> None:
    """Valid: signed by a trusted organisation, in time, for this session's key."""
    espoo, anna = org(), supporter()
    certificate = espoo.certify(anna)
    found = verify(certificate.to_message(), [espoo.anchor()], NOW, anna.public_key)
    assert (found.name, found.organisation) == ("Anna Virtanen", "Espoo digital support")
    assert found.serial == certificate.serial


def test_the_organisation_name_comes_from_the_trust_anchor_not_the_certificate() -> None:
    """An organisation cannot print another organisation's name into its certificates."""
    helsinki, anna = org("Helsinki help"), supporter()
    certificate = helsinki.key.issue(
        name="Anna Virtanen", organisation="Poliisi", role="", not_before=NOW - DAY,
        not_after=NOW + DAY, supporter_key=anna.public_key,
    )  # fmt: skip
    found = verify(certificate.to_message(), [helsinki.anchor()], NOW, anna.public_key)
    assert found.organisation == "Helsinki help"


@pytest.mark.parametrize(
    ("start", "days", "reason"),
    [(NOW - 400 * DAY, 365, certs.EXPIRED), (NOW + DAY, 365, certs.NOT_YET_VALID)],
)
def test_outside_its_validity_a_certificate_is_refused(start: int, days: int, reason: str) -> None:
    """Expired and not yet valid certificates are refused with their own reason."""
    espoo, anna = org(), supporter()
    certificate = espoo.certify(anna, start=start, days=days)
    with pytest.raises(CertificateError) as refused:
        verify(certificate.to_message(), [espoo.anchor()], NOW, anna.public_key)
    assert refused.value.reason == reason


def test_a_revoked_certificate_is_refused() -> None:
    """Revoked: the serial is in the organisation's signed revocation list."""
    espoo, anna = org(), supporter()
    certificate = espoo.certify(anna)
    anchor = espoo.anchor({certificate.serial})
    with pytest.raises(CertificateError) as refused:
        verify(certificate.to_message(), [anchor], NOW, anna.public_key)
    assert refused.value.reason == certs.REVOKED


def test_a_certificate_from_an_unknown_organisation_is_refused() -> None:
    """Signed by an organisation this computer does not trust (even with the same name)."""
    espoo, impostor, anna = org(), org("Espoo digital support"), supporter()
    certificate = impostor.certify(anna)
    with pytest.raises(CertificateError) as refused:
        verify(certificate.to_message(), [espoo.anchor()], NOW, anna.public_key)
    assert refused.value.reason == certs.UNKNOWN_ORGANISATION


def test_a_certificate_for_another_key_is_refused() -> None:
    """Anna's real certificate, presented by someone whose session key is not Anna's."""
    espoo, anna, thief = org(), supporter(), supporter()
    certificate = espoo.certify(anna)
    with pytest.raises(CertificateError) as refused:
        verify(certificate.to_message(), [espoo.anchor()], NOW, thief.public_key)
    assert refused.value.reason == certs.WRONG_KEY


@pytest.mark.parametrize(
    ("field", "value"),
    [("name", "Anna Virtanen, Poliisi"), ("role", "police"), ("not_after", NOW + 9999 * DAY),
     ("supporter_key", base64.b64encode(bytes(32)).decode())],
)  # fmt: skip
def test_a_changed_field_breaks_the_signature(field: str, value: object) -> None:
    """Forged name (or any other field): the organisation's signature no longer verifies."""
    espoo, anna = org(), supporter()
    message = {**espoo.certify(anna).to_message(), field: value}
    with pytest.raises(CertificateError) as refused:
        verify(message, [espoo.anchor()], NOW, anna.public_key)
    assert refused.value.reason == certs.BAD_SIGNATURE


@pytest.mark.parametrize("junk", [None, "text", {}, {"v": 1}, {"v": 2, "serial": "0" * 32}, [1, 2]])
def test_junk_is_malformed_not_a_crash(junk: object) -> None:
    """Anything that is not a certificate is refused as malformed."""
    with pytest.raises(CertificateError) as refused:
        verify(junk, [], NOW, bytes(32))
    assert refused.value.reason == certs.MALFORMED


def test_the_trust_line_round_trips_and_detects_tampering() -> None:
    """A changed trust line (name, key or revocation list) is refused as a whole."""
    espoo, anna = org(), supporter()
    revoked = espoo.certify(anna).serial
    line = espoo.anchor({revoked}).to_text()
    anchor = TrustedOrganisation.from_text(line)
    assert anchor.revoked == {revoked} and anchor.name == espoo.name
    body = json.loads(base64.urlsafe_b64decode(line[len(certs.ANCHOR_PREFIX) :]))
    for change in ({"revoked": []}, {"name": "Poliisi"}, {"issued": NOW + 1}):
        forged = json.dumps({**body, **change}).encode()
        text = certs.ANCHOR_PREFIX + base64.urlsafe_b64encode(forged).decode()
        with pytest.raises(CertificateError) as refused:
            TrustedOrganisation.from_text(text)
        assert refused.value.reason == certs.BAD_SIGNATURE


def test_a_certificate_file_round_trips() -> None:
    """The file the supporter loads parses back to the very same signed certificate."""
    espoo, anna = org(), supporter()
    certificate = espoo.certify(anna)
    assert Certificate.from_text(certificate.to_text()) == certificate


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Anna Virtanen", "Anna Virtanen"),
        ("Anna Virtanen ✔", "Anna Virtanen"),
        ("✅ Anna", "Anna"),
        ("Anna Virtanen, Espoo digital support", "Anna Virtanen"),
        ("Anna (verified)", "Anna"),
        ("Verified Anna", "Anna"),
        ("VERIFIED Microsoft Support", ""),
        ("Anna Virtanen Oy", "Anna Virtanen"),
        ("Anna \u202eytiruces\u202c", "Anna ytiruces"),
        ("Anna | Poliisi", "Anna"),
        ("Ａｎｎａ varmennettu", "Anna"),
        ("Анна проверен", "Анна"),
        ("أحمد موثق", "أحمد"),
        ("Jean-Paul Sartre", "Jean-Paul Sartre"),
        ("Anna VERIFIED?", "Anna"),
        ("Anna v\u0435rified", "Anna"),  # a Cyrillic е
        ("Anna «official»", "Anna"),
    ],
)
def test_a_typed_name_cannot_look_verified(typed: str, shown: str) -> None:
    """Check marks, "verified", organisation suffixes and bidi controls are taken out."""
    assert certs.unverified_name(typed) == shown


def test_a_name_that_is_not_text_is_malformed_not_a_crash() -> None:
    """JSON can carry a lone surrogate; the certificate is refused, nothing raises."""
    espoo, anna = org(), supporter()
    message = {**espoo.certify(anna).to_message(), "name": "Anna \ud800"}
    with pytest.raises(CertificateError) as refused:
        verify(message, [espoo.anchor()], NOW, anna.public_key)
    assert refused.value.reason == certs.MALFORMED


def test_the_server_refuses_it_too() -> None:
    """The pairing server's own check says not_verified for the same junk."""
    from signaling.verified import NOT_VERIFIED, SupporterPolicy

    espoo, anna = org(), supporter()
    message = {**espoo.certify(anna).to_message(), "name": "Anna \ud800"}
    policy = SupporterPolicy([espoo.anchor().to_text()], wall=lambda: NOW)
    claim = {"nameplate": "12", "certificate": message, "stamp": NOW, "proof": "AAAA"}
    assert policy.problem(claim) == NOT_VERIFIED


@given(st.text(max_size=60))
def test_no_typed_name_keeps_a_mark_of_verification(typed: str) -> None:
    """Whatever is typed: no symbol, format or bidi character, no separator that could
    start ", Organisation", and no claim word survives; at most 40 characters."""
    shown = certs.unverified_name(typed)
    assert len(shown) <= 40
    assert not any(unicodedata.category(ch)[0] in "CSM" for ch in shown)
    assert not any(ch in ",;:|/\\([{<@" for ch in shown)
    assert not any(certs._claims(word) for word in shown.split())
