"""Two monitors of different sizes on the portal desktop: only the chosen one is shared.

The desktop's own question chooses the screen (the second one here, pressed in its list
over AT-SPI); the stream then has that monitor's place and size, its frames hold only
that monitor, and the supporter's fractions map onto it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assist_agent.platform.area import ScreenArea
from assist_agent.platform.portal.input_sink import PortalInputSink
from assist_agent.platform.portal.screen import PortalScreenSource
from assist_agent.platform.portal.share import PortalShare
from tests.support.processes import stop
from tests.support.requires import require
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wayland import WaylandDesktop, missing_parts
from tests.wayland.pattern_client import QUARTERS
from tests.wayland.test_portal_screen import CLIENT, Events, colour_at

pytestmark = [pytest.mark.wayland, pytest.mark.platform, pytest.mark.timeout(180)]
FIRST, SECOND = (1280, 720), (800, 600)


@pytest.fixture(scope="module")
def desktop() -> Iterator[WaylandDesktop]:
    """This module's own desktop: two virtual monitors side by side."""
    gone = missing_parts()
    require(", ".join(gone) or "wayland desktop", not gone, "scripts/setup.sh installs them")
    with WaylandDesktop(FIRST, SECOND) as running:
        yield running


def share_monitor(desktop: WaylandDesktop, number: int) -> tuple[PortalScreenSource, str]:
    source = PortalScreenSource(PortalShare())
    answer = desktop.answer("Share", allow_control=True, monitor=number)
    source.open()
    out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
    stop(answer)
    assert answer.returncode == 0, err
    return source, out


def test_the_chosen_monitor_and_only_it_is_shared(on_desktop) -> None:
    client = on_desktop.client(CLIENT)  # fullscreen on one of the two monitors
    events = Events(client)
    shown = events.next("shown")
    on_first = (shown["width"], shown["height"]) == FIRST
    assert on_first or (shown["width"], shown["height"]) == SECOND
    pictures = {}
    try:
        for number, size in ((1, FIRST), (2, SECOND)):
            source, out = share_monitor(on_desktop, number)
            try:
                assert f"selected monitor {number} of 2" in out
                stream = source.share.stream
                assert (stream.width, stream.height) == size
                assert source.screen_size() == size
                area = source.monitor_area(1)
                frame = source.grab(area)
                assert frame.shape[:2] == (size[1], size[0])
                w, h = size
                pictures[number] = [
                    colour_at(frame, w // 4 + qx * w // 2, h // 4 + qy * h // 2)
                    for (qx, qy) in QUARTERS
                ]
                if (number == 1) == on_first:
                    # The client's monitor: the supporter's fraction lands on its pixel.
                    sink = PortalInputSink(
                        ScreenArea(stream.x, stream.y, stream.width, stream.height), source.share
                    )
                    sink.resume()
                    sink.apply({"type": "mouse", "action": "click", "button": "left",
                                "x": 0.5, "y": 0.25})  # fmt: skip
                    press = events.next("press")
                    assert (press["x"], press["y"]) == (round(0.5 * (w - 1)), round(0.25 * (h - 1)))
                    sink.close()
            finally:
                source.close()
        pattern = [rgb for rgb in QUARTERS.values()]
        with_client, without = (1, 2) if on_first else (2, 1)
        close = lambda a, b: all(abs(x - y) <= 3 for x, y in zip(a, b, strict=True))  # noqa: E731
        assert all(close(a, b) for a, b in zip(pictures[with_client], pattern, strict=True))
        # The other monitor's frames hold none of the client's colours: not all screens.
        assert not any(close(a, b) for a in pictures[without] for b in pattern)
    finally:
        stop(client)
