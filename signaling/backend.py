"""Where rooms live: in this process (default) or in Redis shared by several instances.

The transport (`signaling.server`) talks to a `RoomBackend`. Both backends take frames
from local connections and return the actions for local connections; the Redis one
also delivers actions that other instances send to our connections through `deliver`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, Protocol

from signaling.config import Config, Limits
from signaling.rooms import Action, RoomObserver, Rooms

if TYPE_CHECKING:
    from signaling.verified import SupporterPolicy

Deliver = Callable[[list[Action]], None]


class RoomBackend(Protocol):
    """What the transport needs from a room store; connections are the transport's ids.

    A backend may wrap another one (tests put a malicious relay around a real backend):
    it then passes `observer` and every call on, and may change the actions coming back.
    """

    observer: RoomObserver | None

    async def start(self, deliver: Deliver) -> None: ...

    async def close(self) -> None: ...

    async def receive(self, conn: int, message: object, address: str) -> list[Action]: ...

    async def reject(self, conn: int, code: str) -> list[Action]: ...

    async def disconnected(self, conn: int) -> list[Action]: ...

    async def expire(self) -> list[Action]: ...

    def in_room(self, conn: int) -> bool: ...

    async def ready(self) -> tuple[bool, str]: ...

    @property
    def rooms_open(self) -> int: ...


class MemoryBackend:
    """Rooms in this process: the I/O-free `Rooms` model behind the async interface."""

    def __init__(self, rooms: Rooms) -> None:
        self.rooms = rooms

    @property
    def observer(self) -> RoomObserver | None:
        return self.rooms.observer

    @observer.setter
    def observer(self, observer: RoomObserver | None) -> None:
        self.rooms.observer = observer

    async def start(self, deliver: Deliver) -> None:
        """Nothing to connect to: every action is returned to the caller."""

    async def close(self) -> None:
        """Nothing to release."""

    async def receive(self, conn: Hashable, message: object, address: str) -> list[Action]:
        return self.rooms.receive(conn, message, address)

    async def reject(self, conn: Hashable, code: str) -> list[Action]:
        return self.rooms.reject(conn, code)

    async def disconnected(self, conn: Hashable) -> list[Action]:
        return self.rooms.disconnected(conn)

    async def expire(self) -> list[Action]:
        return self.rooms.expire()

    def in_room(self, conn: Hashable) -> bool:
        return self.rooms.room_of(conn) is not None

    async def ready(self) -> tuple[bool, str]:
        return True, "ready"

    @property
    def rooms_open(self) -> int:
        return self.rooms.rooms_open


def memory_rooms(limits: Limits, supporters: SupporterPolicy | None = None) -> Rooms:
    """The in-process room model with the configured limits (the server's default)."""
    return Rooms(
        time.monotonic,
        max_tracked_addresses=limits.max_tracked_addresses,
        supporters=supporters,
        **room_rules(limits),
    )


def supporter_policy(config: Config) -> SupporterPolicy | None:
    """Issue 16: the claim rule for verified supporters, when the configuration asks."""
    if not config.require_verified_supporters:
        return None
    from signaling.verified import SupporterPolicy  # cryptography only when used

    # The newest lists in trust_lines_dir count too, for the configured keys only.
    return SupporterPolicy(config.trusted_organisations, folder=config.trust_lines_dir or None)


def room_rules(limits: Limits) -> dict[str, Any]:
    """The limits both room backends take, by their keyword names."""
    return {
        "code_lifetime": limits.code_lifetime,
        "claims_per_minute": limits.claims_per_minute,
        "claims_per_minute_per_prefix": limits.claims_per_minute_per_prefix,
        "claims_per_minute_per_wide_prefix": limits.claims_per_minute_per_wide_prefix,
        "registrations_per_minute": limits.registrations_per_minute,
        "registrations_per_minute_per_prefix": limits.registrations_per_minute_per_prefix,
        "registrations_per_minute_per_wide_prefix": (
            limits.registrations_per_minute_per_wide_prefix
        ),
        "paired_lifetime": limits.paired_lifetime,
        "paired_idle_timeout": limits.paired_idle_timeout,
        "max_rooms": limits.max_rooms,
        "max_body_chars": limits.max_frame_bytes,
    }


def make_backend(config: Config) -> RoomBackend | None:
    """The Redis backend when `config.redis_url` is set; None means in-memory rooms."""
    if not config.redis_url:
        return None
    from signaling.redis_rooms import RedisRooms  # redis is only needed when used

    limits = config.limits
    return RedisRooms(
        config.redis_url,
        time.monotonic,
        room_ttl=limits.room_ttl,
        heartbeat=config.redis_heartbeat,
        supporters=supporter_policy(config),
        **room_rules(limits),
    )
