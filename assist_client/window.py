"""The supporter app's window: enter a code, follow the steps, see the screen."""

from __future__ import annotations

import asyncio
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from assist_ui import widgets
from assist_ui.app import Translations
from assist_ui.focus import FocusFrame
from assist_ui.header import AppHeader, FlowLayout, PageFrame, PageStack
from crypto.code import CodeFormatError, PairingCode
from crypto.identity import imitates_mark

from .call_panel import CALL_EVENTS, CallPanel
from .help_page import SupporterHelp
from .identity import SupporterIdentity, load_identity
from .reconnect_view import LinkBack, LinkLost, ReconnectNotice
from .session import (
    ChatLine,
    CursorMoved,
    Ended,
    InputRefused,
    SessionOpen,
    ShareState,
    Step,
    SupporterEvent,
    SupporterSession,
)
from .shared_screen import ScreenShared
from .shared_screen_view import SharedScreenLabel
from .texts import certificate_text, ended_text, identity_text, refused_text, step_text
from .view import RemoteView

translate = QCoreApplication.translate
CODE_DIGITS = 13  # 4-digit nameplate + 8 secret digits + check digit


def code_problem(text: str) -> str | None:
    """None when the typed code is well formed; else a machine word for the hint."""
    try:
        PairingCode.parse(text)
    except CodeFormatError as exc:
        return exc.reason
    return None


