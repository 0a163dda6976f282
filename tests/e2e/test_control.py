"""Consent-gated control, under Xvfb with real apps, real capture and real input injection."""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from assist_agent.consent import ShareState
from tests.support.apps import allow_on_consent_page, pair_windows, pattern_seen, run_scenario
from tests.support.display import SCREEN
from tests.support.timing import until

pytestmark = pytest.mark.e2e

PROBE_RECT = (40, 420, 600, 240)  # x, y, w, h on the home user's screen


class InputProbe(QWidget):
    """A window on the home user's display that records what really reaches it."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setObjectName("inputProbe")
        self.setGeometry(*PROBE_RECT)
        self.setStyleSheet("background: #e0e0e0;")
        self.edit = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.presses: list[tuple[int, int, str]] = []

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.globalPosition().toPoint()
        self.presses.append((pos.x(), pos.y(), event.button().name))
        super().mousePressEvent(event)


@pytest.fixture
def probe(qtbot):
    widget = InputProbe()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def view_point(supporter, screen_x: int, screen_y: int) -> QPoint:
    """Where to click in the supporter's view to hit a pixel of the home user's screen."""
    rect = supporter.view.image_rect()
    x = rect.x() + (screen_x + 0.5) / SCREEN[0] * rect.width()
    y = rect.y() + (screen_y + 0.5) / SCREEN[1] * rect.height()
    return QPointF(x, y).toPoint()


async def sharing(qtbot, home, supporter) -> None:
    await pair_windows(qtbot, home, supporter)
    await until(lambda: home.stack.currentWidget() is home.ask_page, 20, "consent asked")
    await allow_on_consent_page(qtbot, home)
    await until(lambda: pattern_seen(supporter.view.frame), 20, "screen shown")
    await until(lambda: supporter.share_state == "viewing", 5, "viewing state")


async def grant_control(qtbot, home, supporter) -> None:
    qtbot.mouseClick(supporter.control_button, Qt.MouseButton.LeftButton)
    await until(lambda: home.sharing_page.question.isVisible(), 5, "control question")
    assert home.focusWidget() is not home.sharing_page.grant_button, "focus never lands on Allow"
    qtbot.mouseClick(home.sharing_page.grant_button, Qt.MouseButton.LeftButton)
    await until(lambda: supporter.share_state == "controlling", 5, "controlling")


def raw_click(supporter, x: float, y: float) -> None:
    """What a misbehaving supporter app could send, bypassing its own UI's checks."""
    link = supporter.session.link
    for action in ("down", "up"):
        link.send("mouse", action=action, button="left", x=x, y=y)


