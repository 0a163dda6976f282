"""`require_verified_supporters` on the pairing server (issue 16), both room backends.

The server's own check (signaling/verified.py, `cryptography` only, no `crypto` import) is
fed certificates made by `crypto.certificates` and claim proofs made by the supporter
app's real identity, so the two encodings cannot drift apart unnoticed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import Any

import pytest

from assist_client.identity import SupporterIdentity, run_only_identity, with_certificate
from signaling.config import Config, ConfigError, load_config
from signaling.server import start_server
from signaling.verified import NOT_VERIFIED, SupporterPolicy
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.services import needs_redis, redis_server
from tests.support.sessions import session
from tests.support.timing import until
from tests.support.wire import lifted_config

from .keys import DAY, NOW, Org, org

NAMEPLATE = "4711"


def vouched(espoo: Org, *, start: int = NOW - DAY, days: int = 30) -> SupporterIdentity:
    identity = run_only_identity()
    certificate = espoo.key.issue(
        name="Anna Virtanen", organisation=espoo.name, role="", not_before=start,
        not_after=start + days * DAY, supporter_key=identity.signer.public_key,
    )  # fmt: skip
    return with_certificate(identity, certificate.to_text())


def claim(identity: SupporterIdentity, *, nameplate: str = NAMEPLATE, at: float = NOW) -> dict:
    fields: dict[str, Any] = identity.claim_fields(nameplate, at)
    return {"type": "claim", "version": 1, "nameplate": nameplate, **fields}


def policy(espoo: Org, revoked: set[str] | None = None, now: float = NOW) -> SupporterPolicy:
    line = espoo.key.anchor(espoo.name, revoked or set(), NOW).to_text()
    return SupporterPolicy([line], wall=lambda: now)


def test_a_valid_certificate_with_a_fresh_proof_is_admitted() -> None:
    """Certificate from a listed organisation, in date, proof over this nameplate: admitted."""
    espoo = org()
    assert policy(espoo).problem(claim(vouched(espoo))) is None


def test_everything_else_is_refused_with_a_machine_code() -> None:
    """No certificate, expired, revoked, unknown organisation, a proof for another
    nameplate, an old proof, or someone else's certificate: `not_verified`."""
    espoo = org()
    anna = vouched(espoo)
    assert anna.certificate is not None
    thief = dataclasses.replace(run_only_identity(), certificate=anna.certificate)
    moved = {**claim(anna, nameplate="1234"), "nameplate": NAMEPLATE}
    cases = {
        "no certificate": (policy(espoo), claim(run_only_identity())),
        "expired": (policy(espoo), claim(vouched(espoo, start=NOW - 60 * DAY))),
        "revoked": (policy(espoo, {anna.certificate.serial}), claim(anna)),
        "unknown organisation": (policy(org()), claim(anna)),
        "proof for another nameplate": (policy(espoo), moved),
        "old proof": (policy(espoo, now=NOW + 3600), claim(anna)),
        "someone else's certificate": (policy(espoo), claim(thief)),
        "changed name": (
            policy(espoo),
            {**claim(anna), "certificate": {**anna.certificate.to_message(), "name": "Poliisi"}},
        ),
    }
    refused = {name: rule.problem(message) for name, (rule, message) in cases.items()}
    assert refused == dict.fromkeys(cases, NOT_VERIFIED)


def test_the_configuration_refuses_a_missing_or_changed_organisation_list(tmp_path) -> None:
    """Required without organisations, or with a changed trust line: the server won't start."""
    espoo = org()
    line = espoo.key.anchor(espoo.name, set(), NOW).to_text()
    path = tmp_path / "signaling.toml"
    path.write_text("require_verified_supporters = true\n")
    with pytest.raises(ConfigError):
        load_config(path, env={})
    path.write_text(f'require_verified_supporters = true\ntrusted_organisations = ["{line}x"]\n')
    with pytest.raises(ConfigError):
        load_config(path, env={})
    path.write_text(f'require_verified_supporters = true\ntrusted_organisations = ["{line}"]\n')
    assert load_config(path, env={}).trusted_organisations == (line,)


def live(config: Config, identity: SupporterIdentity) -> tuple[str | None, bool]:
    """One real session on a server with `config`: (supporter's end reason, home asked)."""

    async def scenario() -> tuple[str | None, bool]:
        server = await start_server("127.0.0.1", 0, config=config)
        try:
            async with session(server.url, identity=identity) as run:
                await until(lambda: run.supporter.ended_reason or run.asked, 20, "claim answered")
                return run.supporter.ended_reason, run.asked is not None
        finally:
            await server.close()

    return asyncio.run(scenario())


def required(espoo: Org, **extra: Any) -> Config:
    line = espoo.key.anchor(espoo.name, set(), int(time.time())).to_text()
    return lifted_config(
        Config(require_verified_supporters=True, trusted_organisations=(line,), **extra)
    )


def now_vouched(espoo: Org) -> SupporterIdentity:
    return vouched(espoo, start=int(time.time()) - DAY)


@needs("Xvfb", has_display(), "needs an X display")
def test_the_in_memory_rooms_admit_only_verified_supporters() -> None:
    """Memory backend: the verified supporter reaches the home user; the other is refused
    with `not_verified` before pairing, and the home user is never asked."""
    espoo = org()
    assert live(required(espoo), now_vouched(espoo)) == (None, True)
    assert live(required(espoo), run_only_identity()) == (NOT_VERIFIED, False)


@needs("Xvfb", has_display(), "needs an X display")
@needs_redis
def test_the_redis_rooms_admit_only_verified_supporters() -> None:
    """Redis backend: the same rule, checked before the claim script runs."""
    espoo = org()
    with redis_server() as redis:
        config = required(espoo, redis_url=redis.url, redis_heartbeat=0.6)
        assert live(config, now_vouched(espoo)) == (None, True)
        assert live(config, run_only_identity()) == (NOT_VERIFIED, False)


