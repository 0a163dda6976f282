"""Text reaches 7:1 in every theme (selection, placeholder and disabled text too), a
high-contrast theme exists, and nothing is said by colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton

from assist_agent.consent import ShareState
from assist_agent.sharing_view import state_heading
from assist_ui.theme import THEMES, contrast, style_sheet
from tests.a11y import scenes
from tests.a11y.probe import controls, shown, text_contrast

pytestmark = pytest.mark.a11y
AAA_TEXT = 7.0


@pytest.mark.parametrize("name", list(THEMES))
def test_theme_colour_pairs_reach_aaa(name: str) -> None:
    """Every text colour on its background is at least 7:1; the focus ring at least 3:1
    against everything it replaces or touches."""
    theme = THEMES[name]
    weak = {k: round(contrast(*pair), 2) for k, pair in theme.text_pairs().items()
            if contrast(*pair) < AAA_TEXT}  # fmt: skip
    assert weak == {}
    weak_focus = {k: round(contrast(*pair), 2) for k, pair in theme.focus_pairs().items()
                  if contrast(*pair) < 3.0}  # fmt: skip
    assert weak_focus == {}


@pytest.mark.parametrize("name", list(THEMES))
def test_style_sheet_uses_only_theme_colours(name: str) -> None:
    """No stray colour hides in the style sheet: each one is a checked theme colour."""
    import re

    theme = THEMES[name]
    used = set(re.findall(r"#[0-9a-fA-F]{6}", style_sheet(theme)))
    assert used <= {c.lower() for c in theme.colours().values()}


def test_there_is_a_high_contrast_theme() -> None:
    """Besides black on white there is white on black, chosen in Text and colours."""
    dark = THEMES["dark"]
    assert contrast(dark.text, dark.background) >= 15


def _shows_text(widget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and widget.pixmap().isNull()
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    if isinstance(widget, QLineEdit):
        return bool(widget.text() or widget.placeholderText())
    return False


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_drawn_text_reaches_aaa(open_scene, scene, theme: str) -> None:
    """Measured on the real pixels: the text of every label, button and field (placeholder
    and disabled text included) stands out at least 7:1 from what is behind it."""
    _, target = open_scene(scene, theme=theme)
    weak = []
    for widget in shown(target):
        if not _shows_text(widget) or widget.width() < 4 or widget.height() < 4:
            continue
        inset = 6 if isinstance(widget, QPushButton | QLineEdit) else 0
        ratio = text_contrast(widget, inset)
        if ratio < AAA_TEXT:
            weak.append((type(widget).__name__, widget.objectName(), round(ratio, 2)))
    assert weak == []


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_selection_and_placeholder_colours_reach_aaa(open_scene, scene, theme: str) -> None:
    """Selected text and placeholder text in fields and lists stay at least 7:1."""
    _, target = open_scene(scene, theme=theme)
    weak = []
    for widget in controls(target):
        pal = widget.palette()
        pairs = {
            "selection": (pal.color(QPalette.ColorRole.HighlightedText),
                          pal.color(QPalette.ColorRole.Highlight)),
            "text": (pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)),
            "placeholder": (pal.color(QPalette.ColorRole.PlaceholderText),
                            pal.color(QPalette.ColorRole.Base)),
        }  # fmt: skip
        for what, (fg, bg) in pairs.items():
            ratio = contrast(fg.name(), bg.name())
            if ratio < AAA_TEXT:
                weak.append((type(widget).__name__, widget.objectName(), what, round(ratio, 2)))
    assert weak == []


def test_disabled_buttons_differ_by_shape_not_only_colour() -> None:
    """A disabled button has a dashed border, so "you cannot press this yet" is not
    carried by a grey colour alone."""
    import re

    for theme in THEMES.values():
        rule = re.search(r"QPushButton:disabled \{([^}]*)\}", style_sheet(theme))
        assert rule is not None and "dashed" in rule.group(1)


def test_states_are_said_in_words() -> None:
    """Viewing, controlling and paused each have their own words, not just a colour."""
    headings = {state_heading(state, "Anna") for state in
                (ShareState.VIEWING, ShareState.CONTROLLING, ShareState.PAUSED)}  # fmt: skip
    assert len(headings) == 3


def test_code_check_is_said_in_words(open_scene) -> None:
    """The supporter's typo check says in words whether the code looks right."""
    window, _ = open_scene(scenes.Scene("connect", "supporter", scenes._supporter_connect))
    hints = set()
    for typed in ("", "1000 1234 5678 0", "abc"):
        window.code_edit.setText(typed)
        hints.add(window.code_hint.text())
    assert len(hints) == 3


# -- the probe itself: it measures the ink, so invisible text fails -----------------------


def _probe_widget(qtbot, kind: type, text: str, colour: str, background: str):
    widget = kind(text)
    widget.setStyleSheet(
        f"color: {colour}; background: {background}; border: none; font-size: 16pt;"
    )
    widget.resize(320, 60)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("kind", [QLabel, QPushButton, QLineEdit])
def test_the_probe_fails_invisible_text(qtbot, kind) -> None:
    """White text on white leaves no ink: the probe says 1:1 (it used to say 21:1,
    because two colours were present somewhere in the picture)."""
    widget = _probe_widget(qtbot, kind, "Ask for help", "#ffffff", "#ffffff")
    assert text_contrast(widget) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("colour", "background", "low", "high"),
    [
        ("#000000", "#ffffff", 15.0, 21.0),  # black on white: the core of the ink is black
        ("#767676", "#ffffff", 3.5, 4.6),  # grey on white: 4.54:1, below AAA
        ("#f4f4f4", "#ffffff", 1.0, 1.2),  # nearly white on white
        ("#ffffff", "#202020", 13.0, 17.0),  # white on near black: 16.1:1
    ],
)
@pytest.mark.parametrize("kind", [QLabel, QPushButton, QLineEdit])
def test_the_probe_reads_the_inks_contrast(qtbot, kind, colour, background, low, high) -> None:
    """The ratio follows the text colour against its own background, whatever else the
    widget draws."""
    widget = _probe_widget(qtbot, kind, "Ask for help", colour, background)
    assert low <= text_contrast(widget) <= high
    assert widget.text() == "Ask for help"  # put back after the text-less picture


@pytest.mark.parametrize(("placeholder", "visible"), [("#000000", True), ("#ffffff", False)])
def test_the_probe_sees_a_placeholder(qtbot, placeholder: str, visible: bool) -> None:
    """An empty field's placeholder is its text: black passes, white on white fails."""
    field = _probe_widget(qtbot, QLineEdit, "", "#000000", "#ffffff")
    palette = field.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(placeholder))
    field.setPalette(palette)
    field.setPlaceholderText("Type the code")
    assert (text_contrast(field) >= AAA_TEXT) is visible
