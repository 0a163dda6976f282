"""A home user adds an organisation that vouches for its helpers (issue 16).

The simplest safe way we found: the organisation gives the person a small file (its
trust line, `assist-org export --out FILE`), in person or from its own web site, and
the person opens it with `assist-agent --add-organisation FILE`. The app shows the
organisation's name and its mark (key fingerprint) and asks; "No" has the focus, and
only "Yes" keeps it (`trust.remember`, never on a loan computer). A file that does not
verify changes nothing. Why no QR code: it would need a camera on the home user's
computer and leaves the same question to ask.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from assist_ui import widgets
from assist_ui.scrolling import ScrollColumn
from assist_ui.settings import keeps_nothing
from crypto.certificates import CertificateError, TrustedOrganisation

from .trust import read_offer, remember

translate = QCoreApplication.translate


class AddOrganisationDialog(QDialog):
    """ "Do you want to trust {organisation}?" with its mark, No (focused) and Yes."""

    def __init__(self, organisation: TrustedOrganisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addOrganisation")
        self.organisation = organisation
        self.heading = widgets.heading()
        self.what = widgets.text()
        self.careful = widgets.text()
        self.mark = widgets.text()
        self.no_button = widgets.button("noButton")
        self.yes_button = widgets.button("yesButton", "primary")
        self.no_button.clicked.connect(self.reject)
        self.yes_button.clicked.connect(self.accept)
        body = QWidget()
        body.setObjectName("readingColumn")  # at most ~70 characters a line (style sheet)
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 32, 32, 8)
        column.setSpacing(16)
        for each in (self.heading, self.what, self.careful, self.mark):
            column.addWidget(each)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 24)
        # Large text still fits: the words scroll up and down, the answers stay in view.
        layout.addWidget(ScrollColumn(body), 1)
        layout.addWidget(widgets.row(self.no_button, self.yes_button))
        self.retranslate()
        self.resize(640, 420)
        self.no_button.setDefault(True)
        self.no_button.setFocus()

    def retranslate(self) -> None:
        name = self.organisation.name
        self.setWindowTitle(translate("AddOrganisation", "Add an organisation"))
        self.heading.setText(
            translate("AddOrganisation", "Do you want to trust {organisation}?").format(
                organisation=name
            )
        )
        self.what.setText(
            translate(
                "AddOrganisation",
                "Then the app can tell you when a helper works for {organisation}.",
            ).format(organisation=name)
        )
        self.careful.setText(
            translate(
                "AddOrganisation",
                "Say yes only if {organisation} gave you this file themselves.",
            ).format(organisation=name)
        )
        self.mark.setText(
            translate(
                "AddOrganisation", "Their mark is {mark}. Ask them to read their mark to you."
            ).format(mark=widgets.ltr(self.organisation.fingerprint))
        )
        self.yes_button.setText(translate("AddOrganisation", "Yes, trust them"))
        self.no_button.setText(translate("AddOrganisation", "No"))


def not_an_organisation_box() -> QMessageBox:
    box = QMessageBox()
    box.setObjectName("notAnOrganisation")
    box.setWindowTitle(translate("AddOrganisation", "Add an organisation"))
    box.setText(
        translate("AddOrganisation", "This file is not from an organisation. Nothing was changed.")
    )
    box.addButton(translate("AddOrganisation", "Close"), QMessageBox.ButtonRole.AcceptRole)
    return box


def offer(path: Path) -> TrustedOrganisation | None:
    """The organisation in the file, or None when the file does not verify."""
    try:
        return read_offer(path)
    except CertificateError:
        return None


def add_from_file(path: Path, lang: str | None) -> int:
    """`--add-organisation FILE`: ask the home user, keep the answer; exit code 0/1/2."""
    import i18n
    from assist_ui.app import Translations, make_application

    app = make_application()
    Translations(app).switch(i18n.pick_language(lang))
    if keeps_nothing():
        return 2  # a loan computer keeps no organisation
    organisation = offer(path)
    if organisation is None:
        not_an_organisation_box().exec()
        return 2
    if AddOrganisationDialog(organisation).exec() != QDialog.DialogCode.Accepted:
        return 1
    remember(organisation)
    return 0
