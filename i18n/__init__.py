"""Languages, and loading their Qt translations (`translations/assist_<lang>.qm`).

Source strings are English. `python -m i18n.build` refreshes the `.ts` files from the
code (pyside6-lupdate) and compiles them (pyside6-lrelease); an app that finds a `.qm`
missing or older than its `.ts` compiles it on start.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent / "translations"

# Each language named in itself, in the order the language menu shows them.
LANGUAGES: dict[str, str] = {
    "fi": "suomi",
    "sv": "svenska",
    "en": "English",
    "ru": "русский",
    "et": "eesti",
    "ar": "العربية",
    "so": "Soomaali",
    "uk": "українська",
}
DEFAULT_LANGUAGE = "en"


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"assist_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"assist_{lang}.qm"


def requested_language() -> str | None:
    """The language asked for from outside (ASSIST_LANG), if it is one we have."""
    value = os.environ.get("ASSIST_LANG", "")[:2].lower()
    return value if value in LANGUAGES else None


def pick_language(requested: str | None = None) -> str:
    """The requested language, else ASSIST_LANG, else the system's, else English."""
    for candidate in (requested, os.environ.get("ASSIST_LANG"), _system_language()):
        if candidate and candidate[:2].lower() in LANGUAGES:
            return candidate[:2].lower()
    return DEFAULT_LANGUAGE


def _system_language() -> str | None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None
