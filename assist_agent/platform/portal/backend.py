"""The Wayland portal backend's factories (`ASSIST_PLATFORM=portal`).

Screen: the desktop portal's ScreenCast stream through PipeWire (screen.py, frames.py);
input: the portal's RemoteDesktop methods (input_sink.py); both in one portal session
(share.py), so the desktop asks once. jeepney talks D-Bus; GStreamer runs in a small
system-Python subprocess (pw_capture.py).
"""

from __future__ import annotations

from ..area import ScreenArea
from ..input import ActivityCallback, HotkeyCallback, InputSink, LocalWatch
from . import share as shares
from .input_sink import PortalInputSink, PortalWatch
from .screen import PortalScreenSource


def make_screen_source() -> PortalScreenSource:
    """A new sharing period's screen: the desktop is asked when capture opens it."""
    return PortalScreenSource(shares.PortalShare())


def make_input_sink(area: ScreenArea) -> InputSink:
    """Input through the present sharing period's portal session."""
    share = shares.current()
    if share is None:
        share = shares.PortalShare()  # no screen source yet: a share that never starts
    return PortalInputSink(area, share)


def make_local_activity(
    sink: InputSink | None, on_activity: ActivityCallback, on_hotkey: HotkeyCallback
) -> LocalWatch:
    """The home user's own input where the desktop tells it (GNOME's idle monitor)."""
    if sink is not None and not isinstance(sink, PortalInputSink):
        raise TypeError(f"the portal watch needs the portal sink, not {type(sink).__name__}")
    return PortalWatch(sink, on_activity, on_hotkey)
