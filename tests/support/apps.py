"""Both apps' windows in one Qt-asyncio loop, beside a window with a known picture."""

from __future__ import annotations

import asyncio

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from assist_agent.window import HomeWindow
from assist_client.window import SupporterWindow
from tests.support.timing import until

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


async def pair_windows(
    qtbot, home: HomeWindow, supporter: SupporterWindow, *, code_text=None
) -> str:
    """Get help in the home window, type its code in the supporter window and connect."""
    qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
    await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
    code = home.code_text
    supporter.code_edit.setFocus()
    qtbot.keyClicks(supporter.code_edit, code_text or code)
    qtbot.mouseClick(supporter.connect_button, Qt.MouseButton.LeftButton)
    return code


async def allow_on_consent_page(qtbot, home: HomeWindow) -> None:
    """Click Allow as the home user does (issue 16): for an unverified supporter first
    "I called them", then wait out the short pause before Allow works."""
    page = home.ask_page
    if page.call_row.isVisible():
        qtbot.mouseClick(page.i_called_button, Qt.MouseButton.LeftButton)
    await until(page.allow_button.isEnabled, 20, "Allow works after the pause")
    qtbot.mouseClick(page.allow_button, Qt.MouseButton.LeftButton)
