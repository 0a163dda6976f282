"""The home user's own mouse and keyboard, and their global shortcuts, on X11.

`LocalActivityMonitor` watches the X server's input for the home user's own mouse and
keyboard and for the global shortcuts. With XInput 2 (every X.Org server since 1.7,
Xvfb included) it reads raw events, which carry their source device: whatever comes
from the sink's XTest devices is the supporter's, anything else is the home user's,
however fast the supporter moves (issue 15, item 8; `xi2.py`).

Without XInput 2 it falls back to XRecord, then to polling, which cannot see devices:
there an event counts as ours when the sink just injected (a motion to a spot we moved
to; a key or button within OWN_EVENT_WINDOW of an injection), so a supporter who keeps
injecting can mask the home user's keys and clicks. Both fallbacks log a warning.
"""

from __future__ import annotations

import logging
import math
import select
import threading
import time
from collections.abc import Callable
from typing import Any

import Xlib.display
import Xlib.error
import Xlib.X
from Xlib.ext import record
from Xlib.protocol import rq

from ..hotkeys import HOTKEY_LETTERS, HOTKEY_MODIFIERS
from ..input import ActivityCallback, HotkeyCallback
from ..input_worker import InputWorker
from . import xi2
from .keyboard import ALT_KEYSYMS, keycode_parts, keymap_down, modifier_mask_of

log = logging.getLogger("assist.agent.x11.activity")

WATCH_TIMEOUT = 1.0
"""`start` waits this long for XRecord to confirm; `stop` this long for the thread."""

_BUTTON_MASKS = Xlib.X.Button1Mask | Xlib.X.Button2Mask | Xlib.X.Button3Mask

_EVENT_PARSER = rq.EventField(None)


