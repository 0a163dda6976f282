"""Screen readers hear new chat messages and every change of state, without the
keyboard focus moving."""

from __future__ import annotations

import pytest

from assist_agent.consent import ShareState
from assist_agent.live import ChatLine, ControlRequested, ShareStateChanged
from assist_client import session as supporter_events
from assist_ui import widgets
from tests.a11y import scenes
from tests.a11y.probe import settle

pytestmark = pytest.mark.a11y


@pytest.fixture
def heard(monkeypatch) -> list[str]:
    said: list[str] = []
    original = widgets.announce

    def listen(widget, message: str) -> None:
        said.append(message)
        original(widget, message)

    monkeypatch.setattr(widgets, "announce", listen)
    return said


def test_home_user_hears_chat_state_and_questions(open_scene, heard) -> None:
    """A new message, a pause, a request for control, and the end are all read out."""
    window, _ = open_scene(scenes.Scene("sharing", "home", scenes._home_sharing))
    heard.clear()
    window.on_session_event(ChatLine("Look at the top left.", True))
    assert any("Look at the top left." in said for said in heard)
    window.on_session_event(ShareStateChanged(ShareState.PAUSED, "paused_by_you"))
    assert any(window.sharing_page.heading.text() == said for said in heard)
    window.on_session_event(ShareStateChanged(ShareState.VIEWING, "resumed"))
    window.on_session_event(ControlRequested())
    assert window.sharing_page.question_heading.text() in heard
    window.on_session_event(scenes.Ended("peer_stopped"))
    settle()
    assert window.ended_text.text() in " ".join(heard)


def test_home_user_hears_the_code_and_the_question(open_scene, heard) -> None:
    """The code and "Anna wants to see your screen" are read out when they appear."""
    window, _ = open_scene(scenes.Scene("code", "home", scenes._home_code))
    assert any(window.code_heading.text() in said for said in heard)
    window.on_session_event(scenes.SupporterAsks(scenes.SUPPORTER, scenes.MARK))
    assert any(window.ask_heading.text() in said for said in heard)


def test_supporter_hears_progress_state_chat_and_end(open_scene, heard) -> None:
    """The supporter's screen reader follows the steps, the state, the chat and the end."""
    window, _ = open_scene(scenes.Scene("connect", "supporter", scenes._supporter_connect))
    window.on_session_event(supporter_events.Step("checking_code"))
    assert window.progress_text.text() in heard
    window.on_session_event(supporter_events.SessionOpen())
    window.on_session_event(supporter_events.ShareState("paused"))
    assert window.view_status.text() in heard
    window.on_session_event(supporter_events.ChatLine("Hello", False))
    assert any("Hello" in said for said in heard)
    window.on_session_event(supporter_events.Ended("peer_stopped"))
    assert any(window.ended_text.text() in said for said in heard)


def test_practice_steps_are_read_out(open_scene, heard) -> None:
    """Each step of practice is read out when it appears."""
    window, _ = open_scene(scenes.Scene("practice", "home", scenes._practice("code")))
    heard.clear()
    window.practice_page.read_button.click()
    assert window.practice_page.waiting_heading.text() in heard
