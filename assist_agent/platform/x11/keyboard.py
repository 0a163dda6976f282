"""The keyboard as the X server has it: key state, layouts, and typing any character.

Characters (key messages with a character, and all `text`) are sent as synthetic key
events (XSendEvent) to the focused window, the way pynput does it, with an explicit
modifier state and keyboard group: so they come out right whatever layout or group the
home user has active, and caps lock does not change them. A character missing from the
layout gets a spare keycode of its own (`CharTyper`). We do not use pynput's
`Controller.type` for this: it puts several borrowed characters on one keycode's
shift/group levels, and Arabic came out wrong ("مرحبا" → "ممحبب"). Synthetic events
never change the server's key state, and XRecord's device events do not include them.
Qt and GTK accept them; a few programs ignore synthetic events (xterm by default).

The helpers below also name keycodes as parts of the home user's global shortcuts, from
the server's current layout, for both the input sink and the activity watch.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import Xlib.display
import Xlib.protocol.event

# Imported before any Display exists: makes python-xlib's connections safe to share
# between threads (pynput imports it too; the watch may run without an input sink).
import Xlib.threaded  # noqa: F401
import Xlib.X
import Xlib.XK

from ..hotkeys import HOTKEY_LETTERS

CTRL_KEYSYMS = {Xlib.XK.XK_Control_L, Xlib.XK.XK_Control_R}
ALT_KEYSYMS = {Xlib.XK.XK_Alt_L, Xlib.XK.XK_Alt_R, Xlib.XK.XK_Meta_L, Xlib.XK.XK_Meta_R}
# The letters that complete a shortcut, by their plain and shifted keysyms (s, S, p, P).
_HOTKEY_LETTER_KEYSYMS = {
    Xlib.XK.string_to_keysym(ch): letter
    for letter in HOTKEY_LETTERS
    for ch in (letter, letter.upper())
}


class OutOfKeycodes(Exception):
    """Every spare keycode is held down: no character can be given a new one now."""


def keymap_down(keymap: Iterable[int]) -> set[int]:
    """Keycodes that an XQueryKeymap bit vector reports as down."""
    return {
        index * 8 + bit for index, byte in enumerate(keymap) for bit in range(8) if byte >> bit & 1
    }


def keycode_parts(display: Xlib.display.Display, keycodes: Iterable[int]) -> dict[int, str]:
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
            if keysym in CTRL_KEYSYMS:
                parts[keycode] = "ctrl"
            elif keysym in ALT_KEYSYMS:
                parts[keycode] = "alt"
            elif keysym in _HOTKEY_LETTER_KEYSYMS:
                parts[keycode] = _HOTKEY_LETTER_KEYSYMS[keysym]
    return parts


def modifier_mask_of(display: Xlib.display.Display, keysyms: Iterable[int]) -> int:
    """The modifier bit (Mod1 ...) the server gives keys with these keysyms; 0 if none."""
    codes = {display.keysym_to_keycode(sym) for sym in keysyms} - {0}
    for index, row in enumerate(display.get_modifier_mapping()):
        if codes & set(row):
            return 1 << index
    return 0


class CharTyper:
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
            "alt": modifier_mask_of(display, ALT_KEYSYMS) or Xlib.X.Mod1Mask,
            "meta": modifier_mask_of(display, (Xlib.XK.XK_Super_L, Xlib.XK.XK_Super_R)),
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
                raise OutOfKeycodes  # every spare keycode is held down
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
