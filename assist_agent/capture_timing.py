"""When the capture loop looks again, and when it offers a still picture again.

`Pacer` keeps the capture rate; `Refinement` decides the re-sends after a change (until
the encoder has sharpened the picture) and the keep-alives of a still screen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

REFINE_SECONDS = 3.0  # at most this long re-sending a still picture after a change
REFINE_MIN_FRAMES = 3  # always this many re-sends, even if the quantizer looks fine
KEEPALIVE_SECONDS = 1.0  # a still screen still sends one (tiny) frame this often


class Pacer:
    """Waits out the rest of each capture interval. A grab that ran late is made up by
    starting the next one at once (resetting the schedule instead lost a frame now and
    then: 29.8 grabs a second at 30 fps); more than one interval behind, the schedule
    starts afresh, so it never bursts to catch up."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.next_at = time.monotonic()

    def restart(self) -> None:
        self.next_at = time.monotonic()

    def wait(self, stop: threading.Event) -> None:
        self.next_at += self.interval
        delay = self.next_at - time.monotonic()
        if delay < -self.interval:
            self.next_at = time.monotonic()
        elif delay > 0:
            stop.wait(delay)


class Refinement:
    """When to offer a still picture again: refine after a change, then keep alive."""

    def __init__(
        self, settled: Callable[[], bool], clock: Callable[[], float] = time.monotonic
    ) -> None:
        """`settled()`: the encoder reports a fine quantizer, so refinement may end."""
        self.settled = settled
        self.changed_at: float | None = None
        self.sent_at = clock()
        self.resends = 0

    def changed(self, now: float, ladder: bool = True) -> None:
        """The picture changed. `ladder`: refine it with re-sends (False when the sharp
        picture channel will send it exactly: then only keep-alives)."""
        self.changed_at = now if ladder else None
        self.sent_at, self.resends = now, 0

    def refining(self, now: float) -> bool:
        """Re-sends to sharpen a changed picture are still going on."""
        return self.changed_at is not None and now - self.changed_at < REFINE_SECONDS

    def next_due(self) -> float:
        """When the next keep-alive is due (monotonic clock)."""
        return self.sent_at + KEEPALIVE_SECONDS

    def due(self, now: float) -> str:
        """'refine', 'keepalive' or '' (nothing to send now)."""
        refining = self.refining(now) and (self.resends < REFINE_MIN_FRAMES or not self.settled())
        if not refining and self.changed_at is not None:
            self.changed_at = None  # refinement over: from now on keep-alives only
        if refining or now - self.sent_at >= KEEPALIVE_SECONDS:
            self.sent_at = now
            self.resends += 1
            return "refine" if refining else "keepalive"
        return ""
