"""The verified and the unverified consent pages through both real windows (issue 16).

A real pairing server, the real helper and supporter windows on Xvfb, real keys and a
real certificate; the pages are read in Finnish and in Arabic (right to left).
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from assist_agent.trust import Trust
from assist_agent.window import HomeWindow
from assist_client.identity import SupporterIdentity, run_only_identity, with_certificate
from assist_client.window import SupporterWindow
from signaling.server import start_server
from tests.support.apps import pair_windows, run_scenario
from tests.support.timing import until
from tests.support.wire import lifted_config

from .keys import DAY, org

pytestmark = pytest.mark.e2e
_KEPT: list[QWidget] = []  # never deleted mid-run (PySide 6.11 crashed on freed objects)
ESPOO = "Espoo digital support"
TRANSLATED_SOURCES = {
    "confirmed": "{organisation} has confirmed who this person is.",
    "warning": "We do not know who this person is. "
    "Companies and authorities never call you to ask for this.",
    "who_called": "Did you call them, or did they call you?",
}


def vouched_identity() -> tuple[SupporterIdentity, Trust]:
    espoo = org(ESPOO)
    identity = run_only_identity()
    start = int(time.time() - DAY)
    certificate = espoo.key.issue(
        name="Anna Virtanen", organisation=ESPOO, role="digital support",
        not_before=start, not_after=start + 30 * DAY, supporter_key=identity.signer.public_key,
    )  # fmt: skip
    trust = Trust((espoo.key.anchor(ESPOO, set(), int(time.time())),))
    return with_certificate(identity, certificate.to_text()), trust


@pytest.fixture
def windows(qtbot, qloop, translations, xdisplay, request):
    """Both windows in `request.param`'s language; the supporter verified or not."""
    lang, verified = request.param
    server = qloop.run_until_complete(
        start_server("127.0.0.1", 0, config=lifted_config(), record_relays=True)
    )
    identity, trust = vouched_identity() if verified else (run_only_identity(), Trust())
    translations.switch(lang)
    home = HomeWindow(server.url, translations, trust=trust)
    supporter = SupporterWindow(server.url, translations, name="Anna", identity=identity)
    home.setGeometry(0, 0, 700, 640)
    supporter.setGeometry(720, 0, 560, 400)
    home.show()
    supporter.show()
    yield home, supporter, lang
    for window in (home, supporter):
        if window.session is not None:
            window.session.stop()
            qloop.run_until_complete(window.session.wait_ended())
    for window in (home, supporter):
        window.close()
        _KEPT.append(window)
    translations.switch("en")
    qloop.run_until_complete(server.close())


def in_language(key: str, **values: str) -> str:
    text = QCoreApplication.translate("ConsentPage", TRANSLATED_SOURCES[key])
    assert text != TRANSLATED_SOURCES[key], "the page is really translated"
    return text.format(**values)


@pytest.mark.parametrize("windows", [("fi", True), ("ar", True)], indirect=True)
def test_the_verified_page_names_the_organisation_largest(qtbot, qloop, windows) -> None:
    """Verified: the organisation's name is the largest text, the person's name follows,
    the page says the organisation confirmed who this is, and Allow works at once."""
    home, supporter, lang = windows

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        page = home.ask_page
        assert ESPOO in supporter.identity_note.text()  # the supporter sees who vouches
        assert page.organisation.isVisible() and page.organisation.text() == ESPOO
        assert "Anna Virtanen" in page.heading.text()
        assert page.confirmed.text() == in_language("confirmed", organisation=ESPOO)
        assert page.organisation.fontInfo().pixelSize() > page.heading.fontInfo().pixelSize()
        assert not page.warning.isVisible() and not page.call_row.isVisible()
        assert QApplication.layoutDirection() == (
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        assert home.focusWidget() is home.decline_button  # never on Allow
        assert page.allow_button.isEnabled()
        qtbot.mouseClick(page.allow_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.sharing_page, 30, "sharing")

    run_scenario(qloop, scenario(), home, supporter)


@pytest.mark.parametrize("windows", [("fi", False), ("ar", False)], indirect=True)
def test_they_called_me_refuses_sharing(qtbot, qloop, windows) -> None:
    """Unverified: a plain warning and the question; "They called me" refuses sharing and
    the ended page gives the advice; nothing of the screen was ever taken."""
    home, supporter, lang = windows

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        page = home.ask_page
        assert not page.organisation.isVisible()
        assert page.warning.isVisible() and page.warning.text() == in_language("warning")
        assert page.who_called.text() == in_language("who_called")
        assert not page.allow_button.isVisible() and not page.allow_button.isEnabled()
        assert home.focusWidget() is page.they_called_button
        qtbot.mouseClick(page.they_called_button, Qt.MouseButton.LeftButton)
        await until(lambda: supporter.session.ended_reason, 20, "supporter told")
        assert supporter.session.ended_reason == "declined"
        await until(lambda: home.stack.currentWidget() is home.ended_page, 20, "ended page")
        advice = home.ended_text.text()
        assert advice and advice != QCoreApplication.translate(
            "HomeEnded", "You said no. Nobody sees your screen."
        )
        assert home.session.capture.frames_captured == 0 and home.session.link is None

    run_scenario(qloop, scenario(), home, supporter)


@pytest.mark.parametrize("windows", [("fi", False)], indirect=True)
def test_i_called_them_shows_allow_after_a_pause(qtbot, qloop, windows) -> None:
    """Unverified, "I called them": Allow appears but works only after the short pause."""
    home, supporter, _ = windows

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        page = home.ask_page
        qtbot.mouseClick(page.i_called_button, Qt.MouseButton.LeftButton)
        assert page.allow_button.isVisible() and not page.allow_button.isEnabled()
        qtbot.mouseClick(page.allow_button, Qt.MouseButton.LeftButton)  # too early: nothing
        assert home.session.link is None
        await until(page.allow_button.isEnabled, 20, "Allow works after the pause")
        qtbot.mouseClick(page.allow_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.sharing_page, 30, "sharing")
        assert home.ask_page.control_powers.isVisibleTo(home.sharing_page.question)

    run_scenario(qloop, scenario(), home, supporter)
