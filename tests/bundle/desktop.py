"""What the bundle tests run the bundled apps in: a bare machine state, two screens, a
session bus, a pairing server, and an accessibility driver to press their buttons.

The bundled apps get an environment built from nothing: a fresh HOME, TMPDIR, a PATH of
the system's folders only (no venv), no PYTHONPATH, and a working folder that is not
the source tree. Each app has its own X display, so the supporter's picture of the home
user's screen never contains itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tests.support import REPO
from tests.support.display import start_xvfb
from tests.support.processes import stop
from tests.support.services import quiet_port, wait_for_port
from tests.support.timing import TIMEOUT_SCALE

HERE = Path(__file__).resolve().parent
DIST = REPO / "dist"
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
SYSTEM_PYTHON = "/usr/bin/python3"  # has the AT-SPI bindings (python3-gi)


def executable(app: str) -> Path:
    """dist/APP/APP, the bundled program."""
    return DIST / app / app


def missing_bundles(*apps: str) -> str:
    """Why the bundle tests cannot run ("" when every bundle is there)."""
    gone = [str(executable(a).relative_to(REPO)) for a in apps if not executable(a).is_file()]
    return f"{', '.join(gone)} missing: run bash packaging/build-bundle.sh" if gone else ""


def bare_env(home: Path, tmpdir: Path, display: str, bus: str, **extra: str) -> dict[str, str]:
    """A machine with nothing of ours on it: the system PATH, a fresh HOME and TMPDIR."""
    env = {
        "PATH": SYSTEM_PATH,
        "HOME": str(home),
        "TMPDIR": str(tmpdir),
        "DISPLAY": display,
        "DBUS_SESSION_BUS_ADDRESS": bus,
        "LANG": "C.UTF-8",
        "USER": "homeuser",
        "LOGNAME": "homeuser",
        # Qt joins the accessibility bus at once (the driver below needs it); a desktop
        # with a screen reader running does the same.
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_QPA_PLATFORM": "xcb",
    }
    env.update(extra)
    return env


def files_under(*folders: Path) -> list[str]:
    """Every file, link and folder under the given folders, as sorted relative paths."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            found.append(f"{folder.name}/{path.relative_to(folder)}")
    return found


@dataclass
class Desktop:
    """Two X screens (home user, supporter) and a D-Bus session with the a11y bus."""

    home_display: str
    supporter_display: str
    bus: str
    processes: list[subprocess.Popen[bytes]]

    def close(self) -> None:
        for process in reversed(self.processes):
            stop(process)


def start_desktop() -> Desktop:
    processes = []
    displays = []
    for _ in range(2):
        started = start_xvfb()
        if started is None:
            raise RuntimeError("Xvfb is not installed")
        displays.append(started[0])
        processes.append(started[1])
    # An abstract socket: reachable from the apps' private /tmp (test_loan_device) too.
    bus = f"unix:abstract=/assist-bundle-test-{secrets.token_hex(6)}"
    daemon_env = {"PATH": SYSTEM_PATH, "DISPLAY": displays[0], "HOME": "/nonexistent"}
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address={bus}"],
        env=daemon_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    processes.append(daemon)
    deadline = time.monotonic() + 10 * TIMEOUT_SCALE
    while subprocess.run(
        [
            "dbus-send",
            f"--bus={bus}",
            "--dest=org.freedesktop.DBus",
            "/",
            "org.freedesktop.DBus.GetId",
        ],
        capture_output=True,
        check=False,
    ).returncode:
        if time.monotonic() > deadline or daemon.poll() is not None:
            raise RuntimeError("the D-Bus session did not start")
        time.sleep(0.05)
    return Desktop(displays[0], displays[1], bus, processes)


class Accessibility:
    """Presses buttons and reads texts of the running bundled apps (atspi_driver.py)."""

    def __init__(self, desktop: Desktop) -> None:
        env = {
            "PATH": SYSTEM_PATH,
            "DISPLAY": desktop.home_display,
            "DBUS_SESSION_BUS_ADDRESS": desktop.bus,
            "HOME": "/nonexistent",
        }
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "atspi_driver.py")],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def _ask(self, **request: Any) -> str:
        request.setdefault("timeout", 30 * TIMEOUT_SCALE)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline() or '{"ok": false, "error": "gone"}')
        assert answer["ok"], answer["error"]
        return str(answer["name"])

    def wait(self, app: str, object_id: str, **options: Any) -> str:
        """The accessible name of the showing object whose id ends with `object_id`."""
        return self._ask(op="wait", app=app, id=object_id, **options)

    def press(self, app: str, object_id: str, **options: Any) -> str:
        return self._ask(op="press", app=app, id=object_id, **options)

    def set_text(self, app: str, object_id: str, text: str) -> str:
        return self._ask(op="set_text", app=app, id=object_id, text=text)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        stop(self.process)


@contextlib.contextmanager
def pairing_server() -> Iterator[str]:
    """The real pairing server (python -m signaling) on loopback; yields its URL."""
    port = quiet_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSIST_SIGNALING_")}
    server = subprocess.Popen(
        [sys.executable, "-m", "signaling", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, 10)
        yield f"ws://127.0.0.1:{port}/v1"
    finally:
        stop(server)


@contextlib.contextmanager
def pattern_on(display: str) -> Iterator[None]:
    """A full-screen window in four known colours on `display` (the test venv's Qt)."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    painter = subprocess.Popen(
        [sys.executable, str(HERE / "pattern_window.py")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert painter.stdout is not None and painter.stdout.readline().strip() == "shown"
        yield
    finally:
        stop(painter)


QUADRANT_COLOURS = {
    "red": ((220, 30, 30), (0, 0)),
    "green": ((30, 200, 40), (0, 1)),
    "blue": ((30, 60, 230), (1, 0)),
    "yellow": ((240, 220, 20), (1, 1)),
}


def grab(display: str) -> np.ndarray:
    """The whole of an X display as an H×W×3 RGB array."""
    from mss.linux import MSS

    with MSS(display=display) as screen:
        shot = screen.grab(screen.monitors[0])
    return np.asarray(shot)[:, :, 2::-1].copy()


def pattern_shown(rgb: np.ndarray, min_pixels: int = 2000) -> bool:
    """True when the four colours are on screen, each in its own quadrant of the pattern
    (the picture is scaled and lossy: colours within 40, positions by centroid)."""
    centres = {}
    for name, (colour, _) in QUADRANT_COLOURS.items():
        mask = np.abs(rgb.astype(np.int16) - np.array(colour)).max(axis=2) <= 40
        if mask.sum() < min_pixels:
            return False
        ys, xs = np.nonzero(mask)
        centres[name] = (xs.mean(), ys.mean())
    red, green, blue, yellow = (centres[n] for n in ("red", "green", "blue", "yellow"))
    return red[0] < green[0] and blue[0] < yellow[0] and red[1] < blue[1] and green[1] < yellow[1]


def private_tmp_command(slash_tmp: Path, command: list[str]) -> list[str] | None:
    """`command` in its own mount namespace whose /tmp is the folder `slash_tmp`, so a
    file anything writes to /tmp — whatever TMPDIR says — lands where the test looks.
    None where mount namespaces are not allowed (not root)."""
    unshare = shutil.which("unshare")
    if unshare is None or os.geteuid() != 0:
        return None
    script = 'mount --bind "$0" /tmp && exec "$@"'
    return [
        unshare,
        "--mount",
        "--propagation",
        "private",
        "sh",
        "-c",
        script,
        str(slash_tmp),
    ] + command
