"""Start-up both apps share: the Qt application, its asyncio loop (qasync: it can
carry aiortc), translations, the first-start language choice and the person's look."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import sys
from collections.abc import Callable

import qasync
from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

import i18n
from i18n.build import ensure_compiled

from .motion import prefers_reduced_motion
from .settings import Settings
from .theme import Look


class Translations:
    """Installs the app's and Qt's own translations for one language.

    Also carries the person's saved settings (language, theme, text size) and the
    `Look`, so every window's header can change them for all windows at once.
    """

    def __init__(
        self, app: QApplication, settings: Settings | None = None, look: Look | None = None
    ) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = i18n.DEFAULT_LANGUAGE
        self.settings = settings
        self.look = look or Look(app)

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

    def choose(self, lang: str) -> None:
        """The person picked a language: switch every window now and remember it."""
        if lang not in i18n.LANGUAGES:
            return
        if lang != self.language:
            self.switch(lang)
        if self.settings is not None:
            self.settings.set("language", lang)

    def restyle(self, theme: str | None = None, text_scale: float | None = None) -> None:
        """The person picked colours or a text size: restyle now and remember it."""
        self.look.apply(theme, text_scale)
        if self.settings is not None:
            self.settings.set("theme", self.look.theme.name)
            self.settings.set("text_scale", self.look.text_scale)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    Look(app).apply()
    return app


def reduce_motion_if_asked(app: QApplication) -> None:
    """When the desktop asks for less motion, turn Qt's own widget animations off."""
    if prefers_reduced_motion():
        for effect in (
            Qt.UIEffect.UI_AnimateMenu,
            Qt.UIEffect.UI_FadeMenu,
            Qt.UIEffect.UI_AnimateCombo,
            Qt.UIEffect.UI_AnimateTooltip,
            Qt.UIEffect.UI_FadeTooltip,
            Qt.UIEffect.UI_AnimateToolBox,
        ):
            app.setEffectEnabled(effect, False)


def startup_language(settings: Settings, requested: str | None) -> str | None:
    """The language to start in, or None on the very first start (then the person picks)."""
    for candidate in (requested, i18n.requested_language(), settings.get("language")):
        if isinstance(candidate, str) and candidate[:2].lower() in i18n.LANGUAGES:
            return candidate[:2].lower()
    return None


GC_INTERVAL_MS = 2000


def collect_garbage_on_this_thread(app: QApplication) -> None:
    """Run Python's cycle collector only here, on the Qt thread, every two seconds.

    Left automatic, it runs on whichever thread allocates — capture, codec and input
    threads in these apps — and a Qt object freed there cannot stop its timers; a later
    timer event then touches freed memory (seen as segfaults in long test runs).
    """
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(GC_INTERVAL_MS)
    timer.timeout.connect(gc.collect)
    timer.start()


# These libraries log both parties' IP addresses (candidate pairs, STUN checks) at INFO.
QUIET_LOGGERS = ("aioice", "aiortc")


def configure_logging() -> None:
    """INFO for our own words; WARNING for libraries that log network addresses at INFO.

    The home user's log must not become a list of where their helpers were
    (docs/SECURITY.md, section 7).
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger().setLevel(logging.INFO)  # also when something configured it first
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def run_app(
    build_window: Callable[[QApplication, Translations], QWidget],
    lang: str | None,
    *,
    app_name: str = "home",
) -> int:
    """Start Qt with an asyncio loop (qasync: it can carry aiortc) and run until quit.

    On the very first start (no language given and none saved) the person picks their
    language from a list where each language is named in itself.
    """
    configure_logging()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = make_application()
    reduce_motion_if_asked(app)
    settings = Settings.for_app(app_name)
    look = Look(app)
    look.apply(settings.get("theme", "light"), settings.get("text_scale", 1.0))
    translations = Translations(app, settings, look)
    chosen = startup_language(settings, lang)
    if chosen is None:
        from .language import LanguageDialog

        translations.switch(i18n.pick_language())
        dialog = LanguageDialog(preselected=i18n.pick_language())
        dialog.exec()
        chosen = dialog.chosen or i18n.pick_language()
        settings.set("language", chosen)
    translations.switch(chosen)
    collect_garbage_on_this_thread(app)
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
