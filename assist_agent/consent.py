"""What the home user has allowed, as a state machine with no I/O and no clock of its own.

    waiting ──allow──► viewing ──grant (after a request)──► controlling
                        ▲   ▲                                   │
                        │   └────── take back / release ────────┘
                        └── resume ── paused ◄── pause (or re-confirmation time) ──
    any state ──stop / peer gone──► ended

Seeing the screen and using the mouse and keyboard are separate permissions. The
supporter may only *ask* for control; only the home user's click grants it. Input is
accepted only in `controlling`, and not for a moment after the home user's own mouse
or keyboard moved. Time is passed in to every call.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

DEFAULT_RECONFIRM_AFTER = 30 * 60.0
ANNOUNCE_BEFORE = 60.0
LOCAL_ACTIVITY_GRACE = 1.5


class ShareState(enum.Enum):
    WAITING = "waiting"
    VIEWING = "viewing"
    CONTROLLING = "controlling"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class StateChanged:
    state: ShareState
    previous: ShareState
    reason: str  # "allowed", "granted", "taken_back", "released", "paused", "resumed",
    # "reconfirm", "stopped", "peer_gone"


@dataclass(frozen=True)
class ControlAsked:
    """The supporter asked to use the mouse and keyboard; the home user must answer."""


@dataclass(frozen=True)
class ReconfirmSoon:
    seconds_left: float


ConsentEvent = StateChanged | ControlAsked | ReconfirmSoon
SHARING = (ShareState.VIEWING, ShareState.CONTROLLING)


class Consent:
    """The one place that decides what the supporter may do right now."""

    def __init__(self, now: float, *, reconfirm_after: float = DEFAULT_RECONFIRM_AFTER) -> None:
        self._state = ShareState.WAITING
        self._resume_to = ShareState.VIEWING
        self.control_asked = False
        self.reconfirm_after = reconfirm_after
        self._confirmed_at = now
        self._announced = False
        self._hold_until = now
        self._mark = now
        self.viewing_seconds = 0.0
        self.controlling_seconds = 0.0
        self._events: list[ConsentEvent] = []

    @property
    def state(self) -> ShareState:
        return self._state

    def events_received(self) -> list[ConsentEvent]:
        events, self._events = self._events, []
        return events

    # -- questions ------------------------------------------------------------------
    @property
    def may_view(self) -> bool:
        return self._state in SHARING

    @property
    def may_teach(self) -> bool:
        """Pointer and drawing: allowed whenever the screen is seen."""
        return self._state in SHARING

    def may_inject(self, now: float) -> bool:
        """Mouse and keyboard input: only while controlling and the home user is still."""
        return self._state is ShareState.CONTROLLING and now >= self._hold_until

    def totals(self, now: float) -> tuple[float, float]:
        """(seconds the screen was seen, seconds the mouse and keyboard were used)."""
        self._account(now)
        return self.viewing_seconds, self.controlling_seconds

    # -- the home user's clicks -------------------------------------------------------
    def allow_viewing(self, now: float) -> None:
        if self._state is ShareState.WAITING:
            self._confirmed_at = now
            self._move(now, ShareState.VIEWING, "allowed")

    def grant_control(self, now: float) -> None:
        if self._state is ShareState.VIEWING and self.control_asked:
            self.control_asked = False
            self._move(now, ShareState.CONTROLLING, "granted")

    def deny_control(self, now: float) -> None:
        self.control_asked = False

    def take_back_control(self, now: float) -> None:
        if self._state is ShareState.CONTROLLING:
            self._move(now, ShareState.VIEWING, "taken_back")
        elif self._state is ShareState.PAUSED:
            self._resume_to = ShareState.VIEWING

    def pause(self, now: float, reason: str = "paused") -> None:
        if self._state in (*SHARING, ShareState.WAITING):
            self._resume_to = self._state
            self.control_asked = False
            self._move(now, ShareState.PAUSED, reason)

    def resume(self, now: float) -> None:
        if self._state is ShareState.PAUSED:
            if self._resume_to in SHARING:
                self._confirmed_at = now  # pressing Continue is a fresh confirmation
            self._announced = False
            self._move(now, self._resume_to, "resumed")

    def set_reconfirm_after(self, now: float, seconds: float) -> None:
        """A new interval, counted from the home user's last confirmation, not from now:
        changing the setting (which injected input might do) never puts the question off."""
        self.reconfirm_after = max(60.0, seconds)
        due = self._confirmed_at + self.reconfirm_after
        self._announced = self._announced and now >= due - ANNOUNCE_BEFORE

    def stop(self, now: float) -> None:
        if self._state is not ShareState.ENDED:
            self._move(now, ShareState.ENDED, "stopped")

    # -- the supporter's requests and the world -----------------------------------------
    def request_control(self, now: float) -> None:
        if self._state is ShareState.VIEWING and not self.control_asked:
            self.control_asked = True
            self._events.append(ControlAsked())

    def release_control(self, now: float) -> None:
        if self._state is ShareState.CONTROLLING:
            self._move(now, ShareState.VIEWING, "released")

    def peer_gone(self, now: float) -> None:
        if self._state is not ShareState.ENDED:
            self._move(now, ShareState.ENDED, "peer_gone")

    def local_activity(self, now: float) -> None:
        """The home user moved their own mouse or pressed a key: they win for a moment."""
        self._hold_until = max(self._hold_until, now + LOCAL_ACTIVITY_GRACE)

    def tick(self, now: float) -> None:
        """Announce, then ask for, the re-confirmation when its time comes."""
        if self._state not in SHARING:
            return
        due = self._confirmed_at + self.reconfirm_after
        if now >= due:
            self.pause(now, "reconfirm")
        elif now >= due - ANNOUNCE_BEFORE and not self._announced:
            self._announced = True
            self._events.append(ReconfirmSoon(due - now))

    # -- inside ---------------------------------------------------------------------
    def _move(self, now: float, state: ShareState, reason: str) -> None:
        self._account(now)
        previous, self._state = self._state, state
        self._events.append(StateChanged(state, previous, reason))

    def _account(self, now: float) -> None:
        elapsed = max(0.0, now - self._mark)
        self._mark = now
        if self._state in SHARING:
            self.viewing_seconds += elapsed
        if self._state is ShareState.CONTROLLING:
            self.controlling_seconds += elapsed
