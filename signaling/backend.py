"""Where rooms live: in this process (default) or in Redis shared by several instances.

The transport (`signaling.server`) talks to a `RoomBackend`. Both backends take frames
from local connections and return the actions for local connections; the Redis one
also delivers actions that other instances send to our connections through `deliver`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Protocol

from signaling.rooms import Action, Rooms

Deliver = Callable[[list[Action]], None]


class RoomBackend(Protocol):
    """What the transport needs from a room store; connections are the transport's ids."""

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
