"""The room rules, once, against both room models: `Rooms` (Python) and `RedisRooms` (Lua).

Each test drives a backend as the transport does (decoded frames in; actions out, plus
those the Redis backend delivers by itself) and checks what each connection receives, in
order. Both run on a fake clock. Redis also keeps its own time for its keys, so a test
that needs a Redis key to expire lets real time pass too (`Rig.elapse`).

A rule only one model keeps is a bug in the other: fix it there, never in the test.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from signaling.backend import MemoryBackend, RoomBackend
from signaling.redis_rooms import RedisRooms
from signaling.rooms import MAX_BODY_CHARS, Action, Close, Rooms, Send
from tests.support.services import needs_redis, redis_server
from tests.support.timing import TIMEOUT_SCALE

HOME, SUPPORTER, THIRD = 1, 2, 3
CLOSED = "closed"  # a Close action, as it shows in a connection's inbox
REGISTER = {"type": "register", "version": 1}


def claim(nameplate: str) -> dict[str, object]:
    return {"type": "claim", "version": 1, "nameplate": nameplate}


def relay(body: object) -> dict[str, object]:
    return {"type": "relay", "body": body}


def error(code: str) -> dict[str, object]:
    return {"type": "error", "code": code}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Rig:
    """One backend under test and what each connection has received from it."""

    def __init__(self, backend: RoomBackend, clock: FakeClock, *, store_keeps_time: bool) -> None:
        self.backend = backend
        self.clock = clock
        self._store_keeps_time = store_keeps_time
        self._inbox: defaultdict[int, list[object]] = defaultdict(list)

    def take(self, actions: list[Action]) -> None:
        """Carry out actions, returned or delivered: each lands in its connection's inbox."""
        for action in actions:
            if isinstance(action, Send):
                self._inbox[int(action.conn)].append(dict(action.message))  # type: ignore[call-overload]
            else:
                assert isinstance(action, Close)
                self._inbox[int(action.conn)].append(CLOSED)  # type: ignore[call-overload]

    def got(self, conn: int) -> list[object]:
        """What `conn` received since the last look."""
        return self._inbox.pop(conn, [])

    async def send(self, conn: int, message: object, address: str = "10.0.0.1") -> None:
        self.take(await self.backend.receive(conn, message, address))

    async def disconnect(self, conn: int) -> None:
        self.take(await self.backend.disconnected(conn))

    async def expire(self) -> None:
        self.take(await self.backend.expire())

    async def register(self, conn: int = HOME) -> str:
        await self.send(conn, REGISTER)
        got = self.got(conn)
        registered = got[0] if len(got) == 1 else None
        assert isinstance(registered, dict) and registered["type"] == "registered", got
        return str(registered["nameplate"])

    async def pair(self, home: int = HOME, supporter: int = SUPPORTER) -> str:
        nameplate = await self.register(home)
        await self.send(supporter, claim(nameplate), "10.0.0.2")
        assert self.got(supporter) == [{"type": "claimed"}]
        assert self.got(home) == [{"type": "joined"}]
        return nameplate

    async def elapse(self, seconds: float) -> None:
        """Move the fake clock; where the store keeps its own time, let that pass too."""
        self.clock.now += seconds
        if self._store_keeps_time:
            await asyncio.sleep(seconds * 1.2 + 0.05)

    @property
    def rooms_open(self) -> int:
        return self.backend.rooms_open


Scenario = Callable[[Rig], Awaitable[None]]


class Rules:
    """`rules(scenario, **options)` runs a scenario against a fresh backend of one kind."""

    def __init__(self, kind: str, redis_url: str) -> None:
        self.kind = kind
        self._redis_url = redis_url

    def __call__(self, scenario: Scenario, **options: Any) -> None:
        asyncio.run(self._run(scenario, options))

    async def _run(self, scenario: Scenario, options: dict[str, Any]) -> None:
        clock = FakeClock()
        backend: RoomBackend
        if self.kind == "redis":
            prefix = f"rules{next(_prefixes)}:"  # a fresh key space: nameplates from 1000
            backend = RedisRooms(self._redis_url, clock, prefix=prefix, **options)
        else:
            backend = MemoryBackend(Rooms(clock, **options))
        rig = Rig(backend, clock, store_keeps_time=self.kind == "redis")
        await backend.start(rig.take)
        try:
            assert await backend.ready() == (True, "ready")
            async with asyncio.timeout(10 * TIMEOUT_SCALE):
                await scenario(rig)
        finally:
            await backend.close()


