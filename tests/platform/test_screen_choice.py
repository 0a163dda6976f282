"""Choosing the screen (issue 13): the pictures, the words, the supporter's label, a
whole session that switches screens, and the plain page when no backend fits."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QWidget

from assist_agent import platform
from assist_agent.desktop_problem import (
    EXIT_NO_DESKTOP,
    problem_box,
    refuse_without_desktop,
    usable_monitor,
)
from assist_agent.monitor_choice import ScreenChoice, place_of
from assist_client.shared_screen import ScreenShared
from assist_client.shared_screen_view import screen_text
from assist_session import messages
from tests.platform import screens
from tests.platform.screens import Monitor
from tests.support.apps import allow_on_consent_page, pair_windows, run_scenario
from tests.support.timing import until

pytestmark = pytest.mark.platform

LEFT = Monitor("L", 1920, 1080, 0)
RIGHT = Monitor("R", 1280, 1024, 1920)
_KEPT: list[QWidget] = []  # windows are never deleted mid-run (PySide 6.11, tests/e2e)


def area(left: int, top: int, width: int, height: int) -> dict[str, int]:
    return {"left": left, "top": top, "width": width, "height": height}


def test_screens_are_named_by_where_they_stand() -> None:
    """Side by side, three in a row, one above the other, or alone."""
    pair = [area(0, 0, 1920, 1080), area(1920, 0, 1280, 1024)]
    assert [place_of(pair, i) for i in range(2)] == ["left", "right"]
    row = [area(1920, 0, 800, 600), area(0, 0, 1920, 1080), area(2720, 0, 800, 600)]
    assert [place_of(row, i) for i in range(3)] == ["middle", "left", "right"]
    stack = [area(0, 1080, 1920, 1080), area(0, 0, 1920, 1080)]
    assert [place_of(stack, i) for i in range(2)] == ["bottom", "top"]
    assert place_of([area(0, 0, 800, 600)], 0) == "only"
    four = [area(800 * i, 0, 800, 600) for i in range(4)]
    assert place_of(four, 1) == "other"


def pictures(*colours: str) -> list[tuple[dict[str, int], QPixmap]]:
    found = []
    for index, colour in enumerate(colours):
        pixmap = QPixmap(160, 90)
        pixmap.fill(QColor(colour))
        found.append((area(1920 * index, 0, 1920, 1080), pixmap))
    return found


def test_the_choice_shows_pictures_with_names_and_works_by_keyboard(qtbot: Any) -> None:
    """One big button per screen with its picture and its place as the accessible name;
    Tab and Space choose, without a mouse."""
    choice = ScreenChoice("screenChoiceTest")
    qtbot.addWidget(choice)
    chosen: list[int] = []
    choice.chosen.connect(chosen.append)
    choice.offer("Anna", pictures("red", "blue"))  # type: ignore[arg-type]
    choice.show()
    qtbot.waitExposed(choice)
    assert choice.heading.text() == "Which screen may Anna see?"
    names = [button.accessibleName() for button in choice.screens]
    assert names == ["The screen on the left", "The screen on the right"]
    for button in choice.screens:
        assert not button.icon().isNull()
        assert button.width() >= 44 and button.height() >= 44
    choice.first_focus().setFocus()
    assert choice.focusWidget() is choice.screens[0]
    qtbot.keyClick(choice.focusWidget(), Qt.Key.Key_Tab)
    assert choice.focusWidget() is choice.screens[1]
    qtbot.keyClick(choice.focusWidget(), Qt.Key.Key_Space)
    assert chosen == [2]


def test_the_supporter_reads_which_screen_they_see() -> None:
    """The `screen` message is checked, and the label says it in words."""
    raw = messages.encode("screen", number=2, count=2, place="right")
    message = messages.decode(raw)
    assert messages.decode(raw)["type"] in messages.HOME_USER_SENDS
    shown = ScreenShared(message["number"], message["count"], message["place"])
    assert screen_text(shown) == "You see screen 2 of 2, the one on the right."
    assert screen_text(ScreenShared(1, 1, "only")) == "They have one screen."
    with pytest.raises(messages.InvalidMessage):
        messages.decode('{"v":1,"type":"screen","number":3,"count":2,"place":"left"}')


def test_no_backend_gives_a_plain_page_and_an_exit_code(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A desktop no backend serves: exit code 3, the reason on stderr, and a window in
    plain words (not a traceback) that a screen reader can close."""
    monkeypatch.setenv("ASSIST_PLATFORM", "quartz")
    platform.backend.cache_clear()
    try:
        assert refuse_without_desktop(None, window=False) == EXIT_NO_DESKTOP
    finally:
        monkeypatch.delenv("ASSIST_PLATFORM")
        platform.backend.cache_clear()
    assert "this desktop cannot be shared: unknown_backend" in capsys.readouterr().err
    box = problem_box(platform.NoBackend("no_backend", "x11: no X display"))
    _KEPT.append(box)
    assert box.text().startswith("This app cannot show your screen on this computer.")
    assert "Traceback" not in box.text() + box.informativeText()
    close = box.findChild(QWidget, "closeButton")
    assert close is not None and close.accessibleName() == "Close"


