"""The supporter's side of one help session, as an asyncio flow with no Qt."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from assist_media import aiortc_patches
from assist_media import link as media_link
from assist_media.audio_io import AudioDevices
from assist_media.call_media import SupporterCall
from assist_media.sharp import InvalidSharp, SharpLayer
from assist_session import messages
from assist_session.channel import SecureChannel
from assist_session.flow import Ended, SessionEnded, SessionFlow, end_reason, expect
from assist_session.heartbeat import LinkBack, LinkLost, Liveness, keep_alive
from assist_session.memory import limit_malloc_arenas
from assist_session.peer import BindingFailed, PeerLink, sdp_fingerprint
from assist_session.resume import ChatOrder
from assist_session.signaling_client import SignalingClient
from crypto.code import PairingCode
from crypto.pairing import Role

from .identity import SupporterIdentity, run_only_identity
from .resume_link import first_end, resume_supporter
from .shared_screen import ScreenShared

__all__ = [
    "ChatLine", "CursorMoved", "Ended", "SessionOpen", "ShareState", "Step", "SupporterSession",
]  # fmt: skip

APP_NAME = "assist-client/0.1"
SHARP_INBOX_MAX = 4096  # more unapplied sharp messages than this: show video only


@dataclass(frozen=True)
class Step:
    """Progress while connecting: `connecting`, `checking_code`, `waiting_for_permission`,
    `starting_video`."""

    name: str


@dataclass(frozen=True)
class SessionOpen:
    """The home user's screen is on its way; the link is authenticated."""


@dataclass(frozen=True)
class ShareState:
    """What the home user allows now: `viewing`, `controlling` or `paused`."""

    state: str


@dataclass(frozen=True)
class ChatLine:
    text: str
    from_supporter: bool


@dataclass(frozen=True)
class CursorMoved:
    """The home user's pointer, as fractions of the picture; the view draws it."""

    x: float
    y: float
    visible: bool


@dataclass(frozen=True)
class InputRefused:
    """The helper app did not pass on some of our input: `system_key`, `hotkey`,
    `own_window` (messages.REFUSED_REASONS)."""

    reason: str


SupporterEvent = (
    Step | SessionOpen | ShareState | ChatLine | CursorMoved | Ended | InputRefused | LinkLost
    | LinkBack | ScreenShared
)  # fmt: skip


def frame_to_rgb(frame: object) -> np.ndarray:
    """Decode-side conversion, run in a worker thread: video frame → H×W×3 RGB array."""
    return frame.to_ndarray(format="rgb24")  # type: ignore[attr-defined, no-any-return]


