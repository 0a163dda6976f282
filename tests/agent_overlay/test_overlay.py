"""The teaching overlay, proven from real captures of an X server without a compositor.

Everything is checked in what `mss` grabs from the Xvfb screen (what the supporter's
video would show), and with real X input from `xdotool`, never from the overlay's state.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator

import mss
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from assist_agent import overlay_marks
from assist_agent.overlay import OverlayTimings, TeachingOverlay
from tests.support.display import SCREEN
from tests.support.requires import missing
from tests.support.timing import TIMEOUT_SCALE

pytestmark = pytest.mark.e2e

# A shared area that does not start at (0, 0), so a mapping that forgets the offset fails.
AREA = QRect(80, 40, 1120, 640)
BACKDROP = (40, 90, 160)
YELLOW = overlay_marks.SUPPORTER_COLOR.getRgb()[:3]
RED = overlay_marks.BORDER_COLOR.getRgb()[:3]
WHITE = (255, 255, 255)
SLOW = 60_000  # long enough that nothing ends by itself during a test
MSS = getattr(mss, "MSS", None) or mss.mss  # mss 10.2 renamed the class and deprecated mss()


def expected_spot(x: float, y: float) -> tuple[int, int]:
    """Where fractions of AREA land on screen, worked out independently of the module."""
    return AREA.x() + int(x * AREA.width()), AREA.y() + int(y * AREA.height())


def grab(box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """The Xvfb screen (or the `box` left, top, width, height of it) as an H×W×3 RGB array."""
    with MSS() as grabber:
        region = grabber.monitors[1]
        if box is not None:
            region = dict(zip(("left", "top", "width", "height"), box, strict=True))
        shot = grabber.grab(region)
    return np.asarray(shot)[:, :, 2::-1].astype(np.int16)


def near(image: np.ndarray, rgb: tuple[int, ...], tolerance: int = 12) -> np.ndarray:
    """A boolean mask of the pixels within `tolerance` of colour `rgb`."""
    return np.abs(image - np.array(rgb, dtype=np.int16)).max(axis=-1) <= tolerance


def bbox(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the true pixels, inclusive; None when there are none."""
    ys, xs = np.nonzero(mask)
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def around(mask: np.ndarray, x: int, y: int, radius: int) -> np.ndarray:
    """The part of `mask` within `radius` px of (x, y), other pixels cleared."""
    cut = np.zeros_like(mask)
    cut[max(y - radius, 0) : y + radius + 1, max(x - radius, 0) : x + radius + 1] = True
    return mask & cut


def wait_for(qtbot, predicate: Callable[[], object], seconds: float = 3.0) -> None:
    """Let Qt and X run until predicate() holds (timeouts scale for slow machines)."""
    qtbot.waitUntil(lambda: bool(predicate()), timeout=int(seconds * 1000))  # scaled by qtbot


def luminance(rgb: tuple[int, ...]) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """WCAG contrast ratio between two colours."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class Backdrop(QWidget):
    """A plain-coloured window under the overlay that records where it is clicked."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setGeometry(0, 0, *SCREEN)
        self.clicks: list[QPoint] = []

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(*BACKDROP))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicks.append(event.globalPosition().toPoint())


