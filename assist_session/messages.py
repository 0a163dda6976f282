"""The data channel's versioned message schema (see docs/PROTOCOL.md, section 4)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1
MAX_MESSAGE_BYTES = 16 * 1024

# type -> required fields and their Python types. Later issues add input, pointer, chat.
_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "binding": {"tag": str},
    "bye": {"reason": str},
    "heartbeat": {},
}


class InvalidMessage(ValueError):
    """A data channel message that does not match the schema."""


def encode(message_type: str, **fields: Any) -> str:
    """Build one data channel message as JSON text."""
    if message_type not in _SCHEMA:
        raise ValueError(f"unknown message type {message_type!r}")
    return json.dumps({"v": SCHEMA_VERSION, "type": message_type, **fields}, separators=(",", ":"))


def decode(raw: str | bytes) -> dict[str, Any]:
    """Parse and validate one message; raise InvalidMessage when it breaks the schema."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise InvalidMessage("too_large")
    try:
        message = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidMessage("not_json") from exc
    if not isinstance(message, dict):
        raise InvalidMessage("not_object")
    if message.get("v") != SCHEMA_VERSION:
        raise InvalidMessage("bad_version")
    spec = _SCHEMA.get(message.get("type"))  # type: ignore[arg-type]
    if spec is None:
        raise InvalidMessage("unknown_type")
    for name, expected in spec.items():
        if not isinstance(message.get(name), expected):
            raise InvalidMessage(f"bad_field:{name}")
    return message


@dataclass
class DropCounter:
    """Counts messages dropped for breaking the schema, by reason."""

    by_reason: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str) -> None:
        self.by_reason[reason] = self.by_reason.get(reason, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.by_reason.values())
