"""Which top-level window is at a point of the X screen, and what is it called.

Used by the privacy check before the supporter's press or wheel is injected (issue 19):
a protected window that is NOT focused must not take a click either (the click would
land in it and focus it). One `XTranslateCoordinates` on the root gives the root's
mapped child that contains the point — the X server honours input shapes, so the
helper app's click-through overlays are passed over, as the click itself would be. That
child is the client window, or a window manager's frame around one (the client is the
child with `WM_STATE`, as in `focus.py`). Its title is `_NET_WM_NAME`, else `WM_NAME`.

The helpers below are shared with the focus watch, so both name a window the same way
(same native id, same title), and a window the home user marked by its focused id is
recognised under the pointer too.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import Xlib.display
import Xlib.error
import Xlib.X

from ..focus import FocusReport, Rect

log = logging.getLogger("assist.agent.x11.window_at")

ATOM_NAMES = ("_NET_ACTIVE_WINDOW", "_NET_WM_NAME", "_NET_WM_PID", "UTF8_STRING", "WM_STATE")


def intern_atoms(display: Any) -> dict[str, int]:
    return {name: display.intern_atom(name) for name in ATOM_NAMES}


def client_of(window: Any, atoms: dict[str, int]) -> Any:
    """The client window of a top-level: itself, or the child with WM_STATE inside a
    window manager's frame."""
    if window.get_full_property(atoms["WM_STATE"], Xlib.X.AnyPropertyType) is None:
        for child in window.query_tree().children:
            if child.get_full_property(atoms["WM_STATE"], Xlib.X.AnyPropertyType):
                return child
    return window


def title_of(window: Any, atoms: dict[str, int]) -> str:
    """`_NET_WM_NAME` (UTF-8), else `WM_NAME`; "" when it has none."""
    name = window.get_full_property(atoms["_NET_WM_NAME"], atoms["UTF8_STRING"])
    if name is not None and name.value:
        value = name.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    legacy = window.get_wm_name()
    if isinstance(legacy, bytes):
        return legacy.decode("latin-1", "replace")
    return legacy or ""


def rect_of(window: Any, root: Any) -> Rect:
    """The window's rectangle in desktop pixels."""
    geometry = window.get_geometry()
    origin = window.translate_coords(root, 0, 0)
    return (-origin.x, -origin.y, geometry.width, geometry.height)


class X11WindowLookup:
    """`window_at` on an X connection of its own, opened on first use. Any thread may
    call it; calls take turns (one connection, one request at a time)."""

    def __init__(self, display_name: str | None = None) -> None:
        self._display_name = display_name
        self._lock = threading.Lock()
        self._display: Any = None
        self._atoms: dict[str, int] = {}
        self._closed = False

    def window_at(self, x: int, y: int) -> FocusReport | None:
        """The top-level window at desktop pixel (x, y): FocusReport(None) over the bare
        desktop; None when it cannot be told (no X server, the window vanished twice)."""
        with self._lock:
            if self._closed:
                return None
            for _ in range(2):  # a window may vanish between two requests: ask again
                try:
                    return self._lookup(x, y)
                except (Xlib.error.XError, Xlib.error.BadWindow):
                    continue
                except Exception:  # the connection broke: open a new one next time
                    log.info("window lookup failed", exc_info=True)
                    self._drop_display()
                    return None
            return None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._drop_display()

    def _lookup(self, x: int, y: int) -> FocusReport:
        if self._display is None:
            self._display = Xlib.display.Display(self._display_name)
            self._atoms = intern_atoms(self._display)
        root = self._display.screen().root
        child = root.translate_coords(root, int(x), int(y)).child
        if not child:  # 0 (None): no window there, only the root
            return FocusReport(None)
        client = client_of(child, self._atoms)
        return FocusReport(client.id, title_of(client, self._atoms), rect_of(client, root))

    def _drop_display(self) -> None:
        display, self._display = self._display, None
        if display is not None:
            try:
                display.close()
            except Exception:
                log.debug("closing the lookup's X connection failed", exc_info=True)
