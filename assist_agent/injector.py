"""Remote input on the home user's screen, and noticing the home user's own input (X11).

`InputInjector` turns validated `mouse`, `key` and `text` messages from the supporter
into real input with pynput, on one worker thread of its own: X calls can block, and
the asyncio/Qt thread never may. It remembers every key and button it holds down on
the supporter's behalf so `release_all` can let go of them (even when the worker is
stuck), and it refuses anything that would complete the home user's global shortcuts.

`LocalActivityMonitor` watches the X server's input (XRecord; polling when the RECORD
extension is missing) for the home user's own mouse and keyboard and for the global
shortcuts. Injected events come through the same channel, so it tells them apart by
what the injector just did: a pointer motion to a spot we moved to is ours, and a key
or button event while we were injecting is ours; anything else is the home user's.

How input reaches the X server, which the rules below rely on:
- mouse moves/buttons/wheel and named keys (ctrl, enter, f1, ...) go through pynput,
  which uses XTest: the server treats them like a real device, so they change the
  keyboard/pointer state (`XQueryKeymap`, `XQueryPointer`) and XRecord sees them;
- characters (key messages with a character, and all `text`) are sent as synthetic
  key events (XSendEvent) to the focused window, the way pynput does it, with an
  explicit modifier state and keyboard group: so they come out right whatever layout
  or group the home user has active, and caps lock does not change them. A character
  missing from the layout gets a spare keycode of its own (`_CharTyper`). We do not
  use pynput's `Controller.type` for this: it puts several borrowed characters on one
  keycode's shift/group levels, and Arabic came out wrong ("مرحبا" → "ممحبب").
  Synthetic events never change the server's key state, and XRecord's device events
  do not include them. Qt and GTK accept them; a few programs ignore synthetic
  events (xterm by default).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import Xlib.display
import Xlib.error
import Xlib.ext.xtest
import Xlib.protocol.event

# Imported before any Display exists: makes python-xlib's connections safe to share
# between threads (pynput imports it too; the monitor may run without an injector).
import Xlib.threaded  # noqa: F401
import Xlib.X
import Xlib.XK
from Xlib.ext import record
from Xlib.protocol import rq

from assist_session.messages import (
    INPUT_TYPES,
    KEY_ACTIONS,
    MAX_TEXT_CHARS,
    MAX_WHEEL_STEPS,
    MOUSE_ACTIONS,
    MOUSE_BUTTONS,
    NAMED_KEYS,
    DropCounter,
)

log = logging.getLogger("assist.agent.injector")

HOTKEY_STOP = ("ctrl", "alt", "s")
"""The home user's global shortcut that ends the session; injected input never completes it."""
HOTKEY_PAUSE = ("ctrl", "alt", "p")
"""The home user's global shortcut that pauses the session; injected input never completes it."""
HOTKEYS = {"stop": HOTKEY_STOP, "pause": HOTKEY_PAUSE}

OWN_EVENT_WINDOW = 0.25
"""Seconds after an injection during which key/button events count as ours."""
OWN_POSITION_MEMORY = 1.0
"""Seconds we remember the spots we moved the pointer to (XRecord may lag a little)."""
RELEASE_TIMEOUT = 1.0
"""`release_all` returns within this many seconds, even when the worker is stuck."""
WORKER_GRACE = 0.4
"""How long `release_all` lets the worker do the release before doing it itself."""
DOUBLE_CLICK_GAP = 0.03
"""Seconds between the two clicks of a double click."""
MAX_BACKLOG = 512
"""Queued messages beyond this are dropped (never a release: keys must not stay down)."""

# pynput's names for our named keys, where they differ ("meta" is the Windows/Super key).
_PYNPUT_KEY_NAMES = {"escape": "esc", "meta": "cmd"}
_BUTTON_NUMBERS = {"left": 1, "middle": 2, "right": 3}
_CONTROL_KEYS = {"\n": "enter", "\t": "tab"}  # typed as the named key, like pynput does
_CTRL_KEYSYMS = {Xlib.XK.XK_Control_L, Xlib.XK.XK_Control_R}
_ALT_KEYSYMS = {Xlib.XK.XK_Alt_L, Xlib.XK.XK_Alt_R, Xlib.XK.XK_Meta_L, Xlib.XK.XK_Meta_R}
_HOTKEY_LETTER_KEYSYMS = {
    Xlib.XK.XK_s: "s",
    Xlib.XK.XK_S: "s",
    Xlib.XK.XK_p: "p",
    Xlib.XK.XK_P: "p",
}
_BUTTON_MASKS = Xlib.X.Button1Mask | Xlib.X.Button2Mask | Xlib.X.Button3Mask


