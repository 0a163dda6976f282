"""The data channel's versioned message schema (see docs/PROTOCOL.md, section 4).

Every message is a JSON object `{"v": 1, "type": ..., ...}`. `decode` checks type,
fields, ranges and sizes; anything else raises `InvalidMessage` with a short reason,
and the receiver drops and counts it. Coordinates are fractions (0…1) of the shared
picture, so they survive any scaling between the two screens.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1
# The second, ordered data channel that carries sharp still pictures (assist_media.sharp).
SHARP_CHANNEL_LABEL = "assist-sharp"
MAX_MESSAGE_BYTES = 16 * 1024
MAX_TEXT_CHARS = 256
MAX_CHAT_CHARS = 2000
MAX_STROKE_POINTS = 64
MAX_WHEEL_STEPS = 20

MODIFIER_KEYS = ("ctrl", "shift", "alt", "meta")
NAMED_KEYS = frozenset(
    {
        *MODIFIER_KEYS,
        "enter", "tab", "escape", "backspace", "delete", "insert", "home", "end",
        "page_up", "page_down", "up", "down", "left", "right", "space", "menu",
        *(f"f{n}" for n in range(1, 13)),
    }
)  # fmt: skip
MOUSE_BUTTONS = frozenset({"left", "right", "middle"})
MOUSE_ACTIONS = frozenset({"move", "down", "up", "click", "double", "wheel"})
KEY_ACTIONS = frozenset({"down", "up", "press"})
SHARE_STATES = frozenset({"viewing", "controlling", "paused"})

# Which side may send what: the home user's app accepts SUPPORTER_SENDS, and so on.
COMMON = frozenset({"binding", "bye", "heartbeat", "chat"})
SUPPORTER_SENDS = COMMON | {
    "control_request", "control_release", "pointer", "look", "draw", "mouse", "key", "text",
    "call",
}  # fmt: skip
HOME_USER_SENDS = COMMON | {"state", "cursor", "refused", "call_state", "screen"}
# A call inside the session (assist_media/call.py): the supporter offers or ends it,
# the home user's app says what it is now.
CALL_ACTIONS = frozenset({"offer", "end"})
CALL_STATES = frozenset({"talking", "declined", "on_hold", "ended"})
# "protected", "password", "private": privacy (issue 19, assist_agent/privacy.py).
REFUSED_REASONS = frozenset(
    {"system_key", "hotkey", "own_window", "protected", "password", "private"}
)
"""Why the helper app did not inject the supporter's input (a `refused` message)."""
# Which of the home user's screens is shared (`screen`): its number, how many there are,
# and where it stands ("only" with one screen). The supporter app shows it in words.
SCREEN_PLACES = frozenset({"only", "left", "right", "middle", "top", "bottom", "other"})
MAX_SCREENS = 16
INPUT_TYPES = frozenset({"mouse", "key", "text"})
TEACHING_TYPES = frozenset({"pointer", "look", "draw"})
# Pointer, look and draw together: an honest supporter app sends pointer moves at most
# 60 a second and one draw per mouse move (up to ~125 a second with a fast mouse), so
# this leaves room for real teaching while a flood cannot keep the helper app busy.
TEACHING_RATE = 150.0
TEACHING_BURST = 75.0


class InvalidMessage(ValueError):
    """A data channel message that does not match the schema; `str(exc)` is the reason."""


def encode(message_type: str, **fields: Any) -> str:
    """Build one data channel message as JSON text (validated, so we never send junk)."""
    if message_type not in _VALIDATORS:
        raise ValueError(f"unknown message type {message_type!r}")
    text = json.dumps(
        {"v": SCHEMA_VERSION, "type": message_type, **fields},
        separators=(",", ":"),
        ensure_ascii=False,
    )
    decode(text)
    return text