def test_the_supporter_app_translates_not_verified(qapp, translations) -> None:
    """The machine code becomes plain words that say what to do, in the supporter's language."""
    from assist_client.texts import ended_text

    english = ended_text("not_verified")
    assert "certificate" in english and english != ended_text("some_other_code")
    translations.switch("fi")
    try:
        finnish = ended_text("not_verified")
    finally:
        translations.switch("en")
    assert finnish != english and "varmenne" in finnish


# -- the lists in trust_lines_dir count for the admission rule too ---------------------


def revocation(espoo: Org, serials: set[str], issued: int) -> str:
    return espoo.key.anchor(espoo.name, serials, issued).to_text() + "\n"


def test_a_list_in_the_folder_revokes_for_the_configured_key_only(tmp_path) -> None:
    """The configured line revokes nothing; a newer list in `trust_lines_dir` signed by the
    same key revokes Anna: refused. A line with a new key in the folder (same name) is
    never used to admit, an older list does not undo the revocation, and neither does
    removing the file."""
    espoo = org()
    anna = vouched(espoo)
    assert anna.certificate is not None
    folder = tmp_path / "lines"
    folder.mkdir()
    ticks = iter(range(10_000))  # each claim sees the folder afresh (no rescan pause)
    rule = SupporterPolicy(
        [revocation(espoo, set(), NOW - 100)], wall=lambda: NOW, folder=folder,
        clock=lambda: float(next(ticks)) * 10,
    )  # fmt: skip
    assert rule.problem(claim(anna)) is None
    (folder / "espoo.assist-org").write_text(revocation(espoo, {anna.certificate.serial}, NOW))
    assert rule.problem(claim(anna)) == NOT_VERIFIED
    (folder / "espoo-old.assist-org").write_text(revocation(espoo, set(), NOW - 50))
    assert rule.problem(claim(anna)) == NOT_VERIFIED
    (folder / "espoo.assist-org").unlink()
    assert rule.problem(claim(anna)) == NOT_VERIFIED
    impostor = org(espoo.name)  # same name, a new key
    (folder / "impostor.assist-org").write_text(revocation(impostor, set(), NOW + 100))
    assert rule.problem(claim(vouched(impostor))) == NOT_VERIFIED
    assert rule.current(impostor.key.public_key) is None


def test_a_file_changed_in_place_is_seen_after_the_rescan_pause(tmp_path) -> None:
    """Overwriting the exported file (the folder itself does not change) counts once
    RESCAN_INTERVAL has passed; before, the earlier reading stands."""
    from signaling.trust_lines import RESCAN_INTERVAL

    espoo = org()
    anna = vouched(espoo)
    assert anna.certificate is not None
    folder = tmp_path / "lines"
    folder.mkdir()
    exported = folder / "espoo.assist-org"
    exported.write_text(revocation(espoo, set(), NOW - 10))
    now = [0.0]
    rule = SupporterPolicy(
        [revocation(espoo, set(), NOW - 100)], wall=lambda: NOW, folder=folder,
        clock=lambda: now[0],
    )  # fmt: skip
    assert rule.problem(claim(anna)) is None
    exported.write_text(revocation(espoo, {anna.certificate.serial}, NOW))
    now[0] += RESCAN_INTERVAL
    assert rule.problem(claim(anna)) == NOT_VERIFIED


def live_twice(config: Config, identity: SupporterIdentity, between: Any) -> list[str | None]:
    """Two real sessions on one server; `between()` runs after the first. The supporter's
    end reasons (None: the home user was asked)."""

    async def one(server: Any) -> str | None:
        async with session(server.url, identity=identity) as run:
            await until(lambda: run.supporter.ended_reason or run.asked, 20, "claim answered")
            return None if run.asked is not None else run.supporter.ended_reason

    async def scenario() -> list[str | None]:
        server = await start_server("127.0.0.1", 0, config=config)
        try:
            first = await one(server)
            between()
            await asyncio.sleep(1.2)  # RESCAN_INTERVAL: a file changed in place counts too
            return [first, await one(server)]
        finally:
            await server.close()

    return asyncio.run(scenario())


def revoked_in_folder(tmp_path, **extra: Any) -> list[str | None]:
    espoo = org()
    anna = now_vouched(espoo)
    assert anna.certificate is not None
    folder = tmp_path / "lines"
    folder.mkdir()
    config = required(espoo, trust_lines_dir=str(folder), **extra)
    newer = int(time.time()) + 1  # newer than the configured line

    def export() -> None:
        (folder / "espoo.assist-org").write_text(
            revocation(espoo, {anna.certificate.serial}, newer)  # type: ignore[union-attr]
        )

    return live_twice(config, anna, export)


@needs("Xvfb", has_display(), "needs an X display")
def test_the_in_memory_rooms_refuse_a_supporter_revoked_only_in_the_folder(tmp_path) -> None:
    """Memory backend: admitted; the organisation exports a list revoking her into
    `trust_lines_dir` (signaling.toml unchanged); her next claim is refused, `not_verified`."""
    assert revoked_in_folder(tmp_path) == [None, NOT_VERIFIED]


@needs("Xvfb", has_display(), "needs an X display")
@needs_redis
def test_the_redis_rooms_refuse_a_supporter_revoked_only_in_the_folder(tmp_path) -> None:
    """Redis backend: the same."""
    with redis_server() as redis:
        assert revoked_in_folder(tmp_path, redis_url=redis.url, redis_heartbeat=0.6) == [
            None,
            NOT_VERIFIED,
        ]
