"""The X11 input backend under Xvfb: what the input sink does is read back from the X
server and from real Qt windows, never from the sink's own bookkeeping."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from assist_agent.platform.area import ScreenArea
from assist_agent.platform.input import InputSink, LocalActivity, LocalWatch
from assist_agent.platform.x11.activity import LocalActivityMonitor
from assist_agent.platform.x11.input_backend import make_input_sink, make_local_activity
from assist_agent.platform.x11.input_sink import InputInjector
from assist_agent.platform.x11.keyboard import CharTyper
from tests.support import home_devices
from tests.support.display import SCREEN
from tests.support.requires import missing
from tests.support.timing import TIMEOUT_SCALE

pytestmark = [pytest.mark.e2e, pytest.mark.platform]

FULL = ScreenArea(0, 0, *SCREEN)
WINDOW_GEOMETRY = (200, 150, 400, 300)  # left, top, width, height on the X screen
TYPED = "Hyvä äöå € مرحبا"


def mouse(action: str, x: float, y: float, **fields: Any) -> dict[str, Any]:
    return {"v": 1, "type": "mouse", "action": action, "x": x, "y": y, **fields}


def key(action: str, name: str) -> dict[str, Any]:
    return {"v": 1, "type": "key", "action": action, "key": name}


def text(value: str) -> dict[str, Any]:
    return {"v": 1, "type": "text", "text": value}


def at(x: int, y: int, area: ScreenArea = FULL) -> tuple[float, float]:
    """The fractions that map to screen pixel (x, y) in `area`."""
    return (x - area.left) / (area.width - 1), (y - area.top) / (area.height - 1)


def wait_for(predicate: Callable[[], object], timeout: float = 3.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(0.01)


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=5 * TIMEOUT_SCALE)


class RecordingEdit(QLineEdit):
    """A line edit that also keeps every key press it receives."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.keys: list[tuple[int, str, Qt.KeyboardModifier]] = []

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        self.keys.append((event.key(), event.text(), event.modifiers()))
        super().keyPressEvent(event)


class EventWindow(QWidget):
    """A frameless window at a known spot that records the mouse events it receives."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setGeometry(*WINDOW_GEOMETRY)
        self.presses: list[tuple[Qt.MouseButton, QPoint, QPoint]] = []
        self.releases: list[Qt.MouseButton] = []
        self.doubles: list[QPoint] = []
        self.wheel: list[tuple[int, int]] = []
        self.edit = RecordingEdit(self)
        self.edit.setGeometry(0, 0, 300, 40)  # top-left corner; clicks go below it

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802
        self.presses.append(
            (event.button(), event.position().toPoint(), event.globalPosition().toPoint())
        )

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802
        self.releases.append(event.button())

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802
        self.doubles.append(event.position().toPoint())

    def wheelEvent(self, event: Any) -> None:  # noqa: N802
        self.wheel.append((event.angleDelta().x(), event.angleDelta().y()))


@pytest.fixture
def xconn(xdisplay: str) -> Iterator[Any]:
    """Our own X connection for reading the server's key and pointer state."""
    import Xlib.display

    display = Xlib.display.Display(xdisplay)
    yield display
    display.close()


@pytest.fixture
def injector(xdisplay: str) -> Iterator[InputInjector]:
    """An injector over the whole virtual screen; released and stopped afterwards."""
    inj = InputInjector(FULL)
    yield inj
    inj.close()
    assert not inj._thread.is_alive()


@pytest.fixture
def monitors(xdisplay: str) -> Iterator[Callable[..., LocalActivityMonitor]]:
    """Makes started LocalActivityMonitors and stops them all afterwards."""
    started: list[LocalActivityMonitor] = []

    def make(injector: InputInjector | None, **kwargs: Any) -> LocalActivityMonitor:
        monitor = LocalActivityMonitor(injector, **kwargs)
        monitor.start()
        started.append(monitor)
        return monitor

    yield make
    for monitor in started:
        monitor.stop()
        assert monitor._thread is None


@pytest.fixture
def window(qtbot: Any, xdisplay: str) -> EventWindow:
    """The test window, shown at WINDOW_GEOMETRY with keyboard focus in its line edit."""
    win = EventWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # Without a window manager, X keyboard focus is set by Qt on activation; pynput
    # sends characters to whichever window has it.
    win.activateWindow()
    win.edit.setFocus()
    qtbot.waitUntil(lambda: win.isActiveWindow() and win.edit.hasFocus())
    assert win.mapToGlobal(QPoint(0, 0)) == QPoint(*WINDOW_GEOMETRY[:2])
    return win


