"""What changed on an X11 screen: DAMAGE for drawing, XInput 2 raw motion for the pointer.

The X server's DAMAGE extension says whether anything was drawn since the last look, so
a still screen is not grabbed, converted or encoded at all. Raw motion says when the
pointer moved, so a still pointer is not read 30 times a second. Without either (another
X server, or none) the watch degrades to "always changed" and "read at every look".
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import time
from typing import Any

from ..screen import POINTER_POLL_S, Area, Box

log = logging.getLogger("assist.agent.x11.screen")


class ChangeWatch:
    """The X server's DAMAGE and pointer, read without blocking; degrades to 'always'.

    With XInput 2 raw motion the pointer is read only when it moved (and every
    POINTER_POLL_S, for warps, which make no raw motion); without it, at every look."""

    def __init__(self) -> None:
        self.available = False
        self.motion_events = False
        self._display: Any = None
        self._damage: int | None = None
        self._root: Any = None
        self._geometry: tuple[int, int] | None = None
        self._damaged = 0.0
        self._box: Box | None = None
        self._drawn_box: Box | None = None
        self._moved = True
        self._pointer_at = 0.0
        try:
            from Xlib import display
            from Xlib.ext import damage

            self._display = display.Display()
            self._root = self._display.screen().root
            if self._display.has_extension("DAMAGE"):
                self._display.damage_query_version()
                self._damage = self._root.damage_create(damage.DamageReportBoundingBox)
                self._display.sync()
                self.available = True
        except Exception as exc:  # no X server, no python-xlib, no DAMAGE: grab always
            log.info("no X DAMAGE (%s): every grab is compared instead", exc)
        if self.available:
            try:
                from Xlib.ext import xinput

                if self._display.has_extension("XInputExtension"):
                    self._root.xinput_select_events(
                        [(xinput.AllMasterDevices, xinput.RawMotionMask)]
                    )
                    self._display.sync()
                    self.motion_events = True
            except Exception as exc:  # no XInput 2: the pointer is read at every look
                log.info("no XInput 2 raw motion (%s): the pointer is polled", exc)

    def __enter__(self) -> ChangeWatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._display is not None:
            with contextlib.suppress(Exception):
                self._display.close()
        self._display = None

    def _drain(self) -> None:
        """Take every event the server has sent so far."""
        while self._display.pending_events():
            event = self._display.next_event()
            if hasattr(event, "drawable_geometry"):
                root, box = event.drawable_geometry, event.area
                self._geometry = (root.width, root.height)
                fraction = box.width * box.height / max(root.width * root.height, 1)
                self._damaged = max(self._damaged, min(fraction, 1.0), 1e-6)
                self._box = _union(self._box, (box.x, box.y, box.width, box.height))
            else:  # raw motion (the only other event selected)
                self._moved = True

    def changed(self) -> float:
        """How much was drawn since the last call, as a fraction of the screen (bounding
        box); 0.0 for nothing, 1.0 when it cannot tell."""
        if not self.available:
            return 1.0
        self._drain()
        damaged, self._damaged = self._damaged, 0.0
        self._drawn_box, self._box = self._box, None
        if damaged:
            self._display.damage_subtract(self._damage)
            self._display.flush()
        return damaged

    def box(self, area: Area) -> Box | None:
        """Where the last `changed()` saw drawing (x, y, w, h in the shared monitor's
        pixels); None when it cannot tell."""
        if self._drawn_box is None:
            return None
        x, y, w, h = self._drawn_box
        return x - area["left"], y - area["top"], w, h

    def geometry(self) -> tuple[int, int] | None:
        """The root window's size as the last damage report gave it (None: no news)."""
        return self._geometry

    def pointer(self, now: float | None = None) -> tuple[int, int] | None:
        """The pointer's position; None if there is no news (or no X server)."""
        if self._root is None:
            return None
        if self.motion_events and now is not None:
            self._drain()
            if not self._moved and now - self._pointer_at < POINTER_POLL_S:
                return None
            self._moved, self._pointer_at = False, now
        try:
            reply = self._root.query_pointer()
        except Exception:
            return None
        return int(reply.root_x), int(reply.root_y)

    def wait(self, timeout: float, kick: socket.socket) -> None:
        """Sleep until the X server sends an event, `kick` is readable, or `timeout`."""
        if self._display is None:
            time.sleep(timeout)
            return
        if self._display.pending_events():
            return
        with contextlib.suppress(OSError, ValueError):
            select.select([self._display.fileno(), kick], [], [], max(timeout, 0.0))


def _union(a: Box | None, b: Box) -> Box:
    if a is None:
        return b
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return x0, y0, x1 - x0, y1 - y0
