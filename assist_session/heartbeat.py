"""Heartbeats on the data channel, every HEARTBEAT_INTERVAL (0.5 s) both ways.

`keep_alive` ends the session after SILENCE_END (20 s) without a word from the other
side: WebRTC itself can take longer to call a connection failed. What must happen
sooner is the caller's job, through `on_tick`: the helper app releases every key and
button held for the supporter after 1.5 s of silence (`assist_agent.live.SILENCE_RELEASE`),
long before the session ends.
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
