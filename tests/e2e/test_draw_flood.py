"""A supporter who floods drawings cannot delay the home user's Stop.

The real helper app window under Xvfb, really paired with a real supporter session in
another process (`supporter_flooder.py`), which is allowed only to see. It draws one
stroke to its full length, then sends 1,024 tiny `draw` messages on it at once, as a
misbehaving app could (each one redrew the whole stroke: 16.6 ms of UI time). While the helper
app works through them, the home user presses the real Stop button on the share bar: a
real X click (xdotool) from a thread, at a fixed moment, so a busy event loop cannot
postpone the press itself, only what it does. The session must be over within 0.5 s.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.support.apps import allow_on_consent_page, run_scenario
from tests.support.requires import needs
from tests.support.timing import TIMEOUT_SCALE, until

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.security,
    needs("xdotool", shutil.which("xdotool") is not None, "scripts/setup.sh installs it"),
]

FLOODER = Path(__file__).with_name("supporter_flooder.py")
STOP_WITHIN_S = 0.5
CLICK_AFTER_S = 0.3  # after the flood left the supporter app: it is arriving by then


def test_stop_stays_immediate_under_a_flood_of_drawings(qtbot, qloop, apps) -> None:
    """A full stroke, 1,024 more draws on it, then Stop on the share bar: over in under 0.5 s."""
    server, home, supporter = apps
    supporter.close()
    clicked: list[float] = []

    def click_after_flood(flooder: subprocess.Popen[bytes], point: QPoint) -> None:
        """From another thread: once the flood is sent, wait a moment and click Stop."""
        assert flooder.stdout is not None
        if flooder.stdout.readline().strip() != b"FLOODED":
            return
        time.sleep(CLICK_AFTER_S)
        clicked.append(time.monotonic())
        subprocess.run(
            ["xdotool", "mousemove", str(point.x()), str(point.y()), "click", "1"], check=True
        )

    async def scenario() -> None:
        qtbot.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.code_page, what="code shown")
        flooder = subprocess.Popen(
            [sys.executable, str(FLOODER), server.url, home.code_text], stdout=subprocess.PIPE
        )
        try:
            await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
            await allow_on_consent_page(qtbot, home)
            button = home.share_bar.stop_button
            await until(lambda: button.isVisible(), 20, "the share bar")
            centre = button.mapToGlobal(button.rect().center())
            clicker = threading.Thread(target=click_after_flood, args=(flooder, centre))
            clicker.start()
            await until(lambda: home.end_reason, 60, "the session to end")
            ended = time.monotonic()
            clicker.join(5)
        finally:
            flooder.kill()
            flooder.wait(5)
        assert clicked, "the supporter app never flooded"
        assert home.end_reason == "stopped_by_you", home.end_reason
        delay = ended - clicked[0]
        print(f"Stop took {delay * 1000:.0f} ms after the click, under a flood of draws")
        assert delay < STOP_WITHIN_S * TIMEOUT_SCALE, f"Stop took {delay:.2f} s"

    run_scenario(qloop, scenario(), home)
