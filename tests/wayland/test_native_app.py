"""The helper app itself on the Wayland desktop: Qt's own Wayland platform, no X display.

The real app (`python -m assist_agent`) is started as a Wayland client of the headless
compositor with no DISPLAY and no ASSIST_PLATFORM: the backend choice must fall to the
portal, and the first page must appear (read over the accessibility bus). Also the
choice rules for a Wayland session, without starting anything.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from assist_agent import platform
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wayland import SYSTEM_PYTHON

pytestmark = [pytest.mark.wayland, pytest.mark.platform, pytest.mark.timeout(180)]
ROOT = Path(__file__).resolve().parents[2]
LIST_APPS = """
import gi
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi
d = Atspi.get_desktop(0)
for i in range(d.get_child_count()):
    app = d.get_child_at_index(i)
    for j in range(app.get_child_count()):
        print(app.get_child_at_index(j).get_name())
"""


def test_a_wayland_session_chooses_the_portal() -> None:
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert platform.choose(wayland).name == "portal"
    # Xwayland's DISPLAY is there too on a GNOME Wayland session: still the portal.
    assert platform.choose({**wayland, "DISPLAY": ":0"}).name == "portal"
    assert platform.choose({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}).name == "x11"
    with pytest.raises(platform.NoBackend):
        platform.choose({"ASSIST_PLATFORM": "portal", "DISPLAY": ":0"})  # not Wayland


def test_the_app_starts_natively_on_wayland_with_the_portal(on_desktop, tmp_path) -> None:
    env = {
        **on_desktop.env,
        "QT_QPA_PLATFORM": "wayland",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "HOME": str(tmp_path),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("ASSIST_PLATFORM", None)
    env.pop("DISPLAY", None)
    assert platform.choose(env).name == "portal"
    app = subprocess.Popen(
        [sys.executable, "-m", "assist_agent", "--server", "ws://127.0.0.1:9", "--lang", "en",
         "--loan-device"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60 * TIMEOUT_SCALE
        names: list[str] = []
        while "Get help" not in names:
            assert app.poll() is None, app.communicate()[0][-2000:]
            assert time.monotonic() < deadline, names
            time.sleep(0.5)
            listed = subprocess.run(
                [SYSTEM_PYTHON, "-c", LIST_APPS], env=on_desktop.env, capture_output=True,
                text=True, timeout=30 * TIMEOUT_SCALE, check=False,
            )  # fmt: skip
            names = listed.stdout.splitlines()
    finally:
        stop(app)
    out = app.communicate()[0] if app.stdout and not app.stdout.closed else ""
    assert "Traceback" not in out, out[-2000:]
