""" "Add an organisation" without a command line (issue 16).

A home user whose organisation gave them a file (`assist-org export --out NAME.assist-org`)
finds a button on the "Is this safe?" page, right under the words about organisations
that confirm who their helpers are: away from the first screen's Get help path. It opens
a file chooser for `.assist-org` files, then the same question as
`assist-agent --add-organisation FILE` (AddOrganisationDialog: name, mark, No focused).
Only "Yes" keeps the organisation, and the running app uses it from the next help on.
Not offered on a loan computer, which keeps nothing.

The file chooser is the desktop's own where there is one (familiar to the person, and
read by their screen reader), else Qt's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from assist_ui import widgets
from assist_ui.info_page import InfoPage
from assist_ui.settings import keeps_nothing
from crypto.certificates import TrustedOrganisation

from .add_organisation import AddOrganisationDialog, not_an_organisation_box, offer
from .safety import sections
from .trust import Trust, remember

if TYPE_CHECKING:
    from .window import HomeWindow

translate = QCoreApplication.translate
FILE_PATTERN = "*.assist-org"
WHO_SECTION = 7  # "Who is your helper?" in safety.sections()


class AddOrganisationEntry(QWidget):
    """A sentence and the button, placed in the "Is this safe?" page."""

    def __init__(self, page: InfoPage, window: HomeWindow) -> None:
        super().__init__()
        self.setObjectName("addOrganisationEntry")
        self.home_window = window
        self.chooser: QFileDialog | None = None
        self.question: AddOrganisationDialog | None = None
        self.answer: QMessageBox | None = None
        self.text = widgets.text()
        self.button = widgets.button("addOrganisationButton")
        self.button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeading)
        after = page.paragraphs[_who_section()]
        body = after.parentWidget()
        column = body.layout() if body is not None else None
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(column.indexOf(after) + 1, self)
        QWidget.setTabOrder(self.button, page.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            translate(
                "AddOrganisation",
                "Did an organisation give you a file? Then you can add the organisation here.",
            )
        )
        self.button.setText(translate("AddOrganisation", "Add an organisation"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_file(self) -> QFileDialog:
        """The file chooser, for files from an organisation (not blocking)."""
        kind = translate("AddOrganisation", "Files from an organisation")
        chooser = self.chooser = QFileDialog(
            self.window(), translate("AddOrganisation", "Add an organisation")
        )
        chooser.setObjectName("organisationFileChooser")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(f"{kind} ({FILE_PATTERN})")
        chooser.fileSelected.connect(lambda path: self.add_file(Path(path)))
        chooser.open()
        return chooser

    def add_file(self, path: Path) -> QWidget:
        """The question for the organisation in this file, or "not from an organisation"."""
        organisation = offer(path)
        if organisation is None:
            box = self.answer = not_an_organisation_box()
            box.open()
            return box
        question = self.question = AddOrganisationDialog(organisation, self.window())
        question.accepted.connect(lambda: self._added(organisation))
        question.open()
        return question

    def _added(self, organisation: TrustedOrganisation) -> None:
        remember(organisation)
        if self.home_window.trust is None:
            self.home_window.trust = Trust()
        self.home_window.trust.add(organisation)
        box = self.answer = added_box(organisation)
        box.open()


def added_box(organisation: TrustedOrganisation) -> QMessageBox:
    box = QMessageBox()
    box.setObjectName("organisationAdded")
    box.setWindowTitle(translate("AddOrganisation", "Add an organisation"))
    box.setText(
        translate("AddOrganisation", "Done. The app now trusts {organisation}.").format(
            organisation=organisation.name
        )
    )
    box.addButton(translate("AddOrganisation", "Close"), QMessageBox.ButtonRole.AcceptRole)
    return box


def _who_section() -> int:
    """Where the page speaks of organisations (by its heading, in the current language)."""
    headings = [heading for heading, _ in sections()]
    wanted = translate("SafetyPage", "Who is your helper?")
    return headings.index(wanted) if wanted in headings else WHO_SECTION


def offer_entry(page: InfoPage, window: HomeWindow) -> AddOrganisationEntry | None:
    """Put the entry on the page, unless this is a loan computer (which keeps nothing)."""
    return None if keeps_nothing() else AddOrganisationEntry(page, window)
