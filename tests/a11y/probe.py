"""Measuring what a person meets on screen: controls, names, focus, colours, sizes."""

from __future__ import annotations

from collections import Counter

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from assist_ui.theme import contrast

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox)
CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit)


def shown(root: QWidget) -> list[QWidget]:
    """The root and every descendant a person can see now (not hidden, not a popup)."""
    found = [root] if root.isVisible() else []
    for child in root.findChildren(QWidget):
        if child.isWindow() and child is not root:
            continue
        if child.isVisibleTo(root) and child.isVisible() and not _in_hidden_window(child, root):
            found.append(child)
    return found


def _in_hidden_window(widget: QWidget, root: QWidget) -> bool:
    window = widget.window()
    return window is not root.window() and not window.isVisible()


def is_control(widget: QWidget) -> bool:
    """Something a person operates: buttons, inputs, lists, and focusable custom views."""
    if isinstance(widget, QScrollBar):
        return False
    if isinstance(widget, CONTROLS):
        return True
    if isinstance(widget, QLabel | QAbstractScrollArea):
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and type(widget) is not QWidget


def controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in shown(root):
        if not is_control(widget):
            continue
        # A combo box's line edit or a spin box's editor is part of that control.
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def accessible_role(widget: QWidget) -> QAccessible.Role | None:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role() if interface is not None and interface.isValid() else None


EXPECTED_ROLES = {
    QAbstractButton: {QAccessible.Role.Button, QAccessible.Role.CheckBox},
    QLineEdit: {QAccessible.Role.EditableText},
    QAbstractSpinBox: {QAccessible.Role.SpinBox},
    QComboBox: {QAccessible.Role.ComboBox},
    QAbstractItemView: {QAccessible.Role.List, QAccessible.Role.Table, QAccessible.Role.Tree},
    QTextEdit: {QAccessible.Role.EditableText, QAccessible.Role.StaticText},
}


def role_ok(widget: QWidget) -> bool:
    role = accessible_role(widget)
    for kind, roles in EXPECTED_ROLES.items():
        if isinstance(widget, kind):
            return role in roles
    # A custom control needs a real role too; "Client" is what a plain QWidget says.
    return role not in (None, QAccessible.Role.NoRole)


def focusable(root: QWidget) -> list[QWidget]:
    """What Tab should reach in the root's window: enabled controls that take Tab."""
    found = []
    for widget in shown(root):
        if widget.window() is not root.window():
            continue
        if widget.focusProxy() is not None:
            continue
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


# -- pictures and colours ----------------------------------------------------------------


