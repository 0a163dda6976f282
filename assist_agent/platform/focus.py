"""What the helper app needs to know about the home user's focus, on any desktop.

A `FocusWatch` reports, whenever it changes, which window is active (title, native id,
rectangle in desktop pixels) and whether the focused field is a password field — with
its rectangle, or `None` for "a password field, place unknown". The privacy policy
(`assist_agent/privacy.py`) turns reports into decisions; backends only observe.

Where the facts come from, per backend:
- X11 (`platform/x11/focus.py`): the window manager's `_NET_ACTIVE_WINDOW` (or the X
  input focus when no window manager runs), `_NET_WM_NAME`/`WM_NAME`; password fields
  from AT-SPI (role "password text") on the accessibility bus.
- Windows, later: the foreground window (`GetForegroundWindow`, `GetWindowTextW`);
  password fields from UI Automation's focused element `IsPassword`.
- macOS, later: the frontmost app's focused window title (Accessibility API); a field
  is secret when its role is `AXSecureTextField` (and Secure Event Input is on).
- The Wayland portal, later: no window titles are offered to other programs, so only
  the private moment and AT-SPI password fields can work there (docs/SECURITY.md).

A watch also answers `window_at(x, y)`: the top-level window under a desktop point,
focused or not, so a press aimed at a protected window that is NOT focused is refused
before it lands (a click would focus the window and act in it). Per backend:
- X11 (`platform/x11/window_at.py`): `XTranslateCoordinates` on the root, which skips
  click-through (input-shaped) windows as a real click does; the client window's title.
- Windows, later: `WindowFromPoint` + `GetAncestor(GA_ROOT)`; macOS, later: the
  `kCGWindowListOptionOnScreenOnly` list's frontmost window containing the point.
- The portal and the portable backend have no focus watch: `window_at` there is UNKNOWN
  (`None`). What UNKNOWN means is the policy's decision (`privacy.Privacy.refusal_at`),
  not the backend's.

A watch may also offer `watch_windows(callback)`: every viewable top-level window
(id, title, rectangle), reported when the list changes, so a protected window that is
visible but not focused can be blanked (the organisation's `blank_protected`). Per backend:
- X11 (`platform/x11/visible_windows.py`): the root's children, refreshed on
  SubstructureNotify/PropertyNotify (`_NET_CLIENT_LIST_STACKING`, titles), not per frame.
- Windows, later: `EnumWindows` + `IsWindowVisible` + `DwmGetWindowAttribute`; macOS,
  later: `CGWindowListCopyWindowInfo(kCGWindowListOptionOnScreenOnly)`.
- The portal and the portable backend: UNKNOWN (no such method): only the focused
  protected window — and there only what the backend can see — is blanked.

Callbacks run on the watch's own thread: marshal them onto your loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

Rect = tuple[int, int, int, int]
"""(x, y, width, height) in desktop pixels."""


@dataclass(frozen=True)
class PasswordField:
    """The focused field is secret; `rect` is where it is, or None when unknown."""

    rect: Rect | None


@dataclass(frozen=True)
class FocusReport:
    """The active window and its focused field, as one backend saw them."""

    window: int | None  # the native id; None: no window has the focus
    title: str = ""
    rect: Rect | None = None
    password: PasswordField | None = None


FocusCallback = Callable[[FocusReport], object]


@runtime_checkable
class FocusWatch(Protocol):
    """Reports the focus whenever the active window, its title or the focused field's
    kind changes (and once at start). A backend that cannot see a fact leaves it empty
    and says so in docs/SECURITY.md; it never guesses "not a password"."""

    def start(self) -> None:
        """Begin watching; the first report follows promptly. No-op when running."""
        ...

    def stop(self) -> None:
        """Stop watching; no callback runs after it returns. Idempotent."""
        ...

    def window_at(self, x: int, y: int) -> FocusReport | None:
        """The top-level window at desktop pixel (x, y), focused or not (no password
        field): `FocusReport(None)` over the bare desktop, None (UNKNOWN) when this
        backend cannot tell. Any thread; asked before every press, so it must be cheap
        (X11: a few round trips, 0.3 ms)."""
        ...


UNKNOWN = None
"""What `window_at` answers when the backend cannot tell which window is at a point."""


def window_at(watch: object, x: int, y: int) -> FocusReport | None:
    """`watch.window_at(x, y)`, or UNKNOWN when there is no watch or it cannot answer."""
    lookup = getattr(watch, "window_at", None)
    return lookup(x, y) if lookup is not None else UNKNOWN


WindowsCallback = Callable[[tuple[FocusReport, ...]], object]
"""Receives every viewable top-level window (no password field in them)."""


def watch_windows(watch: object, on_windows: WindowsCallback) -> bool:
    """Ask `watch` to report the visible windows; False where the backend cannot (UNKNOWN)."""
    start = getattr(watch, "watch_windows", None)
    if start is None:
        return False
    start(on_windows)
    return True


MakeFocusWatch = Callable[[FocusCallback], FocusWatch]
"""A backend's factory for the focus watch."""
