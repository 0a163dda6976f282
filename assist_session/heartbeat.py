"""Heartbeats on the data channel: both apps notice a silent other side within a second.

WebRTC itself can take tens of seconds to call a connection failed; a home user must
not wait that long with keys held down on the supporter's behalf.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from .peer import PeerLink

HEARTBEAT_INTERVAL = 0.5
SILENCE_END = 20.0  # give up on the other side after this long without a word
TICK = 0.25


async def keep_alive(
    link: PeerLink,
    last_heard: Callable[[], float],
    clock: Callable[[], float],
    on_tick: Callable[[float], None] | None = None,
) -> str:
    """Send heartbeats and run `on_tick(now)` until the other side falls silent."""
    next_beat = 0.0
    while True:
        now = clock()
        if now >= next_beat:
            link.send("heartbeat")
            next_beat = now + HEARTBEAT_INTERVAL
        if now - last_heard() > SILENCE_END:
            return "connection_lost"
        if on_tick is not None:
            on_tick(now)
        await asyncio.sleep(TICK)
