"""Everything works with the keyboard alone, focus is always visible, and nothing
moves the keyboard focus onto a grant without the home user's own action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.a11y import scenes
from tests.a11y.probe import focus_change, focusable, picture, settle

pytestmark = pytest.mark.a11y
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def describe(widget: QWidget | None) -> str:
    return "None" if widget is None else f"{type(widget).__name__}#{widget.objectName() or '?'}"


def tab_walk(window: QWidget, limit: int = 120) -> list[QWidget]:
    """Press Tab again and again from the first control; return where focus went."""
    window.activateWindow()
    settle()
    chain = focusable(window)
    assert chain, "nothing in the window takes the keyboard focus"
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    visited: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is None or current in visited:
            break
        visited.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        settle(2)
        if QApplication.focusWidget() is current and current.property("leaveKey"):
            # A control that keeps Tab for itself (the remote screen while controlling)
            # must let the keyboard out with the key it names.
            QTest.keyClick(current, Qt.Key.Key_Home, CTRL_ALT)
            settle(2)
    return visited


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_tab_reaches_every_control(open_scene, scene) -> None:
    """Tab visits every enabled control on the screen and comes back round (no trap)."""
    _, target = open_scene(scene)
    window = target.window()
    expected = focusable(window)
    visited = tab_walk(window)
    missed = [describe(w) for w in expected if w not in visited]
    assert missed == []
    # Coming round to the start again means Tab never got stuck in one control.
    assert QApplication.focusWidget() in visited


@pytest.mark.parametrize("scene", scenes.ALL_SCENES, ids=scenes.scene_id)
def test_focus_is_clearly_visible(open_scene, scene) -> None:
    """Each control looks different with focus: a ring at least 2 px around, 3:1 contrast."""
    _, target = open_scene(scene)
    window = target.window()
    window.activateWindow()
    settle()
    weak = []
    for widget in focusable(window):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        settle(2)
        if not widget.hasFocus():
            weak.append((describe(widget), "cannot take focus"))
            continue
        # A custom view shows its ring on the frame around it (assist_ui.focus).
        parent = widget.parentWidget()
        drawn = parent if parent is not None and parent.objectName() == "focusFrame" else widget
        focused = picture(drawn)
        window.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.clearFocus()
        settle(2)
        plain = picture(drawn)
        changed, best = focus_change(plain, focused)
        ratio = focused.devicePixelRatio() or 1.0
        perimeter = 2 * (drawn.width() + drawn.height()) * ratio
        if changed < perimeter:  # a ring one pixel wide would not be enough
            weak.append((describe(widget), changed, round(perimeter), round(best, 2)))
    assert weak == []


def test_incoming_request_never_lands_on_allow(open_scene) -> None:
    """When a helper asks to see the screen, the keyboard starts on the safe answer:
    "They called me" for an unverified helper (issue 16), never on "Allow"."""
    window, _ = open_scene(scenes.Scene("code", "home", scenes._home_code))
    window.on_session_event(scenes.SupporterAsks(scenes.SUPPORTER, scenes.MARK))
    settle()
    assert QApplication.focusWidget() is window.ask_page.they_called_button
    assert QApplication.focusWidget() is not window.allow_button


def test_control_question_does_not_move_focus(open_scene) -> None:
    """A request for mouse and keyboard shows a question but leaves the focus alone
    (WCAG 3.2.5): the home user typing in the chat keeps typing in the chat."""
    window, _ = open_scene(scenes.Scene("sharing", "home", scenes._home_sharing))
    window.sharing_page.chat.entry.setFocus()
    settle()
    window.on_session_event(scenes.ControlRequested())
    settle()
    assert window.sharing_page.question.isVisible()
    assert QApplication.focusWidget() is window.sharing_page.chat.entry
    QTest.keyClicks(window.sharing_page.chat.entry, "yes ")
    QTest.keyClick(window.sharing_page.chat.entry, Qt.Key.Key_Space)
    settle()
    assert window.session is None or window.session.consent.state.name != "CONTROLLING"
    assert QApplication.focusWidget() is not window.sharing_page.grant_button


def test_practice_request_starts_on_do_not_allow(open_scene) -> None:
    """Practice behaves like the real thing: the question starts on the safe answer."""
    window, _ = open_scene(scenes.Scene("practice-ask", "home", scenes._practice("ask")))
    assert QApplication.focusWidget() is window.practice_page.decline_button
