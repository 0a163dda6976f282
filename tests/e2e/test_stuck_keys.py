"""Nothing the supporter held stays pressed on the home user's display: not when the
supporter app is killed mid-drag, not when the home user presses Take back control or
Pause (read from the X server: XQueryKeymap and the pointer's button mask)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assist_agent.consent import ShareState
from tests.e2e.held_input import supporter_holding, x_state
from tests.support.apps import run_scenario
from tests.support.timing import until

pytestmark = pytest.mark.e2e


def test_killed_supporter_leaves_no_key_or_button_pressed(qtbot, qloop, apps):
    """kill -9 of the supporter app while it holds Shift and the left button: soon after,
    the home display shows neither pressed (how soon is bench/faults.py's figure)."""
    server, home, supporter = apps
    supporter.close()

    async def scenario() -> None:
        async with supporter_holding(qtbot, server, home) as holder:
            holder.kill()
            await until(lambda: x_state() == (False, False), 3, "everything released")

    run_scenario(qloop, scenario(), home)


@pytest.mark.parametrize("where", ["sharing_page", "share_bar"])
def test_take_back_control_releases_what_the_supporter_holds(qtbot, qloop, apps, where):
    """The supporter holds Shift and the left button; the home user presses Take back
    control (in the window or on the always-on-top bar): the X server shows neither held,
    while the supporter's app is still connected."""
    server, home, supporter = apps
    supporter.close()

    async def scenario() -> None:
        async with supporter_holding(qtbot, server, home) as holder:
            controls = getattr(home, where).controls
            await until(controls.take_back_button.isVisible, 5, "take back shown")
            qtbot.mouseClick(controls.take_back_button, Qt.MouseButton.LeftButton)
            await until(lambda: x_state() == (False, False), 3, "released on take back")
            assert holder.returncode is None  # released by Take back, not by a lost link

    run_scenario(qloop, scenario(), home)


def test_pause_releases_what_the_supporter_holds(qtbot, qloop, apps):
    """The supporter holds Shift and the left button; the home user presses Pause: the X
    server shows neither held, and Continue (back to control, as designed: the home user's
    press is a fresh confirmation) does not press them again."""
    server, home, supporter = apps
    supporter.close()

    async def scenario() -> None:
        async with supporter_holding(qtbot, server, home) as holder:
            pause = home.sharing_page.controls.pause_button
            qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
            await until(lambda: x_state() == (False, False), 3, "released on pause")
            assert holder.returncode is None
            assert home.session.live.consent.state is ShareState.PAUSED
            qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)  # Continue
            await until(lambda: home.session.live.consent.state is ShareState.CONTROLLING, 5)
            assert x_state() == (False, False)

    run_scenario(qloop, scenario(), home)
