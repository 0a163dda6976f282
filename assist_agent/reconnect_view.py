"""What the home user sees while the link to the supporter is lost: "Connection lost.
Trying again…" with the seconds left, in place of the sharing page's state text."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from assist_session.heartbeat import LinkBack, LinkLost
from assist_ui import widgets

translate = QCoreApplication.translate


def lost_text(seconds_left: float) -> str:
    """Plain words for the home user, with a whole number of seconds."""
    lost = translate("HomeReconnect", "Connection lost. Trying again…")
    control = translate("HomeReconnect", "Your helper cannot use your mouse and keyboard now.")
    left = translate("HomeReconnect", "Seconds left: {seconds}").format(
        seconds=max(0, math.ceil(seconds_left))
    )
    return f"{lost} {control} {left}"


def back_text() -> str:
    return translate(
        "HomeReconnect",
        "Connected again. Your helper sees your screen. They must ask again to use your mouse.",
    )


class ReconnectNotice:
    """Shows the countdown in `label` once a second until `back()` or `hide()`."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self.deadline: float | None = None
        self._timer = QTimer(label)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._refresh)

    @property
    def showing(self) -> bool:
        return self.deadline is not None

    def show(self, event: LinkLost | LinkBack) -> None:
        self.lost(event.deadline) if isinstance(event, LinkLost) else self.back()

    def lost(self, deadline: float) -> None:
        self.deadline = deadline
        self._refresh()
        self._timer.start()
        widgets.announce(self.label, self.label.text())

    def back(self) -> None:
        self.hide()
        self.label.setText(back_text())
        widgets.announce(self.label, self.label.text())

    def hide(self) -> None:
        self.deadline = None
        self._timer.stop()

    def _refresh(self) -> None:
        if self.deadline is not None:
            self.label.setText(lost_text(self.deadline - time.monotonic()))


__all__ = ["LinkBack", "LinkLost", "ReconnectNotice", "back_text", "lost_text"]
