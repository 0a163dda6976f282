"""A Wayland client for the portal tests: paints a known pattern, reports its input.

Run with QT_QPA_PLATFORM=wayland on the test compositor (tests/support/wayland.py). It
fills the screen with four coloured quarters (see QUARTERS) and prints one JSON line
per event it receives: {"event": "shown"}, then "press"/"release" with the button and
the position in window pixels, "move", "key" with Qt's key text, and "wheel".
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

# (x fraction, y fraction) of each quarter's top-left → colour (R, G, B)
QUARTERS = {
    (0, 0): (220, 30, 30),
    (1, 0): (30, 200, 40),
    (0, 1): (30, 60, 230),
    (1, 1): (240, 220, 20),
}
BUTTONS = {
    Qt.MouseButton.LeftButton: "left",
    Qt.MouseButton.RightButton: "right",
    Qt.MouseButton.MiddleButton: "middle",
}


def say(**event: object) -> None:
    print(json.dumps(event), flush=True)


class Pattern(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setMouseTracking(True)
        self.setWindowTitle("assist-pattern")
        self._shown = False
        self._bar = -1  # --animate: a bar that moves across, redrawn 60 times a second
        if "--animate" in sys.argv:
            self._timer = QTimer(self)
            self._timer.timeout.connect(self._step)
            self._timer.start(16)

    def _step(self) -> None:
        self._bar = (self._bar + 8) % max(self.width(), 1)
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        p = QPainter(self)
        w, h = self.width(), self.height()
        for (qx, qy), rgb in QUARTERS.items():
            p.fillRect(
                qx * w // 2,
                qy * h // 2,
                w - w // 2 if qx else w // 2,
                h - h // 2 if qy else h // 2,
                QColor(*rgb),
            )
        if self._bar >= 0:
            p.fillRect(self._bar, 0, 40, h, QColor(0, 0, 0))
        p.end()
        if not self._shown:
            self._shown = True
            QTimer.singleShot(300, lambda: say(event="shown", width=w, height=h))

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        say(
            event="press",
            button=BUTTONS.get(e.button(), "other"),
            x=round(e.position().x()),
            y=round(e.position().y()),
        )

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        say(
            event="release",
            button=BUTTONS.get(e.button(), "other"),
            x=round(e.position().x()),
            y=round(e.position().y()),
        )

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        say(event="move", x=round(e.position().x()), y=round(e.position().y()))

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        say(event="key", text=e.text(), key=int(e.key()))

    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802
        say(event="wheel", dy=e.angleDelta().y())


def main() -> int:
    app = QApplication(sys.argv)
    window = Pattern()
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
