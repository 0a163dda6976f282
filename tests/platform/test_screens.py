"""Several monitors and large screens (issue 13), with both X11 and the portable backend.

Two RandR monitors of different sizes on one Xvfb screen (STACK-NOTES): only the chosen
monitor is captured, switching while capturing works, and the supporter's pointer lands
on the right monitor. On 2560×1440 and 3840×2160 screens clicks land on the exact pixel
and 12 px text comes through the sharp pictures path unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRect

from assist_agent import platform
from assist_agent.capture import ScreenCapture
from assist_agent.platform.area import ScreenArea
from assist_agent.platform.mss_screen import NoSuchMonitor
from assist_client.remote_input import to_fraction
from assist_media.sharp import SharpLayer, SharpSender
from tests.platform import screens
from tests.platform.screens import Monitor
from tests.support.timing import TIMEOUT_SCALE

pytestmark = pytest.mark.platform

BACKENDS = ["x11", "portable"]
LEFT = Monitor("L", 1920, 1080, 0)
RIGHT = Monitor("R", 1280, 1024, 1920)
RED, BLUE = (220, 20, 30), (20, 40, 230)


def area_of(m: Monitor) -> dict[str, int]:
    return {"left": m.left, "top": m.top, "width": m.width, "height": m.height}


def wait_for(predicate: Any, timeout: float = 5.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def backend(name: str, display: str) -> platform.Backend:
    return platform.choose({"DISPLAY": display, "ASSIST_PLATFORM": name})


@pytest.fixture
def two_monitors(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Any]]:
    """A 3200×1080 screen split into L (1920×1080) and R (1280×1024 at x=1920), painted
    red and blue; DISPLAY points at it. Yields (display, an X connection)."""
    with screens.xvfb_screen(3200, 1080, (LEFT, RIGHT)) as display:
        monkeypatch.setenv("DISPLAY", display)
        with screens.connected(display) as conn:
            screens.paint(conn, (0, 0, 1920, 1080), RED)
            screens.paint(conn, (1920, 0, 1280, 1080), BLUE)
            yield display, conn


def is_colour(pixels: np.ndarray, rgb: tuple[int, int, int], bgr: bool = True) -> bool:
    """Every pixel within a small distance of `rgb` (video frames are close, not exact)."""
    wanted = np.array(rgb[::-1] if bgr else rgb)
    return bool((np.abs(pixels[..., :3].astype(int) - wanted) <= 12).all())


@pytest.mark.parametrize("name", BACKENDS)
def test_only_the_chosen_monitor_is_captured(two_monitors: tuple[str, Any], name: str) -> None:
    """Each monitor is grabbed alone, at its own size; a third is refused, never 'all'."""
    display, _ = two_monitors
    source = backend(name, display).make_screen_source()
    source.open()
    try:
        assert source.monitors() == [area_of(LEFT), area_of(RIGHT)]
        right = source.grab(source.monitor_area(2))
        assert right.shape == (1024, 1280, 4) and is_colour(right, BLUE)
        left = source.grab(source.monitor_area(1))
        assert left.shape == (1080, 1920, 4) and is_colour(left, RED)
        with pytest.raises(NoSuchMonitor):
            source.monitor_area(3)
    finally:
        source.close()


def newest_rgb(capture: ScreenCapture) -> np.ndarray | None:
    _, frame = capture.newest()
    return None if frame is None else frame.to_ndarray(format="rgb24")


def captured(capture: ScreenCapture, shape: tuple[int, int], rgb: tuple[int, int, int]) -> bool:
    """The capture's newest frame has this shape and is this colour inside its edges."""
    frame = newest_rgb(capture)
    if frame is None or frame.shape[:2] != shape:
        return False
    return is_colour(frame[100:-100, 100:-100], rgb, bgr=False)


@pytest.mark.parametrize("name", BACKENDS)
def test_switching_screens_while_capturing(two_monitors: tuple[str, Any], name: str) -> None:
    """A capture of the right monitor switches to the left one: size and pixels follow;
    the pointer is reported on the monitor shared, and hidden when off it."""
    display, conn = two_monitors
    chosen = backend(name, display)
    capture = ScreenCapture(2, fps=15, source=chosen.make_screen_source())
    sink = chosen.make_input_sink(ScreenArea.from_monitor(capture.area))
    capture.start()
    try:
        wait_for(lambda: captured(capture, (1024, 1280), BLUE), what="the right screen")
        sink.apply({"v": 1, "type": "mouse", "action": "move", "x": 0.5, "y": 0.5})
        wait_for(lambda: capture.pointer is not None and capture.pointer.visible
                 and abs(capture.pointer.x - 0.5) < 0.01, what="pointer on the right")  # fmt: skip
        area = capture.set_monitor(1)
        assert area == area_of(LEFT)
        wait_for(lambda: captured(capture, (1080, 1920), RED), what="the left screen")
        # The pointer is still on the right monitor: off the shared one, so hidden.
        wait_for(lambda: capture.pointer is not None and not capture.pointer.visible,
                 what="pointer hidden")  # fmt: skip
        sink.set_area(ScreenArea.from_monitor(area))
        sink.apply({"v": 1, "type": "mouse", "action": "move", "x": 0.25, "y": 0.75})
        wait_for(lambda: screens.pointer(conn) == (480, 810),  # 0.25 × 1920, 0.75 × 1080
                 what="pointer on the left monitor")  # fmt: skip
        wait_for(lambda: capture.pointer is not None and capture.pointer.visible,
                 what="pointer shown again")  # fmt: skip
    finally:
        capture.stop()
        sink.close()


