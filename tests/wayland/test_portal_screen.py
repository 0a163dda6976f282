"""The portal backend's screen: a Wayland client's pixels arrive through PipeWire.

Real parts: headless mutter, xdg-desktop-portal(-gnome), PipeWire; the desktop's
question is answered by pressing its real Share/Cancel button over AT-SPI.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assist_agent.platform.portal.desktop_portal import Cancelled
from assist_agent.platform.portal.screen import PortalScreenSource
from assist_agent.platform.portal.share import PortalShare
from assist_agent.platform.screen import ScreenSource
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wayland import WaylandDesktop
from tests.wayland.pattern_client import QUARTERS

pytestmark = [pytest.mark.wayland, pytest.mark.platform, pytest.mark.timeout(180)]
CLIENT = Path(__file__).with_name("pattern_client.py")


class Events:
    """The pattern client's JSON lines, read on a thread so every wait has a deadline."""

    def __init__(self, client: subprocess.Popen[str]) -> None:
        self.client = client
        self._lines: queue.Queue[dict | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.client.stdout is not None
        for line in self.client.stdout:
            self._lines.put(json.loads(line))
        self._lines.put(None)

    def next(self, event: str, timeout: float = 20.0, keep=lambda e: True) -> dict:
        """The next line of kind `event` that `keep` accepts (others are skipped)."""
        deadline = time.monotonic() + timeout * TIMEOUT_SCALE
        while (left := deadline - time.monotonic()) > 0:
            try:
                data = self._lines.get(timeout=left)
            except queue.Empty:
                break
            if data is None:
                raise AssertionError("the client ended")
            if data["event"] == event and keep(data):
                return data
        raise AssertionError(f"no {event!r} from the client")

    def typed(self, timeout: float = 20.0) -> str:
        """The next key that made text (modifiers alone make none)."""
        return self.next("key", timeout, keep=lambda e: e["text"] != "")["text"]


@pytest.fixture
def pattern(on_desktop: WaylandDesktop):
    client = on_desktop.client(CLIENT)
    events = Events(client)
    shown = events.next("shown")
    yield events, shown
    stop(client)


def colour_at(frame: np.ndarray, x: int, y: int) -> tuple[int, int, int]:
    b, g, r = (int(v) for v in frame[y, x, :3])
    return r, g, b


def test_the_pattern_arrives_in_frames_from_the_portal_stream(on_desktop, pattern) -> None:
    client, shown = pattern
    source = PortalScreenSource(PortalShare())
    assert isinstance(source, ScreenSource)
    assert source.screen_size() is None  # nothing is known before the desktop answers
    answer = on_desktop.answer("Share", allow_control=False)
    try:
        source.open()
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert answer.returncode == 0, err
        assert "pressed: Share" in out
        assert source.share.state == "sharing"
        width, height = on_desktop.size
        assert source.screen_size() == (width, height)
        area = source.monitor_area(1)
        assert (area["width"], area["height"]) == (width, height)
        assert source.changed() == 1.0  # the first frame is news
        frame = source.grab(area)
        assert frame.shape == (height, width, 4) and frame.dtype == np.uint8
        for (qx, qy), rgb in QUARTERS.items():
            x = width // 4 + qx * width // 2
            y = height // 4 + qy * height // 2
            got = colour_at(frame, x, y)
            assert all(abs(a - b) <= 3 for a, b in zip(got, rgb, strict=True)), (qx, qy, got)
        part = source.grab({"left": width // 2, "top": 0, "width": 10, "height": 10})
        assert part.shape == (10, 10, 4)
        assert colour_at(part, 5, 5) == colour_at(frame, width // 2 + 5, 5)
    finally:
        source.close()
        stop(answer)
    assert source.share.state == "ended"


def test_cancel_on_the_desktops_question_ends_cleanly(on_desktop, pattern) -> None:
    source = PortalScreenSource(PortalShare())
    answer = on_desktop.answer("Cancel")
    try:
        with pytest.raises(Cancelled):
            source.open()
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert "pressed: Cancel" in out, err
        assert source.share.state == "cancelled"
        assert source.share.session is None
    finally:
        source.close()
        stop(answer)
    assert source.share.state == "cancelled"  # closing a cancelled share changes nothing
