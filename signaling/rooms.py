"""Signaling rooms: allocate nameplates, pair two apps, relay, expire.

A plain object with no I/O and no clock of its own (see docs/PROTOCOL.md section 2).
The transport feeds it decoded frames and carries out the returned actions.
Connections are opaque hashable ids chosen by the transport.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeGuard

PROTOCOL_VERSION = 1
MAX_FRAME_BYTES = 64 * 1024
MAX_BODY_CHARS = MAX_FRAME_BYTES
MAX_REASON_CHARS = 64
RATE_WINDOW_SECONDS = 60.0
DEFAULT_NAMEPLATE_RANGES: tuple[tuple[int, int], ...] = ((1000, 9999), (10000, 99999))

ERROR_CODES = frozenset(
    {
        "bad_message",
        "unsupported_version",
        "unknown_code",
        "code_expired",
        "room_full",
        "not_paired",
        "rate_limited",
        "too_large",
        "server_shutdown",
        "server_busy",
        "idle_timeout",
    }
)

# Machine words only: a reason is shown to the other app and may reach its logs.
_REASON = re.compile(rf"[A-Za-z0-9_.-]{{1,{MAX_REASON_CHARS}}}")
_NAMEPLATE = re.compile(r"[0-9]{1,16}")

ConnId = Hashable
Message = Mapping[str, object]
RoomObserver = Callable[[str, str], None]
"""Called as observer(event, detail) for "room_opened", "paired", "room_closed", "rejected"."""


@dataclass(frozen=True)
class Send:
    """Send `message` as one JSON text frame to `conn`."""

    conn: ConnId
    message: Mapping[str, object]


@dataclass(frozen=True)
class Close:
    """Close `conn` after the frames already sent to it."""

    conn: ConnId


Action = Send | Close


@dataclass(eq=False)
class Room:
    """One nameplate: the home user's helper app waiting, then paired with a supporter."""

    nameplate: str
    home_user: ConnId
    created_at: float
    supporter: ConnId | None = None

    def members(self) -> tuple[ConnId, ...]:
        return (self.home_user,) if self.supporter is None else (self.home_user, self.supporter)

    def other(self, conn: ConnId) -> ConnId | None:
        return self.supporter if conn == self.home_user else self.home_user


