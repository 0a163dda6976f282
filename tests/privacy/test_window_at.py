"""The X11 backend's `window_at`: which top-level window is under a point, focused or
not, with real windows on Xvfb (what the privacy check asks before a press lands)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from assist_agent.platform.focus import UNKNOWN, FocusReport
from assist_agent.platform.x11.focus import X11FocusWatch
from assist_agent.platform.x11.window_at import X11WindowLookup
from tests.privacy.windows import TitledProbe

pytestmark = pytest.mark.privacy


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_window_at_names_the_window_under_the_point(qtbot, xdisplay):
    """The bank window under the point — not focused, under a click-through overlay —
    with its id and title; the other window elsewhere; the bare desktop as no window."""
    bank = shown(qtbot, TitledProbe("Kirjaudu - OP - Chromium", (40, 420, 280, 200)))
    other = shown(qtbot, TitledProbe("Muistio", (340, 420, 280, 200)))
    overlay = QWidget(
        None,
        Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
        | Qt.WindowType.Tool
        | Qt.WindowType.WindowTransparentForInput
        | Qt.WindowType.WindowDoesNotAcceptFocus,
    )  # like the helper app's drawing overlay: seen, never clicked
    overlay.setGeometry(0, 0, 1280, 720)
    shown(qtbot, overlay)
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)

    lookup = X11WindowLookup()
    try:
        at_bank = lookup.window_at(180, 560)
        assert at_bank == FocusReport(
            int(bank.winId()), "Kirjaudu - OP - Chromium", (40, 420, 280, 200)
        )
        assert lookup.window_at(480, 560).window == int(other.winId())
        assert lookup.window_at(1000, 700) == FocusReport(None)  # nothing there but the root
    finally:
        lookup.close()
    assert lookup.window_at(180, 560) is UNKNOWN  # closed: it cannot tell any more


def test_focus_watch_answers_window_at_and_unknown_without_x(qtbot, xdisplay):
    """The X11 focus watch is the seam's `window_at`; without an X server it is UNKNOWN."""
    bank = shown(qtbot, TitledProbe("Nordea Verkkopankki", (40, 420, 280, 200)))
    watch = X11FocusWatch(lambda report: None)
    watch.start()
    try:
        assert watch.window_at(100, 500).window == int(bank.winId())
    finally:
        watch.stop()
    assert X11WindowLookup(":999").window_at(100, 500) is UNKNOWN
