"""A screen reader can walk every window while it changes, without crashing the app.

Qt's accessibility for `QScrollArea` (`QAccessibleAbstractScrollArea::child`, Qt 6.11)
reads its child list without a bounds check, and the list holds the area's scroll bars
only while they show. An AT-SPI client that counted the children while a bar showed and
asks for the last one after it hid made the bundled helper app crash after Stop in about
half the runs. The pages therefore scroll in `ScrollColumn`: the area's accessible
children stay exactly one (its viewport) whatever the content and the page do, and a
plain scroll bar beside it — whose accessibility is bounds-checked — does the scrolling.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from assist_ui.scrolling import ScrollColumn
from tests.a11y import scenes
from tests.a11y.probe import settle

pytestmark = pytest.mark.a11y


def accessible_children(widget: QWidget) -> int:
    return QAccessible.queryAccessibleInterface(widget).childCount()


def tall_content() -> QWidget:
    content = QWidget()
    layout = QVBoxLayout(content)
    for number in range(80):
        layout.addWidget(QLabel(f"Line {number}"))
    return content


def test_a_plain_scroll_area_changes_its_children_when_its_bar_shows(qapp: QApplication) -> None:
    """The hazard itself, so the test below can fail: Qt's own area gains a child."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(QLabel("short"))
    area.resize(300, 200)
    area.show()
    settle()
    short = accessible_children(area)
    area.setWidget(tall_content())
    settle()
    assert accessible_children(area) > short
    area.close()


def test_a_scroll_column_keeps_one_child_and_still_scrolls(qapp: QApplication) -> None:
    column = ScrollColumn(QLabel("short"))
    column.resize(300, 200)
    column.show()
    settle()
    assert accessible_children(column.area) == 1
    assert not column.bar.isVisible()
    column.area.setWidget(tall_content())
    settle()
    assert accessible_children(column.area) == 1, "the area's own bar showed"
    assert column.bar.isVisible() and column.bar.maximum() > 0
    column.bar.setValue(column.bar.maximum())  # dragging the visible bar moves the page
    assert column.area.verticalScrollBar().value() == column.bar.maximum()
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(column.area.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(column.area.viewport(), wheel)  # the wheel moves the bar
    settle()
    assert column.bar.value() < column.bar.maximum()
    column.hide()
    settle()
    assert accessible_children(column.area) == 1
    column.close()


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_no_window_has_a_scroll_area_whose_children_can_change(open_scene, scene) -> None:
    """In every scene of both apps, at 200 % text (pages overflow), each QScrollArea keeps
    exactly one accessible child: its own bars never show."""
    _, target = open_scene(scene, scale=2.0)
    window = target.window()
    areas = window.findChildren(QScrollArea)
    for area in areas:
        name = area.objectName() or type(area.parentWidget()).__name__
        assert accessible_children(area) == 1, f"{name} shows its own scroll bar"
        assert area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff, name
        assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff, name
