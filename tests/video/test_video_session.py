"""Whole sessions (server, home user, supporter, Xvfb): frames stay right after still
periods, after the screen changes size and after packet loss, and the supporter learns
where the pointer is."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable

import numpy as np
import pytest

from signaling.server import start_server
from tests.support.timing import until

from .xpaint import ColourBox, shows

pytestmark = pytest.mark.e2e

BOX = (60, 60, 240, 160)


class Session:
    """A home user who allows at once and a supporter who keeps the newest frame."""

    def __init__(self) -> None:
        self.frame: np.ndarray | None = None
        self.frames = 0
        self.home = None
        self.supporter = None

    def on_frame(self, rgb: np.ndarray) -> None:
        self.frame, self.frames = rgb, self.frames + 1

    @property
    def screen(self) -> tuple[int, int]:
        area = self.home.capture.area
        return area["width"], area["height"]

    def shows(self, rgb: tuple[int, int, int]) -> bool:
        return shows(self.frame, BOX, rgb, self.screen)


async def run_session(scenario: Callable[[Session], Awaitable[None]]) -> None:
    from assist_agent.session import CodeReady, HomeSession, SupporterAsks
    from assist_client.session import SupporterSession

    server = await start_server("127.0.0.1", 0)
    session = Session()
    codes: list[str] = []

    def on_home_event(event: object) -> None:
        if isinstance(event, CodeReady):
            codes.append(event.code.digits)
        elif isinstance(event, SupporterAsks):
            session.home.allow()

    session.home = HomeSession(server.url, on_home_event)
    session.home.start()
    try:
        await until(lambda: codes, what="code")
        from crypto.code import PairingCode

        session.supporter = SupporterSession(
            server.url, PairingCode.parse(codes[0]), "Anna", lambda e: None, session.on_frame
        )
        session.supporter.start()
        await until(lambda: session.frame is not None, 20, "first frame")
        await scenario(session)
    finally:
        for side in (session.supporter, session.home):
            if side is not None:
                side.stop()
                await side.wait_ended()
        await server.close()


@pytest.fixture
def box(xdisplay: str):
    painted = ColourBox(*BOX)
    painted.fill((200, 30, 30))
    yield painted
    painted.close()


def test_change_after_five_still_seconds_is_shown(box) -> None:
    """After 5 s of a still screen, the next change reaches the supporter."""

    async def scenario(s: Session) -> None:
        await until(lambda: s.shows((200, 30, 30)), 10, "first colour")
        await asyncio.sleep(5.0)
        box.fill((30, 30, 220))
        await until(lambda: s.shows((30, 30, 220)), 3, "colour after a still period")

    asyncio.run(run_session(scenario))


def test_picture_is_right_after_the_screen_changes_size(box, monkeypatch) -> None:
    """The shared screen becomes half as big mid-session (as after xrandr): the supporter
    gets pictures of the new size (a new encoder, a key frame) that show what is there."""
    from assist_agent.platform import mss_screen as capture_module

    async def scenario(s: Session) -> None:
        await until(lambda: s.shows((200, 30, 30)), 10, "first colour")
        full = dict(s.home.capture.area)
        assert s.frame is not None and s.frame.shape[1] == full["width"]
        smaller = {"left": 0, "top": 0, "width": full["width"] // 2, "height": full["height"] // 2}
        monkeypatch.setattr(capture_module, "monitor_area", lambda monitor: dict(smaller))
        s.home.capture._root_size = (1, 1)  # as if the root window had been another size
        box.fill((30, 200, 40))
        await until(
            lambda: s.frame is not None and s.frame.shape[1] == smaller["width"], 10, "new size"
        )
        assert s.frame.shape[:2] == (smaller["height"], smaller["width"])
        await until(lambda: s.shows((30, 200, 40)), 5, "colour at the new size")
        box.fill((30, 30, 220))
        await until(lambda: s.shows((30, 30, 220)), 5, "a later change at the new size")

    asyncio.run(run_session(scenario))


def test_picture_is_right_again_after_packet_loss(box) -> None:
    """With 20 % of media packets dropped, the picture still ends up right."""

    async def scenario(s: Session) -> None:
        await until(lambda: s.shows((200, 30, 30)), 10, "first colour")
        sender = s.home.link.pc.getTransceivers()[0].sender
        transport = sender.transport
        send_rtp = transport._send_rtp
        rng = random.Random(7)
        dropped = 0

        async def lossy(data: bytes) -> None:
            nonlocal dropped
            if rng.random() < 0.2:
                dropped += 1
                return
            await send_rtp(data)

        transport._send_rtp = lossy
        try:
            for colour in ((30, 200, 40), (30, 30, 220), (240, 220, 20)):
                box.fill(colour)
                await asyncio.sleep(0.7)
        finally:
            transport._send_rtp = send_rtp
        assert dropped > 0
        box.fill((250, 250, 250))
        # A hole is skipped after 2 s (receiving.HOLE_TIMEOUT_S), then a key frame.
        await until(lambda: s.shows((250, 250, 250)), 15, "colour after loss")

    asyncio.run(run_session(scenario))


def test_supporter_learns_the_pointer_position(box) -> None:
    """The home user's pointer reaches the supporter as a cursor message at the right place."""
    from Xlib import display

    async def scenario(s: Session) -> None:
        width, height = s.screen
        d = display.Display()
        for x, y in ((width // 4, height // 3), (width - 10, 5)):
            d.screen().root.warp_pointer(x, y)
            d.sync()
            want = (x / (width - 1), y / (height - 1))
            await until(
                lambda want=want: (
                    s.supporter.cursor is not None
                    and abs(s.supporter.cursor.x - want[0]) < 1e-3
                    and abs(s.supporter.cursor.y - want[1]) < 1e-3
                    and s.supporter.cursor.visible
                ),
                5,
                f"cursor at {want}",
            )
        d.close()

    asyncio.run(run_session(scenario))
