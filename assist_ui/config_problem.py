"""When the organisation's assist.toml is broken: say so and do not start (exit code 2).

The exact fault (file, line, what is wrong) goes to stderr for whoever set the app up.
A home user never sees stderr, so when there is a screen to show it on, a small window
says in plain words, in the person's language, that the app cannot start and whom to
tell; the exact fault stays below it, untranslated, for the organisation's staff.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

import i18n

from .config import ConfigError

EXIT_BAD_CONFIG = 2
translate = QCoreApplication.translate


def has_screen() -> bool:
    """True when a window can be shown (a desktop, not Qt's offscreen platform)."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def problem_box(problem: ConfigError) -> QMessageBox:
    """The plain-language window (not shown yet): what happened, what to do, the fault."""
    box = QMessageBox()
    box.setObjectName("configProblem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ConfigProblem", "This app cannot start"))
    box.setText(
        translate(
            "ConfigProblem",
            "The settings that came with this app have a mistake. "
            "Please tell the people who gave you this app.",
        )
    )
    box.setInformativeText(str(problem))
    close = box.addButton(translate("ConfigProblem", "Close"), QMessageBox.ButtonRole.AcceptRole)
    close.setObjectName("closeButton")
    box.setDefaultButton(close)
    return box


def refuse(problem: ConfigError, lang: str | None, *, window: bool = True) -> int:
    """Report a broken assist.toml on stderr and, with a screen, in a window; return 2."""
    print(f"assist: the settings file cannot be used: {problem}", file=sys.stderr)
    if window and has_screen():
        from .app import Translations, make_application

        app = make_application([sys.argv[0]])
        Translations(app).switch(i18n.pick_language(lang))
        problem_box(problem).exec()
    return EXIT_BAD_CONFIG
