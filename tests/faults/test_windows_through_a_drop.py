"""Both real windowed apps through a 5 s drop of every packet: the helper app's window
(HomeWindow) here, the supporter app's window (SupporterWindow) in its own process in a
network namespace (supporter_window_in_ns.py), the pairing server as its own process.

What each person sees is read from the real widgets (text and accessible name): both
windows say "Connection lost. Trying again…" with seconds that count down, the shared
screen comes back by itself, control is asked again on the helper side (never resumed
silently), and no key or button stays held (read from the X server).
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from assist_agent.consent import ShareState
from assist_agent.window import HomeWindow
from assist_session.heartbeat import SILENCE_LOST
from tests.faults.harness import forward_unix, x_held
from tests.support.apps import allow_on_consent_page, run_scenario
from tests.support.timing import TIMEOUT_SCALE, until

pytestmark = pytest.mark.faults

WINDOW = Path(__file__).with_name("supporter_window_in_ns.py")
ROOT = Path(__file__).resolve().parents[2]
LOST = "Connection lost. Trying again…"
_SECONDS = re.compile(r"Seconds left: (\d+)")


def seconds_left(text: str) -> int | None:
    found = _SECONDS.search(text)
    return int(found.group(1)) if found else None


class SupporterWindowProcess:
    """The supporter app's window in the namespace, asked what it shows."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            if line.startswith(b"{"):
                await self.lines.put(json.loads(line))

    async def ask(self, command: str, answer: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        await self.process.stdin.drain()
        while True:
            line = await asyncio.wait_for(self.lines.get(), 20 * TIMEOUT_SCALE)
            if line["event"] == answer:
                return line

    async def look(self) -> dict[str, Any]:
        return await self.ask("look", "look")

    async def until(self, check: Any, seconds: float, what: str) -> dict[str, Any]:
        """Ask again and again until `check(look)` holds (within seconds × the scale)."""
        deadline = time.monotonic() + seconds * TIMEOUT_SCALE
        while True:
            seen = await self.look()
            if check(seen):
                return seen
            if time.monotonic() > deadline:
                raise AssertionError(f"supporter window: {what}; it shows {seen}")
            await asyncio.sleep(0.1)

    async def close(self) -> None:
        if self.process.returncode is None:
            try:
                await self.ask("stop", "ended")
                await asyncio.wait_for(self.process.wait(), 10 * TIMEOUT_SCALE)
            except (TimeoutError, ConnectionError, RuntimeError):
                self.process.kill()
                await self.process.wait()
        self.reader.cancel()


def home_status(home: HomeWindow) -> tuple[str, str]:
    """The helper app's status line: its text and its accessible name."""
    label = home.sharing_page.state_text
    interface = QAccessible.queryAccessibleInterface(label)
    return label.text(), interface.text(QAccessible.Text.Name) if interface else ""


@pytest.mark.timeout(300)
def test_both_windows_through_a_5_s_drop(
    qtbot, qloop, translations, xdisplay, ns, pairing_server, tmp_path
) -> None:
    home = HomeWindow(pairing_server.url, translations)
    qtbot.addWidget(home)
    home.setGeometry(700, 0, 560, 340)
    home.show()
    socket_path = str(tmp_path / "pairing.sock")

    async def scenario() -> None:
        unix_server = await forward_unix(socket_path, pairing_server.port)
        supporter: SupporterWindowProcess | None = None
        try:
            qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
            await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
            process = await asyncio.create_subprocess_exec(
                *ns.exec_args(sys.executable, str(WINDOW), socket_path, "0", home.code_text),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT,
            )  # fmt: skip
            supporter = SupporterWindowProcess(process)
            await until(lambda: home.stack.currentWidget() is home.ask_page, 40, "consent asked")
            await allow_on_consent_page(qtbot, home)
            await supporter.until(lambda s: s["frames"] > 0, 40, "the screen shown")
            # The supporter asks for control in their window; the home user allows it.
            await supporter.ask("control", "control_pressed")
            grant = home.sharing_page.grant_button
            await until(grant.isVisible, 20, "the home user is asked for control")
            qtbot.mouseClick(grant, Qt.MouseButton.LeftButton)
            await supporter.until(lambda s: s["share_state"] == "controlling", 20, "control")
            assert (await supporter.ask("hold", "holding"))["ok"]
            await until(lambda: x_held() == (True, True), 10, "Shift and button held")

            # -- every packet dropped for 5 s --------------------------------------------
            ns.drop()
            dropped = time.monotonic()
            await until(lambda: x_held() == (False, False), SILENCE_LOST + 1.0, "released")
            await until(lambda: LOST in home_status(home)[0], SILENCE_LOST + 2.0, "home: lost")
            text, name = home_status(home)
            assert LOST in name, name  # what a screen reader reads says it too
            assert home.session is not None
            assert home.session.consent.state is ShareState.VIEWING  # control ended
            seen = await supporter.until(lambda s: LOST in s["status"], 10, "supporter: lost")
            assert seen["status_visible"] and seen["viewing_page"]
            assert LOST in seen["status_name"]
            assert seen["share_state"] == ""  # control over at the supporter too
            # The countdown counts down in both windows.
            first_home, first_supporter = seconds_left(text), seconds_left(seen["status"])
            assert first_home is not None and first_supporter is not None
            await until(
                lambda: (seconds_left(home_status(home)[0]) or first_home) < first_home,
                5, "home: the seconds count down",
            )  # fmt: skip
            await supporter.until(
                lambda s: (seconds_left(s["status"]) or first_supporter) < first_supporter,
                5, "supporter: the seconds count down",
            )  # fmt: skip
            await asyncio.sleep(max(0.0, 5.0 - (time.monotonic() - dropped)))
            assert x_held() == (False, False)
            ns.restore()
            frames = (await supporter.look())["frames"]

            # -- back: the share by itself, control only when asked again ------------------
            back = await supporter.until(
                lambda s: s["frames"] > frames and LOST not in s["status"], 40, "screen back"
            )
            assert back["viewing_page"] and back["share_state"] == "viewing"
            await until(lambda: LOST not in home_status(home)[0], 20, "home: connected again")
            assert home.session.consent.state is ShareState.VIEWING  # not given back silently
            assert not grant.isVisible()  # no question without a new request
            await supporter.ask("control", "control_pressed")
            await until(grant.isVisible, 20, "the home user is asked again")
            assert home.session.consent.state is ShareState.VIEWING
            assert x_held() == (False, False)
            assert home.end_reason == "" and (await supporter.look())["end_reason"] == ""
        finally:
            if supporter is not None:
                await supporter.close()
            unix_server.close()

    run_scenario(qloop, scenario(), home)
    assert x_held() == (False, False)
