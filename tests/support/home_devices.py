"""The home user's own keyboard and mouse under Xvfb, on a device that is not the sink's.

Xvfb's own "Xvfb keyboard"/"Xvfb mouse" cannot be driven from outside, /dev/uinput is
absent here, and `xdotool` injects through the core XTest devices — the very devices the
input sink uses. So the home user gets a second master pair (`xinput create-master`):
this connection sets its client pointer to it, and its XTest input then comes from that
master's own XTest slaves, with source device ids other than the sink's.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import Xlib.display
import Xlib.X
from Xlib.ext import xinput, xtest
from Xlib.protocol import rq

from tests.support.timing import TIMEOUT_SCALE

MASTER_NAME = "assist-test-home"


class _XISetClientPointer(rq.Request):
    _request = rq.Struct(
        rq.Card8("opcode"),
        rq.Opcode(44),
        rq.RequestLength(),
        rq.Window("window"),
        rq.Card16("deviceid"),
        rq.Pad(2),
    )


class HomeDevices:
    """Keys, clicks and motion from the home user's own (second) keyboard and mouse."""

    def __init__(self, display: Any, pointer_id: int, source_ids: set[int]) -> None:
        self.display = display
        self.pointer_id = pointer_id
        self.source_ids = source_ids
        """The XTest slaves of the second master: where this input comes from."""

    def tap(self, keycode: int) -> None:
        xtest.fake_input(self.display, Xlib.X.KeyPress, keycode)
        xtest.fake_input(self.display, Xlib.X.KeyRelease, keycode)
        self.display.sync()

    def key_down(self, keycode: int) -> None:
        xtest.fake_input(self.display, Xlib.X.KeyPress, keycode)
        self.display.sync()

    def key_up(self, keycode: int) -> None:
        xtest.fake_input(self.display, Xlib.X.KeyRelease, keycode)
        self.display.sync()

    def click(self, button: int = 1) -> None:
        xtest.fake_input(self.display, Xlib.X.ButtonPress, button)
        xtest.fake_input(self.display, Xlib.X.ButtonRelease, button)
        self.display.sync()

    def move(self, x: int, y: int) -> None:
        xtest.fake_input(self.display, Xlib.X.MotionNotify, x=x, y=y)
        self.display.sync()


def available() -> bool:
    """True when `xinput` (to add a master device) is installed."""
    return shutil.which("xinput") is not None


@contextmanager
def home_devices(display_name: str) -> Iterator[HomeDevices]:
    """A second master keyboard and pointer for the home user.

    Made once per display and kept (removing a master mid-run made Qt under Xvfb miss
    later clicks in other tests); the pointer is parked in a corner afterwards."""
    display = Xlib.display.Display(display_name)
    try:
        by_name = _devices(display)
        if f"{MASTER_NAME} pointer" not in by_name:
            subprocess.run(
                ["xinput", "create-master", MASTER_NAME], check=True, timeout=5 * TIMEOUT_SCALE
            )
            by_name = _devices(display)
        pointer_id = int(by_name[f"{MASTER_NAME} pointer"].deviceid)
        sources = {
            int(by_name[f"{MASTER_NAME} XTEST {kind}"].deviceid) for kind in ("pointer", "keyboard")
        }
        _XISetClientPointer(
            display=display.display,
            opcode=display.display.get_extension_major("XInputExtension"),
            window=0,
            deviceid=pointer_id,
        )
        display.sync()
        devices = HomeDevices(display, pointer_id, sources)
        yield devices
        devices.move(0, 0)
    finally:
        display.close()


def _devices(display: Any) -> dict[str, Any]:
    return {d.name: d for d in display.xinput_query_device(xinput.AllDevices).devices}
