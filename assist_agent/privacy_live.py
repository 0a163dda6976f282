"""Private moments and protected pages while the screen is shared: the privacy policy
(`privacy.py`) wired to the focus watch, the capture, the input sink and the supporter.

Runs on the event loop; the focus watch's reports are marshalled onto it. Every state
change takes effect before the next supporter message is handled: blanks go to the
capture (which withholds frames taken before), held keys and buttons are released when
input becomes blocked, and the supporter is told why (`refused`), once per change.

Presses aimed at a protected window that is not focused are refused on the input
worker, just before they would be injected (`point_refusal`, the sink's `point_check`
where the backend's sink offers one): a click decided earlier on the loop could meet
another window by the time it lands.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .capture import ScreenCapture
from .platform.focus import FocusCallback, FocusReport, FocusWatch, watch_windows, window_at
from .platform.input import InputSink
from .privacy import Privacy, PrivacyState
from .privacy_rules import shipped

log = logging.getLogger("assist.agent.privacy")

MakeFocusWatch = Callable[[FocusCallback], FocusWatch]


@dataclass(frozen=True)
class PrivacyChanged:
    """What privacy takes away now; the window tells the home user."""

    state: PrivacyState
    at: float = 0.0  # when it took effect (the guard's clock)


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
    """Applies the privacy policy's decisions; one per shared-screen period.

    A focus report takes effect on the focus watch's own thread, under a lock: the
    policy's state (which `refusal` reads for every supporter message), the capture's
    blank and the release of held input do not wait for the event loop, which may be
    busy with video. Telling the supporter and the home user follows on the loop."""

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
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self.watch: FocusWatch | None = None
        self.input_sink: InputSink | None = None
        self._applied = PrivacyState()  # what the capture and sink were told (any thread)
        self._shown = PrivacyState()  # what the supporter and home user were told (loop)

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        try:
            self.watch = self._make_focus_watch(self.focus)
        except Exception:  # no watch: private moments still work (docs/SECURITY.md)
            log.exception("no focus watch: protected pages cannot be noticed")
            self.watch = None
        if self.watch is not None:
            self.watch.start()
            if self.privacy.blank_protected:  # visible protected windows are blanked too
                watch_windows(self.watch, self.windows)
        if self.input_sink is not None and hasattr(self.input_sink, "point_check"):
            self.input_sink.point_check = self.point_refusal

    def stop(self) -> None:
        if self.input_sink is not None and hasattr(self.input_sink, "point_check"):
            self.input_sink.point_check = None
        if self.watch is not None:
            self.watch.stop()
        self.capture.set_blank(False, ())

    def refusal(self, kind: str) -> str | None:
        """Why a supporter's input message must be refused now, or None."""
        return self.privacy.refusal(kind)

    def point_refusal(self, x: int, y: int) -> str | None:
        """On the input worker, just before a press or wheel at desktop pixel (x, y):
        why it must not land there (a protected window that is not focused), or None.
        The supporter is told through the sink's `on_refused` (once a second)."""
        at = window_at(self.watch, x, y)  # outside the lock: it waits for the X server
        with self._lock:
            why = self.privacy.refusal_at(at)
        tell = getattr(self.input_sink, "on_refused", None)
        if why is not None and tell is not None:
            tell(why)
        return why

    # -- the world (any thread) and the home user (the loop) ---------------------------------
    def focus(self, report: FocusReport) -> None:
        """A focus report, on the watch's thread: decided and applied here and now."""
        self._decide(lambda now: self.privacy.focus(now, report))

    def windows(self, reports: tuple[FocusReport, ...]) -> None:
        """Every viewable window, on the windows watch's thread: decided and applied now."""
        self._decide(lambda now: self.privacy.visible(now, reports))

    def protect_current(self) -> bool:
        done: list[bool] = []
        self._decide(lambda now: done.append(self.privacy.protect_current(now)))
        return bool(done and done[0])

    def begin_private(self) -> None:
        self._decide(self.privacy.begin_private)

    def end_private(self) -> None:
        self._decide(self.privacy.end_private)

    def allow_again(self) -> None:
        self._decide(self.privacy.allow_again)

    # -- inside ----------------------------------------------------------------------------
    def _decide(self, change: Callable[[float], object]) -> None:
        newly = False
        with self._lock:
            now = self._clock()
            change(now)
            state, before = self.privacy.state, self._applied
            self._applied = state
            if state != before:
                self.capture.set_blank(state.blank_all, state.blank_rects)
                newly = (state.blocks_input and not before.blocks_input) or (
                    state.password and not before.password
                )
        if newly and self.input_sink is not None:
            # Outside the lock: the worker's release asks `point_refusal` (which takes it)
            # whether the pointer is over a protected window; the new state already refuses.
            self.input_sink.release_all()
        if state == before:
            return
        if self._loop is None or self._loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            self._tell(state, now)
        else:
            self._loop.call_soon_threadsafe(self._tell, state, now)

    def _tell(self, state: PrivacyState, at: float) -> None:
        """On the loop: tell the supporter why (once per change) and the home user."""
        if state != self.privacy.state:
            state = self.privacy.state  # a newer decision came meanwhile: say that one
        shown, self._shown = self._shown, state
        if state == shown:
            return
        newly_blocked = (state.blocks_input and not shown.blocks_input) or (
            state.password and not shown.password
        )
        if newly_blocked:
            reason = "protected" if state.blocks_input else "password"
            self._send("refused", reason="private" if state.private else reason)
        log.info(
            "privacy: private=%s protected=%s password=%s ask_after_login=%s",
            state.private, state.protected is not None, state.password, state.ask_after_login,
        )  # fmt: skip
        self._emit(PrivacyChanged(state, at))
