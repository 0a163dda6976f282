"""Paired rooms expire when idle, but a running help session keeps its room (issue 15, item 2).

The server ends a paired room after `paired_idle_timeout` without a relayed frame. A
running session talks over WebRTC, so both apps send a sealed `alive` through the room
every ROOM_ALIVE_INTERVAL; here both are shortened to seconds.
"""

from __future__ import annotations

import asyncio
import time

import pytest

import assist_session.flow as flow
from assist_agent.texts import ended_text as home_text
from signaling.rooms import Rooms
from signaling.server import SignalingServer, start_server
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import session, settle, shown_on_both

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
]
IDLE = 1.5


async def idle_limited_server() -> SignalingServer:
    rooms = Rooms(time.monotonic, paired_idle_timeout=IDLE)
    return await start_server("127.0.0.1", 0, rooms=rooms, expire_interval=0.1)


async def session_after(seconds: float) -> tuple[bool, tuple[str | None, str | None]]:
    """Run one session for `seconds`: (still shown on both apps, end reasons so far)."""
    server = await idle_limited_server()
    try:
        async with session(server.url) as run:
            await settle(run)
            assert shown_on_both(run)
            await asyncio.sleep(seconds)
            return not run.both_ended and shown_on_both(run), run.reasons
    finally:
        await server.close()


def test_a_running_session_keeps_its_room_past_the_idle_limit(
    run_async, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `alive` every 0.3 s a session outlives three idle limits of 1.5 s."""
    monkeypatch.setattr(flow, "ROOM_ALIVE_INTERVAL", 0.3)
    alive, reasons = run_async(session_after(3 * IDLE))
    assert alive, reasons
    assert reasons == (None, None)


def test_without_alive_the_idle_room_ends_with_room_expired(
    run_async, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Silent through the server, the room ends: both apps say `room_expired` in their words."""
    monkeypatch.setattr(flow, "ROOM_ALIVE_INTERVAL", 3600.0)
    alive, reasons = run_async(session_after(3 * IDLE))
    assert not alive
    assert reasons == ("room_expired", "room_expired")
    assert home_text("room_expired") != home_text("something_unknown")
