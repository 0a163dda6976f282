"""The helper app's window: one thing at a time, large text, a Stop button always near."""

from __future__ import annotations

import asyncio
import math
import time

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

from assist_ui import widgets
from assist_ui.app import Translations
from assist_ui.header import AppHeader, PageFrame, PageStack
from assist_ui.language import set_arrow

from .call_window import CALL_EVENTS, call_window_for
from .consent import ShareState
from .consent_page import ConsentPage
from .desktop_question import DesktopQuestion
from .help_page import HelpPage
from .history import History
from .live import ChatLine, ControlRequested, ReconfirmComing, ShareStateChanged, Teaching
from .monitor_choice import ScreenChooser
from .overlay import TeachingOverlay
from .practice import PracticePage
from .privacy_live import PrivacyChanged, connect_privacy, make_privacy
from .protected_windows import ProtectedWindows
from .reconnect_view import LinkBack, LinkLost, ReconnectNotice
from .safety import SafetyPage
from .session import (
    CodeReady,
    Connecting,
    Ended,
    HomeEvent,
    HomeSession,
    SharingStarted,
    Summary,
    SupporterAsks,
)
from .sharing_view import ShareBar, SharingPanel
from .start_notes import StartNotes
from .summary_view import HistoryPage, SummaryText
from .texts import ended_text
from .trust import Trust

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


