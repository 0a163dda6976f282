"""The data channel schema accepts exactly the messages it documents."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assist_session import messages
from assist_session.messages import InvalidMessage, RateLimit, decode, encode

VALID = [
    ("binding", {"tag": "ab" * 32}),
    ("bye", {"reason": "stopped"}),
    ("heartbeat", {}),
    ("state", {"state": "paused"}),
    ("control_request", {}),
    ("pointer", {"x": 0, "y": 1}),
    ("look", {"x": 0.5, "y": 0.25}),
    ("draw", {"points": [[0.1, 0.2], [0.3, 0.4]], "stroke": 7, "end": True}),
    ("mouse", {"action": "click", "x": 0.5, "y": 0.5, "button": "left"}),
    ("mouse", {"action": "wheel", "x": 0.5, "y": 0.5, "dx": 0, "dy": -3}),
    ("key", {"action": "press", "key": "f5"}),
    ("key", {"action": "down", "key": "c"}),
    ("text", {"text": "Hyvä äöå € مرحبا"}),
    ("chat", {"text": "Paina vihreää nappia.\nSitten OK.", "id": 3}),
]

INVALID = [
    ({"v": 2, "type": "heartbeat"}, "bad_version"),
    ({"v": 1, "type": "explode"}, "unknown_type"),
    ({"v": 1, "type": "mouse", "action": "click", "x": 1.5, "y": 0, "button": "left"}, "x"),
    ({"v": 1, "type": "mouse", "action": "click", "x": True, "y": 0, "button": "left"}, "x"),
    ({"v": 1, "type": "mouse", "action": "click", "x": 0, "y": 0, "button": "side"}, "button"),
    ({"v": 1, "type": "mouse", "action": "wheel", "x": 0, "y": 0, "dx": 0, "dy": 999}, "dy"),
    ({"v": 1, "type": "key", "action": "press", "key": "launch_missiles"}, "key"),
    ({"v": 1, "type": "key", "action": "press", "key": "\x07"}, "key"),
    ({"v": 1, "type": "text", "text": "a" * 257}, "too_long"),
    ({"v": 1, "type": "text", "text": "bell\x07"}, "text"),
    ({"v": 1, "type": "text", "text": ""}, "text"),
    ({"v": 1, "type": "draw", "points": [[0, 0]] * 65, "stroke": 1}, "points"),
    ({"v": 1, "type": "draw", "points": [[0, "x"]], "stroke": 1}, "bad_field"),
    ({"v": 1, "type": "chat", "text": "hi", "id": -1}, "id"),
    ({"v": 1, "type": "state", "state": "controlling_everything"}, "state"),
]


@pytest.mark.parametrize(("kind", "fields"), VALID)
def test_valid_messages_round_trip(kind: str, fields: dict[str, object]) -> None:
    """Every documented message encodes and decodes to the same content."""
    assert decode(encode(kind, **fields)) == {"v": 1, "type": kind, **fields}


@pytest.mark.parametrize(("message", "reason"), INVALID)
def test_invalid_messages_are_refused_with_a_reason(message: dict, reason: str) -> None:
    """Wrong types, out-of-range numbers, unknown keys and oversize text are refused."""
    with pytest.raises(InvalidMessage, match=reason):
        decode(json.dumps(message))


def test_encode_refuses_to_send_junk() -> None:
    """Our own app can never put an invalid message on the wire."""
    with pytest.raises(InvalidMessage):
        encode("mouse", action="click", x=2, y=0, button="left")


def test_oversized_and_non_json_input() -> None:
    """Huge frames and non-JSON bytes are refused before parsing gets expensive."""
    with pytest.raises(InvalidMessage, match="too_large"):
        decode("[" * (messages.MAX_MESSAGE_BYTES + 1))
    with pytest.raises(InvalidMessage, match="not_json"):
        decode(b"\xff\xfe")
    with pytest.raises(InvalidMessage, match="not_json"):
        decode("[" * 5000)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "v",
                "type",
                "x",
                "y",
                "action",
                "button",
                "key",
                "text",
                "points",
                "stroke",
                "id",
                "dx",
                "dy",
                "state",
                "tag",
                "reason",
            ]
        ),
        json_values | st.sampled_from(["mouse", "key", "text", "draw", "chat", 1]),
    )
)
def test_fuzzed_messages_never_crash(message: dict[str, object]) -> None:
    """Any JSON object either decodes to a schema-valid message or raises InvalidMessage."""
    try:
        raw = json.dumps(message)
    except ValueError:
        return
    try:
        decoded = decode(raw)
    except InvalidMessage:
        return
    assert decoded["type"] in messages.SUPPORTER_SENDS | messages.HOME_USER_SENDS


def test_rate_limit_allows_bursts_then_the_rate() -> None:
    """A token bucket with a fake clock: a burst passes, then only the steady rate."""
    limit = RateLimit(rate=10, burst=5)
    assert sum(limit.allow(0.0) for _ in range(20)) == 5
    assert sum(limit.allow(1.0) for _ in range(20)) == 5  # refilled to the burst size
    assert limit.allow(1.05) is False
    assert limit.allow(1.2) is True
