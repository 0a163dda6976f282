"""What the organisation checks of issue 16 cost: median and p95 per call.

    .venv/bin/python bench/identity_checks.py [--rounds 2000]

- `verify`: the helper app's check of a certificate from `hello` (crypto/certificates.py)
- `policy`: the pairing server's check of a claim (signaling/verified.py), the work each
  claim costs a server with `require_verified_supporters`
- `anchor`: parsing and checking one trust line with 1000 revoked serials (start-up)
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from crypto.certificates import OrganisationKey, TrustedOrganisation, verify  # noqa: E402
from crypto.identity import SupporterSigner  # noqa: E402
from signaling.verified import SupporterPolicy  # noqa: E402


def timed(name: str, call: Callable[[], object], rounds: int) -> None:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    p95 = samples[int(0.95 * (len(samples) - 1))]
    print(f"{name}: median {statistics.median(samples):.0f} µs, p95 {p95:.0f} µs ({rounds} calls)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000)
    rounds = parser.parse_args().rounds
    org = OrganisationKey.generate()
    signer = SupporterSigner(Ed25519PrivateKey.generate())
    now = int(time.time())
    certificate = org.issue(
        name="Anna Virtanen", organisation="Espoo digital support", role="digital support",
        not_before=now - 60, not_after=now + 86_400, supporter_key=signer.public_key,
    )  # fmt: skip
    revoked = {secrets.token_hex(16) for _ in range(1000)}
    line = org.anchor("Espoo digital support", revoked, now).to_text()
    anchors = [TrustedOrganisation.from_text(line)]
    message = certificate.to_message()
    stamp = int(time.time())
    claim = {
        "type": "claim", "nameplate": "4711", "certificate": message, "stamp": stamp,
        "proof": signer.claim_proof("4711", stamp),
    }  # fmt: skip
    policy = SupporterPolicy([line])
    assert policy.problem(claim) is None
    timed("verify", lambda: verify(message, anchors, time.time(), signer.public_key), rounds)
    timed("policy", lambda: policy.problem(claim), rounds)
    timed("anchor", lambda: TrustedOrganisation.from_text(line), max(1, rounds // 20))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
