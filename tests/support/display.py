"""The virtual screen the Qt tests draw on: an Xvfb display, or Qt's offscreen platform."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import time
from pathlib import Path

from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE

SCREEN = (1280, 720)


def start_xvfb() -> tuple[str, subprocess.Popen[bytes]] | None:
    """Start Xvfb on a free display: (":N", its process); None when Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        return None
    for number in range(90, 140):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        proc = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-noreset", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10 * TIMEOUT_SCALE
        while time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                atexit.register(stop, proc)  # even when pytest dies early
                return f":{number}", proc
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        stop(proc)
    return None


def has_display() -> bool:
    """True when the tests draw on a real (virtual) X display, not offscreen."""
    return os.environ.get("QT_QPA_PLATFORM") == "xcb"
