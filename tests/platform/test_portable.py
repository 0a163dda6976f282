"""The portable backend (mss + pynput) on X11, on an Xvfb display of its own.

What the sink does is read back from the X server (where clicks land, which keys are
down), never from the sink's own books; the home user's input comes from xdotool, a
client the sink knows nothing about.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from assist_agent import platform
from assist_agent.platform.area import ScreenArea
from assist_agent.platform.input import InputSink, LocalWatch
from assist_agent.platform.portable.backend import make_input_sink, make_local_activity
from assist_agent.platform.portable.echoes import InjectedEchoes
from assist_agent.platform.portable.input_sink import PortableInputSink
from assist_agent.platform.portable.scaling import Scale
from assist_agent.platform.portable.screen import PortableScreenSource
from assist_agent.platform.portable.watch import key_name
from assist_agent.platform.screen import ScreenSource
from tests.platform import screens
from tests.support.requires import require
from tests.support.timing import TIMEOUT_SCALE

pytestmark = pytest.mark.platform

SIZE = (1280, 720)


def wait_for(predicate: Callable[[], object], timeout: float = 3.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(0.01)


def mouse(action: str, x: float, y: float, **fields: Any) -> dict[str, Any]:
    return {"v": 1, "type": "mouse", "action": action, "x": x, "y": y, **fields}


def key(action: str, name: str) -> dict[str, Any]:
    return {"v": 1, "type": "key", "action": action, "key": name}


def at(x: int, y: int, area: ScreenArea) -> tuple[float, float]:
    return (x - area.left) / (area.width - 1), (y - area.top) / (area.height - 1)


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An Xvfb display of its own; DISPLAY points at it for mss and pynput."""
    with screens.xvfb_screen(*SIZE) as name:
        monkeypatch.setenv("DISPLAY", name)
        yield name


@pytest.fixture
def xconn(display: str) -> Iterator[Any]:
    with screens.connected(display) as conn:
        yield conn


@pytest.fixture
def sink(display: str) -> Iterator[PortableInputSink]:
    made = PortableInputSink(ScreenArea(0, 0, *SIZE))
    yield made
    made.close()


def xdotool(display: str, *args: str) -> None:
    require("xdotool", shutil.which("xdotool") is not None, "scripts/setup.sh installs it")
    subprocess.run(["xdotool", *args], env={"DISPLAY": display}, check=True, timeout=10)


# -- without a screen -----------------------------------------------------------------------


def test_portable_comes_after_x11_and_can_be_forced(caplog: pytest.LogCaptureFixture) -> None:
    """Automatic choice keeps X11 first; ASSIST_PLATFORM=portable forces it, logged."""
    assert platform.choose({"DISPLAY": ":0"}).name == "x11"
    with caplog.at_level(logging.INFO, logger="assist.agent.platform"):
        chosen = platform.choose({"DISPLAY": ":0", "ASSIST_PLATFORM": "portable"})
    assert chosen.name == "portable"
    assert "platform backend: portable (forced by ASSIST_PLATFORM)" in caplog.text


def test_without_any_desktop_each_backend_says_why() -> None:
    """No display on Linux: a NoBackend naming the X11 and the portable reasons."""
    with pytest.raises(platform.NoBackend) as refused:
        platform.choose({})
    assert "x11: no X display" in refused.value.detail
    assert "portable: mss and pynput need an X display" in refused.value.detail


def test_portable_fits_windows_and_macos_without_a_display() -> None:
    """On Windows and macOS mss and pynput need no DISPLAY."""
    assert platform._portable_unfit({}, "win32") is None
    assert platform._portable_unfit({}, "darwin") is None
    assert platform._portable_unfit({}, "linux") is not None
    wayland = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert "Wayland session" in (platform._portable_unfit(wayland, "linux") or "")


