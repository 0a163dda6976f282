"""The "Is this safe?" page: plain words for the home user (docs/SECURITY.md has the details).

Short sentences a careful relative would say, no technical words. Every text is a whole
paragraph of whole sentences under the context "SafetyPage", so each language can say
it in its own order.
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
            translate("SafetyPage", "You decide"),
            translate(
                "SafetyPage",
                "Nobody sees your screen before you click Allow. "
                "You can stop at any time with the Stop button. "
                "After that, your helper sees nothing.",
            ),
        ),
        (
            translate("SafetyPage", "The code works only once"),
            translate(
                "SafetyPage",
                "The code works only for a short time. "
                "If someone types a wrong code, the code stops working. "
                "Then you can get a new code.",
            ),
        ),
        (
            translate("SafetyPage", "Only your helper can see"),
            translate(
                "SafetyPage",
                "Only the person who has your code can ask to see your screen. "
                "The picture of your screen is locked on the way. "
                "Only your helper's app can open it. "
                "Not even the people who run this service can see it.",
            ),
        ),
        (
            translate("SafetyPage", "Watch out for tricks"),
            translate(
                "SafetyPage",
                "Give the code only to a person you know and trust. "
                "A bank, the police or a company never calls you to ask for this code. "
                "If a stranger asks you to use this app, end the call. "
                "Never allow help while your online bank is open. "
                "Never tell anyone your bank codes or passwords.",
            ),
        ),
        (
            translate("SafetyPage", "Your bank is protected"),
            translate(
                "SafetyPage",
                "Some pages are protected, such as your online bank. "
                "There your helper cannot use your mouse or keyboard. "
                "Your helper can still see the page and point. "
                "The app knows the pages of Finnish banks, Suomi.fi, Kela, OmaKanta and "
                "OmaVero. "
                "You can protect any other window with the button Protect this window. "
                "When you type a password, your helper cannot type there or see it.",
            ),
        ),
        (
            translate("SafetyPage", "A private moment"),
            translate(
                "SafetyPage",
                "Press Private moment when you want to do something alone. "
                "Your helper sees only a grey picture and cannot use your mouse or "
                "keyboard. "
                "Press Show again when you are ready.",
            ),
        ),
        (
            translate("SafetyPage", "Your helper's mark"),
            translate(
                "SafetyPage",
                "The app shows your helper's name and a mark of letters and numbers. "
                "The same helper always has the same mark. "
                "If the mark is new, ask your helper why.",
            ),
        ),
        (
            translate("SafetyPage", "Who is your helper?"),
            translate(
                "SafetyPage",
                "Some helpers work for an organisation, such as your city or library. "
                "The organisation can confirm who they are. "
                "Then the app shows the name of the organisation in large letters. "
                "If the app says that we do not know who the person is, be careful. "
                "The app also tells you if this person has helped you before.",
            ),
        ),
        (
            translate("SafetyPage", "If something is wrong"),
            translate(
                "SafetyPage",
                "If the app notices something strange, it stops at once. "
                "Then nobody sees your screen. "
                "You can get a new code and try again.",
            ),
        ),
        (
            translate("SafetyPage", "What the app cannot do"),
            translate(
                "SafetyPage",
                "The app cannot protect you from a computer virus. "
                "If you think your computer has a virus, ask for help face to face.",
            ),
        ),
    ]


class SafetyPage(InfoPage):
    """A simple page that answers "Is this safe?"; reachable from every screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "safetyPage",
            lambda: translate("SafetyPage", "Is this safe?"),
            sections,
            lambda: translate("SafetyPage", "Close"),
            parent,
        )
