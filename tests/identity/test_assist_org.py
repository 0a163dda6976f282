"""The `assist-org` tool end to end: real files, real keys, and the apps' use of its output."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from assist_client.identity import run_only_identity, with_certificate
from crypto.certificates import TrustedOrganisation, verify
from tests.support.timing import TIMEOUT_SCALE

ROOT = Path(__file__).resolve().parents[2]


def org_tool(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assist_org", "--home", str(home), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60 * TIMEOUT_SCALE, check=False,
    )  # fmt: skip


def agent_check(config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASSIST_DATA_DIR": str(config.parent / "data")}
    return subprocess.run(
        [sys.executable, "-m", "assist_agent", "--config", str(config), "--check-config"],
        cwd=ROOT, capture_output=True, text=True, timeout=60 * TIMEOUT_SCALE, check=False, env=env,
    )  # fmt: skip


@pytest.fixture
def espoo(tmp_path: Path) -> Path:
    home = tmp_path / "espoo"
    done = org_tool(home, "init", "--name", "Espoo digital support")
    assert done.returncode == 0, done.stderr
    return home


def test_the_console_script_is_declared() -> None:
    """`assist-org` is a console script of the package (the contract in the issue)."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["assist-org"] == "assist_org.__main__:main"


def test_the_signing_key_is_private_and_never_printed(espoo: Path) -> None:
    """The key file is 0600 in a 0700 folder, and its text appears in no output."""
    key_file = espoo / "signing-key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(espoo.stat().st_mode) == 0o700
    secret = key_file.read_text().strip()
    outputs = [org_tool(espoo, "export"), org_tool(espoo, "init", "--name", "Again")]
    assert outputs[1].returncode == 2  # an existing key is never replaced
    assert all(secret not in o.stdout + o.stderr for o in outputs)
    assert secret not in (espoo / "organisation.json").read_text()


def test_a_key_others_can_read_is_refused(espoo: Path, tmp_path: Path) -> None:
    """A signing key made readable by others is not used until it is private again."""
    (espoo / "signing-key").chmod(0o644)
    supporter = run_only_identity()
    done = org_tool(espoo, "issue", "--name", "Anna", "--supporter-key",
                    supporter.public_key_text, "--out", str(tmp_path / "a.cert"))  # fmt: skip
    assert done.returncode == 2 and "chmod 600" in done.stderr


def test_issue_export_and_revoke_work_with_the_apps(espoo: Path, tmp_path: Path) -> None:
    """A certificate issued by the tool verifies against the exported line, until revoked."""
    supporter = run_only_identity()
    cert_file = tmp_path / "anna.cert"
    key = supporter.public_key_text
    done = org_tool(espoo, "issue", "--name", "Anna Virtanen", "--role", "digital support",
                    "--supporter-key", key, "--out", str(cert_file))  # fmt: skip
    assert done.returncode == 0, done.stderr
    identity = with_certificate(supporter, cert_file.read_text())
    assert identity.certificate is not None
    exported = org_tool(espoo, "export")
    table = tomllib.loads(exported.stdout)["trusted_organisations"]
    anchor = TrustedOrganisation.from_text(table["Espoo digital support"])
    now = identity.certificate.not_before + 60
    message = identity.certificate.to_message()
    assert verify(message, [anchor], now, supporter.signer.public_key).name == "Anna Virtanen"

    serial = identity.certificate.serial
    assert org_tool(espoo, "revoke", serial).returncode == 0
    anchor = TrustedOrganisation.from_text(
        tomllib.loads(org_tool(espoo, "export").stdout)["trusted_organisations"][
            "Espoo digital support"
        ]
    )
    assert serial in anchor.revoked
    assert json.loads((espoo / "organisation.json").read_text())["revoked"] == [serial]


def test_the_helper_app_accepts_the_exported_line_and_refuses_a_tampered_one(
    espoo: Path, tmp_path: Path
) -> None:
    """A tampered assist.toml (a trust line changed by hand) is refused as a whole."""
    exported = org_tool(espoo, "export").stdout
    good = tmp_path / "assist.toml"
    good.write_text(exported)
    assert agent_check(good).returncode == 0, agent_check(good).stderr
    line = tomllib.loads(exported)["trusted_organisations"]["Espoo digital support"]
    changed = line[:-8] + ("A" if line[-8] != "A" else "B") + line[-7:]
    bad = tmp_path / "bad.toml"
    bad.write_text(exported.replace(line, changed))
    refused = agent_check(bad)
    assert refused.returncode == 2
    assert "Espoo digital support" in refused.stderr and "line 2" in refused.stderr


def test_the_key_can_live_in_the_os_key_store(tmp_path: Path, capsys) -> None:
    """`init --keyring`: no key file at all; issue and export still work with the stored key.

    The test keyring is the in-memory one tests/conftest.py installs (a real backend)."""
    from assist_org.__main__ import main

    folder = tmp_path / "espoo"
    assert main(["--home", str(folder), "init", "--name", "Espoo", "--keyring"]) == 0
    assert not (folder / "signing-key").exists()
    supporter = run_only_identity()
    out = tmp_path / "anna.cert"
    args = ["--home", str(folder), "issue", "--name", "Anna", "--supporter-key",
            supporter.public_key_text, "--out", str(out)]  # fmt: skip
    assert main(args) == 0
    assert main(["--home", str(folder), "export"]) == 0
    printed = capsys.readouterr().out
    exported = printed[printed.index("[trusted_organisations]") :]
    table = tomllib.loads(exported)["trusted_organisations"]
    anchor = TrustedOrganisation.from_text(table["Espoo"])
    certificate = with_certificate(supporter, out.read_text()).certificate
    assert certificate is not None
    now = certificate.not_before + 1
    assert verify(certificate.to_message(), [anchor], now, supporter.signer.public_key)