_prefixes = itertools.count()
BACKENDS = ["memory", pytest.param("redis", marks=needs_redis)]


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """One redis-server for this module; each test gets its own key prefix."""
    with redis_server() as redis:
        yield redis.url


@pytest.fixture(params=BACKENDS)
def rules(request: pytest.FixtureRequest) -> Rules:
    """Runs a scenario against `Rooms` and against `RedisRooms` on a real redis-server."""
    kind = str(request.param)
    return Rules(kind, request.getfixturevalue("redis_url") if kind == "redis" else "")


# -- nameplates ------------------------------------------------------------------------


def test_register_answers_a_four_digit_nameplate_with_lifetime(rules: Rules) -> None:
    """The first helper app gets a 4-digit nameplate (no leading 0) valid for 600 seconds."""

    async def scenario(rig: Rig) -> None:
        await rig.send(HOME, REGISTER)
        got = rig.got(HOME)
        assert len(got) == 1 and isinstance(got[0], dict), got
        nameplate = str(got[0]["nameplate"])
        assert got[0] == {"type": "registered", "nameplate": nameplate, "expires_in": 600}
        assert len(nameplate) == 4 and nameplate.isdigit() and nameplate[0] != "0"
        assert rig.rooms_open == 1

    rules(scenario)


@pytest.mark.security
def test_nameplates_are_random_not_sequential(rules: Rules) -> None:
    """Issue 15.1: ten rooms do not get ten consecutive numbers (sequential ones were
    claimed first by an attacker who just counted)."""

    async def scenario(rig: Rig) -> None:
        drawn = [int(await rig.register(n)) for n in range(10)]
        assert len(set(drawn)) == 10
        assert sorted(drawn) != list(range(min(drawn), min(drawn) + 10))

    rules(scenario)


@pytest.mark.security
def test_nameplates_grow_while_wrong_claims_are_many(rules: Rules) -> None:
    """Issue 15.1: after many claims of unknown nameplates, new nameplates are longer."""

    async def scenario(rig: Rig) -> None:
        assert len(await rig.register(1)) == 4
        for n in range(60):  # 60 misses from 60 networks: 250 × 60 > 9000
            await rig.send(100 + n, claim("99999999"), f"10.{n}.0.1")
            assert rig.got(100 + n) == [error("unknown_code"), CLOSED]
        assert len(await rig.register(2)) == 5

    rules(scenario)


@pytest.mark.security
def test_registrations_are_rate_limited_per_prefix(rules: Rules) -> None:
    """Issue 15.1: registrations are limited per address and per /24 (IPv4) or /48."""

    async def scenario(rig: Rig) -> None:
        for n in range(3):
            await rig.send(n, REGISTER, f"192.0.2.{n}")
            assert rig.got(n)[0]["type"] == "registered"  # type: ignore[index]
        await rig.send(9, REGISTER, "192.0.2.77")
        assert rig.got(9) == [error("rate_limited"), CLOSED]
        await rig.send(10, REGISTER, "198.51.100.1")  # another /24
        assert rig.got(10)[0]["type"] == "registered"  # type: ignore[index]

    rules(scenario, registrations_per_minute=2, registrations_per_minute_per_prefix=3)


@pytest.mark.security
def test_claims_are_rate_limited_per_ipv6_48(rules: Rules) -> None:
    """Issue 15.1: a whole IPv6 /48 shares one claim limit, whatever its /64s."""

    async def scenario(rig: Rig) -> None:
        for n in range(4):
            await rig.send(n, claim("99999999"), f"2001:db8:0:{n}::1")
            assert rig.got(n) == [error("unknown_code"), CLOSED]
        await rig.send(9, claim("99999999"), "2001:db8:0:99::1")
        assert rig.got(9) == [error("rate_limited"), CLOSED]
        await rig.send(10, claim("99999999"), "2001:db8:1::1")  # another /48
        assert rig.got(10) == [error("unknown_code"), CLOSED]

    rules(scenario, claims_per_minute_per_wide_prefix=4)


