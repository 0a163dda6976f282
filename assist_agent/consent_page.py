"""The helper app's consent page: who asks to see the screen, and Allow or Do not allow.

Moved out of window.py (issue 16); the window only builds it, connects its two buttons
and calls `show_request` and `retranslate`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assist_ui import widgets

translate = QCoreApplication.translate


class ConsentPage(QWidget):
    """"{name} wants to see your screen." with the helper mark and the two answers."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consentPage")
        self.name = ""
        self.mark = ""
        self.heading = widgets.heading()
        self.mark_label = widgets.text()
        self.mark_label.setObjectName("askMark")
        self.safety = widgets.text()
        self.question = widgets.text()
        self.decline_button = widgets.button("declineButton")
        self.allow_button = widgets.button("allowButton", "primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        for each in (self.heading, self.mark_label, self.safety, self.question):
            layout.addWidget(each)
        layout.addWidget(widgets.row(self.decline_button, self.allow_button))
        layout.addStretch(1)

    def show_request(self, name: str, mark: str) -> None:
        """A new supporter asks: their (cleaned) name and the mark of their proven key."""
        self.name = name
        self.mark = mark
        self.retranslate()

    def retranslate(self) -> None:
        name = self.name
        self.heading.setText(
            translate("HomeWindow", "{name} wants to see your screen.").format(name=name)
        )
        self.safety.setText(
            translate(
                "HomeWindow",
                "Only allow this if you know this person. Never allow it while your online "
                "bank is open.",
            )
        )
        self.question.setText(
            translate("HomeWindow", "Can {name} see your screen?").format(name=name)
        )
        self.allow_button.setText(translate("HomeWindow", "Allow"))
        self.decline_button.setText(translate("HomeWindow", "Do not allow"))
        self.mark_label.setText(
            translate(
                "HomeWindow", "Helper mark: {mark}. The same helper always has the same mark."
            ).format(mark=widgets.ltr(self.mark))
        )
        self.mark_label.setVisible(bool(self.mark))
