"""The capture on a real X display while something keeps painting: from the moment
`set_paused(True)` or `set_blank(...)` returns, no picture of what is hidden is offered
to the encoder, and no sharp picture taken before stays queued."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from assist_agent.capture import ScreenCapture
from assist_agent.privacy_capture import BLANK_GREY
from tests.support.timing import TIMEOUT_SCALE
from tests.video.xpaint import ColourBox

pytestmark = [pytest.mark.privacy, pytest.mark.e2e]

BOX = (100, 100, 320, 200)
WATCH_S = 1.5


def centre_rgb(cap: ScreenCapture) -> np.ndarray | None:
    _, frame = cap.newest()
    if frame is None:
        return None
    rgb = frame.to_ndarray(format="rgb24")
    x, y, w, h = BOX
    return (
        rgb[y + h // 2 - 4 : y + h // 2 + 4, x + w // 2 - 4 : x + w // 2 + 4].reshape(-1, 3).mean(0)
    )


def wait_for(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def bright(rgb: np.ndarray | None) -> bool:
    """The painted box: one channel at full strength (it cycles red, green, blue)."""
    return rgb is not None and float(rgb.max()) > 200


@pytest.fixture
def painting(xdisplay):
    """A box repainted in a new strong colour every 10 ms, as a busy page would be."""
    box = ColourBox(*BOX)
    stop = threading.Event()

    def paint() -> None:
        colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]
        n = 0
        while not stop.is_set():
            box.fill(colours[n % 3])
            n += 1
            time.sleep(0.01)

    thread = threading.Thread(target=paint, daemon=True)
    thread.start()
    yield box
    stop.set()
    thread.join()
    box.close()


@pytest.fixture
def cap(painting):
    capture = ScreenCapture(fps=30)
    capture.start()
    capture.want_sharp()
    wait_for(lambda: bright(centre_rgb(capture)))
    yield capture
    capture.stop()


def watch_offers(cap: ScreenCapture, seconds: float) -> list[np.ndarray | None]:
    """Every picture offered to the encoder for `seconds` (by serial)."""
    seen, last = [], -1
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        serial, _ = cap.newest()
        if serial != last:
            last = serial
            seen.append(centre_rgb(cap))
        time.sleep(0.003)
    return seen


def test_pause_replaces_the_newest_frame_at_once(cap):
    """A private moment: the newest frame is the paused picture when the call returns,
    and every picture offered meanwhile is, while the screen keeps changing."""
    cap.set_paused(True)
    assert not bright(centre_rgb(cap))
    assert cap.private
    offers = watch_offers(cap, WATCH_S)
    assert offers and not any(bright(rgb) for rgb in offers)
    cap.set_paused(False)
    wait_for(lambda: bright(centre_rgb(cap)))


def test_blank_withholds_then_offers_only_masked_pictures(cap):
    """A password field's rectangle: nothing is offered until a masked grab exists, then
    only grey there; after the blank ends the box shows again."""
    cap.set_blank(False, (BOX,))
    rgb = centre_rgb(cap)
    assert rgb is None or not bright(rgb)
    if cap.sharp is not None:
        assert cap.sharp.pending() <= 1  # at most the capture thread's own "clear"
    wait_for(lambda: centre_rgb(cap) is not None)
    offers = watch_offers(cap, WATCH_S)
    assert offers and all(rgb is not None and np.abs(rgb - BLANK_GREY).max() < 12 for rgb in offers)
    cap.set_blank(False, ())
    wait_for(lambda: bright(centre_rgb(cap)))


def test_blank_everything(cap):
    cap.set_blank(True, ())
    assert cap.private
    wait_for(lambda: centre_rgb(cap) is not None)
    offers = watch_offers(cap, WATCH_S)
    assert offers and not any(bright(rgb) for rgb in offers)