class LocalActivityMonitor:
    """Notices the home user's OWN mouse and keyboard (not our injected events) and the
    global hotkeys.

    `on_activity()` is called when the home user moves the mouse, clicks, scrolls or
    types (at most once per `activity_interval` seconds); `on_hotkey("stop"|"pause")`
    when HOTKEY_STOP/HOTKEY_PAUSE is pressed. **Both are called from a background
    thread**: marshal them onto your loop, e.g. `loop.call_soon_threadsafe(...)`.
    Exceptions they raise are logged and swallowed so watching continues.

    The hotkeys are honoured whoever seems to have pressed them: the input sink never
    injects one, and a false "stop" is safe while a missed one is not. Without a sink
    (`sink=None`) all input is the home user's. Satisfies `platform.input.LocalWatch`.

    `method` "auto" uses XInput 2 raw events ("xi2": told apart by source device) when
    the server has them, else XRecord, else polling (pointer and keymap every
    `poll_interval` seconds; may miss a key tapped faster than that); the last two tell
    ours apart by time only. After `start()`, the attribute `method` says which one runs.
    """

    def __init__(
        self,
        sink: InputWorker | None,
        on_activity: ActivityCallback,
        on_hotkey: HotkeyCallback,
        *,
        method: str = "auto",
        activity_interval: float = 0.1,
        poll_interval: float = 0.05,
    ) -> None:
        if method not in ("auto", "xi2", "xrecord", "polling"):
            raise ValueError(f"unknown method {method!r}")
        self.method = method
        self.activity_interval = activity_interval
        self.poll_interval = poll_interval
        self._sink = sink
        self._on_activity = on_activity
        self._on_hotkey = on_hotkey
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._control: Xlib.display.Display | None = None
        self._record: Xlib.display.Display | None = None
        self._context = 0
        self._alt_mask = Xlib.X.Mod1Mask
        self._last_activity = -math.inf
        self._hotkey_keys_down: set[int] = set()
        self._recording = threading.Event()
        self._baseline: tuple[tuple[int, int], int, set[int]] | None = None
        self._xi: Xlib.display.Display | None = None
        self._xi_opcode = 0
        self._sink_devices: frozenset[int] = frozenset()
        self._raw_keys_down: set[int] = set()

    def start(self) -> None:
        """Start watching in a background thread (no-op when already running).

        Returns once watching has begun (at most ~1 s), so input after it is seen.
        """
        if self._thread is not None:
            return
        self._stopping.clear()
        # The control connection answers layout questions and stops XRecord; the record
        # connection is blocked inside XRecordEnableContext while watching.
        self._control = Xlib.display.Display()
        self._alt_mask = modifier_mask_of(self._control, ALT_KEYSYMS) or Xlib.X.Mod1Mask
        method = self.method
        if method == "auto":
            if xi2.has_xi2(self._control):
                method = "xi2"
            else:
                method = "xrecord" if self._control.has_extension("RECORD") else "polling"
                log.warning("no XInput 2: the home user's input is told from ours by time only")
        self.method = method
        if method == "xi2":
            self._xi = Xlib.display.Display()
            self._xi_opcode = self._xi.display.get_extension_major("XInputExtension")
            self._refresh_sink_devices()
            xi2.select_raw(self._xi)  # synchronous: input after start() is seen
            target = self._run_xi2
        elif method == "xrecord":
            self._record = Xlib.display.Display()
            self._context = self._record.record_create_context(
                0,
                [record.AllClients],
                [
                    {
                        "core_requests": (0, 0),
                        "core_replies": (0, 0),
                        "ext_requests": (0, 0, 0, 0),
                        "ext_replies": (0, 0, 0, 0),
                        "delivered_events": (0, 0),
                        # KeyPress .. MotionNotify: keys, buttons (and wheel), motion.
                        "device_events": (Xlib.X.KeyPress, Xlib.X.MotionNotify),
                        "errors": (0, 0),
                        "client_started": False,
                        "client_died": False,
                    }
                ],
            )
            target = self._run_record
        else:
            self._baseline = self._sample()
            target = self._run_polling
        log.info("watching the home user's input with %s", method)
        self._recording.clear()
        self._thread = threading.Thread(target=target, name="local-activity", daemon=True)
        self._thread.start()
        if method == "xrecord" and not self._recording.wait(WATCH_TIMEOUT):
            log.warning("XRecord did not confirm the start within %.1f s", WATCH_TIMEOUT)

    def stop(self) -> None:
        """Stop watching; no callback runs after this returns (within ~1 s). Idempotent."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopping.set()
        control = self._control
        if control is not None and self._record is not None:
            try:
                control.record_disable_context(self._context)
                control.flush()
            except Xlib.error.XError:
                log.exception("could not stop XRecord")
        if thread is not threading.current_thread():
            thread.join(WATCH_TIMEOUT)
        if control is not None:
            control.close()
        self._control = None

    # -- deciding ---------------------------------------------------------------------------
    def _is_ours_motion(self, position: tuple[int, int]) -> bool:
        return self._sink is not None and self._sink.is_own_position(position)

    def _is_ours_key_or_button(self) -> bool:
        return self._sink is not None and self._sink.recently_injected()

    def _activity(self) -> None:
        now = time.monotonic()
        if now - self._last_activity < self.activity_interval:
            return
        self._last_activity = now
        self._call(self._on_activity)

    def _hotkey(self, keycode: int, part: str | None) -> None:
        if part is None or keycode in self._hotkey_keys_down:
            return  # not s/p, or a key repeat of a shortcut already reported
        self._hotkey_keys_down.add(keycode)
        self._call(self._on_hotkey, HOTKEY_LETTERS[part])

    @staticmethod
    def _call(callback: Callable[..., object], *args: str) -> None:
        try:
            callback(*args)
        except Exception:
            log.exception("activity callback failed")

    # -- XInput 2: told apart by source device -----------------------------------------------
    def _refresh_sink_devices(self) -> None:
        """The sink's XTest devices (none without a sink); asked again when devices change."""
        assert self._xi is not None
        self._sink_devices = xi2.xtest_devices(self._xi) if self._sink is not None else frozenset()

    def _run_xi2(self) -> None:
        display = self._xi
        assert display is not None
        try:
            while not self._stopping.is_set():
                if not display.pending_events():
                    select.select([display.fileno()], [], [], 0.1)
                while display.pending_events() and not self._stopping.is_set():
                    event = display.next_event()
                    try:
                        self._on_xi2_event(event)
                    except Exception:
                        log.exception("could not handle an input event")
        except Exception:
            if not self._stopping.is_set():
                log.exception("XInput 2 watch stopped")
        finally:
            display.close()
            self._xi = None

    def _on_xi2_event(self, event: Any) -> None:
        if getattr(event, "evtype", None) == xi2.HIERARCHY_CHANGED:
            self._refresh_sink_devices()  # a keyboard plugged in, a master added
            return
        raw = xi2.raw_event(event, self._xi_opcode)
        if raw is None:
            return
        if raw.evtype == xi2.RAW_KEY_PRESS:
            self._raw_keys_down.add(raw.detail)
            self._raw_hotkey(raw.detail)
        elif raw.evtype == xi2.RAW_KEY_RELEASE:
            self._raw_keys_down.discard(raw.detail)
            self._hotkey_keys_down.discard(raw.detail)
            return  # a release follows a press that was already reported
        if raw.sourceid not in self._sink_devices:
            self._activity()

    def _raw_hotkey(self, keycode: int) -> None:
        """ctrl+alt+s/p from any device (raw events carry no modifier state: count keys)."""
        assert self._xi is not None
        parts = keycode_parts(self._xi, self._raw_keys_down)
        if set(parts.values()) >= HOTKEY_MODIFIERS and parts.get(keycode) in HOTKEY_LETTERS:
            self._hotkey(keycode, parts[keycode])

    # -- XRecord ----------------------------------------------------------------------------
    def _run_record(self) -> None:
        assert self._record is not None
        try:
            self._record.record_enable_context(self._context, self._on_record)
        except Exception:
            if not self._stopping.is_set():
                log.exception("XRecord stopped")
        finally:
            try:
                self._record.record_free_context(self._context)
            finally:
                self._record.close()
                self._record = None

    def _on_record(self, reply: Any) -> None:
        if reply.category == record.StartOfData:
            self._recording.set()
        if self._stopping.is_set() or reply.category != record.FromServer:
            return
        data = reply.data
        while data:
            event, data = _EVENT_PARSER.parse_binary_value(data, self._record.display, None, None)  # type: ignore[union-attr]
            try:
                self._on_x_event(event)
            except Exception:
                log.exception("could not handle an input event")

    def _on_x_event(self, event: Any) -> None:
        kind = event.type
        if kind == Xlib.X.MotionNotify:
            ours = self._is_ours_motion((event.root_x, event.root_y))
        else:
            ours = self._is_ours_key_or_button()
        if kind == Xlib.X.KeyPress:
            state = event.state
            if state & Xlib.X.ControlMask and state & self._alt_mask and self._control:
                part = keycode_parts(self._control, [event.detail]).get(event.detail)
                self._hotkey(event.detail, part if part in HOTKEY_LETTERS else None)
        elif kind == Xlib.X.KeyRelease:
            self._hotkey_keys_down.discard(event.detail)
        if not ours:
            self._activity()

    # -- polling fallback -------------------------------------------------------------------
    def _sample(self) -> tuple[tuple[int, int], int, set[int]]:
        """Pointer position, pressed buttons and pressed keycodes, as the server has them."""
        assert self._control is not None
        pointer = self._control.screen().root.query_pointer()
        keys = keymap_down(self._control.query_keymap())
        return (pointer.root_x, pointer.root_y), pointer.mask & _BUTTON_MASKS, keys

    def _run_polling(self) -> None:
        previous = self._baseline  # taken in start(), so nothing after start() is missed
        while not self._stopping.wait(self.poll_interval):
            control = self._control
            try:
                assert control is not None
                position, buttons, keys = current = self._sample()
            except Exception:
                if not self._stopping.is_set():
                    log.exception("could not poll the input state")
                continue
            if previous is not None:
                old_position, old_buttons, old_keys = previous
                if position != old_position and not self._is_ours_motion(position):
                    self._activity()
                if (buttons != old_buttons or keys != old_keys) and (
                    not self._is_ours_key_or_button()
                ):
                    self._activity()
                self._poll_hotkey(control, keys, keys - old_keys)
            previous = current

    def _poll_hotkey(self, control: Xlib.display.Display, keys: set[int], new: set[int]) -> None:
        self._hotkey_keys_down &= keys
        if not new:
            return
        parts = keycode_parts(control, keys)
        held = set(parts.values())
        if held >= HOTKEY_MODIFIERS:
            for keycode in new:
                if parts.get(keycode) in HOTKEY_LETTERS:
                    self._hotkey(keycode, parts[keycode])
