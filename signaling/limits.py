"""Per-connection and per-address limits, with no I/O and no clock of their own."""

from __future__ import annotations

import ipaddress
from collections import Counter, OrderedDict, deque

RATE_WINDOW_SECONDS = 60.0


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


def address_scopes(address: str) -> tuple[str, ...]:
    """The keys one client address is counted under, narrowest first.

    An IPv4 address counts as itself and its /24; an IPv6 address as itself, its /64 and
    its /48 (one home or one small site can hold a whole /48). IPv4-mapped IPv6 counts
    as IPv4. Anything that is not an address (a test's label) counts only as itself.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return (address,)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.version == 4:
        return (str(ip), str(ipaddress.ip_network(f"{ip}/24", strict=False)))
    return (
        str(ip),
        str(ipaddress.ip_network(f"{ip}/64", strict=False)),
        str(ipaddress.ip_network(f"{ip}/48", strict=False)),
    )


def scope_limits(
    address: str, per_address: int, per_net: int, per_wide: int
) -> list[tuple[str, int]]:
    """(key, limit) for each scope of `address`: the address, its /24 or /64, its /48."""
    limits = (per_address, per_net, per_wide)
    return [(key, limits[i]) for i, key in enumerate(address_scopes(address))]


class PrefixCounter:
    """Open connections per address and per network prefix; a connection must fit in all."""

    def __init__(self, per_address: int, per_net: int, per_wide: int) -> None:
        self._limits = (per_address, per_net, per_wide)
        self._open: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self._open)

    def open(self, address: str) -> bool:
        """Count one more connection; False (and nothing counted) when any scope is full."""
        scopes = scope_limits(address, *self._limits)
        if any(self._open[key] >= limit for key, limit in scopes):
            for key, _ in scopes:
                if self._open[key] == 0:
                    del self._open[key]
            return False
        for key, _ in scopes:
            self._open[key] += 1
        return True

    def closed(self, address: str) -> None:
        for key in address_scopes(address):
            left = self._open[key] - 1
            if left > 0:
                self._open[key] = left
            else:
                del self._open[key]


class ClaimLimiter:
    """Events per address and per network prefix in a rolling window.

    `per_window` bounds one address; `per_net` its IPv4 /24 or IPv6 /64, `per_wide` its
    IPv6 /48 (signaling.limits.address_scopes). Remembers a bounded number of keys.
    """

    def __init__(
        self,
        per_window: int,
        *,
        per_net: int | None = None,
        per_wide: int | None = None,
        window: float = RATE_WINDOW_SECONDS,
        max_addresses: int,
    ) -> None:
        self._limits = (
            per_window,
            per_window if per_net is None else per_net,
            per_window if per_wide is None else per_wide,
        )
        self._window = window
        self._max_addresses = max_addresses
        # Least recently used first, so pruning and eviction work from the front.
        self._buckets: OrderedDict[str, deque[float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def allow(self, address: str, now: float) -> bool:
        """Count one event; False when the address or one of its prefixes is over its limit."""
        scopes = scope_limits(address, *self._limits)
        buckets = [self._bucket(key, now) for key, _ in scopes]
        if any(len(bucket) >= limit for bucket, (_, limit) in zip(buckets, scopes, strict=True)):
            return False  # not recorded, so a bucket never grows past the limit
        for bucket in buckets:
            bucket.append(now)
        return True

    def _bucket(self, key: str, now: float) -> deque[float]:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = deque()
            if len(self._buckets) > self._max_addresses:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
        while bucket and now - bucket[0] >= self._window:
            bucket.popleft()
        return bucket

    def prune(self, now: float) -> None:
        """Forget keys with no event inside the window."""
        while self._buckets:
            bucket = next(iter(self._buckets.values()))
            if bucket and now - bucket[-1] < self._window:
                return
            self._buckets.popitem(last=False)