def test_a_monitor_that_is_not_there_is_asked_for_instead(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--monitor 3 on a two-monitor desktop: never all screens, the home user chooses."""
    with screens.xvfb_screen(3200, 1080, (LEFT, RIGHT)) as display:
        monkeypatch.setenv("DISPLAY", display)
        assert usable_monitor(2) == 2
        assert usable_monitor(3) is None
        assert usable_monitor(0) is None
    assert "--monitor 3: this computer has 2 screen(s)" in capsys.readouterr().err


# -- a whole session on two monitors ---------------------------------------------------------


@pytest.fixture
def two_monitor_apps(
    qtbot: Any, qloop: Any, translations: Any, xdisplay: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, Any]]:
    """Both apps' windows on the test display; the home user's shared desktop is another
    Xvfb screen split into two monitors (left red, right blue)."""
    from assist_agent.window import HomeWindow
    from assist_client.window import SupporterWindow
    from signaling.server import start_server
    from tests.support.wire import lifted_config

    with (
        screens.xvfb_screen(3200, 1080, (LEFT, RIGHT)) as desktop,
        screens.connected(desktop) as conn,
    ):
        screens.paint(conn, (0, 0, 1920, 1080), (220, 20, 30))
        screens.paint(conn, (1920, 0, 1280, 1080), (20, 40, 230))
        server = qloop.run_until_complete(start_server("127.0.0.1", 0, config=lifted_config()))
        home = HomeWindow(server.url, translations)
        supporter = SupporterWindow(server.url, translations, name="Anna")
        home.setGeometry(0, 0, 640, 560)
        supporter.setGeometry(640, 0, 640, 560)
        home.show()
        supporter.show()
        monkeypatch.setenv("DISPLAY", desktop)  # only the capture looks there
        yield home, supporter
        monkeypatch.setenv("DISPLAY", xdisplay)
        for window in (home, supporter):
            if window.session is not None:
                window.session.stop()
                qloop.run_until_complete(window.session.wait_ended())
            window.close()
            _KEPT.append(window)
        home.share_bar.hide()
        qloop.run_until_complete(server.close())


def shows(frame: np.ndarray | None, size: tuple[int, int], rgb: tuple[int, int, int]) -> bool:
    """The supporter's frame has this size and, in its middle, this colour (±40)."""
    if frame is None or frame.shape[:2] != size[::-1]:
        return False
    h, w = frame.shape[:2]
    patch = frame[h // 2 - 8 : h // 2 + 8, w // 2 - 8 : w // 2 + 8].reshape(-1, 3).mean(axis=0)
    return bool(np.abs(patch - np.array(rgb)).max() <= 40)


def test_a_session_on_two_monitors_chooses_and_switches(
    qtbot: Any, qloop: Any, two_monitor_apps: tuple[Any, Any]
) -> None:
    """After Allow the home user picks the right screen by its picture; the supporter sees
    only it and reads which it is; Show another screen switches to the left one."""
    home, supporter = two_monitor_apps

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        await allow_on_consent_page(qtbot, home)
        page = home.screens.page
        await until(lambda: home.stack.currentWidget() is page, 10, "the screens offered")
        assert [b.accessibleName() for b in page.screens] == [
            "The screen on the left", "The screen on the right",
        ]  # fmt: skip
        assert home.session is not None and home.session.link is None  # nothing shared yet
        qtbot.mouseClick(page.screens[1], Qt.MouseButton.LeftButton)
        await until(lambda: shows(supporter.view.frame, (1280, 1024), (20, 40, 230)), 30,
                    "the right screen, alone")  # fmt: skip
        await until(lambda: supporter.shared_screen.text()
                    == "You see screen 2 of 2, the one on the right.", 10, "the label")  # fmt: skip
        assert home.share_bar.screen_button.isVisible()
        qtbot.mouseClick(home.share_bar.screen_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.screens.dialog is not None, 5, "the choice during sharing")
        dialog_choice = home.screens.dialog.findChild(ScreenChoice)
        qtbot.mouseClick(dialog_choice.screens[0], Qt.MouseButton.LeftButton)
        await until(lambda: shows(supporter.view.frame, (1920, 1080), (220, 20, 30)), 30,
                    "the left screen")  # fmt: skip
        left = "You see screen 1 of 2, the one on the left."
        await until(lambda: supporter.shared_screen.text() == left, 10, "the new label")
        await asyncio.sleep(0)

    run_scenario(qloop, scenario(), home, supporter)
