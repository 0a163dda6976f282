"""The "Is this safe?" page: plain words for the home user (docs/SECURITY.md has the details).

Short sentences a careful relative would say, no technical words. Every text is a whole
paragraph of whole sentences under the context "SafetyPage", so each language can say
it in its own order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from assist_session import widgets

translate = QCoreApplication.translate


def sections() -> list[tuple[str, str]]:
    """(heading, paragraph) pairs in reading order, in the current language."""
    return [
        (
            translate("SafetyPage", "You decide"),
            translate(
                "SafetyPage",
                "Nobody sees your screen before you click Allow. "
                "You can stop at any time with the Stop button. "
                "After that, your helper sees nothing.",
            ),
        ),
        (
            translate("SafetyPage", "The code works only once"),
            translate(
                "SafetyPage",
                "The code works only for a short time. "
                "If someone types a wrong code, the code stops working. "
                "Then you can get a new code.",
            ),
        ),
        (
            translate("SafetyPage", "Only your helper can see"),
            translate(
                "SafetyPage",
                "Only the person who has your code can ask to see your screen. "
                "The picture of your screen is locked on the way. "
                "Only your helper's app can open it. "
                "Not even the people who run this service can see it.",
            ),
        ),
        (
            translate("SafetyPage", "Watch out for tricks"),
            translate(
                "SafetyPage",
                "Give the code only to a person you know and trust. "
                "A bank, the police or a company never calls you to ask for this code. "
                "If a stranger asks you to use this app, end the call. "
                "Never allow help while your online bank is open. "
                "Never tell anyone your bank codes or passwords.",
            ),
        ),
        (
            translate("SafetyPage", "Your helper's mark"),
            translate(
                "SafetyPage",
                "The app shows your helper's name and a mark of letters and numbers. "
                "The same helper always has the same mark. "
                "If the mark is new, ask your helper why.",
            ),
        ),
        (
            translate("SafetyPage", "If something is wrong"),
            translate(
                "SafetyPage",
                "If the app notices something strange, it stops at once. "
                "Then nobody sees your screen. "
                "You can get a new code and try again.",
            ),
        ),
        (
            translate("SafetyPage", "What the app cannot do"),
            translate(
                "SafetyPage",
                "The app cannot protect you from a computer virus. "
                "If you think your computer has a virus, ask for help face to face.",
            ),
        ),
    ]


class SafetyPage(QDialog):
    """A simple page that answers "Is this safe?"; opened from the start and code pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self.setModal(True)
        self.heading = widgets.heading()
        self.headings: list[QLabel] = []
        self.paragraphs: list[QLabel] = []
        body = QWidget()
        body.setObjectName("readingColumn")  # at most ~70 characters a line (style sheet)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(32, 24, 32, 24)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.heading)
        for _ in sections():
            heading, paragraph = widgets.heading(), widgets.text()
            heading.setProperty("role", "subheading")
            self.headings.append(heading)
            self.paragraphs.append(paragraph)
            body_layout.addWidget(heading)
            body_layout.addWidget(paragraph)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.close_button = widgets.button("safetyCloseButton", "primary")
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()
        self.resize(640, 640)
        self.close_button.setFocus()

    def retranslate(self) -> None:
        title = translate("SafetyPage", "Is this safe?")
        self.setWindowTitle(title)
        self.heading.setText(title)
        for (heading, paragraph), h_label, p_label in zip(
            sections(), self.headings, self.paragraphs, strict=True
        ):
            h_label.setText(heading)
            p_label.setText(paragraph)
        self.close_button.setText(translate("SafetyPage", "Close"))

    def text(self) -> str:
        """Everything the page says, for tests and screen readers."""
        parts = [self.heading.text()]
        for h_label, p_label in zip(self.headings, self.paragraphs, strict=True):
            parts += [h_label.text(), p_label.text()]
        return "\n".join(parts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
