"""A whole help session with real parts: server on loopback, both apps' windows, Xvfb."""

from __future__ import annotations

import asyncio
import base64
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from assist_agent.window import HomeWindow
from assist_client.window import SupporterWindow
from signaling.server import start_server
from tests.conftest import TIMEOUT_SCALE, until

pytestmark = pytest.mark.e2e

# Four colours the test window paints in its quadrants, and where they are on screen.
PATTERN = {
    (0, 0): (220, 30, 30),
    (0, 1): (30, 200, 40),
    (1, 0): (30, 60, 230),
    (1, 1): (240, 220, 20),
}
PATTERN_SIZE = (640, 360)


class PatternWindow(QWidget):
    """A window on the home user's display that paints known colours."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setGeometry(0, 0, *PATTERN_SIZE)

    def paintEvent(self, event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        w, h = PATTERN_SIZE[0] // 2, PATTERN_SIZE[1] // 2
        for (row, col), rgb in PATTERN.items():
            painter.fillRect(col * w, row * h, w, h, QColor(*rgb))
        painter.end()


def pattern_seen(frame: np.ndarray | None) -> bool:
    """True when the decoded frame shows every quadrant's colour (video is lossy: ±40)."""
    if frame is None:
        return False
    w, h = PATTERN_SIZE[0] // 2, PATTERN_SIZE[1] // 2
    for (row, col), rgb in PATTERN.items():
        y, x = row * h + h // 2, col * w + w // 2
        patch = frame[y - 8 : y + 8, x - 8 : x + 8].reshape(-1, 3).mean(axis=0)
        if np.abs(patch - np.array(rgb)).max() > 40:
            return False
    return True


_FINISHED_WINDOWS: list[QWidget] = []


@pytest.fixture
def apps(qtbot, qloop, translations, xdisplay):
    """A real signaling server and both apps' windows, placed beside the test pattern."""
    server = qloop.run_until_complete(start_server("127.0.0.1", 0, record_relays=True))
    pattern = PatternWindow()
    home = HomeWindow(server.url, translations)
    supporter = SupporterWindow(server.url, translations, name="Anna")
    qtbot.addWidget(pattern)
    home.setGeometry(700, 0, 560, 340)
    supporter.setGeometry(700, 380, 560, 320)
    pattern.show()
    home.show()
    supporter.show()
    yield server, home, supporter
    for window in (home, supporter):
        if window.session is not None:
            window.session.stop()
            qloop.run_until_complete(window.session.wait_ended())
    for window in (home, supporter):
        window.close()
        # Kept alive, never deleted mid-run: PySide 6.11 crashed on a timer event for an
        # object freed while Qt still had work queued for it.
        _FINISHED_WINDOWS.append(window)
    qloop.run_until_complete(server.close())


def run_scenario(qloop, scenario, *windows) -> None:
    """Run a test's steps in the Qt-asyncio loop, then end every session inside that loop
    (Qt events processed outside it, e.g. while pytest-qt closes widgets, would step
    asyncio tasks with no running loop)."""

    async def steps_then_stop() -> None:
        try:
            await scenario
        finally:
            for window in windows:
                if window.session is not None:
                    window.session.stop()
                    await window.session.wait_ended()
            await asyncio.sleep(0.2)  # let the server's connection handlers finish too

    qloop.run_until_complete(steps_then_stop())


async def _pair(qtbot, home: HomeWindow, supporter: SupporterWindow, *, code_text=None) -> str:
    qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
    await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
    code = home.code_text
    supporter.code_edit.setFocus()
    qtbot.keyClicks(supporter.code_edit, code_text or code)
    qtbot.mouseClick(supporter.connect_button, Qt.MouseButton.LeftButton)
    return code


def test_code_consent_live_screen_and_stop(qtbot, qloop, apps):
    """Code → consent → the supporter decodes the home screen's colours → Stop ends both."""
    server, home, supporter = apps

    async def scenario() -> None:
        code = await _pair(qtbot, home, supporter)
        assert len(code.replace(" ", "")) == 13
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        assert "Anna" in home.ask_heading.text()
        # Nothing is shared before Allow: no connection, no picture taken.
        assert home.session.link is None
        assert home.session.capture.frames_captured == 0
        await asyncio.sleep(0.3)
        assert supporter.view.frames_received == 0
        qtbot.mouseClick(home.allow_button, Qt.MouseButton.LeftButton)
        await until(lambda: pattern_seen(supporter.view.frame), 20, "pattern decoded")
        assert home.share_bar.isVisible()
        assert home.share_bar.label.text() == "Anna sees your screen."
        assert supporter.stack.currentWidget() is supporter.view_page

        started = time.monotonic()
        qtbot.mouseClick(home.share_bar.stop_button, Qt.MouseButton.LeftButton)
        await until(
            lambda: home.session.ended_reason and supporter.session.ended_reason, 2, "both ended"
        )
        assert time.monotonic() - started < 2.0 * TIMEOUT_SCALE
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
    """End session in the supporter app ends the home user's sharing within 2 s."""
    server, home, supporter = apps

    async def scenario() -> None:
        await _pair(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        qtbot.mouseClick(home.allow_button, Qt.MouseButton.LeftButton)
        await until(lambda: pattern_seen(supporter.view.frame), 20, "pattern decoded")
        started = time.monotonic()
        qtbot.mouseClick(supporter.end_button, Qt.MouseButton.LeftButton)
        await until(
            lambda: home.session.ended_reason and supporter.session.ended_reason, 2, "both ended"
        )
        assert time.monotonic() - started < 2.0 * TIMEOUT_SCALE
        assert home.session.ended_reason == "peer_stopped"
        assert home.session.capture.stopped
        assert "helper ended" in home.ended_text.text()

    run_scenario(qloop, scenario(), home, supporter)


def test_declining_shares_nothing(qtbot, qloop, apps):
    """Do not allow: no picture is ever taken and the supporter is told plainly."""
    server, home, supporter = apps

    async def scenario() -> None:
        await _pair(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        assert home.focusWidget() is home.decline_button, "the safe answer has the focus"
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
