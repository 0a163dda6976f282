"""Loan-device mode without a bundle: settings and past help in memory, caches in a
private folder that goes away, and the first page saying so in plain words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assist_agent.history import HelpRecord, History
from assist_ui.settings import Settings
from tests.support import REPO


def test_settings_without_a_path_stay_in_memory(tmp_path: Path) -> None:
    """Settings with no file keep their values for this run and write nothing."""
    settings = Settings(None, "home")
    settings.set("language", "fi")
    assert settings.get("language") == "fi"
    assert list(tmp_path.iterdir()) == []


def test_history_in_memory_keeps_this_run_only(tmp_path: Path, monkeypatch) -> None:
    """Past help in memory: listed while the app runs, deletable, never on disk."""
    monkeypatch.setenv("ASSIST_DATA_DIR", str(tmp_path))
    history = History.in_memory()
    history.add(HelpRecord("Anna", 1.0, 60.0, 0.0, [("supporter", "Hei")]))
    assert [r.supporter for r in history.records()] == ["Anna"]
    history.clear()
    assert history.records() == []
    assert list(tmp_path.iterdir()) == []


PROBE = """
import os, sys, tempfile
from assist_ui import loan_device, settings
from assist_agent.history import History
folder = loan_device.start()
assert settings.keeps_nothing() and History().memory
settings.Settings.for_app("home").set("language", "fi")
with open(os.path.join(tempfile.gettempdir(), "scratch"), "w") as f:
    f.write("x")
print(folder, oct(folder.stat().st_mode & 0o777), os.environ["XDG_CACHE_HOME"],
      os.environ["XDG_RUNTIME_DIR"], tempfile.gettempdir())
"""


def test_the_private_folder_is_made_closed_and_removed(tmp_path: Path) -> None:
    """start() points caches, the runtime folder and temporary files at one 0700 folder
    under TMPDIR, and nothing of it (nor anything in HOME) is left after exit."""
    home, tmpdir = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmpdir.mkdir()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "TMPDIR": str(tmpdir),
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    folder, mode, cache, runtime, temp = done.stdout.split()
    assert Path(folder).parent == tmpdir and mode == "0o700"
    assert cache.startswith(folder) and runtime.startswith(folder) and temp == folder
    assert list(tmpdir.iterdir()) == [] and list(home.iterdir()) == []


def test_the_first_page_says_nothing_stays(qtbot, translations) -> None:
    """In loan-device mode the first page says, in plain words, that nothing is kept;
    with an organisation set it also says whose app this is."""
    from assist_agent.window import HomeWindow

    window = HomeWindow(
        "ws://127.0.0.1:9/v1",
        translations,
        history=History.in_memory(),
        organisation="Example City digital support",
        loan_device=True,
    )
    qtbot.addWidget(window)
    window.show()
    notes = window.start_notes
    assert notes.loan_device_label.isVisible()
    assert notes.loan_device_label.text() == (
        "This app keeps nothing on this computer after you close it."
    )
    assert notes.organisation_label.text() == ("This app comes from Example City digital support.")
    translations.switch("fi")
    try:
        finnish = "Sovellus ei jätä tähän tietokoneeseen mitään, kun suljet sen."
        qtbot.waitUntil(lambda: notes.loan_device_label.text() == finnish)
    finally:
        translations.switch("en")


def test_an_installed_app_shows_neither_note(qtbot, translations) -> None:
    """Without assist.toml's organisation or loan-device mode the first page is as before."""
    from assist_agent.window import HomeWindow

    window = HomeWindow("ws://127.0.0.1:9/v1", translations, history=History.in_memory())
    qtbot.addWidget(window)
    window.show()
    assert not window.start_notes.isVisible()