class SupporterSession(SessionFlow):
    """One help session in the supporter app."""

    def __init__(
        self,
        server_url: str,
        code: PairingCode,
        display_name: str,
        on_event: Callable[[SupporterEvent], None],
        on_frame: Callable[[np.ndarray], None],
        *,
        identity: SupporterIdentity | None = None,
        audio_devices: AudioDevices | None = None,
    ) -> None:
        super().__init__(server_url, on_event)
        self._code = code
        self._name = display_name
        # The long-term key (keyring) the window loaded; else a key for this run only.
        self.identity = identity if identity is not None else run_only_identity()
        self._on_frame = on_frame
        self._video_task: asyncio.Task[None] | None = None
        limit_malloc_arenas()  # before the decode threads: memory stays flat (memory.py)
        # One decode helper thread of our own: frames are converted off the UI thread.
        self._decoder = concurrent.futures.ThreadPoolExecutor(1, "frame-convert")
        self.frames_shown = 0
        # Sharp still pictures over the video (assist_media/sharp.py). The layer and
        # the newest video frame are touched only in the decode thread.
        self._sharp = SharpLayer()
        self._sharp_inbox: list[bytes] = []
        self._sharp_task: asyncio.Task[None] | None = None
        self._video_rgb: np.ndarray | None = None
        self.sharp_applied = 0
        self.share_state = ""
        self.cursor: CursorMoved | None = None
        self.dropped = messages.DropCounter()
        self.liveness = Liveness(time.monotonic())
        self.chat_order = ChatOrder()  # exactly once, in order, also across a resumed link
        self.resumable = False  # set when a lost link may be resumed (resume_link.py)
        self.on_lost: Callable[[float], None] | None = None
        self.on_back: Callable[[], None] | None = None
        self._swapped: asyncio.Future[None] | None = None
        self._cut_short: asyncio.Future[str] | None = None  # end_for (issue 16)
        self.audio_devices = audio_devices  # None: the desktop's default mic and speaker
        self.call: SupporterCall | None = None  # issue 17

    # -- what the supporter does while connected ---------------------------------------
    def request_control(self) -> bool:
        """Ask the home user for the mouse and keyboard; only their click grants it."""
        return self.share_state == "viewing" and self._send("control_request")

    def release_control(self) -> bool:
        return self.share_state == "controlling" and self._send("control_release")

    def send_input(self, kind: str, **fields: Any) -> bool:
        """Mouse, key or text, only while the home user lets us control."""
        return (
            kind in messages.INPUT_TYPES
            and self.share_state == "controlling"
            and (self._send(kind, **fields))
        )

    def teach(self, kind: str, **fields: Any) -> bool:
        """Pointer, look-here or a drawing stroke, while the screen is shown."""
        return (
            kind in messages.TEACHING_TYPES
            and self.share_state
            in (
                "viewing",
                "controlling",
            )
            and self._send(kind, **fields)
        )

    # -- the call (issue 17) ------------------------------------------------------------
    def offer_call(self) -> bool:
        """Ask the home user to talk; only their Talk opens any microphone."""
        return (
            self.call is not None
            and self.share_state in ("viewing", "controlling")
            and self.call.offer()
        )

    def end_call(self) -> None:
        if self.call is not None:
            self.call.end()

    def set_muted(self, muted: bool) -> None:
        if self.call is not None:
            self.call.set_muted(muted)

    def set_camera(self, on: bool) -> None:
        """Show our camera to the home user, only while the call talks."""
        if self.call is not None:
            self.call.set_camera(on)

    def send_chat(self, text: str) -> bool:
        text = text.strip()[: messages.MAX_CHAT_CHARS]
        if not text:
            return False
        line_id = self.chat_order.new_line(text, time.monotonic())
        self._send("chat", text=text, id=line_id)  # if the link is down: sent again later
        self._emit(ChatLine(text, from_supporter=True))
        return True

    def _send(self, kind: str, **fields: Any) -> bool:
        link = self.link
        try:
            return link is not None and link.send(kind, **fields)
        except messages.InvalidMessage:
            self.dropped.add("invalid_outgoing")
            return False

    async def _steps(self, signaling: SignalingClient) -> str:
        self._emit(Step("connecting"))
        await signaling.connect()
        nameplate = self._code.nameplate
        await signaling.claim(nameplate, self.identity.claim_fields(nameplate, time.time()))
        self._emit(Step("checking_code"))
        channel = self.channel = SecureChannel(signaling, Role.SUPPORTER, self._code)
        session_id = await channel.pair()
        await channel.send(
            {
                "type": "hello",
                "name": self._name,
                "app": APP_NAME,
                # key, proof and the organisation's certificate (issue 16) when loaded
                **self.identity.hello_fields(session_id, self._name),
            }
        )
        self._emit(Step("waiting_for_permission"))
        # The home user may take minutes to decide; the supporter can always end it.
        consent = await expect(channel, "consent", timeout=24 * 3600)
        if consent.get("view") is not True:
            return "declined"
        self._emit(Step("starting_video"))
        sdp = (await expect(channel, "offer")).get("sdp")
        if not isinstance(sdp, str):
            raise SessionEnded("bad_message")
        aiortc_patches.install()  # screen-content video settings, once per process
        link = self.link = PeerLink(
            channel.protocol,
            ice_servers=signaling.ice_servers,
            relay_only=signaling.relay_only,
            on_track=self._watch_track,
            on_sharp=self._on_sharp,
            audio=True,
            camera=True,
        )
        media_link.attach(link.pc)  # this connection's video state (SCTP's window)
        self.call = SupporterCall(link, self._emit, self.audio_devices)  # silent until Talk
        try:
            answer = await link.accept_offer(sdp)
        except ValueError as exc:
            raise SessionEnded("bad_message") from exc
        self.call.attach()
        await channel.send({"type": "answer", "sdp": answer})
        await channel.send(
            self.identity.signer.connection_message(
                session_id, sdp_fingerprint(sdp), sdp_fingerprint(answer)
            )
        )
        await self._wait_authenticated(link)
        self._emit(SessionOpen())
        self._cut_short = asyncio.get_running_loop().create_future()
        resume_supporter(self, channel)  # a lost link comes back without a new code (issue 18)
        live = asyncio.ensure_future(self._live(link))
        try:  # resumes swap the channel; the helper app may refuse a resume (first_end)
            return await end_reason(lambda: self.channel, first_end(live, self._cut_short))
        finally:
            live.cancel()

    def end_for(self, reason: str) -> None:
        """End the running session for a reason the supporter is told (a resume the helper
        app refused, resume_link.py)."""
        if self._cut_short is not None and not self._cut_short.done():
            self._cut_short.set_result(reason)

    async def _live(self, link: PeerLink) -> str:
        """Heartbeats out; state, chat and heartbeats in; until the link ends."""
        self.liveness = Liveness(time.monotonic())
        beats = asyncio.ensure_future(
            keep_alive(self._beat, lambda: self.liveness.last_heard, time.monotonic, self._tick)
        )
        try:
            while True:
                link = self.link or link
                swapped = self._swapped = asyncio.get_running_loop().create_future()
                reader = asyncio.ensure_future(self._read(link))
                try:
                    await asyncio.wait(
                        [beats, reader, swapped, link.ended], return_when=asyncio.FIRST_COMPLETED
                    )
                    if link.ended.done() and not swapped.done() and not beats.done():
                        if link.ended.result() != "connection_lost" or not self.resumable:
                            return link.ended.result()
                        # A dead path: the resume window (beats) or a new link decides.
                        await asyncio.wait([beats, swapped], return_when=asyncio.FIRST_COMPLETED)
                finally:
                    reader.cancel()
                if beats.done():
                    return str(beats.result())
        finally:
            beats.cancel()

    def replace_link(self, link: PeerLink) -> PeerLink | None:
        """A resumed, authenticated link takes over; returns the old one (to close)."""
        old, self.link = self.link, link
        if self._swapped is not None and not self._swapped.done():
            self._swapped.set_result(None)
        now = time.monotonic()
        if self.liveness.heard(now):
            self._emit(LinkBack())  # the helper app tells its state again next
        for line_id, text in self.chat_order.due(now, everything=True):
            self._send("chat", text=text, id=line_id)
        return old

    def _beat(self) -> None:
        self._send("heartbeat", ack=self.chat_order.expected)

    async def _read(self, link: PeerLink) -> str:
        while True:
            message = await link.messages.get()
            if self.liveness.heard(time.monotonic()):
                if self.on_back is not None:
                    self.on_back()
                self._emit(LinkBack())  # the helper app tells its state again next
            kind = message["type"]
            if kind not in messages.HOME_USER_SENDS:
                self.dropped.add("wrong_direction")
            elif kind == "state":
                self.share_state = message["state"]
                self._emit(ShareState(self.share_state))
            elif kind == "heartbeat":
                self.chat_order.acknowledged(message.get("ack"))
            elif kind == "chat":
                if self.chat_order.is_next(message["id"]):  # else shown already
                    self.chat_order.accept(message["id"])
                    self._emit(ChatLine(message["text"], from_supporter=False))
            elif kind == "cursor":
                self.cursor = CursorMoved(message["x"], message["y"], message["visible"])
                self._emit(self.cursor)
            elif kind == "call_state" and self.call is not None:
                self.call.home_says(message["state"], message["muted"])
            elif kind == "refused":
                self._emit(InputRefused(message["reason"]))
            elif kind == "screen":  # which of their screens we see (issue 13)
                self._emit(ScreenShared(message["number"], message["count"], message["place"]))

    def _tick(self, now: float) -> None:
        """Silence from the helper app: nothing more goes out as held input, and control
        is over (the home user is asked again when the link is back)."""
        if self.liveness.tick(now) == "lost":
            self.share_state = ""
            self._emit(ShareState(""))
            self._emit(LinkLost(self.liveness.deadline))
            if self.on_lost is not None:
                self.on_lost(self.liveness.deadline)
        for line_id, text in self.chat_order.due(now):
            self._send("chat", text=text, id=line_id)

    def _release_local(self) -> None:
        if self.call is not None:
            self.call.close()
        if self._video_task is not None:
            self._video_task.cancel()
        if self._sharp_task is not None:
            self._sharp_task.cancel()
        self._decoder.shutdown(wait=False, cancel_futures=True)

    def restart_video(self, tracks: list[MediaStreamTrack]) -> None:
        """A resumed link's video, shown (after its binding check) instead of the old one."""
        if self._video_task is not None:
            self._video_task.cancel()
            self._video_task = None
        for track in tracks[:1]:
            self._video_task = asyncio.create_task(self._show_video(track), name="video")

    def _watch_track(self, track: MediaStreamTrack) -> None:
        if track.kind == "audio" and self.call is not None:
            self.call.hear(track)  # played only after the binding check, while talking
        elif track.kind == "video" and self._video_task is not None and self.call is not None:
            self.call.hear(track)  # the home user's camera, when they turn it on
        if track.kind == "video" and self._video_task is None:
            self._video_task = asyncio.create_task(self._show_video(track), name="video")

    async def _show_video(self, track: MediaStreamTrack) -> None:
        """Decode frames and pass them on, but only once the link is authenticated."""
        loop = asyncio.get_running_loop()
        link = self.link
        assert link is not None
        try:
            await asyncio.shield(link.authenticated)
        except BindingFailed:
            return
        while not link.ended.done():
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            try:
                image = await loop.run_in_executor(self._decoder, self._decode, frame)
            except RuntimeError:  # the decoder was shut down: the session is ending
                return
            if link.ended.done():
                return
            self.frames_shown += 1
            self._on_frame(image)

    # -- sharp still pictures ------------------------------------------------------------
    def _decode(self, frame: object) -> np.ndarray:
        """Decode thread: the video frame, with the sharp cells laid over it."""
        self._video_rgb = frame_to_rgb(frame)
        return self._sharp.compose(self._video_rgb)

    def _on_sharp(self, data: bytes) -> None:
        """A sharp picture message (authenticated link): applied in the decode thread,
        in order with the video frames."""
        if len(self._sharp_inbox) >= SHARP_INBOX_MAX:
            self.dropped.add("sharp_overflow")
            self._sharp_inbox = [b""]  # b"": forget the sharp cells, show video only
        self._sharp_inbox.append(data)
        if self._sharp_task is None or self._sharp_task.done():
            self._sharp_task = asyncio.create_task(self._show_sharp(), name="sharp")

    async def _show_sharp(self) -> None:
        loop = asyncio.get_running_loop()
        link = self.link
        while self._sharp_inbox and link is not None and not link.ended.done():
            batch, self._sharp_inbox = self._sharp_inbox, []
            try:
                image, errors = await loop.run_in_executor(self._decoder, self._apply_sharp, batch)
            except RuntimeError:  # the decoder was shut down: the session is ending
                return
            for reason in errors:
                self.dropped.add(f"sharp_{reason}")
            if image is not None and not link.ended.done():
                self._on_frame(image)

    def _apply_sharp(self, batch: list[bytes]) -> tuple[np.ndarray | None, list[str]]:
        """Decode thread: apply messages; the new picture if what is shown changed."""
        changed, errors = False, []
        for data in batch:
            if not data:
                changed |= self._sharp.clear()
                continue
            try:
                changed |= self._sharp.apply(data)
                self.sharp_applied += 1
            except InvalidSharp as exc:
                errors.append(str(exc))
        if changed and self._video_rgb is not None:
            return self._sharp.compose(self._video_rgb), errors
        return None, errors
