"""Private moments and protected pages while the screen is shared: the privacy policy
(`privacy.py`) wired to the focus watch, the capture, the input sink and the supporter.

Runs on the event loop; the focus watch's reports are marshalled onto it. Every state
change takes effect before the next supporter message is handled: blanks go to the
capture (which withholds frames taken before), held keys and buttons are released when
input becomes blocked, and the supporter is told why (`refused`), once per change.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .capture import ScreenCapture
from .platform.focus import FocusCallback, FocusReport, FocusWatch
from .platform.input import InputSink
from .privacy import Privacy, PrivacyState
from .privacy_rules import shipped

log = logging.getLogger("assist.agent.privacy")

MakeFocusWatch = Callable[[FocusCallback], FocusWatch]


@dataclass(frozen=True)
class PrivacyChanged:
    """What privacy takes away now; the window tells the home user."""

    state: PrivacyState


def default_focus_watch(on_focus: FocusCallback) -> FocusWatch | None:
    """This desktop's focus watch, or None where the backend has none (docs/SECURITY.md)."""
    from . import platform

    make = getattr(platform.backend(), "make_focus_watch", None)
    return make(on_focus) if make is not None else None


def connect_privacy(share_bar: Any, session_of: Callable[[], Any]) -> None:
    """The share bar's Protect this window and Allow again reach the session."""

    def protect() -> None:
        if (session := session_of()) is not None:
            session.protect_window()

    def allow_again() -> None:
        if (session := session_of()) is not None:
            session.allow_again()

    share_bar.protect_button.clicked.connect(protect)
    share_bar.allow_again_button.clicked.connect(allow_again)


def make_privacy(titles: tuple[str, ...] = (), blank_protected: bool = False) -> Privacy:
    """The policy with the shipped list and the organisation's additions."""
    return Privacy(shipped(titles), blank_protected=blank_protected)


class PrivacyGuard:
    """Applies the privacy policy's decisions; one per shared-screen period."""

    def __init__(
        self,
        privacy: Privacy,
        capture: ScreenCapture,
        send: Callable[..., bool],
        emit: Callable[[PrivacyChanged], None],
        *,
        clock: Callable[[], float] = time.monotonic,
        make_focus_watch: Callable[[FocusCallback], FocusWatch | None] = default_focus_watch,
    ) -> None:
        self.privacy = privacy
        self.capture = capture
        self._send = send
        self._emit = emit
        self._clock = clock
        self._make_focus_watch = make_focus_watch
        self.watch: FocusWatch | None = None
        self.input_sink: InputSink | None = None
        self._shown = PrivacyState()
        self.protect_delays: list[float] = []  # seconds from a focus report to blocking

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            self.watch = self._make_focus_watch(
                lambda report: loop.call_soon_threadsafe(self.focus, report)
            )
        except Exception:  # no watch: private moments still work (docs/SECURITY.md)
            log.exception("no focus watch: protected pages cannot be noticed")
            self.watch = None
        if self.watch is not None:
            self.watch.start()

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
        self.capture.set_blank(False, ())

    def refusal(self, kind: str) -> str | None:
        """Why a supporter's input message must be refused now, or None."""
        return self.privacy.refusal(kind)

    # -- the world and the home user -------------------------------------------------------
    def focus(self, report: FocusReport) -> None:
        started = self._clock()
        before = self._shown.blocks_input
        self._apply(self.privacy.focus(started, report))
        if self._shown.blocks_input and not before:
            self.protect_delays.append(self._clock() - started)

    def protect_current(self) -> bool:
        done = self.privacy.protect_current(self._clock())
        self._apply(self.privacy.state)
        return done

    def begin_private(self) -> None:
        self._apply(self.privacy.begin_private(self._clock()))

    def end_private(self) -> None:
        self._apply(self.privacy.end_private(self._clock()))

    def allow_again(self) -> None:
        self._apply(self.privacy.allow_again(self._clock()))

    # -- inside ----------------------------------------------------------------------------
    def _apply(self, state: PrivacyState) -> None:
        shown, self._shown = self._shown, state
        if state == shown:
            return
        self.capture.set_blank(state.blank_all, state.blank_rects)
        newly_blocked = (state.blocks_input and not shown.blocks_input) or (
            state.password and not shown.password
        )
        if newly_blocked and self.input_sink is not None:
            self.input_sink.release_all()
        if newly_blocked:
            reason = "protected" if state.blocks_input else "password"
            reason = "private" if state.private else reason
            self._send("refused", reason=reason)
        log.info(
            "privacy: private=%s protected=%s password=%s ask_after_login=%s",
            state.private, state.protected is not None, state.password, state.ask_after_login,
        )  # fmt: skip
        self._emit(PrivacyChanged(state))
