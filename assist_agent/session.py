"""The home user's side of one help session, as an asyncio flow with no Qt.

code → a supporter joins → pairing → the supporter's name is shown → the home user
allows (or not) → screen sharing → stop. The Qt window only shows the events this
flow emits and calls `allow`, `decline` and `stop`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from assist_media import aiortc_patches
from assist_media import link as media_link
from assist_media.audio_io import AudioDevices
from assist_media.call import CallPhase
from assist_media.call_media import CallProblem, HomeCall
from assist_session.channel import ChannelClosed, SecureChannel
from assist_session.flow import (
    Ended,
    SessionEnded,
    SessionFlow,
    clean_display_name,
    end_reason,
    expect,
)
from assist_session.peer import PeerLink, sdp_fingerprint
from assist_session.signaling_client import SignalingClient
from crypto.certificates import Verified, unverified_name
from crypto.code import PairingCode
from crypto.identity import SupporterKey, imitates_mark
from crypto.pairing import Role

from .capture import ScreenCapture
from .consent import Consent
from .history import Familiarity, HelpRecord, History
from .live import LiveEvent, LiveSession
from .privacy import Privacy
from .privacy_live import PrivacyGuard, make_privacy
from .resume_link import resume_home
from .screen_track import ScreenTrack, send_cursor, send_sharp
from .trust import Trust
from .trust_fetch import refresh

log = logging.getLogger("assist.agent.session")

__all__ = ["CodeReady", "Connecting", "Ended", "HomeSession", "SharingStarted", "SupporterAsks"]


@dataclass(frozen=True)
class CodeReady:
    code: PairingCode
    valid_until: float  # a time.monotonic() deadline


@dataclass(frozen=True)
class Connecting:
    """A supporter typed the code; the apps are checking it."""


@dataclass(frozen=True)
class SupporterAsks:
    name: str
    key_fingerprint: str = ""  # short fingerprint of the supporter's proven identity key
    verified: Verified | None = None  # a trusted organisation vouches for them (issue 16)
    familiarity: Familiarity = Familiarity(0, False)  # helped before? a name with a new key?


@dataclass(frozen=True)
class SharingStarted:
    name: str


@dataclass(frozen=True)
class Summary:
    """What happened, for the home user, when sharing is over."""

    record: HelpRecord


HomeEvent = CodeReady | Connecting | SupporterAsks | SharingStarted | Summary | Ended | LiveEvent


class HomeSession(SessionFlow):
    """One help session on the home user's computer."""

    def __init__(
        self,
        server_url: str,
        on_event: Callable[[HomeEvent], None],
        *,
        monitor: int = 1,
        fps: float = 30.0,
        history: History | None = None,
        trust: Trust | None = None,
        privacy: Privacy | None = None,
        audio_devices: AudioDevices | None = None,
    ) -> None:
        super().__init__(server_url, on_event)
        self.audio_devices = audio_devices  # None: the desktop's default mic and speaker
        self._call: HomeCall | None = None  # issue 17: talking inside the session
        self.privacy = privacy if privacy is not None else make_privacy()  # issue 19
        self.trust = trust or Trust()
        self.supporter_key_hex = ""
        self.verified: Verified | None = None
        self.certificate: object = None  # the verified supporter's, checked again on resume
        self._cut_short: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._decision: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.capture = ScreenCapture(monitor, fps)
        self.consent = Consent(time.monotonic())
        self.history = history
        self.live: LiveSession | None = None
        self.supporter_name = ""
        self._started_wall = 0.0

    @property
    def call(self) -> HomeCall | None:
        return self._call

    @call.setter
    def call(self, call: HomeCall | None) -> None:
        """A resume (resume_link._resumed) puts a new call in place of one that was
        asking or talking: that call ended with its link, and the window says so
        (CallProblem "link_lost")."""
        old, self._call = self._call, call
        if old is not None and old is not call and old.state.phase is not CallPhase.IDLE:
            self._emit(CallProblem("link_lost"))

    def allow(self) -> None:
        """The home user clicked Allow: the supporter may see the screen."""
        if not self._decision.done():
            self.consent.allow_viewing(time.monotonic())
            self._decision.set_result(True)

    def decline(self) -> None:
        if not self._decision.done():
            self._decision.set_result(False)

    def end_for(self, reason: str) -> None:
        """End the running session from this side, for a reason the home user is told."""
        if not self._cut_short.done():
            self._cut_short.set_result(reason)

    async def _steps(self, signaling: SignalingClient) -> str:
        # The organisations' newest lines from the server, bounded (issue 16, trust_fetch).
        fresh_lines = asyncio.ensure_future(refresh(self.trust, self.server_url))
        await signaling.connect()
        nameplate, expires_in = await signaling.register()
        code = PairingCode.new(nameplate)
        self._emit(CodeReady(code, time.monotonic() + expires_in))
        await signaling.wait_joined()
        self._emit(Connecting())
        channel = self.channel = SecureChannel(signaling, Role.HOME_USER, code)
        session_id = await channel.pair()
        hello = await expect(channel, "hello")
        name = self.supporter_name = clean_display_name(hello.get("name"))
        # The key must prove itself (signed name and session) before we ask anything.
        supporter_key = SupporterKey.from_hello(hello, session_id)  # IdentityError: tampered
        if imitates_mark(name):  # a name must not pass for another helper's mark
            raise SessionEnded("bad_message")
        # Verified: the organisation's certificate for this very key (issue 16). Else the
        # typed name loses anything that reads like verification.
        await fresh_lines  # done long ago, or at most FETCH_TIMEOUT after the start
        verified = self.verified = self.trust.check(hello, supporter_key.public_key)
        self.certificate = hello.get("certificate") if verified else None
        name = self.supporter_name = verified.name if verified else unverified_name(name)
        if not name:
            raise SessionEnded("bad_message")
        self.supporter_key_hex = supporter_key.public_key.hex()
        familiar = Familiarity(0, False)
        if self.history is not None:
            vouched_by = verified.organisation if verified else ""
            familiar = self.history.familiarity(name, self.supporter_key_hex, vouched_by)
        self._emit(SupporterAsks(name, supporter_key.fingerprint, verified, familiar))
        if not await self._wait_decision(channel):
            await channel.send({"type": "consent", "view": False})
            return "declined_by_you"
        await channel.send({"type": "consent", "view": True})
        # Nothing exists to share the screen with before this point.
        aiortc_patches.install()  # screen-content video settings, once per process
        link = self.link = PeerLink(
            channel.protocol, ice_servers=signaling.ice_servers, relay_only=signaling.relay_only,
            audio=True, camera=True, own_camera=True,
            on_track=lambda track: self.call and self.call.hear(track),
        )  # fmt: skip
        self.capture.media = media_link.attach(link.pc)  # this connection's video state
        self.call = HomeCall(link, self._emit, self.audio_devices)  # silent until Talk
        offer = await link.create_offer(ScreenTrack(self.capture))
        self.call.attach()
        await channel.send({"type": "offer", "sdp": offer})
        sdp = (await expect(channel, "answer")).get("sdp")
        if not isinstance(sdp, str):
            raise SessionEnded("bad_message")
        identity = await expect(channel, "identity")
        try:
            # The supporter's key signs both fingerprints before any connection is made.
            supporter_key.check_connection(identity, sdp_fingerprint(offer), sdp_fingerprint(sdp))
            await link.accept_answer(sdp)
        except ValueError as exc:
            raise SessionEnded("bad_message") from exc
        await self._wait_authenticated(link)
        self.capture.start()  # the first picture is taken only after the binding check
        self._started_wall = time.time()
        self._emit(SharingStarted(name))
        guard = PrivacyGuard(self.privacy, self.capture, self._send_now, self._emit)
        self.live = LiveSession(
            link, self.consent, self.capture, self._emit, on_hotkey=self._hotkey, privacy=guard
        )
        self.live.call = self.call
        resume_home(self, channel)  # a lost link comes back without a new code (issue 18)
        live_end = asyncio.ensure_future(self.live.run())
        cursor = asyncio.ensure_future(send_cursor(self.capture, self._send_now))  # not in video
        sharp = asyncio.ensure_future(send_sharp(self.capture, lambda: self._link.sharp_channel()))
        try:
            ends = asyncio.ensure_future(_first_end(live_end, self._cut_short))
            return await end_reason(lambda: self.channel, ends)  # resumes swap the channel
        finally:
            live_end.cancel()
            cursor.cancel()
            sharp.cancel()

    @property
    def _link(self) -> PeerLink:
        assert self.link is not None
        return self.link

    def _send_now(self, kind: str, **fields: object) -> bool:
        """Send on the session's link of the moment (a resumed one replaces the first)."""
        return self._link.send(kind, **fields)

    # -- the home user's choices while sharing (no-ops when not sharing) ---------------
    def grant_control(self) -> None:
        if self.live is not None:
            self.live.grant_control()

    def deny_control(self) -> None:
        if self.live is not None:
            self.live.deny_control()

    def take_back_control(self) -> None:
        if self.live is not None:
            self.live.take_back_control()

    def pause(self) -> None:
        if self.live is not None:
            self.live.pause()

    def resume(self) -> None:
        if self.live is not None:
            self.live.resume()

    # -- the call (issue 17): Talk / Not now, mute, hang up; no-ops without a call ------
    def talk(self) -> None:
        if self.call is not None:
            self.call.talk()

    def not_now(self) -> None:
        if self.call is not None:
            self.call.not_now()

    def end_call(self) -> None:
        if self.call is not None:
            self.call.end()

    def set_muted(self, muted: bool) -> None:
        if self.call is not None:
            self.call.set_muted(muted)

    def set_camera(self, on: bool) -> None:
        """The home user's own camera: off unless they turn it on (only while talking)."""
        if self.call is not None:
            self.call.set_camera(on)

    def send_chat(self, text: str) -> bool:
        return self.live is not None and self.live.send_chat(text)

    def protect_window(self) -> bool:
        """The home user's "Protect this window": the active window, from now on."""
        guard = self.live.privacy if self.live is not None else None
        return guard is not None and guard.protect_current()

    def allow_again(self) -> None:
        """After a login: the home user lets the supporter use the mouse again."""
        if self.live is not None and self.live.privacy is not None:
            self.live.privacy.allow_again()

    def set_reconfirm_minutes(self, minutes: int) -> None:
        if self.live is not None:
            self.live.set_reconfirm_minutes(minutes)

    def _hotkey(self, name: str) -> None:
        if name == "stop":
            self.stop()

    def _release_local(self) -> None:
        """First thing on the way out: no more pictures, nothing held for the supporter."""
        if self.call is not None:
            self.call.stop()  # the microphone closes before anything else
        self.capture.stop()
        if self.live is None:
            return
        self.live.close()
        seen, controlled = self.consent.totals(time.monotonic())
        record = HelpRecord(
            supporter=self.supporter_name,
            started=self._started_wall,
            seen_seconds=round(seen, 1),
            controlled_seconds=round(controlled, 1),
            chat=[("supporter" if c.from_supporter else "you", c.text) for c in self.live.chat_log],
            supporter_key=self.supporter_key_hex,
            verified_by=self.verified.organisation if self.verified else "",
            private_moments=self.privacy.private_moments,
            protected_pages=self.privacy.protected_pages,
        )
        if self.history is not None:
            try:
                self.history.add(record)
            except OSError:
                log.warning("could not save the help record")
        self._emit(Summary(record))

    async def _wait_decision(self, channel: SecureChannel) -> bool:
        """Wait for the home user's click, but notice if the supporter leaves meanwhile."""
        watcher = asyncio.ensure_future(channel.receive())
        try:
            await asyncio.wait([self._decision, watcher], return_when=asyncio.FIRST_COMPLETED)
        finally:
            watcher.cancel()
        if self._decision.done():
            return self._decision.result()
        try:
            message = watcher.result()
        except ChannelClosed as exc:
            raise SessionEnded(exc.reason) from exc
        raise SessionEnded("peer_stopped" if message.get("type") == "bye" else "bad_message")


async def _first_end(*ends: asyncio.Future[str]) -> str:
    """Whichever ends the session first: the live link, or this side (`end_for`)."""
    done, _ = await asyncio.wait(ends, return_when=asyncio.FIRST_COMPLETED)
    return next(iter(done)).result()
