"""A page of help in plain words: a heading, short sections, and Close.

Not modal: the home user can keep it open beside the app, and the Stop button (in the
window and in the bar at the top of the screen) always stays usable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from . import widgets
from .scrolling import ScrollColumn

Sections = Callable[[], list[tuple[str, str]]]


class InfoPage(QDialog):
    """Sections of (heading, paragraph), re-translated whenever the language changes."""

    def __init__(
        self,
        object_name: str,
        title: Callable[[], str],
        sections: Sections,
        close_text: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._title, self._sections, self._close_text = title, sections, close_text
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
        self.column = ScrollColumn(body)  # safe for screen readers: assist_ui/scrolling.py
        self.scroll = self.column.area
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.close_button = widgets.button(f"{object_name}Close", "primary")
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(self.column, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()
        self.resize(680, 640)

    def retranslate(self) -> None:
        title = self._title()
        self.setWindowTitle(title)
        self.heading.setText(title)
        for (heading, paragraph), h_label, p_label in zip(
            self._sections(), self.headings, self.paragraphs, strict=True
        ):
            h_label.setText(heading)
            p_label.setText(paragraph)
        self.close_button.setText(self._close_text())

    def text(self) -> str:
        """Everything the page says, for tests and screen readers."""
        parts = [self.heading.text()]
        for h_label, p_label in zip(self.headings, self.paragraphs, strict=True):
            parts += [h_label.text(), p_label.text()]
        return "\n".join(parts)

    def present(self) -> None:
        """Show (or bring back) the page, with the keyboard on Close."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.close_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
