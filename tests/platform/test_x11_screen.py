"""The X11 screen source on a real X server (Xvfb): notices, grabs, the pointer, monitors."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable, Iterator

import pytest

from assist_agent.platform.screen import POINTER_POLL_S, PointerReading, ScreenSource
from assist_agent.platform.x11.screen import X11ScreenSource
from tests.support.timing import TIMEOUT_SCALE
from tests.video.xpaint import ColourBox

pytestmark = pytest.mark.platform

BOX = (60, 50, 160, 90)  # x, y, width, height on the first monitor


def at(reading: PointerReading | None) -> tuple[int, int] | None:
    return None if reading is None else (reading.x, reading.y)


def wait_for(predicate: Callable[[], object], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())


@pytest.fixture
def box(xdisplay: str) -> Iterator[ColourBox]:
    painted = ColourBox(*BOX)
    yield painted
    painted.close()


@pytest.fixture
def source(xdisplay: str) -> Iterator[X11ScreenSource]:
    opened = X11ScreenSource()
    opened.open()
    yield opened
    opened.close()


def drain(source: ScreenSource) -> None:
    """Forget what was drawn before the test's own drawing."""
    time.sleep(0.1)
    source.changed()


def test_source_meets_the_screen_source_interface(source: X11ScreenSource) -> None:
    """The X11 source is a ScreenSource, and Xvfb gives it DAMAGE and raw motion."""
    assert isinstance(source, ScreenSource)
    assert source.change_notices
    assert source.motion_events


def test_drawing_gives_a_change_notice_with_its_box(box: ColourBox, source) -> None:
    """Painting a box is noticed as a small change whose box covers what was painted."""
    drain(source)
    assert source.changed() == 0.0, "a still screen reported a change"
    box.fill((200, 30, 30))
    seen: list[float] = []
    assert wait_for(lambda: seen.append(source.changed()) or seen[-1] > 0)
    area = source.monitor_area(1)
    assert seen[-1] < 0.5  # a box, not the whole screen
    changed_box = source.changed_box(area)
    assert changed_box is not None
    x, y, w, h = changed_box
    bx, by, bw, bh = BOX
    assert x <= bx and y <= by and x + w >= bx + bw and y + h >= by + bh
    assert source.changed() == 0.0, "the same drawing was reported twice"


def test_grab_shows_the_painted_colours(box: ColourBox, source) -> None:
    """A grab is an H×W×4 BGRX picture of the monitor, with the painted pixels in it."""
    box.fill((200, 30, 30))
    area = source.monitor_area(1)
    picture = source.grab(area)
    assert picture.shape == (area["height"], area["width"], 4)
    assert picture.dtype.name == "uint8" and picture.flags.c_contiguous
    x, y, w, h = BOX
    assert tuple(picture[y + h // 2, x + w // 2, :3]) == (30, 30, 200)  # B, G, R
    assert tuple(picture[y + h + 5, x + w // 2, :3]) != (30, 30, 200)  # outside the box
    box.fill((20, 160, 240))
    again = source.grab(area)
    assert tuple(again[y + 1, x + 1, :3]) == (240, 160, 20)
    assert tuple(picture[y + h // 2, x + w // 2, :3]) == (30, 30, 200), "an old grab changed"


def test_grab_of_a_smaller_area_follows_it(box: ColourBox, source) -> None:
    """Grabbing another area (as after a resize) gives pictures of that area."""
    box.fill((30, 200, 40))
    x, y, w, h = BOX
    part = {"left": x, "top": y, "width": w, "height": h}
    picture = source.grab(part)  # type: ignore[arg-type]
    assert picture.shape == (h, w, 4)
    assert tuple(picture[h // 2, w // 2, :3]) == (40, 200, 30)


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10 * TIMEOUT_SCALE)


def test_pointer_is_read_after_an_xtest_move(source: X11ScreenSource) -> None:
    """An XTest move makes raw motion: the source reads the pointer at once, and a
    still pointer gives no news until it moves again."""
    xdotool("mousemove", "200", "200")  # a warp: seen at the next poll
    assert wait_for(lambda: at(source.pointer(time.monotonic())) == (200, 200))
    now = time.monotonic()  # the poll is not due: only motion gives news
    assert source.pointer(now) is None, "a still pointer was read again"
    xdotool("mousemove_relative", "--", "10", "20")  # XTest motion
    assert wait_for(lambda: at(source.pointer(now)) == (210, 220), 2.0)
    assert source.pointer(now) is None


def test_warped_pointer_is_seen_by_the_poll(source: X11ScreenSource) -> None:
    """A warp makes no motion event; the source still reports it within a poll."""
    target = (321, 123)
    xdotool("mousemove", *map(str, target))
    readings: list[PointerReading | None] = []
    assert wait_for(
        lambda: readings.append(source.pointer(time.monotonic())) or at(readings[-1]) == target,
        1.0 + POINTER_POLL_S,
    ), readings[-3:]
    assert readings[-1] == PointerReading(*target, visible=True)


WAIT_LIMIT = 10.0 * TIMEOUT_SCALE


def test_wait_ends_on_drawing_or_wake_up(box: ColourBox, source) -> None:
    """wait() sleeps until something is drawn or the wake-up socket is written."""
    drain(source)
    wake_r, wake_w = socket.socketpair()
    try:
        started = time.monotonic()
        wake_w.send(b"k")
        source.wait(WAIT_LIMIT, wake_r)  # ended by the wake-up, long before its limit
        assert time.monotonic() - started < WAIT_LIMIT / 2, "a wake-up did not end the wait"
        wake_r.recv(64)
        source.changed()
        box.fill((90, 90, 90))
        started = time.monotonic()
        source.wait(WAIT_LIMIT, wake_r)
        assert time.monotonic() - started < WAIT_LIMIT / 2, "drawing did not end the wait"
        assert source.changed() > 0
    finally:
        wake_r.close()
        wake_w.close()


def test_monitors_and_the_desktop_size(box: ColourBox, source) -> None:
    """Monitors are listed with their geometry; monitor 1 is the first, 0 the desktop."""
    from Xlib import display

    x = display.Display()
    root = x.screen().root.get_geometry()
    x.close()
    monitors = source.monitors()
    assert monitors, "no monitor"
    assert source.monitor_area(1) == monitors[0]
    desktop = source.monitor_area(0)
    assert (desktop["width"], desktop["height"]) == (root.width, root.height)
    for monitor in monitors:
        assert set(monitor) == {"left", "top", "width", "height"}
        assert monitor["width"] > 0 and monitor["height"] > 0
        assert monitor["left"] + monitor["width"] <= desktop["left"] + desktop["width"]
    box.fill((10, 10, 10))  # a damage report carries the desktop's size
    assert wait_for(lambda: source.changed() > 0 and source.screen_size() is not None)
    assert source.screen_size() == (root.width, root.height)
