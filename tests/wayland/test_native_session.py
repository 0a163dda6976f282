"""A whole help session with the real helper app running natively on the Wayland desktop.

The app (`python -m assist_agent`, Qt's wayland platform, no DISPLAY, the portal chosen
automatically) is driven over AT-SPI as a person would: Get help, read the code, "I
called them", Allow; then our page explains the desktop's question, and the desktop's
own dialog is answered with Share. The supporter (the real supporter flow in this
process, a real pairing server on loopback) must see the app's screen: the colour
pattern of a Wayland client beside it.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assist_client.session import SupporterSession
from crypto.code import PairingCode
from tests.support.processes import stop
from tests.support.requires import require
from tests.support.sessions import serve
from tests.support.timing import TIMEOUT_SCALE, until
from tests.support.wayland import SYSTEM_PYTHON, WaylandDesktop, missing_parts
from tests.wayland.pattern_client import QUARTERS
from tests.wayland.test_portal_screen import CLIENT, Events

pytestmark = [pytest.mark.wayland, pytest.mark.e2e, pytest.mark.timeout(300)]
ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("atspi_app.py")


@pytest.fixture(scope="module")
def desktop():
    """A wide desktop of this module's own: the app's window covers only part of the
    pattern."""
    gone = missing_parts()
    require(", ".join(gone) or "wayland desktop", not gone, "scripts/setup.sh installs them")
    with WaylandDesktop((2560, 1440)) as running:
        yield running


def atspi(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SYSTEM_PYTHON, str(DRIVER), *args], env=env, capture_output=True, text=True,
        timeout=30 * TIMEOUT_SCALE, check=False,
    )  # fmt: skip


async def press(env: dict[str, str], name: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while atspi(env, "click", name).returncode != 0:
        assert time.monotonic() < deadline, f"no enabled button {name!r}"
        await asyncio.sleep(0.3)


async def names(env: dict[str, str]) -> list[str]:
    return (await asyncio.to_thread(atspi, env, "names")).stdout.splitlines()


def pattern_beside_the_app(rgb: np.ndarray) -> bool:
    """Three quarters of the pattern (mutter puts the app's window at the top left)."""
    h, w = rgb.shape[:2]
    for (qx, qy), want in QUARTERS.items():
        if (qx, qy) == (0, 0):
            continue
        got = rgb[h // 4 + qy * h // 2, w // 4 + qx * w // 2, :3].astype(int)
        if np.abs(got - np.array(want)).max() > 40:
            return False
    return True


def test_the_native_app_shares_a_wayland_screen_after_both_questions(on_desktop, tmp_path):
    env = {**on_desktop.env, "QT_QPA_PLATFORM": "wayland", "HOME": str(tmp_path),
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "PYTHONUNBUFFERED": "1"}  # fmt: skip
    env.pop("ASSIST_PLATFORM", None)
    env.pop("DISPLAY", None)
    client = on_desktop.client(CLIENT)
    Events(client).next("shown")
    frames: list[np.ndarray] = []
    answer: subprocess.Popen[str] | None = None
    app: subprocess.Popen[str] | None = None

    async def scenario() -> None:
        nonlocal answer, app
        server = await serve()
        supporter = None
        try:
            app = subprocess.Popen(
                [sys.executable, "-m", "assist_agent", "--server", server.url, "--lang", "en",
                 "--loan-device"],
                env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )  # fmt: skip
            await press(on_desktop.env, "Get help")
            code_text = ""
            deadline = time.monotonic() + 60 * TIMEOUT_SCALE
            while not code_text:
                assert time.monotonic() < deadline, "no code shown"
                for name in await names(on_desktop.env):
                    if found := re.match(r"Your code is ([0-9 ]+)\.", name):
                        code_text = found.group(1)
                await asyncio.sleep(0.3)
            code = PairingCode.parse(code_text)
            supporter = SupporterSession(server.url, code, "Anna", lambda e: None, frames.append)
            supporter.start()
            await press(on_desktop.env, "I called them")
            await press(on_desktop.env, "Allow")  # enabled after a short pause
            # Our page explains the desktop's question before the desktop asks.
            deadline = time.monotonic() + 30 * TIMEOUT_SCALE
            while not any("Press Share" in n for n in await names(on_desktop.env)):
                assert time.monotonic() < deadline, "no explanation before the question"
                await asyncio.sleep(0.3)
            answer = on_desktop.answer("Share", allow_control=False, timeout=90)
            await until(
                lambda: any(pattern_beside_the_app(f) for f in frames[-5:]), 90, "the pattern"
            )
        finally:
            if supporter is not None:
                supporter.stop()
                await asyncio.wait_for(supporter.wait_ended(), 20 * TIMEOUT_SCALE)
            await server.close()

    try:
        asyncio.run(scenario())
        assert answer is not None
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert "pressed: Share" in out, err
    finally:
        for proc in (answer, app, client):
            if proc is not None:
                stop(proc)
    assert app is not None
    log: Any = app.communicate()[0] if app.stdout and not app.stdout.closed else ""
    assert "Traceback" not in log, log[-3000:]
