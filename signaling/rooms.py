"""Signaling rooms: allocate nameplates, pair two apps, relay, expire.

A plain object with no I/O and no clock of its own (see docs/PROTOCOL.md section 2).
The transport feeds it decoded frames and carries out the returned actions.
Connections are opaque hashable ids chosen by the transport.
"""

from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeGuard

from signaling.limits import ClaimLimiter
from signaling.nameplates import MissCounter, NameplateDraw, nameplate_digits

if TYPE_CHECKING:
    from signaling.verified import SupporterPolicy

__all__ = ["NameplateDraw", "Rooms", "nameplate_digits"]  # nameplate_digits: older imports

PROTOCOL_VERSION = 1
MAX_FRAME_BYTES = 64 * 1024
MAX_BODY_CHARS = MAX_FRAME_BYTES
MAX_REASON_CHARS = 64

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
        "room_expired",
    }
)

# Machine words only: a reason is shown to the other app and may reach its logs.
_REASON = re.compile(rf"[A-Za-z0-9_.-]{{1,{MAX_REASON_CHARS}}}")
_NAMEPLATE = re.compile(r"[0-9]{1,16}")
# A resume room (PROTOCOL.md section 9): 16 bytes the apps derive from their pairing's
# resume secret, in hex. Kept apart from nameplates by its key prefix.
_RESUME_ROOM = re.compile(r"[0-9a-f]{32}")
RESUME_KEY_PREFIX = "resume:"
RESUME_LIFETIME = 120.0  # a resume room waits this long for the other app

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
    paired_at: float = 0.0
    last_relay: float = 0.0

    def members(self) -> tuple[ConnId, ...]:
        return (self.home_user,) if self.supporter is None else (self.home_user, self.supporter)

    def other(self, conn: ConnId) -> ConnId | None:
        return self.supporter if conn == self.home_user else self.home_user


Handler = Callable[[ConnId, Message, str], list[Action]]