def picture(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _pixels(image: QImage) -> np.ndarray:
    """The image as an H×W array of 0xRRGGBB integers."""
    raw = np.frombuffer(image.constBits(), np.uint32, image.sizeInBytes() // 4)
    rows = raw.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]
    return rows & 0xFFFFFF


def _name(value: int) -> str:
    return f"#{int(value):06x}"


def colours(image: QImage, area: QRect | None = None) -> Counter[str]:
    area = (area or image.rect()).intersected(image.rect())
    pixels = _pixels(image)[area.top() : area.bottom() + 1, area.left() : area.right() + 1]
    values, counts = np.unique(pixels, return_counts=True)
    return Counter({_name(v): int(c) for v, c in zip(values, counts, strict=True)})


def _relative_luminance(pixels: np.ndarray) -> np.ndarray:
    """WCAG relative luminance of 0xRRGGBB pixels (the same formula as theme.luminance)."""
    channels = [((pixels >> shift) & 0xFF) / 255.0 for shift in (16, 8, 0)]
    linear = [np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4) for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


INK_CORE = 0.05
"""The share of ink pixels (at least 3) that must reach the ratio `text_contrast` gives:
text is antialiased, its core pixels carry the full text colour, a stray edge pixel does
not count."""


def _text_blanked(widget: QWidget) -> QImage:
    """The widget drawn without its text (and placeholder), everything else unchanged."""
    widget.blockSignals(True)  # a field's textChanged must not reach the app
    try:
        if isinstance(widget, QLineEdit):
            text, placeholder = widget.text(), widget.placeholderText()
            widget.setText("")
            widget.setPlaceholderText("")
            try:
                return picture(widget)
            finally:
                widget.setText(text)
                widget.setPlaceholderText(placeholder)
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
            widget.setText("")
            try:
                return picture(widget)
            finally:
                widget.setText(text)
        raise TypeError(f"no text to blank on {type(widget).__name__}")
    finally:
        widget.blockSignals(False)


def text_contrast(widget: QWidget, inset: int = 0) -> float:
    """The contrast of the text's ink against what is behind it, measured on pixels.

    The widget is drawn twice, with and without its text; the pixels that differ are the
    ink, and each is compared with the same pixel drawn without text (its background).
    The result is the ratio that the core of the ink reaches (`INK_CORE`). Text that
    leaves no ink — white on white, or no text drawn at all — gives 1.0, never a pass.
    `inset` leaves out a border (a button's, a field's) of that many pixels.
    """
    with_text, without = picture(widget), _text_blanked(widget)
    ratio = with_text.devicePixelRatio() or 1.0
    edge = round(inset * ratio)
    inner = QRect(0, 0, with_text.width(), with_text.height()).adjusted(edge, edge, -edge, -edge)
    rows = slice(inner.top(), inner.bottom() + 1)
    cols = slice(inner.left(), inner.right() + 1)
    ink, behind = _pixels(with_text)[rows, cols], _pixels(without)[rows, cols]
    if ink.shape != behind.shape:
        return 1.0
    changed = ink != behind
    if not changed.any():
        return 1.0
    high = _relative_luminance(ink[changed])
    low = _relative_luminance(behind[changed])
    ratios = np.sort((np.maximum(high, low) + 0.05) / (np.minimum(high, low) + 0.05))[::-1]
    core = max(3, int(len(ratios) * INK_CORE))
    return float(ratios[min(core, len(ratios)) - 1])


def focus_change(before: QImage, after: QImage) -> tuple[int, float]:
    """How many pixels changed by at least 3:1 between two pictures, and the best ratio."""
    if before.size() != after.size():
        return 0, 1.0
    old, new = _pixels(before).ravel(), _pixels(after).ravel()
    moved = old != new
    if not moved.any():
        return 0, 1.0
    pairs, counts = np.unique((old[moved].astype(np.uint64) << 24) | new[moved], return_counts=True)
    changed, best = 0, 1.0
    for pair, count in zip(pairs, counts, strict=True):
        ratio = contrast(_name(int(pair) >> 24), _name(int(pair) & 0xFFFFFF))
        best = max(best, ratio)
        if ratio >= 3.0:
            changed += int(count)
    return changed, best


# -- text layout -------------------------------------------------------------------------


def line_lengths(label: QLabel) -> list[int]:
    """Characters on each line of a wrapped label, as Qt lays it out at its width."""
    text = label.text()
    if not text:
        return []
    width = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    lengths = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            start = line.textStart()
            lengths.append(len(paragraph[start : start + line.textLength()].strip()))
        layout.endLayout()
    return lengths


def clipped(widget: QWidget) -> str | None:
    """Why the widget's content does not fit in the space it was given, or None."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            need = widget.heightForWidth(size.width())
            if need > size.height() + 1:
                return f"wrapped text needs {need}px height, has {size.height()}"
            return None
        hint = widget.sizeHint()
        if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
            return f"text needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
        return None
    if isinstance(widget.parentWidget(), QAbstractSpinBox):
        return None  # the spin box's own editor: the spin box itself is checked
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        # Qt's minimum for a styled field overstates; what matters is a line of text.
        need = widget.fontMetrics().height() + 12  # border and padding, both sides
        if need > size.height() + 1:
            return f"a line of text needs {need}px height, has {size.height()}"
        return None
    if isinstance(widget, QAbstractButton | QComboBox):
        hint = widget.minimumSizeHint()
        if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
            return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
    return None


def outside_window(widget: QWidget) -> bool:
    """True when part of the widget lies beyond the window's right or left edge."""
    window = widget.window()
    left = widget.mapTo(window, QPoint(0, 0)).x()
    clip = _visible_clip(widget)
    return left < -1 or left + min(widget.width(), clip) > window.width() + 1


def _visible_clip(widget: QWidget) -> int:
    """A widget inside a scroll area is only as wide as the viewport shows."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent.viewport().width()
        parent = parent.parentWidget()
    return widget.width()


def settle(times: int = 4) -> None:
    for _ in range(times):
        QApplication.processEvents()
