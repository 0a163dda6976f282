"""The frame around every page: a header on top, the page below in a readable column.

The header holds the same few controls in the same place on every page (language,
text and colours, help: WCAG 3.2.3, 3.3.5). It wraps onto more lines when the window
is narrow or the text is large. The page sits in a column about 70 characters wide
(WCAG 1.4.8) that scrolls up and down but never sideways (1.4.10), so text at 200 %
is never cut off.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .language import LanguagePicker
from .scrolling import ScrollColumn

translate = QCoreApplication.translate

COLUMN_EMS = 30  # the page column's width in font heights: about 70 characters a line
UNLIMITED = 16777215  # QWIDGETSIZE_MAX
CHECK_MARK = "\u2713 "  # ✓ before the chosen option


class FlowLayout(QLayout):
    """Items side by side, wrapping to the next line; mirrored for right-to-left."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(i.sizeHint().width() for i in self._items) + self._gap * len(self._items)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._gap
                line_height = 0
            if move:
                left = area.right() + 1 - (x - area.x()) - hint.width() if rtl else x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class DisplayDialog(QDialog):
    """Text size and colours: each choice takes effect at once and is remembered."""

    SIZES = (1.0, 1.5, 2.0)

    def __init__(self, translations: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayDialog")
        self.translations = translations
        self.size_heading = QLabel()
        self.size_heading.setProperty("role", "subheading")
        self.size_buttons = [self._choice(f"textSize{i}") for i in range(len(self.SIZES))]
        self.colour_heading = QLabel()
        self.colour_heading.setProperty("role", "subheading")
        self.colour_buttons = {name: self._choice(f"colours_{name}") for name in ("light", "dark")}
        self.close_button = QPushButton()
        self.close_button.setObjectName("displayCloseButton")
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.close)
        # Plain checkable buttons, not an exclusive group: Tab reaches every choice.
        for index, button in enumerate(self.size_buttons):
            button.clicked.connect(lambda _=False, i=index: self._pick_size(i))
        for name, button in self.colour_buttons.items():
            button.clicked.connect(lambda _=False, n=name: self._pick_colours(n))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        for heading, buttons in (
            (self.size_heading, self.size_buttons),
            (self.colour_heading, list(self.colour_buttons.values())),
        ):
            heading.setWordWrap(True)
            layout.addWidget(heading)
            flow_box = QWidget()
            flow = FlowLayout(flow_box)
            flow.setContentsMargins(0, 0, 0, 0)
            for button in buttons:
                flow.addWidget(button)
            layout.addWidget(flow_box)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.retranslate()
        self.resize(560, 420)

    def _choice(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoDefault(False)
        return button

    def _pick_size(self, index: int) -> None:
        self.translations.restyle(text_scale=self.SIZES[index])
        self.retranslate()

    def _pick_colours(self, name: str) -> None:
        self.translations.restyle(theme=name)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("DisplayDialog", "Text and colours"))
        self.size_heading.setText(translate("DisplayDialog", "Text size"))
        for button, text in zip(
            self.size_buttons,
            (
                translate("DisplayDialog", "Normal"),
                translate("DisplayDialog", "Large"),
                translate("DisplayDialog", "Very large"),
            ),
            strict=True,
        ):
            button.setText(text)
        self.colour_heading.setText(translate("DisplayDialog", "Colours"))
        self.colour_buttons["light"].setText(translate("DisplayDialog", "Black text on white"))
        self.colour_buttons["dark"].setText(translate("DisplayDialog", "White text on black"))
        self.close_button.setText(translate("DisplayDialog", "Close"))
        look = self.translations.look
        for size, button in zip(self.SIZES, self.size_buttons, strict=True):
            self._mark(button, abs(look.text_scale - size) < 0.01)
        for name, button in self.colour_buttons.items():
            self._mark(button, look.theme.name == name)

    @staticmethod
    def _mark(button: QPushButton, chosen: bool) -> None:
        """The chosen option: checked for screen readers, a check mark for the eyes."""
        button.setChecked(chosen)
        text = button.text().removeprefix(CHECK_MARK)
        button.setText(CHECK_MARK + text if chosen else text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.StyleChange):
            self.retranslate()
        super().changeEvent(event)


class AppHeader(QWidget):
    """Language, Text and colours, and the app's own help buttons, on every screen."""

    def __init__(self, translations: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.translations = translations
        self.language_label = QLabel(self)
        self.language = LanguagePicker(translations, self)
        self.language_label.setBuddy(self.language)
        self.display_button = QPushButton(self)
        self.display_button.setObjectName("displayButton")
        self.display_button.clicked.connect(self.show_display)
        self.display_dialog: DisplayDialog | None = None
        self._flow = FlowLayout(self)
        self._flow.setContentsMargins(16, 8, 16, 8)
        language_box = QWidget(self)
        box = QHBoxLayout(language_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.language_label)
        box.addWidget(self.language)
        self._flow.addWidget(language_box)
        self._flow.addWidget(self.display_button)
        self.retranslate()

    def add_button(self, button: QPushButton) -> None:
        self._flow.addWidget(button)

    def show_display(self) -> None:
        if self.display_dialog is None:
            self.display_dialog = DisplayDialog(self.translations, self.window())
        self.display_dialog.retranslate()
        self.display_dialog.show()
        self.display_dialog.raise_()
        self.display_dialog.activateWindow()
        self.display_dialog.size_buttons[0].setFocus()

    def retranslate(self) -> None:
        self.language_label.setText(translate("AppHeader", "&Language:"))
        self.display_button.setText(translate("AppHeader", "Text and colours"))
        self.language.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PageStack(QStackedWidget):
    """Pages one at a time, sized by the page shown (a plain stack takes the largest).

    A page with the property `wide` set (the supporter's view of the screen) uses the
    whole width; every other page stays in the readable column.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageStack")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.currentChanged.connect(self._page_changed)

    def _page_changed(self, _index: int) -> None:
        self._fit_column()
        self.updateGeometry()

    def _fit_column(self) -> None:
        page = self.currentWidget()
        wide = page is not None and bool(page.property("wide"))
        self.setMaximumWidth(UNLIMITED if wide else self.fontMetrics().height() * COLUMN_EMS)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        page = self.currentWidget()
        if page is None:
            return -1
        if page.hasHeightForWidth():
            return max(page.heightForWidth(width), page.minimumSizeHint().height())
        return page.sizeHint().height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_column()
        super().changeEvent(event)


class PageFrame(QWidget):
    """The header, and below it the pages in a centred column that scrolls vertically."""

    def __init__(self, header: AppHeader, stack: PageStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageFrame")
        self.header, self.stack = header, stack
        # The stack itself is the scrolled widget (a wrapper's layout would ask Qt's
        # stacked layout, which sizes by the largest page); centred when narrower.
        # A screen reader walks it safely: see assist_ui/scrolling.py.
        self.column = ScrollColumn(stack)
        self.scroll = self.column.area
        self.scroll.setObjectName("pageScroll")
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.column, 1)
        stack.currentChanged.connect(lambda _: self.column.verticalScrollBar().setValue(0))
