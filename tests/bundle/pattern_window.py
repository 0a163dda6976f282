"""A frameless full-screen window in four known colours, on the home user's display.

Run by the bundle tests with the test venv's Python (`python pattern_window.py`); it
stays until terminated. The colours are those of tests/support/apps.py.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

QUADRANTS = {
    (0, 0): (220, 30, 30),
    (0, 1): (30, 200, 40),
    (1, 0): (30, 60, 230),
    (1, 1): (240, 220, 20),
}


class Pattern(QWidget):
    def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        w, h = self.width() // 2, self.height() // 2
        for (row, col), rgb in QUADRANTS.items():
            painter.fillRect(col * w, row * h, w, h, QColor(*rgb))
        painter.end()


def main() -> int:
    app = QApplication(sys.argv)
    window = Pattern(None, Qt.WindowType.FramelessWindowHint)
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    print("shown", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
