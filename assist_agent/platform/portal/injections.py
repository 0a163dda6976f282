"""When the portal sink injected a press: the ledger the own-windows guard reads.

The sink calls `noted(start, end)` around each `NotifyPointerButton` / `NotifyKeyboard*`
call (monotonic seconds). `injected_near(event_ms, now)` says whether an input event that
reached the helper app's own window could be one of those: by the event's own timestamp
when it is on the same clock (mutter stamps Wayland input events in milliseconds of
CLOCK_MONOTONIC, which is `time.monotonic()`), else by when the app received it.
No Qt here (see own_windows.py for the guard itself).
"""

from __future__ import annotations

import threading
import time
from collections import deque

EARLY_S = 0.05
"""An event stamped this much before the call began still counts (clock rounding)."""
AFTER_S = 1.0
"""An event stamped this long after an injection call ended is still counted as it (the
portal forwards the call to the desktop, which may stamp it later on a busy machine)."""
RECEIVED_AFTER_S = 2.0
"""Without a usable timestamp: an event received this long after an injection counts."""
SAME_CLOCK_S = 30.0
"""A timestamp further than this from now is on another clock."""

_lock = threading.Lock()
_spans: deque[tuple[float, float]] = deque(maxlen=64)


def noted(start: float, end: float | None = None) -> None:
    """The sink injected a button or key event between `start` and `end`."""
    with _lock:
        _spans.append((start, time.monotonic() if end is None else end))


def forget() -> None:
    """Clear the ledger (tests; a new session)."""
    with _lock:
        _spans.clear()


def injected_near(event_ms: int | None, now: float | None = None) -> bool:
    """Could an event stamped `event_ms` (or received `now`) be one the sink injected?"""
    now = time.monotonic() if now is None else now
    with _lock:
        spans = list(_spans)
    if not spans:
        return False
    if event_ms:
        # Wayland's times are 32-bit milliseconds: compare modulo 2**32.
        now_ms = int(now * 1000) & 0xFFFFFFFF
        age_ms = (now_ms - int(event_ms)) & 0xFFFFFFFF
        if age_ms <= SAME_CLOCK_S * 1000:
            stamped = now - age_ms / 1000
            return any(start - EARLY_S <= stamped <= end + AFTER_S for start, end in spans)
    return any(0 <= now - end <= RECEIVED_AFTER_S for _start, end in spans)
