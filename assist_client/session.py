"""The supporter's side of one help session, as an asyncio flow with no Qt."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from assist_session.channel import SecureChannel
from assist_session.flow import Ended, SessionEnded, SessionFlow, end_reason, expect
from assist_session.peer import BindingFailed, PeerLink
from assist_session.signaling_client import SignalingClient
from crypto.code import PairingCode
from crypto.pairing import Role

__all__ = ["Ended", "SessionOpen", "Step", "SupporterSession"]

APP_NAME = "assist-client/0.1"


@dataclass(frozen=True)
class Step:
    """Progress while connecting: `connecting`, `checking_code`, `waiting_for_permission`,
    `starting_video`."""

    name: str


@dataclass(frozen=True)
class SessionOpen:
    """The home user's screen is on its way; the link is authenticated."""


SupporterEvent = Step | SessionOpen | Ended


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
    ) -> None:
        super().__init__(server_url, on_event)
        self._code = code
        self._name = display_name
        self._on_frame = on_frame
        self._video_task: asyncio.Task[None] | None = None
        # One decode helper thread of our own: frames are converted off the UI thread.
        self._decoder = concurrent.futures.ThreadPoolExecutor(1, "frame-convert")
        self.frames_shown = 0

    async def _steps(self, signaling: SignalingClient) -> str:
        self._emit(Step("connecting"))
        await signaling.connect()
        await signaling.claim(self._code.nameplate)
        self._emit(Step("checking_code"))
        channel = self.channel = SecureChannel(signaling, Role.SUPPORTER, self._code)
        await channel.pair()
        await channel.send({"type": "hello", "name": self._name, "app": APP_NAME})
        self._emit(Step("waiting_for_permission"))
        # The home user may take minutes to decide; the supporter can always end it.
        consent = await expect(channel, "consent", timeout=24 * 3600)
        if consent.get("view") is not True:
            return "declined"
        self._emit(Step("starting_video"))
        sdp = (await expect(channel, "offer")).get("sdp")
        if not isinstance(sdp, str):
            raise SessionEnded("bad_message")
        link = self.link = PeerLink(
            channel.protocol,
            ice_servers=signaling.ice_servers,
            relay_only=signaling.relay_only,
            on_track=self._watch_track,
        )
        try:
            answer = await link.accept_offer(sdp)
        except ValueError as exc:
            raise SessionEnded("bad_message") from exc
        await channel.send({"type": "answer", "sdp": answer})
        await self._wait_authenticated(link)
        self._emit(SessionOpen())
        return await end_reason(channel, link.ended)

    def _release_local(self) -> None:
        if self._video_task is not None:
            self._video_task.cancel()
        self._decoder.shutdown(wait=False, cancel_futures=True)

    def _watch_track(self, track: MediaStreamTrack) -> None:
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
                image = await loop.run_in_executor(self._decoder, frame_to_rgb, frame)
            except RuntimeError:  # the decoder was shut down: the session is ending
                return
            if link.ended.done():
                return
            self.frames_shown += 1
            self._on_frame(image)
