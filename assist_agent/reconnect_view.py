"""What the home user sees while the link to the supporter is lost: "Connection lost.
Trying again…" with the seconds left, in place of the sharing page's state text."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from assist_session.heartbeat import LinkBack, LinkLost
from assist_ui.countdown import CountdownNotice

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


class ReconnectNotice(CountdownNotice):
    """The countdown in `label` (assist_ui/countdown.py) with this app's words."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, lost_text, back_text)

    def show(self, event: LinkLost | LinkBack) -> None:
        self.lost(event.deadline) if isinstance(event, LinkLost) else self.back()


__all__ = ["LinkBack", "LinkLost", "ReconnectNotice", "back_text", "lost_text"]