def test_register_when_all_nameplates_taken_is_server_busy() -> None:
    """Running out of nameplates (fixed ranges, memory only) answers server_busy."""

    clock = FakeClock()
    rooms = Rooms(clock, nameplate_ranges=((1000, 1000),))
    assert rooms.receive(1, REGISTER, "10.0.0.1")[0].message["nameplate"] == "1000"  # type: ignore[union-attr]
    assert rooms.receive(2, REGISTER, "10.0.0.1") == [Send(2, error("server_busy")), Close(2)]


def test_max_rooms_is_server_busy(rules: Rules) -> None:
    """At max_rooms open rooms, register answers server_busy."""

    async def scenario(rig: Rig) -> None:
        await rig.register(1)
        await rig.register(2)
        await rig.send(3, REGISTER)
        assert rig.got(3) == [error("server_busy"), CLOSED]

    rules(scenario, max_rooms=2)


def test_max_rooms_counts_a_paired_room_once(rules: Rules) -> None:
    """A paired room is one room: with max_rooms=2 and one paired room, a helper app
    still gets a nameplate."""

    async def scenario(rig: Rig) -> None:
        await rig.pair(HOME, SUPPORTER)
        await rig.register(THIRD)

    rules(scenario, max_rooms=2)


# -- claim -----------------------------------------------------------------------------


def test_claim_pairs_both_sides(rules: Rules) -> None:
    """A claim answers claimed to the supporter and joined to the helper app."""

    async def scenario(rig: Rig) -> None:
        nameplate = await rig.register(HOME)
        await rig.send(SUPPORTER, claim(nameplate), "10.0.0.2")
        assert rig.got(SUPPORTER) == [{"type": "claimed"}]
        assert rig.got(HOME) == [{"type": "joined"}]
        assert rig.rooms_open == 1

    rules(scenario)


def test_claim_unknown_nameplate(rules: Rules) -> None:
    """A nameplate with no room gets unknown_code and the connection is closed."""

    async def scenario(rig: Rig) -> None:
        await rig.send(SUPPORTER, claim("1000"))
        assert rig.got(SUPPORTER) == [error("unknown_code"), CLOSED]

    rules(scenario)


def test_claim_with_leading_zero_does_not_match(rules: Rules) -> None:
    """Nameplates compare as exact strings: "01000" is not "1000"."""

    async def scenario(rig: Rig) -> None:
        await rig.register(HOME)
        await rig.send(SUPPORTER, claim("01000"))
        assert rig.got(SUPPORTER) == [error("unknown_code"), CLOSED]
        assert rig.got(HOME) == []

    rules(scenario)


def test_third_side_gets_room_full_and_room_is_unharmed(rules: Rules) -> None:
    """A claim of a paired room is refused to the third side only; relays still flow."""

    async def scenario(rig: Rig) -> None:
        nameplate = await rig.pair()
        await rig.send(THIRD, claim(nameplate), "10.0.0.3")
        assert rig.got(THIRD) == [error("room_full"), CLOSED]
        await rig.send(HOME, relay("AAEC"))
        assert rig.got(SUPPORTER) == [relay("AAEC")]
        assert rig.got(HOME) == []
        assert rig.rooms_open == 1

    rules(scenario)


@pytest.mark.parametrize(
    ("again", "message"), [(HOME, REGISTER), (SUPPORTER, claim("1000"))], ids=["home", "supporter"]
)
def test_register_or_claim_only_once_per_connection(
    rules: Rules, again: int, message: dict[str, object]
) -> None:
    """A second register or claim on one connection is bad_message and ends its room."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        await rig.send(again, message)
        other = SUPPORTER if again == HOME else HOME
        assert rig.got(again) == [error("bad_message"), CLOSED]
        assert rig.got(other) == [{"type": "peer_left", "reason": "disconnected"}, CLOSED]
        assert rig.rooms_open == 0

    rules(scenario)


def test_helper_cannot_claim_its_own_room(rules: Rules) -> None:
    """The helper app's connection is already in a room, so claiming is bad_message."""

    async def scenario(rig: Rig) -> None:
        nameplate = await rig.register(HOME)
        await rig.send(HOME, claim(nameplate))
        assert rig.got(HOME) == [error("bad_message"), CLOSED]

    rules(scenario)


# -- relay -----------------------------------------------------------------------------


