"""The first-start language choice, the language list on every screen, and icons that
follow the writing direction. The saved choice lives in `assist_ui.settings`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QSize,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import i18n

translate = QCoreApplication.translate


# -- icons that follow the text colour and the writing direction -------------------------

ICON_SIZE = 28


def _canvas(colour: QColor) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)  # drawn at 2x for sharp high-DPI
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2.2))
    return pixmap, painter


def globe_icon(colour: QColor) -> QIcon:
    """A globe: the usual sign for "language", understood without reading."""
    pixmap, painter = _canvas(colour)
    c, r = ICON_SIZE / 2, ICON_SIZE / 2 - 2
    painter.drawEllipse(QPointF(c, c), r, r)
    painter.drawEllipse(QPointF(c, c), r * 0.45, r)
    painter.drawLine(QPointF(c - r, c), QPointF(c + r, c))
    painter.drawLine(QPointF(c, c - r), QPointF(c, c + r))
    painter.end()
    return QIcon(pixmap)


def arrow_points_right(kind: str, direction: Qt.LayoutDirection | None = None) -> bool:
    """'back' points left in left-to-right languages and right in right-to-left ones."""
    if direction is None:
        direction = QGuiApplication.layoutDirection()
    forward = kind == "forward"
    return forward != (direction == Qt.LayoutDirection.RightToLeft)


def arrow_icon(kind: str, colour: QColor, direction: Qt.LayoutDirection | None = None) -> QIcon:
    """A plain arrow for Back/Next that mirrors with the writing direction."""
    pixmap, painter = _canvas(colour)
    painter.setBrush(colour)
    s = ICON_SIZE
    shape = QPolygonF(
        [QPointF(4, s / 2), QPointF(s / 2, 4), QPointF(s / 2, s / 2 - 5), QPointF(s - 4, s / 2 - 5),
         QPointF(s - 4, s / 2 + 5), QPointF(s / 2, s / 2 + 5), QPointF(s / 2, s - 4)]
    )  # fmt: skip
    if arrow_points_right(kind, direction):
        shape = QPolygonF([QPointF(s - p.x(), p.y()) for p in shape])
    painter.drawPolygon(shape)
    painter.end()
    return QIcon(pixmap)


def set_arrow(button: QPushButton, kind: str) -> None:
    """Give a Back/Next button its arrow for the current direction and colours."""
    colour = button.palette().color(button.foregroundRole())
    button.setIcon(arrow_icon(kind, colour))
    button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))


# -- choosing the language ---------------------------------------------------------------


def phrase_in(lang: str, context: str, source: str) -> str:
    """One sentence in a given language, whatever language the app shows now."""
    translator = QTranslator()
    if lang != "en" and translator.load(str(i18n.qm_path(lang))):
        return translator.translate(context, source) or source
    return source


class LanguagePicker(QComboBox):
    """The language list on every screen: each language named in itself."""

    def __init__(self, translations: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePicker")
        self.translations = translations
        self._icon_colour: QColor | None = None
        for code, name in i18n.LANGUAGES.items():
            self.addItem(name, code)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setMinimumContentsLength(max(len(name) for name in i18n.LANGUAGES.values()))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._picked)
        self.retranslate()

    def _picked(self, index: int) -> None:
        self.translations.choose(self.itemData(index))

    def retranslate(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(self.translations.language)))
        self.blockSignals(False)
        self.setAccessibleName(translate("LanguagePicker", "Language"))
        self.setToolTip(translate("LanguagePicker", "Language"))
        colour = self.palette().color(self.foregroundRole())
        if colour != self._icon_colour:
            self._icon_colour = colour
            icon = globe_icon(colour)
            for index in range(self.count()):
                self.setItemIcon(index, icon)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)


CHOOSE_YOUR_LANGUAGE = QT_TRANSLATE_NOOP("LanguageDialog", "Choose your language")


class LanguageDialog(QDialog):
    """First start: "Choose your language" in every language, and one button each."""

    def __init__(self, preselected: str = i18n.DEFAULT_LANGUAGE) -> None:
        super().__init__()
        self.setObjectName("languageDialog")
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        self.phrases: list[QLabel] = []
        for code in i18n.LANGUAGES:
            label = QLabel(phrase_in(code, "LanguageDialog", CHOOSE_YOUR_LANGUAGE))
            label.setProperty("role", "subheading")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
            )
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.phrases.append(label)
            layout.addWidget(label)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        for index, (code, name) in enumerate(i18n.LANGUAGES.items()):
            button = QPushButton(name)
            button.setObjectName(f"language_{code}")
            button.setAccessibleName(name)
            button.setMinimumSize(160, 56)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            self.buttons[code] = button
            grid.addWidget(button, index // 2, index % 2)
        layout.addSpacing(12)
        layout.addLayout(grid)
        self.setWindowTitle(phrase_in(preselected, "LanguageDialog", CHOOSE_YOUR_LANGUAGE))
        focus = self.buttons.get(preselected) or self.buttons[i18n.DEFAULT_LANGUAGE]
        focus.setDefault(True)
        focus.setFocus()

    def _choose(self, code: str) -> None:
        self.chosen = code
        self.accept()
