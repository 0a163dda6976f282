"""Unit tests for the I/O-free room model, driven with a fake clock."""

from __future__ import annotations

from collections.abc import Hashable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signaling.rooms import (
    ERROR_CODES,
    MAX_BODY_CHARS,
    Action,
    Close,
    NameplatePool,
    Rooms,
    Send,
)


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


def paired_room() -> tuple[Rooms, FakeClock, str]:
    rooms, clock = make()
    nameplate = register(rooms)
    rooms.receive(SUPPORTER, claim(nameplate), "10.0.0.2")
    return rooms, clock, nameplate


# -- nameplates ------------------------------------------------------------------------


def test_register_answers_first_nameplate_with_lifetime() -> None:
    """The first helper app gets nameplate "1000" valid for 600 seconds."""
    rooms, _ = make()
    actions = rooms.receive(HOME, REGISTER, "10.0.0.1")
    assert actions == [Send(HOME, {"type": "registered", "nameplate": "1000", "expires_in": 600})]
    assert rooms.rooms_open == 1 and rooms.rooms_opened == 1


def test_nameplates_are_allocated_in_order() -> None:
    """Nameplates count up from 1000 as strings."""
    rooms, _ = make()
    assert [register(rooms, n) for n in range(3)] == ["1000", "1001", "1002"]


def test_freed_nameplate_is_reused_smallest_first() -> None:
    """A closed room's nameplate is free again and the smallest free one is handed out."""
    rooms, _ = make()
    for n in range(4):
        register(rooms, n)
    rooms.disconnected(2)
    rooms.receive(1, {"type": "close", "reason": "stopped"})
    assert register(rooms, "a") == "1001"
    assert register(rooms, "b") == "1002"
    assert register(rooms, "c") == "1004"


def test_five_digit_nameplates_when_four_digits_are_full() -> None:
    """When the 4-digit range is used up, allocation continues in the next range."""
    rooms, _ = make(nameplate_ranges=((1000, 1002), (10000, 99999)))
    assert [register(rooms, n) for n in range(5)] == ["1000", "1001", "1002", "10000", "10001"]
    rooms.disconnected(1)
    assert register(rooms, "again") == "1001"


def test_nameplate_pool_runs_out() -> None:
    """The pool returns None when every range is used up."""
    pool = NameplatePool(((1, 2),))
    assert [pool.take(), pool.take(), pool.take()] == ["1", "2", None]


def test_nameplate_pool_rejects_overlapping_ranges() -> None:
    """Ranges must be ascending and disjoint."""
    with pytest.raises(ValueError):
        NameplatePool(((1000, 9999), (5000, 6000)))


def test_register_when_all_nameplates_taken_is_server_busy() -> None:
    """Running out of nameplates answers server_busy and closes."""
    rooms, _ = make(nameplate_ranges=((1000, 1000),))
    register(rooms, 1)
    assert rooms.receive(2, REGISTER, "") == [Send(2, error("server_busy")), Close(2)]


def test_max_rooms_is_server_busy() -> None:
    """At max_rooms open rooms, register answers server_busy."""
    rooms, _ = make(max_rooms=2)
    register(rooms, 1)
    register(rooms, 2)
    assert rooms.receive(3, REGISTER, "") == [Send(3, error("server_busy")), Close(3)]
    assert rooms.rejections["server_busy"] == 1


# -- claim -----------------------------------------------------------------------------


def test_claim_pairs_both_sides() -> None:
    """A claim answers claimed to the supporter and joined to the helper app."""
    rooms, _ = make()
    nameplate = register(rooms)
    actions = rooms.receive(SUPPORTER, claim(nameplate), "10.0.0.2")
    assert actions == [Send(SUPPORTER, {"type": "claimed"}), Send(HOME, {"type": "joined"})]
    assert rooms.pairings == 1 and rooms.rooms_waiting == 0


def test_claim_unknown_nameplate() -> None:
    """A nameplate with no room gets unknown_code and the connection is closed."""
    rooms, _ = make()
    assert rooms.receive(SUPPORTER, claim("1000"), "") == [
        Send(SUPPORTER, error("unknown_code")),
        Close(SUPPORTER),
    ]


def test_claim_with_leading_zero_does_not_match() -> None:
    """Nameplates compare as exact strings: "01000" is not "1000"."""
    rooms, _ = make()
    register(rooms)
    assert rooms.receive(SUPPORTER, claim("01000"), "")[0] == Send(SUPPORTER, error("unknown_code"))


