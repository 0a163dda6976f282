"""The "How does this work?" page: the whole help, step by step, in plain words.

Reachable from every screen through the header (WCAG 3.3.5). Whole paragraphs under
the context "HelpPage", so each language can say it in its own order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from assist_ui.info_page import InfoPage

translate = QCoreApplication.translate


def sections() -> list[tuple[str, str]]:
    """(heading, paragraph) pairs in reading order, in the current language."""
    return [
        (
            translate("HelpPage", "What this app does"),
            translate(
                "HelpPage",
                "A person you trust can see your screen and help you. "
                "They can show you how to do things. "
                "You decide what they see.",
            ),
        ),
        (
            translate("HelpPage", "1. Call your helper"),
            translate(
                "HelpPage",
                "First call your helper on the phone. "
                "Your helper can be a relative or a worker from a help service.",
            ),
        ),
        (
            translate("HelpPage", "2. Read the code"),
            translate(
                "HelpPage",
                "Press Get help. The app shows a code with many numbers. "
                "Read the numbers to your helper on the phone.",
            ),
        ),
        (
            translate("HelpPage", "3. You decide"),
            translate(
                "HelpPage",
                "Your helper types the code. Then the app asks you a question. "
                "Can your helper see your screen? "
                "Press Allow only if you know the person.",
            ),
        ),
        (
            translate("HelpPage", "4. Your helper shows you"),
            translate(
                "HelpPage",
                "Your helper sees your screen. "
                "Your helper can point and draw on your screen. "
                "Your helper may ask to use your mouse and keyboard. "
                "You can say yes or no.",
            ),
        ),
        (
            translate("HelpPage", "5. Stop at any time"),
            translate(
                "HelpPage",
                "Press Stop when you want. Then your helper sees nothing. "
                "While your helper sees your screen, a Stop button stays at the top.",
            ),
        ),
        (
            translate("HelpPage", "Try it first"),
            translate(
                "HelpPage",
                "You can practise without a real helper. "
                "Press Practise first on the first screen. "
                "Nothing you do there is real.",
            ),
        ),
        (
            translate("HelpPage", "Help face to face"),
            translate(
                "HelpPage",
                "This app does not replace help face to face. "
                "You can always visit a service point and ask for help there.",
            ),
        ),
    ]


class HelpPage(InfoPage):
    """ "How does this work?" for the home user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "helpPage",
            lambda: translate("HelpPage", "How does this work?"),
            sections,
            lambda: translate("HelpPage", "Close"),
            parent,
        )
