"""Real organisation and supporter keys for the identity tests (no fakes: Ed25519)."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.certificates import Certificate, OrganisationKey, TrustedOrganisation
from crypto.identity import SupporterSigner

NOW = 1_800_000_000  # a fixed "now" for the I/O-free checks
DAY = 86_400


@dataclass
class Org:
    key: OrganisationKey
    name: str

    def anchor(self, revoked: set[str] | None = None) -> TrustedOrganisation:
        return self.key.anchor(self.name, revoked or set(), NOW)

    def certify(self, signer: SupporterSigner, name: str = "Anna Virtanen", *,
                start: int = NOW - DAY, days: int = 365) -> Certificate:  # fmt: skip
        return self.key.issue(
            name=name,
            organisation=self.name,
            role="digital support",
            not_before=start,
            not_after=start + days * DAY,
            supporter_key=signer.public_key,
        )


def org(name: str = "Espoo digital support") -> Org:
    return Org(OrganisationKey.generate(), name)


def supporter() -> SupporterSigner:
    return SupporterSigner(Ed25519PrivateKey.generate())
