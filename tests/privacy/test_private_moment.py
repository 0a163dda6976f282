"""A private moment, by the share bar's button and by the pause shortcut, with both real
apps under Xvfb: the supporter's decoded picture shows nothing of the screen, their
input (a flood of it) does nothing, and Show again brings the picture back."""

from __future__ import annotations

import asyncio
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from tests.privacy.windows import TitledProbe, arrives, controlling, focus, nothing_arrives
from tests.support.apps import pattern_seen, run_scenario
from tests.support.requires import require
from tests.support.timing import TIMEOUT_SCALE, until

pytestmark = [pytest.mark.privacy, pytest.mark.e2e]


@pytest.fixture
def notes(qtbot):
    probe = TitledProbe("Muistio", (40, 420, 280, 200))
    qtbot.addWidget(probe)
    probe.show()
    qtbot.waitExposed(probe)
    return probe


async def screen_never_shown(supporter, seconds: float) -> int:
    """Watch every picture the supporter's view shows for `seconds`; count those that
    show the home user's screen (the test pattern)."""
    shown = 0
    seen_id = None
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while loop.time() < end:
        frame = supporter.view.frame
        if frame is not None and id(frame) != seen_id:
            seen_id = id(frame)
            shown += pattern_seen(frame)
        await asyncio.sleep(0.01)
    return shown


async def private_moment(qtbot, home, supporter, notes, begin, end) -> None:
    await controlling(qtbot, home, supporter)
    await focus(notes)
    await arrives(supporter, notes)
    begin()
    await until(lambda: supporter.share_state == "paused", 5, "the supporter sees it")
    assert home.share_bar.controls.pause_button.text() == "Show again"
    await until(lambda: "private" in supporter.view_status.text(), 5, "told why")
    await until(lambda: not pattern_seen(supporter.view.frame), 5, "the screen hidden")
    await nothing_arrives(supporter, [notes])
    assert await screen_never_shown(supporter, 1.5) == 0
    assert home.session.capture.private
    end()
    await until(lambda: pattern_seen(supporter.view.frame), 10, "the screen shown again")
    assert home.session.privacy.private_moments == 1


def test_private_moment_by_button(qtbot, qloop, apps, notes):
    """The share bar's Private moment, then its large Show again."""
    server, home, supporter = apps
    button = home.share_bar.controls.pause_button

    def press() -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    run_scenario(
        qloop, private_moment(qtbot, home, supporter, notes, press, press), home, supporter
    )


def xdotool_shortcut(keys: str) -> None:
    """The home user presses a shortcut on their own keyboard (XTest, not the sink)."""
    subprocess.run(["xdotool", "keydown", keys], check=True, timeout=5 * TIMEOUT_SCALE)
    subprocess.run(["sleep", "0.15"], check=True)
    subprocess.run(["xdotool", "keyup", keys], check=True, timeout=5 * TIMEOUT_SCALE)


def test_private_moment_by_shortcut(qtbot, qloop, apps, notes):
    """Ctrl+Alt+P on the home user's own keyboard begins and ends it."""
    require("xdotool", shutil.which("xdotool") is not None, "presses the home user's shortcut")
    server, home, supporter = apps

    def shortcut() -> None:
        xdotool_shortcut("ctrl+alt+p")

    run_scenario(
        qloop, private_moment(qtbot, home, supporter, notes, shortcut, shortcut), home, supporter
    )
