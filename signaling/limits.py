"""Per-connection and per-address limits, with no I/O and no clock of their own."""

from __future__ import annotations

from collections import Counter


class TokenBucket:
    """Allows `rate` events per second on average and bursts of up to `burst`."""

    __slots__ = ("_rate", "_burst", "_tokens", "_last")

    def __init__(self, rate: float, burst: int, now: float) -> None:
        self._rate = rate
        self._burst = float(burst)
        self._tokens = float(burst)
        self._last = now

    def allow(self, now: float) -> bool:
        """Take one token; False when the bucket is empty (the event is over the limit)."""
        elapsed = max(0.0, now - self._last)
        self._last = now
        self._tokens = min(self._burst, self._tokens + elapsed * self._rate)
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True


class AddressCounter:
    """Open connections per network address; forgets an address at zero."""

    def __init__(self, per_address: int) -> None:
        self._per_address = per_address
        self._open: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self._open)

    def open(self, address: str) -> bool:
        """Count one more connection from `address`; False (and not counted) when over."""
        if self._open[address] >= self._per_address:
            if self._open[address] == 0:
                del self._open[address]
            return False
        self._open[address] += 1
        return True

    def closed(self, address: str) -> None:
        left = self._open[address] - 1
        if left > 0:
            self._open[address] = left
        else:
            del self._open[address]
