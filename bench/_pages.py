"""Pages of small text, like a letter from an office, as BGRX images for the benchmarks.

Rendered with Qt (offscreen, DejaVu Sans 11–13 px, grey-on-white and black-on-white
lines, a form with boxes) so the video path sees real anti-aliased glyphs.
"""

from __future__ import annotations

import os
import random

import numpy as np

WORDS = (
    "benefit",
    "application",
    "office",
    "letter",
    "decision",
    "payment",
    "housing",
    "allowance",
    "pension",
    "insurance",
    "number",
    "date",
    "signature",
    "address",
    "appeal",
    "within",
    "days",
    "please",
    "contact",
    "reference",
    "account",
    "month",
    "year",
    "amount",
    "euro",
    "total",
    "income",
    "tax",
    "form",
    "section",
    "page",
)


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def text_page(width: int, height: int, seed: int = 1) -> np.ndarray:
    """An H×W×4 BGRX page of text; a different seed gives different words."""
    _app()
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    rng = random.Random(seed)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    y, margin = 140, 60
    while y < height - 20:
        size = rng.choice((11, 12, 13))
        font = QFont("DejaVu Sans")
        font.setPixelSize(size)
        font.setBold(rng.random() < 0.08)
        painter.setFont(font)
        painter.setPen(QColor("#000000") if rng.random() < 0.8 else QColor("#555555"))
        if rng.random() < 0.1:  # a form box with a label
            painter.setPen(QPen(QColor("#336699"), 1))
            painter.drawRect(QRect(margin, y - size, width // 3, size + 8))
            painter.drawText(margin + 4, y, " ".join(rng.choices(WORDS, k=3)).title() + ":")
        else:
            line, x = [], 0
            while x < width - 2 * margin - 80:
                word = rng.choice(WORDS)
                line.append(word)
                x += (len(word) + 1) * size * 0.6
            painter.drawText(margin, y, " ".join(line))
        y += size + rng.choice((5, 6, 8))
    painter.end()
    ptr = image.constBits()
    array = np.frombuffer(ptr, np.uint8, count=height * image.bytesPerLine())
    return array.reshape(height, image.bytesPerLine() // 4, 4)[:, :width].copy()


if __name__ == "__main__":  # manual check: writes /tmp/page.png
    page = text_page(1920, 1080)
    from PySide6.QtGui import QImage

    QImage(page.data, 1920, 1080, 1920 * 4, QImage.Format.Format_RGB32).save("/tmp/page.png")
