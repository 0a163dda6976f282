"""Private moments and protected pages: what the supporter may not do or see right now.

An I/O-free core (no Qt, no X, no clock of its own; time is passed in). The live
session feeds it the home user's focus (`platform/focus.py` reports) and clicks, and
asks it, for every input message of the supporter, whether to refuse it; the capture
asks it what to blank.

- **Protected page**: the active window's title matches the shipped list or the
  organisation's (`privacy_rules.py`), or the home user marked the window with one click.
  While it has the focus every mouse and key message is refused ("protected"); the
  supporter's pointer and drawing are teaching, not input, and stay allowed. A window
  once seen protected stays protected by its native id even when its title changes.
- **After a login**: a protected window whose title had login words ("Kirjaudu",
  "Tunnistaudu", "Sign in"…) and later, in the same window, no longer has them, has been
  logged into. Then control does not come back by itself when the focus leaves: the
  home user is asked again (`allow_again`).
- **Password field**: keys and text are refused ("password") and the field's rectangle
  is blanked in the picture — the whole picture when its place is unknown.
- **Private moment**: everything is blanked and every input refused ("private") until the
  home user ends it.
- **A protected window that is not focused**: a press or wheel aimed at it is refused
  ("protected") too (`refusal_at`), so a click cannot land in it and focus it. The
  backend says which top-level window is under the point (`FocusWatch.window_at`); when
  it cannot tell (UNKNOWN: the portal and portable backends), the press is NOT refused
  by this check — refusing every click there would take control away altogether — and
  the focused-window rule still applies from the moment the window has the focus.
  Counted once per window in `protected_pages` (its later focus is the same visit).
- **Blanking** (the organisation's `blank_protected`): the focused protected window's
  rectangle, and every protected window the backend reports visible (`visible`, from
  `FocusWatch.watch_windows`), focused or not — a bank page behind another window
  would still reach the supporter. Where the backend cannot list windows (UNKNOWN) only
  the focused one is blanked. A visible window is blanked whole, even where others cover
  it. Input there is unchanged (`refusal_at` already refuses presses at it).
"""

from __future__ import annotations

from dataclasses import dataclass

from .platform.focus import UNKNOWN, FocusReport, Rect
from .privacy_rules import TitleRules

KEY_TYPES = frozenset({"key", "text"})
REFUSALS = frozenset({"private", "protected", "password"})
"""The `refused` reasons this policy gives (the supporter app tells each in words)."""
MARKED = "marked"  # the service name of a window the home user protected themselves


@dataclass(frozen=True)
class PrivacyState:
    """What holds now; the live session and the window act on changes of it."""

    private: bool = False
    protected: str | None = None  # the service ("OP", "marked", "organisation"…) or None
    password: bool = False
    ask_after_login: bool = False  # control waits for the home user's answer
    blank_all: bool = False
    blank_rects: tuple[Rect, ...] = ()

    @property
    def blocks_input(self) -> bool:
        return self.private or self.protected is not None or self.ask_after_login


