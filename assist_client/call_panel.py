"""The supporter's call controls beside the remote screen: offer a call, mute, end it,
and what the call is doing now in words (also for screen readers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from assist_media.call_camera import CameraFrame
from assist_media.call_media import CallChanged, CallOffered, CallProblem, MicLevel
from assist_ui import widgets
from assist_ui.header import FlowLayout

translate = QCoreApplication.translate
CALL_EVENTS = (CallOffered, CallChanged, CallProblem, MicLevel, CameraFrame)
FACE_SIZE = (160, 120)


def problem_text(reason: str) -> str:
    if reason == "refused":
        return translate("SupporterCall", "Your computer did not allow the microphone.")
    if reason == "no_microphone":
        return translate("SupporterCall", "No microphone was found on your computer.")
    if reason == "no_camera":
        return translate("SupporterCall", "No camera was found on your computer.")
    return translate("SupporterCall", "Sound does not work on your computer now.")


class CallPanel(QWidget):
    """Call / Mute / End call, and a status line; calls the running SupporterSession."""

    def __init__(self, session_of: Callable[[], Any]) -> None:
        super().__init__()
        self._session_of = session_of
        self.state: CallChanged | None = None
        self.problem = ""
        self.status = widgets.text()
        self.status.setObjectName("callStatus")
        self.call_button = widgets.button("callOffer", "primary")
        self.mute_button = widgets.button("callMute")
        self.end_button = widgets.button("callEnd")
        self.face = widgets.text()  # the home user's camera, when they turn it on
        self.face.setFixedSize(*FACE_SIZE)
        self.face.hide()
        self.camera_button = widgets.button("callCamera")
        self.camera_button.clicked.connect(self._toggle_camera)
        self.call_button.clicked.connect(self._offer)
        self.mute_button.clicked.connect(self._toggle_mute)
        self.end_button.clicked.connect(self._end)
        # The face, then the status line above the buttons; the buttons wrap to a new
        # line when the text is large (200 %), instead of running off the side.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face)
        column = QVBoxLayout()
        column.addWidget(self.status)
        buttons = QWidget()
        flow = FlowLayout(buttons)
        flow.setContentsMargins(0, 0, 0, 0)
        for button in (self.call_button, self.mute_button, self.camera_button, self.end_button):
            flow.addWidget(button)
        column.addWidget(buttons)
        layout.addLayout(column, 1)
        self.retranslate()

    def reset(self) -> None:
        self.state, self.problem = None, ""
        self.retranslate()

    def on_event(self, event: object) -> None:
        if isinstance(event, CameraFrame):
            height, width, _ = event.rgb.shape
            image = QImage(event.rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
            self.face.setPixmap(
                QPixmap.fromImage(image.copy()).scaled(
                    *FACE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
            self.face.setAccessibleName(translate("SupporterCall", "The person's camera"))
            self.face.show()
            return
        if isinstance(event, CallChanged):
            if event.phase != "talking" or event.on_hold:
                self.face.clear()
                self.face.hide()
            self.state = event
            if event.phase != "talking":
                self.problem = ""
        elif isinstance(event, CallProblem):
            self.problem = problem_text(event.reason)
        else:
            return
        self.retranslate()
        widgets.announce(self.status, self.status.text())

    def _offer(self) -> None:
        session = self._session_of()
        if session is not None and not session.offer_call():
            self.problem = translate(
                "SupporterCall", "You can offer a call while you see the screen."
            )
            self.retranslate()

    def _toggle_mute(self) -> None:
        session = self._session_of()
        if session is not None and self.state is not None:
            session.set_muted(not self.state.muted)

    def _toggle_camera(self) -> None:
        session = self._session_of()
        if session is not None and self.state is not None:
            session.set_camera(not self.state.camera_on)

    def _end(self) -> None:
        session = self._session_of()
        if session is not None:
            session.end_call()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        s = self.state
        phase = s.phase if s is not None else "idle"
        if self.problem:
            text = self.problem
        elif phase == "asked":
            text = translate("SupporterCall", "Waiting for the person to answer your call…")
        elif phase == "talking" and s is not None and s.on_hold:
            text = translate("SupporterCall", "The person paused the help. The call waits.")
        elif phase == "talking" and s is not None and s.other_muted:
            text = translate("SupporterCall", "In a call. The person turned their microphone off.")
        elif phase == "talking" and s is not None and s.muted:
            text = translate("SupporterCall", "In a call. Your microphone is off.")
        elif phase == "talking":
            text = translate("SupporterCall", "In a call. The person hears you.")
        else:
            text = translate("SupporterCall", "No call.")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.call_button.setText(translate("SupporterCall", "Offer a call"))
        self.call_button.setVisible(phase == "idle")
        muted = s is not None and s.muted
        self.mute_button.setText(
            translate("SupporterCall", "Switch on my microphone")
            if muted
            else translate("SupporterCall", "Switch off my microphone")
        )
        self.mute_button.setVisible(phase == "talking")
        self.end_button.setText(translate("SupporterCall", "End the call"))
        camera_on = s is not None and s.camera_on
        self.camera_button.setText(
            translate("SupporterCall", "Hide my camera")
            if camera_on
            else translate("SupporterCall", "Show my camera")
        )
        self.camera_button.setVisible(phase == "talking" and s is not None and s.camera_possible)
        self.end_button.setVisible(phase != "idle")
