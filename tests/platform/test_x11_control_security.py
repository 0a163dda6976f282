"""Issue 15, items 8-10, under Xvfb: a supporter who has been allowed to control cannot
mask the home user's own input, operate the helper app's own windows, or send system
key combinations. Read back from the X server and real Qt windows."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from assist_agent.consent import Consent, ShareState
from assist_agent.platform.area import ScreenArea
from assist_agent.platform.x11.activity import LocalActivityMonitor
from assist_agent.platform.x11.input_sink import InputInjector
from tests.support import home_devices
from tests.support.display import SCREEN
from tests.support.requires import missing
from tests.support.timing import TIMEOUT_SCALE

pytestmark = [pytest.mark.e2e, pytest.mark.platform, pytest.mark.security]

FULL = ScreenArea(0, 0, *SCREEN)


def keycodes_down(xconn: Any) -> set[int]:
    keymap = xconn.query_keymap()
    return {i * 8 + bit for i, byte in enumerate(keymap) for bit in range(8) if byte >> bit & 1}


def wait_for(predicate: Any, timeout: float = 3.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(0.01)


@pytest.fixture
def xconn(xdisplay: str) -> Iterator[Any]:
    import Xlib.display

    display = Xlib.display.Display(xdisplay)
    yield display
    assert keycodes_down(display) == set()
    display.close()


@pytest.fixture
def home(xdisplay: str) -> Iterator[home_devices.HomeDevices]:
    if not home_devices.available():
        missing("xinput", "scripts/setup.sh installs it")
    with home_devices.home_devices(xdisplay) as devices:
        yield devices


def granted(now: float) -> Consent:
    consent = Consent(now)
    consent.allow_viewing(now)
    consent.request_control(now)
    consent.grant_control(now)
    assert consent.state is ShareState.CONTROLLING
    return consent


# -- item 8: the home user's own input is told apart by device, not by time ------------------
def test_supporter_moving_fast_cannot_mask_the_home_users_keys(
    xconn: Any, home: home_devices.HomeDevices
) -> None:
    """Supporter moves at 10 Hz through the real sink; the home user taps 10 keys on their
    own keyboard: activity is reported and the supporter's input is refused meanwhile
    (before: 0 reports, 25/25 moves allowed)."""
    from Xlib import XK

    shift = xconn.keysym_to_keycode(XK.XK_Shift_L)
    lock = threading.Lock()
    consent = granted(time.monotonic())
    reports: list[float] = []

    def on_activity() -> None:
        with lock:
            reports.append(time.monotonic())
            consent.local_activity(time.monotonic())

    sink = InputInjector(FULL)
    monitor = LocalActivityMonitor(sink, on_activity, lambda _: None)
    monitor.start()
    allowed = 0
    stop_supporter = threading.Event()

    def supporter() -> None:
        nonlocal allowed
        for i in range(25):
            with lock:
                may = consent.may_inject(time.monotonic())
            if may:
                allowed += 1
                sink.apply({"v": 1, "type": "mouse", "action": "move",
                            "x": 0.1 + 0.03 * i, "y": 0.5})  # fmt: skip
            if stop_supporter.wait(0.1):
                return

    try:
        thread = threading.Thread(target=supporter)
        thread.start()
        time.sleep(0.35)  # the supporter is moving before the home user starts
        for _ in range(10):
            home.tap(shift)
            time.sleep(0.2)
        thread.join(10)
    finally:
        stop_supporter.set()
        monitor.stop()
        sink.close()
    assert len(reports) >= 5, f"only {len(reports)} activity reports for 10 home-user keys"
    assert allowed <= 6, f"supporter input allowed {allowed}/25 while the home user typed"
    assert monitor.method == "xi2"


def test_the_sinks_own_input_is_never_the_home_users(xconn: Any, xdisplay: str) -> None:
    """Moves, clicks and keys through the sink (XTest on the core devices) and typed text
    (synthetic events) are never reported as the home user's, with XInput 2."""
    seen: list[float] = []
    sink = InputInjector(FULL)
    monitor = LocalActivityMonitor(
        sink, lambda: seen.append(time.monotonic()), lambda _: None, activity_interval=0.0
    )
    monitor.start()
    try:
        for i in range(8):
            sink.apply({"v": 1, "type": "mouse", "action": "move", "x": 0.1 * i, "y": 0.3})
            time.sleep(0.02)
        sink.apply({"v": 1, "type": "mouse", "action": "click", "x": 0.99, "y": 0.99,
                    "button": "middle"})  # fmt: skip
        sink.apply({"v": 1, "type": "key", "action": "press", "key": "shift"})
        sink.apply({"v": 1, "type": "text", "text": "ab"})
        wait_for(lambda: sink.injected + sink.dropped.total >= 11, what="all handled")
        time.sleep(0.5)  # well past OWN_EVENT_WINDOW: the time rule is not what holds
    finally:
        monitor.stop()
        sink.close()
    assert monitor.method == "xi2"
    assert seen == []


