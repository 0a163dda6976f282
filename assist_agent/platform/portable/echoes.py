"""What the input sink injected, so the watch can tell those events from the home user's.

Where the system flags injected events (Windows: LLMHF_INJECTED/LLKHF_INJECTED; macOS:
the event source's state), pynput passes `injected=True` and this list is not needed.
On X11 events injected with XTest are not flagged (STACK-NOTES), so the sink notes each
key and button it is about to press or release here, and the watch "consumes" the
matching event when it comes back: an event nobody expected is the home user's — even
while the supporter keeps typing. An expectation that never comes back (characters sent
as XSendEvent are not seen by the watch) expires after `MEMORY` seconds.

No clock of its own and no I/O: `now` is passed in.
"""

from __future__ import annotations

import threading
from collections import deque

MEMORY = 1.0
"""Seconds an injected event is expected back."""
MAX_PENDING = 256

Echo = tuple[str, str, bool]
"""(kind, name, pressed): ("key", "ctrl", True), ("button", "left", False), ("scroll", "", True)."""


class InjectedEchoes:
    """A short list of events the sink injected and the watch has not seen yet."""

    def __init__(self, memory: float = MEMORY) -> None:
        self.memory = memory
        self._lock = threading.Lock()
        self._pending: deque[tuple[float, Echo]] = deque(maxlen=MAX_PENDING)

    def expect(self, echo: Echo, now: float) -> None:
        """The sink is about to inject this event."""
        with self._lock:
            self._pending.append((now, echo))

    def consume(self, echo: Echo, now: float) -> bool:
        """True if this event was expected (and no longer is): the sink's, not the home
        user's. The oldest matching expectation is used up."""
        with self._lock:
            while self._pending and now - self._pending[0][0] > self.memory:
                self._pending.popleft()
            for index, (_, pending) in enumerate(self._pending):
                if pending == echo:
                    del self._pending[index]
                    return True
        return False

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending)
