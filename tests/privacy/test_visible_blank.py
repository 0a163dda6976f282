"""Protected windows that are visible but NOT focused, with both real apps under Xvfb:
when the organisation chose `blank_protected`, the bank window is grey in the supporter's
decoded pictures wherever it is, focused or not, and the rest of the screen is not;
without that choice it is shown (its input is still protected)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from assist_client.texts import refused_text
from tests.privacy.windows import TitledProbe, arrives, click, controlling, focus, privacy_state
from tests.support.apps import run_scenario
from tests.support.display import SCREEN
from tests.support.timing import until

pytestmark = [pytest.mark.privacy, pytest.mark.e2e]

BACKDROP_RECT = (20, 400, 900, 260)  # light grey under the bank, wherever it moves
BANK_RECT = (40, 420, 260, 200)
MOVED_TO = (330, 430)
OTHER_RECT = (620, 420, 280, 200)
BANK_COLOUR = "#2040c0"  # a blue that neither the blank nor the light windows have


@pytest.fixture
def windows(qtbot):
    def make(title: str, rect: tuple[int, int, int, int], colour: str | None = None):
        probe = TitledProbe(title, rect)
        if colour is not None:  # the lower two thirds (the test's style sheet wins)
            paint = QLabel(probe)
            paint.setStyleSheet(f"QLabel {{ background: {colour}; }}")
            paint.setGeometry(0, rect[3] // 3, rect[2], rect[3] - rect[3] // 3)
        qtbot.addWidget(probe)
        probe.show()
        qtbot.waitExposed(probe)
        return probe

    backdrop = make("Taustakuva", BACKDROP_RECT)
    bank = make("Kirjaudu - OP - Mozilla Firefox", BANK_RECT, BANK_COLOUR)
    other = make("Muistio", OTHER_RECT)
    return backdrop, bank, other


def patch(supporter, x: int, y: int) -> np.ndarray | None:
    """The mean colour of a small patch of the supporter's decoded picture at (x, y)."""
    frame = supporter.view.frame
    if frame is None:
        return None
    return frame[y - 4 : y + 4, x - 4 : x + 4].reshape(-1, frame.shape[2]).mean(0)


def looks(supporter, x: int, y: int, kind: str) -> bool:
    rgb = patch(supporter, x, y)
    if rgb is None:
        return False
    spread = float(rgb.max() - rgb.min())
    if kind == "grey":  # the blank (128 in every channel)
        return bool(abs(rgb - 128).max() < 20)
    if kind == "light":  # the backdrop and the editor
        return bool(rgb.min() > 200)  # the probes' own light background
    return spread > 80  # "blue": the bank's own colour, clearly not grey


def centre(rect: tuple[int, int, int, int]) -> tuple[int, int]:
    x, y, w, h = rect
    return x + w // 2, y + h // 2


def test_visible_unfocused_bank_window_is_blanked(qtbot, qloop, apps, windows):
    """blank_protected: the bank window behind the focused editor is grey in the decoded
    pictures, the editor and the backdrop are not; moving the bank moves the grey;
    closing it shows the backdrop again; clicks at it are still refused."""
    server, home, supporter = apps
    home.protection = ((), True)
    backdrop, bank, other = windows
    at_bank, at_other = centre(BANK_RECT), centre(OTHER_RECT)
    moved = (MOVED_TO[0] + BANK_RECT[2] // 2, MOVED_TO[1] + BANK_RECT[3] // 2)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(other)
        await until(lambda: looks(supporter, *at_bank, "grey"), 10, "the bank blanked")
        assert looks(supporter, *at_other, "light")  # the focused editor is shown
        assert looks(supporter, 60, 640, "light")  # the backdrop below the bank too
        assert privacy_state(home).protected is None  # not focused: input as before
        for _ in range(50):  # every picture meanwhile keeps it grey
            assert looks(supporter, *at_bank, "grey")
            await asyncio.sleep(0.02)
        await arrives(supporter, other)  # the editor still takes clicks and keys

        bank.move(*MOVED_TO)  # the home user moves the bank window
        await until(lambda: looks(supporter, *moved, "grey"), 10, "the blank moved along")
        await until(lambda: looks(supporter, *at_bank, "light"), 10, "the old place shown")
        click(supporter, moved[0] / (SCREEN[0] - 1), moved[1] / (SCREEN[1] - 1))
        await until(lambda: supporter.view_status.text() == refused_text("protected"), 5, "refused")
        assert bank.received()[0] == 0

        bank.close()  # the bank closed: nothing of the screen is blanked any more
        await until(lambda: looks(supporter, *moved, "light"), 10, "the backdrop shown")
        await until(lambda: privacy_state(home).blank_rects == (), 5, "no blank left")

    run_scenario(qloop, scenario(), home, supporter)


def test_without_the_choice_the_unfocused_bank_is_shown(qtbot, qloop, apps, windows):
    """Without blank_protected the bank window is seen as it is; a click at it is still
    refused (input protection does not depend on the choice)."""
    server, home, supporter = apps
    backdrop, bank, other = windows
    at_bank = centre(BANK_RECT)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(other)
        try:
            await until(lambda: looks(supporter, *at_bank, "blue"), 10, "the bank seen")
        except AssertionError as exc:
            raise AssertionError(f"{exc}: {patch(supporter, *at_bank)}") from None
        assert privacy_state(home).blank_rects == ()
        sink = home.session.live.input_sink
        refused = sink.dropped.by_reason.get("protected", 0)
        click(supporter, at_bank[0] / (SCREEN[0] - 1), at_bank[1] / (SCREEN[1] - 1))
        await until(
            lambda: sink.dropped.by_reason.get("protected", 0) > refused, 10, "click refused"
        )
        await asyncio.sleep(0.3)
        assert bank.received()[0] == 0 and other.isActiveWindow()
        assert looks(supporter, *at_bank, "blue")

    run_scenario(qloop, scenario(), home, supporter)
