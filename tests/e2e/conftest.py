"""The end-to-end tests' fixture: a real server and both apps' windows on Xvfb."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from assist_agent.window import HomeWindow
from assist_client.window import SupporterWindow
from signaling.server import start_server
from tests.support.apps import PatternWindow
from tests.support.wire import lifted_config

_FINISHED_WINDOWS: list[QWidget] = []


@pytest.fixture
def apps(qtbot, qloop, translations, xdisplay):
    """A real signaling server and both apps' windows, placed beside the test pattern."""
    server = qloop.run_until_complete(
        start_server("127.0.0.1", 0, config=lifted_config(), record_relays=True)
    )
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
