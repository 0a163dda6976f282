"""Practice: a pretend help session with a simulated helper, so nothing can go wrong.

Everything is local: no network, no code sent anywhere, no screen picture taken. A
pretend helper ("Maria") goes through the same steps as real help — the code, the
question "Can Maria see your screen?", her pointer moving on the screen, and Stop —
while a banner at the top says all the time that this is practice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from assist_ui import widgets
from assist_ui.language import set_arrow

translate = QCoreApplication.translate

PRETEND_CODE = "1000 2468 1357 9"


@dataclass
class PracticeTimings:
    """How fast the pretend helper is; tests pass shorter times."""

    typing_ms: int = 2500  # the pretend helper "types the code"
    pointer_step_ms: int = 2000  # the pointer rests this long at each place


# Where the pretend helper points, as fractions of the screen; the last stop is the
# Stop button itself, wherever it is.
POINTER_TOUR = ((0.25, 0.25), (0.75, 0.3), (0.5, 0.65))


def helper_name() -> str:
    return translate("Practice", "Maria", "the pretend helper's name in practice mode")


class PracticePage(QWidget):
    """The practice steps, inside the helper app's window, always marked as practice."""

    finished = Signal()

    def __init__(self, timings: PracticeTimings | None = None) -> None:
        super().__init__()
        self.setObjectName("practicePage")
        self.timings = timings or PracticeTimings()
        self.overlay = None  # a TeachingOverlay while the pretend helper points
        self.step = "intro"
        self.tour_index = 0
        self._build()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.timeout.connect(lambda: self._go("ask"))
        self._pointer = QTimer(self)
        self._pointer.setInterval(self.timings.pointer_step_ms)
        self._pointer.timeout.connect(self._point_next)
        self.retranslate()

    # -- building -----------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("practiceBanner")
        self.banner.setProperty("role", "practice")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.end_button = widgets.button("practiceEndButton")
        self.end_button.clicked.connect(self.end_practice)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.banner, 1)
        top_layout.addWidget(self.end_button)

        self.steps = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}

        self.intro_heading = widgets.heading()
        self.intro_text = widgets.text()
        self.start_button = widgets.button("practiceStartButton", "primary")
        self.start_button.clicked.connect(lambda: self._go("code"))
        self.back_button = widgets.button("practiceBackButton")
        self.back_button.clicked.connect(self.end_practice)
        self._add("intro", self.intro_heading, self.intro_text,
                  widgets.row(self.back_button, self.start_button))  # fmt: skip

        self.code_heading = widgets.heading()
        self.code_label = widgets.text()
        self.code_label.setObjectName("practiceCode")
        self.code_label.setProperty("role", "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_text = widgets.text()
        self.read_button = widgets.button("practiceReadButton", "primary")
        self.read_button.clicked.connect(lambda: self._go("waiting"))
        self._add("code", self.code_heading, self.code_label, self.code_text,
                  widgets.row(self.read_button))  # fmt: skip

        self.waiting_heading = widgets.heading()
        self._add("waiting", self.waiting_heading)

        self.ask_heading = widgets.heading()
        self.ask_safety = widgets.text()
        self.ask_question = widgets.text()
        self.ask_hint = widgets.text()
        self.decline_button = widgets.button("practiceDeclineButton")
        self.allow_button = widgets.button("practiceAllowButton", "primary")
        self.decline_button.clicked.connect(lambda: self._go("declined"))
        self.allow_button.clicked.connect(lambda: self._go("sharing"))
        self._add("ask", self.ask_heading, self.ask_safety, self.ask_question, self.ask_hint,
                  widgets.row(self.decline_button, self.allow_button))  # fmt: skip

        self.declined_heading = widgets.heading()
        self.declined_text = widgets.text()
        self.again_after_no = widgets.button("practiceTryAgainButton", "primary")
        self.again_after_no.clicked.connect(lambda: self._go("code"))
        self._add("declined", self.declined_heading, self.declined_text,
                  widgets.row(self.again_after_no))  # fmt: skip

        self.sharing_heading = widgets.heading()
        self.sharing_heading.setObjectName("practiceSharingHeading")
        self.sharing_text = widgets.text()
        self.helper_says = widgets.text()
        self.helper_says.setObjectName("practiceHelperSays")
        self.stop_button = widgets.button("practiceStopButton", "danger")
        self.stop_button.setMinimumHeight(72)
        self.stop_button.clicked.connect(lambda: self._go("done"))
        self._add("sharing", self.sharing_heading, self.sharing_text, self.helper_says,
                  widgets.row(self.stop_button))  # fmt: skip

        self.done_heading = widgets.heading()
        self.done_text = widgets.text()
        self.again_button = widgets.button("practiceAgainButton")
        self.again_button.clicked.connect(lambda: self._go("intro"))
        self.finish_button = widgets.button("practiceFinishButton", "primary")
        self.finish_button.clicked.connect(self.end_practice)
        self._add("done", self.done_heading, self.done_text,
                  widgets.row(self.again_button, self.finish_button))  # fmt: skip

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(top)
        layout.addWidget(self.steps, 1)

    def _add(self, name: str, *children: QWidget) -> None:
        page, layout = widgets.page(*children)
        layout.setContentsMargins(8, 16, 8, 16)
        layout.addStretch(1)
        self.pages[name] = page
        self.steps.addWidget(page)

    # -- words ----------------------------------------------------------------------
    def retranslate(self) -> None:
        name = helper_name()
        self.banner.setText(
            translate("Practice", "Practice. This is not real help. Nobody sees your screen.")
        )
        self.end_button.setText(translate("Practice", "End practice"))
        self.intro_heading.setText(translate("Practice", "Practise getting help"))
        self.intro_text.setText(
            translate(
                "Practice",
                "Here you can try how getting help works. A pretend helper called {name} "
                "helps you. Nothing here is real. You cannot make a mistake.",
            ).format(name=name)
        )
        self.start_button.setText(translate("Practice", "Start practice"))
        self.back_button.setText(translate("Practice", "Back"))
        set_arrow(self.back_button, "back")
        self.code_heading.setText(translate("Practice", "Read this code to your helper."))
        self.code_label.setText(widgets.ltr(PRETEND_CODE))
        self.code_label.setAccessibleName(
            translate("Practice", "The practice code is {code}.").format(code=PRETEND_CODE)
        )
        self.code_text.setText(
            translate(
                "Practice",
                "In real help, you read the code to your helper on the phone. "
                "Now you only pretend. Press the button when you are ready.",
            )
        )
        self.read_button.setText(translate("Practice", "I read the code"))
        set_arrow(self.read_button, "forward")
        self.waiting_heading.setText(
            translate("Practice", "{name} typed the code. Please wait a moment.").format(name=name)
        )
        self.ask_heading.setText(
            translate("Practice", "{name} wants to see your screen.").format(name=name)
        )
        self.ask_safety.setText(
            translate(
                "Practice",
                "Only allow this if you know this person. Never allow it while your online "
                "bank is open.",
            )
        )
        self.ask_question.setText(
            translate("Practice", "Can {name} see your screen?").format(name=name)
        )
        self.ask_hint.setText(
            translate("Practice", "This is practice. You can press either button.")
        )
        self.decline_button.setText(translate("Practice", "Do not allow"))
        self.allow_button.setText(translate("Practice", "Allow"))
        self.declined_heading.setText(translate("Practice", "You said no."))
        self.declined_text.setText(
            translate(
                "Practice",
                "That is right if you do not know the person. "
                "In real help, nobody sees your screen now.",
            )
        )
        self.again_after_no.setText(translate("Practice", "Try again"))
        self.sharing_heading.setText(
            translate("Practice", "{name} sees your screen.").format(name=name)
        )
        self.sharing_text.setText(
            translate(
                "Practice", "Look at your screen. {name} shows you things with a pointer."
            ).format(name=name)
        )
        self.helper_says.setText(self._helper_line())
        self.stop_button.setText(translate("Practice", "Stop"))
        self.stop_button.setAccessibleName(translate("Practice", "Stop sharing your screen"))
        self.done_heading.setText(translate("Practice", "Well done!"))
        self.done_text.setText(
            translate(
                "Practice",
                "You stopped the help. Nobody sees your screen now. "
                "You can stop real help in the same way.",
            )
        )
        self.again_button.setText(translate("Practice", "Practise again"))
        self.finish_button.setText(translate("Practice", "Back to start"))

    def _helper_line(self) -> str:
        name = helper_name()
        if self.tour_index > len(POINTER_TOUR):
            return translate(
                "Practice", "{name} says: Now press Stop. You can always stop like this."
            ).format(name=name)
        return translate(
            "Practice", "{name} says: Hello! Can you see my pointer? It shows where I look."
        ).format(name=name)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt name)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the steps ------------------------------------------------------------------
    def begin(self) -> None:
        """Start from the first step (called when the home user opens practice)."""
        self._go("intro")

    def _go(self, step: str) -> None:
        self._typing.stop()
        self._pointer.stop()
        self._hide_pointer()
        self.step = step
        self.tour_index = 0
        self.retranslate()
        self.steps.setCurrentWidget(self.pages[step])
        focus = {
            "intro": self.start_button,
            "code": self.read_button,
            "waiting": self.end_button,
            # As in real help: the keyboard starts on the safe answer, never on Allow.
            "ask": self.decline_button,
            "declined": self.again_after_no,
            "sharing": self.stop_button,
            "done": self.finish_button,
        }[step]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        heading = self.pages[step].findChild(QLabel)
        if heading is not None:
            widgets.announce(self, heading.text())
        if step == "waiting":
            self._typing.start(self.timings.typing_ms)
        elif step == "sharing":
            self._start_pointer()

    def end_practice(self) -> None:
        self._typing.stop()
        self._pointer.stop()
        self._close_overlay()
        self.step = "intro"
        self.finished.emit()

    # -- the pretend helper's pointer ---------------------------------------------------
    def _screen_area(self) -> QRect:
        screen = self.screen()
        return screen.geometry() if screen is not None else QRect(0, 0, 1280, 720)

    def _start_pointer(self) -> None:
        if self.overlay is None:
            from .overlay import TeachingOverlay

            self.overlay = TeachingOverlay(self._screen_area(), parent=self)
        self.overlay.set_area(self._screen_area())
        self.overlay.show_border()
        self._point_next()
        self._pointer.start()

    def pointer_target(self) -> tuple[float, float]:
        """Where the pointer goes next, as fractions of the screen."""
        if self.tour_index < len(POINTER_TOUR):
            return POINTER_TOUR[self.tour_index]
        area = self._screen_area()
        centre = self.stop_button.mapToGlobal(
            QPoint(self.stop_button.width() // 2, self.stop_button.height() // 2)
        )
        return (
            (centre.x() - area.x()) / max(1, area.width()),
            (centre.y() - area.y()) / max(1, area.height()),
        )

    def _point_next(self) -> None:
        if self.overlay is None:
            return
        x, y = self.pointer_target()
        self.overlay.move_pointer(x, y)
        self.tour_index += 1
        if self.tour_index > len(POINTER_TOUR):
            self._pointer.stop()  # the pointer rests on the Stop button
            self.helper_says.setText(self._helper_line())
            widgets.announce(self.helper_says, self.helper_says.text())

    def _hide_pointer(self) -> None:
        if self.overlay is not None:
            self.overlay.hide_pointer()
            self.overlay.hide_border()

    def _close_overlay(self) -> None:
        # Hidden, not dropped: one overlay lives as long as the page (PySide 6.11 crashed
        # when an overlay was freed while Qt still had its timers' work queued).
        if self.overlay is not None:
            self.overlay.clear()
            self._hide_pointer()
