"""Which screen the supporter sees, when the computer has several (issue 13).

The home user chooses with a picture of each screen, never a number: after *Allow*,
a page shows one large button per screen with its picture and where it stands ("The
screen on the left"), usable with the keyboard and named for screen readers. During
the session the share bar offers *Show another screen*, which opens the same choice.
The supporter's app is told which screen it sees (the `screen` message).

A monitor that is not there is never replaced by "all screens at once": the capture
refuses it (`platform.mss_screen.NoSuchMonitor`), and a wrong `--monitor` makes the
app ask instead (`__main__`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assist_ui import widgets

from .platform.area import ScreenArea
from .platform.screen import Area, ScreenSource

if TYPE_CHECKING:
    from .session import HomeSession

log = logging.getLogger("assist.agent.screens")
translate = QCoreApplication.translate

THUMB = QSize(280, 176)
"""The largest a screen's picture is shown on the choice (its shape kept)."""
SWITCH_WAIT_MS = 50
"""How often the window looks whether the capture took the new screen yet."""


# -- where a screen stands (pure) ----------------------------------------------------------
def place_of(areas: Sequence[Area], index: int) -> str:
    """Where screen `index` (0-based) stands among `areas`: "only", "left", "right",
    "middle", "top", "bottom", or "other" when the words would not tell it apart."""
    if len(areas) == 1:
        return "only"
    me = areas[index]
    others = [a for i, a in enumerate(areas) if i != index]
    side_by_side = all(a["top"] < me["top"] + me["height"] and me["top"] < a["top"] + a["height"]
                       for a in others)  # fmt: skip
    stacked = all(a["left"] < me["left"] + me["width"] and me["left"] < a["left"] + a["width"]
                  for a in others)  # fmt: skip
    if side_by_side:
        before = sum(a["left"] < me["left"] for a in others)
        if before == 0:
            return "left"
        if before == len(others):
            return "right"
        return "middle" if len(areas) == 3 else "other"
    if stacked:
        above = sum(a["top"] < me["top"] for a in others)
        if above == 0:
            return "top"
        if above == len(others):
            return "bottom"
    return "other"


def place_text(place: str, number: int) -> str:
    """The home user's words for a screen ("The screen on the left")."""
    if place == "left":
        return translate("ScreenChoice", "The screen on the left")
    if place == "right":
        return translate("ScreenChoice", "The screen on the right")
    if place == "middle":
        return translate("ScreenChoice", "The screen in the middle")
    if place == "top":
        return translate("ScreenChoice", "The screen at the top")
    if place == "bottom":
        return translate("ScreenChoice", "The screen at the bottom")
    if place == "only":
        return translate("ScreenChoice", "Your screen")
    return translate("ScreenChoice", "Screen %1").replace("%1", str(number))


def picture_of(pixels: np.ndarray, size: QSize = THUMB) -> QPixmap:
    """A BGRX grab as a small picture for a button."""
    height, width = pixels.shape[:2]
    image = QImage(pixels.data, width, height, pixels.strides[0], QImage.Format.Format_RGB32)
    return QPixmap.fromImage(
        image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )


def look_at_screens(source: ScreenSource) -> list[tuple[Area, QPixmap]]:
    """Every monitor's area and a picture of it, from the backend's screen source."""
    source.open()
    try:
        return [(area, picture_of(source.grab(area))) for area in source.monitors()]
    finally:
        source.close()


# -- the choice ----------------------------------------------------------------------------
class ScreenChoice(QWidget):
    """A heading and one button per screen (its picture and place); `chosen(number)`."""

    chosen = Signal(int)
    cancelled = Signal()

    def __init__(self, object_name: str, *, during: bool = False) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.during = during
        self.name = ""
        self.heading = widgets.heading(self)
        self.hint = widgets.text(self)
        self.screens: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.setSpacing(16)
        self.cancel_button = widgets.button("screenChoiceCancel")
        self.cancel_button.clicked.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self._row)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._places: list[str] = []

    def offer(self, name: str, screens: list[tuple[Area, QPixmap]]) -> None:
        """Show these screens (in the desktop's order: number 1 first)."""
        self.name = name
        for old in self.screens:
            self._row.removeWidget(old)
            old.deleteLater()
        areas = [area for area, _ in screens]
        self._places = [place_of(areas, index) for index in range(len(areas))]
        self.screens = []
        for number, (_, picture) in enumerate(screens, start=1):
            button = widgets.button(f"screenChoice{number}")
            button.setIcon(QIcon(picture))
            button.setIconSize(picture.size())
            button.setMinimumSize(max(picture.width() + 24, 44), picture.height() + 64)
            button.clicked.connect(lambda _=False, n=number: self.chosen.emit(n))
            self._row.addWidget(button)
            self.screens.append(button)
        self.retranslate()

    def retranslate(self) -> None:
        if self.during:
            heading = translate("ScreenChoice", "Which screen may %1 see now?")
            cancel = translate("ScreenChoice", "Keep this screen")
        else:
            heading = translate("ScreenChoice", "Which screen may %1 see?")
            cancel = translate("ScreenChoice", "Do not share")
        self.heading.setText(heading.replace("%1", self.name))
        self.hint.setText(translate("ScreenChoice", "Press the picture of the screen to share."))
        self.cancel_button.setText(cancel)
        for number, (button, place) in enumerate(zip(self.screens, self._places, strict=True), 1):
            words = place_text(place, number)
            button.setText(words)
            button.setAccessibleName(words)
            button.setAccessibleDescription(translate("ScreenChoice", "Share this screen."))

    def first_focus(self) -> QWidget:
        return self.screens[0] if self.screens else self.cancel_button


