"""A supporter's drag that ends over a protected window, with both real apps under Xvfb
and a real drag and drop (XDND) between windows of another process: the drop never
lands in the bank page, and no button stays held (read from the X server)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import Xlib.display
import Xlib.X
from PySide6.QtCore import Qt

from assist_client.texts import refused_text
from tests.privacy.a11y import WindowProcess
from tests.privacy.drag_windows import BANK, PLAIN, SOURCE
from tests.privacy.windows import controlling
from tests.support.apps import run_scenario
from tests.support.display import SCREEN
from tests.support.timing import until

pytestmark = [pytest.mark.privacy, pytest.mark.e2e]

HERE = Path(__file__).parent


class DragWindows(WindowProcess):
    """drag_windows.py in its own process, and what it reported."""

    def __init__(self, display: str) -> None:
        env = {"PATH": "/usr/bin:/bin", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env["HOME"] = "/nonexistent"
        super().__init__([sys.executable, str(HERE / "drag_windows.py")], env)

    def count(self, key: str) -> int:
        return sum(1 for event in self.events if key in event)

    def drops(self) -> list[str]:
        return [event["drop"] for event in self.events if "drop" in event]


@pytest.fixture
def drag_windows(xdisplay):
    windows = DragWindows(xdisplay)
    yield windows
    windows.close()


def centre(rect: tuple[int, int, int, int]) -> tuple[int, int]:
    x, y, w, h = rect
    return x + w // 2, y + h // 2


def fraction(x: float, y: float) -> tuple[float, float]:
    return x / (SCREEN[0] - 1), y / (SCREEN[1] - 1)


async def drag(supporter, start: tuple[int, int], end: tuple[int, int]) -> None:
    """The supporter presses at `start`, moves in steps to `end` and lets go there."""
    send = supporter.session.link.send
    send("mouse", action="down", button="left", x=fraction(*start)[0], y=fraction(*start)[1])
    steps = 8
    for step in range(1, steps + 1):
        await asyncio.sleep(0.05)
        x = start[0] + (end[0] - start[0]) * step / steps
        y = start[1] + (end[1] - start[1]) * step / steps
        send("mouse", action="move", x=fraction(x, y)[0], y=fraction(x, y)[1])
    await asyncio.sleep(0.2)  # a drop target is told where the pointer is before the drop
    send("mouse", action="up", button="left", x=fraction(*end)[0], y=fraction(*end)[1])


def buttons_held(display: str) -> int:
    """The pointer buttons the X server holds down now (its core state mask)."""
    connection = Xlib.display.Display(display)
    try:
        mask = connection.screen().root.query_pointer().mask
    finally:
        connection.close()
    return mask & (Xlib.X.Button1Mask | Xlib.X.Button2Mask | Xlib.X.Button3Mask)


def test_drag_ending_over_bank_window_drops_nothing_there(
    qtbot, qloop, apps, drag_windows, xdisplay
):
    """A drag from a plain window onto another plain window drops there (the test can
    see drops); the same drag onto a bank window that is not focused lets go where it
    began: nothing lands in the bank, the supporter is told why, no button stays held."""
    server, home, supporter = apps
    windows = drag_windows

    async def scenario() -> None:
        await until(lambda: windows.count("ready"), 20, "the drag windows shown")
        await controlling(qtbot, home, supporter)
        sink = home.session.live.input_sink

        await drag(supporter, centre(SOURCE[1]), centre(PLAIN[1]))
        await until(lambda: windows.drops() == [PLAIN[0]], 10, "the plain drop landed")
        await until(lambda: windows.count("drag_ended") == 1, 10, "the first drag over")
        assert buttons_held(xdisplay) == 0

        refused = sink.dropped.by_reason.get("protected", 0)
        await drag(supporter, centre(SOURCE[1]), centre(BANK[1]))
        await until(lambda: windows.count("drag_ended") == 2, 10, "the second drag over")
        await asyncio.sleep(0.5)  # a drop would be reported within milliseconds
        assert windows.drops() == [PLAIN[0]]  # nothing in the bank (nor anywhere else)
        assert sink.dropped.by_reason.get("protected", 0) > refused  # the release, moved
        assert buttons_held(xdisplay) == 0
        assert not sink.pressed_buttons
        await until(
            lambda: supporter.view_status.text() == refused_text("protected"), 5, "told why"
        )

        await drag(supporter, centre(SOURCE[1]), centre(PLAIN[1]))  # dragging still works
        await until(lambda: windows.drops() == [PLAIN[0]] * 2, 10, "a later drop landed")
        assert buttons_held(xdisplay) == 0

    run_scenario(qloop, scenario(), home, supporter)


def test_button_held_over_bank_is_let_go_where_it_was_pressed(
    qtbot, qloop, apps, drag_windows, xdisplay
):
    """The supporter drags onto the bank window and keeps the button down; the home user
    begins a private moment, which lets go of everything held: the button is released
    where it was pressed, so nothing is dropped into the bank, and none stays held."""
    server, home, supporter = apps
    windows = drag_windows
    start, end = centre(SOURCE[1]), centre(BANK[1])

    async def scenario() -> None:
        await until(lambda: windows.count("ready"), 20, "the drag windows shown")
        await controlling(qtbot, home, supporter)
        send = supporter.session.link.send
        send("mouse", action="down", button="left", x=fraction(*start)[0], y=fraction(*start)[1])
        for step in range(1, 9):
            await asyncio.sleep(0.05)
            x, y = start[0] + (end[0] - start[0]) * step / 8, start[1]
            send("mouse", action="move", x=fraction(x, y)[0], y=fraction(x, y)[1])
        await until(lambda: windows.count("drag_started"), 10, "the drag started")
        await until(lambda: buttons_held(xdisplay) != 0, 10, "the button held over the bank")

        qtbot.mouseClick(home.share_bar.controls.pause_button, Qt.MouseButton.LeftButton)
        await until(lambda: windows.count("drag_ended") == 1, 10, "the drag over")
        await asyncio.sleep(0.5)  # a drop would be reported within milliseconds
        assert windows.drops() == []
        assert buttons_held(xdisplay) == 0
        qtbot.mouseClick(home.share_bar.controls.pause_button, Qt.MouseButton.LeftButton)
        await until(lambda: not home.session.live.privacy.privacy.state.private, 5, "shown")

    run_scenario(qloop, scenario(), home, supporter)
