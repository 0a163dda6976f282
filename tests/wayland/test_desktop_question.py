"""The helper app's window on the portal backend: the desktop's own question, explained.

Both real windows (on Xvfb) and a real pairing server; the helper app's screen comes
from the real portal of the headless Wayland desktop, whose dialog is answered over
AT-SPI. Our Allow comes first; then our page says "Press Share" while the desktop asks;
Share leads to the sharing page, Cancel ends the session with a plain message.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from assist_agent import platform
from assist_agent.window import HomeWindow
from assist_client.window import SupporterWindow
from signaling.server import start_server
from tests.support.apps import allow_on_consent_page, pair_windows, run_scenario
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE, until
from tests.support.wire import lifted_config

pytestmark = [pytest.mark.wayland, pytest.mark.e2e, pytest.mark.timeout(300)]
_KEPT: list[QWidget] = []  # never deleted mid-run (see tests/e2e/conftest.py)


@pytest.fixture
def windows(on_desktop, monkeypatch, qtbot, qloop, translations, xdisplay):
    monkeypatch.setenv("ASSIST_PLATFORM", "portal")
    platform.backend.cache_clear()
    server = qloop.run_until_complete(
        start_server("127.0.0.1", 0, config=lifted_config(), record_relays=True)
    )
    home = HomeWindow(server.url, translations)
    supporter = SupporterWindow(server.url, translations, name="Anna")
    home.setGeometry(0, 0, 560, 340)
    supporter.setGeometry(0, 380, 560, 320)
    home.show()
    supporter.show()
    yield on_desktop, home, supporter
    for window in (home, supporter):
        window.close()
        _KEPT.append(window)
    qloop.run_until_complete(server.close())
    platform.backend.cache_clear()


@pytest.mark.parametrize("button", ["Share", "Cancel", "our Stop"])
def test_our_page_explains_the_desktops_question_and_follows_its_answer(
    windows, qtbot, qloop, button: str
) -> None:
    desktop, home, supporter = windows
    question = home.desktop_question
    # "our Stop": the home user presses Stop in our window while the desktop still asks.
    answer = desktop.answer("none" if button == "our Stop" else button, allow_control=False,
                            timeout=90)  # fmt: skip

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 30, "our question")
        assert question.page.mode == "asking"
        await allow_on_consent_page(qtbot, home)
        # Our consent first: then our page explains what the desktop will ask.
        assert home.stack.currentWidget() is question.page
        assert "Press Share" in question.page.body.text()
        assert not question.page.ok_button.isVisible()
        if button == "our Stop":
            loop = asyncio.get_running_loop()
            first = await asyncio.wait_for(
                loop.run_in_executor(None, answer.stdout.readline), 60 * TIMEOUT_SCALE
            )
            assert first.startswith("dialog:"), first  # the desktop asks now
            assert home.stack.currentWidget() is question.page
            home.stop()
            await until(lambda: home.session.ended_reason is not None, 30, "the end")
            # The desktop's question is taken away with our session.
            await until(lambda: answer.poll() is not None, 30, "the dialog gone")
            assert supporter.session.frames_shown == 0
        elif button == "Share":
            await until(lambda: home.stack.currentWidget() is home.sharing_page, 60, "sharing")
            await until(lambda: supporter.session.frames_shown > 0, 60, "a picture")
            assert home.session.ended_reason is None
        else:
            await until(lambda: question.page.mode == "cancelled", 60, "the cancel")
            await until(lambda: home.session.ended_reason is not None, 30, "the end")
            await until(lambda: home.stack.currentWidget() is question.page, 10, "our page")
            assert "You pressed Cancel" in question.page.body.text()
            assert question.page.ok_button.isVisible()
            await until(lambda: supporter.session.ended_reason is not None, 30, "their end")
            assert supporter.session.frames_shown == 0  # nothing of the screen was seen
            qtbot.mouseClick(question.page.ok_button, Qt.MouseButton.LeftButton)
            assert home.stack.currentWidget() is home.ended_page

    try:
        run_scenario(qloop, scenario(), home, supporter)
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        if button == "our Stop":
            assert answer.returncode == 0 and out.endswith("gone\n"), (out, err)
        else:
            assert f"pressed: {button}" in out, err
    finally:
        stop(answer)
