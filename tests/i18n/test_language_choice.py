"""The language is chosen on first start, can be changed from every screen, every open
window follows at once, and the choice is remembered; Arabic turns the whole UI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

import i18n
from assist_ui.app import Translations, startup_language
from assist_ui.language import (
    LanguageDialog,
    LanguagePicker,
    arrow_icon,
    phrase_in,
)
from assist_ui.settings import Settings
from tests.a11y import scenes
from tests.a11y.probe import settle


@pytest.fixture
def switcher(qapp, tmp_path: Path):
    settings = Settings(tmp_path / "settings.json", "home")
    translations = Translations(qapp, settings)
    translations.switch("en")
    yield translations
    translations.switch("en")
    translations.look.apply("light", 1.0)


def test_first_start_asks_then_remembers(tmp_path: Path, monkeypatch) -> None:
    """No saved language and none asked for: the app asks; after that it remembers."""
    monkeypatch.delenv("ASSIST_LANG", raising=False)
    settings = Settings(tmp_path / "settings.json", "home")
    assert startup_language(settings, None) is None
    settings.set("language", "so")
    assert startup_language(settings, None) == "so"
    assert startup_language(settings, "uk") == "uk"  # --lang wins
    assert Settings(tmp_path / "settings.json", "supporter").get("language") is None


def test_damaged_settings_file_is_not_fatal(tmp_path: Path) -> None:
    """A broken settings file means "ask again", never a crash."""
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    settings = Settings(path, "home")
    assert settings.get("language") is None
    settings.set("language", "et")
    assert Settings(path, "home").get("language") == "et"


def test_first_start_dialog_names_each_language_in_itself(qapp, switcher) -> None:
    """Every language is a button named in that language; "Choose your language" is
    written in all eight; the preselected one has the keyboard."""
    dialog = LanguageDialog(preselected="ar")
    try:
        assert {b.text() for b in dialog.buttons.values()} == set(i18n.LANGUAGES.values())
        phrases = [label.text() for label in dialog.phrases]
        assert len(set(phrases)) == len(i18n.LANGUAGES)
        assert phrase_in("fi", "LanguageDialog", "Choose your language") in phrases
        assert dialog.buttons["ar"].isDefault()
        dialog.buttons["et"].click()
        assert dialog.chosen == "et"
    finally:
        dialog.deleteLater()


def test_picker_changes_every_open_window_at_once(qapp, switcher, tmp_path: Path) -> None:
    """Choosing Finnish in the supporter's header turns the helper app, its open help
    page and the supporter app to Finnish together, and saves the choice."""
    home = scenes.make_home(switcher, tmp_path)
    supporter = scenes.make_supporter(switcher)
    try:
        home.show()
        supporter.show()
        home.show_help()
        settle()
        picker: LanguagePicker = supporter.header.language
        picker.setCurrentIndex(picker.findData("fi"))
        picker.activated.emit(picker.currentIndex())
        settle()
        assert home.get_help_button.text() == "Hae apua"
        assert home.help_page.windowTitle() == "Miten tämä toimii?"
        assert supporter.connect_button.text() == "Yhdistä"
        assert home.header.language.currentData() == "fi"
        assert switcher.settings.get("language") == "fi"
    finally:
        for window in (home, supporter):
            window.close()
            window.deleteLater()


def test_qt_own_texts_come_in_the_language_too(qapp, switcher) -> None:
    """Qt's own words (a text field's right-click menu) follow where PySide6 has them."""
    switcher.switch("fi")
    assert QCoreApplication.translate("QLineEdit", "&Undo") != "&Undo"


def _points_right(image: QImage) -> bool:
    """An arrow's tip is its thinnest end: compare the ink at its two outer columns."""
    columns = [
        sum(QColor.fromRgba(image.pixel(x, y)).alpha() > 128 for y in range(image.height()))
        for x in range(image.width())
    ]
    inked = [x for x, count in enumerate(columns) if count]
    return columns[inked[-1]] < columns[inked[0]]


def test_arabic_turns_the_whole_ui_right_to_left(qapp, switcher, tmp_path: Path) -> None:
    """In Arabic the layout mirrors, Back arrows point right, and the pairing code's
    digits stay left to right in their groups."""
    home = scenes.make_home(switcher, tmp_path)
    try:
        home.show()
        switcher.switch("ar")
        settle()
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert home.isRightToLeft()
        scenes._home_code(home)
        settle()
        assert home.code_label.text().startswith("\u2066")  # left-to-right isolate
        digits = home.code_text.replace(" ", "")
        assert home.code_label.text().strip("\u2066\u2069").replace(" ", "") == digits
        # The Back arrow points right in right-to-left, left otherwise.
        black = QColor("black")
        rtl = arrow_icon("back", black, Qt.LayoutDirection.RightToLeft).pixmap(28).toImage()
        ltr = arrow_icon("back", black, Qt.LayoutDirection.LeftToRight).pixmap(28).toImage()
        assert _points_right(rtl) and not _points_right(ltr)
        # The history page's Back button got the mirrored arrow with the language.
        assert not home.history_page.back_button.icon().isNull()
    finally:
        switcher.switch("en")
        home.close()
        home.deleteLater()


def test_supporter_code_field_stays_left_to_right(qapp, switcher) -> None:
    """The supporter types digits left to right even in Arabic."""
    supporter = scenes.make_supporter(switcher)
    try:
        switcher.switch("ar")
        settle()
        assert supporter.isRightToLeft()
        assert supporter.code_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        supporter.close()
        supporter.deleteLater()


def test_text_and_colours_apply_at_once_and_are_remembered(qapp, switcher) -> None:
    """White on black and very large text take effect at once and are saved."""
    from assist_ui.header import DisplayDialog

    dialog = DisplayDialog(switcher)
    try:
        dialog.colour_buttons["dark"].click()
        dialog.size_buttons[2].click()
        assert switcher.look.theme.name == "dark" and switcher.look.text_scale == 2.0
        assert "#000000" in qapp.styleSheet().split("background:")[1][:10]
        assert switcher.settings.get("theme") == "dark"
        assert switcher.settings.get("text_scale") == 2.0
        assert dialog.colour_buttons["dark"].isChecked()
        assert dialog.colour_buttons["dark"].text().startswith("\u2713")
        assert not dialog.colour_buttons["light"].isChecked()
    finally:
        dialog.deleteLater()
        switcher.look.apply("light", 1.0)
