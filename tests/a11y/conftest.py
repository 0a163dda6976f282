"""Open any screen of either app, in a given language, theme and text size."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.a11y import scenes
from tests.a11y.probe import settle

Opener = Callable[..., tuple[QWidget, QWidget]]


@pytest.fixture
def open_scene(qapp: QApplication, translations, tmp_path: Path) -> Iterator[Opener]:
    """open_scene(scene, lang="en", theme="light", scale=1.0) → (window, widget to check)."""
    opened: list[QWidget] = []
    before = set(QApplication.topLevelWidgets())

    def opener(
        scene: scenes.Scene, lang: str = "en", theme: str = "light", scale: float = 1.0
    ) -> tuple[QWidget, QWidget]:
        translations.switch(lang)
        translations.look.apply(theme, scale)
        if scene.app == "home":
            window = scenes.make_home(translations, tmp_path)
        else:
            window = scenes.make_supporter(translations)
        opened.append(window)
        window.show()
        window.activateWindow()
        settle()
        target = scene.enter(window)
        settle()
        if target is not window:
            target.show()
            target.activateWindow()
            settle()
        return window, target

    yield opener
    for window in opened:
        practice = getattr(window, "practice_page", None)
        if practice is not None:
            practice.end_practice()
        window.close()
        window.deleteLater()
    for widget in set(QApplication.topLevelWidgets()) - before:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translations.look.apply("light", 1.0)
    translations.switch("en")
    settle()