def keycodes_down(xconn: Any) -> set[int]:
    keymap = xconn.query_keymap()
    return {i * 8 + bit for i, byte in enumerate(keymap) for bit in range(8) if byte >> bit & 1}


def pointer_mask(xconn: Any) -> int:
    return int(xconn.screen().root.query_pointer().mask)


def pointer_at(xconn: Any) -> tuple[int, int]:
    reply = xconn.screen().root.query_pointer()
    return reply.root_x, reply.root_y


def idle(injector: InputInjector, count: int) -> None:
    """Wait until the worker has handled `count` messages (injected or dropped)."""
    wait_for(
        lambda: injector.injected + injector.dropped.total >= count,
        what=f"{count} messages handled",
    )


# -- mapping ------------------------------------------------------------------------------
def test_screen_area_maps_fractions_to_edge_pixels() -> None:
    """0 and 1 map to the first and last pixel of the area, with its offset; junk raises."""
    area = ScreenArea(1280, 100, 1920, 1080)
    assert area.to_pixels(0, 0) == (1280, 100)
    assert area.to_pixels(1, 1) == (1280 + 1919, 100 + 1079)
    assert area.to_pixels(0.5, 0.25) == (1280 + round(0.5 * 1919), 100 + round(0.25 * 1079))
    assert ScreenArea.from_monitor({"left": 5, "top": 6, "width": 7, "height": 8}) == ScreenArea(
        5, 6, 7, 8
    )
    for bad in (float("nan"), -0.01, 1.01, float("inf"), "0.5", True, None):
        with pytest.raises(ValueError):
            area.to_pixels(bad, 0.5)  # type: ignore[arg-type]


# -- mouse and text into a real window ----------------------------------------------------
def test_click_lands_at_the_mapped_spot(
    qtbot: Any, window: EventWindow, injector: InputInjector
) -> None:
    """A click in a monitor area with an offset arrives in the window at the mapped pixel."""
    area = ScreenArea(100, 50, 801, 401)
    inj = InputInjector(area)
    try:
        inj.apply(mouse("click", 0.3, 0.6, button="left"))
        qtbot.waitUntil(lambda: len(window.presses) == 1 and len(window.releases) == 1)
        expected = QPoint(100 + round(0.3 * 800), 50 + round(0.6 * 400))
        button, local, global_ = window.presses[0]
        assert button == Qt.MouseButton.LeftButton
        assert global_ == expected
        assert local == expected - QPoint(*WINDOW_GEOMETRY[:2])

        inj.apply(mouse("double", 0.5, 0.5, button="left"))
        qtbot.waitUntil(lambda: len(window.doubles) == 1)
        assert window.doubles[0] == QPoint(500, 250) - QPoint(*WINDOW_GEOMETRY[:2])

        inj.apply(mouse("down", 0.5, 0.5, button="right"))
        inj.apply(mouse("up", 0.5, 0.5, button="right"))
        qtbot.waitUntil(lambda: window.releases[-1:] == [Qt.MouseButton.RightButton])
    finally:
        inj.close()


def test_wheel_scrolls_in_both_directions(
    qtbot: Any, window: EventWindow, injector: InputInjector
) -> None:
    """dy > 0 scrolls up (positive angle), dy < 0 down, dx > 0 right (negative x angle)."""
    x, y = at(400, 300)
    injector.apply(mouse("wheel", x, y, dx=0, dy=2))
    qtbot.waitUntil(lambda: sum(dy for _, dy in window.wheel) == 240)
    injector.apply(mouse("wheel", x, y, dx=0, dy=-1))
    qtbot.waitUntil(lambda: sum(dy for _, dy in window.wheel) == 120)
    injector.apply(mouse("wheel", x, y, dx=1, dy=0))
    qtbot.waitUntil(lambda: sum(dx for dx, _ in window.wheel) == -120)


