"""The part of an input sink that no platform touches: one worker thread and its queue.

`InputWorker` takes the supporter's validated `mouse`, `key` and `text` messages from
any thread and hands them, one at a time, to its own worker thread: system input calls
can block, and the asyncio/Qt thread never may. It keeps the books every backend needs:
which keys and buttons are held on the supporter's behalf (so `release_all` can let go
of them, even when the worker is stuck), where the pointer was last put and when input
was last injected, suspension, closing, and the messages dropped by reason.

A backend subclasses it and supplies the platform calls: `_inject` (one message),
`_release_held` (let go on the worker), `_rescue_release` (let go from another thread
when the worker is stuck) and `_shutdown` (on the worker, as it ends). It tracks what
it presses in `_keys` and `_buttons` under `_lock`, calls `_moved_to` before moving
the pointer and `_stamp` around each injection, and raises `Refused(reason)` for a
message it will not inject.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from assist_session.messages import INPUT_TYPES, DropCounter

from .area import ScreenArea
from .system_keys import REFUSED_REASON, makes_system_combo

log = logging.getLogger("assist.agent.input")

OWN_EVENT_WINDOW = 0.25
"""Seconds after an injection during which key/button events count as ours (XRecord and
polling fallbacks only: with XInput 2 the source device decides)."""
OWN_POSITION_MEMORY = 1.0
"""Seconds we remember the spots we moved the pointer to (XRecord may lag a little)."""
RELEASE_TIMEOUT = 1.0
"""`release_all` returns within this many seconds, even when the worker is stuck."""
WORKER_GRACE = 0.4
"""How long `release_all` lets the worker do the release before doing it itself."""
MAX_BACKLOG = 512
"""Queued messages beyond this are dropped (never a release: keys must not stay down)."""


TOLD_REASONS = frozenset({REFUSED_REASON, "hotkey", "own_window"})
"""Refusals the supporter is told about (`on_refused`): the rest are their app's bugs or
the session's state, which the supporter app already shows."""

_CONTROL_KEY_NAMES = {"\n": "enter", "\t": "tab"}
_PRESSING = frozenset({"down", "click", "double", "wheel"})  # "up" and "move" always pass


class Refused(Exception):
    """A message the worker will not inject; `args[0]` is the drop reason."""


@dataclass
class _ReleaseJob:
    done: threading.Event


_STOP = object()


def _is_move(message: Any) -> bool:
    return (
        isinstance(message, dict)
        and message.get("type") == "mouse"
        and (message.get("action") == "move")
    )


def _is_release(message: Any) -> bool:
    return isinstance(message, dict) and message.get("action") == "up"


