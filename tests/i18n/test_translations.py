"""The translation files stay in step with the code and keep their placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import i18n
from i18n.build import COMPLETE, ROOT, source_files, tool
from tests.support.ts_files import is_finished, messages, translations_of

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_ts_file_matches_the_code(lang: str, tmp_path: Path) -> None:
    """Running lupdate on the current code adds and removes nothing in the .ts file."""
    copy = tmp_path / f"assist_{lang}.ts"
    shutil.copy(i18n.ts_path(lang), copy)
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         *source_files(), "-ts", str(copy)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    assert set(messages(copy)) == set(messages(i18n.ts_path(lang))), (
        "stale .ts file: run `python -m i18n.build --update` and translate"
    )


@pytest.mark.parametrize("lang", COMPLETE)
def test_complete_languages_have_every_entry(lang: str) -> None:
    """Every language has every entry translated: none unfinished or empty."""
    unfinished = [src for (_, src), m in messages(i18n.ts_path(lang)).items() if not is_finished(m)]
    assert unfinished == []


def test_english_says_what_the_source_says() -> None:
    """The English file is the source text itself (plural forms aside): another language
    pasted into it would show to every English user, and pass every other check."""
    wrong = [
        (context, source, translations_of(message)[0])
        for (context, source), message in messages(i18n.ts_path("en")).items()
        if message.get("numerus") != "yes" and context != "QGuiApplication"
        if translations_of(message) != [source]
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_placeholders_survive_translation(lang: str) -> None:
    """Every finished translation keeps exactly the source's placeholders."""
    for (context, source), message in messages(i18n.ts_path(lang)).items():
        if not is_finished(message):
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            if message.get("numerus") == "yes" and "%n" not in text:
                # A plural form may spell the number out ("one minute"), but nothing else.
                assert sorted(p for p in PLACEHOLDER.findall(text)) == [
                    p for p in wanted if p != "%n"
                ], (lang, context, source)
                continue
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (lang, context, source, text)


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_layout_direction_comes_with_the_translation(lang: str) -> None:
    """Arabic says right-to-left in its own translation file; the others left-to-right."""
    message = messages(i18n.ts_path(lang))[("QGuiApplication", "QT_LAYOUT_DIRECTION")]
    assert translations_of(message) == ["RTL" if lang == "ar" else "LTR"]


def test_compiled_files_load_in_qt(qapp: object) -> None:
    """Each language compiles and Qt loads it; Finnish really translates the Get help button."""
    from PySide6.QtCore import QCoreApplication

    from assist_ui.app import Translations

    switcher = Translations(qapp)  # type: ignore[arg-type]
    try:
        for lang in i18n.LANGUAGES:
            switcher.switch(lang)
            assert i18n.qm_path(lang).exists()
        switcher.switch("fi")
        assert QCoreApplication.translate("HomeWindow", "Get help") == "Hae apua"
    finally:
        switcher.switch("en")


# Qt's plural rules: how many forms each language has.
PLURAL_FORMS = {"fi": 2, "sv": 2, "en": 2, "ru": 3, "et": 2, "ar": 6, "so": 2, "uk": 3}


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_plurals_have_every_form_of_the_language(lang: str) -> None:
    """Arabic has six plural forms, Russian and Ukrainian three, the others two."""
    for (context, source), message in messages(i18n.ts_path(lang)).items():
        if message.get("numerus") == "yes":
            forms = translations_of(message)
            assert len(forms) == PLURAL_FORMS[lang], (lang, context, source)
            assert all(form.strip() for form in forms), (lang, context, source)


def test_plural_forms_follow_the_numbers(qapp: object) -> None:
    """Qt picks the right form: Russian 1/21 minute, 2-4 minutes, 5 minutes; Arabic
    zero, one, two, few (3-10), many (11-99) and 100+."""
    from PySide6.QtCore import QCoreApplication

    from assist_ui.app import Translations

    switcher = Translations(qapp)  # type: ignore[arg-type]

    def say(n: int) -> str:
        return QCoreApplication.translate(
            "CodeCountdown", "The code works for %n more minutes.", "", n
        )

    try:
        switcher.switch("ru")
        assert say(1).endswith("минуту.") and say(21).endswith("минуту.")
        assert say(3).endswith("минуты.") and say(5).endswith("минут.")
        switcher.switch("ar")
        texts = [say(n) for n in (0, 1, 2, 3, 11, 100)]
        assert "3 دقائق" in texts[3] and "11 دقيقة" in texts[4] and "100" in texts[5]
        assert "1" not in texts[1] and "2" not in texts[2]  # "one minute", "two minutes"
        switcher.switch("uk")
        assert say(2).endswith("хвилини.") and say(11).endswith("хвилин.")
    finally:
        switcher.switch("en")
