"""Heartbeats on the data channel, every HEARTBEAT_INTERVAL (0.25 s) both ways.

`Liveness` (no I/O, driven by a clock) tells when the other side has fallen silent:
after SILENCE_LOST (1 s) the link counts as lost, so everything held for the supporter
is released within 1.5 s of a silent drop (bench/faults.py measures it), and both apps
show "Connection lost. Trying again…" with a countdown. A word from the other side
within RESUME_WINDOW (60 s) brings the link back (or a resumed link replaces it,
assist_session/resume.py): viewing goes on if the home user had allowed it, control is
asked again. After the window `keep_alive` returns "connection_lost" and the session
ends with a plain message. WebRTC itself gives up on a dead path only after ICE consent
fails (about 70 s here, assist_session/peer.py). The same loop hands memory freed by
the frame threads back to the system once a minute (assist_session/memory.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from .memory import FreedMemoryReturn
from .peer import PeerLink

HEARTBEAT_INTERVAL = 0.25
SILENCE_LOST = 1.0  # the link counts as lost after this long without a word
RESUME_WINDOW = 60.0  # how long the apps try to get the link back before giving up
SILENCE_END = SILENCE_LOST + RESUME_WINDOW  # give up on the other side after this long
TICK = 0.1


class Liveness:
    """Is the other side heard? `tick` says "lost" once, then "gave_up" at the window's end."""

    def __init__(
        self, now: float, lost_after: float = SILENCE_LOST, window: float = RESUME_WINDOW
    ) -> None:
        self.lost_after = lost_after
        self.window = window
        self.last_heard = now
        self.lost_since: float | None = None

    @property
    def lost(self) -> bool:
        return self.lost_since is not None

    @property
    def deadline(self) -> float:
        """When the apps give up (a clock time); meaningful while `lost`."""
        return self.last_heard + self.lost_after + self.window

    def heard(self, now: float) -> bool:
        """A word from the other side; True when it ends a loss (the link is back)."""
        self.last_heard = now
        back = self.lost_since is not None
        self.lost_since = None
        return back

    def tick(self, now: float) -> str | None:
        silent = now - self.last_heard
        if silent > self.lost_after + self.window:
            return "gave_up"
        if silent > self.lost_after and self.lost_since is None:
            self.lost_since = now
            return "lost"
        return None


async def keep_alive(
    beat: PeerLink | Callable[[], object],
    last_heard: Callable[[], float],
    clock: Callable[[], float],
    on_tick: Callable[[float], None] | None = None,
) -> str:
    """Send heartbeats (`beat()`, or a plain one on a link) and run `on_tick(now)` until
    the other side is silent too long."""
    next_beat = 0.0
    freed_memory = FreedMemoryReturn(clock())
    while True:
        now = clock()
        freed_memory.tick(now)
        if now >= next_beat:
            beat.send("heartbeat") if isinstance(beat, PeerLink) else beat()
            next_beat = now + HEARTBEAT_INTERVAL
        if now - last_heard() > SILENCE_END:
            return "connection_lost"
        if on_tick is not None:
            on_tick(now)
        await asyncio.sleep(TICK)


@dataclass(frozen=True)
class LinkLost:
    """Both apps' event: the other side is silent; `deadline` (a clock time) ends the try."""

    deadline: float


@dataclass(frozen=True)
class LinkBack:
    """Both apps' event: the other side is heard again within the window."""
