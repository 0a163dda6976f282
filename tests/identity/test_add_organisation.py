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


def _home_window(qtbot, translations, tmp_path: Path):  # type: ignore[no-untyped-def]
    from assist_agent.history import History
    from assist_agent.window import HomeWindow

    window = HomeWindow("ws://127.0.0.1:9", translations, history=History(tmp_path / "h.jsonl"))
    qtbot.addWidget(window)
    window.show_safety()
    assert window.safety_page is not None
    qtbot.addWidget(window.safety_page)
    return window


def test_the_is_this_safe_page_adds_an_organisation_from_a_chosen_file(
    qtbot, translations, tmp_path: Path
) -> None:
    """No command line: "Is this safe?" → Add an organisation → the file chooser (only
    .assist-org files) → the question → Yes: kept on disk and trusted from the next help."""
    from assist_ui.settings import data_dir

    espoo = org()
    anchor = espoo.key.anchor(espoo.name, set(), NOW)
    offered = tmp_path / "espoo.assist-org"
    offered.write_text(anchor.to_text() + "\n")
    window = _home_window(qtbot, translations, tmp_path)
    entry = window.add_organisation
    assert entry is not None and entry.isVisible()
    assert "organisation" in entry.text.text()
    qtbot.mouseClick(entry.button, Qt.MouseButton.LeftButton)
    chooser = entry.chooser
    assert chooser is not None and chooser.isVisible()
    assert "*.assist-org" in chooser.nameFilters()[0]
    chooser.selectFile(str(offered))
    chooser.accept()
    question = entry.question
    assert question is not None and question.isVisible()
    assert espoo.name in question.heading.text()
    qtbot.mouseClick(question.yes_button, Qt.MouseButton.LeftButton)
    assert window.trust is not None and anchor in window.trust.organisations
    assert entry.answer is not None and espoo.name in entry.answer.text()
    kept = Trust.from_config({}, added=data_dir() / "organisations.txt")
    assert anchor in kept.organisations
    entry.answer.close()


def test_a_chosen_file_that_is_not_from_an_organisation_changes_nothing(
    qtbot, translations, tmp_path: Path
) -> None:
    """A changed file: "This file is not from an organisation", nothing trusted."""
    espoo = org()
    changed = tmp_path / "changed.assist-org"
    changed.write_text(espoo.key.anchor(espoo.name, set(), NOW).to_text()[:-4] + "AAAA")
    window = _home_window(qtbot, translations, tmp_path)
    entry = window.add_organisation
    assert entry is not None
    box = entry.add_file(changed)
    assert box.objectName() == "notAnOrganisation" and box.isVisible()
    assert entry.question is None
    assert window.trust is None or window.trust.organisations == ()
    box.close()


def test_a_loan_computer_offers_no_add_button(qtbot, translations, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """In loan-device mode the "Is this safe?" page has no Add an organisation."""
    from assist_ui import settings

    monkeypatch.setattr(settings, "_memory", {})
    window = _home_window(qtbot, translations, tmp_path)
    assert window.add_organisation is None