@pytest.mark.parametrize("name", BACKENDS)
def test_clicks_land_on_the_monitor_shared(two_monitors: tuple[str, Any], name: str) -> None:
    """The supporter's fractions map onto the monitor shared, edges included."""
    display, conn = two_monitors
    screens.click_catcher(conn, 3200, 1080)
    sink = backend(name, display).make_input_sink(ScreenArea.from_monitor(area_of(RIGHT)))
    try:
        for x, y in ((0.0, 0.0), (1.0, 1.0), (0.5, 0.5)):
            sink.apply({"v": 1, "type": "mouse", "action": "click", "button": "left",
                        "x": x, "y": y})  # fmt: skip
        assert screens.clicks(conn, 3) == [(1920, 0), (3199, 1023), (1920 + 640, 512)]
    finally:
        sink.close()


@pytest.mark.parametrize("size", [(2560, 1440), (3840, 2160)], ids=["1440p", "2160p"])
@pytest.mark.parametrize("name", BACKENDS)
def test_clicks_land_on_the_exact_pixel_of_a_large_screen(
    monkeypatch: pytest.MonkeyPatch, name: str, size: tuple[int, int]
) -> None:
    """A click on a pixel of the supporter's picture (shown 1:1; the supporter app's own
    mapping) arrives at that pixel of the large screen."""
    width, height = size
    with screens.xvfb_screen(width, height) as display, screens.connected(display) as conn:
        monkeypatch.setenv("DISPLAY", display)
        screens.click_catcher(conn, width, height)
        sink = backend(name, display).make_input_sink(ScreenArea(0, 0, width, height))
        targets = [(0, 0), (width - 1, height - 1), (1234, 777), (width - 7, 3), (1, height - 2)]
        try:
            for x, y in targets:
                # What the supporter's view sends for a click on the centre of pixel
                # (x, y) of the picture shown at its own size.
                fraction = to_fraction(QPointF(x + 0.5, y + 0.5), QRect(0, 0, width, height))
                assert fraction is not None
                fx, fy = fraction
                sink.apply({"v": 1, "type": "mouse", "action": "click", "button": "left",
                            "x": fx, "y": fy})  # fmt: skip
            assert screens.clicks(conn, len(targets)) == targets
        finally:
            sink.close()


def text_image(qapp: Any, width: int, height: int) -> np.ndarray:
    """12 px text, black on white, rendered by Qt: H×W×4 BGRX."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(4, 14, "Settings › Printer › Use as default (12 px text)")
    painter.drawText(4, 32, "0123456789 ilIl1| äöå € The quick brown fox")
    painter.end()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine() // 4, 4)
    return rows[:, :width].copy()


@pytest.mark.parametrize("size", [(2560, 1440), (3840, 2160)], ids=["1440p", "2160p"])
def test_12px_text_arrives_exact_through_the_sharp_pictures(
    monkeypatch: pytest.MonkeyPatch, qapp: Any, size: tuple[int, int]
) -> None:
    """Text painted on a large screen, grabbed by the portable source and sent sharp,
    is every pixel the same in the supporter's composed picture."""
    width, height = size
    text = text_image(qapp, 400, 40)
    spot = (width - 600, height - 300)  # far from the origin: no lucky alignment
    with screens.xvfb_screen(width, height) as display, screens.connected(display) as conn:
        monkeypatch.setenv("DISPLAY", display)
        window = screens.paint(conn, (*spot, 400, 40), (255, 255, 255))
        gc = window.create_gc()
        window.put_image(gc, 0, 0, 400, 40, 2, 24, 0, text.tobytes())  # ZPixmap
        conn.sync()
        source = backend("portable", display).make_screen_source()
        source.open()
        try:
            picture = source.grab(source.monitor_area(1))
        finally:
            source.close()
    x, y = spot
    assert np.array_equal(picture[y : y + 40, x : x + 400, :3], text[..., :3])
    sender, layer = SharpSender(width, height), SharpLayer()
    assert sender.still(picture)
    while (message := sender.pop()) is not None:
        layer.apply(message)
    shown = layer.compose(np.zeros((height, width, 3), np.uint8))  # video: all black
    assert np.array_equal(shown[y : y + 40, x : x + 400], text[..., 2::-1])
