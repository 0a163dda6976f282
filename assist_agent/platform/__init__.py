"""The helper app's platform seam: which desktop backend serves this session.

A backend is three factories behind small interfaces (`screen.ScreenSource`,
`input.InputSink`, `input.LocalWatch` for the home user's own input and the Stop/Pause
shortcuts). The session code asks `backend()` and never imports a backend itself, so
another desktop is another folder here (`x11/`, `portable/` for mss + pynput, and the Wayland
portal), not a change to the session.

The choice is automatic, logged once, and can be forced with ASSIST_PLATFORM (contract:
`x11`, `portable`, and `portal` with the Wayland backend). A desktop where no backend fits raises
`NoBackend` with a machine reason that the app turns into plain words.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .focus import MakeFocusWatch
from .input import MakeInputSink, MakeLocalActivity
from .screen import ScreenSource

log = logging.getLogger("assist.agent.platform")

ENV = "ASSIST_PLATFORM"


@dataclass(frozen=True)
class Backend:
    """One desktop's way to see the screen, inject input and notice the home user."""

    name: str
    make_screen_source: Callable[[], ScreenSource]
    make_input_sink: MakeInputSink
    make_local_activity: MakeLocalActivity
    # The active window and password fields (issue 19); None: this backend cannot see them.
    make_focus_watch: MakeFocusWatch | None = None


class NoBackend(RuntimeError):
    """No backend can serve this desktop; `reason` is a machine code, `detail` for logs."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _x11() -> Backend:
    # Imported only when chosen: python-xlib must not load on another desktop.
    from .x11.focus import make_focus_watch
    from .x11.input_backend import make_input_sink, make_local_activity
    from .x11.screen import X11ScreenSource

    return Backend("x11", X11ScreenSource, make_input_sink, make_local_activity, make_focus_watch)


def _portal() -> Backend:
    # The Wayland desktop portal: jeepney for D-Bus, PipeWire frames via a subprocess.
    from .portal.backend import make_input_sink, make_local_activity, make_screen_source

    return Backend("portal", make_screen_source, make_input_sink, make_local_activity)


def _portal_unfit(env: Mapping[str, str]) -> str | None:
    """The portal serves Wayland desktops; the desktop itself says yes or no later."""
    if not env.get("WAYLAND_DISPLAY"):
        return "not a Wayland desktop (WAYLAND_DISPLAY is unset)"
    return None


def _x11_unfit(env: Mapping[str, str]) -> str | None:
    if not env.get("DISPLAY"):
        return "no X display (DISPLAY is unset)"
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return "a Wayland session: X11 would see only the windows of X programs"
    return None


def _portable() -> Backend:
    # mss and pynput, no X11 calls of our own: what Windows and macOS will use.
    from .portable.backend import PortableScreenSource, make_input_sink, make_local_activity

    return Backend("portable", PortableScreenSource, make_input_sink, make_local_activity)


def _portable_unfit(env: Mapping[str, str], system: str = sys.platform) -> str | None:
    """pynput and mss serve Windows and macOS; on Linux they need an X display (pynput's
    only other way, uinput, needs root and cannot watch)."""
    if system in ("win32", "darwin"):
        return None
    if not env.get("DISPLAY"):
        return "mss and pynput need an X display on this system (DISPLAY is unset)"
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return "a Wayland session: through Xwayland mss and pynput see only X programs"
    return None


# name → (loader, why it cannot serve this desktop, or None when it can), in the order
# tried: X11, the Wayland portal, then the portable backend.
_BACKENDS: dict[str, tuple[Callable[[], Backend], Callable[[Mapping[str, str]], str | None]]] = {
    "x11": (_x11, _x11_unfit),
    "portal": (_portal, _portal_unfit),
    "portable": (_portable, _portable_unfit),
}


def choose(environ: Mapping[str, str] = os.environ) -> Backend:
    """The backend for this desktop: ASSIST_PLATFORM if set, else the first that fits."""
    forced = environ.get(ENV, "").strip().lower()
    if forced:
        if forced not in _BACKENDS:
            known = ", ".join(_BACKENDS)
            raise NoBackend("unknown_backend", f"{ENV}={forced!r}; this build has: {known}")
        names = [forced]
    else:
        names = list(_BACKENDS)
    refusals = []
    for name in names:
        load, unfit = _BACKENDS[name]
        why = unfit(environ)
        if why is None:
            chosen = load()
            how = "forced by " + ENV if forced else "chosen automatically"
            log.info("platform backend: %s (%s)", chosen.name, how)
            if environ.get("WAYLAND_DISPLAY") and chosen.name == "x11":
                log.warning("a Wayland desktop: X11 sees only the windows of X programs")
            return chosen
        refusals.append(f"{name}: {why}")
    raise NoBackend("no_backend", "; ".join(refusals))


@functools.cache
def backend() -> Backend:
    """This process's backend, chosen once (see `choose`)."""
    return choose()