class HomeWindow(QMainWindow):
    """Start → code → (a supporter asks) → allow → sharing → ended."""

    def __init__(
        self,
        server_url: str,
        translations: Translations,
        *,
        monitor: int | None = None,  # None: ask when there are several screens
        history: History | None = None,
        organisation: str = "",
        loan_device: bool = False,
        protection: tuple[tuple[str, ...], bool] = ((), False),  # assist.toml (issue 19)
        trust: Trust | None = None,  # organisations that vouch for supporters (issue 16)
    ) -> None:
        super().__init__()
        self.trust = trust
        self.protection = protection
        self.history = history or History()
        self.start_notes = StartNotes(organisation, loan_device)
        self.overlay: TeachingOverlay | None = None
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
        for controls in (self.share_bar.controls, self.sharing_page.controls):
            controls.stop_button.clicked.connect(self.stop)
            controls.pause_button.clicked.connect(self.pause_or_continue)
            controls.take_back_button.clicked.connect(self.take_back_control)
        connect_privacy(self.share_bar, lambda: self.session)  # issue 19
        self.call_window = call_window_for(lambda: self.session)  # issue 17
        self.screens = ScreenChooser(self, on_switched=self._start_overlay)  # issue 13
        self.desktop_question = DesktopQuestion(self)  # issue 13: a Wayland desktop asks too
        # Injected input never operates this app's own windows (issue 15, item 9).
        self.protected = ProtectedWindows(self._protect_own_windows, [self, self.share_bar], self)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.countdown.refresh)
        self.retranslate()
        self.stack.setCurrentWidget(self.start_page)
        self.resize(960, 680)  # the header fits on one line

    # -- building -----------------------------------------------------------------
    def _build(self) -> None:
        # Language, text and colours, and help: the same header above every page.
        self.header = AppHeader(self.translations)
        self.stack = PageStack()
        self.setCentralWidget(PageFrame(self.header, self.stack))

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

        self.ask_page = ConsentPage()  # who asks, and Allow / Do not allow (issue 16)
        self.ask_heading = self.ask_page.heading
        self.decline_button = self.ask_page.decline_button
        self.allow_button = self.ask_page.allow_button
        self.decline_button.clicked.connect(self.decline)
        self.allow_button.clicked.connect(self.allow)
        self.ask_page.they_called.connect(self.decline)

        self.sharing_page = SharingPanel()
        self.reconnect = ReconnectNotice(self.sharing_page.state_text)
        self.sharing_page.grant_button.clicked.connect(self.grant_control)
        self.sharing_page.deny_button.clicked.connect(self.deny_control)
        self.sharing_page.chat.send_button.clicked.connect(self.send_chat)
        self.sharing_page.minutes.valueChanged.connect(self.set_reconfirm_minutes)
        self.sharing_page.question.layout().insertWidget(2, self.ask_page.control_powers)
        self.stop_button = self.sharing_page.stop_button

        self.ended_heading = widgets.heading()
        self.ended_text = widgets.text()
        self.ended_text.setObjectName("endedText")
        self.summary = SummaryText()
        self.again_button = widgets.button("againButton", "primary")
        self.again_button.clicked.connect(self.get_help)
        self.ended_history_button = widgets.button("endedHistoryButton")
        self.ended_history_button.clicked.connect(self.show_history)
        self.ended_page, layout = widgets.page(
            self.ended_heading,
            self.ended_text,
            self.summary,
            self.again_button,
            self.ended_history_button,
        )
        layout.addStretch(1)

        self.history_page = HistoryPage(self.history)
        self.history_page.back_button.clicked.connect(
            lambda: self._show(self.start_page, self.get_help_button)
        )
        self.start_history_button = widgets.button("startHistoryButton")
        self.start_history_button.clicked.connect(self.show_history)
        self.start_page.layout().insertWidget(3, self.start_history_button)
        # "How does this work?" and "Is this safe?" in the header of every page (WCAG
        # 3.3.5).
        self.safety_page: SafetyPage | None = None
        self.help_page: HelpPage | None = None
        self.help_button = widgets.button("helpButton")
        self.help_button.clicked.connect(self.show_help)
        self.safety_button = widgets.button("safetyButton")
        self.safety_button.clicked.connect(self.show_safety)
        self.header.add_button(self.help_button)
        self.header.add_button(self.safety_button)
        # Practice: a pretend session with a simulated helper, no network.
        self.practice_page = PracticePage()
        self.practice_page.finished.connect(
            lambda: self._show(self.start_page, self.practice_button)
        )
        self.practice_button = widgets.button("practiceButton")
        self.practice_button.clicked.connect(self.show_practice)
        self.start_page.layout().insertWidget(3, self.practice_button)
        self.start_page.layout().insertWidget(2, self.start_notes)

        for each in (
            self.start_page,
            self.code_page,
            self.connecting_page,
            self.ask_page,
            self.sharing_page,
            self.ended_page,
            self.history_page,
            self.practice_page,
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
        self.start_notes.retranslate()
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
        self.ask_page.retranslate()
        self.sharing_page.name = name
        self.sharing_page.retranslate()
        self.ended_heading.setText(translate("HomeWindow", "The help has ended"))
        self.ended_text.setText(ended_text(self.end_reason) if self.end_reason else "")
        self.again_button.setText(translate("HomeWindow", "Get help again"))
        self.ended_history_button.setText(translate("HomeWindow", "Past help"))
        self.start_history_button.setText(translate("HomeWindow", "Past help"))
        self.safety_button.setText(translate("HomeWindow", "Is this safe?"))
        self.help_button.setText(translate("HomeWindow", "How does this work?"))
        self.practice_button.setText(translate("HomeWindow", "Practise first"))
        set_arrow(self.history_page.back_button, "back")
        self.summary.retranslate()
        self.history_page.retranslate()
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
        self.session = HomeSession(
            self.server_url, self.on_session_event, monitor=self.monitor or 1, history=self.history,
            privacy=make_privacy(*self.protection), trust=self.trust,
        )  # fmt: skip
        self.session.start()
        self.connecting_heading.setFocus()

    def allow(self) -> None:
        if not self.desktop_question.allow():  # the portal's own question chooses
            self.screens.allow()  # which screen first, when there are several

    def decline(self) -> None:
        if self.session is not None:
            self.session.decline()

    def stop(self) -> None:
        if self.session is not None:
            self.session.stop()

    def pause_or_continue(self) -> None:
        if self.session is None:
            return
        if self.session.consent.state is ShareState.PAUSED:
            self.session.resume()
        else:
            self.session.pause()

    def take_back_control(self) -> None:
        if self.session is not None:
            self.session.take_back_control()

    def grant_control(self) -> None:
        self.sharing_page.question.hide()
        if self.session is not None:
            self.session.grant_control()

    def deny_control(self) -> None:
        self.sharing_page.question.hide()
        if self.session is not None:
            self.session.deny_control()

    def send_chat(self) -> None:
        text = self.sharing_page.chat.take_text()
        if self.session is not None and text.strip():
            self.session.send_chat(text)

    def set_reconfirm_minutes(self, minutes: int) -> None:
        if self.session is not None:
            self.session.set_reconfirm_minutes(minutes)

    def show_safety(self) -> None:
        """The plain-language "Is this safe?" page, over this window (not blocking)."""
        if self.safety_page is None:
            self.safety_page = SafetyPage(self)  # not modal: Stop stays usable
            from .add_organisation_entry import offer_entry  # issue 16: no command line

            self.add_organisation = offer_entry(self.safety_page, self)
        self.safety_page.present()

    def show_help(self) -> None:
        """The "How does this work?" page, beside this window (not blocking)."""
        if self.help_page is None:
            self.help_page = HelpPage(self)
        self.help_page.present()

    def show_practice(self) -> None:
        """Practice with a pretend helper: only from the start page, never during help."""
        if self.session is not None and self.session.ended_reason is None:
            return
        self.practice_page.begin()
        self.stack.setCurrentWidget(self.practice_page)

    def show_history(self) -> None:
        self.history_page.refresh()
        self._show(self.history_page, self.history_page.back_button)

    # -- what the session tells us -------------------------------------------------
    def on_session_event(self, event: HomeEvent) -> None:
        if isinstance(event, CALL_EVENTS):
            self.call_window.on_event(event, self.supporter_name)
        elif isinstance(event, CodeReady):
            self.code_text = event.code.grouped()
            self.countdown.valid_until = event.valid_until
            self._ticker.start()
            self._show(self.code_page, self.cancel_button)
        elif isinstance(event, Connecting):
            self._ticker.stop()
            self._show(self.connecting_page, self.connecting_cancel)
        elif isinstance(event, SupporterAsks):
            self.supporter_name = event.name
            self.ask_page.show_request(
                event.name, event.key_fingerprint, event.verified, event.familiarity
            )
            # Focus goes to the safe answer; an incoming request never lands on "Allow".
            self._show(self.ask_page, self.ask_page.first_focus())
        elif isinstance(event, SharingStarted):
            self.sharing_page.chat.clear()
            self.sharing_page.show_state(ShareState.VIEWING)
            self._show(self.sharing_page, self.stop_button)
            self.share_bar.show_state(event.name, ShareState.VIEWING)
            self._start_overlay()
            self.screens.started()
        elif isinstance(event, ShareStateChanged):
            self._show_share_state(event.state, event.reason)
        elif isinstance(event, PrivacyChanged):
            self.share_bar.show_privacy(event.state)
        elif isinstance(event, ControlRequested):
            self._clear_ink()  # nothing drawn may point at or cover the question
            self.sharing_page.ask_for_control()
        elif isinstance(event, ReconfirmComing):
            self._clear_ink()
            self.sharing_page.reconfirm_soon()
        elif isinstance(event, Teaching):
            self._teach(event.message)
        elif isinstance(event, ChatLine):
            who = self.supporter_name if event.from_supporter else translate("HomeWindow", "You")
            self.sharing_page.chat.add_line(who, event.text)
        elif isinstance(event, (LinkLost, LinkBack)):
            self.reconnect.show(event)
        elif isinstance(event, Summary):
            self.summary.show_record(event.record)
        elif isinstance(event, Ended):
            self.call_window.session_ended()
            self.reconnect.hide()
            self._ticker.stop()
            self.share_bar.hide()
            self._stop_overlay()
            self.end_reason = "they_called" if self.ask_page.take_refusal() else event.reason
            self.code_text = ""
            self._show(self.ended_page, self.again_button)
        self.desktop_question.after_event(event)

    def _show_share_state(self, state: ShareState, reason: str) -> None:
        if state is ShareState.ENDED:
            return
        self.sharing_page.show_state(state, reason)
        self.share_bar.show_state(self.supporter_name, state)
        self.protected.push()  # control granted: the sink learns where we are
        if self.overlay is not None:
            if state is ShareState.PAUSED:
                self.overlay.clear()
                self.overlay.hide_border()
            else:
                self.overlay.show_border()
        widgets.announce(self.sharing_page, self.sharing_page.heading.text())

    def _protect_own_windows(self, rects: list[tuple[int, int, int, int]], ids: list[int]) -> None:
        live = getattr(self.session, "live", None)
        sink = getattr(live, "input_sink", None)
        if sink is not None:
            sink.set_protected(rects, ids)
        if live is not None and live.privacy is not None:
            live.privacy.privacy.own_windows = frozenset(ids)

    def _start_overlay(self) -> None:
        """The coloured border, and the supporter's pointer and drawings, on the shared screen.

        One overlay lives as long as the window and is only hidden between sessions:
        dropping it while Qt still had deletions queued crashed PySide 6.11.
        """
        if self.session is None:
            return
        area = self.session.capture.area
        ratio = self.screen().devicePixelRatio() if self.screen() else 1.0
        rect = QRect(
            round(area["left"] / ratio),
            round(area["top"] / ratio),
            round(area["width"] / ratio),
            round(area["height"] / ratio),
        )
        if self.overlay is None:
            self.overlay = TeachingOverlay(rect)
            self.overlay.keep_above = [self.share_bar]  # Stop is never under the ink
        else:
            self.overlay.set_area(rect)
        self.overlay.show_border()

    def _clear_ink(self) -> None:
        if self.overlay is not None:
            self.overlay.clear()

    def _stop_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.clear()
            self.overlay.hide_border()

    def _teach(self, message: dict) -> None:
        if self.overlay is None:
            return
        kind = message["type"]
        if kind == "pointer":
            self.overlay.move_pointer(message["x"], message["y"])
        elif kind == "look":
            self.overlay.look_here(message["x"], message["y"])
        elif kind == "draw":
            points = [(x, y) for x, y in message["points"]]
            self.overlay.add_stroke(message["stroke"], points, message.get("end", False))

    def _show(self, page: QWidget, focus: QWidget) -> None:
        self.retranslate()
        self.stack.setCurrentWidget(page)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        # Screen readers say what the new page is about, not only the focused button.
        widgets.announce(page, widgets.page_summary(page))

    async def shutdown(self) -> None:
        """On quit: stop the session cleanly so the supporter sees it end at once."""
        if self.session is not None:
            self.session.stop()
            await asyncio.wait_for(self.session.wait_ended(), 5)

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802
        self.protected.close()
        self.share_bar.close()
        self.practice_page.end_practice()
        self._stop_overlay()
        super().closeEvent(event)
