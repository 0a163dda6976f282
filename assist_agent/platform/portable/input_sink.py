"""The portable input sink: the supporter's mouse and keys through pynput alone.

pynput injects with the system's own means (Windows: SendInput; macOS: CGEvent; X11:
XTest for the pointer and named keys, XSendEvent for characters) and handles keyboard
layouts itself. The sink notes every key and button it presses in `echoes` first, so
the watch (`watch.py`) can tell them from the home user's where the system does not
flag injected events. The pointer goes to points (`Scale`): the supporter's fractions
map onto the shared monitor in pixels, then to the system's points.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from typing import Any

from assist_session.messages import (
    KEY_ACTIONS,
    MAX_TEXT_CHARS,
    MAX_WHEEL_STEPS,
    MOUSE_ACTIONS,
    MOUSE_BUTTONS,
    NAMED_KEYS,
)

from ..area import ScreenArea
from ..hotkeys import completes_hotkey, hotkey_parts
from ..input_worker import InputWorker, Refused
from .echoes import InjectedEchoes
from .scaling import Scale

log = logging.getLogger("assist.agent.portable.input")

DOUBLE_CLICK_GAP = 0.03
"""Seconds between the two clicks of a double click (as on X11)."""

# pynput's names for our named keys, where they differ ("meta" is the Windows/Cmd key).
_PYNPUT_KEY_NAMES = {"escape": "esc", "meta": "cmd"}
_CONTROL_KEYS = {"\n": "enter", "\t": "tab"}


class PortableInputSink(InputWorker):
    """Injects the supporter's validated input messages with pynput.

    Satisfies `platform.input.InputSink`. It cannot see which window has the keyboard
    focus on every system, so keys into the helper app's own windows are not refused
    here (clicks on them are, by `InputWorker`'s policy).
    """

    def __init__(self, area: ScreenArea, scale: Scale | None = None) -> None:
        super().__init__(area)  # raises ValueError for an empty area
        # pynput chooses its system backend when first imported: imported here, so this
        # module imports anywhere.
        from pynput import keyboard, mouse

        self._pynput_keyboard = keyboard
        self._pynput_mouse = mouse
        self._keyboard: Any = keyboard.Controller()
        self._mouse: Any = mouse.Controller()
        self._named = {
            name: getattr(keyboard.Key, _PYNPUT_KEY_NAMES.get(name, name)) for name in NAMED_KEYS
        }
        self._buttons_by_name = {name: getattr(mouse.Button, name) for name in MOUSE_BUTTONS}
        self.scale = scale or Scale()
        self.echoes = InjectedEchoes()
        """Keys and buttons this sink pressed or released, for the watch to recognise."""
        self.home_user_keys: frozenset[str] = frozenset()
        """Hotkey parts ("ctrl", "alt", "s", "p") the home user holds, as the watch saw."""
        self._start_worker()

    # -- the worker's platform calls ------------------------------------------------------
    def _shutdown(self) -> None:
        self._keyboard = self._mouse = None

    def _release_held(self) -> None:
        with self._lock:
            keys = self._keys | self._rescued_keys
            buttons = set(self._buttons)
        for name in sorted(keys):
            try:
                self._key(name, pressed=False)
            except Exception:
                log.exception("could not release key %r", name)
        for name in sorted(buttons):
            try:
                self._button(name, pressed=False)
            except Exception:
                log.exception("could not release button %r", name)
        if keys or buttons:
            self._stamp()
        with self._lock:
            self._keys -= keys
            self._rescued_keys -= keys
            self._buttons -= buttons

    def _rescue_release(self) -> None:
        """The worker is stuck: release with controllers of this thread's own."""
        with self._lock:
            keys = set(self._keys)
            buttons = set(self._buttons)
        try:
            keyboard = self._pynput_keyboard.Controller()
            mouse = self._pynput_mouse.Controller()
            self._stamp()
            for name in keys:
                self.echoes.expect(("key", name.lower(), False), time.monotonic())
                keyboard.release(self._named.get(name, name))
            for name in buttons:
                self.echoes.expect(("button", name, False), time.monotonic())
                mouse.release(self._buttons_by_name[name])
            self._stamp()
        except Exception:
            log.exception("emergency release failed")
            return
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
            raise Refused("not_input")

    # -- mouse ------------------------------------------------------------------------------
    def _move(self, pixel: tuple[int, int]) -> None:
        point = self.scale.to_points(*pixel)
        self._moved_to((round(point[0]), round(point[1])))  # as the watch will see it
        self._mouse.position = point
        self._stamp()

    def _button(self, name: str, *, pressed: bool) -> None:
        self.echoes.expect(("button", name, pressed), time.monotonic())
        button = self._buttons_by_name[name]
        (self._mouse.press if pressed else self._mouse.release)(button)

    def _inject_mouse(self, message: dict[str, Any]) -> None:
        action = message.get("action")
        if action not in MOUSE_ACTIONS:
            raise Refused("bad_input")
        try:
            position = self.area.to_pixels(message.get("x"), message.get("y"))  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise Refused("bad_input") from exc
        self._move(position)
        if action == "move":
            return
        if action == "wheel":
            dx, dy = message.get("dx", 0), message.get("dy", 0)
            if not all(
                isinstance(v, int) and not isinstance(v, bool) and abs(v) <= MAX_WHEEL_STEPS
                for v in (dx, dy)
            ):
                raise Refused("bad_input")
            for _ in range(abs(dx) + abs(dy)):
                self.echoes.expect(("scroll", "", True), time.monotonic())
            self._mouse.scroll(dx, dy)  # dy > 0 scrolls up, dx > 0 right
            self._stamp()
            return
        name = message.get("button")
        if name not in MOUSE_BUTTONS:
            raise Refused("bad_input")
        if action == "up" and name not in self._buttons:
            raise Refused("not_pressed")  # its "down" was dropped: only release ours
        if action == "down":
            with self._lock:  # tracked first, so a racing release covers it
                self._buttons.add(name)
            self._button(name, pressed=True)
        elif action == "up":
            self._button(name, pressed=False)
            with self._lock:
                self._buttons.discard(name)
        else:
            clicks = 2 if action == "double" else 1
            for index in range(clicks):
                if index:
                    time.sleep(DOUBLE_CLICK_GAP)
                self._button(name, pressed=True)
                self._button(name, pressed=False)
        self._stamp()

    # -- keys -------------------------------------------------------------------------------
    def _key(self, name: str, *, pressed: bool) -> None:
        self.echoes.expect(("key", name.lower(), pressed), time.monotonic())
        key = self._named.get(name, name)
        (self._keyboard.press if pressed else self._keyboard.release)(key)

    def _would_complete_hotkey(self, keys: Iterable[str]) -> bool:
        """Pressing `keys` now would complete Stop or Pause, counting what we hold and
        what the home user holds (as the watch saw it)."""
        adding = hotkey_parts(keys)
        if not adding:
            return False
        with self._lock:
            held = hotkey_parts(self._keys)
        return completes_hotkey(held | adding | self.home_user_keys)

    def _inject_key(self, message: dict[str, Any]) -> None:
        action, key = message.get("action"), message.get("key")
        if action not in KEY_ACTIONS or not isinstance(key, str):
            raise Refused("bad_input")
        if key not in self._named and not (len(key) == 1 and key.isprintable()):
            raise Refused("bad_key")
        if action in ("down", "press") and self._would_complete_hotkey([key]):
            raise Refused("hotkey")
        held = key in self._keys
        if action == "up" and not held:
            raise Refused("not_pressed")
        self._stamp()
        try:
            if action == "down":
                with self._lock:
                    self._keys.add(key)
                self._key(key, pressed=True)
                return
            if action == "press":
                if held:  # a real keyboard cannot press a held key: let go of it first
                    self._key(key, pressed=False)
                self._key(key, pressed=True)
            self._key(key, pressed=False)
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
            raise Refused("bad_input")
        if self._would_complete_hotkey(text):
            raise Refused("hotkey")
        for ch in text:
            if self._generation != generation:
                raise Refused("cancelled")  # release_all/suspend arrived mid-text
            self._stamp()
            name = _CONTROL_KEYS.get(ch, ch)
            self._key(name, pressed=True)
            self._key(name, pressed=False)
        self._stamp()
