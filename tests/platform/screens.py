"""Extra Xvfb screens for the portable, multi-monitor and HiDPI tests.

One large Xvfb screen split into RandR monitors (`xrandr --setmonitor`, STACK-NOTES):
mss then lists the whole area and each monitor. Coloured override-redirect windows
paint known pixels; a window that takes every button press reads where clicks land.
Everything here talks to its own display, never the Qt tests' one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import Xlib.display
import Xlib.X

from tests.support.processes import stop
from tests.support.requires import require
from tests.support.timing import TIMEOUT_SCALE


@dataclass(frozen=True)
class Monitor:
    name: str
    width: int
    height: int
    left: int
    top: int = 0


@contextmanager
def xvfb_screen(width: int, height: int, monitors: tuple[Monitor, ...] = ()) -> Iterator[str]:
    """An Xvfb display of this size (split into these RandR monitors); yields ":N"."""
    require("Xvfb", shutil.which("Xvfb") is not None, "scripts/setup.sh installs xvfb")
    if monitors:
        require("xrandr", shutil.which("xrandr") is not None, "x11-xserver-utils (setup.sh)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
         "-noreset", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        display = f":{number}"
        env = dict(os.environ, DISPLAY=display)
        for index, m in enumerate(monitors):
            # millimetres only matter for DPI; 96 dpi-ish keeps xrandr quiet
            geometry = f"{m.width}/{m.width * 254 // 960}x{m.height}/{m.height * 254 // 960}"
            output = "screen" if index == 0 else "none"
            subprocess.run(
                ["xrandr", "--setmonitor", m.name, f"{geometry}+{m.left}+{m.top}", output],
                env=env, check=True, timeout=10 * TIMEOUT_SCALE, capture_output=True,
            )  # fmt: skip
        yield display
    finally:
        stop(proc)


@contextmanager
def connected(display: str) -> Iterator[Any]:
    conn = Xlib.display.Display(display)
    try:
        yield conn
    finally:
        conn.close()


def paint(conn: Any, rect: tuple[int, int, int, int], rgb: tuple[int, int, int]) -> Any:
    """An override-redirect window of one colour at (x, y, w, h); returns it."""
    screen = conn.screen()
    pixel = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2]  # TrueColor, 24 bits
    window = screen.root.create_window(
        rect[0], rect[1], rect[2], rect[3], 0, screen.root_depth,
        background_pixel=pixel, override_redirect=True,
        event_mask=Xlib.X.ExposureMask,
    )  # fmt: skip
    window.map()
    conn.sync()
    return window


def click_catcher(conn: Any, width: int, height: int) -> Any:
    """A window over the whole screen that takes button presses (read with `clicks`)."""
    screen = conn.screen()
    window = screen.root.create_window(
        0, 0, width, height, 0, screen.root_depth,
        background_pixel=screen.white_pixel, override_redirect=True,
        event_mask=Xlib.X.ButtonPressMask,
    )  # fmt: skip
    window.map()
    conn.sync()
    return window


def clicks(conn: Any, count: int, timeout: float = 5.0) -> list[tuple[int, int]]:
    """The root positions of the next `count` button presses on `conn`'s windows."""
    found: list[tuple[int, int]] = []
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while len(found) < count and time.monotonic() < deadline:
        while conn.pending_events():
            event = conn.next_event()
            if event.type == Xlib.X.ButtonPress:
                found.append((event.root_x, event.root_y))
        time.sleep(0.01)
    return found


def pointer(conn: Any) -> tuple[int, int]:
    reply = conn.screen().root.query_pointer()
    return reply.root_x, reply.root_y


def pressed_keycodes(conn: Any) -> list[int]:
    keymap = conn.query_keymap()
    return [i * 8 + bit for i, byte in enumerate(keymap) for bit in range(8) if byte >> bit & 1]
