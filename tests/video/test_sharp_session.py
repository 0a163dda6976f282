"""Sharp still pictures in whole sessions (server, home user, supporter, Xvfb): a still
screen reaches the supporter pixel for pixel, a change never leaves old sharp cells on
show, and pausing takes every sharp cell away."""

from __future__ import annotations

import asyncio

import mss
import numpy as np
import pytest

from tests.support.timing import until

from .test_video_session import BOX, Session, run_session
from .xpaint import ColourBox

pytestmark = pytest.mark.e2e

RED, BLUE = (200, 30, 30), (30, 30, 220)


@pytest.fixture
def box(xdisplay: str):
    painted = ColourBox(*BOX)
    painted.fill(RED)
    yield painted
    painted.close()


def screen_rgb(s: Session) -> np.ndarray:
    """The shared screen as the X server has it, at the video's (even) size."""
    area = s.home.capture.area
    with mss.mss() as grabber:
        shot = np.frombuffer(grabber.grab(area).raw, np.uint8).reshape(
            area["height"], area["width"], 4
        )
    return shot[: area["height"] & ~1, : area["width"] & ~1, 2::-1]


def exact(s: Session) -> bool:
    return s.frame is not None and np.array_equal(s.frame, screen_rgb(s))


def box_colour(frame: np.ndarray) -> np.ndarray:
    x, y, w, h = BOX
    return frame[y + h // 2, x + w // 2].astype(int)


def test_a_still_screen_arrives_pixel_for_pixel(box) -> None:
    async def scenario(s: Session) -> None:
        await until(lambda: exact(s), 10, "the exact screen")
        assert s.supporter.sharp_applied > 0  # it came over the sharp channel
        assert not [r for r in s.supporter.dropped.by_reason if r.startswith("sharp")]

    asyncio.run(run_session(scenario))


def test_a_change_never_leaves_old_sharp_cells_on_show(box) -> None:
    async def scenario(s: Session) -> None:
        await until(lambda: exact(s), 10, "the exact red screen")
        seen: list[np.ndarray] = []
        keep = s.on_frame

        def record(frame: np.ndarray) -> None:
            seen.append(box_colour(frame))
            keep(frame)

        s.supporter._on_frame = record
        for colour in (BLUE, RED, BLUE):  # change, change back, change again
            box.fill(colour)
            await until(lambda: exact(s), 10, "the exact screen after a change")
            await asyncio.sleep(0.3)
        colours = [tuple(c) for c in seen]
        last_red = max(i for i, c in enumerate(colours) if np.abs(np.array(c) - RED).max() < 40)
        # After the last change to blue, red never came back (no stale sharp cell).
        assert all(np.abs(np.array(c) - BLUE).max() < 40 for c in colours[last_red + 1 :])
        assert len(colours) > last_red + 1

    asyncio.run(run_session(scenario))


@pytest.mark.security
def test_pausing_takes_every_sharp_cell_away(box) -> None:
    async def scenario(s: Session) -> None:
        await until(lambda: exact(s), 10, "the exact screen")
        s.home.pause()
        await until(lambda: s.supporter.share_state == "paused", 5, "paused")
        await until(lambda: not s.shows(RED), 5, "the paused picture")
        box.fill(BLUE)  # drawn while paused: must not reach the supporter
        await asyncio.sleep(1.0)
        assert not s.shows(RED) and not s.shows(BLUE)
        s.home.resume()
        await until(lambda: exact(s), 10, "the exact screen after the pause")
        assert s.shows(BLUE)

    asyncio.run(run_session(scenario))


def test_what_rests_goes_sharp_while_something_else_keeps_moving(box, xdisplay) -> None:
    """A spinner keeps turning (the red box changes colour 30 times a second); a panel
    drawn once elsewhere still reaches the supporter pixel for pixel."""
    import threading

    panel = ColourBox(600, 400, 300, 200)
    stop = threading.Event()

    def spin() -> None:
        spinner = ColourBox(*BOX)
        i = 0
        while not stop.is_set():
            spinner.fill(RED if i % 2 else BLUE)
            i += 1
            stop.wait(1 / 30)
        spinner.close()

    region = (slice(380, 620), slice(580, 920))  # the panel, its edges and background

    def panel_exact(s: Session) -> bool:
        return s.frame is not None and np.array_equal(s.frame[region], screen_rgb(s)[region])

    async def scenario(s: Session) -> None:
        spinner = threading.Thread(target=spin, daemon=True)
        spinner.start()
        try:
            await asyncio.sleep(0.5)
            panel.fill((40, 160, 60))
            await until(lambda: panel_exact(s), 10, "the resting panel, exact")
            assert spinner.is_alive()  # it kept moving all along
        finally:
            stop.set()
            spinner.join(2)

    try:
        asyncio.run(run_session(scenario))
    finally:
        panel.close()
