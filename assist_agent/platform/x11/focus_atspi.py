"""Password fields from the accessibility bus (AT-SPI), with jeepney, in-process.

Why jeepney and not PyGObject's Atspi: jeepney is pure Python and already in the app's
install (the portal backend uses it), so the bundled app needs no system Python and no
GObject introspection; PyGObject exists only for the system Python on Debian.

How: ask the session bus for the accessibility bus (`org.a11y.Bus.GetAddress`), turn
accessibility on (`org.a11y.Status.IsEnabled`, as a screen reader does, so GTK and Qt
apps publish their widgets), register for `object:state-changed:focused`, and on each
focus gained ask the object's role; `PASSWORD_TEXT` (40) is a password field, its
screen extents its place. A thread keeps the newest answer; the focus watch reads it.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    MessageType,
    Properties,
    new_method_call,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from ..focus import PasswordField

log = logging.getLogger("assist.agent.x11.atspi")

ROLE_PASSWORD_TEXT = 40  # AtspiRole ATSPI_ROLE_PASSWORD_TEXT
COORD_SCREEN = 0
CALL_TIMEOUT = 1.0
_REGISTRY = DBusAddress(
    "/org/a11y/atspi/registry",
    bus_name="org.a11y.atspi.Registry",
    interface="org.a11y.atspi.Registry",
)


def _a11y_address() -> str:
    """The accessibility bus's address, with accessibility switched on."""
    session = open_dbus_connection(bus="SESSION")
    try:
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        status = Properties(DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Status"))
        session.send_and_get_reply(status.set("IsEnabled", "b", True), timeout=CALL_TIMEOUT)
        reply = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=CALL_TIMEOUT)
        return str(reply.body[0])
    finally:
        session.close()


class AtspiPasswordProbe:
    """The focused password field, as the accessibility bus last told it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._field: PasswordField | None = None
        self._pid: int | None = None  # the process whose field it is
        self._source: tuple[str, str] | None = None  # its bus name and object path
        self._stop = threading.Event()
        self._conn: DBusConnection = open_dbus_connection(bus=_a11y_address())
        self._thread = threading.Thread(target=self._run, name="atspi-focus", daemon=True)
        self._thread.start()

    def __call__(self, window_pid: int | None = None) -> PasswordField | None:
        """The focused password field — only if it belongs to `window_pid` (the active
        window's process) when both are known: a stale field of another app is not."""
        with self._lock:
            field, pid = self._field, self._pid
        if field is not None and None not in (pid, window_pid) and pid != window_pid:
            return None
        return field

    def close(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        conn = self._conn
        rule = MatchRule(
            type="signal", interface="org.a11y.atspi.Event.Object", member="StateChanged"
        )
        try:
            with conn.filter(rule, bufsize=256) as queue:
                conn.send_and_get_reply(
                    new_method_call(
                        _REGISTRY, "RegisterEvent", "s", ("object:state-changed:focused",)
                    ),
                    timeout=CALL_TIMEOUT,
                )
                conn.send_and_get_reply(
                    new_method_call(
                        DBusAddress(
                            "/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus"
                        ),
                        "AddMatch",
                        "s",
                        (rule.serialise(),),
                    ),
                    timeout=CALL_TIMEOUT,
                )
                while not self._stop.is_set():
                    try:
                        message = conn.recv_until_filtered(queue, timeout=0.2)
                    except TimeoutError:
                        continue
                    self._on_state_changed(message)
        except Exception:  # the bus went away: no password fields from now on
            log.info("AT-SPI focus events ended", exc_info=True)
        finally:
            conn.close()

    def _on_state_changed(self, message: Any) -> None:
        kind, gained = message.body[0], message.body[1]
        if kind != "focused":
            return
        header = message.header
        if header.message_type is not MessageType.signal:
            return
        sender = header.fields.get(HeaderFields.sender)
        path = header.fields.get(HeaderFields.path)
        if not gained:
            # Focus events of two objects come in either order: only the field's own
            # "lost" ends it (what gains the focus next says more).
            with self._lock:
                if self._source == (sender, path):
                    self._field, self._pid, self._source = None, None, None
            return
        field = self._password_field(sender, path)
        pid = self._pid_of(sender) if field is not None else None
        with self._lock:
            self._field, self._pid = field, pid
            self._source = (sender, path) if field is not None else None

    def _pid_of(self, sender: str) -> int | None:
        bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
        try:
            reply = self._conn.send_and_get_reply(
                new_method_call(bus, "GetConnectionUnixProcessID", "s", (sender,)),
                timeout=CALL_TIMEOUT,
            )
            return int(reply.body[0])
        except Exception:
            return None

    def _password_field(self, sender: str, path: str) -> PasswordField | None:
        obj = DBusAddress(path, bus_name=sender, interface="org.a11y.atspi.Accessible")
        try:
            reply = self._conn.send_and_get_reply(
                new_method_call(obj, "GetRole"), timeout=CALL_TIMEOUT
            )
            if int(reply.body[0]) != ROLE_PASSWORD_TEXT:
                return None
        except Exception:
            return None
        component = DBusAddress(path, bus_name=sender, interface="org.a11y.atspi.Component")
        try:
            reply = self._conn.send_and_get_reply(
                new_method_call(component, "GetExtents", "u", (COORD_SCREEN,)), timeout=CALL_TIMEOUT
            )
            x, y, w, h = (int(v) for v in reply.body[0])
            if w <= 0 or h <= 0:
                return PasswordField(None)
            return PasswordField((x, y, w, h))
        except Exception:
            return PasswordField(None)  # a password field whose place is unknown


def password_probe() -> AtspiPasswordProbe | None:
    """A probe when a session bus is there; None otherwise (titles only)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    return AtspiPasswordProbe()
