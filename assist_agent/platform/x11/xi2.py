"""XInput 2 raw events with their source device: which device a key, button or motion
came from, so the home user's own input is told apart from the input sink's by device,
not by time (issue 15, item 8).

The sink injects through XTest on the core devices (pynput's connection never changes
its client pointer, so the server uses the first master pair, "Virtual core
pointer/keyboard", ids 2 and 3). XTest events then come from that pair's own slave
devices, "Virtual core XTEST pointer/keyboard"; a real mouse or keyboard is another
slave. Characters the sink types are synthetic events (XSendEvent): they are no device
event at all and never reach a raw event stream.

python-xlib selects raw events but does not decode them; `raw_event` reads the few
fields we need from the XI 2 wire format (GenericEvent: deviceid, time, detail,
sourceid).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from Xlib.ext import xinput

CORE_MASTERS = frozenset({2, 3})
"""The X server's first master pointer and keyboard: where XTest from a client that never
set its client pointer (the sink's pynput connections) goes."""

RAW_MASK = (
    xinput.RawKeyPressMask
    | xinput.RawKeyReleaseMask
    | xinput.RawButtonPressMask
    | xinput.RawMotionMask
)
RAW_KEY_PRESS = xinput.RawKeyPress
RAW_KEY_RELEASE = xinput.RawKeyRelease
RAW_BUTTON_PRESS = xinput.RawButtonPress
RAW_MOTION = xinput.RawMotion
HIERARCHY_CHANGED = xinput.HierarchyChanged

_SLAVE_USES = (xinput.SlavePointer, xinput.SlaveKeyboard)
_RAW_HEAD = struct.Struct("=HIIH")  # deviceid, time, detail, sourceid (client byte order)


@dataclass(frozen=True)
class RawEvent:
    """One XI 2 raw event: its type (RAW_*), detail (keycode, button) and source slave."""

    evtype: int
    detail: int
    deviceid: int
    sourceid: int


def has_xi2(display: Any) -> bool:
    """True when the server speaks XInput 2 (raw events with source devices)."""
    if not display.has_extension("XInputExtension"):
        return False
    try:
        return int(display.xinput_query_version().major_version) >= 2
    except Exception:
        return False


def select_raw(display: Any) -> None:
    """Ask for raw key, button and motion events of every master, and for device changes."""
    root = display.screen().root
    root.xinput_select_events(
        [
            (xinput.AllMasterDevices, RAW_MASK),
            (xinput.AllDevices, xinput.HierarchyChangedMask),
        ]
    )
    display.sync()


def raw_event(event: Any, opcode: int) -> RawEvent | None:
    """The raw event inside a GenericEvent of XInput's `opcode`; None for anything else."""
    if getattr(event, "extension", None) != opcode:
        return None
    evtype = getattr(event, "evtype", None)
    data = getattr(event, "data", None)
    if evtype not in (RAW_KEY_PRESS, RAW_KEY_RELEASE, RAW_BUTTON_PRESS, RAW_MOTION):
        return None
    if not isinstance(data, bytes | bytearray) or len(data) < _RAW_HEAD.size:
        return None
    deviceid, _time, detail, sourceid = _RAW_HEAD.unpack_from(data)
    return RawEvent(evtype, detail, deviceid, sourceid)


def xtest_devices(display: Any, masters: frozenset[int] = CORE_MASTERS) -> frozenset[int]:
    """The XTest slave devices of these masters: where the sink's injected input comes from.

    The server names them "<master> XTEST pointer/keyboard" and marks them with the
    "XTEST Device" property; the name is what all servers since 1.7 share.
    """
    found = set()
    for device in display.xinput_query_device(xinput.AllDevices).devices:
        name = device.name.decode() if isinstance(device.name, bytes) else str(device.name)
        if (
            device.use in _SLAVE_USES
            and device.attachment in masters
            and name.endswith((" XTEST pointer", " XTEST keyboard"))
        ):
            found.add(int(device.deviceid))
    return frozenset(found)
