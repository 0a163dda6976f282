"""One screen-sharing and remote-control session through the desktop portal (D-Bus).

The portal (`org.freedesktop.portal.Desktop`) is how a Wayland desktop lets a program
see the screen and inject input: the program asks, the desktop shows its own question
("Share" / "Cancel"), and only then hands out a PipeWire stream of the screen and the
`Notify*` methods for pointer and keys. We talk to it with `jeepney` (pure Python, no
GLib in the app's process; its blocking connection passes the PipeWire file descriptor).

Every call that asks the desktop something returns a Request object at once and answers
later with its `Response` signal: 0 = done, 1 = the person cancelled, 2 = other failure.
We subscribe to that signal before the call (the documented race-free way: the request
path is predictable from our bus name and a `handle_token`).

No restore token is asked for or kept (`persist_mode` stays 0): every session asks.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection

from . import injections

log = logging.getLogger("assist.agent.platform.portal")

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT = "/org/freedesktop/portal/desktop"
SCREENCAST = "org.freedesktop.portal.ScreenCast"
REMOTE = "org.freedesktop.portal.RemoteDesktop"

# ScreenCast source types and cursor modes; RemoteDesktop device types.
SOURCE_MONITOR = 1
CURSOR_HIDDEN, CURSOR_EMBEDDED = 1, 2
DEVICE_KEYBOARD, DEVICE_POINTER = 1, 2

# evdev button codes (linux/input-event-codes.h) for NotifyPointerButton.
BUTTONS = {"left": 0x110, "right": 0x111, "middle": 0x112}
WATCH_S = 0.25  # how often the Closed watch looks at the connection


class PortalError(RuntimeError):
    """The portal refused or failed; `reason` is a machine code for the app's words."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class Cancelled(PortalError):
    """The person answered the desktop's own question with Cancel (or closed it)."""

    def __init__(self, step: str) -> None:
        super().__init__("cancelled", f"the desktop's question was cancelled at {step}")


@dataclass(frozen=True)
class Stream:
    """One shared monitor as the portal describes it (logical desktop coordinates)."""

    node_id: int
    x: int
    y: int
    width: int
    height: int