@dataclass(frozen=True)
class ScreenArea:
    """The shared monitor in X screen pixels (the values of an mss monitor dict)."""

    left: int
    top: int
    width: int
    height: int

    @classmethod
    def from_monitor(cls, monitor: Mapping[str, int]) -> ScreenArea:
        """Build from an mss monitor dict such as `capture.monitor_area(1)`."""
        return cls(
            int(monitor["left"]), int(monitor["top"]), int(monitor["width"]), int(monitor["height"])
        )

    def to_pixels(self, x: float, y: float) -> tuple[int, int]:
        """Map fractions 0..1 of the shared picture to the X pixel they point at.

        0 is the first pixel and 1 the last one (not one past it), so both edges are
        reachable. Raises ValueError for anything but numbers in 0..1.
        """
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (x, y)):
            raise ValueError(f"coordinates are not numbers: {x!r}, {y!r}")
        fx, fy = float(x), float(y)
        if not (0.0 <= fx <= 1.0 and 0.0 <= fy <= 1.0):  # also False for NaN
            raise ValueError(f"coordinates outside 0..1: {x!r}, {y!r}")
        return (
            self.left + round(fx * (self.width - 1)),
            self.top + round(fy * (self.height - 1)),
        )


class _Refused(Exception):
    """A message the worker will not inject; `args[0]` is the drop reason."""


@dataclass
class _ReleaseJob:
    done: threading.Event


_STOP = object()


def _hotkey_part(key: str) -> str | None:
    """Which part of a global shortcut a key name is ("ctrl", "alt", "s", "p"), if any."""
    if key in ("ctrl", "alt"):
        return key
    lower = key.lower()
    return lower if lower in ("s", "p") else None


def _completes_hotkey(parts: set[str]) -> bool:
    return any(set(combo) <= parts for combo in HOTKEYS.values())


def _keymap_down(keymap: Iterable[int]) -> set[int]:
    """Keycodes that an XQueryKeymap bit vector reports as down."""
    return {
        index * 8 + bit for index, byte in enumerate(keymap) for bit in range(8) if byte >> bit & 1
    }


def _keycode_parts(display: Xlib.display.Display, keycodes: Iterable[int]) -> dict[int, str]:
    """Which keycodes are part of a global shortcut, from the server's current layout.

    Asked fresh each time: the layout can change, and typing remaps spare keycodes.
    """
    wanted = sorted(keycodes)
    if not wanted:
        return {}
    first = display.display.info.min_keycode
    count = display.display.info.max_keycode - first + 1
    mapping = display.get_keyboard_mapping(first, count)
    parts: dict[int, str] = {}
    for keycode in wanted:
        if not first <= keycode < first + count:
            continue
        # Index 0/1 are the plain and shifted symbols: the ones a shortcut is named by.
        for keysym in mapping[keycode - first][:2]:
            if keysym in _CTRL_KEYSYMS:
                parts[keycode] = "ctrl"
            elif keysym in _ALT_KEYSYMS:
                parts[keycode] = "alt"
            elif keysym in _HOTKEY_LETTER_KEYSYMS:
                parts[keycode] = _HOTKEY_LETTER_KEYSYMS[keysym]
    return parts


def _log_x_error(error: Exception, request: Any) -> None:
    log.warning("X error from the input worker: %s", error)


def _modifier_mask(display: Xlib.display.Display, keysyms: Iterable[int]) -> int:
    """The modifier bit (Mod1 ...) the server gives keys with these keysyms; 0 if none."""
    codes = {display.keysym_to_keycode(sym) for sym in keysyms} - {0}
    for index, row in enumerate(display.get_modifier_mapping()):
        if codes & set(row):
            return 1 << index
    return 0


