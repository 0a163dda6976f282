"""A home user adds an organisation from the file it gave them (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from assist_agent.add_organisation import AddOrganisationDialog, offer
from assist_agent.trust import Trust, remember
from tests.support.timing import TIMEOUT_SCALE

from .keys import NOW, org, supporter

ROOT = Path(__file__).resolve().parents[2]


def test_only_a_verifying_file_is_offered(tmp_path: Path) -> None:
    """The organisation's exported line is offered; a changed or foreign file is not."""
    espoo = org()
    good = tmp_path / "espoo.assist-org"
    line = espoo.key.anchor(espoo.name, set(), NOW).to_text()
    good.write_text(line + "\n")
    found = offer(good)
    assert found is not None and found.name == espoo.name
    bad = tmp_path / "changed.assist-org"
    bad.write_text(line[:-6] + "AAAAAA")
    assert offer(bad) is None
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert offer(tmp_path / "photo.jpg") is None


def test_the_dialog_names_the_organisation_and_its_mark_and_starts_on_no(
    qtbot, translations, tmp_path: Path
) -> None:
    """The question shows the name and the fingerprint; No is the default; Yes keeps it."""
    espoo = org()
    anchor = espoo.key.anchor(espoo.name, set(), NOW)
    dialog = AddOrganisationDialog(anchor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert espoo.name in dialog.heading.text()
    assert anchor.fingerprint in dialog.mark.text()
    assert dialog.focusWidget() is dialog.no_button and dialog.no_button.isDefault()
    qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    kept = tmp_path / "organisations.txt"
    remember(anchor, kept)
    anna = supporter()
    certificate = espoo.certify(anna, start=NOW - 10)
    trust = Trust.from_config({}, added=kept)
    hello = {"certificate": certificate.to_message()}
    assert trust.organisations == (anchor,)
    assert trust.check(hello, anna.public_key) is None  # NOW is in the past: expired
    kept.write_text(kept.read_text().replace("assist-org-v1:", "assist-org-v1:X"))
    assert Trust.from_config({}, added=kept).organisations == ()  # a changed line: skipped


def test_a_loan_computer_keeps_no_organisation(tmp_path: Path) -> None:
    """With --loan-device the app refuses to keep an organisation and writes nothing."""
    espoo = org()
    offered = tmp_path / "espoo.assist-org"
    offered.write_text(espoo.key.anchor(espoo.name, set(), NOW).to_text())
    data = tmp_path / "data"
    env = {**os.environ, "ASSIST_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "assist_agent", "--loan-device", "--add-organisation",
         str(offered)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60 * TIMEOUT_SCALE, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert not (data / "organisations.txt").exists()
