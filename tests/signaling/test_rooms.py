"""What only the in-process room model has: its nameplate pool, counters, a rolling rate
window on a fake clock, bounded memory, and random traffic.

The room rules both models share (register, claim, relay, close, expiry, limits) are
tested once against both in test_room_rules.py.
"""

from __future__ import annotations

from collections.abc import Hashable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signaling.rooms import ERROR_CODES, Action, Close, NameplateDraw, Rooms, Send, nameplate_digits


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


HOME = "home"
SUPPORTER = "supporter"
REGISTER = {"type": "register", "version": 1}


def claim(nameplate: str) -> dict[str, object]:
    return {"type": "claim", "version": 1, "nameplate": nameplate}


def error(code: str) -> dict[str, object]:
    return {"type": "error", "code": code}


def make(**kwargs: object) -> tuple[Rooms, FakeClock]:
    clock = FakeClock()
    return Rooms(clock, **kwargs), clock  # type: ignore[arg-type]


def register(rooms: Rooms, conn: Hashable = HOME) -> str:
    actions = rooms.receive(conn, REGISTER, "10.0.0.1")
    assert len(actions) == 1 and isinstance(actions[0], Send)
    assert actions[0].message["type"] == "registered"
    return str(actions[0].message["nameplate"])


# -- nameplate pool ---------------------------------------------------------------------


def test_nameplate_ranges_run_out() -> None:
    """Drawing from fixed ranges returns None when every number is in use."""
    draw = NameplateDraw(((1, 2),))
    used: set[str] = set()
    for _ in range(2):
        nameplate = draw.take(used.__contains__, 0, 0)
        assert nameplate is not None
        used.add(nameplate)
    assert used == {"1", "2"} and draw.take(used.__contains__, 0, 0) is None


def test_nameplate_ranges_reject_overlap() -> None:
    """Ranges must be ascending and disjoint."""
    with pytest.raises(ValueError):
        NameplateDraw(((1000, 9999), (5000, 6000)))


@pytest.mark.security
def test_nameplate_length_grows_only_as_needed() -> None:
    """4 digits while few rooms wait and nobody guesses; longer with many rooms or misses."""
    assert nameplate_digits(0, 0) == 4
    assert nameplate_digits(8, 0) == 4 and nameplate_digits(9, 0) == 5
    assert nameplate_digits(89, 0) == 5 and nameplate_digits(90, 0) == 6
    assert nameplate_digits(0, 10_000) == 7  # 1,000 addresses guessing 10 a minute
    assert nameplate_digits(10**9, 10**9) == 9  # never past the cap


@pytest.mark.security
def test_nameplates_are_random_and_never_start_with_zero() -> None:
    """Nameplates come from `secrets`: 200 draws are (nearly) all different, 4 digits."""
    draw = NameplateDraw()
    drawn = [draw.take(lambda n: False, 0, 0) for _ in range(200)]
    assert all(n is not None and len(n) == 4 and n[0] != "0" for n in drawn)
    assert len(set(drawn)) > 150


# -- counters for metrics ----------------------------------------------------------------


def test_counters_count_rooms_pairings_expiries_and_rejections() -> None:
    """rooms_opened, rooms_waiting, pairings, codes_expired and rejections follow the rooms."""
    rooms, clock = make(max_rooms=2)
    nameplate = register(rooms)
    assert rooms.rooms_open == 1 and rooms.rooms_opened == 1 and rooms.rooms_waiting == 1
    rooms.receive(SUPPORTER, claim(nameplate), "10.0.0.2")
    assert rooms.pairings == 1 and rooms.rooms_waiting == 0
    register(rooms, "waiting")
    assert rooms.receive("busy", REGISTER, "") == [
        Send("busy", error("server_busy")),
        Close("busy"),
    ]
    assert rooms.rejections["server_busy"] == 1
    clock.now += 600
    rooms.expire()
    assert rooms.codes_expired == 1 and rooms.rooms_open == 1 and rooms.rooms_opened == 2


def test_claim_returns_the_expired_rooms_actions_first() -> None:
    """A claim runs expiry first, so an expired helper app hears code_expired in that turn."""
    rooms, clock = make()
    nameplate = register(rooms)
    clock.now += 600
    assert rooms.receive(SUPPORTER, claim(nameplate), "") == [
        Send(HOME, error("code_expired")),
        Close(HOME),
        Send(SUPPORTER, error("unknown_code")),
        Close(SUPPORTER),
    ]


# -- rate limit ------------------------------------------------------------------------


def test_claim_limit_is_a_rolling_minute() -> None:
    """Claims refused for an address are allowed again a minute after the first one."""
    rooms, clock = make()
    for n in range(10):
        assert rooms.receive(n, claim("4242"), "1.2.3.4")[0] == Send(n, error("unknown_code"))
    assert rooms.receive("x", claim("4242"), "1.2.3.4")[0] == Send("x", error("rate_limited"))
    clock.now += 60
    assert rooms.receive("z", claim("4242"), "1.2.3.4")[0] == Send("z", error("unknown_code"))


def test_rate_limit_buckets_are_pruned_and_bounded() -> None:
    """Idle addresses are forgotten by expire(), and at most max_tracked_addresses are kept."""
    rooms, clock = make(max_tracked_addresses=5)
    for n in range(20):
        rooms.receive(n, claim("4242"), f"10.0.0.{n}")
    assert rooms.tracked_addresses == 5
    clock.now += 60
    rooms.expire()
    assert rooms.tracked_addresses == 0


# -- property test ---------------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
nameplates = st.sampled_from(["1000", "1001", "1002", "9999", "0", ""]) | st.text(max_size=6)
messages = st.one_of(
    st.fixed_dictionaries({"type": st.just("register"), "version": st.just(1) | json_values}),
    st.fixed_dictionaries(
        {"type": st.just("claim"), "version": st.just(1) | json_values, "nameplate": nameplates}
    ),
    st.fixed_dictionaries({"type": st.just("relay"), "body": st.text(max_size=8) | json_values}),
    st.fixed_dictionaries({"type": st.just("close"), "reason": st.text(max_size=8) | json_values}),
    st.dictionaries(st.sampled_from(["type", "version", "nameplate", "body"]), json_values),
    json_values,
)
steps = st.lists(
    st.tuples(
        st.sampled_from(["receive", "receive", "receive", "disconnected", "expire"]),
        st.integers(0, 4),
        messages,
        st.sampled_from(["1.1.1.1", "2.2.2.2"]),
        st.floats(0, 400),
    ),
    max_size=40,
)
REPLY_TYPES = {"registered", "claimed", "joined", "relay", "peer_left", "error"}


@settings(max_examples=300, deadline=None)
@given(steps)
def test_random_traffic_never_raises_and_keeps_rooms_consistent(
    script: list[tuple[str, int, object, str, float]],
) -> None:
    """Any sequence of frames, drops and ticks answers only known frames and error codes."""
    rooms, clock = make(claims_per_minute=3)
    for operation, conn, message, address, advance in script:
        clock.now += advance
        actions: list[Action]
        if operation == "receive":
            actions = rooms.receive(conn, message, address)
        elif operation == "disconnected":
            actions = rooms.disconnected(conn)
        else:
            actions = rooms.expire()
        for action in actions:
            if isinstance(action, Send):
                assert action.message["type"] in REPLY_TYPES
                if action.message["type"] == "error":
                    assert action.message["code"] in ERROR_CODES
        for member in range(5):
            room = rooms.room_of(member)
            assert room is None or member in room.members()
    assert rooms.rooms_open <= 5
