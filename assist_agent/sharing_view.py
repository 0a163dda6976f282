"""What the home user sees while their screen is shared: who sees it, what they may
do, and large Private moment, Take back and Stop buttons — in the window and always on
top. The share bar also offers "Protect this window" and says, in one sentence, when a
protected page or a password field keeps the supporter's hands off (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from assist_ui import widgets

from .consent import ShareState
from .privacy import PrivacyState

translate = QCoreApplication.translate


def state_heading(state: ShareState, name: str) -> str:
    if state is ShareState.CONTROLLING:
        return translate("Sharing", "{name} uses your mouse and keyboard.").format(name=name)
    if state is ShareState.PAUSED:
        return translate("Sharing", "Private moment. {name} cannot see your screen.").format(
            name=name
        )
    return translate("Sharing", "{name} sees your screen.").format(name=name)


def privacy_sentence(privacy: PrivacyState, name: str) -> str:
    """One plain sentence on what privacy takes away now; empty when nothing."""
    if privacy.private:
        return ""  # the private moment's own heading says it
    if privacy.ask_after_login:
        text = translate("Privacy", "You logged in. Can {name} use your mouse and keyboard again?")
    elif privacy.protected is not None and (privacy.blank_all or privacy.blank_rects):
        text = translate("Privacy", "{name} cannot see this page or use your mouse and keyboard.")
    elif privacy.protected is not None:
        text = translate(
            "Privacy",
            "{name} cannot use your mouse or keyboard while this page is open. "
            "{name} can still see and point.",
        )
    elif privacy.password:
        text = translate("Privacy", "You are typing a password. {name} cannot see it.")
    else:
        return ""
    return text.format(name=name)


class Controls:
    """Pause/Continue, Take back control and Stop: the same three buttons in two places."""

    def __init__(self, prefix: str) -> None:
        self.pause_button = widgets.button(f"{prefix}Pause")
        self.take_back_button = widgets.button(f"{prefix}TakeBack")
        self.stop_button = widgets.button(f"{prefix}Stop", "danger")

    def show_state(self, state: ShareState) -> None:
        self.take_back_button.setVisible(state is ShareState.CONTROLLING)
        if state is ShareState.PAUSED:  # a private moment: a large way back
            self.pause_button.setText(translate("Sharing", "Show again"))
            self.pause_button.setAccessibleName(translate("Sharing", "Show your screen again"))
            self.pause_button.setMinimumHeight(72)
        else:
            self.pause_button.setText(translate("Sharing", "Private moment"))
            self.pause_button.setAccessibleName(
                translate("Sharing", "Hide your screen for a private moment")
            )
            self.pause_button.setMinimumHeight(44)
        self.take_back_button.setText(translate("Sharing", "Take back control"))
        self.stop_button.setText(translate("Sharing", "Stop"))
        self.stop_button.setAccessibleName(translate("Sharing", "Stop sharing your screen"))


class ShareBar(QWidget):
    """Always on top while the screen is shared; never takes the keyboard focus."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint,
        )
        self.setObjectName("shareBar")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # its border: style sheet
        self.label = widgets.text(self)
        self.controls = Controls("shareBar")
        self.stop_button = self.controls.stop_button
        self.protect_button = widgets.button("shareBarProtect")
        self.allow_again_button = widgets.button("shareBarAllowAgain")
        self.allow_again_button.hide()
        self.screen_button = widgets.button("shareBarScreen")  # several screens (issue 13)
        self.screen_button.hide()
        self.privacy_text = widgets.text(self)
        self.privacy_text.setObjectName("shareBarPrivacy")
        self.privacy_text.hide()
        self.privacy = PrivacyState()
        self.label.setMinimumWidth(220)  # the privacy sentence below must not squeeze it
        self.privacy_text.setMinimumWidth(300)
        self.privacy_text.setMaximumWidth(560)  # short lines: at most 80 characters
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        layout = QHBoxLayout()
        column.addLayout(layout)
        column.addWidget(self.privacy_text)
        layout.addWidget(self.label, 1)
        for each in (
            self.controls.pause_button, self.protect_button, self.allow_again_button,
            self.screen_button, self.controls.take_back_button, self.stop_button,
        ):  # fmt: skip
            layout.addWidget(each)
        self.name = ""
        self.state = ShareState.VIEWING

    def retranslate(self) -> None:
        self.label.setText(state_heading(self.state, self.name))
        self.controls.show_state(self.state)
        self.protect_button.setText(translate("ShareBar", "Protect this window"))
        self.protect_button.setAccessibleName(
            translate("ShareBar", "Your helper cannot use the window you are using now")
        )
        self.protect_button.setVisible(self.state is not ShareState.PAUSED)
        self.allow_again_button.setText(translate("ShareBar", "Allow again"))
        self.screen_button.setText(translate("ShareBar", "Show another screen"))
        sentence = privacy_sentence(self.privacy, self.name)
        self.privacy_text.setText(sentence)
        self.privacy_text.setVisible(bool(sentence))
        self.allow_again_button.setVisible(self.privacy.ask_after_login)
        self.setWindowTitle(translate("ShareBar", "Your screen is shared"))
        for label in (self.label, self.privacy_text):  # a window ignores height-for-width
            label.setMinimumHeight(label.heightForWidth(label.minimumWidth()))

    def show_privacy(self, privacy: PrivacyState) -> None:
        """Say what privacy takes away now (or nothing), and offer Allow again after a login."""
        self.privacy = privacy
        self.retranslate()
        self.adjustSize()
        if self.privacy_text.isVisible():
            widgets.announce(self.privacy_text, self.privacy_text.text())

    def show_state(self, name: str, state: ShareState) -> None:
        self.name, self.state = name, state
        self.retranslate()
        self.adjustSize()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.move(screen.center().x() - self.width() // 2, screen.top())
        self.show()


class SharingPanel(QWidget):
    """The main window's page while sharing, with the chat and the home user's choices."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = widgets.heading(self)
        self.heading.setObjectName("sharingHeading")
        self.state_text = widgets.text(self)

        self.question = QFrame(self)
        self.question.setObjectName("controlQuestion")
        self.question.setFrameShape(QFrame.Shape.Box)
        self.question_heading = widgets.heading(self.question)
        self.question_safety = widgets.text(self.question)
        self.question_text = widgets.text(self.question)
        self.deny_button = widgets.button("denyControlButton")
        self.grant_button = widgets.button("grantControlButton", "primary")
        box = QVBoxLayout(self.question)
        for each in (self.question_heading, self.question_safety, self.question_text):
            box.addWidget(each)
        box.addWidget(widgets.row(self.deny_button, self.grant_button))
        self.question.hide()

        self.notice = widgets.text(self)
        self.notice.setObjectName("reconfirmNotice")
        self.notice.hide()

        self.controls = Controls("sharing")
        self.stop_button = self.controls.stop_button
        self.stop_button.setMinimumHeight(72)

        self.minutes_label = widgets.text(self)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("reconfirmMinutes")
        self.minutes.setRange(5, 240)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setMinimumHeight(44)
        self.minutes_label.setBuddy(self.minutes)

        self.chat = widgets.ChatPanel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_text)
        layout.addWidget(self.question)
        layout.addWidget(self.notice)
        # Two rows: "Private moment" is a longer word than "Pause" was in some languages.
        layout.addWidget(widgets.row(self.controls.pause_button, self.controls.take_back_button))
        layout.addWidget(self.stop_button)
        layout.addWidget(widgets.row(self.minutes_label, self.minutes))
        layout.addWidget(self.chat, 1)
        self.name = ""
        self.state = ShareState.VIEWING
        self.reconfirming = False

    def retranslate(self) -> None:
        name = self.name
        self.heading.setText(state_heading(self.state, name))
        if self.reconfirming:  # the app paused to ask: not the home user's private moment
            self.heading.setText(
                translate("Sharing", "Sharing is paused. {name} cannot see your screen.").format(
                    name=name
                )
            )
        if self.state is ShareState.CONTROLLING:
            text = translate(
                "Sharing", "Move your own mouse if you want {name} to stop for a moment."
            )
        elif self.state is ShareState.PAUSED:
            text = translate("Sharing", "Press Show again when you are ready.")
        else:
            text = translate(
                "Sharing", "{name} can point and draw on your screen to show you things."
            )
        self.state_text.setText(text.format(name=name))
        self.question_heading.setText(
            translate("Sharing", "{name} asks to use your mouse and keyboard.").format(name=name)
        )
        self.question_safety.setText(
            translate(
                "Sharing",
                "Only allow this if you know this person. Never allow it while your online "
                "bank is open.",
            )
        )
        self.question_text.setText(
            translate("Sharing", "Can {name} use your mouse and keyboard?").format(name=name)
        )
        self.deny_button.setText(translate("Sharing", "Do not allow"))
        self.grant_button.setText(translate("Sharing", "Allow"))
        if self.reconfirming:
            self.notice.setText(translate("Sharing", "Do you want to keep sharing your screen?"))
        else:
            self.notice.setText(
                translate("Sharing", "Soon we will ask if you want to keep sharing your screen.")
            )
        self.minutes_label.setText(translate("Sharing", "Ask me again after this many &minutes:"))
        self.controls.show_state(self.state)
        self.chat.retranslate()

    def show_state(self, state: ShareState, reason: str = "") -> None:
        self.state = state
        self.reconfirming = state is ShareState.PAUSED and reason == "reconfirm"
        self.notice.setVisible(self.reconfirming)
        if state is not ShareState.VIEWING:
            self.question.hide()
        self.retranslate()

    def ask_for_control(self) -> None:
        """Show the question without moving the focus: nothing happens until a click."""
        self.retranslate()
        self.question.show()
        widgets.announce(self.question, self.question_heading.text())

    def reconfirm_soon(self) -> None:
        self.reconfirming = False
        self.retranslate()
        self.notice.show()
        widgets.announce(self.notice, self.notice.text())
