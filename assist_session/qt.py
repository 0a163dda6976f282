"""The one place with Qt glue both apps share: start-up, translations, look and feel."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable

import qasync
from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

import i18n
from i18n.build import ensure_compiled

# Black on white and white on near-black are far above 7:1; focus is a thick outline.
STYLE_SHEET = """
* { color: #000000; background: #ffffff; }
QWidget { font-size: 12pt; }
QLabel[role="heading"] { font-size: 20pt; font-weight: bold; }
QLabel[role="code"] { font-size: 36pt; font-weight: bold; font-family: monospace; }
QPushButton {
    min-height: 48px; min-width: 96px; padding: 8px 20px;
    border: 2px solid #000000; border-radius: 6px; background: #ffffff;
}
QPushButton[role="primary"] { background: #003a70; color: #ffffff; border-color: #003a70; }
QPushButton[role="danger"] { background: #8b0000; color: #ffffff; border-color: #8b0000; }
QPushButton:focus, QLineEdit:focus { outline: none; border: 4px solid #b35900; }
QPushButton:disabled { background: #ffffff; color: #4d4d4d; border-color: #4d4d4d; }
QLineEdit {
    min-height: 44px; padding: 4px 8px; border: 2px solid #000000;
    selection-background-color: #003a70; selection-color: #ffffff;
}
"""


class Translations:
    """Installs the app's and Qt's own translations for one language."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = i18n.DEFAULT_LANGUAGE

    def switch(self, lang: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ensure_compiled(lang)
        ours = QTranslator(self._app)
        if ours.load(str(i18n.qm_path(lang))):
            self._installed.append(ours)
        qt_own = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(lang), "qtbase", "_", qt_dir):
            self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        # The translation itself says which way the language is written.
        direction = QApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction == "RTL" else Qt.LayoutDirection.LeftToRight
        )


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setStyleSheet(STYLE_SHEET)
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 12))
    app.setFont(font)
    return app


def run_app(build_window: Callable[[QApplication, Translations], QWidget], lang: str | None) -> int:
    """Start Qt with an asyncio loop (qasync: it can carry aiortc) and run until quit."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = make_application()
    translations = Translations(app)
    translations.switch(i18n.pick_language(lang))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    window = build_window(app, translations)
    window.show()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, window.close)
    with loop:
        loop.run_until_complete(closed.wait())
        shutdown = getattr(window, "shutdown", None)
        if shutdown is not None:
            loop.run_until_complete(shutdown())
    return 0