class NameplatePool:
    """Hands out the smallest free number, walking the ranges in order."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        previous_high = 0
        for low, high in ranges:
            if not previous_high < low <= high:
                raise ValueError("nameplate ranges must be positive, ascending and disjoint")
            previous_high = high
        if not ranges:
            raise ValueError("at least one nameplate range is needed")
        self._ranges = tuple(ranges)
        self._range_index = 0
        self._next = self._ranges[0][0]
        # Everything below _next is either in use or in _freed.
        self._freed: list[int] = []

    def take(self) -> str | None:
        """The smallest free nameplate, or None when every range is used up."""
        if self._freed:
            return str(heapq.heappop(self._freed))
        while self._range_index < len(self._ranges):
            high = self._ranges[self._range_index][1]
            if self._next <= high:
                self._next += 1
                return str(self._next - 1)
            self._range_index += 1
            if self._range_index < len(self._ranges):
                self._next = self._ranges[self._range_index][0]
        return None

    def give_back(self, nameplate: str) -> None:
        heapq.heappush(self._freed, int(nameplate))


class ClaimLimiter:
    """Claims per address in a rolling window; remembers a bounded number of addresses."""

    def __init__(
        self, per_window: int, *, window: float = RATE_WINDOW_SECONDS, max_addresses: int
    ) -> None:
        self._per_window = per_window
        self._window = window
        self._max_addresses = max_addresses
        # Least recently used first, so pruning and eviction work from the front.
        self._buckets: OrderedDict[str, deque[float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def allow(self, address: str, now: float) -> bool:
        """Count one claim attempt; False when the address is over its limit."""
        bucket = self._buckets.get(address)
        if bucket is None:
            bucket = self._buckets[address] = deque()
            if len(self._buckets) > self._max_addresses:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(address)
        while bucket and now - bucket[0] >= self._window:
            bucket.popleft()
        if len(bucket) >= self._per_window:
            return False  # not recorded, so a bucket never grows past the limit
        bucket.append(now)
        return True

    def prune(self, now: float) -> None:
        """Forget addresses with no claim inside the window."""
        while self._buckets:
            bucket = next(iter(self._buckets.values()))
            if bucket and now - bucket[-1] < self._window:
                return
            self._buckets.popitem(last=False)


Handler = Callable[[ConnId, Message, str], list[Action]]


class Rooms:
    """The room model of the signaling server; every method returns the actions to carry out."""

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        code_lifetime: float = 600.0,
        claims_per_minute: int = 10,
        max_rooms: int = 100_000,
        nameplate_ranges: Sequence[tuple[int, int]] = DEFAULT_NAMEPLATE_RANGES,
        max_tracked_addresses: int = 100_000,
        max_body_chars: int = MAX_BODY_CHARS,
        observer: RoomObserver | None = None,
    ) -> None:
        self._clock = clock
        self.max_body_chars = max_body_chars
        self.code_lifetime = code_lifetime
        self.max_rooms = max_rooms
        self.observer = observer
        self._nameplates = NameplatePool(nameplate_ranges)
        self._limiter = ClaimLimiter(claims_per_minute, max_addresses=max_tracked_addresses)
        self._rooms: dict[str, Room] = {}
        self._room_of: dict[ConnId, Room] = {}
        # Unclaimed rooms in creation order, so expiry looks only at the oldest.
        self._waiting: OrderedDict[str, Room] = OrderedDict()
        # Connections told to close; their late frames are ignored until they disconnect.
        self._finished: set[ConnId] = set()
        self._handlers: dict[str, Handler] = {
            "register": self.handle_register,
            "claim": self.handle_claim,
            "relay": self.handle_relay,
            "close": self.handle_close,
        }
        # Counters for metrics.
        self.rooms_opened = 0
        self.pairings = 0
        self.codes_expired = 0
        self.rejections: Counter[str] = Counter()

    @property
    def rooms_open(self) -> int:
        return len(self._rooms)

    @property
    def rooms_waiting(self) -> int:
        return len(self._waiting)

    @property
    def tracked_addresses(self) -> int:
        return len(self._limiter)

    def room_of(self, conn: ConnId) -> Room | None:
        return self._room_of.get(conn)

    # -- entry points for the transport -------------------------------------------------

    def receive(self, conn: ConnId, message: object, address: str = "") -> list[Action]:
        """Handle one decoded frame from `conn`, which came from network `address`."""
        if conn in self._finished:
            return []
        if not isinstance(message, Mapping):
            return self.reject(conn, "bad_message")
        kind = message.get("type")
        handler = self._handlers.get(kind) if isinstance(kind, str) else None
        if handler is None:
            return self.reject(conn, "bad_message")
        return handler(conn, message, address)

    def reject(self, conn: ConnId, code: str) -> list[Action]:
        """Send error `code` and close `conn`; its room, if any, is gone."""
        actions = [*self._error(conn, code), Close(conn)]
        self._finished.add(conn)
        room = self._room_of.get(conn)
        if room is not None:
            actions += self._dissolve(room, conn, "disconnected")
        return actions

    def disconnected(self, conn: ConnId) -> list[Action]:
        """`conn` is gone; tell the other side of its room."""
        self._finished.discard(conn)
        room = self._room_of.get(conn)
        if room is None:
            return []
        return self._dissolve(room, conn, "disconnected")

    def expire(self) -> list[Action]:
        """Close waiting rooms older than the code lifetime; call this periodically."""
        now = self._clock()
        self._limiter.prune(now)
        actions: list[Action] = []
        while self._waiting:
            room = next(iter(self._waiting.values()))
            if now - room.created_at < self.code_lifetime:
                break
            self.codes_expired += 1
            actions += self._error(room.home_user, "code_expired")
            actions.append(Close(room.home_user))
            self._finished.add(room.home_user)
            actions += self._dissolve(room, room.home_user, "code_expired")
        return actions

    # -- one method per frame type ------------------------------------------------------

    def handle_register(self, conn: ConnId, message: Message, address: str) -> list[Action]:
        """A helper app asks for a nameplate."""
        if conn in self._room_of:
            return self.reject(conn, "bad_message")
        problem = version_problem(message)
        if problem is not None:
            return self.reject(conn, problem)
        if len(self._rooms) >= self.max_rooms:
            return self.reject(conn, "server_busy")
        nameplate = self._nameplates.take()
        if nameplate is None:
            return self.reject(conn, "server_busy")
        room = Room(nameplate, conn, self._clock())
        self._rooms[nameplate] = room
        self._waiting[nameplate] = room
        self._room_of[conn] = room
        self.rooms_opened += 1
        self._notify("room_opened", "")
        expires_in = math.ceil(self.code_lifetime)
        reply: dict[str, object] = {
            "type": "registered",
            "nameplate": nameplate,
            "expires_in": expires_in,
        }
        return [Send(conn, reply)]

    def handle_claim(self, conn: ConnId, message: Message, address: str) -> list[Action]:
        """A supporter app joins the waiting room with this nameplate."""
        if conn in self._room_of:
            return self.reject(conn, "bad_message")
        problem = version_problem(message)
        if problem is not None:
            return self.reject(conn, problem)
        nameplate = message.get("nameplate")
        if not valid_nameplate(nameplate):
            return self.reject(conn, "bad_message")
        # Count before the lookup: guesses at nameplates are what the limit is for.
        if not self._limiter.allow(address, self._clock()):
            return self.reject(conn, "rate_limited")
        actions = self.expire()  # a room past its lifetime must not be claimable
        room = self._rooms.get(nameplate)
        if room is None:
            return actions + self.reject(conn, "unknown_code")
        if room.supporter is not None:
            return actions + self.reject(conn, "room_full")
        room.supporter = conn
        del self._waiting[nameplate]
        self._room_of[conn] = room
        self.pairings += 1
        self._notify("paired", "")
        return [*actions, Send(conn, {"type": "claimed"}), Send(room.home_user, {"type": "joined"})]

    def handle_relay(self, conn: ConnId, message: Message, address: str) -> list[Action]:
        """Forward an opaque body to the other side of a paired room."""
        body = message.get("body")
        if not isinstance(body, str) or len(body) > self.max_body_chars:
            return self.reject(conn, "bad_message")
        room = self._room_of.get(conn)
        other = None if room is None or room.supporter is None else room.other(conn)
        if other is None:
            return self._error(conn, "not_paired")  # the connection stays open
        return [Send(other, {"type": "relay", "body": body})]

    def handle_close(self, conn: ConnId, message: Message, address: str) -> list[Action]:
        """End the room: the other side learns the reason, the code is burned."""
        reason = close_reason(message)
        self._finished.add(conn)
        room = self._room_of.get(conn)
        actions: list[Action] = [Close(conn)]
        if room is not None:
            actions += self._dissolve(room, conn, reason)
        return actions

    # -- helpers ----------------------------------------------------------------------

    def _error(self, conn: ConnId, code: str) -> list[Action]:
        self.rejections[code] += 1
        self._notify("rejected", code)
        return [Send(conn, {"type": "error", "code": code})]

    def _dissolve(self, room: Room, leaver: ConnId, reason: str) -> list[Action]:
        """Delete `room`, freeing its nameplate; the member other than `leaver` is told."""
        del self._rooms[room.nameplate]
        self._waiting.pop(room.nameplate, None)
        for member in room.members():
            self._room_of.pop(member, None)
        self._nameplates.give_back(room.nameplate)
        self._notify("room_closed", reason)
        other = room.other(leaver)
        if other is None:
            return []
        self._finished.add(other)
        return [Send(other, {"type": "peer_left", "reason": reason}), Close(other)]

    def _notify(self, event: str, detail: str) -> None:
        if self.observer is not None:
            self.observer(event, detail)


def version_problem(message: Message) -> str | None:
    """The error code for a wrong or missing `version`, or None when it is 1."""
    version = message.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return "bad_message"
    return None if version == PROTOCOL_VERSION else "unsupported_version"


def valid_nameplate(nameplate: object) -> TypeGuard[str]:
    """A nameplate as a claim may carry it: 1 to 16 ASCII digits."""
    return isinstance(nameplate, str) and _NAMEPLATE.fullmatch(nameplate) is not None


def close_reason(message: Message) -> str:
    """The machine word of a `close` frame, or "closed" when it is missing or not a word."""
    reason = message.get("reason")
    return reason if isinstance(reason, str) and _REASON.fullmatch(reason) else "closed"
