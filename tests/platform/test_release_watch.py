"""The release watch lets go of what the X server holds for the supporter when the helper
app dies without a word, and of nothing after a clean goodbye (a real X server, a real
fork). The whole path — kill -9 of a helper app holding Shift and the left button — is
tests/faults/test_link_faults.py."""

from __future__ import annotations

import os
import time

import pytest
import Xlib.display
import Xlib.ext.xtest
import Xlib.X
import Xlib.XK

from assist_agent.platform.x11.release_watch import ReleaseWatch, format_held, parse
from tests.support.timing import TIMEOUT_SCALE

pytestmark = pytest.mark.platform


def held(display: Xlib.display.Display, keycode: int) -> bool:
    keymap = display.query_keymap()
    return bool(keymap[keycode // 8] & (1 << (keycode % 8)))


def shift_pressed(display: Xlib.display.Display) -> int:
    keycode = display.keysym_to_keycode(Xlib.XK.string_to_keysym("Shift_L"))
    Xlib.ext.xtest.fake_input(display, Xlib.X.KeyPress, keycode)
    display.sync()
    assert held(display, keycode)
    return keycode


def test_the_snapshot_line_round_trips_and_bad_lines_hold_nothing() -> None:
    assert parse(format_held({62, 50}, {1})) == ([50, 62], [1])
    assert parse(format_held(set(), set())) == ([], [])
    for bad in (b"", b"K x;B 1", b"nonsense", b"K 50", b"K 3 999;B 9"):
        keys, buttons = parse(bad)
        assert all(8 <= k <= 255 for k in keys) and all(1 <= b <= 5 for b in buttons)


def test_a_dead_helper_app_leaves_nothing_held(xdisplay: str) -> None:
    display = Xlib.display.Display(xdisplay)
    try:
        keycode = shift_pressed(display)
        watch = ReleaseWatch(xdisplay)
        watch.tell({keycode}, set())
        assert watch._fd is not None
        os.close(watch._fd)  # the pipe closes with no goodbye: what kill -9 does
        deadline = time.monotonic() + 5 * TIMEOUT_SCALE
        while held(display, keycode):
            assert time.monotonic() < deadline, "Shift stayed pressed"
            time.sleep(0.05)
        assert watch.pid is not None
        os.waitpid(watch.pid, 0)
    finally:
        display.close()


def test_a_clean_goodbye_releases_nothing(xdisplay: str) -> None:
    display = Xlib.display.Display(xdisplay)
    try:
        keycode = shift_pressed(display)
        watch = ReleaseWatch(xdisplay)
        watch.tell({keycode}, set())
        watch.close()  # waits for the watcher to leave
        assert held(display, keycode), "a goodbye must not release (the sink already did)"
    finally:
        Xlib.ext.xtest.fake_input(display, Xlib.X.KeyRelease, keycode)
        display.sync()
        display.close()
