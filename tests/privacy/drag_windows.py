"""Windows that drag and take drops, in a process of their own (a real drag and drop runs
its own event loop and XDND conversation): `python drag_windows.py`.

Three frameless windows: "Muistio" (a drag starts from it when a button is held and the
pointer moves), "Muistio 2" (a plain window that takes drops) and "Kirjaudu - OP -
Mozilla Firefox" (a bank page that would take drops). Reports on stdout, one JSON
object a line: {"ready": true} once shown, {"pressed": title} when a press reaches a
window, {"drop": title, "text": ...} when a drop lands, {"drag_ended": action} when the
drag is over. "quit" on stdin ends it.
"""

from __future__ import annotations

import json
import sys
import threading

SOURCE = ("Muistio", (40, 440, 260, 160))
PLAIN = ("Muistio 2", (340, 440, 260, 160))
BANK = ("Kirjaudu - OP - Mozilla Firefox", (640, 440, 260, 160))
DRAGGED = "siirrettävä teksti"


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main() -> None:
    from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
    from PySide6.QtGui import QDrag
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)

    class Window(QWidget):
        def __init__(self, title: str, rect: tuple[int, int, int, int], source: bool):
            super().__init__(None, Qt.WindowType.FramelessWindowHint)
            self.setWindowTitle(title)
            self.setGeometry(*rect)
            self.setAcceptDrops(not source)
            self.source = source
            self.pressed_at = None

        def mousePressEvent(self, event) -> None:  # noqa: N802
            self.pressed_at = event.position().toPoint()
            say(pressed=self.windowTitle())

        def mouseMoveEvent(self, event) -> None:  # noqa: N802
            if not self.source or self.pressed_at is None:
                return
            if (event.position().toPoint() - self.pressed_at).manhattanLength() < 8:
                return
            self.pressed_at = None
            drag = QDrag(self)
            data = QMimeData()
            data.setText(DRAGGED)
            drag.setMimeData(data)
            say(drag_started=True)
            action = drag.exec(Qt.DropAction.CopyAction)
            say(drag_ended=int(action.value))

        def mouseReleaseEvent(self, event) -> None:  # noqa: N802
            self.pressed_at = None

        def dragEnterEvent(self, event) -> None:  # noqa: N802
            event.acceptProposedAction()

        def dragMoveEvent(self, event) -> None:  # noqa: N802
            event.acceptProposedAction()

        def dropEvent(self, event) -> None:  # noqa: N802
            say(drop=self.windowTitle(), text=event.mimeData().text())
            event.acceptProposedAction()

    windows = [Window(*SOURCE, True), Window(*PLAIN, False), Window(*BANK, False)]

    class Commands(QObject):
        line = Signal(str)

    commands = Commands()
    commands.line.connect(lambda line: app.quit() if line == "quit" else None)

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.line.emit(line.strip())
        commands.line.emit("quit")

    threading.Thread(target=read_stdin, daemon=True).start()
    for window in windows:
        window.show()
    QTimer.singleShot(300, lambda: say(ready=True))
    app.exec()


if __name__ == "__main__":
    main()