def type_into(widget: QWidget, text: str) -> None:
    """Key events as a keyboard with these letters gives them (QTest cannot type "€")."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


PROBE_CENTRE = (PROBE_RECT[0] + 300, PROBE_RECT[1] + 160)
PROBE_FRACTION = (PROBE_CENTRE[0] / (SCREEN[0] - 1), PROBE_CENTRE[1] / (SCREEN[1] - 1))


def test_click_and_text_arrive_only_while_controlling(qtbot, qloop, apps, probe):
    """After consent a click and "Hyvä äöå €" reach a window on the home display; before
    consent, after taking control back, and while paused nothing does."""
    server, home, supporter = apps

    async def scenario() -> None:
        await sharing(qtbot, home, supporter)
        raw_click(supporter, *PROBE_FRACTION)  # only viewing: must not arrive
        await asyncio.sleep(0.6)
        assert probe.presses == []

        await grant_control(qtbot, home, supporter)
        qtbot.mouseClick(
            supporter.view, Qt.MouseButton.LeftButton, pos=view_point(supporter, *PROBE_CENTRE)
        )
        await until(lambda: probe.presses, 5, "click on the home display")
        x, y, button = probe.presses[-1]
        assert button == "LeftButton"
        assert abs(x - PROBE_CENTRE[0]) <= 4 and abs(y - PROBE_CENTRE[1]) <= 4
        edit_centre = probe.edit.mapToGlobal(probe.edit.rect().center())
        qtbot.mouseClick(
            supporter.view,
            Qt.MouseButton.LeftButton,
            pos=view_point(supporter, edit_centre.x(), edit_centre.y()),
        )
        await until(lambda: probe.edit.hasFocus(), 5, "text field focused by the click")
        type_into(supporter.view, "Hyvä äöå €")
        await until(lambda: probe.edit.text() == "Hyvä äöå €", 10, "typed text")

        qtbot.mouseClick(home.sharing_page.controls.take_back_button, Qt.MouseButton.LeftButton)
        await until(lambda: supporter.share_state == "viewing", 5, "control taken back")
        count = len(probe.presses)
        raw_click(supporter, *PROBE_FRACTION)
        supporter.session.link.send("text", text="X")
        await asyncio.sleep(0.6)
        assert len(probe.presses) == count and probe.edit.text() == "Hyvä äöå €"

        await grant_control(qtbot, home, supporter)
        qtbot.mouseClick(home.sharing_page.controls.pause_button, Qt.MouseButton.LeftButton)
        await until(lambda: supporter.share_state == "paused", 5, "paused")
        assert home.session.consent.state is ShareState.PAUSED
        raw_click(supporter, *PROBE_FRACTION)
        await asyncio.sleep(0.6)
        assert len(probe.presses) == count
        assert home.session.live.dropped.by_reason.get("not_allowed", 0) >= 4

    run_scenario(qloop, scenario(), home, supporter)


def test_malformed_input_is_dropped_and_counted(qtbot, qloop, apps, probe):
    """Garbage on the data channel never crashes the helper app and injects nothing."""
    server, home, supporter = apps
    junk = [
        "not json", "[]", "{}", json.dumps({"v": 1, "type": "mouse"}),
        json.dumps({"v": 1, "type": "mouse", "action": "click", "x": 9, "y": 0, "button": "left"}),
        json.dumps({"v": 1, "type": "key", "action": "press", "key": "rm -rf"}),
        json.dumps({"v": 1, "type": "text", "text": "\x1b[31m"}),
        json.dumps({"v": 99, "type": "text", "text": "hi"}),
        "x" * 20000, json.dumps({"v": 1, "type": "state", "state": "controlling"}),
    ]  # fmt: skip

    async def scenario() -> None:
        await sharing(qtbot, home, supporter)
        await grant_control(qtbot, home, supporter)
        channel = supporter.session.link._channel
        for raw in junk * 5:
            channel.send(raw)
        await until(
            lambda: home.session.link.dropped.total + home.session.live.dropped.total >= 45, 5
        )
        await asyncio.sleep(0.3)
        assert probe.presses == [] and probe.edit.text() == ""
        assert home.session.ended_reason is None, "the session survived"
        qtbot.mouseClick(
            supporter.view, Qt.MouseButton.LeftButton, pos=view_point(supporter, *PROBE_CENTRE)
        )
        await until(lambda: probe.presses, 5, "a good click still works")

    run_scenario(qloop, scenario(), home, supporter)


def test_chat_both_ways_and_summary(qtbot, qloop, apps):
    """Chat lines reach the other side; after Stop the home user sees who helped and for how
    long, and the record is kept in past help."""
    server, home, supporter = apps

    async def scenario() -> None:
        await sharing(qtbot, home, supporter)
        type_into(supporter.chat.entry, "Paina vihreää nappia")
        qtbot.mouseClick(supporter.chat.send_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.sharing_page.chat.lines, 5, "chat at home")
        assert home.sharing_page.chat.lines[-1] == ("Anna", "Paina vihreää nappia")
        qtbot.keyClicks(home.sharing_page.chat.entry, "Kiitos!")
        qtbot.keyClick(home.sharing_page.chat.entry, Qt.Key.Key_Return)
        await until(lambda: len(supporter.chat.lines) == 2, 5, "chat at supporter")
        assert supporter.chat.lines[-1][1] == "Kiitos!"
        await asyncio.sleep(1.0)
        qtbot.mouseClick(home.stop_button, Qt.MouseButton.LeftButton)
        await until(lambda: home.stack.currentWidget() is home.ended_page, 5, "ended")
        summary = home.summary.label.text()
        assert "Anna helped you." in summary
        assert "Anna saw your screen for 1 minute." in summary
        assert "did not use your mouse or keyboard" in summary
        record = home.history.records()[0]
        assert record.supporter == "Anna" and record.seen_seconds >= 1.0
        assert ("supporter", "Paina vihreää nappia") in record.chat

    run_scenario(qloop, scenario(), home, supporter)


def colour_near(frame, x: int, y: int, rgb: tuple[int, int, int], radius: int = 14) -> bool:
    """True when some pixel within `radius` of (x, y) in the decoded frame is close to rgb."""
    if frame is None:
        return False
    patch = frame[max(0, y - radius) : y + radius, max(0, x - radius) : x + radius].astype(int)
    return bool((abs(patch - rgb).max(axis=2) < 50).any())


YELLOW = (0xFF, 0xD4, 0x00)


def move_on(view: QWidget, point: QPoint, buttons=Qt.MouseButton.NoButton) -> None:
    """A mouse move over the view (QTest's mouseMove moves the real X pointer instead)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(view.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, event)


def test_pointer_and_drawing_show_on_the_shared_screen(qtbot, qloop, apps):
    """While only viewing, the supporter's pointer and a drawn stroke appear on the home
    user's screen at the mapped spot — seen in the video the supporter decodes."""
    server, home, supporter = apps
    spot = (200, 520)  # on the home user's screen, away from the test pattern

    async def scenario() -> None:
        await sharing(qtbot, home, supporter)
        assert not colour_near(supporter.view.frame, *spot, YELLOW)
        move_on(supporter.view, view_point(supporter, *spot))
        await until(lambda: colour_near(supporter.view.frame, *spot, YELLOW), 10, "pointer")
        assert home.session.consent.state is ShareState.VIEWING, "teaching needs no control"
        start, end = (300, 600), (600, 600)
        qtbot.mousePress(
            supporter.view, Qt.MouseButton.LeftButton, pos=view_point(supporter, *start)
        )
        for step in range(1, 11):
            x = start[0] + (end[0] - start[0]) * step // 10
            move_on(supporter.view, view_point(supporter, x, start[1]), Qt.MouseButton.LeftButton)
            await asyncio.sleep(0.02)
        qtbot.mouseRelease(
            supporter.view, Qt.MouseButton.LeftButton, pos=view_point(supporter, *end)
        )
        middle = ((start[0] + end[0]) // 2, start[1])
        await until(lambda: colour_near(supporter.view.frame, *middle, YELLOW, 6), 10, "stroke")

    run_scenario(qloop, scenario(), home, supporter)


def test_a_refused_system_key_is_explained_to_the_supporter(qtbot, qloop, apps, probe):
    """Ctrl+Alt+F1 from the supporter reaches nothing on the home display; the supporter
    app says why in plain words, and a flood of refusals is told about once a second."""
    from assist_client.texts import refused_text

    server, home, supporter = apps

    async def scenario() -> None:
        await sharing(qtbot, home, supporter)
        await grant_control(qtbot, home, supporter)
        told = []
        link = home.session.link
        send = link.send

        def counting_send(message_type: str, **fields: object) -> bool:
            if message_type == "refused":
                told.append(fields["reason"])
            return send(message_type, **fields)

        link.send = counting_send  # type: ignore[method-assign]
        for _ in range(20):
            for action, key in (("down", "ctrl"), ("down", "alt"), ("press", "f1")):
                supporter.session.link.send("key", action=action, key=key)
            for key in ("alt", "ctrl"):
                supporter.session.link.send("key", action="up", key=key)
        await until(
            lambda: supporter.view_status.text() == refused_text("system_key"), 5, "told why"
        )
        assert home.session.live.input_sink.dropped.by_reason.get("system_key", 0) >= 1
        assert told == ["system_key"], "one message for a burst of refusals"
        assert probe.edit.text() == "" and probe.presses == []

    run_scenario(qloop, scenario(), home, supporter)