# -- item 10: system key combinations are refused, and the supporter is told ----------------
class KeyWindow(QLineEdit):
    """A focused line edit at a known spot that keeps every key press it receives."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint)
        self.setGeometry(200, 150, 400, 40)
        self.keys: list[int] = []

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        self.keys.append(int(event.key()))
        super().keyPressEvent(event)


@pytest.fixture
def key_window(qtbot: Any, xdisplay: str) -> KeyWindow:
    win = KeyWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.setFocus()
    qtbot.waitUntil(lambda: win.isActiveWindow() and win.hasFocus())
    return win


def key(action: str, name: str) -> dict[str, Any]:
    return {"v": 1, "type": "key", "action": action, "key": name}


REFUSED_COMBOS = [
    ("ctrl", "alt", "f1"), ("ctrl", "alt", "f7"), ("ctrl", "alt", "f12"),
    ("ctrl", "alt", "delete"), ("ctrl", "alt", "backspace"), ("meta",), ("shift", "meta"),
    ("alt", "f1"), ("alt", "f2"), ("alt", "f4"),
    ("f1", "ctrl", "alt"), ("delete", "alt", "ctrl"),  # any order of pressing
]  # fmt: skip
_QT_KEYS = {"f1": Qt.Key.Key_F1, "f2": Qt.Key.Key_F2, "f4": Qt.Key.Key_F4,
            "f7": Qt.Key.Key_F7, "f12": Qt.Key.Key_F12, "delete": Qt.Key.Key_Delete,
            "backspace": Qt.Key.Key_Backspace, "meta": Qt.Key.Key_Meta,
            "ctrl": Qt.Key.Key_Control, "alt": Qt.Key.Key_Alt,
            "shift": Qt.Key.Key_Shift}  # fmt: skip


@pytest.mark.parametrize("combo", REFUSED_COMBOS, ids="+".join)
def test_system_key_combinations_never_reach_x(
    qtbot: Any, key_window: KeyWindow, xconn: Any, combo: tuple[str, ...]
) -> None:
    """Each refused combination: its completing key never reaches X or the focused window,
    nothing stays pressed, the refusal is counted and told (on_refused)."""
    told: list[str] = []
    sink = InputInjector(FULL)
    sink.on_refused = told.append
    try:
        for name in combo:
            sink.apply(key("down", name))
        for name in reversed(combo):
            sink.apply(key("up", name))
        sink.apply(key("press", "x"))  # a sentinel that must arrive
        qtbot.waitUntil(lambda: int(Qt.Key.Key_X) in key_window.keys)
    finally:
        sink.close()
    assert keycodes_down(xconn) == set()
    assert sink.dropped.by_reason.get("system_key") == 1
    assert told == ["system_key"]
    completing = combo[-1] if combo != ("shift", "meta") else "meta"
    assert int(_QT_KEYS[completing]) not in key_window.keys


def test_ordinary_shortcuts_still_pass(qtbot: Any, key_window: KeyWindow, xconn: Any) -> None:
    """ctrl+a, ctrl+c, ctrl+v, alt+tab, plain f4 and ctrl+alt+left are injected, not refused."""
    key_window.setText("hello")
    sink = InputInjector(FULL)
    try:
        for combo in (("ctrl", "a"), ("ctrl", "c"), ("ctrl", "v"), ("ctrl", "v"),
                      ("alt", "tab"), ("f4",), ("ctrl", "alt", "left")):  # fmt: skip
            for name in combo[:-1]:
                sink.apply(key("down", name))
            sink.apply(key("press", combo[-1]))
            for name in reversed(combo[:-1]):
                sink.apply(key("up", name))
        qtbot.waitUntil(lambda: sink.injected + sink.dropped.total == 21)
        qtbot.waitUntil(lambda: key_window.text() == "hellohello")
        assert int(Qt.Key.Key_F4) in key_window.keys
    finally:
        sink.close()
    assert sink.dropped.total == 0
    assert keycodes_down(xconn) == set()


# -- item 9: injected input never operates the helper app's own windows ----------------------
def test_injected_input_cannot_press_the_share_bars_stop(qtbot: Any, xconn: Any) -> None:
    """The real share bar and a focused "ask me again after" box, told to the sink by
    ProtectedWindows: clicks, wheel and keys there are refused as "own_window"; the same
    click elsewhere passes, and nothing stays pressed."""
    from PySide6.QtWidgets import QSpinBox

    from assist_agent.consent import ShareState
    from assist_agent.protected_windows import ProtectedWindows
    from assist_agent.sharing_view import ShareBar

    bar = ShareBar()
    qtbot.addWidget(bar)
    bar.show_state("Anna", ShareState.CONTROLLING)
    bar.move(300, 20)
    bar.show()
    qtbot.waitExposed(bar)
    box = QSpinBox()
    qtbot.addWidget(box)
    box.setRange(5, 120)
    box.setValue(30)
    box.setGeometry(300, 400, 200, 50)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    box.setFocus()
    qtbot.waitUntil(lambda: box.hasFocus())
    stops: list[bool] = []
    bar.stop_button.clicked.connect(lambda: stops.append(True))

    sink = InputInjector(FULL)
    told: list[str] = []
    sink.on_refused = told.append
    pushes: list[Any] = []
    protected = ProtectedWindows(
        lambda r, i: (pushes.append(r), sink.set_protected(r, i)), [bar, box]
    )
    try:
        protected.push()
        centre = bar.stop_button.mapToGlobal(bar.stop_button.rect().center())
        fx, fy = centre.x() / (SCREEN[0] - 1), centre.y() / (SCREEN[1] - 1)
        bx = box.mapToGlobal(box.rect().center())
        sink.apply({"v": 1, "type": "mouse", "action": "click", "x": fx, "y": fy,
                    "button": "left"})  # fmt: skip
        sink.apply({"v": 1, "type": "mouse", "action": "wheel", "x": bx.x() / (SCREEN[0] - 1),
                    "y": bx.y() / (SCREEN[1] - 1), "dx": 0, "dy": 5})  # fmt: skip
        sink.apply(key("press", "up"))
        sink.apply({"v": 1, "type": "text", "text": "99"})
        wait_for(lambda: sink.dropped.total == 4, what="four refusals")
        qtbot.wait(200)
        assert stops == [] and box.value() == 30
        assert sink.dropped.by_reason == {"own_window": 4}
        assert told == ["own_window"] * 4

        # Moved away: the same spot is no longer ours, and the sink learns it by itself.
        bar.move(300, 600)
        box.hide()
        qtbot.waitUntil(lambda: len(pushes) >= 2 and all(r[1] != 20 for r in pushes[-1]))
        sink.apply({"v": 1, "type": "mouse", "action": "click", "x": fx, "y": fy,
                    "button": "left"})  # fmt: skip
        wait_for(lambda: sink.injected == 1, what="the click elsewhere")
    finally:
        sink.close()
        protected.deleteLater()
    assert sink.dropped.total == 4
