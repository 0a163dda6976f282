"""A status line that counts down once a second: "Connection lost. Trying again…
Seconds left: 42", then "Connected again." Both apps show one while a link is lost;
each app gives its own words (assist_agent/reconnect_view.py,
assist_client/reconnect_view.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from . import widgets


class CountdownNotice:
    """Shows `lost_text(seconds left)` in `label` once a second until `back()` or `hide()`;
    `back()` shows `back_text()`. Each change is announced to screen readers."""

    def __init__(
        self,
        label: QLabel,
        lost_text: Callable[[float], str],
        back_text: Callable[[], str],
    ) -> None:
        self.label = label
        self.deadline: float | None = None
        self._lost_text, self._back_text = lost_text, back_text
        self._timer = QTimer(label)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._refresh)

    @property
    def showing(self) -> bool:
        return self.deadline is not None

    def lost(self, deadline: float) -> None:
        self.deadline = deadline
        self._refresh()
        self._timer.start()
        widgets.announce(self.label, self.label.text())

    def back(self) -> None:
        self.hide()
        self.label.setText(self._back_text())
        widgets.announce(self.label, self.label.text())

    def hide(self) -> None:
        self.deadline = None
        self._timer.stop()

    def _refresh(self) -> None:
        if self.deadline is not None:
            self.label.setText(self._lost_text(self.deadline - time.monotonic()))
