"""Before the first window: can this desktop be shared at all, and is `--monitor` there?

No platform backend fits (`platform.NoBackend`): the app says so in plain words in a
small window (when there is a screen to show it on) and on stderr for whoever set it up,
and exits with EXIT_NO_DESKTOP — never a traceback. A `--monitor` the computer does not
have is not shared as "all screens at once": the home user is asked instead.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

import i18n

from . import platform

log = logging.getLogger("assist.agent.desktop")
translate = QCoreApplication.translate

EXIT_NO_DESKTOP = 3


def problem_box(problem: platform.NoBackend) -> QMessageBox:
    """The plain-language window (not shown yet): what happened, whom to tell, the fault."""
    box = QMessageBox()
    box.setObjectName("desktopProblem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DesktopProblem", "This app cannot start"))
    box.setText(
        translate(
            "DesktopProblem",
            "This app cannot show your screen on this computer. "
            "Please tell the people who gave you this app.",
        )
    )
    box.setInformativeText(f"{problem.reason}: {problem.detail}")  # for their staff
    close = box.addButton(translate("DesktopProblem", "Close"), QMessageBox.ButtonRole.AcceptRole)
    close.setObjectName("closeButton")
    close.setAccessibleName(translate("DesktopProblem", "Close"))
    box.setDefaultButton(close)
    return box


def refuse_without_desktop(lang: str | None, *, window: bool = True) -> int | None:
    """None when a backend serves this desktop; else tell it plainly and return the
    exit code."""
    try:
        platform.backend()
    except platform.NoBackend as problem:
        print(f"assist: this desktop cannot be shared: {problem}", file=sys.stderr)
        from assist_ui.config_problem import has_screen

        if window and has_screen():
            from assist_ui.app import Translations, make_application

            app = make_application([sys.argv[0]])
            Translations(app).switch(i18n.pick_language(lang))
            problem_box(problem).exec()
        return EXIT_NO_DESKTOP
    return None


def usable_monitor(monitor: int | None) -> int | None:
    """`--monitor` when the computer has it; None (ask the home user) when it does not."""
    if monitor is None:
        return None
    try:
        count = len(platform.backend().make_screen_source().monitors())
    except Exception:
        log.exception("could not count the screens")
        return None
    if 1 <= monitor <= count:
        return monitor
    print(
        f"assist: --monitor {monitor}: this computer has {count} screen(s); "
        "the home user will choose",
        file=sys.stderr,
    )
    return None
