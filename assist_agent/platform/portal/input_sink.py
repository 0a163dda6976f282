"""The portal backend's input: RemoteDesktop's Notify* methods, and what Wayland hides.

`PortalInputSink` is an `InputWorker` whose worker calls the portal session's
`NotifyPointerMotionAbsolute` (in the shared stream's own pixels), `NotifyPointerButton`
(evdev button codes), `NotifyPointerAxisDiscrete`, `NotifyKeyboardKeycode` (evdev key
codes, for the named keys) and `NotifyKeyboardKeysym` (characters: the compositor finds
the key and the Shift level in the present layout).

What Wayland lets a program know of the home user's own input: nothing. There is no
global view of other programs' input (that is the point of Wayland's design), the
portal reports none, and GlobalShortcuts arrived only in xdg-desktop-portal 1.17
(Debian 12 has 1.16). What we do instead (`PortalWatch`):
- on GNOME, mutter's own idle monitor (`org.gnome.Mutter.IdleMonitor.GetIdletime`, the
  time since the last input of ANY device) is polled; input that the sink did not
  inject (the idle time restarted while we injected nothing) is the home user's, and
  they win as on X11;
- without it (other compositors) no activity is seen: the Stop and Pause buttons in the
  helper app's window (which the supporter's clicks cannot press) are the home user's
  way, and the global Stop/Pause shortcuts are not available (docs/PLATFORMS.md).
The sink also never completes a global shortcut or a system combination with the keys
it holds itself; keys the home user holds physically cannot be seen here.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from assist_session.messages import MAX_WHEEL_STEPS, MOUSE_ACTIONS, MOUSE_BUTTONS, NAMED_KEYS

from ..area import ScreenArea
from ..hotkeys import completes_hotkey, hotkey_parts
from ..input import ActivityCallback, HotkeyCallback
from ..input_worker import InputWorker, Refused
from .desktop_portal import PortalError
from .share import PortalShare

log = logging.getLogger("assist.agent.platform.portal")

READY_TIMEOUT = 2.0
"""How long an injection waits for the desktop's answer before it is dropped."""
DOUBLE_CLICK_GAP = 0.03
DEVICE_WAKE_S = 0.1

# linux/input-event-codes.h
EVDEV_KEYS = {
    "ctrl": 29, "shift": 42, "alt": 56, "meta": 125, "enter": 28, "tab": 15, "escape": 1,
    "backspace": 14, "delete": 111, "insert": 110, "home": 102, "end": 107, "page_up": 104,
    "page_down": 109, "up": 103, "down": 108, "left": 105, "right": 106, "space": 57,
    "menu": 127, **{f"f{n}": 58 + n for n in range(1, 11)}, "f11": 87, "f12": 88,
}  # fmt: skip
assert set(EVDEV_KEYS) == set(NAMED_KEYS)
_CONTROL_CHARS = {"\n": "enter", "\t": "tab"}


def keysym(char: str) -> int:
    """The X keysym of one character (Latin-1 directly, the rest as Unicode keysyms)."""
    code = ord(char)
    if 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xFF:
        return code
    return 0x01000000 | code


