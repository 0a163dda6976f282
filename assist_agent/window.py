"""The helper app's window: one thing at a time, large text, a Stop button always near."""

from __future__ import annotations

import asyncio
import math
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from assist_session import widgets
from assist_session.qt import Translations

from .session import (
    CodeReady,
    Connecting,
    Ended,
    HomeEvent,
    HomeSession,
    SharingStarted,
    SupporterAsks,
)
from .texts import ended_text

translate = QCoreApplication.translate


class CodeCountdown(QWidget):
    """How long the code stays valid, in whole minutes (with correct plural forms)."""

    def __init__(self) -> None:
        super().__init__()
        self.label = widgets.text(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.valid_until = 0.0

    def refresh(self) -> None:
        minutes = max(0, math.ceil((self.valid_until - time.monotonic()) / 60))
        self.label.setText(self.tr("The code works for %n more minutes.", "", minutes))


class ShareBar(QWidget):
    """Always on top while the screen is shared: who sees it, and a big Stop button."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint,
        )
        self.setObjectName("shareBar")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet("#shareBar { border: 4px solid #8b0000; }")
        self.label = widgets.text(self)
        self.stop_button = widgets.button("shareBarStop", "danger", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.stop_button)
        self.name = ""

    def retranslate(self) -> None:
        self.label.setText(translate("ShareBar", "{name} sees your screen.").format(name=self.name))
        self.stop_button.setText(translate("ShareBar", "Stop"))
        self.stop_button.setAccessibleName(translate("ShareBar", "Stop sharing your screen"))
        self.setWindowTitle(translate("ShareBar", "Your screen is shared"))

    def show_for(self, name: str) -> None:
        self.name = name
        self.retranslate()
        self.adjustSize()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.move(screen.center().x() - self.width() // 2, screen.top())
        self.show()


class HomeWindow(QMainWindow):
    """Start → code → (a supporter asks) → allow → sharing → ended."""

    def __init__(self, server_url: str, translations: Translations, *, monitor: int = 1) -> None:
        super().__init__()
        self.setObjectName("homeWindow")
        self.server_url = server_url
        self.translations = translations
        self.monitor = monitor
        self.session: HomeSession | None = None
        self.supporter_name = ""
        self.end_reason = ""
        self.code_text = ""
        self._build()
        self.share_bar = ShareBar()
        self.share_bar.stop_button.clicked.connect(self.stop)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.countdown.refresh)
        self.retranslate()
        self.stack.setCurrentWidget(self.start_page)
        self.resize(720, 520)

    # -- building -----------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self.start_heading = widgets.heading()
        self.start_text = widgets.text()
        self.get_help_button = widgets.button("getHelpButton", "primary")
        self.get_help_button.setMinimumHeight(72)
        self.get_help_button.clicked.connect(self.get_help)
        self.start_page, layout = widgets.page(
            self.start_heading, self.start_text, self.get_help_button
        )
        layout.addStretch(1)

        self.code_heading = widgets.heading()
        self.code_label = widgets.text()
        self.code_label.setObjectName("codeLabel")
        self.code_label.setProperty("role", "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.countdown = CodeCountdown()
        self.code_hint = widgets.text()
        self.cancel_button = widgets.button("cancelButton")
        self.cancel_button.clicked.connect(self.stop)
        self.code_page, layout = widgets.page(
            self.code_heading, self.code_label, self.countdown, self.code_hint, self.cancel_button
        )
        layout.addStretch(1)

        self.connecting_heading = widgets.heading()
        self.connecting_cancel = widgets.button("connectingCancelButton")
        self.connecting_cancel.clicked.connect(self.stop)
        self.connecting_page, layout = widgets.page(self.connecting_heading, self.connecting_cancel)
        layout.addStretch(1)

        self.ask_heading = widgets.heading()
        self.ask_safety = widgets.text()
        self.ask_question = widgets.text()
        self.decline_button = widgets.button("declineButton")
        self.allow_button = widgets.button("allowButton", "primary")
        self.decline_button.clicked.connect(self.decline)
        self.allow_button.clicked.connect(self.allow)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.decline_button)
        row_layout.addWidget(self.allow_button)
        self.ask_page, layout = widgets.page(
            self.ask_heading, self.ask_safety, self.ask_question, row
        )
        layout.addStretch(1)

        self.sharing_heading = widgets.heading()
        self.sharing_text = widgets.text()
        self.stop_button = widgets.button("stopButton", "danger")
        self.stop_button.setMinimumHeight(72)
        self.stop_button.clicked.connect(self.stop)
        self.sharing_page, layout = widgets.page(
            self.sharing_heading, self.sharing_text, self.stop_button
        )
        layout.addStretch(1)

        self.ended_heading = widgets.heading()
        self.ended_text = widgets.text()
        self.ended_text.setObjectName("endedText")
        self.again_button = widgets.button("againButton", "primary")
        self.again_button.clicked.connect(self.get_help)
        self.ended_page, layout = widgets.page(
            self.ended_heading, self.ended_text, self.again_button
        )
        layout.addStretch(1)

        for each in (
            self.start_page,
            self.code_page,
            self.connecting_page,
            self.ask_page,
            self.sharing_page,
            self.ended_page,
        ):
            self.stack.addWidget(each)

    def retranslate(self) -> None:
        """Set every text again: on start and whenever the language changes."""
        self.setWindowTitle(translate("HomeWindow", "Get help"))
        self.start_heading.setText(translate("HomeWindow", "Get help with your computer"))
        self.start_text.setText(
            translate(
                "HomeWindow",
                "A person you trust can see your screen and help you. You decide what they see.",
            )
        )
        self.get_help_button.setText(translate("HomeWindow", "Get help"))
        self.code_heading.setText(translate("HomeWindow", "Read this code to your helper."))
        self.code_label.setText(widgets.ltr(self.code_text))
        self.code_label.setAccessibleName(
            translate("HomeWindow", "Your code is {code}.").format(code=self.code_text)
        )
        self.countdown.refresh()
        self.code_hint.setText(
            translate("HomeWindow", "Give the code only to a person you know and trust.")
        )
        self.cancel_button.setText(translate("HomeWindow", "Cancel"))
        self.connecting_heading.setText(
            translate("HomeWindow", "Your helper typed the code. Please wait a moment.")
        )
        self.connecting_cancel.setText(translate("HomeWindow", "Cancel"))
        name = self.supporter_name
        self.ask_heading.setText(
            translate("HomeWindow", "{name} wants to see your screen.").format(name=name)
        )
        self.ask_safety.setText(
            translate(
                "HomeWindow",
                "Only allow this if you know this person. Never allow it while your online "
                "bank is open.",
            )
        )
        self.ask_question.setText(
            translate("HomeWindow", "Can {name} see your screen?").format(name=name)
        )
        self.allow_button.setText(translate("HomeWindow", "Allow"))
        self.decline_button.setText(translate("HomeWindow", "Do not allow"))
        self.sharing_heading.setText(
            translate("HomeWindow", "{name} sees your screen.").format(name=name)
        )
        self.sharing_text.setText(
            translate("HomeWindow", "{name} cannot use your mouse or keyboard.").format(name=name)
        )
        self.stop_button.setText(translate("HomeWindow", "Stop"))
        self.stop_button.setAccessibleName(translate("HomeWindow", "Stop sharing your screen"))
        self.ended_heading.setText(translate("HomeWindow", "The help has ended"))
        self.ended_text.setText(ended_text(self.end_reason) if self.end_reason else "")
        self.again_button.setText(translate("HomeWindow", "Get help again"))
        self.share_bar.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the home user's clicks ----------------------------------------------------
    def get_help(self) -> None:
        if self.session is not None and self.session.ended_reason is None:
            return
        self.end_reason = ""
        self.session = HomeSession(self.server_url, self.on_session_event, monitor=self.monitor)
        self.session.start()
        self.connecting_heading.setFocus()

    def allow(self) -> None:
        if self.session is not None:
            self.session.allow()

    def decline(self) -> None:
        if self.session is not None:
            self.session.decline()

    def stop(self) -> None:
        if self.session is not None:
            self.session.stop()

    # -- what the session tells us -------------------------------------------------
    def on_session_event(self, event: HomeEvent) -> None:
        if isinstance(event, CodeReady):
            self.code_text = event.code.grouped()
            self.countdown.valid_until = event.valid_until
            self._ticker.start()
            self._show(self.code_page, self.cancel_button)
        elif isinstance(event, Connecting):
            self._ticker.stop()
            self._show(self.connecting_page, self.connecting_cancel)
        elif isinstance(event, SupporterAsks):
            self.supporter_name = event.name
            # Focus goes to the safe answer; an incoming request never lands on "Allow".
            self._show(self.ask_page, self.decline_button)
        elif isinstance(event, SharingStarted):
            self._show(self.sharing_page, self.stop_button)
            self.share_bar.show_for(event.name)
        elif isinstance(event, Ended):
            self._ticker.stop()
            self.share_bar.hide()
            self.end_reason = event.reason
            self.code_text = ""
            self._show(self.ended_page, self.again_button)

    def _show(self, page: QWidget, focus: QWidget) -> None:
        self.retranslate()
        self.stack.setCurrentWidget(page)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    async def shutdown(self) -> None:
        """On quit: stop the session cleanly so the supporter sees it end at once."""
        if self.session is not None:
            self.session.stop()
            await asyncio.wait_for(self.session.wait_ended(), 5)

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802
        self.share_bar.close()
        super().closeEvent(event)
