"""Choosing the microphone, speaker and camera in the call's test step.

The desktop's default devices just work; a choice is shown only for a kind of device
the computer has more than one of. Each choice is a labelled drop-down list (the label
is its name for screen readers, and Alt plus the underlined letter reaches it), used
with the keyboard like any list. The devices keep the names the computer gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from assist_media.audio_io import Device
from assist_media.call_media import CallDevices

translate = QCoreApplication.translate
KINDS = ("microphone", "speaker", "camera")


class DeviceChoice(QWidget):
    """Three labelled lists; `choose(kind, name)` is called when the person picks one
    ('' is the computer's usual device)."""

    def __init__(self, choose: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._choose = choose
        self._filling = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the label above
        self.labels: dict[str, QLabel] = {}
        self.lists: dict[str, QComboBox] = {}
        for kind in KINDS:
            label, box = QLabel(), QComboBox()
            box.setObjectName(f"callChoose_{kind}")
            box.setMinimumHeight(44)
            # A long device name does not widen the window: the list shows it in full.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
            label.setBuddy(box)
            box.currentIndexChanged.connect(lambda index, k=kind: self._picked(k, index))
            form.addRow(label, box)
            self.labels[kind], self.lists[kind] = label, box
        self.devices: CallDevices | None = None
        self.retranslate()
        self.show_devices(None)

    def show_devices(self, devices: CallDevices | None) -> None:
        """Fill the lists (from the call's CallDevices event); a kind with one device
        or none is not shown at all."""
        self.devices = devices
        self._filling = True
        try:
            for kind in KINDS:
                found: Sequence[Device] = getattr(devices, f"{kind}s", ()) if devices else ()
                chosen = getattr(devices, kind, "") if devices else ""
                box = self.lists[kind]
                box.clear()
                box.addItem(self._usual(kind), "")
                for device in found:
                    box.addItem(device.label, device.name)
                index = box.findData(chosen)
                box.setCurrentIndex(max(index, 0))
                visible = len(found) > 1
                box.setVisible(visible)
                self.labels[kind].setVisible(visible)
        finally:
            self._filling = False
        self.setVisible(any(box.isVisibleTo(self) for box in self.lists.values()))

    def _picked(self, kind: str, index: int) -> None:
        if not self._filling and index >= 0:
            self._choose(kind, str(self.lists[kind].itemData(index) or ""))

    def _usual(self, kind: str) -> str:
        if kind == "microphone":
            return translate("HomeCall", "The computer's usual microphone")
        if kind == "speaker":
            return translate("HomeCall", "The computer's usual speaker")
        return translate("HomeCall", "The computer's usual camera")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {
            "microphone": translate("HomeCall", "&Microphone:"),
            "speaker": translate("HomeCall", "&Speaker:"),
            "camera": translate("HomeCall", "&Camera:"),
        }
        for kind, text in words.items():
            self.labels[kind].setText(text)
            self.lists[kind].setAccessibleName(text.replace("&", "").rstrip(":"))
            self.lists[kind].setItemText(0, self._usual(kind))