class PortalSession:
    """A combined RemoteDesktop + ScreenCast session: start, stream, inject, close.

    Thread-safe: calls are serialised by a lock (the jeepney blocking connection is not
    shareable). `start()` blocks until the person answers the desktop's question.
    """

    def __init__(self, *, bus: str = "SESSION", answer_timeout: float = 300.0) -> None:
        self._conn: DBusConnection = open_dbus_connection(bus=bus, enable_fds=True)
        self._lock = threading.RLock()
        self._answer_timeout = answer_timeout
        self._portal = DBusAddress(OBJECT, bus_name=BUS_NAME)
        self._sender = self._conn.unique_name.lstrip(":").replace(".", "_")
        self.session: str | None = None
        self.streams: list[Stream] = []
        self.devices = 0
        self._closed = False
        self._aborted = False
        self.ended_by_desktop = False  # the desktop closed the session (Session.Closed)
        self._ended = threading.Event()  # close() wakes the Closed watch
        self._pending: str | None = None  # the request whose answer we wait for
        self._bus = Proxy(message_bus, self._conn)

    # -- the request/response pattern ------------------------------------------------
    def _request(
        self,
        interface: str,
        method: str,
        signature: str,
        *args: Any,
        options: dict[str, tuple[str, Any]],
        step: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        token = "assist_" + secrets.token_hex(8)
        path = f"/org/freedesktop/portal/desktop/request/{self._sender}/{token}"
        options = {**options, "handle_token": ("s", token)}
        self._pending = path
        rule = MatchRule(
            type="signal", interface="org.freedesktop.portal.Request", member="Response", path=path
        )
        with self._lock:
            self._bus.AddMatch(rule)
            try:
                with self._conn.filter(rule) as queue:
                    msg = new_method_call(
                        self._portal.with_interface(interface), method, signature, (*args, options)
                    )
                    self._conn.send_and_get_reply(msg, timeout=30)
                    answer = self._conn.recv_until_filtered(queue, timeout=timeout or 30)
            finally:
                self._pending = None
                if not self._aborted:
                    self._bus.RemoveMatch(rule)
        code, results = answer.body
        if code == 1:
            raise Cancelled(step)
        if code != 0:
            raise PortalError("portal_failed", f"{step} answered {code}")
        return {key: value for key, (_sig, value) in results.items()}

    def _call(self, interface: str, method: str, signature: str, *args: Any) -> Any:
        with self._lock:
            msg = new_method_call(self._portal.with_interface(interface), method, signature, args)
            reply = self._conn.send_and_get_reply(msg, timeout=30)
        if reply.header.message_type.name == "error":
            raise PortalError("portal_failed", f"{method}: {reply.body}")
        return reply.body

    def version(self, interface: str) -> int:
        """The portal's version of one interface (0 when the portal lacks it)."""
        props = DBusAddress(OBJECT, bus_name=BUS_NAME, interface="org.freedesktop.DBus.Properties")
        with self._lock:
            reply = self._conn.send_and_get_reply(
                new_method_call(props, "Get", "ss", (interface, "version")), timeout=10
            )
        if reply.header.message_type.name == "error":
            return 0
        return int(reply.body[0][1])

    def cursor_mode(self) -> int:
        """Embedded: the desktop draws the pointer into the frames, so its picture and
        place reach the supporter with the screen. (Metadata would put them in each
        PipeWire buffer's SPA_META_Cursor, which GStreamer's pipewiresrc drops.) Hidden
        only where the portal offers no embedded pointer."""
        props = DBusAddress(OBJECT, bus_name=BUS_NAME, interface="org.freedesktop.DBus.Properties")
        with self._lock:
            reply = self._conn.send_and_get_reply(
                new_method_call(props, "Get", "ss", (SCREENCAST, "AvailableCursorModes")),
                timeout=10,
            )
        modes = 0 if reply.header.message_type.name == "error" else int(reply.body[0][1])
        if not modes & CURSOR_EMBEDDED:
            log.info("the portal draws no pointer into the frames (cursor modes %d)", modes)
            return CURSOR_HIDDEN
        return CURSOR_EMBEDDED

    # -- the session ----------------------------------------------------------------
    def start(self, *, control: bool = True) -> list[Stream]:
        """Ask the desktop for the screen (and pointer + keyboard when `control`).

        Blocks while the desktop shows its question. Raises `Cancelled` when the person
        says no, `PortalError` when the desktop cannot share.
        """
        iface = REMOTE if control else SCREENCAST
        token = "assist_" + secrets.token_hex(8)
        created = self._request(
            iface,
            "CreateSession",
            "a{sv}",
            options={"session_handle_token": ("s", token)},
            step="CreateSession",
        )
        self.session = str(created["session_handle"])
        if control:
            self._request(
                REMOTE,
                "SelectDevices",
                "oa{sv}",
                self.session,
                options={"types": ("u", DEVICE_KEYBOARD | DEVICE_POINTER)},
                step="SelectDevices",
            )
        cursor = self.cursor_mode()
        self._request(
            SCREENCAST,
            "SelectSources",
            "oa{sv}",
            self.session,
            options={
                "types": ("u", SOURCE_MONITOR),
                "multiple": ("b", False),
                "cursor_mode": ("u", cursor),
            },
            step="SelectSources",
        )
        started = self._request(
            iface,
            "Start",
            "osa{sv}",
            self.session,
            "",
            options={},
            step="Start",
            timeout=self._answer_timeout,
        )
        self.devices = int(started.get("devices", 0))
        self.streams = []
        for node_id, props in started.get("streams", []):
            p = {k: v for k, (_s, v) in props.items()}
            x, y = p.get("position", (0, 0))
            w, h = p.get("size", (0, 0))
            self.streams.append(Stream(int(node_id), int(x), int(y), int(w), int(h)))
        if not self.streams:
            raise PortalError("no_stream", "the desktop shared no screen")
        log.info(
            "portal session started: %d stream(s), devices=%d", len(self.streams), self.devices
        )
        return self.streams

    def open_pipewire_remote(self) -> int:
        """A new file descriptor of the PipeWire connection that carries the streams."""
        assert self.session
        (fd,) = self._call(SCREENCAST, "OpenPipeWireRemote", "oa{sv}", self.session, {})
        return fd.to_raw_fd()

    # -- input (RemoteDesktop Notify*) ------------------------------------------------
    def pointer_to(self, stream: Stream, x: float, y: float) -> None:
        """Move the pointer to (x, y) in the stream's own logical pixels."""
        self._notify("NotifyPointerMotionAbsolute", "oa{sv}udd", stream.node_id, float(x), float(y))

    # Presses, wheel steps and keys are noted (injections.py): the app's own windows
    # drop them (own_windows.py).
    def button(self, name: str, pressed: bool) -> None:
        self._notify("NotifyPointerButton", "oa{sv}iu", BUTTONS[name], int(pressed), note=True)

    def scroll(self, steps_x: int, steps_y: int) -> None:
        if steps_y:
            self._notify("NotifyPointerAxisDiscrete", "oa{sv}ui", 0, int(steps_y), note=True)
        if steps_x:
            self._notify("NotifyPointerAxisDiscrete", "oa{sv}ui", 1, int(steps_x), note=True)

    def keycode(self, evdev_code: int, pressed: bool) -> None:
        self._notify("NotifyKeyboardKeycode", "oa{sv}iu", int(evdev_code), int(pressed),
                     note=True)  # fmt: skip

    def keysym(self, keysym: int, pressed: bool) -> None:
        self._notify("NotifyKeyboardKeysym", "oa{sv}iu", int(keysym), int(pressed), note=True)

    def _notify(self, method: str, signature: str, *args: Any, note: bool = False) -> None:
        if self._closed or not self.session:
            raise PortalError("closed", "the portal session is closed")
        with self._lock:
            msg = new_method_call(
                self._portal.with_interface(REMOTE), method, signature, (self.session, {}, *args)
            )
            start = time.monotonic()
            try:
                reply = self._conn.send_and_get_reply(msg, timeout=10)
            finally:
                if note:
                    injections.noted(start)
        if reply.header.message_type.name == "error":
            raise PortalError("inject_error", f"{method}: {reply.body}")

    # -- the desktop's own end ------------------------------------------------------
    def watch_closed(self, on_closed: Callable[[], object]) -> None:
        """Call `on_closed()` once, on a thread of its own, when the desktop closes the
        session: its own "stop sharing" (GNOME's top bar), or mutter ending the stream.

        The portal's `Session.Closed` signal is sent to our connection only, which the
        blocking calls share: a thread looks every `WATCH_S`, reading what arrived
        under the lock (the signal may also arrive during an injection's call; the
        filter catches it either way).
        """
        assert self.session
        rule = MatchRule(type="signal", interface="org.freedesktop.portal.Session",
                         member="Closed", path=self.session)  # fmt: skip
        queue: deque[Any] = deque(maxlen=1)
        with self._lock:
            self._conn.filter(rule, queue=queue)
            self._bus.AddMatch(rule)
        threading.Thread(
            target=self._watch, args=(queue, on_closed), name="portal-closed", daemon=True
        ).start()

    def _watch(self, queue: deque[Any], on_closed: Callable[[], object]) -> None:
        broken = ""
        while not self._closed and not queue:
            try:
                # A look every 0.25 s, not a wake on every readable socket: each reply to
                # an injection would wake this thread and make it wait for the lock. (The
                # signal may also sit unparsed in the connection's buffer after a call:
                # recv_messages parses that first.)
                if self._ended.wait(WATCH_S):
                    continue
                with self._lock:
                    if self._closed:
                        return
                    with contextlib.suppress(TimeoutError):
                        while True:
                            self._conn.recv_messages(timeout=0)
            except TimeoutError:
                pass
            except Exception as exc:  # the bus connection broke: the session is gone too
                broken = type(exc).__name__
                break
        if self._closed:
            return
        log.info("the desktop closed the portal session%s", f" ({broken})" if broken else "")
        self.ended_by_desktop = True
        on_closed()

    # -- the end --------------------------------------------------------------------
    @property
    def aborted(self) -> bool:
        """`abort()` was called: a failing `start()` is its doing."""
        return self._aborted

    def abort(self) -> None:
        """From another thread, while `start()` waits: withdraw the desktop's question
        (Request.Close takes its dialog away) and end the session; `start()` then fails.

        The waiting thread holds the connection, so the messages go out without waiting
        for replies, and the socket is shut to wake it.
        """
        self._aborted = True
        pending, session = self._pending, self.session
        try:
            if pending:
                req = DBusAddress(pending, bus_name=BUS_NAME,
                                  interface="org.freedesktop.portal.Request")  # fmt: skip
                self._conn.send(new_method_call(req, "Close"))
            if session:
                addr = DBusAddress(session, bus_name=BUS_NAME,
                                   interface="org.freedesktop.portal.Session")  # fmt: skip
                self._conn.send(new_method_call(addr, "Close"))
        except OSError as exc:
            log.info("portal abort: %s", type(exc).__name__)
        with contextlib.suppress(OSError):
            self._conn.sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        """End the session (the desktop stops sharing) and drop the connection."""
        if self._closed:
            return
        self._closed = True
        self._ended.set()
        try:
            if self.session:
                addr = DBusAddress(
                    self.session, bus_name=BUS_NAME, interface="org.freedesktop.portal.Session"
                )
                with self._lock:
                    self._conn.send_and_get_reply(new_method_call(addr, "Close"), timeout=5)
        except Exception as exc:  # the desktop may already be gone
            log.info("portal session close: %s", type(exc).__name__)
        finally:
            self._conn.close()
