"""Metrics in Prometheus text format and structured JSON logs.

Neither ever carries a nameplate, a code, an address or a relayed body: only counts,
event names and machine reasons.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("assist.signaling")


@dataclass
class Metrics:
    """Counters of one server instance; gauges are read from the server when rendered."""

    rooms_opened: int = 0
    pairings: int = 0
    codes_expired: int = 0
    relayed_frames: int = 0
    relayed_bytes: int = 0
    connections_accepted: int = 0
    rejections: Counter[str] = field(default_factory=Counter)

    def render(self, gauges: dict[str, tuple[str, float]]) -> str:
        """Prometheus text exposition (version 0.0.4)."""
        lines: list[str] = []

        def metric(name: str, kind: str, help_text: str, value: float) -> None:
            full = f"assist_signaling_{name}"
            lines.extend(
                [f"# HELP {full} {help_text}", f"# TYPE {full} {kind}", f"{full} {value:g}"]
            )

        for name, (help_text, value) in sorted(gauges.items()):
            metric(name, "gauge", help_text, value)
        metric("rooms_opened_total", "counter", "Rooms opened by register.", self.rooms_opened)
        metric("pairings_total", "counter", "Rooms joined by a claim.", self.pairings)
        metric(
            "codes_expired_total", "counter", "Codes that expired unclaimed.", self.codes_expired
        )
        metric("relayed_frames_total", "counter", "Relay frames forwarded.", self.relayed_frames)
        metric("relayed_bytes_total", "counter", "Relay body bytes forwarded.", self.relayed_bytes)
        metric(
            "connections_total", "counter", "WebSocket connections accepted.",
            self.connections_accepted,
        )  # fmt: skip
        name = "assist_signaling_rejections_total"
        lines += [
            f"# HELP {name} Error codes sent to apps, by reason.",
            f"# TYPE {name} counter",
        ]
        lines += [f'{name}{{reason="{r}"}} {n}' for r, n in sorted(self.rejections.items())]
        return "\n".join(lines) + "\n"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event and the record's `fields`."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            entry.update(extra)
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, separators=(",", ":"), default=str)


def setup_logging(level: str, fmt: str) -> None:
    """Configure the root logger for the server process."""
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    numeric = getattr(logging, level.upper())
    root.setLevel(numeric)
    # websockets logs whole frames at DEBUG, which would include nameplates and bodies,
    # and request details at INFO.
    logging.getLogger("websockets").setLevel(max(numeric, logging.WARNING))


def event(name: str, **fields: object) -> None:
    """Log one structured event at INFO; `fields` must hold counts and machine words only."""
    log.info(name, extra={"fields": fields})