class _CharTyper:
    """Types characters as synthetic key events to the focused window (worker thread only).

    Each character is looked up in the first group of the current layout (plain or
    shifted level); a character the layout lacks gets a spare keycode mapped to it
    alone, on both levels. When the server announces a new keyboard mapping (the home
    user switched layouts, or we borrowed), the layout is read again.

    Limit: a client translates a keycode with the mapping it fetched when it handled
    the change notice, not the one in force when we sent the key. So a keycode is
    only remapped when the spare ones run out (19 on Xvfb's default layout), least
    recently used first and at least REMAP_SETTLE after its last use. With a client
    that lags more than that (measured: Qt blocked for 1.5 s while 34 new characters
    were typed), the characters typed on reused keycodes come out wrong. restore()
    empties the borrowed keycodes at the end, RESTORE_SETTLE after the last use.
    """

    REMAP_SETTLE = 0.1
    RESTORE_SETTLE = 0.5

    def __init__(self, display: Xlib.display.Display) -> None:
        self._display = display
        self._root = display.screen().root
        self._layout: dict[str, tuple[int, int]] | None = None  # char → (keycode, level)
        self._spare: list[int] = []
        self._borrowed: dict[str, int] = {}  # char → keycode, least recently used first
        self._used_at: dict[int, float] = {}
        self._held: dict[str, tuple[int, int]] = {}  # pressed chars: released the same way
        try:  # pynput's table of legacy keysyms (EuroSign, arabic_meem, ...) and their chars
            from pynput._util.xorg_keysyms import SYMBOLS

            self._legacy = {keysym: ch for keysym, ch in SYMBOLS.values() if ch}
        except ImportError:
            self._legacy = {}
        self._masks = {
            "shift": Xlib.X.ShiftMask,
            "ctrl": Xlib.X.ControlMask,
            "alt": _modifier_mask(display, _ALT_KEYSYMS) or Xlib.X.Mod1Mask,
            "meta": _modifier_mask(display, (Xlib.XK.XK_Super_L, Xlib.XK.XK_Super_R)),
        }

    def modifier_mask(self, held: Iterable[str]) -> int:
        """The modifier state for the named modifier keys in `held`."""
        return sum(mask for name, mask in self._masks.items() if name in set(held))

    def _char(self, keysym: int) -> str | None:
        if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
            return chr(keysym)  # Latin-1 keysyms are their code points
        if keysym & 0xFF000000 == 0x01000000:
            return chr(keysym & 0xFFFFFF)  # Unicode keysyms
        return self._legacy.get(keysym)

    @staticmethod
    def _keysym(ch: str) -> int:
        return ord(ch) if ord(ch) < 0x100 else 0x01000000 | ord(ch)

    def _mapping(self) -> tuple[int, Any]:
        info = self._display.display.info
        first, count = info.min_keycode, info.max_keycode - info.min_keycode + 1
        return first, self._display.get_keyboard_mapping(first, count)

    def _forget_layout_if_changed(self) -> None:
        # Every client gets MappingNotify when the keyboard mapping changes; we select
        # nothing else on this connection, so these are the only events it queues.
        while self._display.pending_events():
            if self._display.next_event().type == Xlib.X.MappingNotify:
                self._layout = None

    def _read_layout(self) -> None:
        first, mapping = self._mapping()
        # A new layout may have taken back keycodes we borrowed: keep only ours.
        self._borrowed = {
            ch: keycode
            for ch, keycode in self._borrowed.items()
            if mapping[keycode - first][0] == self._keysym(ch)
        }
        mine = set(self._borrowed.values())
        layout: dict[str, tuple[int, int]] = {}
        spare: list[int] = []
        for offset, keysyms in enumerate(mapping):
            keycode = first + offset
            if keycode in mine:
                continue
            if not any(keysyms):
                spare.append(keycode)
                continue
            for level in (0, 1):
                ch = self._char(keysyms[level]) if level < len(keysyms) else None
                if ch is not None:
                    layout.setdefault(ch, (keycode, level))
            lower = self._char(keysyms[0])
            if lower and (len(keysyms) < 2 or not keysyms[1]) and lower.upper() != lower:
                # A lone lower-case keysym implies its upper case on the shifted level.
                layout.setdefault(lower.upper(), (keycode, 1))
        self._layout, self._spare = layout, spare

    def _locate(self, ch: str) -> tuple[int, int]:
        self._forget_layout_if_changed()
        if self._layout is None:
            self._read_layout()
        assert self._layout is not None
        if ch in self._layout:
            return self._layout[ch]
        if ch in self._borrowed:
            self._borrowed[ch] = self._borrowed.pop(ch)  # now the most recently used
            return self._borrowed[ch], 0
        self._read_layout()  # the home user may have switched layouts since
        if ch in self._layout:
            return self._layout[ch]
        return self._borrow(ch), 0

    def _borrow(self, ch: str) -> int:
        if self._spare:
            keycode = self._spare.pop(0)
        else:
            held = {keycode for keycode, _ in self._held.values()}
            victim = next((c for c, k in self._borrowed.items() if k not in held), None)
            if victim is None:
                raise _Refused("bad_text")  # every spare keycode is held down
            keycode = self._borrowed.pop(victim)
            wait = self.REMAP_SETTLE - (time.monotonic() - self._used_at.get(keycode, 0.0))
            if wait > 0:
                time.sleep(wait)
        keysym = self._keysym(ch)
        self._display.change_keyboard_mapping(keycode, [(keysym, keysym)])
        self._display.sync()
        self._borrowed[ch] = keycode
        return keycode

    def send(self, ch: str, *, press: bool, modifiers: int) -> None:
        """Send one key press or release that types `ch` to the window with the focus."""
        if press:
            keycode, level = self._held[ch] = self._locate(ch)
        else:
            held = self._held.pop(ch, None)  # release the keycode that was pressed
            keycode, level = held if held is not None else self._locate(ch)
        focus = self._display.get_input_focus().focus
        # Group bits stay 0 (first group) and Lock is left out, whatever the real state.
        state = modifiers | (Xlib.X.ShiftMask if level else 0)
        kind = Xlib.protocol.event.KeyPress if press else Xlib.protocol.event.KeyRelease
        event = kind(
            detail=keycode, time=Xlib.X.CurrentTime, root=self._root, window=focus,
            child=Xlib.X.NONE, root_x=0, root_y=0, event_x=0, event_y=0, state=state,
            same_screen=0,
        )  # fmt: skip
        # Focus may be PointerRoot/None (plain ints): then X picks the window, as pynput does.
        self._display.send_event(focus, event)
        self._display.sync()
        self._used_at[keycode] = time.monotonic()

    def restore(self) -> None:
        """Empty the keycodes we borrowed again (once clients have used them)."""
        if not self._borrowed:
            return
        last = max(self._used_at.values(), default=0.0)
        time.sleep(max(0.0, self.RESTORE_SETTLE - (time.monotonic() - last)))
        self._read_layout()  # forgets keycodes a new layout has taken over
        for keycode in self._borrowed.values():
            self._display.change_keyboard_mapping(keycode, [(Xlib.X.NoSymbol, Xlib.X.NoSymbol)])
        self._borrowed.clear()
        self._display.sync()