def test_relay_both_ways_unchanged(rules: Rules) -> None:
    """Relay bodies go to the other member unchanged, in both directions."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        await rig.send(HOME, relay("aGk="))
        assert rig.got(SUPPORTER) == [relay("aGk=")]
        await rig.send(SUPPORTER, relay("eW8="))
        assert rig.got(HOME) == [relay("eW8=")]
        assert rig.got(SUPPORTER) == []

    rules(scenario)


def test_relay_before_pairing_is_not_paired_and_stays_open(rules: Rules) -> None:
    """Relay from a waiting helper or a stranger is not_paired without closing."""

    async def scenario(rig: Rig) -> None:
        await rig.register(HOME)
        await rig.send(HOME, relay(""))
        assert rig.got(HOME) == [error("not_paired")]
        await rig.send(7, relay(""))
        assert rig.got(7) == [error("not_paired")]
        assert rig.rooms_open == 1

    rules(scenario)


def test_relay_body_must_be_string_within_limit(rules: Rules) -> None:
    """A non-string or oversized body is bad_message and ends the room; the limit passes."""

    async def scenario(rig: Rig) -> None:
        left = [{"type": "peer_left", "reason": "disconnected"}, CLOSED]
        await rig.pair(1, 2)
        await rig.send(1, relay("A" * (MAX_BODY_CHARS + 1)))
        assert (rig.got(1), rig.got(2)) == ([error("bad_message"), CLOSED], left)
        await rig.pair(3, 4)
        await rig.send(3, relay(5))
        assert (rig.got(3), rig.got(4)) == ([error("bad_message"), CLOSED], left)
        await rig.pair(5, 6)
        await rig.send(5, relay("A" * MAX_BODY_CHARS))
        assert rig.got(6) == [relay("A" * MAX_BODY_CHARS)]

    rules(scenario)


# -- close and disconnect ----------------------------------------------------------------


def test_close_tells_peer_and_burns_room(rules: Rules) -> None:
    """close sends peer_left with the reason, closes both sides, and the room is gone."""

    async def scenario(rig: Rig) -> None:
        nameplate = await rig.pair()
        await rig.send(SUPPORTER, {"type": "close", "reason": "stopped"})
        assert rig.got(SUPPORTER) == [CLOSED]
        assert rig.got(HOME) == [{"type": "peer_left", "reason": "stopped"}, CLOSED]
        assert rig.rooms_open == 0
        await rig.send(THIRD, claim(nameplate))
        assert rig.got(THIRD) == [error("unknown_code"), CLOSED]

    rules(scenario)


@pytest.mark.parametrize("reason", [None, 7, "", "x" * 65, "two words", "new\nline"])
def test_close_reason_that_is_not_a_machine_word_becomes_closed(
    rules: Rules, reason: object
) -> None:
    """Missing, non-string, too long or non-word reasons are replaced by "closed"."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        message = {"type": "close"} if reason is None else {"type": "close", "reason": reason}
        await rig.send(SUPPORTER, message)
        assert rig.got(HOME) == [{"type": "peer_left", "reason": "closed"}, CLOSED]

    rules(scenario)


def test_close_while_waiting_frees_nameplate(rules: Rules) -> None:
    """A waiting helper app that closes frees its nameplate; nobody else is told."""

    async def scenario(rig: Rig) -> None:
        await rig.register(HOME)
        await rig.send(HOME, {"type": "close", "reason": "cancelled"})
        assert rig.got(HOME) == [CLOSED]
        assert rig.rooms_open == 0
        await rig.register(10)

    rules(scenario)


def test_close_outside_a_room_closes_only_that_connection(rules: Rules) -> None:
    """A close from a connection in no room just closes it; rooms are untouched."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        await rig.send(THIRD, {"type": "close", "reason": "stopped"})
        assert rig.got(THIRD) == [CLOSED]
        assert rig.got(HOME) == rig.got(SUPPORTER) == []
        assert rig.rooms_open == 1

    rules(scenario)


def test_disconnect_tells_peer(rules: Rules) -> None:
    """A dropped member makes the other side get peer_left "disconnected"."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        await rig.disconnect(HOME)
        assert rig.got(SUPPORTER) == [{"type": "peer_left", "reason": "disconnected"}, CLOSED]
        assert rig.rooms_open == 0
        await rig.disconnect(SUPPORTER)
        assert rig.got(HOME) == rig.got(SUPPORTER) == []

    rules(scenario)


