"""On a Wayland desktop the computer asks too: we explain its question first, then follow it.

With the portal backend (`ASSIST_PLATFORM=portal`) the desktop shows its own question
("Share" / "Cancel") when sharing begins, after our own Allow. This page tells the home
user before it appears ("Your computer will now ask you too. Press Share."), stays
while the desktop asks, and gives way to the sharing page once the desktop said yes.
Cancel on the desktop's question ends the session and says so in plain words, and so
does the desktop stopping the stream later (its own "stop sharing" menu). The
desktop chooses the screen in its own question, so our screen choice is not shown.

The window calls `allow()` (which returns False on other backends, which then go on as
before) and `after_event(event)` at the end of each session event.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assist_ui import widgets

from . import platform
from .session import Ended

log = logging.getLogger("assist.agent.desktop_question")
translate = QCoreApplication.translate


def portal_in_use() -> bool:
    try:
        return platform.backend().name == "portal"
    except platform.NoBackend:
        return False


class DesktopQuestionPage(QWidget):
    """A heading, a few plain sentences and, once it is over, OK."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("desktopQuestionPage")
        self.mode = "asking"  # or "cancelled", "failed", "stopped"
        self.heading = widgets.heading()
        self.body = widgets.text()
        self.ok_button = widgets.button("desktopQuestionOk", "primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def show_mode(self, mode: str) -> None:
        self.mode = mode
        self.retranslate()

    def retranslate(self) -> None:
        if self.mode == "asking":
            self.heading.setText(translate("DesktopQuestion", "Your computer will ask you too"))
            self.body.setText(
                translate(
                    "DesktopQuestion",
                    "Your computer will now ask you too. Press Share. "
                    "Then your helper can see your screen. "
                    "Tick the box too if your helper may use your mouse later.",
                )
            )
        elif self.mode == "cancelled":
            self.heading.setText(translate("DesktopQuestion", "Your screen is not shared"))
            self.body.setText(
                translate(
                    "DesktopQuestion",
                    "You pressed Cancel on your computer's question. "
                    "Your helper sees nothing. You can get a new code and try again.",
                )
            )
        elif self.mode == "stopped":
            self.heading.setText(translate("DesktopQuestion", "Your screen is not shared"))
            self.body.setText(
                translate(
                    "DesktopQuestion",
                    "Your computer stopped showing your screen. "
                    "Your helper sees nothing now. You can get a new code if you need more help.",
                )
            )
        else:
            self.heading.setText(translate("DesktopQuestion", "Your screen is not shared"))
            self.body.setText(
                translate(
                    "DesktopQuestion",
                    "Your computer did not let this app show your screen. "
                    "Your helper sees nothing. "
                    "Please tell the people who gave you this app.",
                )
            )
        self.ok_button.setText(translate("DesktopQuestion", "Close"))
        self.ok_button.setAccessibleName(translate("DesktopQuestion", "Close"))
        self.ok_button.setVisible(self.mode != "asking")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DesktopQuestion(QObject):
    """Follows the portal's question for the home window (see the module text)."""

    state_changed = Signal(str)  # from the capture thread; queued onto the Qt thread

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.page = DesktopQuestionPage()
        window.stack.addWidget(self.page)  # type: ignore[attr-defined]
        self.page.ok_button.clicked.connect(self._done)
        self.ended_by_desktop = ""
        self._waiting = False
        self.state_changed.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        self._listening = False

    def allow(self) -> bool:
        """The home user pressed Allow. On a portal desktop: explain, then allow."""
        session = getattr(self.window, "session", None)
        if session is None or not portal_in_use():
            return False
        if not self._listening:
            from .platform.portal import share

            share.on_state(self.state_changed.emit)
            self._listening = True
        self.ended_by_desktop = ""
        self._waiting = True
        self._show("asking")
        session.allow()
        return True

    def _show(self, mode: str) -> None:
        self.page.show_mode(mode)
        focus = self.page.ok_button if mode != "asking" else self.page.heading
        self.window._show(self.page, focus)  # type: ignore[attr-defined]
        widgets.announce(self.page, self.page.body.text())

    def _on_state(self, state: str) -> None:
        session = getattr(self.window, "session", None)
        if state == "stopped" and session is not None and session.ended_reason is None:
            log.info("the desktop stopped sharing the screen")
            self._waiting = False
            self.ended_by_desktop = state
            self.window.stop()  # type: ignore[attr-defined]
            return
        if not self._waiting:
            return
        if state == "asking":
            self._show("asking")
        elif state == "sharing":
            self._waiting = False
            self.window._show(self.window.sharing_page, self.window.stop_button)  # type: ignore[attr-defined]
        elif state in ("cancelled", "failed"):
            log.info("the desktop's question ended sharing: %s", state)
            self._waiting = False
            self.ended_by_desktop = state
            self.window.stop()  # type: ignore[attr-defined]

    def after_event(self, event: object) -> None:
        """Called by the window after each session event."""
        if isinstance(event, Ended):
            self._waiting = False
            if self._listening:  # ended while the desktop still asks: take it away
                from .platform.portal import share

                if (current := share.current()) is not None:
                    current.abort()
            if self.ended_by_desktop:
                self._show(self.ended_by_desktop)

    def _done(self) -> None:
        self.ended_by_desktop = ""
        self.window._show(self.window.ended_page, self.window.again_button)  # type: ignore[attr-defined]
