"""A whole help session with the helper app on the portal backend (ASSIST_PLATFORM=portal).

Both apps' real session flows, a real pairing server on loopback, real aiortc; the
helper app's screen and input go through the real portal of the headless Wayland
desktop, whose question is answered by pressing Share over AT-SPI. The supporter must
see the Wayland client's colour pattern, and, once the home user granted control, the
supporter's click must reach that client.
"""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
import pytest

from assist_agent import platform
from assist_agent.live import ControlRequested
from assist_agent.platform.portal import share as shares
from assist_agent.session import CodeReady, HomeSession, SupporterAsks
from assist_client.session import SupporterSession
from tests.support.processes import stop
from tests.support.sessions import serve
from tests.support.timing import TIMEOUT_SCALE, until
from tests.wayland.pattern_client import QUARTERS
from tests.wayland.test_portal_screen import CLIENT, Events

pytestmark = [pytest.mark.wayland, pytest.mark.e2e, pytest.mark.timeout(300)]


def pattern_in(rgb: np.ndarray) -> bool:
    """The four quarters' colours, near enough after VP8, at their centres."""
    h, w = rgb.shape[:2]
    for (qx, qy), want in QUARTERS.items():
        got = rgb[h // 4 + qy * h // 2, w // 4 + qx * w // 2, :3].astype(int)
        if np.abs(got - np.array(want)).max() > 40:
            return False
    return True


@pytest.fixture
def portal_backend(on_desktop, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ASSIST_PLATFORM", "portal")
    platform.backend.cache_clear()
    assert platform.backend().name == "portal"
    yield on_desktop
    platform.backend.cache_clear()


def test_the_supporter_sees_the_wayland_screen_and_controls_it(portal_backend) -> None:
    desktop = portal_backend
    client = desktop.client(CLIENT)
    events = Events(client)
    events.next("shown")
    answer = desktop.answer("Share", allow_control=True, timeout=90)
    frames: list[np.ndarray] = []
    home_events: list[Any] = []

    async def scenario() -> None:
        server = await serve()
        loop = asyncio.get_running_loop()
        code_ready: asyncio.Future[Any] = loop.create_future()

        def on_home(event: Any) -> None:
            home_events.append(event)
            if isinstance(event, CodeReady) and not code_ready.done():
                code_ready.set_result(event.code)
            if isinstance(event, SupporterAsks):
                home.allow()  # our own consent first; the desktop asks after it

        home = HomeSession(server.url, on_home)
        supporter = None
        try:
            home.start()
            code = await asyncio.wait_for(code_ready, 10 * TIMEOUT_SCALE)
            supporter = SupporterSession(server.url, code, "Anna", lambda e: None, frames.append)
            supporter.start()
            await until(lambda: any(pattern_in(f) for f in frames[-5:]), 60, "the pattern")
            share = shares.current()
            assert share is not None and share.state == "sharing" and share.can_control
            assert supporter.request_control()
            await until(lambda: any(isinstance(e, ControlRequested) for e in home_events), 20)
            home.grant_control()
            await until(lambda: supporter.share_state == "controlling", 20, "control")
            assert supporter.send_input("mouse", action="click", button="left", x=0.75, y=0.25)
            press = await loop.run_in_executor(None, events.next, "press")
            w, h = desktop.size
            assert (press["x"], press["y"]) == (round(0.75 * (w - 1)), round(0.25 * (h - 1)))
        finally:
            for flow in (supporter, home):
                if flow is not None:
                    flow.stop()
            for flow in (supporter, home):
                if flow is not None:
                    await asyncio.wait_for(flow.wait_ended(), 10 * TIMEOUT_SCALE)
            await server.close()

    try:
        asyncio.run(scenario())
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert "pressed: Share" in out, err
    finally:
        stop(answer)
        stop(client)
    share = shares.current()
    assert share is not None and share.state == "ended"  # Stop ended the desktop's sharing
