"""The X11 input sink: the supporter's mouse and keys on the home user's X screen.

`InputInjector` is an `InputWorker` (the queue, the worker thread, the books of what is
held) whose worker injects with pynput and python-xlib. How input reaches the X server,
which the rules below rely on:
- mouse moves/buttons/wheel and named keys (ctrl, enter, f1, ...) go through pynput,
  which uses XTest: the server treats them like a real device, so they change the
  keyboard/pointer state (`XQueryKeymap`, `XQueryPointer`) and XRecord sees them;
- characters (key messages with a character, and all `text`) are sent as synthetic key
  events (XSendEvent) to the focused window by `keyboard.CharTyper`, with an explicit
  modifier state: they never change the server's key state.
Nothing injected may complete the home user's global shortcuts (`platform.hotkeys`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

import Xlib.display
import Xlib.ext.xtest
import Xlib.X

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
from .keyboard import CharTyper, OutOfKeycodes, keycode_parts, keymap_down
from .release_watch import ReleaseWatch

log = logging.getLogger("assist.agent.x11.input")

DOUBLE_CLICK_GAP = 0.03
"""Seconds between the two clicks of a double click."""

# pynput's names for our named keys, where they differ ("meta" is the Windows/Super key).
_PYNPUT_KEY_NAMES = {"escape": "esc", "meta": "cmd"}
_BUTTON_NUMBERS = {"left": 1, "middle": 2, "right": 3}
_CONTROL_KEYS = {"\n": "enter", "\t": "tab"}  # typed as the named key, like pynput does
_AIMED = frozenset({"down", "click", "double", "wheel"})  # what acts on the window at the point


def _log_x_error(error: Exception, request: Any) -> None:
    log.warning("X error from the input worker: %s", error)


class InputInjector(InputWorker):
    """Injects the supporter's validated input messages on the shared monitor (X11).

    Every X call happens on the worker thread, except the emergency release in
    `release_all` (a fresh X connection). Satisfies `platform.input.InputSink`.
    """

    def __init__(self, area: ScreenArea) -> None:
        super().__init__(area)  # raises ValueError for an empty area
        # pynput chooses its backend when first imported and needs $DISPLAY by then, so
        # it is imported here: this module itself must import on a machine without X.
        from pynput import keyboard, mouse

        self._keyboard: Any = keyboard.Controller()
        self._mouse: Any = mouse.Controller()
        self._named = {
            name: getattr(keyboard.Key, _PYNPUT_KEY_NAMES.get(name, name)) for name in NAMED_KEYS
        }
        self._buttons_by_name = {name: getattr(mouse.Button, name) for name in MOUSE_BUTTONS}
        # A connection of the worker's own: the server's key state, and typing characters.
        self._xstate = Xlib.display.Display()
        self._xstate.set_error_handler(_log_x_error)
        self._typer = CharTyper(self._xstate)
        # What is held, by keycode, for the watcher that lets go if this process dies.
        self._keycodes = {
            name: self._xstate.keysym_to_keycode(key.value.vk) for name, key in self._named.items()
        }
        self._release_watch = ReleaseWatch(self._xstate.get_display_name())
        self.point_check: Callable[[int, int], str | None] | None = None
        """Asked on the worker just before a press or wheel at desktop pixels (x, y): a
        reason refuses it there (issue 19: a protected window that is not focused). Asked
        for a held button's release too: a drag ending there is let go where it began."""
        self._pressed_at: dict[str, tuple[int, int]] = {}  # worker only: where each went down
        self._start_worker()

    # -- the worker's platform calls ------------------------------------------------------
    def _tell_watch(self) -> None:
        """Tell the release watch what the X server holds for the supporter now."""
        with self._lock:
            keys = {self._keycodes[name] for name in self._keys if name in self._keycodes}
            buttons = {_BUTTON_NUMBERS[name] for name in self._buttons if name in _BUTTON_NUMBERS}
            self._release_watch.tell(keys, buttons)

    def _shutdown(self) -> None:
        # Everything was let go on the way here: the watcher leaves without a release.
        self._release_watch.close()
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
        check, at = self.point_check, self.last_pointer
        back = bool(buttons) and check is not None and at is not None and check(*at) is not None
        for name in sorted(buttons):
            try:
                if back and name in self._pressed_at:  # not over a protected window (a drop)
                    self._move(self._pressed_at[name])
                self._mouse.release(self._buttons_by_name[name])
            except Exception:
                log.exception("could not release button %r", name)
        if keys or buttons:
            self._stamp()
        with self._lock:
            self._keys -= keys
            self._rescued_keys -= keys
            self._buttons -= buttons
        self._tell_watch()

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
        self._tell_watch()

    def _focus_in(self, windows: frozenset[int]) -> bool:
        """The X keyboard focus is one of `windows` or inside one (walks up to the root)."""
        window: Any = self._xstate.get_input_focus().focus
        root = self._xstate.screen().root.id
        for _ in range(32):  # a window tree is never this deep; a loop must end
            if not hasattr(window, "id") or window.id in (0, 1, root):  # None, PointerRoot
                return False
            if window.id in windows:
                return True
            window = window.query_tree().parent
        return False

    def _inject(self, message: dict[str, Any], generation: int) -> None:
        kind = message.get("type")
        try:
            if kind == "mouse":
                self._inject_mouse(message)
            elif kind == "key":
                self._inject_key(message)
            elif kind == "text":
                self._inject_text(message, generation)
            else:
                raise Refused("not_input")
        except OutOfKeycodes as exc:
            raise Refused("bad_text") from exc
        finally:
            self._tell_watch()

    def _move(self, position: tuple[int, int]) -> None:
        self._moved_to(position)
        self._mouse.position = position
        self._stamp()

    def _inject_mouse(self, message: dict[str, Any]) -> None:
        action = message.get("action")
        if action not in MOUSE_ACTIONS:
            raise Refused("bad_input")
        try:
            position = self.area.to_pixels(message.get("x"), message.get("y"))  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise Refused("bad_input") from exc
        if action == "move":
            self._move(position)
            return
        check = self.point_check
        if action in _AIMED and check is not None and (why := check(*position)):
            raise Refused(why)
        dropped_at: str | None = None
        held = message.get("button") if isinstance(message.get("button"), str) else None
        # A drag must not end over a protected window (the drop would land in it): the
        # button is let go where it was pressed instead, so nothing is held after.
        if action == "up" and check and held in self._buttons and (why := check(*position)):
            dropped_at, position = why, self._pressed_at.get(held, position)
        if action == "wheel":
            dx, dy = message.get("dx", 0), message.get("dy", 0)
            if not all(
                isinstance(v, int) and not isinstance(v, bool) and abs(v) <= MAX_WHEEL_STEPS
                for v in (dx, dy)
            ):
                raise Refused("bad_input")
            self._move(position)
            # pynput: dy > 0 scrolls up (X button 4), dx > 0 scrolls right (button 7).
            self._mouse.scroll(dx, dy)
            self._stamp()
            return
        name = message.get("button")
        if name not in MOUSE_BUTTONS:
            raise Refused("bad_input")
        button = self._buttons_by_name[name]
        if action == "up" and name not in self._buttons:
            # Its "down" was dropped (suspended, refused): only release what we pressed.
            self._move(position)
            raise Refused("not_pressed")
        self._move(position)
        if action == "down":
            # Track before pressing, so a release racing with this press covers it.
            with self._lock:
                self._buttons.add(name)
            self._pressed_at[name] = position
            self._mouse.press(button)
        elif action == "up":
            self._mouse.release(button)
            with self._lock:
                self._buttons.discard(name)
            if dropped_at is not None:
                self._stamp()
                raise Refused(dropped_at)  # released, but not where it was aimed
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
            raise Refused("bad_key")

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
        adding = hotkey_parts(keys)
        if not adding:
            return False
        with self._lock:
            held = hotkey_parts(self._keys)
        if completes_hotkey(held | adding):
            return True
        down = keymap_down(self._xstate.query_keymap())
        held |= set(keycode_parts(self._xstate, down).values())
        return completes_hotkey(held | adding)

    def _inject_key(self, message: dict[str, Any]) -> None:
        action, key = message.get("action"), message.get("key")
        if action not in KEY_ACTIONS or not isinstance(key, str):
            raise Refused("bad_input")
        self._check_key(key)
        if action in ("down", "press") and self._would_complete_hotkey([key]):
            raise Refused("hotkey")
        held = key in self._keys
        if action == "up" and not held:
            raise Refused("not_pressed")  # its "down" was dropped: nothing to release
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
            raise Refused("bad_input")
        if self._would_complete_hotkey(text):
            raise Refused("hotkey")
        # Held ctrl/alt/meta still apply (shortcuts); shift does not: text is exact.
        modifiers = self._modifier_state() & ~Xlib.X.ShiftMask
        for ch in text:
            if self._generation != generation:
                raise Refused("cancelled")  # release_all/suspend arrived mid-text
            self._stamp()
            if ch in _CONTROL_KEYS:
                self._keyboard.tap(self._named[_CONTROL_KEYS[ch]])
            else:
                self._typer.send(ch, press=True, modifiers=modifiers)
                self._typer.send(ch, press=False, modifiers=modifiers)
        self._stamp()
