"""Refresh and compile the translations: `python -m i18n.build [--update] [--check]`.

--update runs pyside6-lupdate over the apps' sources into every `.ts` file; without it
only `.qm` files are compiled. Compilation fails on unfinished entries.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from . import LANGUAGES, TRANSLATIONS, qm_path, ts_path

ROOT = TRANSLATIONS.parent.parent
SOURCE_PACKAGES = (
    "assist_agent",
    "assist_client",
    "assist_session",
    "assist_media",
    "assist_ui",
    "i18n",
)


def tool(name: str) -> str:
    """Path of a Qt Linguist tool from PySide6 (next to the running Python first)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[str]:
    files: list[str] = []
    for package in SOURCE_PACKAGES:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / package).rglob("*.py"))
    return files


def update(languages: list[str]) -> None:
    for lang in languages:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *source_files(),
                "-ts",
                str(ts_path(lang).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


# Languages whose every entry must be finished: all of them. lrelease refuses an
# unfinished entry, so a new string cannot ship untranslated in any language.
COMPLETE = tuple(LANGUAGES)


def compile_qm(languages: list[str], *, strict: bool = True) -> None:
    for lang in languages:
        flags = ["-fail-on-unfinished"] if strict and lang in COMPLETE else []
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                *flags,
                str(ts_path(lang)),
                "-qm",
                str(qm_path(lang)),
            ],
            check=True,
        )


def ensure_compiled(lang: str) -> None:
    """Compile one language if its `.qm` is missing or older than its `.ts`."""
    ts, qm = ts_path(lang), qm_path(lang)
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        compile_qm([lang], strict=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="run lupdate first")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    if args.update:
        update(args.languages)
    compile_qm(args.languages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
