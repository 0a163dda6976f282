"""How soon the home user's Stop ends the session while a supporter floods drawings.

    .venv/bin/python bench/stop_flood.py --runs 5

The same set-up as tests/e2e/test_draw_flood.py (which proves *that* Stop ends the
session and nothing is drawn after it): the real helper app window on its own Xvfb,
really paired with a supporter session in another process (tests/e2e/supporter_flooder.py)
that draws one full stroke, then sends 1,024 tiny `draw` messages at once. 0.3 s after
the flood left the supporter app, a real X click (xdotool, from a thread: a busy event
loop cannot delay the press itself) hits Stop on the share bar. Measured: the click →
the window's session has ended (`end_reason` set). Prints one JSON line last:
`stop_under_flood_ms_p50`, `stop_under_flood_ms_p95`, `runs`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.display import start_xvfb  # noqa: E402

FLOODER = ROOT / "tests" / "e2e" / "supporter_flooder.py"
CLICK_AFTER_S = 0.3  # as the test: the flood is arriving by then


def click_after_flood(flooder: subprocess.Popen[bytes], x: int, y: int, clicked: list) -> None:
    assert flooder.stdout is not None
    if flooder.stdout.readline().strip() != b"FLOODED":
        return
    time.sleep(CLICK_AFTER_S)
    clicked.append(time.monotonic())
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)


async def one_run(app: object, translations: object, server_url: str) -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from assist_agent.window import HomeWindow
    from tests.support.apps import allow_on_consent_page
    from tests.support.timing import until

    class Bot:  # what allow_on_consent_page needs of pytest-qt's qtbot
        @staticmethod
        def mouseClick(widget: object, button: object) -> None:  # noqa: N802
            QTest.mouseClick(widget, button)

    home = HomeWindow(server_url, translations)
    home.setGeometry(700, 0, 560, 340)
    home.show()
    clicked: list[float] = []
    flooder = None
    try:
        QTest.mouseClick(home.get_help_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.code_page, 20, "code shown")
        flooder = subprocess.Popen(
            [sys.executable, str(FLOODER), server_url, home.code_text], stdout=subprocess.PIPE
        )
        await until(lambda: home.stack.currentWidget() is home.ask_page, 30, "consent asked")
        await allow_on_consent_page(Bot, home)
        button = home.share_bar.stop_button
        await until(lambda: button.isVisible(), 20, "the share bar")
        centre = button.mapToGlobal(button.rect().center())
        clicker = threading.Thread(
            target=click_after_flood, args=(flooder, centre.x(), centre.y(), clicked)
        )
        clicker.start()
        await until(lambda: home.end_reason, 60, "the session to end")
        ended = time.monotonic()
        clicker.join(5)
        if not clicked or home.end_reason != "stopped_by_you":
            raise RuntimeError(f"no Stop under a flood this run ({home.end_reason!r})")
        return ended - clicked[0]
    finally:
        if flooder is not None:
            flooder.kill()
            flooder.wait(5)
        if home.session is not None:
            home.session.stop()
            await home.session.wait_ended()
        home.close()


async def bench(runs: int, app: object, translations: object) -> list[float]:
    from signaling.server import start_server
    from tests.support.wire import lifted_config

    server = await start_server("127.0.0.1", 0, config=lifted_config())
    try:
        delays = []
        for run in range(runs):
            delay = await one_run(app, translations, server.url)
            print(json.dumps({"run": run + 1, "stop_ms": round(delay * 1000, 1)}), flush=True)
            delays.append(delay)
            await asyncio.sleep(0.5)
        return delays
    finally:
        await server.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("xdotool") is None:
        print(json.dumps({"error": "xdotool is missing (scripts/setup.sh installs it)"}))
        return 1
    started = start_xvfb()
    if started is None:
        print(json.dumps({"error": "no Xvfb"}))
        return 1
    os.environ["DISPLAY"], xvfb = started
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["ASSIST_DATA_DIR"] = tempfile.mkdtemp(prefix="assist-bench-data-")
    os.environ.setdefault("ASSIST_LANG", "en")
    try:
        import keyring
        import qasync

        from assist_ui.app import Translations, make_application
        from assist_ui.theme import STYLE_SHEET
        from tests.support.memory_keyring import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())  # never the person's own keyring
        app = make_application()
        app.setQuitOnLastWindowClosed(False)  # each run closes its window
        app.setStyleSheet(STYLE_SHEET)
        translations = Translations(app)
        translations.switch("en")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            delays = loop.run_until_complete(bench(args.runs, app, translations))
    finally:
        xvfb.terminate()
    ms = sorted(d * 1000 for d in delays)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(
        json.dumps(
            {
                "stop_under_flood_ms_p50": round(statistics.median(ms), 1),
                "stop_under_flood_ms_p95": round(p95, 1),
                "runs": len(ms),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