def decode(raw: str | bytes) -> dict[str, Any]:
    """Parse and validate one message; raise InvalidMessage when it breaks the schema."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise InvalidMessage("too_large")
    try:
        message = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InvalidMessage("not_json") from exc
    if not isinstance(message, dict):
        raise InvalidMessage("not_object")
    if message.get("v") != SCHEMA_VERSION:
        raise InvalidMessage("bad_version")
    kind = message.get("type")
    validator = _VALIDATORS.get(kind) if isinstance(kind, str) else None
    if validator is None:
        raise InvalidMessage("unknown_type")
    validator(message)
    return message


# -- field checks ------------------------------------------------------------------------
def _need(ok: bool, reason: str) -> None:
    if not ok:
        raise InvalidMessage(reason)


def _fraction(message: dict[str, Any], name: str) -> None:
    value = message.get(name)
    _need(
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0.0 <= value <= 1.0,
        f"bad_field:{name}",
    )


def _string(message: dict[str, Any], name: str, max_chars: int, *, empty: bool = False) -> str:
    value = message.get(name)
    _need(isinstance(value, str) and (empty or value != ""), f"bad_field:{name}")
    _need(len(value) <= max_chars, f"too_long:{name}")
    return str(value)


def _integer(message: dict[str, Any], name: str, low: int, high: int) -> None:
    value = message.get(name)
    _need(
        isinstance(value, int) and not isinstance(value, bool) and low <= value <= high,
        f"bad_field:{name}",
    )


def _printable(text: str, allowed: str = "") -> bool:
    return all(ch.isprintable() or ch in allowed for ch in text)


# -- one validator per type ---------------------------------------------------------------
def _binding(m: dict[str, Any]) -> None:
    _string(m, "tag", 128)


def _bye(m: dict[str, Any]) -> None:
    _string(m, "reason", 64)


def _nothing(m: dict[str, Any]) -> None:
    pass


def _state(m: dict[str, Any]) -> None:
    _need(isinstance(m.get("state"), str) and m["state"] in SHARE_STATES, "bad_field:state")


def _point(m: dict[str, Any]) -> None:
    _fraction(m, "x")
    _fraction(m, "y")


def _cursor(m: dict[str, Any]) -> None:
    _point(m)
    _need(isinstance(m.get("visible"), bool), "bad_field:visible")


def _draw(m: dict[str, Any]) -> None:
    points = m.get("points")
    _need(isinstance(points, list) and 1 <= len(points) <= MAX_STROKE_POINTS, "bad_field:points")
    for point in points:
        _need(isinstance(point, list) and len(point) == 2, "bad_field:points")
        _point({"x": point[0], "y": point[1]})
    _integer(m, "stroke", 0, 2**31 - 1)
    _need(isinstance(m.get("end", False), bool), "bad_field:end")


def _mouse(m: dict[str, Any]) -> None:
    action = m.get("action")
    _need(isinstance(action, str) and action in MOUSE_ACTIONS, "bad_field:action")
    _point(m)
    if action in ("down", "up", "click", "double"):
        button = m.get("button")
        _need(isinstance(button, str) and button in MOUSE_BUTTONS, "bad_field:button")
    if action == "wheel":
        _integer(m, "dx", -MAX_WHEEL_STEPS, MAX_WHEEL_STEPS)
        _integer(m, "dy", -MAX_WHEEL_STEPS, MAX_WHEEL_STEPS)


def _key(m: dict[str, Any]) -> None:
    _need(isinstance(m.get("action"), str) and m["action"] in KEY_ACTIONS, "bad_field:action")
    key = m.get("key")
    _need(
        isinstance(key, str) and (key in NAMED_KEYS or (len(key) == 1 and key.isprintable())),
        "bad_field:key",
    )


def _text(m: dict[str, Any]) -> None:
    _need(_printable(_string(m, "text", MAX_TEXT_CHARS), "\n\t"), "bad_field:text")


def _refused(m: dict[str, Any]) -> None:
    reason = m.get("reason")
    _need(isinstance(reason, str) and reason in REFUSED_REASONS, "bad_field:reason")


def _call(m: dict[str, Any]) -> None:
    _need(isinstance(m.get("action"), str) and m["action"] in CALL_ACTIONS, "bad_field:action")


def _call_state(m: dict[str, Any]) -> None:
    _need(isinstance(m.get("state"), str) and m["state"] in CALL_STATES, "bad_field:state")
    _need(isinstance(m.get("muted"), bool), "bad_field:muted")


def _screen(m: dict[str, Any]) -> None:
    _integer(m, "count", 1, MAX_SCREENS)
    _integer(m, "number", 1, m["count"])
    _need(isinstance(m.get("place"), str) and m["place"] in SCREEN_PLACES, "bad_field:place")


def _heartbeat(m: dict[str, Any]) -> None:
    """`ack`: how many chat lines (ids 0…ack-1) this side has shown, so the other side
    can forget them (assist_session/resume.py, ChatOrder)."""
    if "ack" in m:
        _integer(m, "ack", 0, 2**53)


def _chat(m: dict[str, Any]) -> None:
    _need(_printable(_string(m, "text", MAX_CHAT_CHARS), "\n"), "bad_field:text")
    _integer(m, "id", 0, 2**53)


_VALIDATORS: dict[str, Callable[[dict[str, Any]], None]] = {
    "binding": _binding,
    "bye": _bye,
    "heartbeat": _heartbeat,
    "state": _state,
    "cursor": _cursor,
    "control_request": _nothing,
    "control_release": _nothing,
    "pointer": _point,
    "look": _point,
    "draw": _draw,
    "mouse": _mouse,
    "key": _key,
    "text": _text,
    "chat": _chat,
    "refused": _refused,
    "call": _call,
    "call_state": _call_state,
    "screen": _screen,
}


@dataclass
class DropCounter:
    """Counts messages dropped for breaking the schema or the rules, by reason."""

    by_reason: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str) -> None:
        self.by_reason[reason] = self.by_reason.get(reason, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.by_reason.values())


@dataclass
class RateLimit:
    """A token bucket with the clock passed in: `rate` messages a second, bursts of `burst`."""

    rate: float
    burst: float
    _tokens: float = -1.0
    _last: float = 0.0

    def allow(self, now: float) -> bool:
        if self._tokens < 0:
            self._tokens, self._last = self.burst, now
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False
