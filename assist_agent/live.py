"""The home user's side while the screen is shared: consent, input, teaching, chat.

Runs after the binding check. Every message from the supporter goes through
`Consent`: teaching (pointer, drawing) only while the screen is seen, mouse and
keyboard only while `controlling`. A heartbeat both ways notices a silent supporter in
about a second, long before WebRTC would, and releases every key and button held on
the supporter's behalf.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assist_session import messages
from assist_session.heartbeat import SILENCE_LOST, LinkBack, LinkLost, Liveness, keep_alive
from assist_session.peer import PeerLink
from assist_session.resume import ChatOrder

from . import platform
from .capture import ScreenCapture
from .consent import (
    Consent,
    ControlAsked,
    ReconfirmSoon,
    ShareState,
    StateChanged,
)
from .platform.area import ScreenArea
from .platform.input import (
    ActivityCallback,
    HotkeyCallback,
    InputSink,
    LocalWatch,
    MakeInputSink,
    MakeLocalActivity,
)
from .privacy_live import PrivacyChanged, PrivacyGuard

log = logging.getLogger("assist.agent.live")

REFUSED_TELL_INTERVAL = 1.0  # tell the supporter about one kind of refusal this often
SILENCE_RELEASE = SILENCE_LOST  # release held keys after this long without a heartbeat
# Messages handled in a row before the loop gets a turn: a queue of a thousand messages
# must never delay the home user's Stop (button or shortcut).
YIELD_EVERY = 8


@dataclass(frozen=True)
class ShareStateChanged:
    state: ShareState
    reason: str


@dataclass(frozen=True)
class ControlRequested:
    """The supporter asks to use the mouse and keyboard."""


@dataclass(frozen=True)
class ReconfirmComing:
    seconds_left: float


@dataclass(frozen=True)
class Teaching:
    """A pointer, look-here or drawing message to show on the home user's screen."""

    message: dict[str, Any]


@dataclass(frozen=True)
class ChatLine:
    text: str
    from_supporter: bool


LiveEvent = (
    ShareStateChanged | ControlRequested | ReconfirmComing | Teaching | ChatLine | LinkLost
    | LinkBack | PrivacyChanged
)  # fmt: skip


def default_input_sink(area: ScreenArea) -> InputSink:
    """The desktop's input sink, from this process's platform backend."""
    return platform.backend().make_input_sink(area)


def default_local_watch(
    sink: InputSink | None, on_activity: ActivityCallback, on_hotkey: HotkeyCallback
) -> LocalWatch:
    """The watch for the home user's own input and shortcuts, from the same backend."""
    return platform.backend().make_local_activity(sink, on_activity, on_hotkey)


