"""The home user's global shortcuts, and the rule that injected input never completes one.

Policy, not platform: every backend watches for the same combinations and every input
sink refuses the supporter's keys by the same rule. Keys are named as in the `key`
messages ("ctrl", "alt", "s", ...), never by a platform's key codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

HotkeyName = Literal["stop", "pause"]

HOTKEY_STOP = ("ctrl", "alt", "s")
"""The home user's global shortcut that ends the session; injected input never completes it."""
HOTKEY_PAUSE = ("ctrl", "alt", "p")
"""The home user's global shortcut that pauses the session; injected input never completes it."""
HOTKEYS: dict[HotkeyName, tuple[str, str, str]] = {"stop": HOTKEY_STOP, "pause": HOTKEY_PAUSE}

HOTKEY_MODIFIERS = frozenset(part for combo in HOTKEYS.values() for part in combo[:-1])
"""The modifier keys the shortcuts are held with ("ctrl", "alt")."""
HOTKEY_LETTERS: dict[str, HotkeyName] = {combo[-1]: name for name, combo in HOTKEYS.items()}
"""The letter that completes each shortcut, lower case: "s" → "stop", "p" → "pause"."""


def hotkey_part(key: str) -> str | None:
    """Which part of a global shortcut a key name is ("ctrl", "alt", "s", "p"), if any.

    Letters count in either case: shift does not stop ctrl+alt+S from being Stop.
    """
    if key in HOTKEY_MODIFIERS:
        return key
    lower = key.lower()
    return lower if lower in HOTKEY_LETTERS else None


def hotkey_parts(keys: Iterable[str]) -> set[str]:
    """The shortcut parts among these key names."""
    return {part for part in map(hotkey_part, keys) if part}


def completes_hotkey(parts: Iterable[str]) -> bool:
    """True if these parts, all down at once, make up a whole global shortcut."""
    down = set(parts)
    return any(set(combo) <= down for combo in HOTKEYS.values())