class SupporterWindow(QMainWindow):
    def __init__(
        self,
        server_url: str,
        translations: Translations,
        *,
        name: str = "",
        identity: SupporterIdentity | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("supporterWindow")
        self.server_url = server_url
        self.translations = translations
        # The long-term identity key (OS keyring; never a plaintext file).
        self.identity = identity if identity is not None else load_identity()
        self.session: SupporterSession | None = None
        self.step = "connecting"
        self.end_reason = ""
        self._build(name)
        self.retranslate()
        self.resize(1024, 720)

    def _build(self, name: str) -> None:
        # Language, text and colours, and Help: the same header above every page.
        self.header = AppHeader(self.translations)
        self.help_page: SupporterHelp | None = None
        self.help_button = widgets.button("supporterHelpButton")
        self.help_button.clicked.connect(self.show_help)
        self.header.add_button(self.help_button)
        self.stack = PageStack()
        self.setCentralWidget(PageFrame(self.header, self.stack))

        self.connect_heading = widgets.heading()
        self.name_label = widgets.text()
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(64)
        self.code_label = widgets.text()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setMaxLength(32)
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
        self.code_hint = widgets.text()
        self.code_hint.setObjectName("codeHint")
        self.connect_button = widgets.button("connectButton", "primary")
        self.connect_button.clicked.connect(self.connect_to_home_user)
        self.code_edit.textChanged.connect(self._check_code)
        self.name_edit.textChanged.connect(self._check_code)
        self.code_edit.returnPressed.connect(self.connect_to_home_user)
        form = QWidget()
        form_layout = QFormLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addRow(self.name_label, self.name_edit)
        form_layout.addRow(self.code_label, self.code_edit)
        self.connect_page, layout = widgets.page(
            self.connect_heading, form, self.code_hint, self.connect_button
        )
        self.identity_note = widgets.text()
        self.identity_note.setObjectName("identityNote")
        layout.addWidget(self.identity_note)
        layout.addStretch(1)

        self.progress_text = widgets.heading()
        self.progress_text.setObjectName("progressText")
        self.progress_cancel = widgets.button("progressCancelButton")
        self.progress_cancel.clicked.connect(self.end_session)
        self.progress_page, layout = widgets.page(self.progress_text, self.progress_cancel)
        layout.addStretch(1)

        self.view = RemoteView()
        self.end_button = widgets.button("endButton", "danger")
        self.end_button.clicked.connect(self.end_session)
        self.control_button = widgets.button("controlButton", "primary")
        self.control_button.clicked.connect(self.toggle_control)
        self.view_status = widgets.text()
        self.reconnect = ReconnectNotice(self.view_status)
        self.view_status.setObjectName("viewStatus")
        bar = QWidget()
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        self.shared_screen = SharedScreenLabel()  # which of their screens (issue 13)
        status_column = QVBoxLayout()
        status_column.addWidget(self.view_status)
        status_column.addWidget(self.shared_screen)
        bar_layout.addLayout(status_column, 1)
        # The two buttons go one under the other when long words or large text need room.
        buttons = QWidget()
        buttons_flow = FlowLayout(buttons)
        buttons_flow.setContentsMargins(0, 0, 0, 0)
        buttons_flow.addWidget(self.control_button)
        buttons_flow.addWidget(self.end_button)
        bar_layout.addWidget(buttons)
        self.call_panel = CallPanel(lambda: self.session)  # issue 17: the call
        self.chat = widgets.ChatPanel()
        # No fixed minimum width: the chat's own contents (Send at 200 % text) set it.
        self.chat.send_button.clicked.connect(self.send_chat)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 8)
        # A visible focus ring, and Ctrl+Alt+Home to leave the view while controlling.
        body_layout.addWidget(FocusFrame(self.view), 3)
        body_layout.addWidget(self.chat, 1)
        self.view_page = QWidget()
        self.view_page.setProperty("wide", True)  # the screen picture uses the whole width
        view_layout = QVBoxLayout(self.view_page)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(bar)
        view_layout.addWidget(self.call_panel)
        view_layout.addWidget(body, 1)
        self.share_state = "viewing"
        self.control_asked = False

        self.ended_heading = widgets.heading()
        self.ended_text = widgets.text()
        self.ended_text.setObjectName("endedText")
        self.new_button = widgets.button("newSessionButton", "primary")
        self.new_button.clicked.connect(self.new_session)
        self.ended_page, layout = widgets.page(self.ended_heading, self.ended_text, self.new_button)
        layout.addStretch(1)

        for each in (self.connect_page, self.progress_page, self.view_page, self.ended_page):
            self.stack.addWidget(each)
        self._check_code()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SupporterWindow", "Assist – supporter"))
        self.connect_heading.setText(translate("SupporterWindow", "Help a person"))
        self.help_button.setText(translate("SupporterWindow", "Help"))
        self.name_label.setText(translate("SupporterWindow", "Your &name"))
        self.code_label.setText(translate("SupporterWindow", "&Code"))
        self.name_edit.setPlaceholderText(translate("SupporterWindow", "Shown to the person"))
        self.code_edit.setPlaceholderText(translate("SupporterWindow", "1234 5678 9012 3"))
        self.code_edit.setAccessibleName(translate("SupporterWindow", "Code"))
        self.name_edit.setAccessibleName(translate("SupporterWindow", "Your name"))
        self.connect_button.setText(translate("SupporterWindow", "Connect"))
        self.progress_text.setText(step_text(self.step))
        self.progress_cancel.setText(translate("SupporterWindow", "Cancel"))
        self.end_button.setText(translate("SupporterWindow", "End session"))
        self.view_status.setText(self._status_text())
        self.shared_screen.retranslate()
        if self.share_state == "controlling":
            self.control_button.setText(translate("SupporterWindow", "Give control back"))
        else:
            self.control_button.setText(translate("SupporterWindow", "Ask for control"))
        self.control_button.setEnabled(
            self.share_state == "controlling"
            or (self.share_state == "viewing" and not self.control_asked)
        )
        self.chat.retranslate()
        self.view.setAccessibleName(translate("SupporterWindow", "The person's screen"))
        self.ended_heading.setText(translate("SupporterWindow", "Session ended"))
        self.ended_text.setText(ended_text(self.end_reason) if self.end_reason else "")
        self.new_button.setText(translate("SupporterWindow", "New session"))
        identity = self.identity
        mark = widgets.ltr(identity.fingerprint)
        note = identity_text(mark, identity.persistent, identity.problem)
        if (vouched := identity.certificate) is not None:  # issue 16
            note += " " + certificate_text(vouched.organisation, vouched.not_after, time.time())
        self.identity_note.setText(note)
        self._check_code()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _status_text(self) -> str:
        if self.share_state == "controlling":
            return translate(
                "SupporterWindow",
                "You control the person's mouse and keyboard. "
                "If they move their own mouse, you wait a moment. "
                "Ctrl+Alt+Home takes the keyboard back to this window.",
            )
        if self.share_state == "paused":
            return translate(
                "SupporterWindow",
                "The person is doing something private. You will see the screen again "
                "when they are ready.",
            )
        if self.control_asked:
            return translate("SupporterWindow", "Waiting for the person to allow control…")
        return translate(
            "SupporterWindow",
            "You see the person's screen. Point with the mouse; drag to draw; click to say "
            '"look here".',
        )

    def _check_code(self) -> None:
        """Catch a typo at once, before anything is sent."""
        text = self.code_edit.text()
        digits = sum(ch.isdigit() for ch in text)
        problem = code_problem(text)
        if problem is None:
            hint = translate("SupporterWindow", "The code looks right.")
        elif problem in ("empty", "too_short") and digits < CODE_DIGITS:
            hint = translate("SupporterWindow", "The code has 13 digits.")
        elif problem == "not_digits":
            hint = translate("SupporterWindow", "The code has only digits.")
        else:
            hint = translate(
                "SupporterWindow", "This code has a typo. Check the digits with the person."
            )
        name_ok = not imitates_mark(self.name_edit.text())
        if not name_ok:  # the helper app would refuse it; say so before anything is sent
            hint = translate(
                "SupporterWindow",
                "Your name looks like a helper mark. Write your name without groups of "
                "letters and numbers like 7F3A-91C2.",
            )
        self.code_hint.setText(hint)
        self.connect_button.setEnabled(
            problem is None and name_ok and bool(self.name_edit.text().strip())
        )

    def connect_to_home_user(self) -> None:
        if not self.connect_button.isEnabled():
            return
        code = PairingCode.parse(self.code_edit.text())
        self.code_edit.clear()  # the code works once; do not keep it around
        self.end_reason = ""
        self.session = SupporterSession(
            self.server_url,
            code,
            self.name_edit.text().strip(),
            self.on_session_event,
            self.on_frame,
            identity=self.identity,
        )
        self.view.send_input = self.session.send_input
        self.view.teach = self.session.teach
        self.share_state, self.control_asked = "viewing", False
        self.chat.clear()
        self.session.start()

    def end_session(self) -> None:
        if self.session is not None:
            self.session.stop()

    def toggle_control(self) -> None:
        if self.session is None:
            return
        if self.share_state == "controlling":
            self.session.release_control()
        elif self.session.request_control():
            self.control_asked = True
        self.retranslate()

    def send_chat(self) -> None:
        text = self.chat.take_text()
        if self.session is not None and text.strip():
            self.session.send_chat(text)

    def show_help(self) -> None:
        """The supporter's short help, beside this window (not blocking)."""
        if self.help_page is None:
            self.help_page = SupporterHelp(self)
        self.help_page.present()

    def new_session(self) -> None:
        self.stack.setCurrentWidget(self.connect_page)
        self.code_edit.setFocus()

    def on_session_event(self, event: SupporterEvent) -> None:
        if isinstance(event, CALL_EVENTS):
            self.call_panel.on_event(event)
        elif isinstance(event, Step):
            self.step = event.name
            self.progress_text.setText(step_text(event.name))
            if self.stack.currentWidget() is not self.progress_page:
                self.stack.setCurrentWidget(self.progress_page)
                self.progress_cancel.setFocus()
            widgets.announce(self.progress_text, self.progress_text.text())
        elif isinstance(event, SessionOpen):
            self.stack.setCurrentWidget(self.view_page)
            self.end_button.setFocus()
            widgets.announce(self.view_status, self.view_status.text())
        elif isinstance(event, ShareState):
            self.share_state = event.state
            self.control_asked = False
            self.view.controlling = event.state == "controlling"
            self.retranslate()
            widgets.announce(self.view_status, self.view_status.text())
            if self.view.controlling:
                self.view.setFocus()
        elif isinstance(event, CursorMoved):
            self.view.set_cursor(event.x, event.y, event.visible)
        elif isinstance(event, ScreenShared):
            self.shared_screen.show_screen(event)
        elif isinstance(event, InputRefused):
            self.view_status.setText(refused_text(event.reason))
            widgets.announce(self.view_status, self.view_status.text())
        elif isinstance(event, ChatLine):
            who = (
                translate("SupporterWindow", "You")
                if event.from_supporter
                else translate("SupporterWindow", "The person")
            )
            self.chat.add_line(who, event.text)
        elif isinstance(event, (LinkLost, LinkBack)):
            self.reconnect.show(event)
        elif isinstance(event, Ended):
            self.call_panel.reset()
            self.reconnect.hide()
            self.end_reason = event.reason
            self.view.controlling = False
            self.view.clear()
            self.ended_text.setText(ended_text(event.reason))
            self.stack.setCurrentWidget(self.ended_page)
            self.new_button.setFocus()
            widgets.announce(self.ended_page, widgets.page_summary(self.ended_page))

    def on_frame(self, rgb: np.ndarray) -> None:
        self.view.set_frame(rgb)

    async def shutdown(self) -> None:
        if self.session is not None:
            self.session.stop()
            await asyncio.wait_for(self.session.wait_ended(), 5)
