"""The person's own settings (language, colours, text size) and the folder they live in.

Settings live in one small JSON file next to the home user's history, one section per
app. A damaged file is ignored, never fatal: the apps then simply ask again. No Qt here.

On a loan computer (`keep_nothing()`, the apps' `--loan-device`) nothing goes to disk:
settings live in this process's memory and are gone when the app closes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from .private_files import replace_private

SETTINGS_FILE = "settings.json"

# Loan-device mode: every app section's values, in memory only (None: on disk as usual).
_memory: dict[str, Any] | None = None


def keep_nothing() -> None:
    """From now on, in this process, settings and history stay in memory, never on disk."""
    global _memory
    if _memory is None:
        _memory = {}


def keeps_nothing() -> bool:
    """True in loan-device mode: nothing the person does is written to disk."""
    return _memory is not None


def data_dir() -> Path:
    """The folder for this person's files (ASSIST_DATA_DIR overrides it, e.g. for a loan
    computer's temporary folder)."""
    override = os.environ.get("ASSIST_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "Assist"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Assist"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "assist"


def settings_dir() -> Path:
    return data_dir()


class Settings:
    """One app's section of the settings file: a few plain values by name.

    Without a path (loan-device mode) the values live in memory only.
    """

    def __init__(self, path: Path | None, section: str) -> None:
        self.path = path
        self.section = section
        self._memory: dict[str, Any] = {} if _memory is None else _memory

    @classmethod
    def for_app(cls, app_name: str) -> Settings:
        if keeps_nothing():
            return cls(None, app_name)
        return cls(settings_dir() / SETTINGS_FILE, app_name)

    def _read_all(self) -> dict[str, Any]:
        if self.path is None:
            return self._memory
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        section = self._read_all().get(self.section)
        return section.get(key, default) if isinstance(section, dict) else default

    def set(self, key: str, value: Any) -> None:
        data = self._read_all()
        section = data.get(self.section)
        if not isinstance(section, dict):
            section = data[self.section] = {}
        section[key] = value
        if self.path is None:
            return
        with contextlib.suppress(OSError):  # only this person may read it (0600 in 0700)
            replace_private(self.path, json.dumps(data, ensure_ascii=False, indent=1))