class InputWorker:
    """Queues the supporter's input for a worker thread; a backend's sink subclasses it.

    Thread model: `apply`, `release_all`, `suspend`, `resume` and `close` may be called
    from any thread (normally the asyncio/Qt one); every platform call happens on the
    worker thread, except the emergency release in `release_all`.
    """

    def __init__(self, area: ScreenArea) -> None:
        if area.width < 1 or area.height < 1:
            raise ValueError(f"empty screen area {area}")
        self.area = area
        self.injected = 0
        """Count of messages injected completely."""
        self.dropped = DropCounter()
        """Messages refused or lost, by reason (suspended, hotkey, bad_key, ...)."""
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._drop_lock = threading.Lock()
        self._jobs: deque[Any] = deque()
        # Bumped by release_all: queued or in-flight work from an older generation is void.
        self._generation = 0
        self._suspended = False
        self._closed = False
        self._keys: set[str] = set()
        self._buttons: set[str] = set()
        # Keys the emergency path released behind the worker's back; the worker releases
        # them again when it can, so the platform's modifier state (and, for characters,
        # the focused window) sees the release too.
        self._rescued_keys: set[str] = set()
        self._last_pointer: tuple[int, int] | None = None
        self._own_positions: deque[tuple[float, tuple[int, int]]] = deque(maxlen=256)
        self._last_injected_at = -math.inf
        self._protected_rects: tuple[tuple[int, int, int, int], ...] = ()
        self._protected_windows: frozenset[int] = frozenset()
        self.on_refused: Callable[[str], object] | None = None
        """Called on the worker thread with a TOLD_REASONS reason when a message is refused
        by policy, so the app can tell the supporter why (marshal it onto your loop)."""
        self._thread = threading.Thread(target=self._run, name="input-injector", daemon=True)

    def _start_worker(self) -> None:
        """Start the worker thread; the subclass calls it once its platform is ready."""
        self._thread.start()

    # -- public API -----------------------------------------------------------------------
    @property
    def pressed_keys(self) -> frozenset[str]:
        """Keys held down on the supporter's behalf (names as in the messages)."""
        with self._lock:
            return frozenset(self._keys)

    @property
    def pressed_buttons(self) -> frozenset[str]:
        """Mouse buttons held down on the supporter's behalf ("left", ...)."""
        with self._lock:
            return frozenset(self._buttons)

    @property
    def last_pointer(self) -> tuple[int, int] | None:
        """Where we last moved the pointer, in desktop pixels (None before the first move)."""
        return self._last_pointer

    @property
    def suspended(self) -> bool:
        """True between `suspend()` and `resume()`."""
        return self._suspended

    def apply(self, message: dict[str, Any]) -> None:
        """Queue one validated `mouse`/`key`/`text` message for the worker; returns at once.

        Dropped and counted in `dropped` instead when suspended or closed, when the
        message is not input, or when the backlog is full. Mouse moves that pile up
        are merged into the newest one (only where the pointer ends up matters); the
        merged-away ones are neither injected nor dropped in the counts.
        """
        kind = message.get("type") if isinstance(message, dict) else None
        with self._lock:
            if self._closed:
                reason = "closed"
            elif self._suspended:
                reason = "suspended"
            elif kind not in INPUT_TYPES:
                reason = "not_input"
            else:
                last = self._jobs[-1] if self._jobs else None
                if _is_move(message) and isinstance(last, tuple) and _is_move(last[1]):
                    self._jobs[-1] = (self._generation, message)
                    return
                if len(self._jobs) < MAX_BACKLOG or _is_release(message):
                    self._jobs.append((self._generation, message))
                    self._wake.notify()
                    return
                reason = "backlog"
        self._drop(reason)

    def release_all(self) -> None:
        """Release every key and button held for the supporter; returns within 1 s.

        Queued input is discarded (counted as "cancelled") and text being typed stops.
        Normally the worker does the release (a few ms). If it does not answer within
        WORKER_GRACE — stuck in a system call — the backend releases the keys and
        buttons another way (X11: a fresh X connection). Idempotent; safe from any thread.
        """
        deadline = time.monotonic() + RELEASE_TIMEOUT
        done = threading.Event()
        with self._lock:
            self._generation += 1
            cancelled = sum(1 for job in self._jobs if isinstance(job, tuple))
            self._jobs = deque(job for job in self._jobs if job is _STOP)
            self._jobs.appendleft(_ReleaseJob(done))
            self._wake.notify()
        for _ in range(cancelled):
            self._drop("cancelled")
        if self._thread.is_alive() and done.wait(WORKER_GRACE):
            return
        if not (self.pressed_keys or self.pressed_buttons):
            return
        log.warning("input worker did not release in %.1f s; releasing directly", WORKER_GRACE)
        rescue = threading.Thread(target=self._rescue_release, name="input-rescue", daemon=True)
        rescue.start()
        rescue.join(max(0.0, deadline - time.monotonic() - 0.05))

    def suspend(self) -> None:
        """Stop injecting (pause, revoke, the home user's own activity) and release all.

        Until `resume()`, `apply` drops every message and counts it as "suspended".
        """
        with self._lock:
            self._suspended = True
        self.release_all()

    def resume(self) -> None:
        """Accept input again after `suspend()`."""
        with self._lock:
            self._suspended = False

    def set_protected(
        self, rects: Iterable[tuple[int, int, int, int]], windows: Iterable[int] = ()
    ) -> None:
        """The helper app's own windows: (x, y, w, h) in desktop pixels, and their native
        ids. Clicks and wheel there, and keys while one of them has the keyboard focus,
        are refused as "own_window": the supporter must not press Stop, Continue or the
        settings for the home user (issue 15, item 9). Replaces the previous set."""
        with self._lock:
            self._protected_rects = tuple(tuple(map(int, r)) for r in rects)  # type: ignore[misc]
            self._protected_windows = frozenset(int(w) for w in windows)

    def set_area(self, area: ScreenArea) -> None:
        """Map the supporter's fractions onto another monitor (the home user switched
        screens). Whatever is held is let go first: a drag must not cross screens."""
        if area.width < 1 or area.height < 1:
            raise ValueError(f"empty screen area {area}")
        self.release_all()
        with self._lock:
            self.area = area

    def recently_injected(self, window: float = OWN_EVENT_WINDOW) -> bool:
        """True if we injected an event within the last `window` seconds (monotonic clock)."""
        return time.monotonic() - self._last_injected_at <= window

    def close(self) -> None:
        """Release everything and stop the worker. Idempotent.

        Usually instant; longer when the backend tidies up as the worker ends (X11: up
        to ~0.5 s right after typing characters the layout lacks, whose borrowed keycodes
        are emptied once the focused app has used them), and at most ~2 s when the
        worker is stuck.
        """
        with self._lock:
            self._closed = True  # first, so nothing new is queued behind the release
        self.release_all()
        with self._lock:
            self._jobs.append(_STOP)
            self._wake.notify()
        if self._thread is not threading.current_thread():
            self._thread.join(RELEASE_TIMEOUT)

    # -- bookkeeping ----------------------------------------------------------------------
    def _drop(self, reason: str) -> None:
        # Copy-on-write: other threads may be summing `dropped.by_reason` right now, and
        # a dict must not grow while it is iterated.
        with self._drop_lock:
            counts = dict(self.dropped.by_reason)
            counts[reason] = counts.get(reason, 0) + 1
            self.dropped.by_reason = counts

    def is_own_position(self, position: tuple[int, int]) -> bool:
        """True if we moved the pointer to exactly this spot within OWN_POSITION_MEMORY."""
        if position == self._last_pointer:
            return True
        oldest = time.monotonic() - OWN_POSITION_MEMORY
        return any(at >= oldest and spot == position for at, spot in list(self._own_positions))

    def _stamp(self) -> None:
        self._last_injected_at = time.monotonic()

    def _moved_to(self, position: tuple[int, int]) -> None:
        """Remember a spot before moving the pointer there, so a watch never sees our
        motion first."""
        self._own_positions.append((time.monotonic(), position))
        self._last_pointer = position
        self._stamp()

    def _refused(self, reason: str) -> None:
        self._drop(reason)
        callback = self.on_refused
        if reason in TOLD_REASONS and callback is not None:
            try:
                callback(reason)
            except Exception:
                log.exception("on_refused failed")

    # -- policy every backend keeps ---------------------------------------------------------
    def _check_policy(self, message: dict[str, Any]) -> None:
        """Raise `Refused` for input no backend may inject: presses on the helper app's own
        windows, keys while they have the focus, system key combinations."""
        kind = message.get("type")
        with self._lock:
            rects, windows = self._protected_rects, self._protected_windows
        if kind == "mouse" and message.get("action") in _PRESSING and rects:
            try:
                x, y = self.area.to_pixels(message.get("x"), message.get("y"))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return  # the backend refuses it as bad input
            if any(rx <= x < rx + rw and ry <= y < ry + rh for rx, ry, rw, rh in rects):
                raise Refused("own_window")
        keyboard = kind in ("key", "text") and message.get("action") != "up"
        if keyboard and windows and self._focus_in(windows):
            raise Refused("own_window")
        if kind == "key" and message.get("action") in ("down", "press"):
            keys = [message.get("key")]
        elif kind == "text" and isinstance(message.get("text"), str):
            keys = [_CONTROL_KEY_NAMES.get(ch, ch) for ch in set(message["text"])]
        else:
            return
        with self._lock:
            held = set(self._keys)
        if any(isinstance(key, str) and makes_system_combo(held, key) for key in keys):
            raise Refused(REFUSED_REASON)

    # -- the worker -------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    while not self._jobs:
                        self._wake.wait()
                    job = self._jobs.popleft()
                    generation = self._generation
                if job is _STOP:
                    return
                if isinstance(job, _ReleaseJob):
                    self._release_held()
                    job.done.set()
                    continue
                queued_in, message = job
                if queued_in != generation:
                    self._drop("cancelled")
                    continue
                try:
                    self._check_policy(message)
                    self._inject(message, generation)
                    self.injected += 1
                except Refused as refused:
                    self._refused(str(refused.args[0]))
                except Exception:
                    # Whatever a message does, the worker must survive it.
                    log.exception("could not inject %s message", message.get("type"))
                    self._drop("inject_error")
                with self._lock:
                    stale = self._generation != generation
                if stale:
                    # release_all ran while this message was being injected: whatever it
                    # pressed must not outlive the release.
                    self._release_held()
        finally:
            self._shutdown()

    # -- what a backend supplies ------------------------------------------------------------
    def _inject(self, message: dict[str, Any], generation: int) -> None:
        """Inject one message on the worker; raise `Refused(reason)` to drop it.

        `generation` changes when `release_all` runs: long work (typing text) checks
        `self._generation != generation` between steps and stops.
        """
        raise NotImplementedError

    def _focus_in(self, windows: frozenset[int]) -> bool:
        """On the worker: True if one of these native windows (or a child) has the keyboard
        focus. A backend that cannot tell returns False (then only clicks are refused)."""
        return False

    def _release_held(self) -> None:
        """On the worker: let go of `_keys | _rescued_keys` and `_buttons`, then forget them."""
        raise NotImplementedError

    def _rescue_release(self) -> None:
        """On another thread, the worker stuck: let go of `_keys` and `_buttons` anyway,
        then move the keys to `_rescued_keys`."""
        raise NotImplementedError

    def _shutdown(self) -> None:
        """On the worker, as it ends: let go of the platform's resources."""
