"""ScreenCapture on a real X display: still screens, changes, size changes, the pointer."""

from __future__ import annotations

import time

import pytest

from assist_agent.capture import ScreenCapture
from assist_agent.capture_timing import REFINE_SECONDS
from tests.support.timing import TIMEOUT_SCALE

from .xpaint import ColourBox, shows

pytestmark = pytest.mark.e2e

BOX = (40, 40, 200, 120)


def wait_for(predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def newest_rgb(cap: ScreenCapture):
    _, frame = cap.newest()
    return None if frame is None else frame.to_ndarray(format="rgb24")


@pytest.fixture
def box(xdisplay: str):
    painted = ColourBox(*BOX)
    yield painted
    painted.close()


@pytest.fixture
def cap(xdisplay: str):
    started = ScreenCapture(fps=30)
    yield started
    started.stop()


def screen_size(cap: ScreenCapture) -> tuple[int, int]:
    return cap.area["width"], cap.area["height"]


def test_still_screen_is_not_grabbed_and_a_later_change_is(box, cap) -> None:
    """Nothing is grabbed while the screen is still; a change after 5 s is captured."""
    box.fill((200, 30, 30))
    cap.start()
    assert wait_for(lambda: shows(newest_rgb(cap), BOX, (200, 30, 30), screen_size(cap)))
    time.sleep(0.5)  # let the first picture's damage settle
    grabs = cap.frames_captured
    time.sleep(5.0)
    assert cap.frames_captured == grabs, "a still screen was grabbed"
    box.fill((30, 30, 220))
    assert wait_for(lambda: shows(newest_rgb(cap), BOX, (30, 30, 220), screen_size(cap)), 2.0)


def test_still_picture_is_offered_again_as_keep_alive(box, cap) -> None:
    """A still screen still offers its picture about once a second (loss repair)."""
    box.fill((20, 160, 20))
    cap.start()
    assert wait_for(lambda: cap.frames_published > 0)
    time.sleep(REFINE_SECONDS + 0.3)  # refinement over
    before = cap.frames_published
    time.sleep(2.5)
    assert 1 <= cap.frames_published - before <= 4


def test_monitor_geometry_change_gives_frames_of_the_new_size(box, cap, monkeypatch) -> None:
    """When the screen's size changes, frames follow the monitor's new rectangle."""
    box.fill((240, 200, 20))
    cap.start()
    assert wait_for(lambda: cap.newest()[1] is not None)
    full = dict(cap.area)
    smaller = {"left": 0, "top": 0, "width": full["width"] // 2, "height": full["height"] // 2}
    monkeypatch.setattr(cap.source, "monitor_area", lambda monitor: dict(smaller))
    cap._root_size = (1, 1)  # as if the root window had been another size before
    box.fill((240, 100, 20))  # damage carries the root's (unchanged) size: a mismatch
    assert wait_for(lambda: cap.newest()[1].width == smaller["width"], 3.0)
    frame = cap.newest()[1]
    assert (frame.width, frame.height) == (smaller["width"] & ~1, smaller["height"] & ~1)
    rgb = frame.to_ndarray(format="rgb24")
    assert shows(rgb, BOX, (240, 100, 20), (smaller["width"], smaller["height"]))


def test_pointer_position_is_reported_as_fractions(box, cap) -> None:
    """The pointer's place is read with the grabs, as fractions of the shared monitor."""
    from Xlib import display

    d = display.Display()
    cap.start()
    width, height = screen_size(cap)
    d.screen().root.warp_pointer(width // 4, height // 2)
    d.sync()
    expected = (width // 4 / (width - 1), height // 2 / (height - 1))
    assert wait_for(
        lambda: (
            cap.pointer is not None
            and abs(cap.pointer.x - expected[0]) < 1e-3
            and abs(cap.pointer.y - expected[1]) < 1e-3
            and cap.pointer.visible
        )
    )
    d.close()
