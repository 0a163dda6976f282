"""The home user's screen, drawn scaled to the widget with its aspect ratio kept."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from .remote_input import BUTTONS, StrokeBuilder, key_messages, to_fraction

Send = Callable[..., bool]
MOVE_INTERVAL = 1 / 60  # at most this often for pointer and mouse moves
# The home user's pointer, drawn by us (it is not in the video): a classic arrow.
ARROW = ((0, 0), (0, 17), (4.5, 13), (7.5, 19.5), (10, 18.5), (7, 12), (12.5, 12))


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
        self.setMouseTracking(True)
        # The window sets these: where input and teaching messages go.
        self.send_input: Send = lambda kind, **fields: False
        self.teach: Send = lambda kind, **fields: False
        self.controlling = False
        self._stroke = StrokeBuilder()
        self._last_move = 0.0
        self.cursor: tuple[float, float] | None = None  # home user's pointer, fractions

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

    def set_cursor(self, x: float, y: float, visible: bool) -> None:
        """Where the home user's pointer is (fractions of the picture), or hidden."""
        cursor = (x, y) if visible else None
        if cursor != self.cursor:
            old = self._cursor_rect()
            self.cursor = cursor
            self.update(old.united(self._cursor_rect()))  # repaint only around the arrow

    def cursor_point(self) -> QPointF | None:
        """The pointer's tip in widget coordinates (None when hidden or no picture)."""
        rect = self.image_rect()
        if self.cursor is None or rect.isEmpty():
            return None
        x, y = self.cursor
        return QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())

    def _cursor_rect(self) -> QRect:
        tip = self.cursor_point()
        if tip is None:
            return QRect()
        return QRect(int(tip.x()) - 2, int(tip.y()) - 2, 18, 25)

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
        tip = self.cursor_point()
        if tip is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#000000"), 1.2))
            painter.setBrush(QColor("#ffffff"))
            painter.drawPolygon(QPolygonF([tip + QPointF(dx, dy) for dx, dy in ARROW]))
        painter.end()

    # -- the supporter's mouse and keyboard -----------------------------------------------
    def _where(self, event: QMouseEvent | QWheelEvent) -> tuple[float, float] | None:
        return to_fraction(event.position(), self.image_rect())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = self._where(event)
        now = time.monotonic()
        if point is None:
            return
        if self._stroke.stroke is not None and not self.controlling:
            self._teach(self._stroke.add(point))
            return
        if now - self._last_move < MOVE_INTERVAL:
            return
        self._last_move = now
        x, y = point
        if self.controlling:
            self.send_input("mouse", action="move", x=x, y=y)
        else:
            self.teach("pointer", x=x, y=y)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point, button = self._where(event), BUTTONS.get(event.button())
        if point is None or button is None:
            return
        if self.controlling:
            self.send_input("mouse", action="down", button=button, x=point[0], y=point[1])
        elif button == "left":
            self._stroke.begin(point)

    mouseDoubleClickEvent = mousePressEvent  # noqa: N815 (the home side sees two clicks)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point, button = self._where(event), BUTTONS.get(event.button())
        if button is None:
            return
        if self.controlling:
            # Released outside the picture: release at the nearest edge, never skip it.
            x, y = point if point is not None else self._clamped(event)
            self.send_input("mouse", action="up", button=button, x=x, y=y)
        elif button == "left":
            if point is not None:
                self._teach(self._stroke.add(point))
            self._teach(self._stroke.end())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        point = self._where(event)
        if point is None or not self.controlling:
            return
        steps = event.angleDelta()
        dx, dy = round(steps.x() / 120), round(steps.y() / 120)
        if dx or dy:
            self.send_input(
                "mouse", action="wheel", x=point[0], y=point[1],
                dx=max(-20, min(20, dx)), dy=max(-20, min(20, dy)),
            )  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.controlling:
            super().keyPressEvent(event)
            return
        for kind, fields in key_messages(event.key(), event.modifiers(), event.text()):
            self.send_input(kind, **fields)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.controlling:
            super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        """While controlling, Tab belongs to the home user's screen, not to our window."""
        return False if self.controlling else super().focusNextPrevChild(next)

    def _clamped(self, event: QMouseEvent) -> tuple[float, float]:
        rect = self.image_rect()
        if rect.isEmpty():
            return 0.0, 0.0
        pos = event.position()
        x = min(max((pos.x() - rect.x()) / rect.width(), 0.0), 1.0)
        y = min(max((pos.y() - rect.y()) / rect.height(), 0.0), 1.0)
        return x, y

    def _teach(self, message: tuple[str, dict[str, Any]] | None) -> None:
        if message is not None:
            kind, fields = message
            self.teach(kind, **fields)
