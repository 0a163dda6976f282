"""A real accessibility bus for the privacy tests, and windows in processes of their own
that join it (tests/privacy/password_window.py)."""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tests.support.processes import stop
from tests.support.requires import require
from tests.support.timing import TIMEOUT_SCALE, until

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"


def start_session_bus(display: str) -> tuple[str, subprocess.Popen[bytes]]:
    """A D-Bus session of our own; the accessibility bus (at-spi2-core) starts on demand."""
    require("dbus-daemon", shutil.which("dbus-daemon") is not None, "the session bus")
    require(
        "at-spi2-core",
        Path("/usr/libexec/at-spi-bus-launcher").exists(),
        "the accessibility bus password fields are read from",
    )
    bus = f"unix:abstract=/assist-privacy-test-{secrets.token_hex(6)}"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address={bus}"],
        env={"PATH": "/usr/bin:/bin", "DISPLAY": display, "HOME": "/nonexistent"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10 * TIMEOUT_SCALE
    while subprocess.run(
        ["dbus-send", f"--bus={bus}", "--dest=org.freedesktop.DBus", "/",
         "org.freedesktop.DBus.GetId"],
        capture_output=True, check=False,
    ).returncode:  # fmt: skip
        if time.monotonic() > deadline or daemon.poll() is not None:
            stop(daemon)
            raise RuntimeError("the D-Bus session did not start")
        time.sleep(0.05)
    # Launch the accessibility bus now, so that a window started next finds it ready
    # (a Qt app that starts while it is still coming up does not join it).
    launched = subprocess.run(
        ["dbus-send", f"--bus={bus}", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
         "org.a11y.Bus.GetAddress"],
        capture_output=True, check=False, timeout=20 * TIMEOUT_SCALE,
    )  # fmt: skip
    if launched.returncode:
        stop(daemon)
        raise RuntimeError("the accessibility bus did not start")
    return bus, daemon


class WindowProcess:
    """A test window in its own process: the JSON lines it prints, and commands to it."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self.events: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.events.append(json.loads(line))

    def command(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(OSError):
                self.command("quit")
        stop(self.process)


class PasswordWindow(WindowProcess):
    """password_window.py in its own process: what its fields received, and commands."""

    def __init__(self, toolkit: str, display: str, bus: str, at: tuple[int, int]) -> None:
        if toolkit == "gtk":
            probe = subprocess.run(
                [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Gtk', '3.0')"],
                capture_output=True, check=False,
            )  # fmt: skip
            require("gir1.2-gtk-3.0", probe.returncode == 0, "a real GTK password field")
        python = SYSTEM_PYTHON if toolkit == "gtk" else sys.executable
        env = {
            "PATH": "/usr/bin:/bin",
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": bus,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "HOME": "/nonexistent",
        }
        super().__init__([python, str(HERE / "password_window.py"), toolkit, *map(str, at)], env)

    def text(self, field: str) -> str:
        texts = [e["text"] for e in self.events if e.get("field") == field]
        return texts[-1] if texts else ""

    async def ready(self) -> None:
        await until(lambda: any(e.get("ready") for e in self.events), 20, "the window shown")
