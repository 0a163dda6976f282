"""What the consent page says about who asks (issue 16), fed the session's own events."""

from __future__ import annotations

from pathlib import Path

from assist_agent.history import Familiarity, History
from assist_agent.session import SupporterAsks
from assist_agent.window import HomeWindow
from crypto.certificates import Verified

ESPOO = Verified("Anna Virtanen", "Espoo digital support", "digital support", "0" * 32)


def home(translations: object, tmp_path: Path) -> HomeWindow:
    history = History(tmp_path / "history.jsonl", memory=False)
    return HomeWindow("ws://127.0.0.1:9", translations, history=history)  # type: ignore[arg-type]


def test_helped_before_new_and_impostor_are_told_apart(qtbot, translations, tmp_path) -> None:
    """ "has helped you 3 times", "the first time", and a known name with a new key."""
    window = home(translations, tmp_path)
    qtbot.addWidget(window)
    page = window.ask_page
    window.on_session_event(SupporterAsks("Anna", "K7QF-2M9D", None, Familiarity(3, False)))
    assert page.familiar.text() == "Anna has helped you 3 times."
    window.on_session_event(SupporterAsks("Anna", "K7QF-2M9D", None, Familiarity(1, False)))
    assert page.familiar.text() == "Anna has helped you 1 time."
    window.on_session_event(SupporterAsks("Pekka", "K7QF-2M9D", None, Familiarity(0, False)))
    assert page.familiar.text() == "This is the first time this person helps you."
    window.on_session_event(SupporterAsks("Anna", "K7QF-2M9D", None, Familiarity(0, True)))
    assert page.familiar.text() == (
        "Someone calls themselves Anna, but it is not the Anna who helped you before."
    )


def test_the_verified_page_in_english(qtbot, translations, tmp_path) -> None:
    """The words of the issue: the organisation, the person, and who confirmed them."""
    window = home(translations, tmp_path)
    qtbot.addWidget(window)
    window.on_session_event(SupporterAsks("Anna Virtanen", "K7QF-2M9D", ESPOO))
    page = window.ask_page
    assert page.organisation.text() == "Espoo digital support"
    assert page.heading.text() == "Anna Virtanen wants to see your screen."
    assert page.confirmed.text() == "Espoo digital support has confirmed who this person is."
    assert page.warning.isHidden() and page.call_row.isHidden()
    assert page.control_powers.isHidden()  # verified: no extra list before control
    window.on_session_event(SupporterAsks("Anna", "K7QF-2M9D"))
    assert not page.warning.isHidden() and not page.control_powers.isHidden()
    assert page.control_powers.lines[-1].text() == (
        "Never allow this while your online bank is open."
    )
