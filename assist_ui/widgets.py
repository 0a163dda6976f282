"""Small Qt building blocks both apps' windows use."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# Unicode isolates keep a code's digit groups in order inside right-to-left text.
LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"


def heading(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def text(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def button(object_name: str, role: str = "", parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(parent)
    widget.setObjectName(object_name)
    if role:
        widget.setProperty("role", role)
    widget.setAutoDefault(True)
    # Height only: a fixed minimum width would let layouts squeeze long or large text.
    widget.setMinimumHeight(48)
    return widget


def row(*children: QWidget) -> QWidget:
    """Widgets side by side (buttons of one choice), no margins of its own."""
    widget = QWidget()
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for child in children:
        layout.addWidget(child)
    return widget


def page(*children: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """A page: its widgets stacked top to bottom with room to breathe."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(32, 32, 32, 32)
    layout.setSpacing(16)
    for child in children:
        layout.addWidget(child)
    return widget, layout


def ltr(value: str) -> str:
    """Keep digits and their grouping left-to-right in any language."""
    return f"{LTR_ISOLATE}{value}{POP_ISOLATE}"


def announce(widget: QWidget, message: str) -> None:
    """Have screen readers say `message` now (new chat lines, state changes)."""
    event = QAccessibleAnnouncementEvent(widget, message)
    QAccessible.updateAccessibility(event)


def page_summary(page: QWidget, count: int = 2) -> str:
    """The first few texts a page shows, in reading order: what to announce on arrival."""
    found: list[str] = []
    layout = page.layout()
    for index in range(layout.count() if layout is not None else 0):
        widget = layout.itemAt(index).widget()
        if isinstance(widget, QLabel) and widget.isVisibleTo(page) and widget.text().strip():
            found.append(widget.accessibleName() or widget.text())
        if len(found) == count:
            break
    return " ".join(found)


class ChatPanel(QWidget):
    """Chat in a large readable font: the log, a line to write in, and Send."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPanel")
        self.heading = text(self)
        self.log = QTextBrowser(self)
        self.log.setObjectName("chatLog")
        self.log.setOpenLinks(False)
        self.log.setMinimumHeight(120)
        # Its font size (a little larger than the rest) comes from the app's style sheet.
        self.entry = QLineEdit(self)
        self.entry.setObjectName("chatEntry")
        self.entry.setMaxLength(2000)
        self.entry_label = text(self)
        self.entry_label.setBuddy(self.entry)
        self.send_button = button("chatSend", "", self)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.entry_label)
        layout.addLayout(row)
        self.entry.returnPressed.connect(self.send_button.click)
        self.lines: list[tuple[str, str]] = []

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("ChatPanel", "Messages"))
        self.entry_label.setText(QCoreApplication.translate("ChatPanel", "&Write a message"))
        self.send_button.setText(QCoreApplication.translate("ChatPanel", "Send"))
        self.log.setAccessibleName(QCoreApplication.translate("ChatPanel", "Messages"))
        self.entry.setAccessibleName(QCoreApplication.translate("ChatPanel", "Write a message"))

    def take_text(self) -> str:
        value = self.entry.text()
        self.entry.clear()
        return value

    def add_line(self, who: str, message: str) -> None:
        """Show one line and have screen readers read it out."""
        self.lines.append((who, message))
        self.log.append(f"<p><b>{html.escape(who)}</b><br>{html.escape(message)}</p>")
        line = QCoreApplication.translate("ChatPanel", "{who} wrote: {message}").format(
            who=who, message=message
        )
        announce(self.log, line)

    def clear(self) -> None:
        self.lines.clear()
        self.log.clear()
