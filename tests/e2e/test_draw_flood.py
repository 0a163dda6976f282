"""A supporter who floods drawings cannot keep the home user's Stop from ending it.

The real helper app window under Xvfb, really paired with a real supporter session in
another process (`supporter_flooder.py`), which is allowed only to see. It draws one
stroke to its full length, then sends 1,024 tiny `draw` messages on it at once, as a
misbehaving app could (each one redrew the whole stroke: 16.6 ms of UI time). While the
helper app works through them, the home user presses the real Stop button on the share
bar: a real X click (xdotool) from a thread, at a fixed moment, so a busy event loop
cannot postpone the press itself, only what it does. The session must end as stopped by
the home user, the stroke must be gone, and nothing the flood still carries may be drawn
after Stop. How *soon* Stop works under the flood is a figure in `bench/stop_flood.py`
(docs/PERFORMANCE.md), not a bound here.
"""

from __future__ import annotations

import asyncio
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
from tests.support.timing import until

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.security,
    needs("xdotool", shutil.which("xdotool") is not None, "scripts/setup.sh installs it"),
]

FLOODER = Path(__file__).with_name("supporter_flooder.py")
CLICK_AFTER_S = 0.3  # after the flood left the supporter app: it is arriving by then


def test_stop_ends_the_session_and_the_drawing_under_a_flood_of_drawings(
    qtbot, qloop, apps
) -> None:
    """A full stroke, 1,024 more draws on it, then Stop on the share bar: the session ends
    as stopped by the home user, the stroke is gone and stays gone while the rest of the
    flood could still arrive, and the flooding supporter app sees the end."""
    server, home, supporter = apps
    supporter.close()
    clicked: list[float] = []
    drawn_after_stop: list[object] = []

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
            overlay = home.overlay
            assert overlay is not None
            await until(lambda: overlay.stroke_count >= 1, 20, "the full stroke on screen")
            # Record every stroke the overlay is asked to draw from now on.
            add_stroke = overlay.add_stroke

            def recording_add_stroke(*args: object, **kwargs: object) -> None:
                if home.end_reason:
                    drawn_after_stop.append(args)
                add_stroke(*args, **kwargs)

            overlay.add_stroke = recording_add_stroke  # type: ignore[method-assign]
            centre = button.mapToGlobal(button.rect().center())
            clicker = threading.Thread(target=click_after_flood, args=(flooder, centre))
            clicker.start()
            await until(lambda: home.end_reason, 60, "the session to end")
            clicker.join(5)
            assert clicked, "the supporter app never flooded"
            assert home.end_reason == "stopped_by_you", home.end_reason
            assert overlay.stroke_count == 0, "the drawing stayed after Stop"
            await asyncio.sleep(1.0)  # what the flood still carried has had time to arrive
            assert overlay.stroke_count == 0, "something was drawn after Stop"
            assert drawn_after_stop == [], f"{len(drawn_after_stop)} draws after Stop"
            # The flooding supporter app's session ended too (it exits when it sees that).
            await until(lambda: flooder.poll() is not None, 20, "the supporter app sees the end")
        finally:
            flooder.kill()
            flooder.wait(5)

    run_scenario(qloop, scenario(), home)
