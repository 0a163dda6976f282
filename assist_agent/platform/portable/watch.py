"""The home user's own mouse and keyboard, and their Stop/Pause shortcuts, via pynput.

pynput's listeners hook the system's input (Windows: low-level hooks; macOS: an event
tap, which needs the Accessibility permission; X11: XRecord). Each event comes with
pynput's `injected` flag; where the system sets it (Windows, macOS, and X11 for events
sent by a controller in this process) the event is the supporter's. Where it does not
(X11's XTest, STACK-NOTES) the event is compared with what the sink injected: a move
to a spot the sink moved to, or a key or button the sink noted in its `echoes`. Anything
else is the home user's own input, and it wins.
"""

from __future__ import annotations

import logging
import math
import sys
import threading
import time
from typing import Any

from ..hotkeys import HOTKEY_LETTERS, HOTKEY_MODIFIERS, hotkey_part
from ..input import ActivityCallback, HotkeyCallback
from .input_sink import PortableInputSink
from .scaling import Scale

log = logging.getLogger("assist.agent.portable.watch")

ACTIVITY_INTERVAL = 0.1
"""At most one activity report this often (as on X11)."""
START_TIMEOUT = 1.0
STOP_TIMEOUT = 0.2
"""`stop` waits this long per listener; callbacks are off at once either way."""


_MODIFIER_NAMES = {
    "ctrl_l": "ctrl", "ctrl_r": "ctrl", "alt_l": "alt", "alt_r": "alt",
    "shift_l": "shift", "shift_r": "shift", "cmd": "meta", "cmd_l": "meta", "cmd_r": "meta",
    "esc": "escape",
}  # fmt: skip


def key_name(key: Any) -> str | None:
    """A pynput key as our key-message name ("ctrl", "alt", "s", "enter"), or None.

    Left and right modifiers are one name; AltGr stays "alt_gr" (AltGr+S types a letter
    in Polish, it is not Stop); letters are lower case. With ctrl held,
    Windows reports the control character (ctrl+s → "\\x13"): it is turned back into its
    letter.
    """
    name = getattr(key, "name", None)  # a pynput Key
    if isinstance(name, str):
        return _MODIFIER_NAMES.get(name, name)
    char = getattr(key, "char", None)
    if isinstance(char, str) and len(char) == 1:
        if ord(char) < 0x20:
            return chr(ord(char) + 0x60)  # ctrl+letter as a control character
        return char.lower()
    vk = getattr(key, "vk", None)
    if isinstance(vk, int):
        if sys.platform == "win32" and 0x41 <= vk <= 0x5A:  # VK_A..VK_Z
            return chr(vk).lower()
        if sys.platform.startswith("linux") and 0x20 < vk < 0x7F:  # a Latin-1 keysym
            return chr(vk).lower()
    return None


