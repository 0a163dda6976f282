"""The home user's "Is this safe?" page: reachable before sharing, plain, in English and Finnish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assist_agent.safety import SafetyPage, sections
from assist_agent.window import HomeWindow
from tests.support.timing import until

pytestmark = pytest.mark.security


def test_page_answers_the_main_worries(qapp, translations) -> None:
    """The page covers consent, the one-time code, who can see, scams, the helper's mark,
    what happens when something is wrong, what the app cannot do, and who vouches for a
    helper (issue 16)."""
    page = SafetyPage()
    try:
        text = page.text()
        for words in (
            "before you click Allow",
            "works only once",
            "Not even the people who run this service",
            "never calls you to ask for this code",
            "same mark",
            "stops at once",
            "cannot protect you from a computer virus",
            "The organisation can confirm who they are",  # issue 16
        ):
            assert words in text
        assert len(page.paragraphs) == len(sections())
    finally:
        page.deleteLater()


def test_page_switches_to_finnish(qapp, translations) -> None:
    """With the Finnish translation the page speaks Finnish (and back)."""
    page = SafetyPage()
    try:
        translations.switch("fi")
        qapp.processEvents()
        assert page.windowTitle() == "Onko tämä turvallista?"
        assert "Salli" in page.text()
    finally:
        translations.switch("en")
        qapp.processEvents()
        page.deleteLater()
    assert page.windowTitle() == "Is this safe?"


def test_reachable_from_start_and_code_pages(qtbot, qloop, translations, xdisplay) -> None:
    """The helper app shows an "Is this safe?" button on the start and the code page."""
    from signaling.server import start_server

    server = qloop.run_until_complete(start_server("127.0.0.1", 0))
    home = HomeWindow(server.url, translations)
    home.show()
    try:
        assert home.safety_button.isVisible()
        assert home.safety_button.text() == "Is this safe?"
        qtbot.mouseClick(home.safety_button, Qt.MouseButton.LeftButton)
        assert home.safety_page is not None and home.safety_page.isVisible()
        home.safety_page.close_button.click()
        assert not home.safety_page.isVisible()

        async def to_code_page() -> None:
            qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
            await until(lambda: home.stack.currentWidget() is home.code_page, what="code")

        qloop.run_until_complete(to_code_page())
        assert home.safety_button.isVisible()
        qtbot.mouseClick(home.safety_button, Qt.MouseButton.LeftButton)
        assert home.safety_page.isVisible()
        home.safety_page.close_button.click()
    finally:
        if home.session is not None:
            home.session.stop()
            qloop.run_until_complete(home.session.wait_ended())
        home.close()
        home.deleteLater()
        qloop.run_until_complete(server.close())
