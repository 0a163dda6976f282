"""The X11 focus watch: the active window's title, id and rectangle.

The active window is the window manager's `_NET_ACTIVE_WINDOW` when one publishes it,
else the X input focus walked up to its top-level window (a bare X server, a kiosk).
Its title is `_NET_WM_NAME` (UTF-8), else `WM_NAME`. The watch wakes on property and
focus events of the root and the active window, and looks again every `LOOK_EVERY`
seconds anyway (a missed event costs at most that long). Password fields come from a
`password_probe` (AT-SPI, `platform/x11/focus_atspi.py`) when one is given.

`window_at(x, y)` answers which top-level window is under a point, focused or not
(`window_at.py`, on an X connection of its own: the watch's connection belongs to its
thread, and the question comes from the input worker's). `watch_windows` reports every
viewable top-level window (`visible_windows.py`, also a connection of its own), asked
only when the organisation blanks protected windows.
"""

from __future__ import annotations

import logging
import select
import threading
from collections.abc import Callable
from typing import Any

import Xlib.display
import Xlib.error
import Xlib.X

from ..focus import FocusCallback, FocusReport, PasswordField, WindowsCallback
from .visible_windows import X11VisibleWindows
from .window_at import X11WindowLookup, client_of, intern_atoms, rect_of, title_of

log = logging.getLogger("assist.agent.x11.focus")

LOOK_EVERY = 0.05
PasswordProbe = Callable[[int | None], PasswordField | None]
"""The focused password field, given the active window's process id (or None)."""


class X11FocusWatch:
    """Reports the active window (and its password field) on its own thread."""

    def __init__(self, on_focus: FocusCallback, password_probe: PasswordProbe | None = None):
        self._on_focus = on_focus
        self._probe = password_probe
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._display: Any = None
        self._watched: Any = None
        self._lookup = X11WindowLookup()
        self._windows: X11VisibleWindows | None = None
        self.last: FocusReport | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._lookup = X11WindowLookup()  # a stopped watch's lookup stays closed
        self._thread = threading.Thread(target=self._run, name="x11-focus", daemon=True)
        self._thread.start()
        self._started.wait(5.0)

    def window_at(self, x: int, y: int) -> FocusReport | None:
        """The top-level window at desktop pixel (x, y) (`platform.focus.FocusWatch`)."""
        return self._lookup.window_at(x, y)

    def watch_windows(self, on_windows: WindowsCallback) -> None:
        """Report every viewable top-level window from now on (`platform.focus`)."""
        if self._windows is None:
            self._windows = X11VisibleWindows(on_windows)
            self._windows.start()

    def stop(self) -> None:
        self._stop.set()
        self._lookup.close()
        windows, self._windows = self._windows, None
        if windows is not None:
            windows.stop()
        if self._probe is not None and hasattr(self._probe, "close"):
            self._probe.close()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2.0)

    # -- the watch's thread -------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._display = Xlib.display.Display()
            root = self._display.screen().root
            root.change_attributes(event_mask=Xlib.X.PropertyChangeMask | Xlib.X.FocusChangeMask)
            self._atoms = intern_atoms(self._display)
            self._root = root
            self._look()
        except Exception:
            log.exception("the focus watch could not start")
            self._started.set()
            return
        self._started.set()
        try:
            while not self._stop.is_set():
                readable, _, _ = select.select([self._display], [], [], LOOK_EVERY)
                while self._display.pending_events():
                    self._display.next_event()
                if not self._stop.is_set():
                    self._look()
        except Exception:  # the X server went away: nothing more to report
            log.info("focus watch ended", exc_info=True)
        finally:
            self._display.close()

    def _look(self) -> None:
        report = self._read()
        if report != self.last:
            self.last = report
            self._on_focus(report)

    def _read(self) -> FocusReport:
        try:
            window = self._active()
            if window is None:
                return FocusReport(None)
            self._watch(window)
            title = title_of(window, self._atoms)
            rect = rect_of(window, self._root)
        except (Xlib.error.XError, Xlib.error.BadWindow):
            return FocusReport(None)
        password = self._probe(self._pid(window)) if self._probe is not None else None
        return FocusReport(window.id, title, rect, password)

    def _pid(self, window: Any) -> int | None:
        prop = window.get_full_property(self._atoms["_NET_WM_PID"], Xlib.X.AnyPropertyType)
        return int(prop.value[0]) if prop is not None and len(prop.value) else None

    def _active(self) -> Any:
        root = self._root
        active = root.get_full_property(self._atoms["_NET_ACTIVE_WINDOW"], Xlib.X.AnyPropertyType)
        if active is not None and active.value and active.value[0]:
            return self._display.create_resource_object("window", int(active.value[0]))
        focus = self._display.get_input_focus().focus
        if not hasattr(focus, "id") or focus.id in (0, 1, root.id):
            return None
        return self._top_level(focus)

    def _top_level(self, window: Any) -> Any:
        """The focus window's top-level: its ancestor just below the root, or the
        client window inside a window manager's frame."""
        at = window
        while True:
            tree = at.query_tree()
            if tree.parent == 0 or tree.parent.id == self._root.id:
                break
            at = tree.parent
        return client_of(at, self._atoms)

    def _watch(self, window: Any) -> None:
        """Title changes of the active window wake the watch."""
        if self._watched is None or self._watched.id != window.id:
            window.change_attributes(event_mask=Xlib.X.PropertyChangeMask)
            self._watched = window


def make_focus_watch(on_focus: FocusCallback) -> X11FocusWatch:
    """The X11 backend's focus watch (AT-SPI password fields when the bus is there)."""
    probe: PasswordProbe | None = None
    try:
        from .focus_atspi import password_probe

        probe = password_probe()
    except Exception:  # no accessibility bus: titles only (docs/SECURITY.md says so)
        log.info("no AT-SPI password probe", exc_info=True)
    return X11FocusWatch(on_focus, probe)
