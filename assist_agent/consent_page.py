"""The helper app's consent page: who asks to see the screen, and Allow or Do not allow.

Moved out of window.py (issue 16); the window only builds it, connects its buttons and
calls `show_request` and `retranslate`.

Two faces (issue 16):
- **verified**: a trusted organisation vouches for this supporter's key. The
  organisation's name is the largest text, then the person, then "… has confirmed who
  this person is." Allow can be clicked at once.
- **unverified**: a warning in plain words and a question, "Did you call them, or did
  they call you?". "They called me" refuses sharing (`they_called` is emitted; the
  window declines and the ended page gives the advice). "I called them" shows Allow,
  which can be clicked only after a short pause.
Both say whether this key helped before, and call out a known name with a new key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from assist_ui import widgets
from crypto.certificates import Verified

from .history import Familiarity

translate = QCoreApplication.translate

ALLOW_PAUSE_MS = 5000  # unverified: time to think before Allow works


class ControlPowers(QFrame):
    """Shown in the control question when the supporter is unverified (issue 16, item 5):
    what they could do, one sentence each, and the online-bank rule again."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("controlPowers")
        self.lines = [widgets.text(self) for _ in range(5)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for line in self.lines:
            layout.addWidget(line)
        self.hide()

    def retranslate(self) -> None:
        texts = (
            translate("ConsentPage", "We do not know who this person is."),
            translate("ConsentPage", "They can move your mouse and click on anything."),
            translate("ConsentPage", "They can type on your keyboard."),
            translate("ConsentPage", "They can open your files, your email and your programs."),
            translate("ConsentPage", "Never allow this while your online bank is open."),
        )
        for line, text in zip(self.lines, texts, strict=True):
            line.setText(text)


class ConsentPage(QWidget):
    """ "{name} wants to see your screen." with who vouches for them and the answers."""

    they_called = Signal()  # the home user said the supporter called them: refuse

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consentPage")
        self.name = ""
        self.mark = ""
        self.verified: Verified | None = None
        self.familiarity = Familiarity(0, False)
        self.refused = False  # "they called me" was the answer
        self.organisation = widgets.heading()  # the largest text when verified
        self.organisation.setObjectName("consentOrganisation")
        self.heading = widgets.heading()
        self.confirmed = widgets.text()
        self.confirmed.setObjectName("consentConfirmed")
        self.warning = widgets.text()
        self.warning.setObjectName("consentWarning")
        self.warning.setProperty("role", "subheading")  # bold: it must not be missed
        self.familiar = widgets.text()
        self.familiar.setObjectName("consentFamiliar")
        self.mark_label = widgets.text()
        self.mark_label.setObjectName("askMark")
        self.safety = widgets.text()
        self.who_called = widgets.text()
        self.i_called_button = widgets.button("iCalledButton")
        self.they_called_button = widgets.button("theyCalledButton")
        self.call_row = widgets.row(self.i_called_button, self.they_called_button)
        self.question = widgets.text()
        self.pause_note = widgets.text()
        self.decline_button = widgets.button("declineButton")
        self.allow_button = widgets.button("allowButton", "primary")
        self.answer_row = widgets.row(self.decline_button, self.allow_button)
        self.control_powers = ControlPowers()  # the window puts it in the control question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        for each in (
            self.organisation, self.heading, self.confirmed, self.warning, self.familiar,
            self.mark_label, self.safety, self.who_called, self.call_row, self.question,
            self.pause_note, self.answer_row,
        ):  # fmt: skip
            layout.addWidget(each)
        layout.addStretch(1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._end_pause)
        self.i_called_button.clicked.connect(self._i_called)
        self.they_called_button.clicked.connect(self._they_called)

    def show_request(
        self,
        name: str,
        mark: str,
        verified: Verified | None = None,
        familiarity: Familiarity | None = None,
    ) -> None:
        """A new supporter asks: their name, the mark of their proven key, who vouches."""
        self.name, self.mark, self.verified = name, mark, verified
        self.familiarity = familiarity or Familiarity(0, False)
        self.refused = False
        self._pause.stop()
        unverified = verified is None
        for each in (self.warning, self.who_called, self.call_row):
            each.setVisible(unverified)
        self.organisation.setVisible(not unverified)
        self.confirmed.setVisible(not unverified)
        self.heading.setProperty("role", "heading" if unverified else "subheading")
        self.heading.style().unpolish(self.heading)
        self.heading.style().polish(self.heading)
        self.pause_note.hide()
        self.question.setVisible(not unverified)
        self.answer_row.setVisible(not unverified)
        self.allow_button.setEnabled(not unverified)
        self.control_powers.setVisible(unverified)
        self.retranslate()

    def first_focus(self) -> QWidget:
        """Where the keyboard starts: never on Allow."""
        return self.decline_button if self.verified is not None else self.they_called_button

    def retranslate(self) -> None:
        name = self.name
        organisation = self.verified.organisation if self.verified else ""
        self.organisation.setText(organisation)
        self.heading.setText(
            translate("HomeWindow", "{name} wants to see your screen.").format(name=name)
        )
        self.confirmed.setText(
            translate("ConsentPage", "{organisation} has confirmed who this person is.").format(
                organisation=organisation
            )
        )
        self.warning.setText(
            translate(
                "ConsentPage",
                "We do not know who this person is. "
                "Companies and authorities never call you to ask for this.",
            )
        )
        self.familiar.setText(self._familiar_text())
        self.safety.setText(
            translate(
                "HomeWindow",
                "Only allow this if you know this person. Never allow it while your online "
                "bank is open.",
            )
        )
        self.who_called.setText(
            translate("ConsentPage", "Did you call them, or did they call you?")
        )
        self.i_called_button.setText(translate("ConsentPage", "I called them"))
        self.they_called_button.setText(translate("ConsentPage", "They called me"))
        self.pause_note.setText(
            translate("ConsentPage", "Take a moment to think. Then you can answer.")
        )
        self.question.setText(
            translate("HomeWindow", "Can {name} see your screen?").format(name=name)
        )
        self.allow_button.setText(translate("HomeWindow", "Allow"))
        self.decline_button.setText(translate("HomeWindow", "Do not allow"))
        self.mark_label.setText(
            translate(
                "HomeWindow", "Helper mark: {mark}. The same helper always has the same mark."
            ).format(mark=widgets.ltr(self.mark))
        )
        self.mark_label.setVisible(bool(self.mark))
        self.control_powers.retranslate()

    def take_refusal(self) -> bool:
        """Whether "They called me" ended this request (asked once, when the help ends)."""
        refused, self.refused = self.refused, False
        return refused

    def _familiar_text(self) -> str:
        seen = self.familiarity
        if seen.name_taken:
            return translate(
                "ConsentPage",
                "Someone calls themselves {name}, but it is not the {name} who helped you before.",
            ).format(name=self.name)
        times = seen.times_helped
        if times:
            # self.tr: lupdate marks plurals only there (the context is "ConsentPage").
            text = self.tr("{name} has helped you %n times.", "", times)
            return text.format(name=self.name)
        return translate("ConsentPage", "This is the first time this person helps you.")

    def _i_called(self) -> None:
        """The home user called them: Allow appears, and works after a short pause."""
        self.call_row.hide()
        self.question.show()
        self.answer_row.show()
        self.pause_note.show()
        self.allow_button.setEnabled(False)
        self._pause.start(ALLOW_PAUSE_MS)
        self.decline_button.setFocus()
        widgets.announce(self, self.pause_note.text())

    def _end_pause(self) -> None:
        self.pause_note.hide()
        self.allow_button.setEnabled(True)

    def _they_called(self) -> None:
        """They called: sharing is refused; the ended page says what to do."""
        self.refused = True
        self.call_row.hide()
        self.answer_row.hide()
        self.they_called.emit()
