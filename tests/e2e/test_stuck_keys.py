"""Killing the supporter app mid-drag leaves nothing pressed on the home user's display."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from Xlib import XK, X
from Xlib import display as xdisplay_module

from tests.support.apps import run_scenario
from tests.support.processes import stop_async
from tests.support.timing import TIMEOUT_SCALE, until

pytestmark = pytest.mark.e2e

HOLDER = Path(__file__).with_name("supporter_holder.py")


def x_state() -> tuple[bool, bool]:
    """(is Shift down, is the left button down) as the X server sees it."""
    display = xdisplay_module.Display()
    try:
        keymap = display.query_keymap()
        shift = any(
            keymap[code // 8] & (1 << (code % 8))
            for code in {display.keysym_to_keycode(XK.XK_Shift_L),
                         display.keysym_to_keycode(XK.XK_Shift_R)}
            if code
        )  # fmt: skip
        button = bool(display.screen().root.query_pointer().mask & X.Button1Mask)
        return shift, button
    finally:
        display.close()


def test_killed_supporter_leaves_no_key_or_button_pressed(qtbot, qloop, apps):
    """kill -9 of the supporter app while it holds Shift and the left button: within 3 s
    the home display shows neither pressed."""
    server, home, supporter = apps
    supporter.close()

    async def scenario() -> None:
        qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
        holder = await asyncio.create_subprocess_exec(
            sys.executable, str(HOLDER), server.url, home.code_text, stdout=subprocess.PIPE
        )
        try:
            await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
            qtbot.mouseClick(home.allow_button, Qt.MouseButton.LeftButton)
            await until(lambda: home.sharing_page.question.isVisible(), 20, "control asked")
            qtbot.mouseClick(home.sharing_page.grant_button, Qt.MouseButton.LeftButton)
            line = await asyncio.wait_for(holder.stdout.readline(), 20 * TIMEOUT_SCALE)
            assert line.strip() == b"HOLDING"
            await until(lambda: x_state() == (True, True), 5, "shift and button held")
            holder.kill()
            killed = time.monotonic()
            await until(lambda: x_state() == (False, False), 3, "everything released")
            assert time.monotonic() - killed <= 3.0 * TIMEOUT_SCALE
        finally:
            await stop_async(holder)

    run_scenario(qloop, scenario(), home)