class PortalInputSink(InputWorker):
    """Injects the supporter's validated input through the portal session of `share`."""

    def __init__(self, area: ScreenArea, share: PortalShare) -> None:
        super().__init__(area)
        self.share = share
        self._keyboard_ready = False
        self._pointer_ready = False
        self._start_worker()

    # -- the session ------------------------------------------------------------------
    def _session(self):  # type: ignore[no-untyped-def]
        if not self.share.ready.wait(READY_TIMEOUT) or self.share.session is None:
            raise Refused("not_sharing")
        if not self.share.can_control:
            raise Refused("desktop_refused")  # "Allow remote interaction" was left off
        return self.share.session

    def _check_policy(self, message: dict[str, Any]) -> None:
        # The sink may be made before the desktop answered (the capture's area is then a
        # placeholder): once the stream is known, its place is the area.
        stream = self.share.stream if self.share.ready.wait(READY_TIMEOUT) else None
        if stream is not None:
            area = ScreenArea(stream.x, stream.y, stream.width, stream.height)
            if area != self.area:
                with self._lock:
                    self.area = area
        super()._check_policy(message)

    def _stream_point(self, message: dict[str, Any]) -> tuple[float, float]:
        stream = self.share.stream
        assert stream is not None
        fx, fy = message.get("x"), message.get("y")
        # Validates 0..1 (ValueError); then the stream's own pixels.
        self.area.to_pixels(fx, fy)  # type: ignore[arg-type]
        return float(fx) * (stream.width - 1), float(fy) * (stream.height - 1)  # type: ignore[arg-type]

    # -- InputWorker's platform calls -------------------------------------------------
    def _inject(self, message: dict[str, Any], generation: int) -> None:
        kind = message.get("type")
        session = self._session()
        try:
            if kind == "mouse":
                self._mouse(session, message)
            elif kind == "key":
                self._key(session, message)
            elif kind == "text":
                self._text(session, message, generation)
            else:
                raise Refused("not_input")
        except PortalError as exc:
            raise Refused("inject_error") from exc

    def _mouse(self, session: Any, message: dict[str, Any]) -> None:
        action = message.get("action")
        if action not in MOUSE_ACTIONS:
            raise Refused("bad_input")
        try:
            x, y = self._stream_point(message)
        except (TypeError, ValueError) as exc:
            raise Refused("bad_input") from exc
        stream = self.share.stream
        self._moved_to(self.area.to_pixels(message["x"], message["y"]))
        if not self._pointer_ready:
            # As with the keyboard: mutter drops the first events of a new virtual
            # pointer (a move and a click sent at once were both lost). Move, let the
            # device settle, then go on.
            self._pointer_ready = True
            session.pointer_to(stream, x, y)
            time.sleep(DEVICE_WAKE_S)
        session.pointer_to(stream, x, y)
        # Stamped again once the call is answered: on a busy desktop the motion reaches
        # mutter's idle monitor well after we asked, and the watch must not take it for
        # the home user's own.
        self._stamp()
        if action == "move":
            return
        if action == "wheel":
            dx, dy = message.get("dx", 0), message.get("dy", 0)
            if not all(isinstance(v, int) and not isinstance(v, bool)
                       and abs(v) <= MAX_WHEEL_STEPS for v in (dx, dy)):  # fmt: skip
                raise Refused("bad_input")
            # Our dy > 0 scrolls up; the portal's positive steps scroll down.
            session.scroll(dx, -dy)
            self._stamp()
            return
        name = message.get("button")
        if name not in MOUSE_BUTTONS:
            raise Refused("bad_input")
        if action == "up" and name not in self._buttons:
            raise Refused("not_pressed")
        if action == "down":
            with self._lock:
                self._buttons.add(name)
            session.button(name, True)
        elif action == "up":
            session.button(name, False)
            with self._lock:
                self._buttons.discard(name)
        else:
            for n in range(2 if action == "double" else 1):
                if n:
                    time.sleep(DOUBLE_CLICK_GAP)
                session.button(name, True)
                session.button(name, False)
        self._stamp()

    def _press(self, session: Any, key: str, down: bool) -> None:
        if not self._keyboard_ready:
            # mutter drops the first event of a new virtual keyboard (measured: the first
            # "a" never reached the client, the second did). A lone Shift tap, which
            # does nothing by itself, wakes the device first.
            self._keyboard_ready = True
            session.keycode(EVDEV_KEYS["shift"], True)
            session.keycode(EVDEV_KEYS["shift"], False)
            time.sleep(DEVICE_WAKE_S)
        if key in EVDEV_KEYS:
            session.keycode(EVDEV_KEYS[key], down)
        else:
            session.keysym(keysym(key), down)

    def _key(self, session: Any, message: dict[str, Any]) -> None:
        key, action = message.get("key"), message.get("action")
        named = isinstance(key, str) and key in EVDEV_KEYS
        if not isinstance(key, str) or not (named or (len(key) == 1 and key.isprintable())):
            raise Refused("bad_key")
        if action in ("down", "press"):
            with self._lock:
                held = set(self._keys)
            if completes_hotkey(hotkey_parts(held | {key})):
                raise Refused("hotkey")
        if action == "up":
            if key not in self._keys:
                raise Refused("not_pressed")
            self._press(session, key, False)
            with self._lock:
                self._keys.discard(key)
        elif action == "down":
            with self._lock:
                self._keys.add(key)
            self._press(session, key, True)
        else:
            self._press(session, key, True)
            self._press(session, key, False)
        self._stamp()

    def _text(self, session: Any, message: dict[str, Any], generation: int) -> None:
        text = message.get("text")
        if not isinstance(text, str):
            raise Refused("bad_input")
        with self._lock:
            held = set(self._keys)
        if held & {"ctrl", "alt", "meta"}:
            # Text typed with a modifier held would be shortcuts, not text.
            raise Refused("bad_input")
        for char in text:
            if self._generation != generation:
                return  # release_all ran: stop typing
            key = _CONTROL_CHARS.get(char, char)
            self._press(session, key, True)
            self._press(session, key, False)
            self._stamp()

    def _release_held(self) -> None:
        with self._lock:
            keys = self._keys | self._rescued_keys
            buttons = set(self._buttons)
        session = self.share.session
        if session is not None:
            for key in sorted(keys):
                try:
                    self._press(session, key, False)
                except Exception:
                    log.exception("could not release key")
            for name in sorted(buttons):
                try:
                    session.button(name, False)
                except Exception:
                    log.exception("could not release button")
            if keys or buttons:
                self._stamp()
        with self._lock:
            self._keys -= keys
            self._rescued_keys -= keys
            self._buttons -= buttons

    def _rescue_release(self) -> None:
        # The worker is stuck in a D-Bus call: the same connection is locked, so the
        # only sure way to let go is to end the portal session, which releases every
        # key and button of its virtual devices.
        log.warning("portal input stuck: ending the portal session to release input")
        self.share.close()
        with self._lock:
            self._keys.clear()
            self._buttons.clear()