def test_third_side_gets_room_full_and_room_is_unharmed() -> None:
    """A claim of a paired room is refused to the third side only; relays still flow."""
    rooms, _, nameplate = paired_room()
    assert rooms.receive("third", claim(nameplate), "10.0.0.3") == [
        Send("third", error("room_full")),
        Close("third"),
    ]
    relay = {"type": "relay", "body": "AAEC"}
    assert rooms.receive(HOME, relay) == [Send(SUPPORTER, relay)]
    assert rooms.rooms_open == 1


def test_register_or_claim_only_once_per_connection() -> None:
    """A second register or claim on one connection is bad_message and ends its room."""
    rooms, _, _ = paired_room()
    assert rooms.receive(HOME, REGISTER) == [
        Send(HOME, error("bad_message")),
        Close(HOME),
        Send(SUPPORTER, {"type": "peer_left", "reason": "disconnected"}),
        Close(SUPPORTER),
    ]
    assert rooms.rooms_open == 0


def test_helper_cannot_claim_its_own_room() -> None:
    """The helper app's connection is already in a room, so claiming is bad_message."""
    rooms, _ = make()
    nameplate = register(rooms)
    assert rooms.receive(HOME, claim(nameplate))[0] == Send(HOME, error("bad_message"))


# -- relay -----------------------------------------------------------------------------


def test_relay_both_ways_unchanged() -> None:
    """Relay bodies go to the other member unchanged, in both directions."""
    rooms, _, _ = paired_room()
    assert rooms.receive(HOME, {"type": "relay", "body": "aGk="}) == [
        Send(SUPPORTER, {"type": "relay", "body": "aGk="})
    ]
    assert rooms.receive(SUPPORTER, {"type": "relay", "body": "eW8="}) == [
        Send(HOME, {"type": "relay", "body": "eW8="})
    ]


def test_relay_before_pairing_is_not_paired_and_stays_open() -> None:
    """Relay from a waiting helper or a stranger is not_paired without closing."""
    rooms, _ = make()
    register(rooms)
    assert rooms.receive(HOME, {"type": "relay", "body": ""}) == [Send(HOME, error("not_paired"))]
    assert rooms.receive("x", {"type": "relay", "body": ""}) == [Send("x", error("not_paired"))]
    assert rooms.rooms_open == 1


def test_relay_body_must_be_string_within_limit() -> None:
    """A non-string or oversized body is bad_message."""
    rooms, _, _ = paired_room()
    bad_message = Send(HOME, error("bad_message"))
    big = "A" * (MAX_BODY_CHARS + 1)
    assert rooms.receive(HOME, {"type": "relay", "body": big})[0] == bad_message
    rooms, _, _ = paired_room()
    assert rooms.receive(HOME, {"type": "relay", "body": 5})[0] == bad_message
    rooms, _, _ = paired_room()
    ok = "A" * MAX_BODY_CHARS
    assert rooms.receive(HOME, {"type": "relay", "body": ok}) == [
        Send(SUPPORTER, {"type": "relay", "body": ok})
    ]


# -- close and disconnect ----------------------------------------------------------------


def test_close_tells_peer_and_burns_room() -> None:
    """close sends peer_left with the reason, closes both sides, and the room is gone."""
    rooms, _, nameplate = paired_room()
    assert rooms.receive(SUPPORTER, {"type": "close", "reason": "stopped"}) == [
        Close(SUPPORTER),
        Send(HOME, {"type": "peer_left", "reason": "stopped"}),
        Close(HOME),
    ]
    assert rooms.rooms_open == 0
    assert rooms.receive("late", claim(nameplate))[0] == Send("late", error("unknown_code"))


@pytest.mark.parametrize("reason", [None, 7, "", "x" * 65, "two words", "new\nline"])
def test_close_reason_that_is_not_a_machine_word_becomes_closed(reason: object) -> None:
    """Missing, non-string, too long or non-word reasons are replaced by "closed"."""
    rooms, _, _ = paired_room()
    message = {"type": "close"} if reason is None else {"type": "close", "reason": reason}
    assert Send(HOME, {"type": "peer_left", "reason": "closed"}) in rooms.receive(
        SUPPORTER, message
    )


def test_close_while_waiting_frees_nameplate() -> None:
    """A waiting helper app that closes frees its nameplate; nobody else is told."""
    rooms, _ = make()
    register(rooms)
    assert rooms.receive(HOME, {"type": "close", "reason": "cancelled"}) == [Close(HOME)]
    assert register(rooms, "next") == "1000"