class LiveSession:
    """One shared-screen period, from the binding check to the end."""

    def __init__(
        self,
        link: PeerLink,
        consent: Consent,
        capture: ScreenCapture,
        emit: Callable[[LiveEvent], None],
        *,
        clock: Callable[[], float] = time.monotonic,
        make_input_sink: MakeInputSink = default_input_sink,
        make_local_watch: MakeLocalActivity = default_local_watch,
        on_hotkey: Callable[[str], None] | None = None,
        privacy: PrivacyGuard | None = None,
    ) -> None:
        self.link = link
        self.privacy = privacy  # protected pages, password fields, private moments
        self.consent = consent
        self.capture = capture
        self._emit = emit
        self._clock = clock
        self._make_input_sink = make_input_sink
        self._make_local_watch = make_local_watch
        self._on_hotkey = on_hotkey
        self.input_sink: InputSink | None = None
        self.local_watch: LocalWatch | None = None
        self.dropped = messages.DropCounter()
        self.chat_log: list[ChatLine] = []
        self.call: Any = None  # the session's HomeCall (assist_media/call_media.py)
        self._input_rate = messages.RateLimit(rate=120.0, burst=240.0)
        self._chat_rate = messages.RateLimit(rate=2.0, burst=10.0)
        self._teaching_rate = messages.RateLimit(
            rate=messages.TEACHING_RATE, burst=messages.TEACHING_BURST
        )
        self.chat_order = ChatOrder()  # exactly once, in order, also across a resumed link
        self.liveness = Liveness(clock())
        self.resumable = False  # the flow sets it when a lost link may be resumed
        self.on_lost: Callable[[float], None] | None = None  # the flow's resume starts
        self.on_back: Callable[[], None] | None = None  # the old link healed by itself
        self._swapped: asyncio.Future[None] | None = None
        self._refused_told: dict[str, float] = {}

    # -- the home user's clicks --------------------------------------------------------
    def grant_control(self) -> None:
        self.consent.grant_control(self._clock())
        self._apply_consent()

    def deny_control(self) -> None:
        self.consent.deny_control(self._clock())
        self._apply_consent()

    def take_back_control(self) -> None:
        self.consent.take_back_control(self._clock())
        self._apply_consent()

    def pause(self) -> None:
        self.consent.pause(self._clock())
        self._apply_consent()

    def resume(self) -> None:
        self.consent.resume(self._clock())
        self._apply_consent()

    def set_reconfirm_minutes(self, minutes: int) -> None:
        self.consent.set_reconfirm_after(self._clock(), minutes * 60.0)

    def local_activity(self) -> None:
        """The home user's own mouse or keyboard moved: they win for a moment."""
        self.consent.local_activity(self._clock())
        if self.input_sink is not None and self.consent.state is ShareState.CONTROLLING:
            self.input_sink.release_all()

    def send_chat(self, text: str) -> bool:
        text = text.strip()[: messages.MAX_CHAT_CHARS]
        if not text:
            return False
        line_id = self.chat_order.new_line(text, self._clock())
        self.link.send("chat", text=text, id=line_id)  # if the link is down: sent again later
        self._log_chat(ChatLine(text, from_supporter=False))
        return True

    # -- running ---------------------------------------------------------------------
    async def run(self) -> str:
        """Serve the supporter's messages until the link ends; return why it ended."""
        self._start_input()
        self._announce_state()
        ticker = asyncio.create_task(
            keep_alive(self._beat, lambda: self.liveness.last_heard, self._clock, self._tick),
            name="live-tick",
        )
        try:
            while True:
                link, swapped = self.link, self._new_swap()
                reader = asyncio.create_task(self._read_forever(link), name="live-read")
                waits = [ticker, reader, swapped, link.ended]
                try:
                    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                    if link.ended.done() and not swapped.done() and not ticker.done():
                        if link.ended.result() != "connection_lost" or not self.resumable:
                            return link.ended.result()
                        # A dead path: the resume window (the ticker) or a new link decides.
                        await asyncio.wait([ticker, swapped], return_when=asyncio.FIRST_COMPLETED)
                finally:
                    reader.cancel()
                if ticker.done():
                    return str(ticker.result())
        finally:
            ticker.cancel()

    def replace_link(self, link: PeerLink) -> PeerLink:
        """A resumed, authenticated link takes over; returns the old one (to close)."""
        old, self.link = self.link, link
        if self._swapped is not None and not self._swapped.done():
            self._swapped.set_result(None)
        now = self._clock()
        if self.liveness.heard(now):
            self._emit(LinkBack())
        self._announce_state()
        for line_id, text in self.chat_order.due(now, everything=True):
            link.send("chat", text=text, id=line_id)
        return old

    def _new_swap(self) -> asyncio.Future[None]:
        self._swapped = asyncio.get_running_loop().create_future()
        return self._swapped

    def _beat(self) -> None:
        """One heartbeat; it tells how many chat lines were shown here (their ack)."""
        self.link.send("heartbeat", ack=self.chat_order.expected)

    def close(self) -> None:
        """Release everything held for the supporter; called on every way out."""
        if self.call is not None:
            self.call.stop()
        self.consent.stop(self._clock())
        if self.local_watch is not None:
            self.local_watch.stop()
        if self.input_sink is not None:
            self.input_sink.close()
        if self.privacy is not None:
            self.privacy.stop()
        self.capture.set_paused(False)

    def _start_input(self) -> None:
        """Ready the input sink (held off until control is granted) and the home user's watch."""
        loop = asyncio.get_running_loop()
        self.input_sink = self._make_input_sink(ScreenArea.from_monitor(self.capture.area))
        self.input_sink.suspend()
        self.input_sink.on_refused = lambda reason: loop.call_soon_threadsafe(
            self._tell_refused, reason
        )
        self.local_watch = self._make_local_watch(
            self.input_sink,
            lambda: loop.call_soon_threadsafe(self.local_activity),
            lambda name: loop.call_soon_threadsafe(self._hotkey, name),
        )
        self.local_watch.start()
        if self.privacy is not None:
            self.privacy.input_sink = self.input_sink
            self.privacy.start()

    def _tell_refused(self, reason: str) -> None:
        """Tell the supporter why their input did nothing: once a second per reason, so
        a flood of refused keys cannot flood the channel back."""
        now = self._clock()
        if now - self._refused_told.get(reason, -REFUSED_TELL_INTERVAL) >= REFUSED_TELL_INTERVAL:
            self._refused_told[reason] = now
            self.link.send("refused", reason=reason)

    def _hotkey(self, name: str) -> None:
        """The home user's own shortcut (injected input can never send it)."""
        if name == "pause":
            (self.resume if self.consent.state is ShareState.PAUSED else self.pause)()
        if self._on_hotkey is not None:
            self._on_hotkey(name)

    async def _read_forever(self, link: PeerLink) -> str:
        handled = 0
        while True:
            message = await link.messages.get()  # does not yield while messages wait
            self.handle(message)
            handled += 1
            if handled % YIELD_EVERY == 0:
                await asyncio.sleep(0)  # clicks, shortcuts and timers get their turn

    def _tick(self, now: float) -> None:
        if self.liveness.tick(now) == "lost":
            self._link_lost(now)
        for line_id, text in self.chat_order.due(now):
            self.link.send("chat", text=text, id=line_id)
        self.consent.tick(now)
        self._apply_consent()

    # -- the supporter's messages -----------------------------------------------------------
    def handle(self, message: dict[str, Any]) -> None:
        """Route one validated message from the supporter through consent."""
        now = self._clock()
        if self.liveness.heard(now):
            log.info("supporter heard again: viewing goes on, control is asked again")
            if self.on_back is not None:
                self.on_back()
            self._emit(LinkBack())
            self._announce_state()
        kind = message["type"]
        if kind not in messages.SUPPORTER_SENDS:
            self.dropped.add("wrong_direction")
        elif kind == "heartbeat":
            self.chat_order.acknowledged(message.get("ack"))
        elif kind == "control_request":
            self.consent.request_control(now)
        elif kind == "control_release":
            self.consent.release_control(now)
        elif kind in messages.TEACHING_TYPES:
            if not self.consent.may_teach:
                self.dropped.add("not_allowed")
            elif self._teaching_rate.allow(now):
                self._emit(Teaching(message))
            else:
                self.dropped.add("rate")
        elif kind in messages.INPUT_TYPES:
            self._inject(message, now)
        elif kind == "call" and self.call is not None:  # issue 17 (assist_media/call_media)
            self.call.handle(message, sharing=self.consent.may_teach)
        elif kind == "chat":
            if not self.chat_order.is_next(message["id"]):
                self.dropped.add("chat_repeat")  # shown already, or sent again in order later
            elif self._chat_rate.allow(now):
                self.chat_order.accept(message["id"])
                self._log_chat(ChatLine(message["text"], from_supporter=True))
            else:
                self.dropped.add("rate")
        self._apply_consent()

    def _link_lost(self, now: float) -> None:
        """Silence: release everything held for the supporter at once; control ends
        (the home user is asked again when the link is back), viewing may go on."""
        log.info("supporter silent: releasing held input")
        if self.input_sink is not None:
            self.input_sink.release_all()
        self.consent.deny_control(now)
        self.consent.take_back_control(now)
        self._apply_consent()
        self._emit(LinkLost(self.liveness.deadline))
        if self.on_lost is not None:
            self.on_lost(self.liveness.deadline)

    def _inject(self, message: dict[str, Any], now: float) -> None:
        if not self._input_rate.allow(now):
            self.dropped.add("rate")
        elif self.input_sink is None or not self.consent.may_inject(now):
            self.dropped.add("not_allowed")
        elif self.privacy is not None and (why := self.privacy.refusal(message["type"])):
            self.dropped.add(why)  # a protected page, a password field: issue 19
            self._tell_refused(why)
        else:
            self.input_sink.apply(message)

    def _log_chat(self, line: ChatLine) -> None:
        self.chat_log.append(line)
        self._emit(line)

    # -- consent's decisions take effect here ---------------------------------------------
    def _apply_consent(self) -> None:
        for event in self.consent.events_received():
            if isinstance(event, StateChanged):
                if self.privacy is not None and event.reason == "paused":
                    self.privacy.begin_private()  # the home user's pause: a private moment
                elif self.privacy is not None and event.previous is ShareState.PAUSED:
                    self.privacy.end_private()
                self._enter(event.state)
                self._emit(ShareStateChanged(event.state, event.reason))
                self._announce_state()
            elif isinstance(event, ControlAsked):
                self._emit(ControlRequested())
            elif isinstance(event, ReconfirmSoon):
                self._emit(ReconfirmComing(event.seconds_left))

    def _enter(self, state: ShareState) -> None:
        self.capture.set_paused(state is ShareState.PAUSED)
        if self.call is not None:
            self.call.set_on_hold(state is ShareState.PAUSED)  # no sound while paused
        if self.input_sink is None:
            return
        if state is ShareState.CONTROLLING:
            self.input_sink.resume()
        else:
            self.input_sink.suspend()  # releases every held key and button first

    def _announce_state(self) -> None:
        state = self.consent.state
        if state in (ShareState.VIEWING, ShareState.CONTROLLING, ShareState.PAUSED):
            with contextlib.suppress(Exception):
                self.link.send("state", state=state.value)