class ScreenChooser:
    """The home window's side of choosing and switching screens.

    `window` is the HomeWindow: its `stack`, `share_bar`, `session`, `supporter_name`
    and `monitor` (None: ask when there are several screens). `on_switched` runs once the
    capture shows the new screen (the window moves its drawing layer there).
    """

    def __init__(self, window: QWidget, on_switched: Callable[[], object]) -> None:
        self.window = window
        self.on_switched = on_switched
        self.page = ScreenChoice("screenChoicePage")
        self.page.chosen.connect(self._chosen_first)
        self.page.cancelled.connect(self._declined)
        window.stack.addWidget(self.page)  # type: ignore[attr-defined]
        self.count = 1
        self.dialog: QDialog | None = None
        button = window.share_bar.screen_button  # type: ignore[attr-defined]
        button.clicked.connect(self.switch_dialog)

    @property
    def session(self) -> HomeSession | None:
        return self.window.session  # type: ignore[attr-defined, no-any-return]

    def allow(self) -> None:
        """The home user pressed Allow: ask which screen first when there are several."""
        session = self.session
        if session is None:
            return
        self.count = len(session.capture.source.monitors())
        if self.window.monitor is not None or self.count < 2:  # type: ignore[attr-defined]
            session.allow()  # chosen on the command line, or only one screen
            return
        screens = self._screens(session)
        self.page.offer(self.window.supporter_name, screens)  # type: ignore[attr-defined]
        self.window._show(self.page, self.page.first_focus())  # type: ignore[attr-defined]

    def started(self) -> None:
        """Sharing began: tell the supporter which screen; offer switching if several."""
        self.announce()
        self.window.share_bar.screen_button.setVisible(self.count > 1)  # type: ignore[attr-defined]

    def announce(self) -> None:
        session = self.session
        if session is None or session.link is None:
            return
        areas = session.capture.source.monitors()
        number = session.capture.monitor
        if not 1 <= number <= len(areas):
            return
        place = place_of(areas, number - 1)
        session.link.send("screen", number=number, count=len(areas), place=place)

    def switch_dialog(self) -> None:
        """The share bar's *Show another screen*: the same choice in a small window."""
        session = self.session
        if session is None or self.dialog is not None:
            return
        dialog = self.dialog = QDialog(self.window.share_bar)  # type: ignore[attr-defined]
        dialog.setObjectName("screenChoiceDialog")
        choice = ScreenChoice("screenChoiceNow", during=True)
        QVBoxLayout(dialog).addWidget(choice)
        choice.offer(self.window.supporter_name, self._screens(session))  # type: ignore[attr-defined]
        choice.chosen.connect(lambda number: (self.switch(number), dialog.accept()))
        choice.cancelled.connect(dialog.reject)
        dialog.finished.connect(self._dialog_closed)
        dialog.setWindowTitle(choice.heading.text())
        # A child of the share bar: protected from injected clicks like the bar itself.
        dialog.show()
        dialog.activateWindow()  # the keyboard goes there (Esc keeps the screen)
        choice.first_focus().setFocus()

    def switch(self, number: int) -> None:
        """Share screen `number` from now on: the pictures, the supporter's input, the
        drawing layer, and what the supporter is told."""
        session = self.session
        if session is None:
            return
        area = session.capture.set_monitor(number)
        live = session.live
        if live is not None and live.input_sink is not None:
            live.input_sink.set_area(ScreenArea.from_monitor(area))
        log.info("the home user switched to screen %d", number)
        self.announce()
        self._when_shown(area, 40)

    # -- inside -----------------------------------------------------------------------------
    def _screens(self, session: HomeSession) -> list[tuple[Area, QPixmap]]:
        from .capture import default_screen_source

        try:
            return look_at_screens(default_screen_source())
        except Exception:
            log.exception("could not look at the screens")
            return [(session.capture.area, QPixmap())]

    def _when_shown(self, area: Area, tries: int) -> None:
        session = self.session
        if session is None:
            return
        if session.capture.area == area or tries <= 0:
            self.on_switched()
        else:
            QTimer.singleShot(SWITCH_WAIT_MS, lambda: self._when_shown(area, tries - 1))

    def _chosen_first(self, number: int) -> None:
        session = self.session
        if session is not None:
            session.capture.set_monitor(number)
            session.allow()

    def _declined(self) -> None:
        if self.session is not None:
            self.session.decline()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
