"""Text at 200 % still fits: nothing cut off, nothing to scroll sideways, and lines
stay at most 80 characters long at any window width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

import i18n
from tests.a11y import scenes
from tests.a11y.probe import clipped, line_lengths, outside_window, settle, shown

pytestmark = pytest.mark.a11y
MAX_LINE = 80


def fit_to_screen(window: QWidget) -> QSize:
    """Grow the window to what it needs (never past the screen); return the screen size."""
    screen = window.screen().availableGeometry().size()
    need = window.minimumSizeHint().expandedTo(window.size()).boundedTo(screen)
    window.resize(need)
    settle()
    return screen


def problems(window: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in shown(window):
        name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        why = clipped(widget)
        if why:
            found.append((name, why))
        if outside_window(widget):
            found.append((name, "sticks out sideways"))
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append((name, "scrolls sideways"))
    return found


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_text_at_200_percent_is_not_cut_off(open_scene, scene, lang: str) -> None:
    """With every font twice as large, in every language, the window fits on the screen
    and every text, button and field gets the room it needs (scrolling only up and down)."""
    _, target = open_scene(scene, lang=lang, scale=2.0)
    window = target.window()
    screen = fit_to_screen(window)
    assert window.minimumSizeHint().width() <= screen.width()
    assert problems(window) == []


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_lines_are_at_most_80_characters(open_scene, scene, scale: float, lang: str) -> None:
    """Wrapped text never runs longer than 80 characters a line, even in a window
    stretched to the full width of the screen."""
    _, target = open_scene(scene, lang=lang, scale=scale)
    window = target.window()
    for width in (window.width(), window.screen().availableGeometry().width()):
        if window.maximumWidth() < width:
            continue
        window.resize(width, window.height())
        settle()
        long_lines = []
        for label in (w for w in shown(window) if isinstance(w, QLabel) and w.wordWrap()):
            longest = max(line_lengths(label), default=0)
            if longest > MAX_LINE:
                long_lines.append((label.objectName() or label.text()[:30], longest, width))
        assert long_lines == []


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_every_text_grows_with_the_text_size(open_scene, scene) -> None:
    """At 200 % every text is drawn at least twice the normal size (12 pt): no widget
    keeps a fixed small font of its own."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTextEdit

    _, target = open_scene(scene, scale=2.0)
    small = []
    for widget in shown(target.window()):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit | QTextEdit):
            size = widget.font().pointSizeF()
            if size < 24:
                small.append((type(widget).__name__, widget.objectName(), size))
    assert small == []