def test_scale_maps_points_and_pixels_both_ways() -> None:
    """A Retina screen (2 pixels a point) and a 150 % one map areas and pointers."""
    retina = Scale.from_probe(32)  # a 16-point probe came back 32 pixels wide
    assert retina.factor == 2.0
    area = {"left": 1440, "top": 0, "width": 1280, "height": 800}
    pixels = retina.area_to_pixels(area)  # type: ignore[arg-type]
    assert pixels == {"left": 2880, "top": 0, "width": 2560, "height": 1600}
    assert retina.area_to_points(pixels) == area
    assert retina.to_pixels(100.5, 20) == (201, 40)
    assert retina.to_points(201, 40) == (100.5, 20.0)
    odd = Scale.from_probe(24)
    assert odd.factor == 1.5
    assert odd.area_to_points({"left": 3, "top": 0, "width": 4, "height": 3}) == {  # type: ignore[arg-type]
        "left": 2, "top": 0, "width": 3, "height": 2,
    }  # fmt: skip
    assert Scale.from_probe(0).factor == 1.0  # a broken probe: no scaling


def test_echoes_match_once_and_expire() -> None:
    """An injected event is recognised once; an unexpected one, or one too late, is not."""
    echoes = InjectedEchoes(memory=1.0)
    echoes.expect(("key", "a", True), now=10.0)
    echoes.expect(("key", "a", True), now=10.1)
    assert echoes.consume(("key", "a", True), now=10.2)
    assert echoes.consume(("key", "a", True), now=10.3)
    assert not echoes.consume(("key", "a", True), now=10.4)  # the home user's own
    echoes.expect(("button", "left", True), now=20.0)
    assert not echoes.consume(("button", "left", False), now=20.1)  # another event
    assert not echoes.consume(("button", "left", True), now=21.5)  # too late: theirs
    assert len(echoes) == 0


def test_key_names_from_pynput_keys() -> None:
    """Left/right modifiers merge; letters lower; Windows's ctrl+s control char → s."""
    from pynput.keyboard import Key, KeyCode

    assert key_name(Key.ctrl_r) == "ctrl"
    assert key_name(Key.alt_l) == "alt"
    assert key_name(Key.esc) == "escape"
    assert key_name(Key.cmd) == "meta"
    assert key_name(KeyCode.from_char("S")) == "s"
    assert key_name(KeyCode.from_char("\x13")) == "s"
    assert key_name(KeyCode.from_char("ä")) == "ä"


# -- on a screen of its own -----------------------------------------------------------------


def test_factories_give_the_seams_interfaces(display: str) -> None:
    """The portable backend's factories make objects of the seam's interfaces."""
    chosen = platform.choose({"DISPLAY": display, "ASSIST_PLATFORM": "portable"})
    source = chosen.make_screen_source()
    source.open()
    try:
        assert isinstance(source, ScreenSource)
        assert source.monitors() == [{"left": 0, "top": 0, "width": 1280, "height": 720}]
        assert source.grab(source.monitor_area(1)).shape == (720, 1280, 4)
    finally:
        source.close()
    made = chosen.make_input_sink(ScreenArea(0, 0, *SIZE))
    try:
        assert isinstance(made, InputSink)
        assert isinstance(chosen.make_local_activity(made, lambda: None, print), LocalWatch)
    finally:
        made.close()


def test_clicks_land_on_the_exact_pixel_and_the_pointer_is_read_back(
    xconn: Any, sink: PortableInputSink
) -> None:
    """A click at a pixel's fractions arrives at that pixel; the source reads it there."""
    screens.click_catcher(xconn, *SIZE)
    targets = [(0, 0), (1279, 719), (641, 37), (5, 700)]
    for x, y in targets:
        sink.apply(mouse("click", *at(x, y, sink.area), button="left"))
    assert screens.clicks(xconn, len(targets)) == targets
    source = PortableScreenSource()
    source.open()
    try:
        reading = source.pointer(time.monotonic())
        assert reading is not None and (reading.x, reading.y) == (5, 700)
    finally:
        source.close()