def _ready(listener: Any, timeout: float) -> bool:
    """Wait for a pynput listener to be ready, at most `timeout` s (its own `wait()` has
    no timeout, and a listener that failed to start would block it for ever)."""
    waiter = threading.Thread(target=listener.wait, name="listener-ready", daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def _end_quickly(listener: Any) -> None:
    """pynput 1.8's X11 listener queues its XRecord stop on the connection blocked in
    XRecordEnableContext, so its thread ends only at the next input event. Sending the
    stop on its other connection ends it at once. The one place that touches pynput's
    internals; without them (Windows, macOS, another pynput) nothing happens, and the
    thread ends by itself at the next event (callbacks are off already)."""
    display = getattr(listener, "_display_stop", None)
    context = getattr(listener, "_context", None)
    if display is None or context is None:
        return
    try:
        display.record_disable_context(context)
        display.flush()
    except Exception:
        log.debug("the listener's stop connection is gone already")


class PortableWatch:
    """`platform.input.LocalWatch` through pynput's mouse and keyboard listeners."""

    def __init__(
        self,
        sink: PortableInputSink | None,
        on_activity: ActivityCallback,
        on_hotkey: HotkeyCallback,
        scale: Scale | None = None,
    ) -> None:
        self._sink = sink
        self._on_activity = on_activity
        self._on_hotkey = on_hotkey
        self._scale = scale or (sink.scale if sink is not None else Scale())
        self._lock = threading.Lock()
        self._listeners: list[Any] = []
        self._running = False
        self._last_activity = -math.inf
        self._down: set[str] = set()  # key names held, whoever holds them
        self._home_down: set[str] = set()  # of those, the home user's own
        self._reported: set[str] = set()  # shortcut letters already reported (repeats)

    # -- life -------------------------------------------------------------------------------
    def start(self) -> None:
        if self._listeners:
            return
        from pynput import keyboard, mouse

        keys = keyboard.Listener(on_press=self._on_press, on_release=self._on_release)
        pointer = mouse.Listener(
            on_move=self._on_move, on_click=self._on_click, on_scroll=self._on_scroll
        )
        self._running = True
        for listener in (keys, pointer):
            listener.daemon = True
            listener.start()
            self._listeners.append(listener)
            if not _ready(listener, START_TIMEOUT):
                log.warning("an input listener did not start within %.1f s", START_TIMEOUT)
        log.info("watching the home user's input with pynput (%s)", type(keys).__module__)

    def stop(self) -> None:
        with self._lock:
            self._running = False
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            try:
                listener.stop()
                _end_quickly(listener)
                if listener is not threading.current_thread():
                    listener.join(STOP_TIMEOUT)
            except Exception:
                log.exception("could not stop an input listener")

    # -- deciding ---------------------------------------------------------------------------
    def _activity(self) -> None:
        now = time.monotonic()
        with self._lock:
            if not self._running or now - self._last_activity < ACTIVITY_INTERVAL:
                return
            self._last_activity = now
        self._call(self._on_activity)

    def _ours(self, echo: tuple[str, str, bool], injected: bool) -> bool:
        if injected:
            return True
        return self._sink is not None and self._sink.echoes.consume(echo, time.monotonic())

    def _call(self, callback: Any, *args: str) -> None:
        try:
            callback(*args)
        except Exception:
            log.exception("activity callback failed")

    # -- pointer ----------------------------------------------------------------------------
    def _on_move(self, x: float, y: float, injected: bool = False) -> None:
        if injected or not self._running:
            return
        point = (round(x), round(y))
        if self._sink is not None and self._sink.is_own_position(point):
            return
        self._activity()

    def _on_click(
        self, x: float, y: float, button: Any, pressed: bool, injected: bool = False
    ) -> None:
        name = getattr(button, "name", str(button))
        if not self._ours(("button", name, pressed), injected):
            self._activity()

    def _on_scroll(self, x: float, y: float, dx: int, dy: int, injected: bool = False) -> None:
        if not self._ours(("scroll", "", True), injected):
            self._activity()

    # -- keys -------------------------------------------------------------------------------
    def _name(self, key: Any) -> str | None:
        return None if key is None else key_name(key)

    def _on_press(self, key: Any, injected: bool = False) -> None:
        name = self._name(key)
        if injected or not self._running:
            return  # the sink's, told by the system (or by pynput in this process)
        if name is not None:
            self._down.add(name)
            self._check_hotkey(name)
        if self._ours(("key", name or "", True), False):
            return
        if name is not None and hotkey_part(name):
            self._home_down.add(hotkey_part(name) or name)
            self._tell_sink()
        self._activity()

    def _on_release(self, key: Any, injected: bool = False) -> None:
        name = self._name(key)
        if injected:
            return
        if name is not None:
            self._down.discard(name)
            self._reported.discard(name)
            part = hotkey_part(name)
            if part in self._home_down:
                self._home_down.discard(part)
                self._tell_sink()
        self._ours(("key", name or "", False), False)  # a release is never news

    def _check_hotkey(self, name: str) -> None:
        """ctrl+alt+s / ctrl+alt+p from anyone: the sink never injects one."""
        parts = {hotkey_part(key) for key in self._down} - {None}
        letter = hotkey_part(name)
        if letter in HOTKEY_LETTERS and parts >= HOTKEY_MODIFIERS and name not in self._reported:
            self._reported.add(name)
            with self._lock:
                if not self._running:
                    return
            self._call(self._on_hotkey, HOTKEY_LETTERS[letter])

    def _tell_sink(self) -> None:
        if self._sink is not None:
            self._sink.home_user_keys = frozenset(self._home_down)
