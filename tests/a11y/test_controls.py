"""Every control has a name and a role, inputs have labels, and targets are large."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLabel,
    QScrollBar,
    QStyle,
    QStyleOptionSpinBox,
)

from tests.a11y import scenes
from tests.a11y.probe import (
    INPUTS,
    accessible_name,
    accessible_role,
    controls,
    role_ok,
    shown,
)

pytestmark = pytest.mark.a11y
MIN_TARGET = 44


def describe(widget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_every_control_has_a_name_and_a_role(open_scene, scene) -> None:
    """Screen readers can say what each button, field and list is (icon-only ones too)."""
    _, target = open_scene(scene)
    found = controls(target)
    assert found, "the scene shows no controls"
    nameless = [describe(w) for w in found if not accessible_name(w)]
    wrong_role = [(describe(w), accessible_role(w)) for w in found if not role_ok(w)]
    assert nameless == []
    assert wrong_role == []


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_inputs_have_visible_labels_tied_to_them(open_scene, scene) -> None:
    """Each text field, number field and list to pick from has a label whose buddy it is."""
    _, target = open_scene(scene)
    visible = shown(target)
    buddies = {id(w.buddy()) for w in visible if isinstance(w, QLabel) and w.buddy() is not None}
    unlabelled = [
        describe(w) for w in controls(target) if isinstance(w, INPUTS) and id(w) not in buddies
    ]
    assert unlabelled == []


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_targets_are_at_least_44_px(open_scene, scene) -> None:
    """Everything a person clicks is at least 44×44 px, scroll bars and spin arrows too."""
    _, target = open_scene(scene)
    small = []
    for widget in controls(target):
        if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
            small.append((describe(widget), widget.width(), widget.height()))
        if isinstance(widget, QAbstractSpinBox) and (
            widget.buttonSymbols() != QAbstractSpinBox.ButtonSymbols.NoButtons
        ):
            option = QStyleOptionSpinBox()
            option.initFrom(widget)
            option.subControls = QStyle.SubControl.SC_SpinBoxUp
            rect = widget.style().subControlRect(
                QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, widget
            )
            if rect.width() < MIN_TARGET or rect.height() < MIN_TARGET:
                small.append((describe(widget) + " arrows", rect.width(), rect.height()))
    for bar in (w for w in shown(target) if isinstance(w, QScrollBar)):
        thickness = min(bar.width(), bar.height())
        if thickness < MIN_TARGET:
            small.append((describe(bar), bar.width(), bar.height()))
    assert small == []
