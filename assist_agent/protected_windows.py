"""Tells the input sink where the helper app's own windows are (issue 15, item 9).

The supporter's injected input must not operate the helper app itself — the share bar's
Stop and Pause, the settings, the "ask me again after" box — the supporter has their own
End button. `ProtectedWindows` watches the app's own windows — the ones given and every top-level
window whose parent is one of them (dialogs, settings), never the click-through
overlays — and passes their rectangles in desktop pixels and native ids
to a callback whenever one shows, hides, moves or changes size; the window then hands
them to `InputSink.set_protected`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

Rect = tuple[int, int, int, int]
PushProtected = Callable[[list[Rect], list[int]], object]

_WATCHED = frozenset({QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide})


def _click_through(widget: QWidget) -> bool:
    return bool(
        widget.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        or widget.windowFlags() & Qt.WindowType.WindowTransparentForInput
    )


def _belongs(widget: QWidget, roots: list[QWidget]) -> bool:
    at: QWidget | None = widget
    while at is not None:
        if any(at is root for root in roots):
            return True
        at = at.parentWidget()
    return False


def own_windows(roots: list[QWidget]) -> tuple[list[Rect], list[int]]:
    """The visible top-level windows among `roots` and their children that take input:
    rects in desktop pixels and native ids."""
    rects: list[Rect] = []
    ids: list[int] = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() or _click_through(widget) or not _belongs(widget, roots):
            continue
        frame = widget.frameGeometry()
        scale = widget.devicePixelRatio()
        rects.append(
            (
                round(frame.x() * scale),
                round(frame.y() * scale),
                round(frame.width() * scale),
                round(frame.height() * scale),
            )
        )
        ids.append(int(widget.winId()))
    return rects, ids


def _wayland_guard(parent: QObject) -> QObject | None:
    """On the portal backend: the filter that drops the sink's own presses on our windows
    (assist_agent/platform/portal/own_windows.py); None elsewhere."""
    from . import platform

    try:
        if platform.backend().name != "portal":
            return None
    except platform.NoBackend:
        return None
    from .platform.portal.own_windows import InjectedInputGuard

    return InjectedInputGuard(parent)


class ProtectedWindows(QObject):
    """Calls `push(rects, ids)` (on the Qt thread) when the app's windows change."""

    def __init__(
        self, push: PushProtected, roots: list[QWidget], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._push = push
        self._roots = list(roots)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # many events in one go: one push
        self._timer.timeout.connect(self.push)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        # Wayland: no rectangles to give the sink; the guard drops its presses instead.
        self._guard = _wayland_guard(self)
        if app is not None and self._guard is not None:
            app.installEventFilter(self._guard)

    def close(self) -> None:
        """The app's window closed: stop watching. (An app-wide filter costs a Python call
        for every event of the app; one left behind by each closed window added up.)"""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if self._guard is not None:
                app.removeEventFilter(self._guard)

    def push(self) -> None:
        """Pass the current windows on now."""
        self._push(*own_windows(self._roots))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() in _WATCHED
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._timer.isActive()
        ):
            self._timer.start()
        return False