class PortalWatch:
    """The home user's own input on GNOME (mutter's idle monitor); no global shortcuts.

    Satisfies `platform.input.LocalWatch`. See the module text for what Wayland hides.
    """

    POLL_S = 0.1
    MARGIN_S = 0.15  # an injection's event may reach the idle monitor this much later

    def __init__(self, sink: PortalInputSink | None, on_activity: ActivityCallback,
                 on_hotkey: HotkeyCallback) -> None:  # fmt: skip
        self._sink = sink
        self._on_activity = on_activity
        self._on_hotkey = on_hotkey  # never called: Wayland gives no global shortcuts
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.available = False

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        idle = _IdleMonitor.connect()
        self.available = idle is not None
        if idle is None:
            log.info("no idle monitor on this desktop: the home user's input is not seen")
            return
        self._thread = threading.Thread(
            target=self._run, args=(idle,), name="portal-watch", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2)
        self._thread = None

    def _run(self, idle: _IdleMonitor) -> None:
        last_report = 0.0
        try:
            while not self._stop.wait(self.POLL_S):
                idle_s = idle.idle_seconds()
                if idle_s is None:
                    return
                since_ours = (time.monotonic() - self._sink._last_injected_at
                              if self._sink is not None else float("inf"))  # fmt: skip
                # Input happened idle_s ago; ours was since_ours ago. Something newer
                # than our last injection (by more than the margin) is the home user's.
                if idle_s + self.MARGIN_S < since_ours and idle_s < self.POLL_S * 3:
                    now = time.monotonic()
                    if now - last_report >= 0.1 and not self._stop.is_set():
                        last_report = now
                        self._on_activity()
        finally:
            idle.close()


class _IdleMonitor:
    """org.gnome.Mutter.IdleMonitor's core monitor: milliseconds since any input."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    @classmethod
    def connect(cls) -> _IdleMonitor | None:
        try:
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus="SESSION")
        except Exception:
            return None
        monitor = cls(conn)
        if monitor.idle_seconds() is None:
            monitor.close()
            return None
        return monitor

    def idle_seconds(self) -> float | None:
        from jeepney import DBusAddress, new_method_call

        addr = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core",
                           bus_name="org.gnome.Mutter.IdleMonitor",
                           interface="org.gnome.Mutter.IdleMonitor")  # fmt: skip
        try:
            reply = self._conn.send_and_get_reply(new_method_call(addr, "GetIdletime"),
                                                  timeout=2)  # fmt: skip
        except Exception:
            return None
        if reply.header.message_type.name == "error":
            return None
        return int(reply.body[0]) / 1000.0

    def close(self) -> None:
        self._conn.close()
