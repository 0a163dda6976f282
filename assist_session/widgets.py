"""Small Qt building blocks both apps' windows use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

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
    widget.setMinimumSize(96, 48)
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
