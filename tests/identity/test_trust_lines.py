"""Revocation lists served by the pairing server (issue 16): the admin drops the newest
`assist-org export` into the server's `trust_lines_dir`; helper apps fetch it at the start
of a session and take it only if it verifies with a key they already trust and is not
older than theirs. Real keys, a real server on loopback, real (and lying) HTTP answers.
"""

from __future__ import annotations

import asyncio
import base64
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from assist_agent.session import Connecting, SupporterAsks
from assist_agent.trust import Trust
from assist_agent.trust_fetch import FETCH_TIMEOUT, fetch_line, refresh
from assist_client.identity import run_only_identity, with_certificate
from assist_ui import settings
from crypto.certificates import TrustedOrganisation
from signaling.config import ConfigError, load_config
from signaling.server import SignalingServer, start_server
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import session, settle
from tests.support.timing import TIMEOUT_SCALE, until
from tests.support.wire import lifted_config

from .hostile_http import HostileServer, TrustProxy, answer
from .keys import Org, org

ROOT = Path(__file__).resolve().parents[2]
display = needs("Xvfb", has_display(), "needs an X display")


async def trust_server(folder: Path) -> SignalingServer:
    config = replace(lifted_config(), trust_lines_dir=str(folder))
    return await start_server("127.0.0.1", 0, config=config)


async def raw_get(port: int, path: str) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    data = await reader.read()
    writer.close()
    return data


def line(espoo: Org, revoked: set[str] | None = None, issued: int | None = None) -> str:
    anchor = espoo.key.anchor(espoo.name, revoked or set(), issued or int(time.time()))
    return anchor.to_text()


