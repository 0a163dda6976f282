"""Which window titles are protected pages: the list shipped as data plus the
organisation's additions (`protected_titles` in assist.toml). No I/O beyond reading the
shipped file, no Qt, no clock.

A pattern matches a title case-insensitively as whole words: "Kela" matches
"OmaKela - Kela" but not "Kelaamo". The shipped list is `data/protected_titles.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from . import data  # imported by name, so a bundle (PyInstaller) carries the package

DATA_FILE = "protected_titles.toml"


def _compile(pattern: str) -> re.Pattern[str]:
    """A case-insensitive whole-word match for `pattern` (spaces match any run of spaces)."""
    words = [re.escape(word) for word in pattern.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class TitleRules:
    """Protected titles (service name → patterns) and the words of a login page."""

    services: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    login_words: tuple[re.Pattern[str], ...]

    def service(self, title: str) -> str | None:
        """The protected service a window title belongs to, or None."""
        for name, patterns in self.services:
            if any(pattern.search(title) for pattern in patterns):
                return name
        return None

    def is_login(self, title: str) -> bool:
        """The title says it asks for codes (sign in, identification…)."""
        return any(word.search(title) for word in self.login_words)

    def with_titles(self, titles: Iterable[str], name: str = "organisation") -> TitleRules:
        """These rules plus the organisation's own titles."""
        extra = tuple(_compile(title) for title in titles if title.strip())
        if not extra:
            return self
        return TitleRules(((name, extra), *self.services), self.login_words)


def parse(text: str) -> TitleRules:
    """Rules from the TOML text of a protected-titles file."""
    data = tomllib.loads(text)
    services = tuple(
        (str(entry["name"]), tuple(_compile(p) for p in entry["patterns"]))
        for entry in data.get("service", [])
    )
    words = tuple(_compile(word) for word in data.get("login", {}).get("words", []))
    return TitleRules(services, words)


def shipped(extra_titles: Iterable[str] = ()) -> TitleRules:
    """The list that ships with the app, plus the organisation's titles."""
    text = resources.files(data).joinpath(DATA_FILE).read_text("utf-8")
    return parse(text).with_titles(extra_titles)
