"""A clear focus ring for custom controls, and a way out for the keyboard.

The supporter's view of the remote screen draws its own picture, so the style sheet's
focus ring cannot reach it; and while the supporter controls the remote computer, Tab
belongs to that computer. `FocusFrame` draws the ring around such a control and lets
the keyboard leave it with Ctrl+Alt+Home (the key remote-desktop tools use for this),
so the keyboard is never trapped (WCAG 2.1.2).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

LEAVE_KEY = "Ctrl+Alt+Home"


def _is_leave_key(event: QKeyEvent) -> bool:
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_Home and modifiers == wanted


class FocusFrame(QFrame):
    """Holds one control; shows the focus colour around it while it has the focus."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusFrame")
        self.setProperty("focused", False)
        self.child = child
        child.setProperty("leaveKey", LEAVE_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(child)
        child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.child:
            kind = event.type()
            if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                self._show_focus(kind == QEvent.Type.FocusIn)
            elif kind == QEvent.Type.ShortcutOverride and _is_leave_key(event):
                event.accept()  # ours: not a shortcut, and not sent to the remote screen
                return True
            elif kind == QEvent.Type.KeyPress and _is_leave_key(event):
                self.leave()
                return True
        return super().eventFilter(watched, event)

    def _show_focus(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def leave(self) -> None:
        """Move the keyboard focus to the next control after the one inside."""
        widget = self.child.nextInFocusChain()
        while widget is not None and widget is not self.child:
            if (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not self.isAncestorOf(widget)
                and widget.focusProxy() is None
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
