"""One sharing period on a portal desktop: the portal session the screen and input share.

The portal gives ONE session for the screen stream and the input (RemoteDesktop with
ScreenCast), and the desktop asks its question once for both. The screen source starts
it (on the capture thread, after our own consent and the binding check); the input
sink, made a moment later, waits for it. `current()` is the share of this process's
present sharing period, so the app's explanation page can follow its state.

States: "waiting" (nothing asked yet), "asking" (the desktop's question is showing),
"sharing", "cancelled" (the person pressed Cancel on the desktop's question), "failed",
"stopped" (the desktop stopped the stream while sharing), "ended" (we closed it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from .desktop_portal import Cancelled, PortalError, PortalSession, Stream

log = logging.getLogger("assist.agent.platform.portal")

_lock = threading.Lock()
_current: PortalShare | None = None
_listeners: list[Callable[[str], object]] = []


def current() -> PortalShare | None:
    """The share of the present (or last) sharing period, if any."""
    with _lock:
        return _current


def on_state(callback: Callable[[str], object]) -> None:
    """Call `callback(state)` on every state change of every share (any thread)."""
    with _lock:
        _listeners.append(callback)


class PortalShare:
    """The portal session of one sharing period, started once, closed once."""

    def __init__(self, *, control: bool = True) -> None:
        global _current
        self.control = control
        self.state = "waiting"
        self.reason = ""
        self.session: PortalSession | None = None
        self.stream: Stream | None = None
        self.ready = threading.Event()  # set when sharing began, or could not
        self._starting: PortalSession | None = None  # while the desktop asks
        self._start_lock = threading.Lock()
        with _lock:
            _current = self

    def _set(self, state: str, reason: str = "") -> None:
        self.state, self.reason = state, reason
        log.info("portal share: %s%s", state, f" ({reason})" if reason else "")
        with _lock:
            listeners = list(_listeners)
        for callback in listeners:
            try:
                callback(state)
            except Exception:
                log.exception("portal state listener failed")

    def start(self) -> Stream:
        """Ask the desktop (blocks while its question shows); the shared monitor's stream.

        Raises `Cancelled` or `PortalError` (the state says which) when sharing cannot
        begin.
        """
        with self._start_lock:
            if self.stream is not None:
                return self.stream
            if self.state != "waiting":
                raise PortalError(self.state, self.reason or "the share is over")
            self._set("asking")
            try:
                session = PortalSession()
            except Exception as exc:  # no session bus, no portal
                self._set("failed", type(exc).__name__)
                self.ready.set()
                raise PortalError("no_portal", str(exc)) from exc
            self._starting = session
            try:
                streams = session.start(control=self.control)
            except Cancelled:
                session.close()
                self._set("cancelled")
                self.ready.set()
                raise
            except Exception as exc:
                session.close()
                reason = exc.reason if isinstance(exc, PortalError) else type(exc).__name__
                withdrawn = session.aborted  # our session ended first: not a failure
                self._set("ended" if withdrawn else "failed", "withdrawn" if withdrawn else reason)
                self.ready.set()
                raise
            finally:
                self._starting = None
            self.session, self.stream = session, streams[0]
            self._set("sharing")
            self.ready.set()
            # The desktop's own "stop sharing" (or mutter ending the stream) closes the
            # session: the portal's Session.Closed. pipewiresrc reports no end then.
            session.watch_closed(lambda: self.lost("the desktop closed the sharing session"))
            return self.stream

    def abort(self) -> None:
        """Our session ended while the desktop still asks: take its question away."""
        starting = self._starting
        if starting is not None and self.state == "asking":
            log.info("portal share: withdrawing the desktop's question")
            starting.abort()

    def lost(self, why: str) -> None:
        """The stream ended while sharing (the person stopped it in the desktop's own
        menu, or the desktop's screen sharing died): the state becomes "stopped"."""
        if self.state == "sharing":
            self._set("stopped", why[:200])

    @property
    def can_control(self) -> bool:
        """The desktop allowed input (its "Allow remote interaction" was ticked)."""
        return self.session is not None and self.session.devices != 0

    def close(self) -> None:
        """End the portal session: the desktop stops sharing. Idempotent."""
        session, self.session = self.session, None
        if session is not None:
            session.close()
            self._set("ended")
        self.ready.set()
