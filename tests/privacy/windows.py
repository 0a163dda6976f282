"""Windows on the home user's display that record what really reaches them, and the
steps of a shared session with control granted (both real apps, Xvfb, real injection)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.e2e.test_control import grant_control, sharing
from tests.support.display import SCREEN
from tests.support.timing import until


class TitledProbe(QWidget):
    """A top-level window with a title (what the focus watch reads) and a text field,
    recording the presses and text that arrive."""

    def __init__(self, title: str, rect: tuple[int, int, int, int], password: bool = False):
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(title)
        self.setGeometry(*rect)
        self.setStyleSheet("background: #e0e0e0;")
        self.edit = QLineEdit(self)
        if password:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.presses: list[tuple[int, int]] = []

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.globalPosition().toPoint()
        self.presses.append((pos.x(), pos.y()))
        super().mousePressEvent(event)

    def centre_fraction(self) -> tuple[float, float]:
        """The middle of the empty part, as the supporter's fractions of the screen."""
        g = self.geometry()
        x, y = g.x() + g.width() // 2, g.y() + g.height() * 3 // 4
        return x / (SCREEN[0] - 1), y / (SCREEN[1] - 1)

    def edit_fraction(self) -> tuple[float, float]:
        centre = self.edit.mapToGlobal(self.edit.rect().center())
        return centre.x() / (SCREEN[0] - 1), centre.y() / (SCREEN[1] - 1)

    def received(self) -> tuple[int, str]:
        return len(self.presses), self.edit.text()


def click(supporter, x: float, y: float) -> None:
    """What a supporter app may send (bypassing its own view)."""
    for action in ("down", "up"):
        supporter.session.link.send("mouse", action=action, button="left", x=x, y=y)


def flood(supporter, probe: TitledProbe, count: int = 150) -> int:
    """A supporter hammering clicks and keys at the window; how many messages it sent."""
    x, y = probe.edit_fraction()
    for _ in range(count):
        click(supporter, x, y)
        supporter.session.link.send("text", text="x")
        supporter.session.link.send("key", action="press", key="a")
    return count * 4


def handled(live) -> int:
    """Supporter input messages the helper app has decided on so far: dropped by the
    live session (consent, rate, privacy), or given to the input sink and there
    injected or dropped (a protected window under the point, suspended, cancelled)."""
    sink = live.input_sink
    at_sink = 0 if sink is None else sink.injected + sink.dropped.total
    return live.dropped.total + at_sink


async def unblocked(home, what: str = "protection ended") -> None:
    """Input is no longer refused; on failure, say what the helper app saw."""
    try:
        await until(lambda: not privacy_state(home).blocks_input, 5, what)
    except AssertionError as exc:
        guard = home.session.live.privacy
        raise AssertionError(
            f"{exc}: {guard.privacy.state}, last focus {guard.watch.last}, "
            f"marked {guard.privacy._protected}"
        ) from None


def _home_live():
    """The helper app's live session of this test (earlier tests' windows are kept
    alive, their sessions ended: never theirs)."""
    from PySide6.QtWidgets import QApplication

    from assist_agent.consent import ShareState

    for widget in QApplication.topLevelWidgets():
        session = getattr(widget, "session", None)
        live = getattr(session, "live", None)
        if (
            live is not None
            and getattr(live, "privacy", None) is not None
            and live.consent.state is not ShareState.ENDED
        ):
            return live
    return None


def privacy_state(home):
    live = home.session.live if home.session is not None else None
    return live.privacy.privacy.state if live is not None and live.privacy else None


async def focus(window: QWidget) -> None:
    """The home user's focus moves to `window` (XSetInputFocus, as a click would)."""
    window.raise_()
    window.activateWindow()
    await until(window.isActiveWindow, 5, f"{window.windowTitle()!r} focused")


async def controlling(qtbot, home, supporter) -> None:
    await sharing(qtbot, home, supporter)
    await grant_control(qtbot, home, supporter)


async def arrives(supporter, probe: TitledProbe) -> None:
    """A click into the field and a letter reach `probe`."""
    presses, text = probe.received()
    click(supporter, *probe.edit_fraction())
    await until(lambda: probe.edit.hasFocus(), 5, "the click focused the field")
    supporter.session.link.send("text", text="k")
    try:
        await until(lambda: probe.edit.text() == text + "k", 5, "the letter arrived")
    except AssertionError as exc:
        live = _home_live()
        why = (
            ""
            if live is None
            else (
                f": dropped {live.dropped.by_reason}, sink {live.input_sink.dropped.by_reason}, "
                f"privacy {live.privacy.privacy.state}, consent {live.consent.state}"
            )
        )
        raise AssertionError(f"{exc}{why}, field {probe.edit.text()!r}") from None


async def nothing_arrives(supporter, probes: list[TitledProbe], settle: float = 0.8) -> None:
    """Clicks and keys (a flood of them) sent now reach none of `probes`.

    Returns only once the helper app has decided on every message sent: on a busy
    machine the data channel delivers a flood over seconds, and a test that moved the
    focus on before that saw the rest of its own flood land in the next window (a
    letter too many; a click on the bank that focused it again)."""
    live = _home_live()
    before = [p.received() for p in probes]
    start, sent = handled(live), 0
    for probe in probes:
        click(supporter, *probe.centre_fraction())
        sent += 2 + flood(supporter, probe, 40)
    try:
        await until(lambda: handled(live) - start >= sent, 20, "every message decided on")
    except AssertionError as exc:
        raise AssertionError(
            f"{exc}: {handled(live) - start} of {sent}, dropped {live.dropped.by_reason}, "
            f"sink {live.input_sink.dropped.by_reason}, link {live.link.dropped.by_reason}"
        ) from None
    await asyncio.sleep(settle)  # what was let through reaches the window within ~2 ms
    assert [p.received() for p in probes] == before
