"""Past help is the home user's alone: a 0700 folder, 0600 files, a cap, and chat kept only
if they want.

The record holds the supporter's name and the chat in clear; on a shared computer other
accounts must not read it, it must not grow for ever, and the home user can turn keeping
the chat off on the "Past help" page (which also removes the chat already kept).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from assist_agent.history import MAX_BYTES, MAX_RECORDS, HelpRecord, History
from assist_agent.summary_view import HistoryPage
from assist_ui.settings import SETTINGS_FILE

pytestmark = pytest.mark.security


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def record(n: int, chat: str = "hello") -> HelpRecord:
    return HelpRecord(f"Anna {n}", 1_700_000_000.0 + n, 60.0, 0.0, [("supporter", chat)])


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, with the usual umask that would make 0755 and 0644."""
    folder = tmp_path / "assist"
    monkeypatch.setenv("ASSIST_DATA_DIR", str(folder))
    old = os.umask(0o022)
    yield folder
    os.umask(old)


def test_a_new_history_is_private(data: Path) -> None:
    """The folder is made 0700 and the file 0600."""
    History(data / "history.jsonl").add(record(1))
    assert mode(data) == 0o700
    assert mode(data / "history.jsonl") == 0o600


def test_an_old_open_history_is_made_private_when_read(data: Path) -> None:
    """A 0755 folder with a 0644 file from an older version: both fixed on first use."""
    data.mkdir(mode=0o755)
    path = data / "history.jsonl"
    path.write_text(json.dumps(record(1).__dict__) + "\n")
    path.chmod(0o644)
    assert History(path).records()
    assert mode(data) == 0o700
    assert mode(path) == 0o600


def test_the_settings_file_is_private_too(data: Path) -> None:
    from assist_ui.settings import Settings

    Settings.for_app("home").set("language", "fi")
    assert mode(data / SETTINGS_FILE) == 0o600
    assert mode(data) == 0o700


def test_history_keeps_only_the_newest_records(data: Path) -> None:
    """More than MAX_RECORDS sessions: the oldest go, the newest stay."""
    history = History(data / "history.jsonl")
    for n in range(MAX_RECORDS + 30):
        history.add(record(n))
    kept = history.records()
    assert len(kept) == MAX_RECORDS
    assert kept[0].supporter == f"Anna {MAX_RECORDS + 29}"


def test_history_stays_under_its_size_cap(data: Path) -> None:
    """Long chats: the file never grows past MAX_BYTES."""
    history = History(data / "history.jsonl")
    for n in range(60):
        history.add(record(n, chat="x" * 20_000))
    assert (data / "history.jsonl").stat().st_size <= MAX_BYTES
    assert history.records()[0].supporter == "Anna 59"


def test_the_home_user_can_turn_keeping_chat_off(data: Path, qtbot, translations) -> None:
    """The check box on Past help: chat already kept is removed, and new chat is not kept."""
    history = History(data / "history.jsonl")
    history.add(record(1, chat="my bank is Nordea"))
    page = HistoryPage(history)
    qtbot.addWidget(page)
    page.retranslate()
    page.show()
    assert page.keep_chat.isChecked()
    assert page.keep_chat.text()
    qtbot.mouseClick(page.keep_chat, Qt.MouseButton.LeftButton)
    assert not page.keep_chat.isChecked()
    history.add(record(2, chat="my PIN is 1234"))
    text = (data / "history.jsonl").read_text()
    assert "Nordea" not in text and "1234" not in text
    assert [r.chat for r in history.records()] == [[], []]
    assert HistoryPage(history).keep_chat.isChecked() is False  # remembered