def test_disconnect_tells_peer() -> None:
    """A dropped member makes the other side get peer_left "disconnected"."""
    rooms, _, _ = paired_room()
    assert rooms.disconnected(HOME) == [
        Send(SUPPORTER, {"type": "peer_left", "reason": "disconnected"}),
        Close(SUPPORTER),
    ]
    assert rooms.rooms_open == 0
    assert rooms.disconnected(SUPPORTER) == []


def test_frames_after_close_are_ignored() -> None:
    """A connection told to close is ignored until it disconnects."""
    rooms, _, _ = paired_room()
    rooms.disconnected(HOME)
    assert rooms.receive(SUPPORTER, {"type": "relay", "body": ""}) == []
    rooms.disconnected(SUPPORTER)
    assert rooms.receive(SUPPORTER, {"type": "relay", "body": ""}) == [
        Send(SUPPORTER, error("not_paired"))
    ]


# -- expiry ----------------------------------------------------------------------------


def test_code_expires_at_exactly_600_seconds() -> None:
    """A waiting room lives until 600 s after register, then the helper gets code_expired."""
    rooms, clock = make()
    start = clock.now
    register(rooms)
    clock.now = start + 599.999
    assert rooms.expire() == []
    clock.now = start + 600.0
    assert rooms.expire() == [Send(HOME, error("code_expired")), Close(HOME)]
    assert rooms.rooms_open == 0 and rooms.codes_expired == 1
    assert register(rooms, "next") == "1000"


def test_claim_after_lifetime_is_refused_even_before_expire_runs() -> None:
    """A claim checks expiry itself, so an old code never pairs."""
    rooms, clock = make()
    nameplate = register(rooms)
    clock.now += 600
    assert rooms.receive(SUPPORTER, claim(nameplate), "") == [
        Send(HOME, error("code_expired")),
        Close(HOME),
        Send(SUPPORTER, error("unknown_code")),
        Close(SUPPORTER),
    ]


def test_paired_rooms_do_not_expire() -> None:
    """Expiry only concerns waiting rooms; a paired room stays."""
    rooms, clock, _ = paired_room()
    clock.now += 10_000
    assert rooms.expire() == []
    assert rooms.rooms_open == 1


def test_expiry_is_per_room_in_creation_order() -> None:
    """Only rooms past their own lifetime expire."""
    rooms, clock = make(code_lifetime=10.0)
    register(rooms, 1)
    clock.now += 5
    register(rooms, 2)
    clock.now += 5
    assert rooms.expire() == [Send(1, error("code_expired")), Close(1)]
    clock.now += 5
    assert rooms.expire() == [Send(2, error("code_expired")), Close(2)]


# -- rate limit ------------------------------------------------------------------------


def test_claims_are_rate_limited_per_address() -> None:
    """The 11th claim within a minute from one address is rate_limited; others are not."""
    rooms, clock = make()
    for n in range(10):
        assert rooms.receive(n, claim("4242"), "1.2.3.4")[0] == Send(n, error("unknown_code"))
    assert rooms.receive("x", claim("4242"), "1.2.3.4") == [
        Send("x", error("rate_limited")),
        Close("x"),
    ]
    assert rooms.receive("y", claim("4242"), "5.6.7.8")[0] == Send("y", error("unknown_code"))
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
def test_malformed_messages_are_bad_message(message: object) -> None:
    """Unknown types and missing or wrongly typed fields get bad_message and a close."""
    rooms, _ = make()
    assert rooms.receive("c", message, "") == [Send("c", error("bad_message")), Close("c")]


@pytest.mark.parametrize(
    "message", [{"type": "register", "version": 2}, claim("1000") | {"version": 0}]
)
def test_other_versions_are_unsupported(message: dict[str, object]) -> None:
    """A whole-number version other than 1 gets unsupported_version."""
    rooms, _ = make()
    assert rooms.receive("c", message, "") == [Send("c", error("unsupported_version")), Close("c")]


def test_observer_hears_events_without_identifiers() -> None:
    """The observer gets event names and reasons, never nameplates."""
    events: list[tuple[str, str]] = []
    rooms, _ = make(observer=lambda event, detail: events.append((event, detail)))
    nameplate = register(rooms)
    rooms.receive(SUPPORTER, claim(nameplate), "")
    rooms.receive(HOME, {"type": "close", "reason": "stopped"})
    assert events == [("room_opened", ""), ("paired", ""), ("room_closed", "stopped")]


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
