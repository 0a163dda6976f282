"""The home user's screen, drawn scaled to the widget with its aspect ratio kept."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


def fit_rect(image: QSize, area: QSize) -> QRect:
    """The largest rectangle of the image's shape that fits the area, centred."""
    if image.isEmpty() or area.isEmpty():
        return QRect()
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    return QRect((area.width() - width) // 2, (area.height() - height) // 2, width, height)


class RemoteView(QWidget):
    """Shows the newest decoded frame; old frames are simply replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remoteView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._frame: np.ndarray | None = None
        self._image: QImage | None = None
        self.frames_received = 0

    @property
    def frame(self) -> np.ndarray | None:
        """The newest frame as an H×W×3 RGB array (what the supporter sees)."""
        return self._frame

    def set_frame(self, rgb: np.ndarray) -> None:
        height, width, _ = rgb.shape
        rgb = np.ascontiguousarray(rgb)
        # QImage borrows the array's memory; keeping the array alive keeps it valid.
        self._frame = rgb
        self._image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
        self.frames_received += 1
        self.update()

    def clear(self) -> None:
        self._frame = None
        self._image = None
        self.update()

    def image_rect(self) -> QRect:
        if self._image is None:
            return QRect()
        return fit_rect(self._image.size(), self.size())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.image_rect(), self._image)
        painter.end()
