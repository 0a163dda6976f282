"""The home user's side of one help session, as an asyncio flow with no Qt.

code → a supporter joins → pairing → the supporter's name is shown → the home user
allows (or not) → screen sharing → stop. The Qt window only shows the events this
flow emits and calls `allow`, `decline` and `stop`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from assist_session.channel import ChannelClosed, SecureChannel
from assist_session.flow import (
    Ended,
    SessionEnded,
    SessionFlow,
    clean_display_name,
    end_reason,
    expect,
)
from assist_session.peer import PeerLink
from assist_session.signaling_client import SignalingClient
from crypto.code import PairingCode
from crypto.pairing import Role

from .capture import ScreenCapture, ScreenTrack

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


@dataclass(frozen=True)
class SharingStarted:
    name: str


HomeEvent = CodeReady | Connecting | SupporterAsks | SharingStarted | Ended


class HomeSession(SessionFlow):
    """One help session on the home user's computer."""

    def __init__(
        self,
        server_url: str,
        on_event: Callable[[HomeEvent], None],
        *,
        monitor: int = 1,
        fps: float = 30.0,
    ) -> None:
        super().__init__(server_url, on_event)
        self._decision: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.capture = ScreenCapture(monitor, fps)

    def allow(self) -> None:
        """The home user clicked Allow: the supporter may see the screen."""
        if not self._decision.done():
            self._decision.set_result(True)

    def decline(self) -> None:
        if not self._decision.done():
            self._decision.set_result(False)

    async def _steps(self, signaling: SignalingClient) -> str:
        await signaling.connect()
        nameplate, expires_in = await signaling.register()
        code = PairingCode.new(nameplate)
        self._emit(CodeReady(code, time.monotonic() + expires_in))
        await signaling.wait_joined()
        self._emit(Connecting())
        channel = self.channel = SecureChannel(signaling, Role.HOME_USER, code)
        await channel.pair()
        hello = await expect(channel, "hello")
        name = clean_display_name(hello.get("name"))
        self._emit(SupporterAsks(name))
        if not await self._wait_decision(channel):
            await channel.send({"type": "consent", "view": False})
            return "declined_by_you"
        await channel.send({"type": "consent", "view": True})
        # Nothing exists to share the screen with before this point.
        link = self.link = PeerLink(
            channel.protocol, ice_servers=signaling.ice_servers, relay_only=signaling.relay_only
        )
        await channel.send(
            {"type": "offer", "sdp": await link.create_offer(ScreenTrack(self.capture))}
        )
        sdp = (await expect(channel, "answer")).get("sdp")
        if not isinstance(sdp, str):
            raise SessionEnded("bad_message")
        try:
            await link.accept_answer(sdp)
        except ValueError as exc:
            raise SessionEnded("bad_message") from exc
        await self._wait_authenticated(link)
        self.capture.start()  # the first picture is taken only after the binding check
        self._emit(SharingStarted(name))
        return await end_reason(channel, link.ended)

    def _release_local(self) -> None:
        self.capture.stop()

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
