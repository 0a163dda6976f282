"""A line above the picture saying which of the home user's screens it is (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from assist_ui import widgets

from .shared_screen import ScreenShared

translate = QCoreApplication.translate


def screen_text(shared: ScreenShared | None) -> str:
    """The supporter's words for the shared screen ('' before the helper app says)."""
    if shared is None:
        return ""
    if shared.count == 1:
        return translate("SharedScreen", "They have one screen.")
    n, count = str(shared.number), str(shared.count)
    texts = {
        "left": translate("SharedScreen", "You see screen %1 of %2, the one on the left."),
        "right": translate("SharedScreen", "You see screen %1 of %2, the one on the right."),
        "middle": translate("SharedScreen", "You see screen %1 of %2, the one in the middle."),
        "top": translate("SharedScreen", "You see screen %1 of %2, the one at the top."),
        "bottom": translate("SharedScreen", "You see screen %1 of %2, the one at the bottom."),
    }
    text = texts.get(shared.place) or translate("SharedScreen", "You see screen %1 of %2.")
    return text.replace("%1", n).replace("%2", count)


class SharedScreenLabel(QLabel):
    """A line above the picture: which screen it is; hidden until the helper app says."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sharedScreen")
        self.setWordWrap(True)
        self.shared: ScreenShared | None = None
        self.hide()

    def show_screen(self, shared: ScreenShared) -> None:
        changed = self.shared is not None and shared != self.shared
        self.shared = shared
        self.retranslate()
        self.show()
        if changed:  # they switched screens: say it, the picture jumps
            widgets.announce(self, self.text())

    def retranslate(self) -> None:
        self.setText(screen_text(self.shared))
