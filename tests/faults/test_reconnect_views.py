"""What both windows show while the link is lost: the words, the seconds left, and
"connected again" (assist_agent/reconnect_view.py, assist_client/reconnect_view.py)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QLabel

from assist_agent import reconnect_view as home_view
from assist_client import reconnect_view as supporter_view
from assist_session.heartbeat import LinkBack, LinkLost
from tests.support.display import has_display
from tests.support.requires import needs

pytestmark = needs("Xvfb", has_display(), "Qt widgets")


@pytest.mark.parametrize("view", [home_view, supporter_view])
def test_the_notice_counts_down_then_says_connected_again(qtbot, view) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    notice = view.ReconnectNotice(label)
    notice.show(LinkLost(time.monotonic() + 42.2))
    assert "Connection lost. Trying again…" in label.text()
    assert "43" in label.text() or "42" in label.text()
    assert notice.showing
    notice.show(LinkBack())
    assert not notice.showing
    assert label.text() == view.back_text() and "Connected again" in label.text()
    notice.show(LinkLost(time.monotonic() - 5))  # past the window: never a negative count
    assert label.text().endswith(": 0")
    notice.hide()
    assert not notice.showing
