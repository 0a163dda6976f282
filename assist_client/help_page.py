"""A short help for supporters: the steps, teaching before taking over, and safety."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from assist_ui.info_page import InfoPage

translate = QCoreApplication.translate


def sections() -> list[tuple[str, str]]:
    """(heading, paragraph) pairs in reading order, in the current language."""
    return [
        (
            translate("SupporterHelp", "1. Get the code"),
            translate(
                "SupporterHelp",
                "Call the person first. They press Get help and read you a code of 13 digits. "
                "Type it here with your name and press Connect. "
                "The app notices most typing mistakes before it connects.",
            ),
        ),
        (
            translate("SupporterHelp", "2. Wait for permission"),
            translate(
                "SupporterHelp",
                "The person sees your name and your identity mark, and decides. "
                "Nothing is shown before they press Allow. "
                "A wrong code ends the code for good; ask for a new one.",
            ),
        ),
        (
            translate("SupporterHelp", "3. Teach first"),
            translate(
                "SupporterHelp",
                "Move the mouse over the picture to show your pointer on their screen. "
                'Drag to draw, click to say "look here". '
                "Let the person do things themselves when they can.",
            ),
        ),
        (
            translate("SupporterHelp", "4. Mouse and keyboard"),
            translate(
                "SupporterHelp",
                "Press Ask for control only when teaching is not enough. "
                "The person must allow it separately and can take control back at any time. "
                "When they move their own mouse, your input waits.",
            ),
        ),
        (
            translate("SupporterHelp", "5. Ending"),
            translate(
                "SupporterHelp",
                "The person can pause or stop at any moment. "
                "Press End session when you are done. Nothing stays open afterwards.",
            ),
        ),
        (
            translate("SupporterHelp", "Keep the person safe"),
            translate(
                "SupporterHelp",
                "Never ask for passwords, bank codes or card numbers. "
                "Ask the person to close their online bank before you look. "
                "Remind them that no bank or authority ever calls to ask for this code.",
            ),
        ),
    ]


class SupporterHelp(InfoPage):
    """The supporter app's help page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "supporterHelp",
            lambda: translate("SupporterHelp", "Help"),
            sections,
            lambda: translate("SupporterHelp", "Close"),
            parent,
        )
