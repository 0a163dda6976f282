"""The portable backend's factories, shaped like the seam's (`platform/__init__.py`)."""

from __future__ import annotations

from ..area import ScreenArea
from ..input import ActivityCallback, HotkeyCallback, InputSink, LocalWatch
from .input_sink import PortableInputSink
from .screen import PortableScreenSource, probe_scale
from .watch import PortableWatch

__all__ = ["PortableScreenSource", "make_input_sink", "make_local_activity"]


def make_input_sink(area: ScreenArea) -> InputSink:
    """pynput on the shared monitor's area (pixels; converted to the system's points)."""
    return PortableInputSink(area, probe_scale())


def make_local_activity(
    sink: InputSink | None, on_activity: ActivityCallback, on_hotkey: HotkeyCallback
) -> LocalWatch:
    """pynput's listeners for the home user's own input and the Stop/Pause shortcuts.

    `sink` must be this backend's (its echoes tell the watch what it injected), or None.
    """
    if sink is not None and not isinstance(sink, PortableInputSink):
        raise TypeError(f"the portable watch needs the portable sink, not {type(sink).__name__}")
    return PortableWatch(sink, on_activity, on_hotkey)
