"""On a portal desktop the supporter cannot press the helper app's own buttons.

A Wayland program is told neither where its windows are nor whether an event was
injected; the portal sink notes when it injects each press, and the app's guard
(assist_agent/platform/portal/own_windows.py, installed by ProtectedWindows) drops a
press on its own widgets stamped within a second of one. Real parts: headless
mutter, the portal, PipeWire; the app's buttons in a real Wayland client
(guard_app.py) with the real portal sink; the desktop's question answered with Share
and "Allow remote interaction" over AT-SPI. The home user's hands are a second real
pointer (mutter's own RemoteDesktop API, apart from the portal).

The supporter clicks Allow, Allow control, Talk and Show again (and presses Space and
Enter on whatever has the focus): nothing happens, and the guard counted the drops (so
the clicks did reach the window). The home user's Stop, right after, works; so does
their own Allow a moment later.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from jeepney import new_method_call

from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE
from tests.wayland.test_portal_watch import OwnHands

pytestmark = [pytest.mark.wayland, pytest.mark.e2e, pytest.mark.timeout(240)]
APP = Path(__file__).with_name("guard_app.py")
ROOT = Path(__file__).resolve().parents[2]
LEFT = 0x110


class App:
    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(APP)], env=env, cwd=ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
        )  # fmt: skip
        self.lines: queue.Queue[dict | None] = queue.Queue()
        self.presses: list[dict] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))
        self.lines.put(None)

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def next(self, timeout: float = 30.0) -> dict | None:
        """The next line that is not a press report (those are kept in `presses`)."""
        deadline = time.monotonic() + timeout * TIMEOUT_SCALE
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                return None
            if line is None or line.get("event") != "press":
                return line
            self.presses.append(line)
        return None

    def quiet_for(self, seconds: float) -> list[dict]:
        """Every line within `seconds` (a click would show here)."""
        got = []
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line is not None and line.get("event") == "press":
                self.presses.append(line)
            elif line is not None:
                got.append(line)
        return got

    def status(self) -> int:
        self.send("status")
        while (line := self.next()) is not None:
            if line.get("event") == "status":
                return int(line["dropped"])
        raise AssertionError("the app ended")


def home_click(hands: OwnHands, from_xy: list[int], to_xy: list[int]) -> None:
    """The home user moves their own mouse from where the pointer is and clicks."""
    dx, dy = to_xy[0] - from_xy[0], to_xy[1] - from_xy[1]
    hands._call(new_method_call(hands.session, "NotifyPointerMotionRelative", "dd",
                                (float(dx), float(dy))))  # fmt: skip
    time.sleep(0.05)
    for down in (True, False):
        hands._call(new_method_call(hands.session, "NotifyPointerButton", "ib", (LEFT, down)))


def test_the_supporter_cannot_press_the_apps_own_buttons(on_desktop) -> None:
    env = {**on_desktop.env, "QT_QPA_PLATFORM": "wayland", "ASSIST_PLATFORM": "portal",
           "PYTHONUNBUFFERED": "1"}  # fmt: skip
    env.pop("DISPLAY", None)
    answer = on_desktop.answer("Share", allow_control=True, timeout=90)
    app = App(env)
    hands = None
    try:
        shown = app.next(90)
        assert shown is not None and shown["event"] == "shown", app.proc.stderr
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert "pressed: Share" in out, err
        at = shown["buttons"]
        # The supporter clicks the consent-giving buttons, and presses keys.
        for name in ("allowButton", "grantControlButton", "callTalk", "shareBarPause"):
            app.send(f"click {name}")
            time.sleep(0.3)
        for key in ("space", "enter"):
            app.send(f"key {key}")
            time.sleep(0.3)
        lines = app.quiet_for(2.0 * TIMEOUT_SCALE)
        assert not [line for line in lines if line.get("event") == "clicked"], lines
        dropped = app.status()
        assert dropped >= 8, dropped  # each click's press and release reached the window
        # The home user presses Stop right after the supporter's last click.
        hands = OwnHands()
        hands._call(new_method_call(hands.session, "NotifyPointerMotionRelative", "dd",
                                    (0.0, 0.0)))  # fmt: skip  # wakes mutter's new device
        time.sleep(0.3)
        app.send("click callTalk")
        time.sleep(0.1)
        home_click(hands, at["callTalk"], at["shareBarStop"])
        clicked = app.next()
        assert clicked == {"event": "clicked", "name": "shareBarStop"}, (clicked, app.presses)
        # A moment later the home user's own Allow works too.
        time.sleep(2.0)  # well past the guard's second after the last injection
        home_click(hands, at["shareBarStop"], at["allowButton"])
        clicked = app.next()
        assert clicked == {"event": "clicked", "name": "allowButton"}, (clicked, app.presses)
    finally:
        if hands is not None:
            hands.close()
        app.send("quit") if app.proc.poll() is None else None
        stop(app.proc)
        stop(answer)