class InputInjector:
    """Injects the supporter's validated input messages on the shared monitor.

    Thread model: `apply`, `release_all`, `suspend`, `resume` and `close` may be called
    from any thread (normally the asyncio/Qt one); every X call happens on the
    injector's own worker thread, except the emergency release in `release_all`.
    """

    def __init__(self, area: ScreenArea) -> None:
        if area.width < 1 or area.height < 1:
            raise ValueError(f"empty screen area {area}")
        # pynput chooses its backend when first imported and needs $DISPLAY by then, so
        # it is imported here: this module itself must import on a machine without X.
        from pynput import keyboard, mouse

        self.area = area
        self.injected = 0
        """Count of messages injected completely."""
        self.dropped = DropCounter()
        """Messages refused or lost, by reason (suspended, hotkey, bad_key, ...)."""
        self._keyboard: Any = keyboard.Controller()
        self._mouse: Any = mouse.Controller()
        self._named = {
            name: getattr(keyboard.Key, _PYNPUT_KEY_NAMES.get(name, name)) for name in NAMED_KEYS
        }
        self._buttons_by_name = {name: getattr(mouse.Button, name) for name in MOUSE_BUTTONS}
        # A connection of the worker's own: the server's key state, and typing characters.
        self._xstate = Xlib.display.Display()
        self._xstate.set_error_handler(_log_x_error)
        self._typer = _CharTyper(self._xstate)

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
        # them again when it can, so pynput's modifier state (and, for characters, the
        # focused window) sees the release too.
        self._rescued_keys: set[str] = set()
        self._last_pointer: tuple[int, int] | None = None
        self._own_positions: deque[tuple[float, tuple[int, int]]] = deque(maxlen=256)
        self._last_injected_at = -math.inf
        self._thread = threading.Thread(target=self._run, name="input-injector", daemon=True)
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
        """Where we last moved the pointer, in X screen pixels (None before the first move)."""
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
        WORKER_GRACE — stuck in an X call — the keys and buttons are released through
        a fresh X connection instead. Idempotent; safe from any thread.
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

    def recently_injected(self, window: float = OWN_EVENT_WINDOW) -> bool:
        """True if we injected an event within the last `window` seconds (monotonic clock)."""
        return time.monotonic() - self._last_injected_at <= window

    def close(self) -> None:
        """Release everything and stop the worker. Idempotent.

        Usually instant; up to ~0.5 s right after typing characters the layout lacks
        (their borrowed keycodes are emptied once the focused app has used them), and
        at most ~2 s when the worker is stuck.
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

    def _is_own_position(self, position: tuple[int, int]) -> bool:
        """True if we moved the pointer to exactly this spot within OWN_POSITION_MEMORY."""
        if position == self._last_pointer:
            return True
        oldest = time.monotonic() - OWN_POSITION_MEMORY
        return any(at >= oldest and spot == position for at, spot in list(self._own_positions))

    def _stamp(self) -> None:
        self._last_injected_at = time.monotonic()

    # -- the worker -----------------------------------------------------------------------
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
                    self._inject(message, generation)
                    self.injected += 1
                except _Refused as refused:
                    self._drop(str(refused.args[0]))
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
            # Drop pynput's controllers here, while the X server surely still runs: their
            # __del__ closes their connections and complains loudly if it is gone.
            self._keyboard = self._mouse = None
            try:
                self._typer.restore()
                self._xstate.close()
            except Exception:
                log.exception("could not restore the keyboard mapping")

    def _release_held(self) -> None:
        """Worker side of release_all: release through pynput so its state stays right."""
        with self._lock:
            keys = self._keys | self._rescued_keys
            buttons = set(self._buttons)
        for name in sorted(keys):
            try:
                self._key_up(name)
            except Exception:
                log.exception("could not release key %r", name)
        for name in sorted(buttons):
            try:
                self._mouse.release(self._buttons_by_name[name])
            except Exception:
                log.exception("could not release button %r", name)
        if keys or buttons:
            self._stamp()
        with self._lock:
            self._keys -= keys
            self._rescued_keys -= keys
            self._buttons -= buttons

    def _rescue_release(self) -> None:
        """Release held keys and buttons with XTest on a fresh connection (worker stuck)."""
        with self._lock:
            keys = set(self._keys)
            buttons = set(self._buttons)
        try:
            display = Xlib.display.Display()
        except Exception:
            log.exception("no X connection for the emergency release")
            return
        try:
            self._stamp()
            for name in keys:
                if name in self._named:
                    keycode = display.keysym_to_keycode(self._named[name].value.vk)
                    Xlib.ext.xtest.fake_input(display, Xlib.X.KeyRelease, keycode)
                # Characters went out as XSendEvent: the server holds no key for them.
            for name in buttons:
                Xlib.ext.xtest.fake_input(display, Xlib.X.ButtonRelease, _BUTTON_NUMBERS[name])
            display.sync()
            self._stamp()
        except Exception:
            log.exception("emergency release failed")
            return
        finally:
            display.close()
        with self._lock:
            self._keys -= keys
            self._rescued_keys |= keys
            self._buttons -= buttons

    def _inject(self, message: dict[str, Any], generation: int) -> None:
        kind = message.get("type")
        if kind == "mouse":
            self._inject_mouse(message)
        elif kind == "key":
            self._inject_key(message)
        elif kind == "text":
            self._inject_text(message, generation)
        else:
            raise _Refused("not_input")

    def _move(self, position: tuple[int, int]) -> None:
        # Remember the spot before moving, so the monitor never sees our motion first.
        self._own_positions.append((time.monotonic(), position))
        self._last_pointer = position
        self._stamp()
        self._mouse.position = position
        self._stamp()

    def _inject_mouse(self, message: dict[str, Any]) -> None:
        action = message.get("action")
        if action not in MOUSE_ACTIONS:
            raise _Refused("bad_input")
        try:
            position = self.area.to_pixels(message.get("x"), message.get("y"))  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise _Refused("bad_input") from exc
        if action == "move":
            self._move(position)
            return
        if action == "wheel":
            dx, dy = message.get("dx", 0), message.get("dy", 0)
            if not all(
                isinstance(v, int) and not isinstance(v, bool) and abs(v) <= MAX_WHEEL_STEPS
                for v in (dx, dy)
            ):
                raise _Refused("bad_input")
            self._move(position)
            # pynput: dy > 0 scrolls up (X button 4), dx > 0 scrolls right (button 7).
            self._mouse.scroll(dx, dy)
            self._stamp()
            return
        name = message.get("button")
        if name not in MOUSE_BUTTONS:
            raise _Refused("bad_input")
        button = self._buttons_by_name[name]
        if action == "up" and name not in self._buttons:
            # Its "down" was dropped (suspended, refused): only release what we pressed.
            self._move(position)
            raise _Refused("not_pressed")
        self._move(position)
        if action == "down":
            # Track before pressing, so a release racing with this press covers it.
            with self._lock:
                self._buttons.add(name)
            self._mouse.press(button)
        elif action == "up":
            self._mouse.release(button)
            with self._lock:
                self._buttons.discard(name)
        else:
            self._mouse.click(button)
            if action == "double":
                # Back to back, Qt under Xvfb missed some double clicks (2 of 12 runs); a
                # human's second click comes ~100 ms later, and 30 ms was reliable.
                time.sleep(DOUBLE_CLICK_GAP)
                self._mouse.click(button)
            with self._lock:
                self._buttons.discard(name)
        self._stamp()

    def _check_key(self, key: str) -> None:
        if key not in self._named and not (len(key) == 1 and key.isprintable()):
            raise _Refused("bad_key")

    def _modifier_state(self) -> int:
        """The X modifier mask of the modifiers we hold, for synthetic character events."""
        with self._lock:
            held = set(self._keys)
        return self._typer.modifier_mask(held)

    def _key_down(self, key: str) -> None:
        if key in self._named:
            self._keyboard.press(self._named[key])
        else:
            self._typer.send(key, press=True, modifiers=self._modifier_state())

    def _key_up(self, key: str) -> None:
        if key in self._named:
            self._keyboard.release(self._named[key])
        else:
            self._typer.send(key, press=False, modifiers=self._modifier_state())

    def _would_complete_hotkey(self, keys: Iterable[str]) -> bool:
        """True if pressing `keys` now would complete HOTKEY_STOP or HOTKEY_PAUSE.

        Counts what we hold and what the server says is down (the home user may hold
        ctrl+alt physically), in any order of pressing.
        """
        adding = {part for part in map(_hotkey_part, keys) if part}
        if not adding:
            return False
        with self._lock:
            held = {part for part in map(_hotkey_part, self._keys) if part}
        if _completes_hotkey(held | adding):
            return True
        down = _keymap_down(self._xstate.query_keymap())
        held |= set(_keycode_parts(self._xstate, down).values())
        return _completes_hotkey(held | adding)

    def _inject_key(self, message: dict[str, Any]) -> None:
        action, key = message.get("action"), message.get("key")
        if action not in KEY_ACTIONS or not isinstance(key, str):
            raise _Refused("bad_input")
        self._check_key(key)
        if action in ("down", "press") and self._would_complete_hotkey([key]):
            raise _Refused("hotkey")
        held = key in self._keys
        if action == "up" and not held:
            raise _Refused("not_pressed")  # its "down" was dropped: nothing to release
        self._stamp()
        try:
            if action == "down":
                # Track before pressing, so a release racing with this press covers it.
                with self._lock:
                    self._keys.add(key)
                self._key_down(key)
                return
            if action == "press":
                if held:  # a real keyboard cannot press a held key: let go of it first
                    self._key_up(key)
                self._key_down(key)
            self._key_up(key)
            with self._lock:
                self._keys.discard(key)
        finally:
            self._stamp()

    def _inject_text(self, message: dict[str, Any], generation: int) -> None:
        text = message.get("text")
        if (
            not isinstance(text, str)
            or not 0 < len(text) <= MAX_TEXT_CHARS
            or not all(ch.isprintable() or ch in "\n\t" for ch in text)
        ):
            raise _Refused("bad_input")
        if self._would_complete_hotkey(text):
            raise _Refused("hotkey")
        # Held ctrl/alt/meta still apply (shortcuts); shift does not: text is exact.
        modifiers = self._modifier_state() & ~Xlib.X.ShiftMask
        for ch in text:
            if self._generation != generation:
                raise _Refused("cancelled")  # release_all/suspend arrived mid-text
            self._stamp()
            if ch in _CONTROL_KEYS:
                self._keyboard.tap(self._named[_CONTROL_KEYS[ch]])
            else:
                self._typer.send(ch, press=True, modifiers=modifiers)
                self._typer.send(ch, press=False, modifiers=modifiers)
        self._stamp()


def _is_move(message: Any) -> bool:
    return (
        isinstance(message, dict)
        and message.get("type") == "mouse"
        and (message.get("action") == "move")
    )


def _is_release(message: Any) -> bool:
    return isinstance(message, dict) and message.get("action") == "up"


_EVENT_PARSER = rq.EventField(None)


class LocalActivityMonitor:
    """Notices the home user's OWN mouse and keyboard (not our injected events) and the
    global hotkeys.

    `on_activity()` is called when the home user moves the mouse, clicks, scrolls or
    types (at most once per `activity_interval` seconds); `on_hotkey("stop"|"pause")`
    when HOTKEY_STOP/HOTKEY_PAUSE is pressed. **Both are called from a background
    thread**: marshal them onto your loop, e.g. `loop.call_soon_threadsafe(...)`.
    Exceptions they raise are logged and swallowed so watching continues.

    The hotkeys are honoured whoever seems to have pressed them: the injector never
    injects one, and a false "stop" is safe while a missed one is not.

    `method` "auto" uses XRecord when the server has RECORD, else polling (pointer and
    keymap every `poll_interval` seconds; may miss a key tapped faster than that).
    After `start()`, the attribute `method` says which one runs.
    """

    def __init__(
        self,
        injector: InputInjector | None,
        on_activity: Callable[[], None],
        on_hotkey: Callable[[str], None],
        *,
        method: str = "auto",
        activity_interval: float = 0.1,
        poll_interval: float = 0.05,
    ) -> None:
        if method not in ("auto", "xrecord", "polling"):
            raise ValueError(f"unknown method {method!r}")
        self.method = method
        self.activity_interval = activity_interval
        self.poll_interval = poll_interval
        self._injector = injector
        self._on_activity = on_activity
        self._on_hotkey = on_hotkey
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._control: Xlib.display.Display | None = None
        self._record: Xlib.display.Display | None = None
        self._context = 0
        self._alt_mask = Xlib.X.Mod1Mask
        self._last_activity = -math.inf
        self._hotkey_keys_down: set[int] = set()
        self._recording = threading.Event()
        self._baseline: tuple[tuple[int, int], int, set[int]] | None = None

    def start(self) -> None:
        """Start watching in a background thread (no-op when already running).

        Returns once watching has begun (at most ~1 s), so input after it is seen.
        """
        if self._thread is not None:
            return
        self._stopping.clear()
        # The control connection answers layout questions and stops XRecord; the record
        # connection is blocked inside XRecordEnableContext while watching.
        self._control = Xlib.display.Display()
        self._alt_mask = _modifier_mask(self._control, _ALT_KEYSYMS) or Xlib.X.Mod1Mask
        method = self.method
        if method == "auto":
            method = "xrecord" if self._control.has_extension("RECORD") else "polling"
        self.method = method
        if method == "xrecord":
            self._record = Xlib.display.Display()
            self._context = self._record.record_create_context(
                0,
                [record.AllClients],
                [
                    {
                        "core_requests": (0, 0),
                        "core_replies": (0, 0),
                        "ext_requests": (0, 0, 0, 0),
                        "ext_replies": (0, 0, 0, 0),
                        "delivered_events": (0, 0),
                        # KeyPress .. MotionNotify: keys, buttons (and wheel), motion.
                        "device_events": (Xlib.X.KeyPress, Xlib.X.MotionNotify),
                        "errors": (0, 0),
                        "client_started": False,
                        "client_died": False,
                    }
                ],
            )
            target = self._run_record
        else:
            self._baseline = self._sample()
            target = self._run_polling
        log.info("watching the home user's input with %s", method)
        self._recording.clear()
        self._thread = threading.Thread(target=target, name="local-activity", daemon=True)
        self._thread.start()
        if method == "xrecord" and not self._recording.wait(RELEASE_TIMEOUT):
            log.warning("XRecord did not confirm the start within %.1f s", RELEASE_TIMEOUT)

    def stop(self) -> None:
        """Stop watching; no callback runs after this returns (within ~1 s). Idempotent."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopping.set()
        control = self._control
        if control is not None and self._record is not None:
            try:
                control.record_disable_context(self._context)
                control.flush()
            except Xlib.error.XError:
                log.exception("could not stop XRecord")
        if thread is not threading.current_thread():
            thread.join(RELEASE_TIMEOUT)
        if control is not None:
            control.close()
        self._control = None

    # -- deciding ---------------------------------------------------------------------------
    def _is_ours_motion(self, position: tuple[int, int]) -> bool:
        return self._injector is not None and self._injector._is_own_position(position)

    def _is_ours_key_or_button(self) -> bool:
        return self._injector is not None and self._injector.recently_injected()

    def _activity(self) -> None:
        now = time.monotonic()
        if now - self._last_activity < self.activity_interval:
            return
        self._last_activity = now
        self._call(self._on_activity)

    def _hotkey(self, keycode: int, part: str | None) -> None:
        if part is None or keycode in self._hotkey_keys_down:
            return  # not s/p, or a key repeat of a shortcut already reported
        self._hotkey_keys_down.add(keycode)
        self._call(self._on_hotkey, "stop" if part == "s" else "pause")

    @staticmethod
    def _call(callback: Callable[..., None], *args: str) -> None:
        try:
            callback(*args)
        except Exception:
            log.exception("activity callback failed")

    # -- XRecord ----------------------------------------------------------------------------
    def _run_record(self) -> None:
        assert self._record is not None
        try:
            self._record.record_enable_context(self._context, self._on_record)
        except Exception:
            if not self._stopping.is_set():
                log.exception("XRecord stopped")
        finally:
            try:
                self._record.record_free_context(self._context)
            finally:
                self._record.close()
                self._record = None

    def _on_record(self, reply: Any) -> None:
        if reply.category == record.StartOfData:
            self._recording.set()
        if self._stopping.is_set() or reply.category != record.FromServer:
            return
        data = reply.data
        while data:
            event, data = _EVENT_PARSER.parse_binary_value(data, self._record.display, None, None)  # type: ignore[union-attr]
            try:
                self._on_x_event(event)
            except Exception:
                log.exception("could not handle an input event")

    def _on_x_event(self, event: Any) -> None:
        kind = event.type
        if kind == Xlib.X.MotionNotify:
            ours = self._is_ours_motion((event.root_x, event.root_y))
        else:
            ours = self._is_ours_key_or_button()
        if kind == Xlib.X.KeyPress:
            state = event.state
            if state & Xlib.X.ControlMask and state & self._alt_mask and self._control:
                part = _keycode_parts(self._control, [event.detail]).get(event.detail)
                self._hotkey(event.detail, part if part in ("s", "p") else None)
        elif kind == Xlib.X.KeyRelease:
            self._hotkey_keys_down.discard(event.detail)
        if not ours:
            self._activity()

    # -- polling fallback -------------------------------------------------------------------
    def _sample(self) -> tuple[tuple[int, int], int, set[int]]:
        """Pointer position, pressed buttons and pressed keycodes, as the server has them."""
        assert self._control is not None
        pointer = self._control.screen().root.query_pointer()
        keys = _keymap_down(self._control.query_keymap())
        return (pointer.root_x, pointer.root_y), pointer.mask & _BUTTON_MASKS, keys

    def _run_polling(self) -> None:
        previous = self._baseline  # taken in start(), so nothing after start() is missed
        while not self._stopping.wait(self.poll_interval):
            control = self._control
            try:
                assert control is not None
                position, buttons, keys = current = self._sample()
            except Exception:
                if not self._stopping.is_set():
                    log.exception("could not poll the input state")
                continue
            if previous is not None:
                old_position, old_buttons, old_keys = previous
                if position != old_position and not self._is_ours_motion(position):
                    self._activity()
                if (buttons != old_buttons or keys != old_keys) and (
                    not self._is_ours_key_or_button()
                ):
                    self._activity()
                self._poll_hotkey(control, keys, keys - old_keys)
            previous = current

    def _poll_hotkey(self, control: Xlib.display.Display, keys: set[int], new: set[int]) -> None:
        self._hotkey_keys_down &= keys
        if not new:
            return
        parts = _keycode_parts(control, keys)
        held = set(parts.values())
        if "ctrl" in held and "alt" in held:
            for keycode in new:
                if parts.get(keycode) in ("s", "p"):
                    self._hotkey(keycode, parts[keycode])
