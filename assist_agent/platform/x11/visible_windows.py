"""Every top-level window the X screen shows, with its title and rectangle (issue 19).

When the organisation chose to blank protected windows (`blank_protected` in
assist.toml), a bank page visible behind another window must be blanked too, not only
the focused one. This watch reports, on a thread and X connection of its own, the
mapped and viewable children of the root (client windows, or a window manager's frames
around them) as `FocusReport(client id, client title, rectangle)`; the privacy policy
picks the protected ones. The rectangle is the top-level's own (a frame's includes its
decorations), never trimmed by windows stacked above it: blanking the whole of it is
the safe choice.

Cheap by events, not per frame: the root's `SubstructureNotify` (a top-level mapped,
unmapped, created, destroyed, reparented, moved or resized) and `PropertyNotify` (the
window manager's `_NET_CLIENT_LIST_STACKING`), and each client's `PropertyNotify` for its
title. A move or resize only updates that window's rectangle from the event itself (no
round trip); the rest rescans the root's children (`rescan`, a few round trips per
window). A report goes out only when the list changed. `LOOK_EVERY` seconds without
events a rescan runs anyway (a missed event costs at most that long).
"""

from __future__ import annotations

import logging
import select
import threading
import time
from typing import Any

import Xlib.display
import Xlib.error
import Xlib.X
import Xlib.Xatom

from ..focus import FocusReport, WindowsCallback
from .window_at import client_of, intern_atoms, title_of

log = logging.getLogger("assist.agent.x11.visible_windows")

LOOK_EVERY = 5.0
_RESCAN_EVENTS = (
    Xlib.X.MapNotify,
    Xlib.X.UnmapNotify,
    Xlib.X.DestroyNotify,
    Xlib.X.ReparentNotify,
    Xlib.X.CreateNotify,
)


class X11VisibleWindows:
    """Reports the viewable top-level windows whenever they change (and once at start)."""

    def __init__(self, on_windows: WindowsCallback, display_name: str | None = None) -> None:
        self._on_windows = on_windows
        self._display_name = display_name
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread: threading.Thread | None = None
        self._display: Any = None
        # top-level id → [client id, title, rect]; only viewable ones
        self._windows: dict[int, list[Any]] = {}
        self._client_top: dict[int, int] = {}  # client id → its top-level's id
        self._selected: set[int] = set()  # clients whose title changes we hear
        self.last: tuple[FocusReport, ...] | None = None
        self.rescans = 0  # how many full rescans ran (the figure in PERFORMANCE.md)
        self.rescan_seconds = 0.0  # their total time

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="x11-windows", daemon=True)
        self._thread.start()
        self._started.wait(5.0)

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2.0)

    # -- the watch's thread -------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._display = Xlib.display.Display(self._display_name)
            self._root = self._display.screen().root
            self._root.change_attributes(
                event_mask=Xlib.X.SubstructureNotifyMask | Xlib.X.PropertyChangeMask
            )
            self._atoms = intern_atoms(self._display)
            self._stacking = self._display.intern_atom("_NET_CLIENT_LIST_STACKING")
            self._titles = {self._atoms["_NET_WM_NAME"], Xlib.Xatom.WM_NAME}
            self.rescan()
            self._report()
        except Exception:
            log.exception("the visible-windows watch could not start")
            self._started.set()
            return
        self._started.set()
        try:
            while not self._stop.is_set():
                readable, _, _ = select.select([self._display], [], [], LOOK_EVERY)
                rescan = not readable
                while self._display.pending_events():
                    rescan = self._handle(self._display.next_event()) or rescan
                if self._stop.is_set():
                    break
                if rescan:
                    self.rescan()
                self._report()
        except Exception:  # the X server went away: nothing more to report
            log.info("visible-windows watch ended", exc_info=True)
        finally:
            self._display.close()

    def _handle(self, event: Any) -> bool:
        """Apply one event; True when only a rescan can tell what changed."""
        kind = event.type
        if kind == Xlib.X.ConfigureNotify:
            known = self._windows.get(event.window.id)
            if known is not None:
                border = 2 * event.border_width
                known[2] = (event.x, event.y, event.width + border, event.height + border)
            return False
        if kind == Xlib.X.PropertyNotify:
            if event.window.id == self._root.id:
                return bool(event.atom == self._stacking)
            top = self._client_top.get(event.window.id)
            if top is not None and event.atom in self._titles and top in self._windows:
                try:
                    self._windows[top][1] = title_of(event.window, self._atoms)
                except (Xlib.error.XError, Xlib.error.BadWindow):
                    return True
            return False
        return kind in _RESCAN_EVENTS

    def rescan(self) -> None:
        """Read the root's viewable children afresh (the watch's thread only)."""
        began = time.perf_counter()
        windows: dict[int, list[Any]] = {}
        for child in self._root.query_tree().children:
            try:
                attributes = child.get_attributes()
                if attributes.map_state != Xlib.X.IsViewable:
                    continue
                if attributes.win_class == Xlib.X.InputOnly:
                    continue
                client = client_of(child, self._atoms)
                if client.id not in self._selected:  # before reading: no change is missed
                    client.change_attributes(event_mask=Xlib.X.PropertyChangeMask)
                    self._selected.add(client.id)
                title = title_of(client, self._atoms)
                geometry = child.get_geometry()
            except (Xlib.error.XError, Xlib.error.BadWindow):
                continue  # it went away meanwhile: the event that says so comes next
            border = 2 * geometry.border_width
            rect = (geometry.x, geometry.y, geometry.width + border, geometry.height + border)
            windows[child.id] = [client.id, title, rect]
        self._windows = windows
        self._client_top = {entry[0]: top for top, entry in windows.items()}
        self._selected &= set(self._client_top)
        self.rescans += 1
        self.rescan_seconds += time.perf_counter() - began

    def _report(self) -> None:
        report = tuple(
            FocusReport(client, title, rect) for client, title, rect in self._windows.values()
        )
        if report != self.last:
            self.last = report
            self._on_windows(report)
