"""Turns the supporter's mouse and keyboard on the remote view into protocol messages.

Pure functions and small objects, no widgets: the view calls them from its events.
Keys go as characters when they type text (so "äöå€" and Arabic arrive right whatever
the two keyboard layouts are) and as named keys with modifiers for shortcuts. A
shortcut is sent whole (modifiers down, key, modifiers up), so no key stays held if
the connection drops in the middle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, Qt

Message = tuple[str, dict[str, Any]]

NAMED = {
    Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab",
    Qt.Key.Key_Backtab: "tab", Qt.Key.Key_Escape: "escape", Qt.Key.Key_Backspace: "backspace",
    Qt.Key.Key_Delete: "delete", Qt.Key.Key_Insert: "insert", Qt.Key.Key_Home: "home",
    Qt.Key.Key_End: "end", Qt.Key.Key_PageUp: "page_up", Qt.Key.Key_PageDown: "page_down",
    Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right", Qt.Key.Key_Menu: "menu",
    **{getattr(Qt.Key, f"Key_F{n}"): f"f{n}" for n in range(1, 13)},
}  # fmt: skip
MODIFIER_KEYS = {
    Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
}  # fmt: skip
MODIFIERS = (
    (Qt.KeyboardModifier.ControlModifier, "ctrl"),
    (Qt.KeyboardModifier.AltModifier, "alt"),
    (Qt.KeyboardModifier.MetaModifier, "meta"),
    (Qt.KeyboardModifier.ShiftModifier, "shift"),
)
BUTTONS = {
    Qt.MouseButton.LeftButton: "left",
    Qt.MouseButton.RightButton: "right",
    Qt.MouseButton.MiddleButton: "middle",
}


def to_fraction(pos: QPointF, image: QRect) -> tuple[float, float] | None:
    """A point on the view → fractions (0…1) of the shared picture; None outside it."""
    if image.isEmpty():
        return None
    x = (pos.x() - image.x()) / image.width()
    y = (pos.y() - image.y()) / image.height()
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        return None
    return round(x, 5), round(y, 5)


def key_messages(key: int, modifiers: Qt.KeyboardModifier, text: str) -> list[Message]:
    """One key press on the view → the messages that reproduce it on the home screen."""
    if key in MODIFIER_KEYS:
        return []
    held = [name for flag, name in MODIFIERS if modifiers & flag]
    shortcut = [name for name in held if name != "shift"]
    name = NAMED.get(Qt.Key(key)) if key in NAMED else None
    if name is None and not shortcut and text and text.isprintable():
        return [("text", {"text": text})]
    if name is None:
        name = _plain_key(key)
        if name is None:
            return []
    downs = [("key", {"action": "down", "key": mod}) for mod in held]
    ups = [("key", {"action": "up", "key": mod}) for mod in reversed(held)]
    return [*downs, ("key", {"action": "press", "key": name}), *ups]


def _plain_key(key: int) -> str | None:
    """Letters and digits for shortcuts like Ctrl+C (lower case: layout-independent)."""
    if Qt.Key.Key_A <= key <= Qt.Key.Key_Z or Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        return chr(key).lower()
    if key == Qt.Key.Key_Space:
        return "space"
    return None


class StrokeBuilder:
    """Collects a drag into `draw` messages, sent in small batches while drawing."""

    BATCH = 8

    def __init__(self) -> None:
        self._next_id = 0
        self.stroke: int | None = None
        self._pending: list[list[float]] = []
        self.moved = False
        self._start: tuple[float, float] | None = None

    def begin(self, point: tuple[float, float]) -> None:
        self.stroke = self._next_id
        self._next_id += 1
        self._pending = [list(point)]
        self._start = point
        self.moved = False

    def add(self, point: tuple[float, float]) -> Message | None:
        if self.stroke is None:
            return None
        if (
            self._start is not None
            and max(abs(point[0] - self._start[0]), abs(point[1] - self._start[1])) > 0.004
        ):
            self.moved = True
        self._pending.append(list(point))
        if len(self._pending) >= self.BATCH:
            return self._flush(end=False)
        return None

    def end(self) -> Message | None:
        """Finish the stroke; a click without movement becomes a 'look here'."""
        if self.stroke is None:
            return None
        if not self.moved and self._start is not None:
            x, y = self._start
            self.stroke = None
            return ("look", {"x": x, "y": y})
        return self._flush(end=True)

    def _flush(self, *, end: bool) -> Message:
        assert self.stroke is not None
        points, self._pending = self._pending, self._pending[-1:]
        message = ("draw", {"points": points, "stroke": self.stroke, "end": end})
        if end:
            self.stroke = None
        return message
