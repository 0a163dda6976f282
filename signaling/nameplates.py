"""Nameplates: drawn at random, only as long as the waiting rooms and guessing need.

No I/O and no clock of its own (docs/PROTOCOL.md section 1 has the length rule).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence

from signaling.limits import RATE_WINDOW_SECONDS

MIN_NAMEPLATE_DIGITS = 4  # crypto/code.py: NAMEPLATE_MIN_DIGITS
MAX_NAMEPLATE_DIGITS = 9
SPARSITY = 1000  # at most one number in this many is a waiting room
GUESS_MARGIN = 250  # the space is at least this many times the wrong claims per minute
DRAWS_PER_LENGTH = 8


class NameplateDraw:
    """Random nameplates (`secrets`), only as long as the waiting rooms and guessing need.

    The length is the smallest, from 4 digits, whose space of 9·10^(n-1) numbers holds
    `SPARSITY` times the waiting rooms and `GUESS_MARGIN` times the wrong claims of the
    last minute: one random guess then hits a waiting room at most once in `SPARSITY`
    tries, and under a guessing attack the nameplates of new rooms grow until a room
    that waits a minute meets fewer than 1/`GUESS_MARGIN` · 9… expected hits. Rooms that
    already have a nameplate keep it. `ranges`, when given, replaces the rule: numbers
    are drawn at random from the first range that has a free one (tests).
    """

    def __init__(
        self,
        ranges: Sequence[tuple[int, int]] | None = None,
        randbelow: Callable[[int], int] = secrets.randbelow,
    ) -> None:
        if ranges is not None:
            previous_high = 0
            for low, high in ranges:
                if not previous_high < low <= high:
                    raise ValueError("nameplate ranges must be positive, ascending and disjoint")
                previous_high = high
            if not ranges:
                raise ValueError("at least one nameplate range is needed")
        self._ranges = None if ranges is None else tuple(ranges)
        self._randbelow = randbelow

    def take(self, in_use: Callable[[str], bool], waiting: int, misses: int) -> str | None:
        """A free nameplate, or None when none could be found."""
        if self._ranges is not None:
            return self._take_from_ranges(in_use)
        for digits in range(nameplate_digits(waiting, misses), MAX_NAMEPLATE_DIGITS + 1):
            low = 10 ** (digits - 1)
            for _ in range(DRAWS_PER_LENGTH):
                candidate = str(low + self._randbelow(9 * low))
                if not in_use(candidate):
                    return candidate
        return None

    def _take_from_ranges(self, in_use: Callable[[str], bool]) -> str | None:
        for low, high in self._ranges or ():
            size = high - low + 1
            start = self._randbelow(size)
            for step in range(size):
                candidate = str(low + (start + step) % size)
                if not in_use(candidate):
                    return candidate
        return None


def nameplate_digits(waiting: int, misses: int) -> int:
    """How many digits new nameplates get with `waiting` rooms and `misses` wrong claims."""
    needed = max(SPARSITY * (waiting + 1), GUESS_MARGIN * misses)
    digits = MIN_NAMEPLATE_DIGITS
    while digits < MAX_NAMEPLATE_DIGITS and 9 * 10 ** (digits - 1) < needed:
        digits += 1
    return digits


class MissCounter:
    """Wrong claims (unknown nameplates) server-wide, in fixed one-minute windows.

    `recent` is the larger of this window's and the last one's count, so the nameplate
    length does not drop back the instant a new window starts.
    """

    def __init__(self, window: float = RATE_WINDOW_SECONDS) -> None:
        self._window = window
        self._index = 0
        self._current = 0
        self._previous = 0

    def _roll(self, now: float) -> None:
        index = int(now // self._window)
        if index != self._index:
            self._previous = self._current if index == self._index + 1 else 0
            self._current = 0
            self._index = index

    def add(self, now: float) -> None:
        self._roll(now)
        self._current += 1

    def recent(self, now: float) -> int:
        self._roll(now)
        return max(self._current, self._previous)
