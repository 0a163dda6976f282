"""What the X server says is held down, and a supporter that holds Shift and the left
button through a real session (tests/e2e/supporter_holder.py, its own process)."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

from PySide6.QtCore import Qt
from Xlib import XK, X
from Xlib import display as xdisplay_module

from tests.support.apps import allow_on_consent_page
from tests.support.processes import stop_async
from tests.support.timing import TIMEOUT_SCALE, until

HOLDER = Path(__file__).with_name("supporter_holder.py")


def x_state() -> tuple[bool, bool]:
    """(is Shift down, is the left button down) as the X server sees it
    (XQueryKeymap and the root window's pointer button mask)."""
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


@contextlib.asynccontextmanager
async def supporter_holding(qtbot, server, home) -> AsyncIterator[asyncio.subprocess.Process]:
    """The home user asks for help, allows viewing and grants control; the supporter
    process then holds Shift and the left button, and the X server shows both held."""
    qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
    await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
    holder = await asyncio.create_subprocess_exec(
        sys.executable, str(HOLDER), server.url, home.code_text, stdout=subprocess.PIPE
    )
    try:
        await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
        await allow_on_consent_page(qtbot, home)
        await until(lambda: home.sharing_page.question.isVisible(), 20, "control asked")
        qtbot.mouseClick(home.sharing_page.grant_button, Qt.MouseButton.LeftButton)
        line = await asyncio.wait_for(holder.stdout.readline(), 20 * TIMEOUT_SCALE)
        assert line.strip() == b"HOLDING"
        await until(lambda: x_state() == (True, True), 5, "shift and button held")
        yield holder
    finally:
        await stop_async(holder)
