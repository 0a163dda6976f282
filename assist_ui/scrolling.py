"""A scrolled column that a screen reader can walk safely.

Qt's accessibility for `QScrollArea` (`QAccessibleAbstractScrollArea::child`, Qt 6.11)
reads its child list without a bounds check, and that list holds the scroll bars only
while they are visible. A screen reader (or any AT-SPI client) that counted the children
while the bar showed and asks for the last one after it hid — a page change, a window
closing at the end of a session — makes Qt read past the list: the app crashes (seen in
about half the runs of the bundled helper app's session test).

So the area's own scroll bars never show (its accessible children stay exactly one, the
viewport), and a plain `QScrollBar` beside it mirrors the vertical one. Wheel, keys and
dragging work as before; the bar is as wide as the theme makes every scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QScrollBar, QWidget


class ScrollColumn(QWidget):
    """`area` (a QScrollArea with hidden bars) and `bar` (the visible vertical bar)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(content)
        self.bar = QScrollBar(Qt.Orientation.Vertical, self)
        inner = self.area.verticalScrollBar()
        inner.rangeChanged.connect(self._range_changed)
        inner.valueChanged.connect(self.bar.setValue)
        self.bar.valueChanged.connect(inner.setValue)
        self._range_changed(inner.minimum(), inner.maximum())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.bar)

    def _range_changed(self, low: int, high: int) -> None:
        inner = self.area.verticalScrollBar()
        self.bar.setRange(low, high)
        self.bar.setPageStep(inner.pageStep())
        self.bar.setSingleStep(inner.singleStep())
        self.bar.setValue(inner.value())
        self.bar.setVisible(high > low)

    def verticalScrollBar(self) -> QScrollBar:  # noqa: N802 (the QScrollArea name)
        """The bar a person sees and drags (it moves the area)."""
        return self.bar
