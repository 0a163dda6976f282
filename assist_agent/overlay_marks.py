"""The shapes the teaching overlay draws (`assist_agent.overlay`): the pointer, the
"look here" ring, a stroke and the sharing border, each an opaque top-level window whose
X shape is exactly what it draws (why: the overlay module's docstring).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPolygonF,
    QRegion,
)
from PySide6.QtWidgets import QWidget

# Teaching marks: bright yellow inside a near-black edge, so every mark shows on light
# and on dark backgrounds (yellow on black 15:1, black edge on white 18:1).
SUPPORTER_COLOR = QColor("#ffd400")
EDGE_COLOR = QColor("#141414")

# The sharing border: red (4.2:1 against black, 5.0:1 against white) with a thin white
# line inside it, so it still stands out where an application is itself red.
BORDER_COLOR = QColor("#e00000")
BORDER_INNER_COLOR = QColor("#ffffff")
BORDER_WIDTH = 6
BORDER_INNER_WIDTH = 2

# The pointer: a classic arrow 36 px tall (42 px with its edge), tip at (0, 0).
POINTER_ARROW = ((0, 0), (0, 31), (8, 24), (13, 36), (19, 33), (14, 22), (24, 22))
POINTER_EDGE = 3

# The "look here" ring grows and shrinks smoothly between these radii; it is thick
# when small and thin when large, which reads as a gentle fade.
PULSE_RADIUS = (14, 40)
PULSE_THICKNESS = (10, 4)
PULSE_EDGE = 2
# WCAG 2.3.1 allows up to 3 flashes a second; one smooth cycle a second stays well below.
MIN_PULSE_PERIOD_MS = 1000

STROKE_WIDTH = 10  # a 6 px yellow line with a 2 px dark edge on both sides
STROKE_EDGE = 2
STROKE_MIN_WIDTH = 3  # the thinnest step of the fade before the stroke goes
STROKE_FADE_TICK_MS = 40  # how often a fading stroke is looked at (it changes in whole px)
# Bounds on what one supporter can put on the screen (window count, memory).
MAX_STROKES = 32
MAX_POINTS_PER_STROKE = 2048
# A stroke's length at most this many diagonals of the shared screen: room for any real
# underline, circle or arrow, while a zig-zag flood stops costing anything.
MAX_INK_DIAGONALS = 8


def _region(path: QPainterPath) -> QRegion:
    """The pixels a filled path covers, as a region a window can be shaped to."""
    region = QRegion()
    for polygon in path.toFillPolygons():
        region = region.united(QRegion(polygon.toPolygon(), Qt.FillRule.WindingFill))
    return region


def _stroker(width: float) -> QPainterPathStroker:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker


class MarkWindow(QWidget):
    """A top-level window that floats above everything, lets clicks through and
    never takes focus. Subclasses shape it to what they draw."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool
            | Qt.WindowType.WindowTransparentForInput
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_X11DoNotAcceptFocus)
        # Every pixel inside the shape is painted, so Qt need not clear first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class BorderStrip(MarkWindow):
    """One edge of the sharing border: a plain rectangle, so it needs no shape.

    Four thin strips rather than one shaped monitor-sized window: some window managers
    treat an undecorated window that covers a whole monitor as full-screen."""

    def __init__(self, edge: str) -> None:
        super().__init__()
        self.edge = edge

    def place(self, area: QRect) -> None:
        x, y, w, h, b = area.x(), area.y(), area.width(), area.height(), BORDER_WIDTH
        rects = {
            "top": QRect(x, y, w, b),
            "bottom": QRect(x, y + h - b, w, b),
            "left": QRect(x, y + b, b, max(h - 2 * b, 1)),
            "right": QRect(x + w - b, y + b, b, max(h - 2 * b, 1)),
        }
        self.setGeometry(rects[self.edge])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), BORDER_COLOR)
        w, h = self.width(), self.height()
        outer, inner = BORDER_WIDTH - BORDER_INNER_WIDTH, BORDER_INNER_WIDTH
        # The white line runs along the inside of the red, meeting at the corners.
        lines = {
            "top": QRect(outer, outer, w - 2 * outer, inner),
            "bottom": QRect(outer, 0, w - 2 * outer, inner),
            "left": QRect(outer, 0, inner, h),
            "right": QRect(0, 0, inner, h),
        }
        painter.fillRect(lines[self.edge], BORDER_INNER_COLOR)
        painter.end()