class Privacy:
    """The one place that decides what privacy takes away from the supporter."""

    def __init__(self, rules: TitleRules, *, blank_protected: bool = False) -> None:
        self.rules = rules
        self.blank_protected = blank_protected
        self.focus_now = FocusReport(None)
        self.own_windows: frozenset[int] = frozenset()  # the helper app's (never "marked")
        self._last_other: int | None = None  # the last focused window not the app's own
        self._protected: dict[int, str] = {}  # window id → service, once seen
        self._login_titles: set[int] = set()  # protected windows that showed a login
        self._met_unfocused: set[int] = set()  # counted when a press aimed at them unfocused
        self._visible: tuple[FocusReport, ...] = ()  # every viewable window (blanking only)
        self._private = False
        self._ask_after_login = False
        self.private_moments = 0
        self.protected_pages = 0
        self.focus_changed_at: float | None = None
        self.blocked_at: float | None = None
        self._state = PrivacyState()

    # -- questions -------------------------------------------------------------------
    @property
    def state(self) -> PrivacyState:
        return self._state

    def refusal(self, kind: str) -> str | None:
        """Why a supporter's `mouse`, `key` or `text` message must be refused, or None."""
        state = self._state
        if state.private:
            return "private"
        if state.protected is not None or state.ask_after_login:
            return "protected"
        if state.password and kind in KEY_TYPES:
            return "password"
        return None

    def refusal_at(self, at: FocusReport | None) -> str | None:
        """Why a press or wheel aimed at the top-level window `at` (what is under the
        point; UNKNOWN when the backend cannot tell) must be refused, beyond
        `refusal("mouse")`: the window is protected and not the focused one."""
        if at is UNKNOWN:
            return None  # the module docstring says why
        window = at.window
        if window is not None and window == self.focus_now.window:
            # refusal() decides for the focused window; a press or release that got this far
            # while it became protected meanwhile is refused here too (counted already).
            return "protected" if self._state.protected is not None else None
        if window is None or window in self.own_windows:
            return None  # the desktop; the app
        service = self._protected.get(window) or self.rules.service(at.title)
        if service is None:
            return None
        self._protected.setdefault(window, service)
        if window not in self._met_unfocused:
            self._met_unfocused.add(window)
            self.protected_pages += 1
        return "protected"

    # -- the world -------------------------------------------------------------------
    def focus(self, now: float, report: FocusReport) -> PrivacyState:
        """The backend saw a new focus (window, title or field)."""
        before = self.focus_now
        self.focus_now = report
        if report.window != before.window:
            self.focus_changed_at = now
        if report.window is not None and report.window not in self.own_windows:
            self._last_other = report.window
        window = report.window
        if window is not None:
            service = self._protected.get(window) or self.rules.service(report.title)
            if service is not None:
                self._protected.setdefault(window, service)
                if self.rules.is_login(report.title):
                    self._login_titles.add(window)
                elif window in self._login_titles:
                    self._login_titles.discard(window)
                    self._ask_after_login = True  # logged in: ask again when it ends
        return self._update(now)

    def visible(self, now: float, windows: tuple[FocusReport, ...]) -> PrivacyState:
        """The backend listed every viewable top-level window (only while blanking)."""
        self._visible = windows
        return self._update(now)

    def _protected_rects(self) -> list[Rect]:
        """The rectangles of visible protected windows, not the helper app's own."""
        rects: list[Rect] = []
        for window in self._visible:
            if window.window is None or window.rect is None or window.window in self.own_windows:
                continue
            service = self._protected.get(window.window) or self.rules.service(window.title)
            if service is not None:
                self._protected.setdefault(window.window, service)
                rects.append(window.rect)
        return rects

    # -- the home user's clicks ------------------------------------------------------------
    def protect_current(self, now: float) -> bool:
        """ "Protect this window": the active window is protected from now on."""
        window = self.focus_now.window
        if window is None or window in self.own_windows:
            window = self._last_other  # the share bar was clicked: the window before it
        if window is None:
            return False
        self._protected.setdefault(window, MARKED)
        self._update(now)
        return True

    def begin_private(self, now: float) -> PrivacyState:
        if not self._private:
            self._private = True
            self.private_moments += 1
        return self._update(now)

    def end_private(self, now: float) -> PrivacyState:
        self._private = False
        return self._update(now)

    def allow_again(self, now: float) -> PrivacyState:
        """After a login: the home user says the supporter may use the mouse again."""
        self._ask_after_login = False
        return self._update(now)

    # -- inside --------------------------------------------------------------------------
    def _update(self, now: float) -> PrivacyState:
        report = self.focus_now
        protected = self._protected.get(report.window) if report.window is not None else None
        password = report.password is not None
        blank_rects: list[Rect] = []
        blank_all = self._private
        if password and report.password is not None:
            if report.password.rect is None:
                blank_all = True
            else:
                blank_rects.append(report.password.rect)
        if protected is not None and self.blank_protected:
            if report.rect is None:
                blank_all = True
            else:
                blank_rects.append(report.rect)
        if self.blank_protected:
            blank_rects += [r for r in self._protected_rects() if r not in blank_rects]
        state = PrivacyState(
            private=self._private,
            protected=protected,
            password=password,
            ask_after_login=self._ask_after_login and protected is None,
            blank_all=blank_all,
            blank_rects=() if blank_all else tuple(blank_rects),
        )
        if protected is not None and self._state.protected != protected:
            if report.window in self._met_unfocused:
                self._met_unfocused.discard(report.window)  # counted when it was aimed at
            else:
                self.protected_pages += 1
        if state.blocks_input and not self._state.blocks_input:
            self.blocked_at = now
        self._state = state
        return state
