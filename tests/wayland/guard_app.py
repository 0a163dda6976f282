"""A Wayland client with the helper app's buttons, its portal sink and its guard.

Runs under the venv's Python with QT_QPA_PLATFORM=wayland and ASSIST_PLATFORM=portal on
the test desktop (tests/wayland/test_own_windows.py). It asks the portal for the screen
and input (the test answers the desktop's question with Share and "Allow remote
interaction"), makes the portal sink as the helper app does, and shows one full-screen
window with real buttons of the app: the share bar's controls (Private moment /
Show again, Take back control, Stop: `sharing_view.Controls`), and buttons named as the
app's Allow (allowButton), Allow control (grantControlButton) and Talk (callTalk).
`ProtectedWindows` is made as the home window makes it, so the guard is the app's.

JSON lines out: {"event": "shown", "size": [w, h], "buttons": {name: [x, y]}} (button
centres in screen pixels: the window is full screen on the only monitor), then
{"event": "clicked", "name": ...} per click, {"event": "press", ...} per mouse press
the app received (before the guard), and {"event": "status", "dropped": n}.
Commands in (one a line): "click NAME" (the supporter clicks there through the sink),
"key NAME" (the supporter presses a named key), "status", "quit".
"""

from __future__ import annotations

import json
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from assist_agent.platform.area import ScreenArea
from assist_agent.platform.portal.input_sink import PortalInputSink
from assist_agent.platform.portal.screen import PortalScreenSource
from assist_agent.platform.portal.share import PortalShare
from assist_agent.protected_windows import ProtectedWindows
from assist_agent.sharing_view import Controls
from assist_ui import widgets


def say(**event: object) -> None:
    print(json.dumps(event), flush=True)


class Commands(QObject):
    line = Signal(str)


class Presses(QObject):
    """Reports every mouse press the app receives, before the guard sees it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            pos = event.globalPosition()  # type: ignore[attr-defined]
            say(event="press", name=watched.objectName(), x=round(pos.x()), y=round(pos.y()),
                time=event.timestamp(), now=round(time.monotonic() * 1000))  # fmt: skip
        return False


def main() -> int:
    source = PortalScreenSource(PortalShare())
    source.open()  # the desktop asks; the test presses Share
    stream = source.share.stream
    assert stream is not None
    sink = PortalInputSink(ScreenArea(stream.x, stream.y, stream.width, stream.height),
                           source.share)  # fmt: skip
    sink.resume()
    app = QApplication(sys.argv)
    window = QWidget()
    window.setObjectName("guardWindow")
    grid = QGridLayout(window)
    controls = Controls("shareBar")
    controls.pause_button.setText("Show again")
    controls.stop_button.setText("Stop")
    controls.take_back_button.setText("Take back control")
    buttons = {
        "allowButton": widgets.button("allowButton", "primary"),
        "grantControlButton": widgets.button("grantControlButton"),
        "callTalk": widgets.button("callTalk"),
        "shareBarPause": controls.pause_button,
        "shareBarStop": controls.stop_button,
    }
    for n, (name, button) in enumerate(buttons.items()):
        button.setText(button.text() or name)
        button.setMinimumSize(200, 120)
        button.clicked.connect(lambda _=False, name=name: say(event="clicked", name=name))
        grid.addWidget(button, n // 3, n % 3)
    guard = ProtectedWindows(lambda rects, ids: None, [window], window)
    presses = Presses(window)
    app.installEventFilter(presses)  # after the guard: sees each press first
    commands = Commands()

    def run(line: str) -> None:
        words = line.split()
        if words[:1] == ["click"]:
            button = buttons[words[1]]
            centre = button.mapToGlobal(button.rect().center())
            w, h = stream.width, stream.height
            sink.apply({"type": "mouse", "action": "click", "button": "left",
                        "x": centre.x() / (w - 1), "y": centre.y() / (h - 1)})  # fmt: skip
        elif words[:1] == ["key"]:
            sink.apply({"type": "key", "action": "press", "key": words[1]})
        elif words[:1] == ["status"]:
            say(event="status", dropped=guard._guard.dropped if guard._guard else None)
        elif words[:1] == ["quit"]:
            app.quit()

    commands.line.connect(run, Qt.ConnectionType.QueuedConnection)

    def read() -> None:
        for line in sys.stdin:
            commands.line.emit(line.strip())
        commands.line.emit("quit")

    def shown() -> None:
        centres = {}
        for name, button in buttons.items():
            c = button.mapToGlobal(button.rect().center())
            centres[name] = [c.x(), c.y()]
        say(event="shown", size=[window.width(), window.height()], buttons=centres)
        threading.Thread(target=read, daemon=True).start()

    window.showFullScreen()
    QTimer.singleShot(1500, shown)  # the full-screen size has settled
    code = app.exec()
    sink.close()
    source.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
