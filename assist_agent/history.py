"""The home user's own record of past help: kept on this computer only, deletable.

One JSON object a line in `history.jsonl` under the user's data folder
(ASSIST_DATA_DIR overrides it, e.g. for a loan computer's temporary folder).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assist_ui.settings import data_dir


@dataclass(frozen=True)
class HelpRecord:
    supporter: str
    started: float  # wall-clock seconds since the epoch
    seen_seconds: float
    controlled_seconds: float
    chat: list[tuple[str, str]] = field(default_factory=list)  # ("supporter"|"you", text)


class History:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "history.jsonl"

    def add(self, record: HelpRecord) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")

    def records(self) -> list[HelpRecord]:
        """Every readable record, newest first; a damaged line is skipped, not fatal."""
        if not self.path.exists():
            return []
        found = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                data = json.loads(line)
                data["chat"] = [tuple(pair) for pair in data.get("chat", [])]
                found.append(HelpRecord(**data))
            except (ValueError, TypeError):
                continue
        return found[::-1]

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
