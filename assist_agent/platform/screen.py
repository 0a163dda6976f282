"""The screen source: what the helper app needs from a desktop to share its screen.

One backend per kind of desktop implements `ScreenSource` (`x11/` today; a Wayland
portal and a portable mss backend next). The capture loop (`assist_agent/capture.py`)
talks only to this interface: it decides when to look, what to send and how often; the
source says what is on the screen, whether something changed, and where the pointer is.

Coordinates. Everything a source reports — monitor areas, changed boxes, the pointer —
is in the pixels of the pictures it grabs (physical pixels). A backend whose system
speaks in logical points (HiDPI scaling) converts before it answers, so the capture
loop never scales.

Threads. `monitors()` and `monitor_area()` may be called from any thread. Everything
else belongs to the capture thread: `open()` runs there first, `close()` last.
"""

from __future__ import annotations

import socket
from typing import NamedTuple, Protocol, TypedDict, runtime_checkable

import numpy as np

# A source with motion events is still asked for the pointer at least this often: a
# warp (a program moving the pointer) makes no motion event.
POINTER_POLL_S = 0.25


class Area(TypedDict):
    """A rectangle of the desktop in pixels (the keys mss uses for its monitors)."""

    left: int
    top: int
    width: int
    height: int


Box = tuple[int, int, int, int]  # x, y, width, height


class PointerReading(NamedTuple):
    """Where the pointer is on the desktop, and whether the system shows it."""

    x: int
    y: int
    visible: bool = True


@runtime_checkable
class ScreenSource(Protocol):
    """Pictures, change notices, the pointer and the monitors of one desktop."""

    # -- life ---------------------------------------------------------------------
    def open(self) -> None:
        """Connect to the desktop; called on the capture thread before any other use."""
        ...

    def close(self) -> None:
        """Let go of everything `open()` took (also after a failed `open()`); the source
        is not used again."""
        ...

    # -- what is on the screen --------------------------------------------------------
    def grab(self, area: Area) -> np.ndarray:
        """The pixels of `area` now, as an H×W×4 BGRX uint8 array (C-contiguous rows,
        ideally a view of the grab's own memory, not a copy). The array is the caller's:
        the source never writes into it after returning it. A grab of an area other than
        the last one follows the desktop's present layout (after a resize)."""
        ...

    # -- change notices ---------------------------------------------------------------
    @property
    def change_notices(self) -> bool:
        """The desktop tells what was drawn. Without it `changed()` always says 1.0 and
        the capture loop compares each grab with the last."""
        ...

    def changed(self) -> float:
        """How much was drawn since the last call, as a share of the screen (0.0:
        nothing; 1.0: all of it, or cannot tell)."""
        ...

    def changed_box(self, area: Area) -> Box | None:
        """Where the last `changed()` saw drawing, in `area`'s own pixels (it may reach
        outside `area`); None when the source cannot tell."""
        ...

    def wait(self, timeout: float, wake: socket.socket) -> None:
        """Sleep until something is drawn, the pointer moves, `wake` becomes readable,
        or `timeout` seconds pass. Only used when `motion_events` is true."""
        ...

    # -- the pointer ------------------------------------------------------------------
    @property
    def motion_events(self) -> bool:
        """The desktop reports pointer motion, so `pointer()` answers only when it moved
        (and every `POINTER_POLL_S`); the idle capture loop may then sleep in `wait()`.
        Without them the loop looks at the capture rate."""
        ...

    def pointer(self, now: float) -> PointerReading | None:
        """The pointer on the desktop, or None when there is no news (`now`: the
        monotonic clock, for the polling of sources with motion events)."""
        ...

    # -- the monitors -----------------------------------------------------------------
    def monitors(self) -> list[Area]:
        """Every monitor's area, in the order the home user numbers them (1, 2, …)."""
        ...

    def monitor_area(self, monitor: int) -> Area:
        """The area of monitor `monitor` (1 = first; 0 = the whole desktop)."""
        ...

    def screen_size(self) -> tuple[int, int] | None:
        """The whole desktop's size as last seen (None: no news yet). When it changes
        the caller asks `monitor_area()` again: the monitors may have moved."""
        ...
