"""The helper app's own windows on a portal desktop: the supporter's presses are dropped.

On X11 the input sink knows where the app's windows are and refuses to inject there
(`ProtectedWindows`, issue 15 item 9). A Wayland program is told neither where its
windows are on the screen nor whether an event was injected. What the app does know:
the portal sink injects every press itself, and notes when (`injections.py`). So a
button or key press (or release, or wheel) that reaches one of the app's own widgets
stamped within `AFTER_S` of an injection is taken for the supporter's and dropped
before the widget sees it. Every window of this process is ours; the guard needs no
list of them.

Exempt are the buttons that only take access away (Stop, Take back control, Decline,
Do not allow, Not now, End call): the supporter has their own way to end anyway, and
the home user's Stop must work even right after one of the supporter's clicks.

What remains (docs/PLATFORMS.md, docs/SECURITY.md): a home user's own press within
`AFTER_S` (1 s) after one of the supporter's is dropped too (they press again); a supporter's
press delayed by more than that in the desktop would get through; the app still
cannot see injected pointer motion (hover) and does not need to.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QWidget

from .injections import injected_near

log = logging.getLogger("assist.agent.platform.portal")

_PRESSES = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.Wheel, QEvent.Type.ShortcutOverride,
})  # fmt: skip
# A key's ShortcutOverride comes first: accepted and dropped, no shortcut of the app
# fires on it (Alt+letter on a button, say), and the key itself is dropped next.
EXEMPT_SUFFIXES = ("Stop", "TakeBack")
EXEMPT_NAMES = frozenset({"declineButton", "denyControlButton", "callNotNow", "callEnd"})


def exempt(widget: QWidget) -> bool:
    """A control that only takes access away (see the module text)."""
    name = widget.objectName()
    return name in EXEMPT_NAMES or name.endswith(EXEMPT_SUFFIXES)


class InjectedInputGuard(QObject):
    """App-wide event filter: drops the portal sink's presses on the app's own widgets."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dropped = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            event.type() not in _PRESSES
            or not isinstance(watched, QWidget)
            or not isinstance(event, QInputEvent)
            or exempt(watched)
        ):
            return False
        if not injected_near(event.timestamp()):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        self.dropped += 1
        log.info("dropped the supporter's %s on the app's own %s",
                 event.type().name, watched.objectName() or type(watched).__name__)  # fmt: skip
        return True