class Rooms:
    """The room model of the signaling server; every method returns the actions to carry out."""

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        code_lifetime: float = 600.0,
        claims_per_minute: int = 10,
        claims_per_minute_per_prefix: int = 30,
        claims_per_minute_per_wide_prefix: int = 60,
        registrations_per_minute: int = 10,
        registrations_per_minute_per_prefix: int = 30,
        registrations_per_minute_per_wide_prefix: int = 60,
        paired_lifetime: float = 43_200.0,
        paired_idle_timeout: float = 7_200.0,
        max_rooms: int = 100_000,
        nameplate_ranges: Sequence[tuple[int, int]] | None = None,
        max_tracked_addresses: int = 100_000,
        max_body_chars: int = MAX_BODY_CHARS,
        observer: RoomObserver | None = None,
        supporters: SupporterPolicy | None = None,
    ) -> None:
        self._clock = clock
        self.supporters = supporters  # issue 16: verified supporters only, when set
        self.max_body_chars = max_body_chars
        self.code_lifetime = code_lifetime
        self.paired_lifetime = paired_lifetime
        self.paired_idle_timeout = paired_idle_timeout
        self.max_rooms = max_rooms
        self.observer = observer
        self._nameplates = NameplateDraw(nameplate_ranges)
        self._misses = MissCounter()
        self._limiter = ClaimLimiter(
            claims_per_minute,
            per_net=claims_per_minute_per_prefix,
            per_wide=claims_per_minute_per_wide_prefix,
            max_addresses=max_tracked_addresses,
        )
        self._register_limiter = ClaimLimiter(
            registrations_per_minute,
            per_net=registrations_per_minute_per_prefix,
            per_wide=registrations_per_minute_per_wide_prefix,
            max_addresses=max_tracked_addresses,
        )
        # Paired rooms by pairing time (lifetime) and by last relayed frame (idle).
        self._paired: OrderedDict[str, Room] = OrderedDict()
        self._quiet: OrderedDict[str, Room] = OrderedDict()
        self._rooms: dict[str, Room] = {}
        self._room_of: dict[ConnId, Room] = {}
        # Unclaimed rooms in creation order, so expiry looks only at the oldest.
        self._waiting: OrderedDict[str, Room] = OrderedDict()
        # Resume rooms waiting for the other app, oldest first (RESUME_LIFETIME).
        self._resume_waiting: OrderedDict[str, Room] = OrderedDict()
        # Connections told to close; their late frames are ignored until they disconnect.
        self._finished: set[ConnId] = set()
        self._handlers: dict[str, Handler] = {
            "register": self.handle_register,
            "claim": self.handle_claim,
            "resume": self.handle_resume,
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
        self._register_limiter.prune(now)
        actions: list[Action] = []
        actions += self._expire_paired(now)
        while self._resume_waiting:
            room = next(iter(self._resume_waiting.values()))
            if now - room.created_at < RESUME_LIFETIME:
                break
            actions += [*self._error(room.home_user, "code_expired"), Close(room.home_user)]
            self._finished.add(room.home_user)
            actions += self._dissolve(room, room.home_user, "code_expired")
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
        if not self._register_limiter.allow(address, self._clock()):
            return self.reject(conn, "rate_limited")
        if len(self._rooms) >= self.max_rooms:
            return self.reject(conn, "server_busy")
        nameplate = self._nameplates.take(
            self._rooms.__contains__, len(self._waiting), self._misses.recent(self._clock())
        )
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
        if self.supporters is not None and (problem := self.supporters.problem(message)):
            return self.reject(conn, problem)  # before the nameplate is even looked up
        actions = self.expire()  # a room past its lifetime must not be claimable
        room = self._rooms.get(nameplate)
        if room is None:
            self._misses.add(self._clock())
            return actions + self.reject(conn, "unknown_code")
        if room.supporter is not None:
            return actions + self.reject(conn, "room_full")
        room.supporter = conn
        room.paired_at = room.last_relay = self._clock()
        del self._waiting[nameplate]
        self._paired[nameplate] = room
        self._quiet[nameplate] = room
        self._room_of[conn] = room
        self.pairings += 1
        self._notify("paired", "")
        return [*actions, Send(conn, {"type": "claimed"}), Send(room.home_user, {"type": "joined"})]

    def handle_resume(self, conn: ConnId, message: Message, address: str) -> list[Action]:
        """Either app of a paired session meets the other again, without a new code.

        The first to come waits (`resume_waiting`), the second pairs the room (`claimed`
        to it, `joined` to the first). The room id proves nothing: the apps authenticate
        each other end to end with their resume secret; this server never can.
        """
        if conn in self._room_of:
            return self.reject(conn, "bad_message")
        problem = version_problem(message)
        if problem is not None:
            return self.reject(conn, problem)
        room_id = message.get("room")
        if not valid_resume_room(room_id):
            return self.reject(conn, "bad_message")
        # Counted like registrations: per address and per network prefix.
        if not self._register_limiter.allow(address, self._clock()):
            return self.reject(conn, "rate_limited")
        actions = self.expire()
        key = RESUME_KEY_PREFIX + room_id
        room = self._rooms.get(key)
        if room is None:
            if len(self._rooms) >= self.max_rooms:
                return actions + self.reject(conn, "server_busy")
            room = Room(key, conn, self._clock())
            self._rooms[key] = room
            self._resume_waiting[key] = room
            self._room_of[conn] = room
            self.rooms_opened += 1
            self._notify("room_opened", "resume")
            reply = {"type": "resume_waiting", "expires_in": math.ceil(RESUME_LIFETIME)}
            return [*actions, Send(conn, reply)]
        if not self._limiter.allow(address, self._clock()):
            return actions + self.reject(conn, "rate_limited")
        if room.supporter is not None:
            return actions + self.reject(conn, "room_full")
        room.supporter = conn
        room.paired_at = room.last_relay = self._clock()
        del self._resume_waiting[key]
        self._paired[key] = room
        self._quiet[key] = room
        self._room_of[conn] = room
        self.pairings += 1
        self._notify("paired", "resume")
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
        assert room is not None
        room.last_relay = self._clock()
        self._quiet.move_to_end(room.nameplate)
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

    def _expire_paired(self, now: float) -> list[Action]:
        """Close paired rooms past their lifetime or quiet for the idle limit: both told."""
        actions: list[Action] = []
        for rooms, since, limit in (
            (self._paired, "paired_at", self.paired_lifetime),
            (self._quiet, "last_relay", self.paired_idle_timeout),
        ):
            while rooms:
                room = next(iter(rooms.values()))
                if now - getattr(room, since) < limit:
                    break
                for member in room.members():
                    actions += [*self._error(member, "room_expired"), Close(member)]
                    self._finished.add(member)
                self._dissolve(room, room.home_user, "room_expired")  # both told already
        return actions

    def _error(self, conn: ConnId, code: str) -> list[Action]:
        self.rejections[code] += 1
        self._notify("rejected", code)
        return [Send(conn, {"type": "error", "code": code})]

    def _dissolve(self, room: Room, leaver: ConnId, reason: str) -> list[Action]:
        """Delete `room`, freeing its nameplate; the member other than `leaver` is told."""
        del self._rooms[room.nameplate]
        self._waiting.pop(room.nameplate, None)
        self._resume_waiting.pop(room.nameplate, None)
        self._paired.pop(room.nameplate, None)
        self._quiet.pop(room.nameplate, None)
        for member in room.members():
            self._room_of.pop(member, None)
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


def valid_resume_room(room: object) -> TypeGuard[str]:
    """A resume room id: 32 lower-case hex digits."""
    return isinstance(room, str) and _RESUME_ROOM.fullmatch(room) is not None


def valid_nameplate(nameplate: object) -> TypeGuard[str]:
    """A nameplate as a claim may carry it: 1 to 16 ASCII digits."""
    return isinstance(nameplate, str) and _NAMEPLATE.fullmatch(nameplate) is not None


def close_reason(message: Message) -> str:
    """The machine word of a `close` frame, or "closed" when it is missing or not a word."""
    reason = message.get("reason")
    return reason if isinstance(reason, str) and _REASON.fullmatch(reason) else "closed"