def test_frames_after_close_are_ignored(rules: Rules) -> None:
    """A connection told to close is ignored until it disconnects."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        await rig.disconnect(HOME)
        rig.got(SUPPORTER)
        await rig.send(SUPPORTER, relay(""))
        assert rig.got(SUPPORTER) == []
        await rig.disconnect(SUPPORTER)
        await rig.send(SUPPORTER, relay(""))
        assert rig.got(SUPPORTER) == [error("not_paired")]

    rules(scenario)


# -- expiry ----------------------------------------------------------------------------


def test_code_expires_at_exactly_600_seconds(rules: Rules) -> None:
    """A waiting room lives until 600 s after register, then the helper gets code_expired."""

    async def scenario(rig: Rig) -> None:
        start = rig.clock.now
        await rig.register(HOME)
        rig.clock.now = start + 599.999
        await rig.expire()
        assert rig.got(HOME) == []
        rig.clock.now = start + 600.0
        await rig.expire()
        assert rig.got(HOME) == [error("code_expired"), CLOSED]
        assert rig.rooms_open == 0

    rules(scenario)


def test_claim_after_lifetime_is_refused_even_before_expire_runs(rules: Rules) -> None:
    """An old code never pairs: the claim is refused before expiry has run, and the helper
    app hears code_expired by the next expiry at the latest."""

    async def scenario(rig: Rig) -> None:
        nameplate = await rig.register(HOME)
        await rig.elapse(0.2)
        await rig.send(SUPPORTER, claim(nameplate))
        assert rig.got(SUPPORTER) == [error("unknown_code"), CLOSED]
        await rig.expire()
        assert rig.got(HOME) == [error("code_expired"), CLOSED]

    rules(scenario, code_lifetime=0.2)


def test_paired_rooms_outlive_the_code_lifetime(rules: Rules) -> None:
    """Code expiry only concerns waiting rooms; a paired room stays past it."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        rig.clock.now += 5_000
        await rig.expire()
        assert rig.got(HOME) == rig.got(SUPPORTER) == []
        assert rig.rooms_open == 1

    rules(scenario)