@pytest.fixture
def backdrop(qtbot, xdisplay) -> Iterator[Backdrop]:
    """A full-screen plain window, on screen before any overlay window is mapped."""
    window = Backdrop()
    window.show()
    qtbot.waitExposed(window)
    wait_for(qtbot, lambda: near(grab()[SCREEN[1] // 2 : SCREEN[1] // 2 + 1], BACKDROP).all())
    yield window
    window.close()
    window.deleteLater()


@pytest.fixture
def make_overlay(qtbot, backdrop) -> Iterator[Callable[..., TeachingOverlay]]:
    """Build overlays over AREA with the given timings; every one is closed afterwards."""
    made: list[TeachingOverlay] = []

    def make(reduced_motion: bool = False, **timings: int) -> TeachingOverlay:
        defaults = {"pointer_idle_ms": SLOW, "look_ms": SLOW, "stroke_linger_ms": SLOW}
        overlay = TeachingOverlay(AREA, timings=OverlayTimings(**{**defaults, **timings}))
        overlay.reduced_motion = reduced_motion
        made.append(overlay)
        return overlay

    yield make
    for overlay in made:
        overlay.close()
    wait_for(qtbot, lambda: not near(grab(), YELLOW).any())


@pytest.fixture
def right_to_left(qapp) -> Iterator[None]:
    """The application laid out right to left, as with an Arabic translation."""
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def pointer_box() -> tuple[int, int, int, int] | None:
    """Screen bbox of the supporter-yellow pixels (only the pointer is shown when used)."""
    return bbox(near(grab(), YELLOW))


def test_border_frames_all_four_edges_in_a_high_contrast_colour_then_goes(qtbot, make_overlay):
    """show_border puts a ≥3:1-contrast frame on every edge of the area; hide_border removes it."""
    overlay = make_overlay()
    left, top, right, bottom = AREA.left(), AREA.top(), AREA.right(), AREA.bottom()
    xs = np.arange(left, right + 1, 37)
    ys = np.arange(top, bottom + 1, 29)

    def edges(rgb: tuple[int, ...]) -> bool:
        image = grab()
        return all(
            near(strip, rgb, 8).all()
            for strip in (image[top, xs], image[bottom, xs], image[ys, left], image[ys, right])
        )

    overlay.show_border()
    wait_for(qtbot, lambda: edges(RED))
    image = grab()
    seen = tuple(int(c) for c in image[top, (left + right) // 2])
    assert contrast(seen, WHITE) >= 3 and contrast(seen, (0, 0, 0)) >= 3
    # A white line runs inside the red, and nothing is drawn outside the area or inside it.
    assert near(image[top + 4 : top + 6, xs[1:-1]], WHITE, 8).all()
    assert near(image[top - 1, xs], BACKDROP).all()
    assert near(image[ys[1:-1], right + 1], BACKDROP).all()
    assert near(image[top + 6 : bottom - 5, left + 6 : right - 5], BACKDROP).all()

    overlay.hide_border()
    wait_for(qtbot, lambda: edges(BACKDROP))


def test_border_follows_set_area(qtbot, make_overlay):
    """After set_area the frame is drawn around the new area and no longer around the old."""
    overlay = make_overlay()
    overlay.show_border()
    wait_for(qtbot, lambda: near(grab()[300:400, AREA.right()], RED).all())
    overlay.set_area(QRect(0, 0, 640, 360))
    wait_for(
        qtbot,
        lambda: (
            near((image := grab())[100:300, 639], RED).all()
            and near(image[300:400, AREA.right()], BACKDROP).all()
        ),
    )


def test_pointer_tip_lands_on_the_mapped_spot_moves_and_hides(qtbot, make_overlay):
    """The pointer's tip shows at (0.25, 0.5) of the area, follows a move, is gone after hide."""
    overlay = make_overlay()
    x0, y0 = expected_spot(0.25, 0.5)
    overlay.move_pointer(0.25, 0.5)
    wait_for(qtbot, pointer_box)
    left, top, right, bottom = pointer_box()
    assert abs(left - x0) <= 2 and abs(top - y0) <= 3, (left, top, x0, y0)
    # At least 32 px tall, and with a dark edge around the yellow so it shows on white too.
    assert bottom - top >= 30 and right - left >= 18
    image = grab()
    assert (image[top - 2 : bottom + 3, left - 2 : right + 3].max(axis=2) < 40).sum() > 100

    x1, y1 = expected_spot(0.6, 0.3)
    overlay.move_pointer(0.6, 0.3)
    wait_for(qtbot, lambda: (box := pointer_box()) and abs(box[0] - x1) <= 2)
    left, top, *_ = pointer_box()
    assert abs(top - y1) <= 3
    assert not around(near(grab(), YELLOW), x0, y0, 40).any()

    overlay.hide_pointer()
    wait_for(qtbot, lambda: pointer_box() is None)


def test_pointer_hides_itself_after_a_quiet_spell(qtbot, make_overlay):
    """Without moves the pointer disappears from the screen by itself."""
    overlay = make_overlay(pointer_idle_ms=400)
    overlay.move_pointer(0.5, 0.5)
    wait_for(qtbot, pointer_box)
    wait_for(qtbot, lambda: pointer_box() is None, seconds=3)


def test_pointer_points_at_the_spot_in_right_to_left_layout(qtbot, make_overlay, right_to_left):
    """In a right-to-left app the arrow's tip is still on the spot, its tail trailing leftwards."""
    overlay = make_overlay()
    x0, y0 = expected_spot(0.25, 0.5)
    overlay.move_pointer(0.25, 0.5)
    wait_for(qtbot, pointer_box)
    left, top, right, _ = pointer_box()
    assert abs(right - x0) <= 2 and abs(top - y0) <= 3, (right, top, x0, y0)
    assert left < x0 - 15


def test_pointer_in_the_far_corner_stays_on_the_area(qtbot, make_overlay):
    """At (1, 1) the arrow turns so its tip is on the corner pixel and its body on the screen."""
    overlay = make_overlay()
    overlay.move_pointer(1.0, 1.0)
    wait_for(qtbot, pointer_box)
    left, top, right, bottom = pointer_box()
    assert AREA.right() - 3 <= right <= AREA.right()
    assert AREA.bottom() - 4 <= bottom <= AREA.bottom()
    assert bottom - top >= 30


def ring_box(x: int, y: int, reach: int = 60) -> tuple[int, int, int, int] | None:
    """Screen bbox of the yellow within `reach` px of (x, y) (grabs only that square)."""
    found = bbox(near(grab((x - reach, y - reach, 2 * reach + 1, 2 * reach + 1)), YELLOW))
    if found is None:
        return None
    left, top, right, bottom = found
    return left + x - reach, top + y - reach, right + x - reach, bottom + y - reach


def count_peaks(values: list[int], hysteresis: int = 6) -> int:
    """How many times a series turns from rising to falling (ignoring wobbles < hysteresis)."""
    peaks, rising, extreme = 0, None, values[0]
    for value in values[1:]:
        if rising is not False and value <= extreme - hysteresis:
            peaks += rising is True
            rising, extreme = False, value
        elif rising is not True and value >= extreme + hysteresis:
            rising, extreme = True, value
        elif (rising and value > extreme) or (rising is False and value < extreme):
            extreme = value
    return peaks


def test_look_here_pulses_around_the_spot_then_goes(qtbot, make_overlay):
    """look_here rings the spot, growing and shrinking, and is gone after look_ms."""
    overlay = make_overlay(look_ms=1500)
    x0, y0 = expected_spot(0.7, 0.25)
    overlay.look_here(0.7, 0.25)
    wait_for(qtbot, lambda: ring_box(x0, y0))
    widths = set()
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        box = ring_box(x0, y0)
        if box:
            left, top, right, bottom = box
            assert abs((left + right) / 2 - x0) <= 3 and abs((top + bottom) / 2 - y0) <= 3
            widths.add(right - left)
        qtbot.wait(40)
    assert max(widths) - min(widths) >= 20, sorted(widths)
    assert near(grab()[y0, x0], BACKDROP)  # a ring, not a blob hiding what it points at
    wait_for(qtbot, lambda: ring_box(x0, y0) is None, seconds=3)


def test_look_here_never_pulses_faster_than_once_a_second(qtbot, make_overlay):
    """Even when asked for 5 Hz, the ring grows and shrinks at most once a second (WCAG 2.3.1)."""
    overlay = make_overlay(pulse_period_ms=200)
    x0, y0 = expected_spot(0.3, 0.7)
    overlay.look_here(0.3, 0.7)
    wait_for(qtbot, lambda: ring_box(x0, y0))
    widths = []
    deadline = time.monotonic() + 1.6
    while time.monotonic() < deadline:
        if box := ring_box(x0, y0):
            widths.append(box[2] - box[0])
        qtbot.wait(20)
    assert max(widths) - min(widths) >= 20, widths
    assert count_peaks(widths) <= 2, widths


def test_look_here_stands_still_with_reduced_motion(qtbot, make_overlay):
    """With reduced motion the ring is drawn once, centred on the spot, and never changes size."""
    overlay = make_overlay(reduced_motion=True, look_ms=2500)
    x0, y0 = expected_spot(0.7, 0.25)
    overlay.look_here(0.7, 0.25)
    wait_for(qtbot, lambda: ring_box(x0, y0))
    boxes = set()
    for _ in range(8):
        boxes.add(ring_box(x0, y0))
        qtbot.wait(50)
    assert len(boxes) == 1, boxes
    left, top, right, bottom = boxes.pop()
    assert abs((left + right) / 2 - x0) <= 3 and abs((top + bottom) / 2 - y0) <= 3
    wait_for(qtbot, lambda: ring_box(x0, y0) is None, seconds=3)


STROKE = [(0.5, 0.8), (0.6, 0.8), (0.7, 0.8)]


def stroke_pixels() -> int:
    """How many yellow pixels lie along the STROKE line on screen."""
    (x0, y), (x1, _) = expected_spot(*STROKE[0]), expected_spot(*STROKE[-1])
    return int(near(grab()[y - 10 : y + 11, x0 - 10 : x1 + 11], YELLOW).sum())


def sample_until_gone(qtbot) -> list[int]:
    """Yellow pixel counts of the stroke, sampled until it has left the screen."""
    counts = [stroke_pixels()]
    deadline = time.monotonic() + 4 * TIMEOUT_SCALE
    while counts[-1] and time.monotonic() < deadline:
        qtbot.wait(15)
        counts.append(stroke_pixels())
    assert counts[-1] == 0, "the stroke never went away"
    return counts


def test_stroke_drawn_along_its_points_then_fades_away(qtbot, make_overlay):
    """A stroke covers the mapped line, thins out after its end and then disappears."""
    overlay = make_overlay(stroke_linger_ms=300, stroke_fade_ms=800)
    overlay.add_stroke(7, STROKE[:2], end=False)
    overlay.add_stroke(7, STROKE[2:], end=True)
    (x0, y), (x1, _) = expected_spot(*STROKE[0]), expected_spot(*STROKE[-1])
    wait_for(qtbot, lambda: near(grab()[y, x0 : x1 + 1], YELLOW).all())
    image = grab()
    assert not near(image[y - 12, x0:x1], YELLOW).any()  # a line, not a smear
    assert not near(image[y, x1 + 12 : x1 + 20], YELLOW).any()
    full = stroke_pixels()
    counts = sample_until_gone(qtbot)
    assert any(0 < n < full * 0.7 for n in counts), counts  # it got thinner on the way out


def test_stroke_just_disappears_with_reduced_motion(qtbot, make_overlay):
    """Under reduced motion the stroke stays whole until it vanishes in one step."""
    overlay = make_overlay(reduced_motion=True, stroke_linger_ms=300, stroke_fade_ms=800)
    overlay.add_stroke(1, STROKE, end=True)
    wait_for(qtbot, stroke_pixels)
    full = stroke_pixels()
    counts = sample_until_gone(qtbot)
    assert all(n == 0 or n >= full * 0.9 for n in counts), counts


def xdotool(*args: str) -> str:
    """Run xdotool against the Xvfb display (real X input, as injected input would be)."""
    if shutil.which("xdotool") is None:
        missing("xdotool", "scripts/setup.sh installs it")
    done = subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=10 * TIMEOUT_SCALE
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_clicks_on_pointer_and_stroke_reach_the_window_below(qtbot, make_overlay, backdrop):
    """A real X click exactly on the drawn pointer and on a stroke lands in the window below."""
    overlay = make_overlay()
    overlay.move_pointer(0.25, 0.5)
    overlay.add_stroke(3, STROKE, end=False)
    x0, y0 = expected_spot(0.25, 0.5)
    sx, sy = expected_spot(0.6, 0.8)
    wait_for(qtbot, lambda: pointer_box() and stroke_pixels())
    image = grab()
    # Click a pixel that the capture shows is the pointer's fill, and one on the stroke.
    targets = [(x0 + 4, y0 + 14), (sx, sy)]
    for x, y in targets:
        assert near(image[y, x], YELLOW), (x, y, image[y, x])
    for x, y in targets:
        xdotool("mousemove", str(x), str(y), "click", "1")
        wait_for(qtbot, lambda x=x, y=y: QPoint(x, y) in backdrop.clicks)


def input_hints(exclude: set[int]) -> dict[int, bool]:
    """For each other mapped top-level X window: may a window manager give it focus?"""
    from Xlib import X, Xutil, display

    connection = display.Display()
    try:
        hints = {}
        for window in connection.screen().root.query_tree().children:
            if window.id in exclude or window.get_attributes().map_state != X.IsViewable:
                continue
            wm_hints = window.get_wm_hints()
            # ICCCM: without an InputHint the window manager may focus the window.
            hints[window.id] = not (
                wm_hints and wm_hints.flags & Xutil.InputHint and not wm_hints.input
            )
        return hints
    finally:
        connection.close()


class Editor(QWidget):
    """The home user's own application, with the keyboard focus in a text field."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)
        self.setGeometry(300, 330, 400, 80)


def test_overlay_never_takes_the_keyboard_focus(qtbot, make_overlay, backdrop):
    """A text field in another window keeps focus and keeps getting typed keys while marks show."""
    editor = Editor()
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.field.setFocus()
    wait_for(qtbot, lambda: editor.field.hasFocus())
    focused = xdotool("getwindowfocus")

    overlay = make_overlay()
    overlay.show_border()
    for step in range(8):  # the pointer crosses the text field
        overlay.move_pointer(0.2 + step * 0.05, 0.5)
        qtbot.wait(20)
    overlay.look_here(0.3, 0.5)
    overlay.add_stroke(5, [(0.25, 0.45), (0.45, 0.55)], end=False)
    wait_for(qtbot, lambda: pointer_box() and near(grab()[AREA.top()], RED).any())

    assert xdotool("getwindowfocus") == focused
    assert QApplication.activeWindow() is editor and editor.field.hasFocus()
    # Xvfb has no window manager to hand out focus; check what one would read.
    hints = input_hints(exclude={int(backdrop.winId()), int(editor.winId())})
    assert len(hints) >= 6 and not any(hints.values()), hints
    xdotool("type", "--delay", "5", "hello")
    wait_for(qtbot, lambda: editor.field.text() == "hello")


def test_close_removes_every_mark_from_the_screen(qtbot, make_overlay):
    """After close nothing the overlay drew is left on screen, and later calls draw nothing."""
    overlay = make_overlay()
    overlay.show_border()
    overlay.move_pointer(0.5, 0.5)
    overlay.look_here(0.3, 0.3)
    overlay.add_stroke(2, STROKE, end=False)
    wait_for(qtbot, lambda: near(grab(), RED).any() and stroke_pixels() and pointer_box())
    overlay.close()
    overlay.move_pointer(0.4, 0.4)
    overlay.show_border()
    wait_for(qtbot, lambda: near(grab(), BACKDROP).all())
    # Late messages after the windows are deleted must neither raise nor draw.
    overlay.look_here(0.5, 0.5)
    overlay.add_stroke(9, STROKE, end=True)
    overlay.set_area(QRect(0, 0, 640, 360))
    overlay.hide_pointer()
    overlay.hide_border()
    overlay.clear()
    overlay.reduced_motion = True
    qtbot.wait(100)
    assert near(grab(), BACKDROP).all()
