"""What the helper app needs from a platform's input side, and nothing platform-specific.

Three small interfaces, one per idea, that every backend (X11 today; the Wayland portal
and a portable pynput backend next) provides:

- `InputSink` puts the supporter's validated mouse, key and text messages on the
  home user's screen, and knows what it holds down so it can always let go;
- `LocalActivity` notices the home user's own mouse and keyboard, told apart from what
  the sink injected, so "the home user's own input wins";
- `Hotkeys` notices the home user's global Stop and Pause shortcuts
  (`assist_agent.platform.hotkeys`).

Each backend also offers two factories with the shapes of `MakeInputSink` and
`MakeLocalActivity`. One watch serves both local activity and the hotkeys (`LocalWatch`):
on X11 and with pynput a single stream of input events carries both. A backend that gets
them from two sources (e.g. the GlobalShortcuts portal) returns one object that starts
and stops both.

Callbacks run on the backend's own threads: marshal them onto your loop
(`loop.call_soon_threadsafe`). Every method may be called from any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, runtime_checkable

from assist_session.messages import DropCounter

from .area import ScreenArea

ActivityCallback = Callable[[], object]
"""Called when the home user moved the mouse, clicked, scrolled or typed (result unused)."""
HotkeyCallback = Callable[[str], object]
"""Called with "stop" or "pause" (a `hotkeys.HotkeyName`) when the home user presses one."""


@runtime_checkable
class InputSink(Protocol):
    """Injects the supporter's input on the shared monitor and remembers what it holds.

    Rules every backend keeps:
    - `apply` never blocks and never raises; a message it does not inject is counted in
      `dropped` by reason ("suspended", "closed", "backlog", "hotkey", "bad_input",
      "bad_key", "not_pressed", "cancelled", "inject_error", ...), so refusals can be
      explained to the supporter; policy refusals ("system_key", "hotkey", "own_window")
      are also passed to `on_refused(reason)` when set, on the sink's thread;
    - nothing injected may complete a global shortcut (`hotkeys.completes_hotkey`),
      counting keys the home user holds physically as well as the sink's own, nor a
      system key combination (`system_keys.SYSTEM_COMBOS`: terminal switch, log out,
      killing the display server, run dialog, Super, Alt+F4);
    - `release_all` leaves nothing pressed on the supporter's behalf, as the system
      sees it, within a second, even when the worker is stuck inside a system call.
    """

    on_refused: Callable[[str], object] | None
    """Told a policy refusal's reason, on the sink's own thread (marshal it)."""

    @property
    def dropped(self) -> DropCounter:
        """Messages refused or lost, by reason."""
        ...

    @property
    def pressed_keys(self) -> frozenset[str]:
        """Keys held down on the supporter's behalf (names as in the `key` messages)."""
        ...

    @property
    def pressed_buttons(self) -> frozenset[str]:
        """Mouse buttons held down on the supporter's behalf ("left", "middle", "right")."""
        ...

    def apply(self, message: dict[str, Any]) -> None:
        """Queue one schema-valid `mouse`, `key` or `text` message; returns at once."""
        ...

    def set_protected(
        self, rects: Iterable[tuple[int, int, int, int]], windows: Iterable[int] = ()
    ) -> None:
        """The helper app's own windows ((x, y, w, h) desktop pixels; native ids): presses
        there, and keys while they have the focus, are refused as "own_window"."""
        ...

    def set_area(self, area: ScreenArea) -> None:
        """Inject on another monitor from now on (the home user switched screens); lets
        go of everything held first."""
        ...

    def release_all(self) -> None:
        """Let go of every key and button held, and drop queued input; idempotent."""
        ...

    def suspend(self) -> None:
        """Release all, then drop every message (as "suspended") until `resume()`."""
        ...

    def resume(self) -> None:
        """Inject again after `suspend()`."""
        ...

    def close(self) -> None:
        """Release all and stop for good; later messages are dropped as "closed". Idempotent."""
        ...


@runtime_checkable
class LocalActivity(Protocol):
    """Watches for the home user's OWN input and calls the `ActivityCallback`.

    Input the paired `InputSink` injected is never reported: the supporter would lose
    control at their every move. How a backend tells the two apart is its own business
    (the source device, an "injected" flag, or what the sink just did); without a sink
    every input is the home user's. Reports are spaced (X11: at most one per 0.1 s).
    """

    def start(self) -> None:
        """Begin watching; returns once input after it will be seen. No-op when running."""
        ...

    def stop(self) -> None:
        """Stop watching; no callback runs after it returns. Idempotent."""
        ...


@runtime_checkable
class Hotkeys(Protocol):
    """Watches for the home user's global Stop and Pause shortcuts; calls `HotkeyCallback`.

    Once per press, not per key repeat. Honoured whoever seems to have pressed them:
    the sink never injects one, and a false "stop" is safe while a missed one is not.
    """

    def start(self) -> None:
        """Begin watching; returns once a shortcut pressed after it will be seen."""
        ...

    def stop(self) -> None:
        """Stop watching; no callback runs after it returns. Idempotent."""
        ...


@runtime_checkable
class LocalWatch(LocalActivity, Hotkeys, Protocol):
    """The home user's own activity and their shortcuts, started and stopped together."""


MakeInputSink = Callable[[ScreenArea], InputSink]
"""A backend's factory for the input sink on the shared monitor's area."""
MakeLocalActivity = Callable[[InputSink | None, ActivityCallback, HotkeyCallback], LocalWatch]
"""A backend's factory for the watch; the sink is that backend's own (or None)."""
