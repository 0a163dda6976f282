"""Under the first page's introduction: who set this app up, and on a loan computer
that nothing stays (both from the organisation's assist.toml, docs/INSTALL.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assist_ui import widgets

translate = QCoreApplication.translate


class StartNotes(QWidget):
    """Two short sentences, each shown only when it applies."""

    def __init__(self, organisation: str = "", loan_device: bool = False) -> None:
        super().__init__()
        self.organisation = organisation
        self.organisation_label = widgets.text()
        self.organisation_label.setObjectName("organisationLabel")
        self.organisation_label.setVisible(bool(organisation))
        self.loan_device_label = widgets.text()
        self.loan_device_label.setObjectName("loanDeviceLabel")
        self.loan_device_label.setVisible(loan_device)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.organisation_label)
        layout.addWidget(self.loan_device_label)
        self.setVisible(bool(organisation) or loan_device)

    def retranslate(self) -> None:
        self.organisation_label.setText(
            translate("HomeWindow", "This app comes from {organisation}.").format(
                organisation=self.organisation
            )
        )
        self.loan_device_label.setText(
            translate("HomeWindow", "This app keeps nothing on this computer after you close it.")
        )
