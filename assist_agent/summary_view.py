"""After the help: a short summary, and the home user's own list of past help."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QCheckBox, QListWidget, QVBoxLayout, QWidget

from assist_ui import widgets

from .history import HelpRecord, History, keeps_chat, set_keeps_chat

translate = QCoreApplication.translate


def minutes(seconds: float) -> int:
    """Whole minutes for people: anything above zero counts as at least one."""
    return 0 if seconds <= 0 else max(1, math.ceil(seconds / 60 - 0.25))


class SummaryText(QWidget):
    """Who helped, how long they saw the screen, how long they used mouse and keyboard."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("summary")
        self.label = widgets.text(self)
        self.label.setObjectName("summaryText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.record: HelpRecord | None = None

    def show_record(self, record: HelpRecord | None) -> None:
        self.record = record
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText("\n".join(self.sentences(self.record)) if self.record else "")

    def sentences(self, record: HelpRecord) -> list[str]:
        name = record.supporter
        seen, used = minutes(record.seen_seconds), minutes(record.controlled_seconds)
        lines = [
            self.tr("{name} helped you.").format(name=name),
            self.tr("{name} saw your screen for %n minutes.", "", seen).format(name=name),
        ]
        if used:
            lines.append(
                self.tr("{name} used your mouse and keyboard for %n minutes.", "", used).format(
                    name=name
                )
            )
        else:
            lines.append(self.tr("{name} did not use your mouse or keyboard.").format(name=name))
        if record.private_moments:  # how many, never what was in them (issue 19)
            lines.append(self.tr("You had %n private moments.", "", record.private_moments))
        if record.protected_pages:
            lines.append(
                self.tr(
                    "A protected page, like your bank, was open %n times. {name} could not use it.",
                    "",
                    record.protected_pages,
                ).format(name=name)
            )
        return lines


class HistoryPage(QWidget):
    """Past help, kept only on this computer; the home user can delete it all."""

    def __init__(self, history: History) -> None:
        super().__init__()
        self.history = history
        self.heading = widgets.heading(self)
        self.explain = widgets.text(self)
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        # Long lines wrap instead of scrolling sideways (large text, narrow windows).
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = widgets.text(self)
        self.delete_button = widgets.button("deleteHistoryButton", "danger")
        self.delete_button.clicked.connect(self.delete_all)
        self.back_button = widgets.button("historyBackButton")
        # The home user decides whether the chat is kept (issue 15, item 11).
        self.keep_chat = QCheckBox(self)
        self.keep_chat.setObjectName("keepChatCheckBox")
        self.keep_chat.setMinimumHeight(44)
        self.keep_chat.setChecked(keeps_chat())
        self.keep_chat.toggled.connect(self.choose_keep_chat)
        self._summary = SummaryText()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        for each in (self.heading, self.explain, self.list, self.empty, self.keep_chat):
            layout.addWidget(each)
        layout.addWidget(self.delete_button)
        layout.addWidget(self.back_button)

    def retranslate(self) -> None:
        self.heading.setText(translate("HistoryPage", "Past help"))
        self.explain.setText(
            translate("HistoryPage", "This list is only on this computer. You can delete it.")
        )
        self.empty.setText(translate("HistoryPage", "There is nothing here."))
        self.keep_chat.setText(translate("HistoryPage", "Keep the chat in this list"))
        self.delete_button.setText(translate("HistoryPage", "Delete all"))
        self.back_button.setText(translate("HistoryPage", "Back"))
        self.list.setAccessibleName(translate("HistoryPage", "Past help"))
        self.refresh()

    def refresh(self) -> None:
        self.keep_chat.blockSignals(True)
        self.keep_chat.setChecked(keeps_chat())
        self.keep_chat.blockSignals(False)
        self.list.clear()
        records = self.history.records()
        for record in records:
            when = QDateTime.fromSecsSinceEpoch(int(record.started or time.time()))
            date = self.locale().toString(when, self.locale().FormatType.ShortFormat)
            self.list.addItem(" ".join([date, *self._summary.sentences(record)]))
        self.empty.setVisible(not records)
        self.list.setVisible(bool(records))
        self.delete_button.setEnabled(bool(records))

    def choose_keep_chat(self, keep: bool) -> None:
        """The home user's choice; turning it off also removes the chat already kept."""
        set_keeps_chat(keep)
        if not keep:
            self.history.forget_chat()
        self.refresh()

    def delete_all(self) -> None:
        self.history.clear()
        self.refresh()