@pytest.mark.security
def test_paired_room_ends_at_its_maximum_lifetime(rules: Rules) -> None:
    """Issue 15.2: a paired room, even a busy one, ends `paired_lifetime` after pairing."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        for _ in range(3):
            rig.clock.now += 40
            await rig.send(HOME, relay("aGk="))
            assert rig.got(SUPPORTER) == [{"type": "relay", "body": "aGk="}]
            await rig.expire()
        assert rig.got(HOME) == rig.got(SUPPORTER) == []
        rig.clock.now += 30  # 150 s after pairing
        await rig.expire()
        assert rig.got(HOME) == rig.got(SUPPORTER) == [error("room_expired"), CLOSED]
        assert rig.rooms_open == 0

    rules(scenario, paired_lifetime=150.0, paired_idle_timeout=100.0)


@pytest.mark.security
def test_paired_room_ends_when_idle(rules: Rules) -> None:
    """Issue 15.2: a paired room with no relayed frame for `paired_idle_timeout` ends;
    a relay in either direction restarts the count."""

    async def scenario(rig: Rig) -> None:
        await rig.pair()
        rig.clock.now += 90
        await rig.send(SUPPORTER, relay("aGk="))
        rig.got(HOME)
        rig.clock.now += 99
        await rig.expire()
        assert rig.got(HOME) == rig.got(SUPPORTER) == []
        rig.clock.now += 1
        await rig.expire()
        assert rig.got(HOME) == rig.got(SUPPORTER) == [error("room_expired"), CLOSED]
        assert rig.rooms_open == 0

    rules(scenario, paired_idle_timeout=100.0)


def test_expiry_is_per_room_in_creation_order(rules: Rules) -> None:
    """Only rooms past their own lifetime expire."""

    async def scenario(rig: Rig) -> None:
        await rig.register(1)
        rig.clock.now += 5
        await rig.register(2)
        rig.clock.now += 5
        await rig.expire()
        assert (rig.got(1), rig.got(2)) == ([error("code_expired"), CLOSED], [])
        rig.clock.now += 5
        await rig.expire()
        assert rig.got(2) == [error("code_expired"), CLOSED]

    rules(scenario, code_lifetime=10.0)


# -- rate limit ------------------------------------------------------------------------


def test_claims_are_rate_limited_per_address(rules: Rules) -> None:
    """The 11th claim within a minute from one address is rate_limited; others are not."""

    async def scenario(rig: Rig) -> None:
        for conn in range(100, 110):
            await rig.send(conn, claim("4242"), "1.2.3.4")
            assert rig.got(conn) == [error("unknown_code"), CLOSED]
        await rig.send(110, claim("4242"), "1.2.3.4")
        assert rig.got(110) == [error("rate_limited"), CLOSED]
        await rig.send(111, claim("4242"), "5.6.7.8")
        assert rig.got(111) == [error("unknown_code"), CLOSED]

    rules(scenario)


# -- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        [],
        "register",
        {},
        {"type": 1},
        {"type": "hello"},
        {"type": "__init__"},
        {"type": "register"},
        {"type": "register", "version": "1"},
        {"type": "register", "version": True},
        {"type": "register", "version": 1.0},
        {"type": "claim", "version": 1},
        {"type": "claim", "version": 1, "nameplate": 1000},
        {"type": "claim", "version": 1, "nameplate": "10a0"},
        {"type": "claim", "version": 1, "nameplate": "١٠٠٠"},
        {"type": "relay"},
    ],
)
def test_malformed_messages_are_bad_message(rules: Rules, message: object) -> None:
    """Unknown types and missing or wrongly typed fields get bad_message and a close."""

    async def scenario(rig: Rig) -> None:
        await rig.send(7, message)
        assert rig.got(7) == [error("bad_message"), CLOSED]

    rules(scenario)


@pytest.mark.parametrize(
    "message", [{"type": "register", "version": 2}, claim("1000") | {"version": 0}]
)
def test_other_versions_are_unsupported(rules: Rules, message: dict[str, object]) -> None:
    """A whole-number version other than 1 gets unsupported_version."""

    async def scenario(rig: Rig) -> None:
        await rig.send(7, message)
        assert rig.got(7) == [error("unsupported_version"), CLOSED]

    rules(scenario)


# -- what the observer hears -----------------------------------------------------------


def test_observer_hears_events_without_identifiers(rules: Rules) -> None:
    """The observer gets event names and reasons, never nameplates."""
    events: list[tuple[str, str]] = []

    async def scenario(rig: Rig) -> None:
        nameplate = await rig.pair()
        await rig.send(HOME, {"type": "close", "reason": "stopped"})
        assert all(nameplate not in detail for _, detail in events)

    rules(scenario, observer=lambda event, detail: events.append((event, detail)))
    assert events == [("room_opened", ""), ("paired", ""), ("room_closed", "stopped")]


def test_observer_hears_every_error_and_expiry(rules: Rules) -> None:
    """Each error sent is heard as "rejected" with its code; an expired code closes its room."""
    events: list[tuple[str, str]] = []

    async def scenario(rig: Rig) -> None:
        await rig.send(SUPPORTER, claim("4242"))
        await rig.send(7, relay(""))
        await rig.register(HOME)
        rig.clock.now += 600
        await rig.expire()

    rules(scenario, observer=lambda event, detail: events.append((event, detail)))
    assert events == [
        ("rejected", "unknown_code"),
        ("rejected", "not_paired"),
        ("room_opened", ""),
        ("rejected", "code_expired"),
        ("room_closed", "code_expired"),
    ]


# -- resume without a new code (issue 18, PROTOCOL.md section 9) -----------------------

ROOM_ID = "0123456789abcdef0123456789abcdef"


def resume(room: object = ROOM_ID) -> dict[str, object]:
    return {"type": "resume", "version": 1, "room": room}


WAITING = {"type": "resume_waiting", "expires_in": 120}


def test_resume_pairs_the_two_apps_that_name_the_same_room(rules: Rules) -> None:
    """The first app waits, the second pairs the room; relays then go both ways."""

    async def scenario(rig: Rig) -> None:
        await rig.send(HOME, resume(), "10.0.0.1")
        assert rig.got(HOME) == [WAITING]
        await rig.send(SUPPORTER, resume(), "10.0.0.2")
        assert rig.got(SUPPORTER) == [{"type": "claimed"}]
        assert rig.got(HOME) == [{"type": "joined"}]
        assert rig.rooms_open == 1
        await rig.send(HOME, relay("aGVsbG8="))
        await rig.send(SUPPORTER, relay("d29ybGQ="))
        assert rig.got(SUPPORTER) == [{"type": "relay", "body": "aGVsbG8="}]
        assert rig.got(HOME) == [{"type": "relay", "body": "d29ybGQ="}]

    rules(scenario)


@pytest.mark.security
def test_a_third_resume_gets_room_full_and_the_room_is_unharmed(rules: Rules) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.send(HOME, resume())
        await rig.send(SUPPORTER, resume(), "10.0.0.2")
        rig.got(HOME), rig.got(SUPPORTER)
        await rig.send(THIRD, resume(), "10.9.0.3")
        assert rig.got(THIRD) == [error("room_full"), CLOSED]
        await rig.send(HOME, relay("eA=="))
        assert rig.got(SUPPORTER) == [{"type": "relay", "body": "eA=="}]

    rules(scenario)


@pytest.mark.security
def test_resume_rooms_and_nameplates_never_meet(rules: Rules) -> None:
    """A leaked nameplate reaches no resume room: a room id is 32 hex digits, and one that
    spells a nameplate opens a room of its own; a claim cannot name a resume room."""

    async def scenario(rig: Rig) -> None:
        nameplate = await rig.register(HOME)
        await rig.send(SUPPORTER, resume(nameplate.rjust(32, "0")), "10.0.0.2")
        assert rig.got(SUPPORTER) == [WAITING]
        assert rig.got(HOME) == []
        await rig.send(THIRD, claim(ROOM_ID), "10.0.0.3")
        assert rig.got(THIRD) == [error("bad_message"), CLOSED]

    rules(scenario)


@pytest.mark.parametrize(
    "room", [nameplate for nameplate in ("1234", ROOM_ID.upper(), ROOM_ID[:-1], ROOM_ID + "0")]
    + [None, 12, ["x"]],
)  # fmt: skip
def test_malformed_resume_rooms_are_bad_message(rules: Rules, room: object) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.send(HOME, resume(room))
        assert rig.got(HOME) == [error("bad_message"), CLOSED]
        assert rig.rooms_open == 0

    rules(scenario)


def test_resume_only_once_per_connection_and_not_after_register(rules: Rules) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.register(HOME)
        await rig.send(HOME, resume())
        assert rig.got(HOME) == [error("bad_message"), CLOSED]
        await rig.send(SUPPORTER, resume())
        assert rig.got(SUPPORTER) == [WAITING]
        await rig.send(SUPPORTER, resume())
        assert rig.got(SUPPORTER) == [error("bad_message"), CLOSED]

    rules(scenario)


@pytest.mark.security
def test_resumes_are_rate_limited_per_prefix(rules: Rules) -> None:
    """Resume attempts count like registrations: per address and per /24 (or /48)."""

    async def scenario(rig: Rig) -> None:
        for n in range(3):
            await rig.send(n, resume(f"{n:032x}"), f"192.0.2.{n}")
            assert rig.got(n) == [WAITING]
        await rig.send(9, resume(f"{9:032x}"), "192.0.2.77")
        assert rig.got(9) == [error("rate_limited"), CLOSED]
        await rig.send(10, resume(f"{10:032x}"), "198.51.100.1")  # another /24
        assert rig.got(10) == [WAITING]

    rules(scenario, registrations_per_minute=2, registrations_per_minute_per_prefix=3)


def test_a_waiting_resume_room_expires_after_120_seconds(rules: Rules) -> None:
    async def scenario(rig: Rig) -> None:
        start = rig.clock.now
        await rig.send(HOME, resume())
        rig.got(HOME)
        rig.clock.now = start + 119.9
        await rig.expire()
        assert rig.got(HOME) == []
        rig.clock.now = start + 120.0
        await rig.expire()
        assert rig.got(HOME) == [error("code_expired"), CLOSED]
        assert rig.rooms_open == 0

    rules(scenario)


def test_a_resume_waiter_that_leaves_frees_the_room(rules: Rules) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.send(HOME, resume())
        rig.got(HOME)
        await rig.disconnect(HOME)
        assert rig.rooms_open == 0
        await rig.send(SUPPORTER, resume(), "10.0.0.2")
        assert rig.got(SUPPORTER) == [WAITING]

    rules(scenario)
