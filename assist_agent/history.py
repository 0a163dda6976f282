"""The home user's own record of past help: kept on this computer only, deletable.

One JSON object a line in `history.jsonl` under the user's data folder
(ASSIST_DATA_DIR overrides it). On a loan computer (`History.in_memory()`, used when
`assist_ui.settings.keeps_nothing()`) the records live in memory and end with the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from assist_ui.private_files import append_private, make_private, replace_private
from assist_ui.settings import Settings, data_dir, keeps_nothing

# The newest records only: 100 help sessions is years of help for one person, and half a
# megabyte (chat included) reads at once on a weak computer. Older records go first.
MAX_RECORDS = 100
MAX_BYTES = 512 * 1024
KEEP_CHAT = "keep_chat"  # the helper app's setting: keep the chat in past help or not


@dataclass(frozen=True)
class HelpRecord:
    supporter: str
    started: float  # wall-clock seconds since the epoch
    seen_seconds: float
    controlled_seconds: float
    chat: list[tuple[str, str]] = field(default_factory=list)  # ("supporter"|"you", text)
    # The supporter's identity key (hex), so the helper app knows who helped before
    # (issue 16). Empty in records from older versions.
    supporter_key: str = ""
    verified_by: str = ""  # the organisation that vouched for them, if one did
    # How many private moments and protected pages there were, never what was in them
    # (issue 19). 0 in records from older versions.
    private_moments: int = 0
    protected_pages: int = 0


@dataclass(frozen=True)
class Familiarity:
    """What past help says about the supporter who asks now."""

    times_helped: int  # earlier help sessions by this very key
    name_taken: bool  # the same name helped before with another key: not the same person


class History:
    """Past help on this computer: a file, or (loan device) this process's memory."""

    def __init__(self, path: Path | None = None, *, memory: bool | None = None) -> None:
        self.path = path or data_dir() / "history.jsonl"
        self.memory = keeps_nothing() if memory is None else memory
        self._lines: list[str] = []

    @classmethod
    def in_memory(cls) -> History:
        """Records kept for this run only; nothing is written to disk."""
        return cls(memory=True)

    def add(self, record: HelpRecord) -> None:
        if not keeps_chat():
            record = replace(record, chat=[])
        line = json.dumps(asdict(record), ensure_ascii=False)
        if self.memory:
            self._lines.append(line)
            return
        append_private(self.path, line + "\n")
        self._trim()

    def records(self) -> list[HelpRecord]:
        """Every readable record, newest first; a damaged line is skipped, not fatal."""
        make_private(self.path)  # a file from an older version: ours only from now on
        if self.memory:
            lines = self._lines
        elif self.path.exists():
            lines = self.path.read_text(encoding="utf-8").splitlines()
        else:
            return []
        found = []
        for line in lines:
            try:
                data = json.loads(line)
                data["chat"] = [tuple(pair) for pair in data.get("chat", [])]
                found.append(HelpRecord(**data))
            except (ValueError, TypeError):
                continue
        return found[::-1]

    def familiarity(self, name: str, supporter_key: str, organisation: str = "") -> Familiarity:
        """How often this key helped before, and whether this name belonged to another key.

        A supporter the same organisation vouched for before under this name (a new
        computer, a new key) is not called out: the organisation confirmed both."""
        records = self.records()
        same_key = sum(1 for r in records if supporter_key and r.supporter_key == supporter_key)
        folded = name.casefold()
        others = [
            r
            for r in records
            if r.supporter.casefold() == folded and r.supporter_key not in ("", supporter_key)
        ]
        vouched = bool(organisation) and all(r.verified_by == organisation for r in others)
        return Familiarity(same_key, bool(others) and same_key == 0 and not vouched)

    def clear(self) -> None:
        if self.memory:
            self._lines.clear()
            return
        self.path.unlink(missing_ok=True)

    def forget_chat(self) -> None:
        """Remove the chat from every kept record (the home user turned keeping chat off)."""
        kept = [replace(record, chat=[]) for record in self.records()[::-1]]
        self.clear()
        for record in kept:
            self.add(record)

    def _trim(self) -> None:
        """Keep only the newest MAX_RECORDS records and at most MAX_BYTES."""
        try:
            if self.path.stat().st_size <= MAX_BYTES:
                with self.path.open(encoding="utf-8") as stored:
                    if sum(1 for _ in stored) <= MAX_RECORDS:
                        return
            lines = self.path.read_text(encoding="utf-8").splitlines()[-MAX_RECORDS:]
            while lines and sum(len(line.encode()) + 1 for line in lines) > MAX_BYTES:
                lines.pop(0)
            replace_private(self.path, "".join(line + "\n" for line in lines))
        except OSError:
            return


def keeps_chat() -> bool:
    """Whether the home user lets the helper app keep the chat in past help (default yes)."""
    return Settings.for_app("home").get(KEEP_CHAT, True) is not False


def set_keeps_chat(keep: bool) -> None:
    Settings.for_app("home").set(KEEP_CHAT, bool(keep))
