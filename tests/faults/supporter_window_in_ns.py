"""The supporter app's real window (SupporterWindow, as `assist-client` builds it, under
qasync) run inside a network namespace: the windowed fault test starts it with
`ip netns exec`. It types the code into the window and presses Connect (Qt mouse and key
events), then takes commands on stdin and answers with JSON lines:

- `look`: what the window shows now: the status line's text and accessible name, the
  page, the share state, frames shown, the control button's words;
- `control`: presses the control button (asks the home user for control);
- `hold`: Shift and the left button down (as a supporter holding them would);
- `stop`: closes the window.

It reaches the pairing server through a small forwarder on this namespace's loopback
(the apps refuse plain ws:// to another computer).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qasync  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from assist_client.identity import run_only_identity  # noqa: E402
from assist_client.window import SupporterWindow  # noqa: E402
from assist_ui.app import Translations, make_application  # noqa: E402
from assist_ui.theme import STYLE_SHEET  # noqa: E402
from tests.faults.supporter_in_ns import forward, say  # noqa: E402


def look(window: SupporterWindow) -> dict[str, object]:
    status = window.view_status
    interface = QAccessible.queryAccessibleInterface(status)
    page = window.stack.currentWidget()
    return {
        "status": status.text(),
        "status_name": interface.text(QAccessible.Text.Name) if interface else "",
        "status_visible": status.isVisible(),
        "viewing_page": page is window.view_page,
        "share_state": window.session.share_state if window.session else "",
        "frames": window.session.frames_shown if window.session else 0,
        "control_button": window.control_button.text(),
        "end_reason": window.end_reason,
    }


async def commands(window: SupporterWindow) -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := (await reader.readline()).decode().strip():
        if line == "look":
            say("look", **look(window))
        elif line == "control":
            QTest.mouseClick(window.control_button, Qt.MouseButton.LeftButton)
            say("control_pressed", asked=window.control_asked)
        elif line == "hold" and window.session is not None:
            ok = window.session.send_input("key", action="down", key="shift")
            ok = ok and window.session.send_input(
                "mouse", action="down", button="left", x=0.05, y=0.9
            )
            say("holding", ok=ok)
        elif line == "stop":
            break
    if window.session is not None:
        window.session.stop()
        say("ended", reason=await window.session.wait_ended())
    window.close()


def main(host: str, port: int, code: str) -> None:
    app = make_application()
    app.setStyleSheet(STYLE_SHEET)
    translations = Translations(app)
    translations.switch("en")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def run() -> None:
        local_port = await forward(host, port)
        window = SupporterWindow(
            f"ws://127.0.0.1:{local_port}/v1", translations, name="Anna",
            identity=run_only_identity(),
        )  # fmt: skip
        window.setGeometry(700, 380, 560, 320)
        window.show()
        QTest.keyClicks(window.code_edit, code)
        QTest.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        say("connecting", started=window.session is not None)
        await commands(window)

    with loop:
        loop.run_until_complete(run())


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
