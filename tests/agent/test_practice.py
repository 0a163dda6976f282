"""Practice mode walks the home user through a pretend session, locally and safely."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from assist_agent.practice import POINTER_TOUR, PracticeTimings
from tests.a11y import scenes
from tests.a11y.probe import settle
from tests.support.timing import until


@pytest.fixture
def home(qapp, qloop, translations, tmp_path: Path, monkeypatch):
    """The helper app's window, with fast practice timings and no network at all."""

    def no_network(*args, **kwargs):
        raise AssertionError("practice must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    window = scenes.make_home(translations, tmp_path)
    window.practice_page.timings = PracticeTimings(typing_ms=50, pointer_step_ms=50)
    window.practice_page._pointer.setInterval(50)
    window.show()
    settle()
    yield window
    window.practice_page.end_practice()
    window.close()


def marked_as_practice(window) -> bool:
    page = window.practice_page
    return (
        window.stack.currentWidget() is page
        and page.banner.isVisible()
        and page.end_button.isVisible()
    )


def test_whole_pretend_session(home, qloop) -> None:
    """Code → the pretend helper types it → question (keyboard on "Do not allow") →
    Allow → her pointer tours the screen and ends on Stop → Stop → well done → start."""
    page = home.practice_page
    home.practice_button.click()
    assert marked_as_practice(home) and page.step == "intro"
    page.start_button.click()
    assert page.step == "code" and marked_as_practice(home)
    page.read_button.click()
    assert page.step == "waiting"
    qloop.run_until_complete(until(lambda: page.step == "ask", 5, "the question"))
    assert home.focusWidget() is page.decline_button  # the window's keyboard focus
    assert marked_as_practice(home)
    page.allow_button.click()
    assert page.step == "sharing" and marked_as_practice(home)
    assert page.overlay is not None
    qloop.run_until_complete(
        until(lambda: page.tour_index > len(POINTER_TOUR), 5, "pointer on the Stop button")
    )
    x, y = page.overlay._pointer_at
    area = page.overlay.area()
    spot = (area.x() + x * area.width(), area.y() + y * area.height())
    stop = page.stop_button
    top_left = stop.mapToGlobal(stop.rect().topLeft())
    assert top_left.x() <= spot[0] <= top_left.x() + stop.width()
    assert top_left.y() <= spot[1] <= top_left.y() + stop.height()
    assert "Stop" in page.helper_says.text()
    page.stop_button.click()
    assert page.step == "done" and marked_as_practice(home)
    assert not page.overlay._pointer.isVisible()
    page.finish_button.click()
    assert home.stack.currentWidget() is home.start_page
    assert home.session is None  # nothing real was ever started


def test_saying_no_is_fine_and_can_be_tried_again(home) -> None:
    """Do not allow leads to calm words and a way to try again."""
    page = home.practice_page
    home.show_practice()
    page._go("ask")
    page.decline_button.click()
    assert page.step == "declined" and marked_as_practice(home)
    assert page.overlay is None or not page.overlay._pointer.isVisible()
    page.again_after_no.click()
    assert page.step == "code"


def test_end_practice_from_any_step(home) -> None:
    """End practice, always at the top, goes back to the start page and hides the pointer."""
    page = home.practice_page
    for step in ("intro", "code", "waiting", "ask", "sharing", "done"):
        home.show_practice()
        page._go(step)
        page.end_button.click()
        assert home.stack.currentWidget() is home.start_page
        assert page.overlay is None or not page.overlay._pointer.isVisible()


def test_practice_follows_the_language(home, translations) -> None:
    """Practice changes language with the rest of the app."""
    home.show_practice()
    translations.switch("fi")
    settle()
    assert home.practice_page.start_button.text() == "Aloita harjoitus"
    assert home.practice_page.banner.text().startswith("Harjoitus.")
