"""Aborts as people see them: both windows end, in plain words, and a new code is offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assist_agent.window import HomeWindow
from assist_client.window import SupporterWindow
from crypto.code import PairingCode
from tests.support.relay import SUPPORTER, Frame, MaliciousRelay, serve_through_relay
from tests.support.sessions import claim_fails
from tests.support.timing import until

pytestmark = pytest.mark.security


@pytest.fixture
def windows(qtbot, qloop, translations, xdisplay):
    # An honest relay until a test gives it a plan.
    server, relay = qloop.run_until_complete(serve_through_relay())
    home = HomeWindow(server.url, translations)
    supporter = SupporterWindow(server.url, translations, name="Anna")
    home.setGeometry(700, 0, 560, 340)
    supporter.setGeometry(700, 380, 560, 320)
    home.show()
    supporter.show()
    yield server, relay, home, supporter
    for window in (home, supporter):
        if window.session is not None:
            window.session.stop()
            qloop.run_until_complete(window.session.wait_ended())
    for window in (home, supporter):
        window.close()
        window.deleteLater()
    qloop.run_until_complete(server.close())


async def show_code(qtbot, home: HomeWindow) -> PairingCode:
    qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
    await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
    return PairingCode.parse(home.code_text)


async def type_code(qtbot, supporter: SupporterWindow, code: PairingCode) -> None:
    supporter.code_edit.setFocus()
    qtbot.keyClicks(supporter.code_edit, code.grouped())
    assert supporter.connect_button.isEnabled(), supporter.code_hint.text()
    qtbot.mouseClick(supporter.connect_button, Qt.MouseButton.LeftButton)


def test_wrong_code_ends_both_windows_in_plain_words_and_offers_a_new_code(qtbot, qloop, windows):
    """A wrong secret (with a valid check digit): both windows end, the helper app says
    the code did not work, the code is burned, and Get help again shows a new code."""
    server, _, home, supporter = windows

    async def scenario() -> None:
        code = await show_code(qtbot, home)
        last = str((int(code.secret[-1]) + 1) % 10)
        wrong = PairingCode(code.nameplate, code.secret[:-1] + last)  # new Damm digit too
        await type_code(qtbot, supporter, wrong)
        await until(lambda: home.stack.currentWidget() is home.ended_page, 10, "home ended")
        await until(lambda: supporter.stack.currentWidget() is supporter.ended_page, 10, "ended")
        assert home.session.ended_reason == "wrong_code"
        assert supporter.session.ended_reason == "wrong_code"
        assert home.ended_text.text() == (
            "The code did not work. Get a new code and read it to your helper again."
        )
        assert "did not match" in supporter.ended_text.text()
        assert home.session.capture.frames_captured == 0
        assert await claim_fails(server.url, code.nameplate) == "unknown_code"
        assert home.again_button.isVisible() and home.focusWidget() is home.again_button
        qtbot.mouseClick(home.again_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.code_page, 10, "new code")
        assert PairingCode.parse(home.code_text).secret != code.secret

    qloop.run_until_complete(scenario())


def test_tampered_frame_ends_both_windows_in_plain_words(qtbot, qloop, windows):
    """One flipped bit in the supporter's sealed hello: both windows say something was
    wrong; the home user was never asked and nothing was shared."""
    server, relay, home, supporter = windows

    def flip_hello(frame: Frame, relay: MaliciousRelay) -> list[tuple[str, bytes]]:
        body = frame.body
        if frame.sender == SUPPORTER and frame.index == 2:
            body = body[:-1] + bytes([body[-1] ^ 0x01])
        return [(relay.other(frame.sender), body)]

    relay.plan = flip_hello

    async def scenario() -> None:
        code = await show_code(qtbot, home)
        await type_code(qtbot, supporter, code)
        await until(lambda: home.stack.currentWidget() is home.ended_page, 10, "home ended")
        await until(lambda: supporter.stack.currentWidget() is supporter.ended_page, 10, "ended")
        assert home.session.ended_reason == "tampered"
        assert supporter.session.ended_reason == "tampered"
        assert home.ended_text.text() == (
            "Something was wrong, so we stopped to keep you safe. You can get a new code."
        )
        assert "security check" in supporter.ended_text.text()
        assert home.supporter_name == ""  # never asked
        assert home.session.link is None
        assert supporter.view.frames_received == 0

    qloop.run_until_complete(scenario())
