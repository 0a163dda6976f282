"""What the supporter shows on the home user's screen while teaching: a pointer, a
"look here" pulse, strokes that fade, and the coloured "you are sharing" border.

Why shaped windows: many old and loaned computers run X without a compositing
manager (and so does Xvfb). There, a translucent ARGB window shows black where it
should be see-through. Every mark here is therefore an ordinary opaque top-level
window whose X shape (`QWidget.setMask`) is exactly what is drawn, so it looks the
same with or without a compositor and shows up in a plain screen capture.

Each window is frameless, stays on top, passes every click to the window below
(`WindowTransparentForInput`) and never takes keyboard focus. A shape mask has no
half-transparent pixels, so "fading" means getting thinner until gone, never blending.

Right-to-left: positions are fractions of the shared monitor, so nothing is mirrored
for placement. Only the pointer's arrow is mirrored in right-to-left layouts (and
near an edge) so its tail lies on the screen; its tip always sits on the spot.

Placing top-level windows at screen positions needs X11 (or Windows/macOS); a
Wayland session does not allow it.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import (
    QGuiApplication,
)
from PySide6.QtWidgets import QWidget

from assist_ui.motion import prefers_reduced_motion

from .overlay_marks import (
    MAX_INK_DIAGONALS,
    MAX_POINTS_PER_STROKE,
    MAX_STROKES,
    MIN_PULSE_PERIOD_MS,
    POINTER_ARROW,
    POINTER_EDGE,
    PULSE_RADIUS,
    PULSE_THICKNESS,
    STROKE_FADE_TICK_MS,
    STROKE_MIN_WIDTH,
    STROKE_WIDTH,
    BorderStrip,
    PointerWindow,
    PulseWindow,
    StrokeWindow,
)


@dataclass(frozen=True)
class OverlayTimings:
    """How long each mark stays; tests pass shorter ones."""

    pointer_idle_ms: int = 5000  # the pointer hides itself after this long without moves
    look_ms: int = 2000  # how long a "look here" ring stays
    pulse_period_ms: int = 1000  # one grow-and-shrink cycle (never below 1 s)
    stroke_linger_ms: int = 3000  # a finished stroke stays this long before fading...
    stroke_fade_ms: int = 1000  # ...and fades for this long (about 4 s in all)
    stroke_unfinished_ms: int = 15000  # a stroke whose end never came counts as ended


def fraction_to_point(area: QRect, x: float, y: float) -> QPoint:
    """The screen pixel (logical) at fractions x, y of `area`, kept inside the area."""
    x = min(max(x, 0.0), 1.0)
    y = min(max(y, 0.0), 1.0)
    # floor(f * size) is the pixel the supporter's view sampled; 1.0 maps to the last one.
    px = min(int(x * area.width()), area.width() - 1)
    py = min(int(y * area.height()), area.height() - 1)
    return QPoint(area.x() + max(px, 0), area.y() + max(py, 0))


class _Stroke:
    """A stroke's points (as fractions), its window, and when it starts to fade.

    Plain Python on purpose: one overlay-wide clock drives every stroke. With a
    QTimer and a QVariantAnimation per stroke (children of the overlay, removed with
    deleteLater), PySide 6.11 crashed in ~QObject when the overlay was dropped while
    those deletes were still pending.
    """

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []
        self.window = StrokeWindow()
        self.width = STROKE_WIDTH
        self.fade_at = 0.0  # time.monotonic() when the fade begins
        self.ink = 0.0  # the stroke's length so far, in screen pixels

    def dispose(self) -> None:
        self.window.hide()
        self.window.deleteLater()


class TeachingOverlay(QObject):
    """What the supporter shows on the home user's screen: their pointer, a 'look here'
    pulse, fading strokes, and the coloured 'you are sharing' border."""

    def __init__(
        self,
        area: QRect,
        *,
        timings: OverlayTimings | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`area` is the shared monitor's geometry in Qt (logical) screen coordinates."""
        super().__init__(parent)
        self._area = QRect(area)
        self.timings = timings or OverlayTimings()
        self._reduced_motion = prefers_reduced_motion()
        self._closed = False
        # Windows kept above every mark (the share bar with its Stop button).
        self.keep_above: list[QWidget] = []

        self._border = [BorderStrip(edge) for edge in ("top", "bottom", "left", "right")]
        for strip in self._border:
            strip.place(self._area)

        self._pointer = PointerWindow()
        self._pointer_at: tuple[float, float] | None = None
        self._pointer_idle = QTimer(self)
        self._pointer_idle.setSingleShot(True)
        self._pointer_idle.timeout.connect(self.hide_pointer)

        self._pulse = PulseWindow()
        self._pulse_at: tuple[float, float] | None = None
        self._pulse_end = QTimer(self)
        self._pulse_end.setSingleShot(True)
        self._pulse_end.timeout.connect(self._end_pulse)
        self._pulse_motion = QVariantAnimation(self)
        self._pulse_motion.setStartValue(0.0)
        self._pulse_motion.setEndValue(1.0)
        self._pulse_motion.setLoopCount(-1)  # _pulse_end stops it
        self._pulse_motion.valueChanged.connect(self._pulse_frame)

        self._strokes: dict[int, _Stroke] = {}
        self._stroke_clock = QTimer(self)
        self._stroke_clock.setSingleShot(True)
        self._stroke_clock.timeout.connect(self._tick_strokes)

    # -- settings ---------------------------------------------------------------------
    @property
    def reduced_motion(self) -> bool:
        """No pulsing or fading when true: rings stand still, strokes just disappear."""
        return self._reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._reduced_motion = bool(value)
        if self._reduced_motion and not self._closed:
            # Stop what is moving right now, not only the next animation.
            if self._pulse_motion.state() == QVariantAnimation.State.Running:
                self._pulse_motion.stop()
                self._pulse.set_ring(*self._still_ring())
            self._tick_strokes()  # strokes part-way through a fade go now

    @property
    def stroke_count(self) -> int:
        """How many strokes are on the screen now."""
        return len(self._strokes)

    def area(self) -> QRect:
        """The shared monitor's geometry the fractions refer to."""
        return QRect(self._area)

    def set_area(self, area: QRect) -> None:
        """Follow the shared monitor to a new geometry; every mark keeps its fractions."""
        self._area = QRect(area)
        if self._closed:
            return
        for strip in self._border:
            strip.place(self._area)
        if self._pointer_at is not None and self._pointer.isVisible():
            self._place_pointer(*self._pointer_at)
        if self._pulse_at is not None:
            self._pulse.centre_on(fraction_to_point(self._area, *self._pulse_at))
        for stroke in self._strokes.values():
            self._draw_stroke(stroke)

    # -- border -----------------------------------------------------------------------
    def show_border(self) -> None:
        """Frame the whole shared area so the home user sees that it is being shared."""
        if self._closed:
            return
        for strip in self._border:
            strip.show()
        self._keep_on_top()

    def hide_border(self) -> None:
        """Take the sharing frame away."""
        if self._closed:
            return
        for strip in self._border:
            strip.hide()

    # -- pointer ----------------------------------------------------------------------
    def move_pointer(self, x: float, y: float) -> None:
        """Show the supporter's pointer at fractions x, y; it hides after a quiet spell."""
        if self._closed or not (math.isfinite(x) and math.isfinite(y)):
            return
        self._pointer_at = (x, y)
        self._place_pointer(x, y)
        if not self._pointer.isVisible():
            self._pointer.show()
            self._keep_on_top()
        self._pointer_idle.start(self.timings.pointer_idle_ms)

    def hide_pointer(self) -> None:
        """Hide the supporter's pointer until the next move."""
        self._pointer_idle.stop()
        if self._closed:
            return  # the window is already gone
        self._pointer.hide()

    def _place_pointer(self, x: float, y: float) -> None:
        spot = fraction_to_point(self._area, x, y)
        width = max(px for px, _ in POINTER_ARROW) + 2 * POINTER_EDGE
        height = max(py for _, py in POINTER_ARROW) + 2 * POINTER_EDGE
        # The tail trails the way text flows, unless that would push it off the area.
        tail_right = QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft
        if tail_right and spot.x() + width > self._area.right():
            tail_right = False
        elif not tail_right and spot.x() - width < self._area.left():
            tail_right = True
        tail_down = spot.y() + height <= self._area.bottom()
        self._pointer.point_at(spot, tail_right, tail_down)

    # -- look here --------------------------------------------------------------------
    def look_here(self, x: float, y: float) -> None:
        """A slow pulsing ring at fractions x, y for a moment (a still one with reduced motion)."""
        if self._closed or not (math.isfinite(x) and math.isfinite(y)):
            return
        self._pulse_at = (x, y)
        self._pulse.centre_on(fraction_to_point(self._area, x, y))
        self._pulse_motion.stop()
        if self._reduced_motion:
            self._pulse.set_ring(*self._still_ring())
        else:
            self._pulse_frame(0.0)
            self._pulse_motion.setDuration(max(self.timings.pulse_period_ms, MIN_PULSE_PERIOD_MS))
            self._pulse_motion.start()
        self._pulse.show()
        self._keep_on_top()
        self._pulse_end.start(self.timings.look_ms)

    def _pulse_frame(self, value: float) -> None:
        # A cosine cycle grows and shrinks without any jump, so nothing ever flashes.
        phase = 0.5 - 0.5 * math.cos(2 * math.pi * value)
        radius = PULSE_RADIUS[0] + (PULSE_RADIUS[1] - PULSE_RADIUS[0]) * phase
        thickness = PULSE_THICKNESS[0] + (PULSE_THICKNESS[1] - PULSE_THICKNESS[0]) * phase
        self._pulse.set_ring(round(radius), round(thickness))

    @staticmethod
    def _still_ring() -> tuple[int, int]:
        return (PULSE_RADIUS[0] + PULSE_RADIUS[1]) // 2, PULSE_THICKNESS[0] - 2

    def _end_pulse(self) -> None:
        self._pulse_end.stop()
        self._pulse_motion.stop()
        self._pulse.hide()
        self._pulse_at = None

    # -- strokes ----------------------------------------------------------------------
    def add_stroke(self, stroke: int, points: list[tuple[float, float]], end: bool) -> None:
        """Append points (fractions) to stroke `stroke`; it fades about 4 s after its end."""
        if self._closed:
            return
        clean = [(x, y) for x, y in points if math.isfinite(x) and math.isfinite(y)]
        mark = self._strokes.get(stroke)
        if mark is None:
            if not clean:
                return
            while len(self._strokes) >= MAX_STROKES:
                self._remove_stroke(next(iter(self._strokes.values())))
            mark = self._new_stroke(stroke)
        room = MAX_POINTS_PER_STROKE - len(mark.points)
        added = self._within_ink(mark, clean[: max(room, 0)])
        mark.points.extend(added)
        wait_ms = self.timings.stroke_linger_ms if end else self.timings.stroke_unfinished_ms
        # More ink also brings a fading stroke back to full width and restarts its wait.
        mark.fade_at = time.monotonic() + wait_ms / 1000
        if mark.width != STROKE_WIDTH:
            mark.width = STROKE_WIDTH
            self._draw_stroke(mark)
        elif added:  # only the new segment: the cost does not grow with the stroke
            mark.window.extend([QPointF(fraction_to_point(self._area, x, y)) for x, y in added])
        if not mark.window.isVisible():
            mark.window.show()
            self._keep_on_top()
        self._tick_strokes()

    def _within_ink(
        self, mark: _Stroke, points: list[tuple[float, float]]
    ) -> list[tuple[float, float]]:
        """The points that fit in the stroke's ink budget (its length on the screen).

        Drawing costs by length: a zig-zag across the whole screen in every message
        would cost far more than any real underline or circle.
        """
        budget = MAX_INK_DIAGONALS * math.hypot(self._area.width(), self._area.height())
        last = mark.points[-1] if mark.points else None
        kept = []
        for x, y in points:
            if last is not None:
                mark.ink += math.hypot(
                    (x - last[0]) * self._area.width(), (y - last[1]) * self._area.height()
                )
            if mark.ink > budget:
                break
            kept.append((x, y))
            last = (x, y)
        return kept

    def _new_stroke(self, stroke_id: int) -> _Stroke:
        mark = _Stroke()
        self._strokes[stroke_id] = mark
        return mark

    def _draw_stroke(self, mark: _Stroke) -> None:
        points = [QPointF(fraction_to_point(self._area, x, y)) for x, y in mark.points]
        mark.window.draw(points, mark.width)

    def _tick_strokes(self) -> None:
        """Thin or remove the strokes whose time has come, then sleep until the next one."""
        now = time.monotonic()
        fade_s = self.timings.stroke_fade_ms / 1000
        next_s: float | None = None
        for mark in list(self._strokes.values()):
            if now < mark.fade_at:
                wait_s = mark.fade_at - now
            elif self._reduced_motion or now >= mark.fade_at + fade_s:
                self._remove_stroke(mark)  # reduced motion: gone in one step, no fade
                continue
            else:
                left = 1 - (now - mark.fade_at) / fade_s
                width = round(STROKE_MIN_WIDTH + (STROKE_WIDTH - STROKE_MIN_WIDTH) * left)
                if width != mark.width:  # whole pixels only: a few reshapes per fade
                    mark.width = width
                    self._draw_stroke(mark)
                wait_s = STROKE_FADE_TICK_MS / 1000
            next_s = wait_s if next_s is None else min(next_s, wait_s)
        if next_s is None:
            self._stroke_clock.stop()
        else:
            self._stroke_clock.start(max(math.ceil(next_s * 1000), 1))

    def _remove_stroke(self, mark: _Stroke) -> None:
        for key, value in list(self._strokes.items()):
            if value is mark:
                del self._strokes[key]
                mark.dispose()

    # -- everything -------------------------------------------------------------------
    def clear(self) -> None:
        """Remove the pointer, the ring and every stroke (the border stays)."""
        if self._closed:
            return
        self.hide_pointer()
        self._end_pulse()
        for mark in list(self._strokes.values()):
            self._remove_stroke(mark)
        self._stroke_clock.stop()

    def close(self) -> None:
        """Hide and delete every window; the overlay ignores calls from then on."""
        if self._closed:
            return
        self.clear()
        self._closed = True
        for window in (*self._border, self._pointer, self._pulse):
            window.hide()
            window.deleteLater()

    def _keep_on_top(self) -> None:
        # A newly shown ring or stroke is mapped above the pointer; lift the pointer back,
        # and then the windows that must never be covered (the share bar with Stop).
        if self._pointer.isVisible():
            self._pointer.raise_()
        for window in self.keep_above:
            if window.isVisible():
                window.raise_()