class PointerWindow(MarkWindow):
    """The supporter's arrow; only the small window moves, nothing is repainted."""

    def __init__(self) -> None:
        super().__init__()
        self._arrow = QPolygonF()
        self._hotspot = QPoint()
        self._tail: tuple[bool, bool] | None = None

    def point_at(self, spot: QPoint, tail_right: bool, tail_down: bool) -> None:
        if self._tail != (tail_right, tail_down):
            self._shape(tail_right, tail_down)
        self.move(spot - self._hotspot)

    def _shape(self, tail_right: bool, tail_down: bool) -> None:
        sx, sy = (1 if tail_right else -1), (1 if tail_down else -1)
        arrow = QPolygonF([QPointF(sx * x, sy * y) for x, y in POINTER_ARROW])
        bounds = arrow.boundingRect()
        arrow.translate(POINTER_EDGE - bounds.left(), POINTER_EDGE - bounds.top())
        self._arrow = arrow
        self._hotspot = arrow.at(0).toPoint()  # the tip
        self._tail = (tail_right, tail_down)
        outline = QPainterPath()
        outline.addPolygon(arrow)
        outline.closeSubpath()
        # A round join keeps the edge an even 3 px around the sharp tip.
        shape = _region(outline).united(_region(_stroker(2 * POINTER_EDGE).createStroke(outline)))
        self.resize(
            math.ceil(bounds.width()) + 2 * POINTER_EDGE + 1,
            math.ceil(bounds.height()) + 2 * POINTER_EDGE + 1,
        )
        self.setMask(shape)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), EDGE_COLOR)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SUPPORTER_COLOR)
        painter.drawPolygon(self._arrow)
        painter.end()


class PulseWindow(MarkWindow):
    """A ring centred in a small square window; the shape follows the ring."""

    SIZE = 2 * PULSE_RADIUS[1] + 4

    def __init__(self) -> None:
        super().__init__()
        self.resize(self.SIZE, self.SIZE)
        self._ring = (0, 0)

    def centre_on(self, spot: QPoint) -> None:
        self.move(spot - QPoint(self.SIZE // 2, self.SIZE // 2))

    def set_ring(self, radius: int, thickness: int) -> None:
        if self._ring == (radius, thickness):
            return  # animation frames often round to the same ring; skip the work
        self._ring = (radius, thickness)
        c = self.SIZE // 2
        outer = QRegion(c - radius, c - radius, 2 * radius, 2 * radius, QRegion.RegionType.Ellipse)
        r = radius - thickness
        inner = QRegion(c - r, c - r, 2 * r, 2 * r, QRegion.RegionType.Ellipse)
        self.setMask(outer.subtracted(inner))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        radius, thickness = self._ring
        painter = QPainter(self)
        painter.fillRect(self.rect(), EDGE_COLOR)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        core = max(thickness - 2 * PULSE_EDGE, 1)
        painter.setPen(QPen(SUPPORTER_COLOR, core))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        middle = radius - thickness / 2
        painter.drawEllipse(QPointF(self.SIZE / 2, self.SIZE / 2), middle, middle)
        painter.end()


class StrokeWindow(MarkWindow):
    """One stroke, in a window the size of the stroke's bounding box.

    The shape (dark edge) and the yellow core are regions in screen coordinates that
    grow piece by piece: `extend` adds only the new segment's outline, and painting
    fills the two regions, so more ink costs the same whatever the stroke's length.
    (Rebuilding the whole mask per message took 16.6 ms on a full stroke, and an
    antialiased repaint of a long zig-zag stroke took seconds: a flood of draws could
    stall the helper app's event loop.) The overlay also caps a stroke's total ink.
    """

    def __init__(self) -> None:
        super().__init__()
        self._shape = QRegion()  # screen coordinates: the whole mark, edge included
        self._core = QRegion()  # screen coordinates: the yellow line inside the edge
        self._last: QPointF | None = None
        self._width = STROKE_WIDTH
        self._framed = False  # the window's geometry was chosen for this stroke

    def draw(self, points: list[QPointF], width: int) -> None:
        """Draw the whole stroke anew (a new width, or a new place on the screen)."""
        self._width = width
        self._shape = QRegion()
        self._core = QRegion()
        self._last = None
        self._framed = False
        self.extend(points)

    def extend(self, points: list[QPointF]) -> None:
        """Add the segment from the last point through `points`, at the current width."""
        if not points:
            return
        first = self._last is None
        start = points[0] if first else self._last
        assert start is not None
        segment = QPainterPath(start)
        for point in points[1:] if first else points:
            segment.lineTo(point)
        if segment.length() < 0.01:
            # A zero-length line has no outline; nudge it so a tap leaves a dot.
            segment.lineTo(start + QPointF(0.01, 0))
        self._last = points[-1]
        core_width = max(self._width - 2 * STROKE_EDGE, 1)
        self._shape = self._shape.united(_region(_stroker(self._width).createStroke(segment)))
        self._core = self._core.united(_region(_stroker(core_width).createStroke(segment)))
        bounds = self._shape.boundingRect()
        frame = self.geometry() if self._framed else QRect()
        if not frame.contains(bounds):
            # Resizing a shaped window is slow on X (3.4 s over a 1,024-message stroke when
            # it followed every point): grow with room to spare, a few times per stroke.
            margin = max(bounds.width(), bounds.height(), 64) // 2
            frame = bounds.adjusted(-margin, -margin, margin, margin)
            self.setGeometry(frame)
            self._framed = True
        self.setMask(self._shape.translated(-frame.topLeft()))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), EDGE_COLOR)
        painter.setClipRegion(self._core.translated(-self.geometry().topLeft()))
        painter.fillRect(self.rect(), SUPPORTER_COLOR)
        painter.end()