def test_typed_text_arrives_exactly(
    qtbot: Any, window: EventWindow, injector: InputInjector, xconn: Any
) -> None:
    """Finnish letters, € and Arabic arrive unchanged on a US layout, even with caps lock on."""
    injector.apply(text(TYPED))
    qtbot.waitUntil(lambda: window.edit.text() == TYPED)
    qtbot.waitUntil(lambda: injector.injected == 1)  # counted after the last release

    window.edit.clear()
    xdotool("key", "Caps_Lock")
    try:
        wait_for(lambda: xconn.get_keyboard_control().led_mask & 1, what="caps lock on")
        injector.apply(text("Abc äÖ"))
        qtbot.waitUntil(lambda: window.edit.text() == "Abc äÖ")
    finally:
        xdotool("key", "Caps_Lock")
    assert injector.dropped.total == 0


def test_more_new_characters_than_spare_keycodes(
    qtbot: Any, window: EventWindow, xconn: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dozens of characters missing from the layout type right; close() empties the keycodes."""
    # Reused keycodes are only safe once the app has caught up (see CharTyper): give a
    # loaded test machine time, so this tests the reuse itself, not the machine's speed.
    monkeypatch.setattr(CharTyper, "REMAP_SETTLE", 0.5)
    first = xconn.display.info.min_keycode
    count = xconn.display.info.max_keycode - first + 1
    before = [list(row) for row in xconn.get_keyboard_mapping(first, count)]
    spare = sum(1 for row in before if not any(row))
    chinese = "".join(chr(0x4E00 + 7 * i) for i in range(spare + 15))
    inj = InputInjector(FULL)
    try:
        inj.apply(text(chinese))
        qtbot.waitUntil(lambda: window.edit.text() == chinese, timeout=10_000)
    finally:
        inj.close()
    after = [list(row) for row in xconn.get_keyboard_mapping(first, count)]
    assert after == before


def test_named_keys_and_a_shortcut(
    qtbot: Any, window: EventWindow, injector: InputInjector
) -> None:
    """ctrl+a selects all, backspace deletes, home moves the cursor to the start."""
    window.edit.setText("hello world")
    injector.apply(key("down", "ctrl"))
    injector.apply(key("press", "a"))
    injector.apply(key("up", "ctrl"))
    qtbot.waitUntil(lambda: window.edit.selectedText() == "hello world")
    injector.apply(key("press", "backspace"))
    qtbot.waitUntil(lambda: window.edit.text() == "")
    injector.apply(text("abc"))
    injector.apply(key("press", "home"))
    injector.apply(key("press", "X"))
    qtbot.waitUntil(lambda: window.edit.text() == "Xabc")


# -- state on the X server ---------------------------------------------------------------
def test_held_keys_and_buttons_show_in_x_until_release_all(
    xconn: Any, injector: InputInjector
) -> None:
    """Shift and the left button held for the supporter are down in X; release_all frees them."""
    from Xlib import XK, X

    shift = xconn.keysym_to_keycode(XK.XK_Shift_L)
    injector.apply(key("down", "shift"))
    injector.apply(mouse("down", *at(900, 600), button="left"))
    wait_for(
        lambda: (
            shift in keycodes_down(xconn)
            and pointer_mask(xconn) & (X.ShiftMask | X.Button1Mask) == X.ShiftMask | X.Button1Mask
        ),
        what="shift and button 1 down in X",
    )
    assert pointer_at(xconn) == (900, 600)

    started = time.monotonic()
    injector.release_all()
    assert time.monotonic() - started < 1.0 * TIMEOUT_SCALE  # returns, never hangs
    assert shift not in keycodes_down(xconn)
    assert pointer_mask(xconn) & (X.ShiftMask | X.Button1Mask) == 0
    injector.release_all()  # idempotent
    assert pointer_mask(xconn) & (X.ShiftMask | X.Button1Mask) == 0


class _StuckMouse:
    """Wraps pynput's mouse controller; setting the position blocks until released."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.entered = threading.Event()
        self.unblock = threading.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    @property
    def position(self) -> Any:
        return self.real.position

    @position.setter
    def position(self, value: Any) -> None:
        self.entered.set()
        self.unblock.wait(10)
        self.real.position = value


def test_release_all_works_when_the_worker_is_stuck(xconn: Any, injector: InputInjector) -> None:
    """With the worker blocked inside an X call, release_all still frees keys within 1 s."""
    from Xlib import X

    injector.apply(key("down", "ctrl"))
    injector.apply(mouse("down", *at(900, 600), button="left"))
    wait_for(lambda: pointer_mask(xconn) & X.Button1Mask, what="button 1 down")
    stuck = _StuckMouse(injector._mouse)
    injector._mouse = stuck
    injector.apply(mouse("move", 0.5, 0.5))
    assert stuck.entered.wait(2)

    started = time.monotonic()
    injector.release_all()
    assert time.monotonic() - started < 1.0 * TIMEOUT_SCALE  # returns, never hangs
    assert pointer_mask(xconn) & (X.ControlMask | X.Button1Mask) == 0
    assert not keycodes_down(xconn)

    stuck.unblock.set()  # the worker finishes its move and keeps working
    injector.apply(mouse("move", *at(321, 123)))
    wait_for(lambda: pointer_at(xconn) == (321, 123), what="pointer moved after unsticking")
    assert pointer_mask(xconn) & (X.ControlMask | X.Button1Mask) == 0


# -- hotkeys -----------------------------------------------------------------------------
def test_injected_hotkeys_are_refused(
    qtbot: Any, window: EventWindow, injector: InputInjector, monitors: Any
) -> None:
    """ctrl+alt+s/p from the supporter, in any order or as text, never reaches X or a window."""
    hotkeys: list[str] = []
    monitors(injector, on_activity=lambda: None, on_hotkey=hotkeys.append)

    for message in (
        key("down", "ctrl"), key("down", "alt"), key("press", "s"), key("down", "S"),
        text("ps"), key("up", "alt"), key("up", "ctrl"),
        key("down", "p"), key("down", "alt"), key("down", "ctrl"),  # ctrl refused: p+alt held
        key("up", "alt"), key("up", "p"), key("press", "x"),  # x: a sentinel that must arrive
    ):  # fmt: skip
        injector.apply(message)
    qtbot.waitUntil(lambda: any(text_ == "x" for _, text_, _ in window.edit.keys))
    assert injector.dropped.by_reason == {"hotkey": 4}
    # Only the plain "p" (nothing else held yet) and the sentinel reached the window.
    assert [(k, t) for k, t, _ in window.edit.keys if t] == [
        (Qt.Key.Key_P, "p"),
        (Qt.Key.Key_X, "x"),
    ]
    assert hotkeys == []


def test_hotkey_refused_when_the_home_user_holds_ctrl_alt(
    qtbot: Any, window: EventWindow, injector: InputInjector, xconn: Any
) -> None:
    """If ctrl+alt are physically down, an injected "s" would complete the shortcut: refused."""
    xdotool("keydown", "ctrl+alt")
    try:
        wait_for(lambda: len(keycodes_down(xconn)) == 2, what="ctrl and alt down in X")
        injector.apply(key("press", "s"))
        injector.apply(text("p"))
        idle(injector, 2)
    finally:
        xdotool("keyup", "ctrl+alt")
    injector.apply(text("x"))
    qtbot.waitUntil(lambda: window.edit.text() == "x")
    assert injector.dropped.by_reason == {"hotkey": 2}
    assert [t for _, t, _ in window.edit.keys if t] == ["x"]  # ctrl and alt have no text


@pytest.mark.parametrize("method", ["xi2", "xrecord", "polling"])
def test_real_hotkeys_call_on_hotkey(
    method: str, injector: InputInjector, monitors: Any, xconn: Any
) -> None:
    """ctrl+alt+s and ctrl+alt+p from outside the injector reach on_hotkey, even mid-injection."""
    hotkeys: list[str] = []
    monitor = monitors(injector, on_activity=lambda: None, on_hotkey=hotkeys.append, method=method)
    assert monitor.method == method
    assert not injector.recently_injected()
    # keydown/keyup with a pause, so the 50 ms polling fallback sees the keys held too.
    xdotool("keydown", "ctrl+alt+s")
    time.sleep(0.15)
    xdotool("keyup", "ctrl+alt+s")
    wait_for(lambda: hotkeys == ["stop"], what="stop hotkey")

    injector.apply(mouse("move", *at(10, 10)))
    wait_for(injector.recently_injected, what="an injection")
    xdotool("keydown", "ctrl+alt+p")
    time.sleep(0.15)
    xdotool("keyup", "ctrl+alt+p")
    wait_for(lambda: hotkeys == ["stop", "pause"], what="pause hotkey")
    assert not keycodes_down(xconn)


# -- local activity ----------------------------------------------------------------------
@pytest.mark.parametrize("method", ["xrecord", "polling"])
def test_local_activity_is_the_home_users_not_ours(
    method: str, injector: InputInjector, monitors: Any
) -> None:
    """Our own moves, clicks and keys are not activity; xdotool's motion and keys are."""
    seen: list[float] = []
    monitors(
        injector,
        on_activity=lambda: seen.append(time.monotonic()),
        on_hotkey=lambda _: None,
        method=method,
        activity_interval=0.0,
    )
    time.sleep(0.2)  # the polling fallback takes its first sample
    moves = [at(50 + 40 * i, 600 - 30 * i) for i in range(8)]
    for x, y in moves:
        injector.apply(mouse("move", x, y))
        time.sleep(0.02)
    injector.apply(mouse("click", *at(1200, 700), button="middle"))
    injector.apply(key("press", "shift"))
    idle(injector, 10)
    time.sleep(0.4)
    assert seen == []

    # The home user's motion counts even while we are injecting.
    injector.apply(mouse("move", *at(20, 20)))
    wait_for(injector.recently_injected, what="an injection")
    xdotool("mousemove", "777", "333")
    wait_for(lambda: seen, what="activity from xdotool's motion")

    time.sleep(0.3)  # past recently_injected(), so keys are not taken for ours
    seen.clear()
    xdotool("keydown", "shift")
    time.sleep(0.12)
    xdotool("keyup", "shift")
    wait_for(lambda: seen, what="activity from xdotool's key")


# -- through the platform interfaces -------------------------------------------------------
def test_x11_factories_give_the_platform_interfaces(xdisplay: str) -> None:
    """The backend's factories return an InputSink and a LocalWatch; a foreign sink is refused."""
    sink = make_input_sink(FULL)
    try:
        assert isinstance(sink, InputSink)
        watch = make_local_activity(sink, lambda: None, lambda _: None)
        assert isinstance(watch, LocalWatch)
        with pytest.raises(TypeError):
            make_local_activity(object(), lambda: None, lambda _: None)  # type: ignore[arg-type]
    finally:
        sink.close()


def test_home_users_input_reaches_the_local_activity_callback(xdisplay: str) -> None:
    """Through the interfaces: the home user's motion and keys call back, the sink's do not.

    The home user's input comes from a second master device (`home_devices`): with
    XInput 2 the watch tells devices apart, and xdotool shares the sink's XTest device."""
    if not home_devices.available():
        missing("xinput", "scripts/setup.sh installs it")
    seen: list[float] = []
    sink: InputSink = make_input_sink(FULL)
    watch: LocalActivity = make_local_activity(
        sink, lambda: seen.append(time.monotonic()), lambda _: None
    )
    watch.start()
    try:
        with home_devices.home_devices(xdisplay) as home:
            sink.apply(mouse("move", *at(70, 80)))
            time.sleep(0.3)
            assert seen == []

            home.move(555, 444)
            wait_for(lambda: seen, what="activity from the home user's motion")
            time.sleep(0.3)  # spaced reports
            seen.clear()
            sink.apply(mouse("move", *at(71, 80)))
            home.tap(50)  # shift, while the sink is injecting
            wait_for(lambda: seen, what="activity from the home user's key")
    finally:
        watch.stop()
        sink.close()
    seen.clear()
    xdotool("key", "shift")
    time.sleep(0.3)
    assert seen == []  # stopped: no callback any more


def test_release_all_through_the_sink_leaves_no_key_pressed(xconn: Any, xdisplay: str) -> None:
    """Modifiers, a letter and a button held through InputSink: afterwards XQueryKeymap is
    empty. (meta, the Super key, is a system key: refused, issue 15 item 10.)"""
    from Xlib import X

    sink: InputSink = make_input_sink(FULL)
    try:
        for name in ("ctrl", "shift", "alt", "meta", "x"):
            sink.apply(key("down", name))
        sink.apply(mouse("down", *at(700, 500), button="left"))
        wait_for(
            lambda: len(keycodes_down(xconn)) >= 3 and pointer_mask(xconn) & X.Button1Mask,
            what="three modifiers and button 1 down in X",
        )
        assert sink.dropped.by_reason == {"system_key": 1}
        assert sink.pressed_keys == {"ctrl", "shift", "alt", "x"}
        assert sink.pressed_buttons == {"left"}

        sink.release_all()
        assert keycodes_down(xconn) == set()
        assert pointer_mask(xconn) & (X.Button1Mask | X.ShiftMask | X.ControlMask) == 0
        assert sink.pressed_keys == frozenset() and sink.pressed_buttons == frozenset()
    finally:
        sink.close()
    assert keycodes_down(xconn) == set()


def test_monitor_without_injector_reports_everything(monitors: Any) -> None:
    """Without an injector every motion is the home user's; callbacks run off the main thread."""
    threads: list[str] = []
    monitors(
        None,
        on_activity=lambda: threads.append(threading.current_thread().name),
        on_hotkey=lambda _: None,
    )
    xdotool("key", "shift")  # (a warp, as xdotool mousemove does, makes no raw motion)
    wait_for(lambda: threads, what="activity")
    assert threads[0] != threading.main_thread().name


# -- suspend, bad input ------------------------------------------------------------------
def test_suspend_drops_input_and_stops_typing(
    qtbot: Any, window: EventWindow, injector: InputInjector
) -> None:
    """After suspend() nothing arrives in the window (counted as dropped) until resume()."""
    long_text = "abcdefghij" * 25
    injector.apply(text(long_text))
    injector.suspend()
    injector.apply(mouse("click", *at(400, 300), button="left"))
    injector.apply(text("zzz"))
    injector.apply(key("press", "enter"))
    assert injector.dropped.by_reason.get("suspended") == 3
    qtbot.wait(300)
    assert window.presses == []
    assert len(window.edit.text()) < len(long_text)
    assert "z" not in window.edit.text()

    injector.resume()
    injector.apply(mouse("click", *at(450, 350), button="left"))
    qtbot.waitUntil(lambda: len(window.presses) == 1)
    assert window.presses[0][2] == QPoint(450, 350)


def test_bad_and_edge_input_never_kills_the_worker(xconn: Any, injector: InputInjector) -> None:
    """Edge coordinates hit the screen corners; junk that slipped past the schema is dropped."""
    injector.apply(mouse("move", 0, 0))
    wait_for(lambda: pointer_at(xconn) == (0, 0), what="top-left corner")
    injector.apply(mouse("move", 1, 1))
    wait_for(lambda: pointer_at(xconn) == (SCREEN[0] - 1, SCREEN[1] - 1), what="corner")

    junk: list[Any] = [
        key("press", "nonexistent"), key("press", ""), key("press", "ab"), key("hold", "a"),
        {"v": 1, "type": "key", "action": "press", "key": None},
        key("up", "ctrl"),  # never pressed: nothing to release
        # (moves one by one: queued moves in a row are merged into the newest)
        mouse("move", float("nan"), 0.5), mouse("click", 0.5, 0.5, button="sideways"),
        mouse("move", 2.0, 0.5), mouse("hover", 0.5, 0.5), mouse("move", "1", 0.5),
        mouse("wheel", 0.5, 0.5, dx=0, dy=10_000), mouse("wheel", 0.5, 0.5, dx=True, dy=1),
        text(""), text("\x00"), text("x" * 10_000), {"v": 1, "type": "text", "text": 5},
        {"v": 1, "type": "chat", "text": "hi", "id": 1}, None, [], {"type": "mouse"},
    ]  # fmt: skip
    for message in junk:
        injector.apply(message)
    idle(injector, 2 + len(junk))
    assert injector.dropped.total == len(junk)
    assert injector.injected == 2

    injector.apply(mouse("move", *at(640, 360)))
    wait_for(lambda: pointer_at(xconn) == (640, 360), what="worker still alive")
    assert not keycodes_down(xconn)


def test_close_stops_the_worker_and_refuses_more(xconn: Any, xdisplay: str) -> None:
    """close() releases what is held, ends the thread, and later messages are dropped."""
    from Xlib import X

    inj = InputInjector(FULL)
    inj.apply(mouse("down", *at(5, 5), button="left"))
    wait_for(lambda: pointer_mask(xconn) & X.Button1Mask, what="button 1 down")
    inj.close()
    assert not inj._thread.is_alive()
    assert pointer_mask(xconn) & X.Button1Mask == 0
    inj.apply(mouse("move", 0.5, 0.5))
    assert inj.dropped.by_reason == {"closed": 1}
    inj.close()
