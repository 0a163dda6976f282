"""The supporter app's --show-key and --certificate FILE (issue 16), with a real key store."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

import assist_ui.app
from assist_client import __main__ as client_main
from assist_client.identity import load_identity

from .keys import DAY, NOW, org


@pytest.fixture
def own_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own settings folder, so the loaded certificate stays here."""
    monkeypatch.setenv("ASSIST_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ASSIST_SERVER", raising=False)
    return tmp_path


def test_show_key_then_load_the_certificate_once(own_data: Path, capsys, monkeypatch) -> None:
    """The printed key is the app's own; a certificate for it loads and is kept for later
    starts; one for another key is refused with exit code 2."""
    assert client_main.main(["--show-key"]) == 0
    key = base64.b64decode(capsys.readouterr().out.strip())
    assert key == load_identity().signer.public_key

    espoo = org()
    mine = espoo.key.issue(
        name="Anna Virtanen", organisation=espoo.name, role="", not_before=NOW - DAY,
        not_after=NOW + 365 * DAY, supporter_key=key,
    )  # fmt: skip
    started: list[str | None] = []
    monkeypatch.setattr(
        assist_ui.app, "run_app", lambda build, lang, **_: started.append(lang) or 0
    )
    path = own_data / "anna.cert"
    path.write_text(mine.to_text())
    assert client_main.main(["--certificate", str(path)]) == 0
    assert started, "the window was started"
    assert load_identity().certificate == mine  # kept: the next start has it without the flag

    someone = espoo.key.issue(
        name="Pekka", organisation=espoo.name, role="", not_before=NOW - DAY,
        not_after=NOW + DAY, supporter_key=bytes(range(32)),
    )  # fmt: skip
    path.write_text(someone.to_text())
    assert client_main.main(["--certificate", str(path)]) == 2
    assert "certificate_other_key" in capsys.readouterr().err
