"""A whole help session with real parts: server on loopback, both apps' windows, Xvfb."""

from __future__ import annotations

import asyncio
import base64

import pytest
from PySide6.QtCore import Qt

from tests.support.apps import allow_on_consent_page, pair_windows, pattern_seen, run_scenario
from tests.support.timing import until

pytestmark = pytest.mark.e2e


def test_code_consent_live_screen_and_stop(qtbot, qloop, apps):
    """Code → consent → the supporter decodes the home screen's colours → Stop ends both."""
    server, home, supporter = apps

    async def scenario() -> None:
        code = await pair_windows(qtbot, home, supporter)
        assert len(code.replace(" ", "")) == 13
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        assert "Anna" in home.ask_heading.text()
        # Nothing is shared before Allow: no connection, no picture taken.
        assert home.session.link is None
        assert home.session.capture.frames_captured == 0
        await asyncio.sleep(0.3)
        assert supporter.view.frames_received == 0
        await allow_on_consent_page(qtbot, home)
        await until(lambda: pattern_seen(supporter.view.frame), 20, "pattern decoded")
        assert home.share_bar.isVisible()
        assert home.share_bar.label.text() == "Anna sees your screen."
        assert supporter.stack.currentWidget() is supporter.view_page

        qtbot.mouseClick(home.share_bar.stop_button, Qt.MouseButton.LeftButton)
        await until(
            lambda: home.session.ended_reason and supporter.session.ended_reason, 2, "both ended"
        )
        assert home.session.ended_reason == "stopped_by_you"
        assert supporter.session.ended_reason == "peer_stopped"
        captured = home.session.capture.frames_captured
        await asyncio.sleep(0.5)
        assert home.session.capture.frames_captured == captured, "captured after Stop"
        assert not home.share_bar.isVisible()
        assert home.stack.currentWidget() is home.ended_page
        assert supporter.stack.currentWidget() is supporter.ended_page

        secret = code.replace(" ", "")[4:12]
        assert server.relay_log, "nothing was relayed"
        for body in server.relay_log:
            raw = base64.b64decode(body)
            for needle in (b"v=0", b"a=fingerprint", b"candidate", b"sdp", secret.encode()):
                assert needle not in raw
            assert secret not in body

    run_scenario(qloop, scenario(), home, supporter)


def test_supporter_end_session_stops_both(qtbot, qloop, apps):
    """End session in the supporter app ends the home user's sharing (bounded by 2 s,
    scaled by ASSIST_TEST_TIMEOUT_SCALE)."""
    server, home, supporter = apps

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        await allow_on_consent_page(qtbot, home)
        await until(lambda: pattern_seen(supporter.view.frame), 20, "pattern decoded")
        qtbot.mouseClick(supporter.end_button, Qt.MouseButton.LeftButton)
        await until(
            lambda: home.session.ended_reason and supporter.session.ended_reason, 2, "both ended"
        )
        assert home.session.ended_reason == "peer_stopped"
        assert home.session.capture.stopped
        assert "helper ended" in home.ended_text.text()

    run_scenario(qloop, scenario(), home, supporter)


def test_declining_shares_nothing(qtbot, qloop, apps):
    """Do not allow: no picture is ever taken and the supporter is told plainly."""
    server, home, supporter = apps

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        # An unverified helper (issue 16): the focus is on "They called me".
        assert home.focusWidget() is home.ask_page.they_called_button, "the safe answer"
        qtbot.mouseClick(home.ask_page.i_called_button, Qt.MouseButton.LeftButton)
        assert home.focusWidget() is home.decline_button, "then on Do not allow"
        qtbot.mouseClick(home.decline_button, Qt.MouseButton.LeftButton)
        await until(lambda: supporter.session.ended_reason, 5, "supporter told")
        assert supporter.session.ended_reason == "declined"
        assert home.session.capture.frames_captured == 0
        assert home.session.link is None
        assert supporter.view.frames_received == 0

    run_scenario(qloop, scenario(), home, supporter)


def test_typo_is_caught_before_anything_is_sent(qtbot, qloop, apps):
    """A mistyped digit is flagged at once and Connect stays disabled: nothing is sent."""
    server, home, supporter = apps

    async def scenario() -> None:
        qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
        digits = home.code_text.replace(" ", "")
        wrong = digits[:6] + str((int(digits[6]) + 1) % 10) + digits[7:]
        qtbot.keyClicks(supporter.code_edit, wrong)
        assert not supporter.connect_button.isEnabled()
        assert "typo" in supporter.code_hint.text()
        qtbot.keyClick(supporter.code_edit, Qt.Key.Key_Return)
        await asyncio.sleep(0.3)
        assert supporter.session is None
        assert server.relay_log == []
        assert home.stack.currentWidget() is home.code_page

    run_scenario(qloop, scenario(), home, supporter)
