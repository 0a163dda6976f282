"""What a call inside a session allows, as two plain objects with no I/O.

The supporter offers a call; only the home user's *Talk* starts it. While the screen
sharing is paused the call is on hold; Stop ends the session and the call with it.
Either side can mute itself. `mic_may_send` is the one answer the media code asks
before a microphone is opened; `may_hear` before the other side's voice is played.

Wire (data channel, docs/PROTOCOL.md): the supporter sends `call` with `action`
`offer` or `end`; the home user's app answers with `call_state`: `state` one of
`talking`, `declined`, `on_hold`, `ended`, and `muted`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class CallPhase(Enum):
    IDLE = "idle"  # no call (never offered, declined or ended)
    ASKED = "asked"  # home user: the supporter offers; supporter: waiting for an answer
    TALKING = "talking"


@dataclass
class HomeCallState:
    """The home user's side: their Talk, their mute, the share's pause."""

    phase: CallPhase = CallPhase.IDLE
    on_hold: bool = False
    muted: bool = False
    ended_for_good: bool = False  # the session is over: nothing starts again

    @property
    def mic_may_send(self) -> bool:
        return self.phase is CallPhase.TALKING and not self.on_hold and not self.muted

    @property
    def may_hear(self) -> bool:
        return self.phase is CallPhase.TALKING and not self.on_hold

    def offered(self, sharing: bool) -> bool:
        """The supporter offers a call; True if the home user should be asked now."""
        if self.ended_for_good or not sharing or self.phase is not CallPhase.IDLE:
            return False
        self.phase = CallPhase.ASKED
        return True

    def talk(self) -> bool:
        if self.phase is not CallPhase.ASKED or self.ended_for_good:
            return False
        self.phase, self.muted = CallPhase.TALKING, False
        return True

    def not_now(self) -> bool:
        if self.phase is not CallPhase.ASKED:
            return False
        self.phase = CallPhase.IDLE
        return True

    def end(self) -> bool:
        """Either side hangs up (the question is withdrawn too)."""
        if self.phase is CallPhase.IDLE:
            return False
        self.phase, self.muted = CallPhase.IDLE, False
        return True

    def stop(self) -> None:
        """The session ended: the call is over for good."""
        self.phase, self.ended_for_good = CallPhase.IDLE, True

    def wire_state(self) -> str:
        if self.phase is CallPhase.TALKING:
            return "on_hold" if self.on_hold else "talking"
        return "ended"


@dataclass
class SupporterCallState:
    """The supporter's side: their offer, their mute, what the home user's app says."""

    phase: CallPhase = CallPhase.IDLE
    on_hold: bool = False  # the home user paused the sharing
    muted: bool = False
    home_muted: bool = False

    @property
    def mic_may_send(self) -> bool:
        return self.phase is CallPhase.TALKING and not self.on_hold and not self.muted

    @property
    def may_hear(self) -> bool:
        return self.phase is CallPhase.TALKING and not self.on_hold

    def offer(self) -> bool:
        if self.phase is not CallPhase.IDLE:
            return False
        self.phase = CallPhase.ASKED
        return True

    def end(self) -> bool:
        if self.phase is CallPhase.IDLE:
            return False
        self.phase, self.muted = CallPhase.IDLE, False
        return True

    def home_says(self, state: str, muted: bool) -> None:
        """The home user's app tells the call's state (`call_state`)."""
        self.home_muted = muted
        if state in ("talking", "on_hold") and self.phase is not CallPhase.IDLE:
            if self.phase is CallPhase.ASKED:
                self.muted = False
            self.phase, self.on_hold = CallPhase.TALKING, state == "on_hold"
        elif state in ("declined", "ended"):
            self.phase, self.on_hold, self.muted = CallPhase.IDLE, False, False
