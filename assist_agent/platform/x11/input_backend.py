"""The X11 backend's input factories: the input sink and the home user's watch.

Shaped like `platform.input.MakeInputSink` and `MakeLocalActivity`, so the backend
choice can hand them out next to the other backends' factories.
"""

from __future__ import annotations

from ..area import ScreenArea
from ..input import ActivityCallback, HotkeyCallback, InputSink, LocalWatch
from .activity import LocalActivityMonitor
from .input_sink import InputInjector


def make_input_sink(area: ScreenArea) -> InputSink:
    """XTest and synthetic key events on the shared monitor's area, from a worker thread."""
    return InputInjector(area)


def make_local_activity(
    sink: InputSink | None, on_activity: ActivityCallback, on_hotkey: HotkeyCallback
) -> LocalWatch:
    """XRecord (or polling) for the home user's own input and the Stop/Pause shortcuts.

    `sink` must be this backend's (it says what it just injected), or None.
    """
    if sink is not None and not isinstance(sink, InputInjector):
        raise TypeError(f"the X11 watch needs the X11 input sink, not {type(sink).__name__}")
    return LocalActivityMonitor(sink, on_activity, on_hotkey)