def test_grab_shows_what_is_painted(xconn: Any, display: str) -> None:
    """mss's picture has the painted colour where it was painted (BGRX)."""
    screens.paint(xconn, (100, 50, 200, 100), (200, 30, 60))
    source = PortableScreenSource()
    source.open()
    try:
        picture = source.grab(source.monitor_area(1))
        assert tuple(picture[60, 150, :3]) == (60, 30, 200)
        assert tuple(picture[10, 10, :3]) != (60, 30, 200)
    finally:
        source.close()


def test_release_all_leaves_nothing_down_in_the_x_server(
    xconn: Any, sink: PortableInputSink
) -> None:
    """Keys and a button held for the supporter are up in X after release_all."""
    for name in ("ctrl", "shift"):
        sink.apply(key("down", name))
    sink.apply(mouse("down", 0.5, 0.5, button="left"))
    wait_for(lambda: len(screens.pressed_keycodes(xconn)) == 2, what="keys down in X")
    wait_for(lambda: xconn.screen().root.query_pointer().mask & 0x100, what="button down")
    sink.release_all()
    assert screens.pressed_keycodes(xconn) == []
    assert not xconn.screen().root.query_pointer().mask & 0x100
    assert sink.pressed_keys == frozenset() and sink.pressed_buttons == frozenset()


def test_injected_shortcuts_are_refused_even_with_the_home_users_keys(
    display: str, sink: PortableInputSink
) -> None:
    """ctrl+alt+s from the supporter alone is refused; so is s while the home user
    holds ctrl+alt (the watch tells the sink)."""
    watch = make_local_activity(sink, lambda: None, lambda name: None)
    watch.start()
    try:
        for name in ("ctrl", "alt", "s"):
            sink.apply(key("down", name))
        wait_for(lambda: sink.dropped.by_reason.get("hotkey") == 1, what="hotkey refused")
        sink.release_all()
        time.sleep(0.3)  # the release's echoes come back
        xdotool(display, "keydown", "ctrl", "keydown", "alt")
        wait_for(lambda: sink.home_user_keys >= {"ctrl", "alt"}, what="home user's ctrl+alt")
        sink.apply(key("press", "p"))
        wait_for(lambda: sink.dropped.by_reason.get("hotkey") == 2, what="p refused")
    finally:
        xdotool(display, "keyup", "alt", "keyup", "ctrl")
        watch.stop()


def test_the_home_users_input_is_told_from_the_supporters(display: str) -> None:
    """The sink's own clicks and keys are not reported; the home user's key is, even
    while the supporter keeps typing; their shortcut reaches on_hotkey."""
    sink = make_input_sink(ScreenArea(0, 0, *SIZE))
    activity: list[float] = []
    hotkeys: list[str] = []
    watch = make_local_activity(sink, lambda: activity.append(time.monotonic()), hotkeys.append)
    watch.start()
    try:
        for index in range(10):
            sink.apply(mouse("click", 0.1 * index, 0.5, button="left"))
            sink.apply(key("press", "enter"))
            sink.apply(key("press", "tab"))
        wait_for(lambda: sink.injected == 30 and not sink.pressed_keys, what="all injected")
        time.sleep(0.3)  # the echoes have come back by now
        assert activity == [], "the supporter's own input counted as the home user's"
        for _ in range(5):
            sink.apply(key("press", "tab"))
        xdotool(display, "key", "x")
        wait_for(lambda: activity, what="the home user's key")
        xdotool(display, "keydown", "ctrl", "keydown", "alt", "key", "p", "keyup", "alt",
                "keyup", "ctrl")  # fmt: skip
        wait_for(lambda: hotkeys == ["pause"], what="the home user's Pause")
    finally:
        watch.stop()
        sink.close()
    seen = len(activity)
    xdotool(display, "key", "y")
    time.sleep(0.2)
    assert len(activity) == seen, "a callback ran after stop()"
