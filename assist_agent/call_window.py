"""The call on the home user's screen: the question (Talk / Not now) and, while talking,
a small window that can be moved and made bigger, with a large mute button, a sign that
shows whenever the microphone sends, the loudness bar and End call.

It only shows the session's call events (assist_media/call_media.py) and calls back;
the session decides what the microphone does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QImage, QPixmap
from PySide6.QtWidgets import QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from assist_media.call_camera import CameraFrame
from assist_media.call_media import CallChanged, CallDevices, CallOffered, CallProblem, MicLevel
from assist_ui import widgets
from assist_ui.header import FlowLayout
from assist_ui.scrolling import ScrollColumn

from .call_devices import DeviceChoice

translate = QCoreApplication.translate
SMALL, BIG = (420, 360), (820, 640)


def problem_text(reason: str) -> str:
    """Plain words for a sound problem, with what to do next."""
    if reason == "refused":
        return translate(
            "HomeCall",
            "The computer did not allow the microphone. You can still write in the chat.",
        )
    if reason == "no_camera":
        return translate("HomeCall", "No camera was found. Your helper can still hear you.")
    if reason == "no_microphone":
        return translate("HomeCall", "No microphone was found. You can still write in the chat.")
    return translate(
        "HomeCall", "Sound does not work on this computer now. You can still write in the chat."
    )


def flow(*buttons: QWidget) -> QWidget:
    """Buttons side by side, wrapping to a new line when the text is large."""
    holder = QWidget()
    layout = FlowLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    return holder


class CallWindow(QWidget):
    """One window for the call: the question first, then the call itself."""

    def __init__(self, actions: dict[str, Callable[..., None]]) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("homeCallWindow")
        self._actions = actions  # talk, not_now, end_call, set_muted
        self.supporter_name = ""
        self.state: CallChanged | None = None
        self.stack = QStackedWidget(self)
        # Scrolled up and down, so large text (200 %) is never cut off in a small window.
        self.column = ScrollColumn(self.stack)
        QVBoxLayout(self).addWidget(self.column)
        self._build_question()
        self._build_call()
        self._build_ended()
        self.big = False
        self.showing_face = False
        self.resize(*SMALL)
        self.retranslate()

    # -- building ---------------------------------------------------------------------
    def _build_question(self) -> None:
        self.question = widgets.heading()
        self.question_note = widgets.text()
        self.not_now_button = widgets.button("callNotNow")
        self.talk_button = widgets.button("callTalk", "primary")
        self.not_now_button.clicked.connect(lambda: self._do("not_now"))
        self.talk_button.clicked.connect(lambda: self._do("talk"))
        # "Say something — the bar moves": try the microphone here before talking.
        self.test_button = widgets.button("callTestMic")
        self.test_button.clicked.connect(lambda: self._do("test_microphone"))
        self.test_level = QProgressBar()
        self.test_level.setRange(0, 100)
        self.test_level.setTextVisible(False)
        self.test_level.setMinimumHeight(24)
        self.test_hint = widgets.text()
        self.question_problem = widgets.text()
        self.question_problem.hide()
        # Which microphone, speaker, camera: only shown when there is more than one.
        self.device_choice = DeviceChoice(lambda kind, name: self._do("choose_device", kind, name))
        page, _ = widgets.page(
            self.question, self.question_note, flow(self.not_now_button, self.talk_button),
            self.test_button, self.test_hint, self.test_level, self.device_choice,
            self.question_problem,
        )  # fmt: skip
        self.question_page = page
        self.stack.addWidget(page)

    def _build_call(self) -> None:
        self.camera = widgets.text()  # the supporter's face goes here (camera: not yet)
        self.camera.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera.setMinimumHeight(120)
        self.mic_sign = widgets.heading()
        self.level_hint = widgets.text()
        self.level = QProgressBar()
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMinimumHeight(24)
        self.problem = widgets.text()
        self.problem.hide()
        self.mute_button = widgets.button("callMute", "primary")
        self.mute_button.setMinimumHeight(64)
        self.own_camera_button = widgets.button("callOwnCamera")
        self.own_camera_button.setMinimumHeight(64)
        self.own_camera_button.clicked.connect(self._toggle_camera)
        self.size_button = widgets.button("callSize")
        self.end_button = widgets.button("callEnd")
        self.mute_button.clicked.connect(self._toggle_mute)
        self.size_button.clicked.connect(self._toggle_size)
        self.end_button.clicked.connect(lambda: self._do("end_call"))
        page, _ = widgets.page(
            self.camera, self.mic_sign, self.mute_button, self.own_camera_button,
            self.level_hint, self.level,
            self.problem, flow(self.size_button, self.end_button),
        )  # fmt: skip
        self.call_page = page
        self.stack.addWidget(page)

    def _build_ended(self) -> None:
        """After a lost link: the call ended, and who can call again (a resume)."""
        self.ended_text = widgets.heading()
        self.close_button = widgets.button("callClose", "primary")
        self.close_button.clicked.connect(self.close)
        page, _ = widgets.page(self.ended_text, self.close_button)
        self.ended_page = page
        self.stack.addWidget(page)

    def _call_lost(self) -> None:
        """The link dropped and came back: the call on it ended; say so, plainly."""
        self.state = None
        self.showing_face = False
        self.camera.clear()
        self.stack.setCurrentWidget(self.ended_page)
        self.retranslate()
        self._fit_width()
        self.show()
        self.close_button.setFocus()
        # Every page of the stack is as tall as the tallest: once laid out, bring Close
        # into sight (not below the fold of a small window).
        QTimer.singleShot(0, lambda: self.column.area.ensureWidgetVisible(self.close_button))
        widgets.announce(self.ended_text, self.ended_text.text())

    # -- what the session tells us ----------------------------------------------------------
    def on_event(self, event: object, supporter_name: str) -> None:
        self.supporter_name = supporter_name
        if isinstance(event, CallOffered):
            self.stack.setCurrentWidget(self.question_page)
            self.retranslate()
            self.show()
            self.raise_()
            # An incoming question never lands on the yes answer (3.2.5).
            self.not_now_button.setFocus()
            widgets.announce(self.question, self.question.text())
        elif isinstance(event, CallChanged):
            self.state = event
            if event.phase == "talking":
                if self.stack.currentWidget() is not self.call_page:
                    self.stack.setCurrentWidget(self.call_page)
                    self.show()
                    self.mute_button.setFocus()
            elif event.phase == "idle":
                self.problem.hide()
                if self.stack.currentWidget() is not self.ended_page:
                    self.hide()
            if event.phase != "talking" or event.on_hold:
                self.showing_face = False
                self.camera.clear()
            self.retranslate()
        elif isinstance(event, CallProblem) and event.reason == "link_lost":
            self._call_lost()
        elif isinstance(event, CallProblem):
            for label in (self.problem, self.question_problem):
                label.setText(problem_text(event.reason))
                label.show()
            widgets.announce(self.problem, self.problem.text())
        elif isinstance(event, CallDevices):
            self.device_choice.show_devices(event)
            self._fit_width()
        elif isinstance(event, MicLevel):
            self.level.setValue(round(event.level * 100))
            self.test_level.setValue(round(event.level * 100))
        elif isinstance(event, CameraFrame):
            self._show_face(event)

    def _show_face(self, event: CameraFrame) -> None:
        """The supporter's camera, scaled into the window with its shape kept."""
        height, width, _ = event.rgb.shape
        image = QImage(event.rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
        self.camera.setPixmap(
            QPixmap.fromImage(image.copy()).scaled(
                self.camera.width(), max(self.camera.height(), 120),
                Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation,
            )
        )  # fmt: skip
        self.showing_face = True
        self.retranslate()

    def session_ended(self) -> None:
        """The session is over: no call any more, and the window goes."""
        self.state = None
        self.showing_face = False
        self.camera.clear()
        self.hide()

    def _do(self, name: str, *args: object) -> None:
        action = self._actions.get(name)
        if action is not None:
            action(*args)

    def _toggle_mute(self) -> None:
        muted = self.state is not None and self.state.muted
        self._do("set_muted", not muted)

    def _toggle_camera(self) -> None:
        self._do("set_camera", not (self.state is not None and self.state.camera_on))

    def _toggle_size(self) -> None:
        self.big = not self.big
        self.resize(*(BIG if self.big else SMALL))
        self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        """While talking the window stays: it carries the sign that the microphone is on
        and the mute button (End the call closes it). Closing the question is Not now."""
        if self.state is not None and self.state.phase == "talking":
            event.ignore()
            return
        if self.stack.currentWidget() is self.question_page and self.isVisible():
            self._do("not_now")
        super().closeEvent(event)

    # -- words ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_width()
        super().changeEvent(event)

    def _fit_width(self) -> None:
        """The scrolled column is as wide as its widest button needs (it scrolls only up
        and down), so the window grows with large text instead of cutting words off; and
        as tall as the page shown needs, up to the screen's height, so the mute button
        is in sight without scrolling whenever the screen has room for it."""
        need = self.stack.minimumSizeHint().width() + self.column.bar.sizeHint().width()
        self.column.setMinimumWidth(need)
        page = self.stack.currentWidget()
        bar = self.column.bar.sizeHint().width()
        width = max(need, self.column.width()) - bar  # what the page gets beside the bar
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        height = max(height, page.minimumSizeHint().height(), page.sizeHint().height())
        screen = self.screen().availableGeometry().height() if self.screen() else 700
        self.column.setMinimumHeight(min(height, screen - 120))

    def retranslate(self) -> None:
        name = self.supporter_name or translate("HomeCall", "Your helper")
        self.setWindowTitle(translate("HomeCall", "Call with {name}").format(name=name))
        self.question.setText(
            translate(
                "HomeCall",
                "{name} wants to talk with you through the computer. "
                "You can then put the phone down.",
            ).format(name=name)
        )
        self.question_note.setText(
            translate("HomeCall", "Your microphone stays off until you choose Talk.")
        )
        self.talk_button.setText(translate("HomeCall", "Talk"))
        self.not_now_button.setText(translate("HomeCall", "Not now"))
        if self.showing_face:
            self.camera.setAccessibleName(
                translate("HomeCall", "You see {name} on their camera.").format(name=name)
            )
        else:
            self.camera.setText(translate("HomeCall", "{name} has no camera on.").format(name=name))
            self.camera.setAccessibleName(self.camera.text())
        state = self.state
        sending = state is not None and state.mic_sending
        if sending:
            self.mic_sign.setText(
                translate("HomeCall", "● Your microphone is on. {name} hears you.").format(
                    name=name
                )
            )
        elif state is not None and state.on_hold:
            self.mic_sign.setText(translate("HomeCall", "The call waits while the help is paused."))
        else:
            self.mic_sign.setText(translate("HomeCall", "Your microphone is off."))
        self.mic_sign.setAccessibleName(self.mic_sign.text())
        muted = state is not None and state.muted
        self.mute_button.setText(
            translate("HomeCall", "Switch on my microphone")
            if muted
            else translate("HomeCall", "Switch off my microphone")
        )
        camera_on = state is not None and state.camera_on
        if camera_on:
            self.mic_sign.setText(
                self.mic_sign.text()
                + " "
                + translate("HomeCall", "● {name} sees you on your camera.").format(name=name)
            )
            self.mic_sign.setAccessibleName(self.mic_sign.text())
        self.own_camera_button.setVisible(state is not None and state.camera_possible)
        self.own_camera_button.setText(
            translate("HomeCall", "Hide my camera")
            if camera_on
            else translate("HomeCall", "Show my camera")
        )
        self.level_hint.setText(translate("HomeCall", "Say something — the bar moves."))
        self.level.setAccessibleName(translate("HomeCall", "How loud your microphone is"))
        self.test_level.setAccessibleName(self.level.accessibleName())
        self.test_hint.setText(self.level_hint.text())
        self.test_button.setText(translate("HomeCall", "Test my microphone"))
        self.size_button.setText(
            translate("HomeCall", "Make smaller")
            if self.big
            else translate("HomeCall", "Make bigger")
        )
        self.end_button.setText(translate("HomeCall", "End the call"))
        self.ended_text.setText(
            translate(
                "HomeCall",
                "The call ended because the connection was lost. {name} can call you again.",
            ).format(name=name)
        )
        self.ended_text.setAccessibleName(self.ended_text.text())
        self.close_button.setText(translate("HomeCall", "Close"))
        self._fit_width()


# CameraFrame too: the supporter's face reaches this window only through the app's list.
CALL_EVENTS = (CallOffered, CallChanged, CallProblem, MicLevel, CallDevices, CameraFrame)


def call_window_for(session_of: Callable[[], object]) -> CallWindow:
    """The call window, calling the running session (HomeSession) when clicked."""

    def act(name: str) -> Callable[..., None]:
        def run(*args: object) -> None:
            session = session_of()
            if session is not None:
                getattr(session, name)(*args)

        return run

    def test_microphone() -> None:
        call = getattr(session_of(), "call", None)
        if call is not None:
            call.test_microphone()

    def choose_device(kind: str, name: str) -> None:
        call = getattr(session_of(), "call", None)
        if call is not None:
            call.choose_device(kind, name)

    names = ("talk", "not_now", "end_call", "set_muted", "set_camera")
    actions = {name: act(name) for name in names}
    return CallWindow(
        {**actions, "test_microphone": test_microphone, "choose_device": choose_device}
    )