def org_tool(home: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "assist_org", "--home", str(home), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60 * TIMEOUT_SCALE, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


# -- the server ------------------------------------------------------------------------


def test_the_server_serves_the_newest_line_of_each_organisation(tmp_path: Path) -> None:
    """Two exports of Espoo, one of Vantaa, a stray file: each key gets its newest line."""
    espoo, vantaa = org(), org("Vantaa digital support")
    (tmp_path / "espoo-old.assist-org").write_text(line(espoo, issued=1_000) + "\n")
    (tmp_path / "espoo-new.assist-org").write_text(line(espoo, {"ab" * 16}, 2_000) + "\n")
    (tmp_path / "vantaa.assist-org").write_text(line(vantaa) + "\n")
    (tmp_path / "notes.txt").write_text("not a trust line\n")

    async def scenario() -> tuple[str | None, str | None, str | None]:
        server = await trust_server(tmp_path)
        try:
            found = [await fetch_line(server.url, o.key.public_key) for o in (espoo, vantaa)]
            return found[0], found[1], await fetch_line(server.url, org().key.public_key)
        finally:
            await server.close()

    newest, other, unknown = asyncio.run(scenario())
    assert newest is not None and TrustedOrganisation.from_text(newest).issued == 2_000
    assert other == line(vantaa, issued=TrustedOrganisation.from_text(other or "").issued)
    assert unknown is None  # 404


def test_no_path_reaches_a_file_and_big_files_are_not_served(tmp_path: Path) -> None:
    """Only /trust/<64 lowercase hex> is answered, from parsed lines, never a file by name;
    a file over the size limit is skipped."""
    espoo, big = org(), org("Big")
    (tmp_path / "espoo.assist-org").write_text(line(espoo))
    huge = big.key.anchor(big.name, {f"{n:032x}" for n in range(12_000)}, 5).to_text()
    (tmp_path / "big.assist-org").write_text(huge)
    secret = tmp_path.parent / "secret.txt"
    secret.write_text("private")
    hexkey = espoo.key.public_key.hex()

    async def scenario() -> dict[str, bytes]:
        server = await trust_server(tmp_path)
        try:
            paths = [
                f"/trust/{hexkey}", f"/trust/{hexkey.upper()}", f"/trust/{hexkey}/x",
                "/trust/../secret.txt", "/trust/..%2Fsecret.txt", "/trust/espoo.assist-org",
                f"/trust/{big.key.public_key.hex()}",
            ]  # fmt: skip
            return {path: await raw_get(server.port, path) for path in paths}
        finally:
            await server.close()

    answers = asyncio.run(scenario())
    assert answers[f"/trust/{hexkey}"].startswith(b"HTTP/1.1 200")
    for path, reply in answers.items():
        if path != f"/trust/{hexkey}":
            assert reply.startswith(b"HTTP/1.1 404"), path
            assert b"private" not in reply


def test_a_trust_lines_dir_that_is_no_folder_is_refused(tmp_path: Path) -> None:
    """The server refuses to start with a trust_lines_dir that is not a folder."""
    with pytest.raises(ConfigError, match="trust_lines_dir"):
        load_config(env={"ASSIST_SIGNALING_TRUST_LINES_DIR": str(tmp_path / "missing")})
    config = load_config(env={"ASSIST_SIGNALING_TRUST_LINES_DIR": str(tmp_path)})
    assert config.trust_lines_dir == str(tmp_path)


# -- the helper app's fetch against lying servers --------------------------------------


def refreshed(trust: Trust, reply: bytes | None) -> tuple[int, float, list[str]]:
    """Run `refresh` against a server that answers every request with `reply`."""

    async def scenario() -> tuple[int, float, list[str]]:
        async with HostileServer(lambda path: reply) as hostile:
            started = time.monotonic()
            taken = await refresh(trust, hostile.url)
            return taken, time.monotonic() - started, hostile.paths

    return asyncio.run(scenario())


def test_a_forged_list_signed_by_another_key_is_ignored(tmp_path: Path) -> None:
    """A line with Espoo's name but another key (empty revocation list) changes nothing."""
    espoo = org()
    held = espoo.key.anchor(espoo.name, {"cd" * 16}, 1_000)
    trust = Trust((held,), updates=tmp_path / "updates.txt")
    forged = line(org(espoo.name), issued=int(time.time()))
    taken, _, paths = refreshed(trust, answer("200 OK", forged.encode()))
    assert taken == 0
    assert trust.organisations == (held,)
    assert paths == [f"/trust/{espoo.key.public_key.hex()}"]
    assert not (tmp_path / "updates.txt").exists()


def test_an_older_list_does_not_undo_a_revocation() -> None:
    """The server replays last month's list (without the revocation): it is not taken."""
    espoo = org()
    held = espoo.key.anchor(espoo.name, {"cd" * 16}, 2_000_000)
    trust = Trust((held,))
    taken, _, _ = refreshed(trust, answer("200 OK", line(espoo, issued=1_000_000).encode()))
    assert taken == 0 and trust.organisations == (held,)


@pytest.mark.parametrize(
    "reply",
    [
        answer("200 OK", b"x" * 600_000),  # over the size limit
        answer("200 OK", b"short", length=600_000),  # says it is huge
        answer("200 OK", b"assist-org-v1:" + b"A" * 40),  # malformed line
        answer("200 OK", b"\xff\xfe not text"),
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        b"SSH-2.0-OpenSSH\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X-Filler: y\r\n" * 2000 + b"\r\n",  # endless head
    ],
    ids=["oversized", "lying-length", "malformed", "not-text", "chunked", "not-http", "head"],
)
def test_oversized_or_malformed_answers_are_refused(reply: bytes) -> None:
    """Whatever the server sends that is not one proper trust line changes nothing."""
    espoo = org()
    held = espoo.key.anchor(espoo.name, set(), 1_000)
    trust = Trust((held,))
    taken, _, _ = refreshed(trust, reply)
    assert taken == 0 and trust.organisations == (held,)


def test_a_server_that_hangs_costs_at_most_the_bound() -> None:
    """A server that never answers: refresh gives up after FETCH_TIMEOUT, keeping the lines."""
    espoo = org()
    held = espoo.key.anchor(espoo.name, set(), 1_000)
    trust = Trust((held,))
    taken, took, _ = refreshed(trust, None)
    assert taken == 0 and trust.organisations == (held,)
    assert took < FETCH_TIMEOUT + 1.0 * TIMEOUT_SCALE


def test_a_newer_line_is_kept_on_this_computer_but_not_on_a_loan_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newer list is stored (and used by the next start); in loan-device mode it is
    used for this run only and nothing reaches the disk."""
    espoo = org()
    held = espoo.key.anchor(espoo.name, set(), 1_000)
    newer = line(espoo, {"ef" * 16}, 2_000)
    updates = tmp_path / "updates.txt"
    trust = Trust((held,), updates=updates)
    assert refreshed(trust, answer("200 OK", newer.encode()))[0] == 1
    assert trust.organisations[0].revoked == {"ef" * 16}
    assert Trust((held,), updates=updates).organisations[0].issued == 2_000  # next start
    monkeypatch.setattr(settings, "_memory", {})  # --loan-device
    loan_updates = tmp_path / "loan.txt"
    loan = Trust((held,), updates=loan_updates)
    assert refreshed(loan, answer("200 OK", newer.encode()))[0] == 1
    assert loan.organisations[0].revoked == {"ef" * 16}
    assert not loan_updates.exists()


# -- whole sessions through a real server ----------------------------------------------


@display
def test_a_revoked_supporter_is_refused_after_the_server_gets_the_new_list(
    tmp_path: Path,
) -> None:
    """assist-org issues Anna a certificate, the helper app's assist.toml line is exported;
    then Anna is revoked and the new export goes into the server's folder only. The next
    session shows Anna unverified, without any new assist.toml."""
    home, served = tmp_path / "espoo", tmp_path / "served"
    served.mkdir()
    org_tool(home, "init", "--name", "Espoo digital support")
    anna = run_only_identity()
    key_text = base64.b64encode(anna.signer.public_key).decode()
    cert_file = tmp_path / "anna.cert"
    out = org_tool(home, "issue", "--name", "Anna Virtanen", "--supporter-key", key_text,
                   "--out", str(cert_file))  # fmt: skip
    serial = out.split()[1]
    org_tool(home, "export", "--out", str(tmp_path / "assist-toml-line"))
    config_line = (tmp_path / "assist-toml-line").read_text().strip()
    vouched = with_certificate(anna, cert_file.read_text())
    updates = tmp_path / "data" / "organisation-updates.txt"

    async def one_session(server: SignalingServer) -> SupporterAsks | None:
        trust = Trust.from_config({"Espoo": config_line}, added=tmp_path / "none",
                                  updates=updates)  # fmt: skip
        async with session(server.url, identity=vouched, trust=trust) as run:
            await settle(run)
        return run.asked

    async def scenario() -> tuple[SupporterAsks | None, SupporterAsks | None]:
        server = await trust_server(served)
        try:
            before = await one_session(server)
            org_tool(home, "revoke", serial)
            org_tool(home, "export", "--out", str(served / "espoo.assist-org"))
            return before, await one_session(server)
        finally:
            await server.close()

    before, after = asyncio.run(scenario())
    assert before is not None and before.verified is not None
    assert after is not None and after.verified is None
    assert after.name == "Anna"  # the name she typed, shown as we-do-not-know-who
    kept = Trust.from_config({"Espoo": config_line}, added=tmp_path / "none", updates=updates)
    assert serial in kept.organisations[0].revoked  # the next start knows it too


@display
def test_an_older_list_on_the_server_does_not_undo_a_revocation_in_a_session(
    tmp_path: Path,
) -> None:
    """assist.toml already has the revocation; the server serves the older list: Anna
    stays unverified."""
    from .test_live_identity import vouched

    espoo = org()
    identity = vouched(espoo)
    assert identity.certificate is not None
    now = int(time.time())
    (tmp_path / "old.assist-org").write_text(line(espoo, set(), now - 3600))
    trust = Trust((espoo.key.anchor(espoo.name, {identity.certificate.serial}, now),))

    async def scenario() -> SupporterAsks | None:
        server = await trust_server(tmp_path)
        try:
            async with session(server.url, identity=identity, trust=trust) as run:
                await settle(run)
            return run.asked
        finally:
            await server.close()

    asked = asyncio.run(scenario())
    assert asked is not None and asked.verified is None


@display
def test_a_hanging_trust_answer_does_not_hold_the_consent_page_past_the_bound() -> None:
    """A server whose /trust/ answers never come: the home user is still asked, at most
    FETCH_TIMEOUT after the session started, with the lines held (Anna verified)."""
    from .test_live_identity import anchor_now, vouched

    espoo = org()

    async def scenario() -> tuple[float, SupporterAsks | None, int]:
        server = await start_server("127.0.0.1", 0, config=lifted_config())
        try:
            async with TrustProxy(server.port) as proxy:
                started = time.monotonic()
                async with session(
                    proxy.url, identity=vouched(espoo), trust=anchor_now(espoo)
                ) as run:
                    await until(lambda: run.asked is not None, 20, "asked")
                    took = time.monotonic() - started
                    assert any(isinstance(e, Connecting) for e in run.home_events)
                return took, run.asked, proxy.hung
        finally:
            await server.close()

    took, asked, hung = asyncio.run(scenario())
    assert hung == 1  # the helper app did ask, and got no answer
    assert asked is not None and asked.verified is not None
    assert took < FETCH_TIMEOUT + 5.0 * TIMEOUT_SCALE
