"""Nothing flashes, and animations stop when the desktop asks for reduced motion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractAnimation, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication

from assist_agent import overlay
from assist_ui.app import reduce_motion_if_asked
from tests.a11y import scenes
from tests.a11y.probe import settle

pytestmark = pytest.mark.a11y


def test_the_look_here_ring_never_flashes() -> None:
    """The only thing that pulses does so at most once a second, smoothly (no jumps):
    far below three flashes a second."""
    assert overlay.MIN_PULSE_PERIOD_MS >= 1000
    assert overlay.OverlayTimings().pulse_period_ms >= 1000


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_no_screen_blinks(open_scene, scene) -> None:
    """No repeating timer in the apps' windows runs faster than once a second, so nothing
    can blink; and no animation is running on an ordinary screen."""
    window, target = open_scene(scene)
    for root in {window, target.window()}:
        fast = [
            timer.objectName() or repr(timer)
            for timer in root.findChildren(QTimer)
            if timer.isActive() and not timer.isSingleShot() and timer.interval() < 1000
        ]
        assert fast == []
        running = [
            anim for anim in root.findChildren(QAbstractAnimation)
            if anim.state() == QAbstractAnimation.State.Running
        ]  # fmt: skip
        assert running == []


def test_reduced_motion_turns_qt_animations_off(qapp, monkeypatch) -> None:
    """When the desktop asks for less motion, menus and lists stop sliding and fading."""
    monkeypatch.setenv("ASSIST_REDUCED_MOTION", "1")
    effects = (Qt.UIEffect.UI_AnimateCombo, Qt.UIEffect.UI_AnimateMenu, Qt.UIEffect.UI_FadeMenu)
    before = {e: QApplication.isEffectEnabled(e) for e in effects}
    try:
        reduce_motion_if_asked(qapp)
        assert not any(QApplication.isEffectEnabled(e) for e in effects)
    finally:
        for effect, on in before.items():
            qapp.setEffectEnabled(effect, on)


def test_reduced_motion_keeps_the_ring_still(qapp, monkeypatch) -> None:
    """With reduced motion the "look here" ring stands still instead of pulsing."""
    monkeypatch.setenv("ASSIST_REDUCED_MOTION", "1")
    marks = overlay.TeachingOverlay(QRect(0, 0, 640, 360))
    try:
        assert marks.reduced_motion
        marks.look_here(0.5, 0.5)
        settle()
        assert marks._pulse_motion.state() != QAbstractAnimation.State.Running
    finally:
        marks.close()


def test_practice_pointer_follows_reduced_motion(open_scene, monkeypatch) -> None:
    """The pretend helper's pointer in practice mode uses the same still marks."""
    monkeypatch.setenv("ASSIST_REDUCED_MOTION", "1")
    window, _ = open_scene(scenes.Scene("practice", "home", scenes._practice("sharing")))
    practice = window.practice_page
    assert practice.overlay is not None and practice.overlay.reduced_motion
