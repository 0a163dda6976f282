"""Small pieces both session flows use: end reasons, hello validation, waiting helpers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from crypto.identity import IdentityError

from .channel import ChannelClosed, SecureChannel
from .peer import BindingFailed, PeerLink
from .signaling_client import SignalingClient, SignalingError

log = logging.getLogger("assist.session")

MAX_NAME_CHARS = 64
SETUP_STEP_TIMEOUT = 30.0
# A running session talks over WebRTC, not through the pairing server, which ends a paired
# room after 2 h without a relayed frame (`paired_idle_timeout`). A sealed "alive" now and
# then keeps the room of a long session open; the other app ignores it.
ROOM_ALIVE_INTERVAL = 900.0
# Once the peer link is authenticated these end only the pairing server's part: a killed
# or restarted server, or one that saw the other app's connection drop (which may be a
# network outage the apps live through), never ends a running session. A deliberate
# stop still does: it comes sealed ("bye") and over the data channel.
# A paired room's end of life (`room_expired`, 12 h) still ends the session, on purpose.
SERVER_GONE = frozenset(
    {"server_unreachable", "server_shutdown", "peer_closed", "peer_disconnected",
     "peer_timeout", "not_connected", "resumed", "peer_resumed", "resuming", "peer_resuming"}
)  # fmt: skip


class SessionEnded(Exception):
    """Raised inside a flow to end it with a machine reason the apps translate."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_display_name(raw: object) -> str:
    """A supporter's display name made safe to show: no control or format characters."""
    if not isinstance(raw, str):
        raise SessionEnded("bad_message")
    kept = "".join(ch for ch in raw if unicodedata.category(ch)[0] not in ("C",))
    name = " ".join(kept.split())[:MAX_NAME_CHARS]
    if not name:
        raise SessionEnded("bad_message")
    return name


async def expect(
    channel: SecureChannel, wanted: str, timeout: float = SETUP_STEP_TIMEOUT
) -> dict[str, Any]:
    """The next sealed message, which must be of type `wanted` (else the session ends)."""
    try:
        message = await asyncio.wait_for(channel.receive(), timeout)
    except ChannelClosed as exc:
        raise SessionEnded(exc.reason) from exc
    except TimeoutError as exc:
        raise SessionEnded("timeout") from exc
    if message.get("type") == "bye":
        raise SessionEnded("peer_stopped")
    if message.get("type") != wanted:
        raise SessionEnded("bad_message")
    return message


async def end_reason(
    channel: SecureChannel | Callable[[], SecureChannel | None], link_ended: asyncio.Future[str]
) -> str:
    """Wait for the running session to end from the other side; return why.

    `channel` may be a getter: after a resume (assist_session/resume.py) the session's
    sealed channel is a new one. Meanwhile a sealed `alive` every ROOM_ALIVE_INTERVAL
    keeps the server's room open.
    """

    def current() -> SecureChannel | None:
        return channel if isinstance(channel, SecureChannel) else channel()

    async def keep_room() -> None:
        while True:
            await asyncio.sleep(ROOM_ALIVE_INTERVAL)
            now = current()
            with contextlib.suppress(ChannelClosed, SignalingError, RuntimeError):
                if now is not None:
                    await now.send({"type": "alive"})

    async def from_channel() -> str:
        reading = current()
        while reading is not None:
            try:
                message = await reading.receive()
            except ChannelClosed as exc:
                if exc.reason not in SERVER_GONE:
                    return exc.reason
                # The pairing server went away or dropped the room: the authenticated
                # peer link carries the session on, and its heartbeats decide its end.
                log.info("pairing server gone (%s); the session goes on", exc.reason)
                while current() is reading:  # until a resumed session brings a new channel
                    await asyncio.sleep(1.0)
                reading = current()
                continue
            if message.get("type") == "bye":
                return "peer_stopped"
        await asyncio.Future()  # no channel: only the link can end the session
        return ""

    channel_task = asyncio.ensure_future(from_channel())
    alive_task = asyncio.ensure_future(keep_room())
    try:
        done, _ = await asyncio.wait(
            [channel_task, link_ended], return_when=asyncio.FIRST_COMPLETED
        )
        return str(next(iter(done)).result())
    finally:
        channel_task.cancel()
        alive_task.cancel()


@dataclass(frozen=True)
class Ended:
    """The session is over; `reason` is a machine word the apps translate."""

    reason: str


LOCAL_STOPS = frozenset({"stopped_by_you", "declined_by_you"})


class SessionFlow:
    """Start/stop and clean-up shared by both apps' session flows.

    A subclass writes `_steps()`, which returns (or raises) why the session ended, and
    sets `self.channel` and `self.link` as it creates them so clean-up can close them.
    """

    def __init__(self, server_url: str, on_event: Callable[[Any], None]) -> None:
        self.server_url = server_url
        self._emit = on_event
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.channel: SecureChannel | None = None
        self.link: PeerLink | None = None
        self.ended_reason: str | None = None

    def start(self) -> asyncio.Task[None]:
        self._task = asyncio.create_task(self._run(), name=type(self).__name__)
        return self._task

    def stop(self) -> None:
        """End the session now, from this side."""
        if self._task is not None and not self._task.done() and not self._stopping:
            self._stopping = True
            self._task.cancel()

    async def wait_ended(self) -> str:
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        return self.ended_reason or "stopped_by_you"

    async def _steps(self, signaling: SignalingClient) -> str:
        raise NotImplementedError

    def _release_local(self) -> None:
        """Stop local work (capture, decoding) first thing when the session ends."""

    async def _run(self) -> None:
        signaling = SignalingClient(self.server_url)
        reason = "stopped_by_you"
        try:
            reason = await self._steps(signaling)
        except asyncio.CancelledError:
            reason = "stopped_by_you"
        except (SessionEnded, ChannelClosed) as exc:
            reason = exc.reason
        except SignalingError as exc:
            reason = exc.code
        except (BindingFailed, IdentityError):
            reason = "tampered"
        finally:
            self._release_local()
            try:
                await self._close_all(signaling, reason)
            except Exception:  # clean-up trouble must never leave the app "connecting"
                log.exception("clean-up failed after: %s", reason)
            self.ended_reason = reason
            log.info("session ended: %s", reason)
            self._emit(Ended(reason))

    async def _close_all(self, signaling: SignalingClient, reason: str) -> None:
        word = "stopped" if reason in LOCAL_STOPS else reason
        channel, link = self.channel, self.link
        if channel is not None and reason in LOCAL_STOPS and channel.closed_reason is None:
            with contextlib.suppress(ChannelClosed, SignalingError, RuntimeError):
                await channel.send({"type": "bye", "reason": "stopped"})
        if link is not None:
            await link.close(word)
        if channel is not None:
            await channel.close(word)
        else:
            await signaling.close(word)

    async def _wait_authenticated(self, link: PeerLink) -> None:
        """Wait for the binding check; a sealed channel that fails meanwhile ends it too."""
        waits: list[asyncio.Future[Any]] = [link.authenticated]
        if self.channel is not None:
            waits.append(self.channel.closed)
        # asyncio.wait never cancels what it waits for, also not when this task is stopped.
        done, _ = await asyncio.wait(
            waits, timeout=SETUP_STEP_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        if not done:
            raise SessionEnded("timeout")
        if self.channel is not None and self.channel.closed.done():
            raise SessionEnded(self.channel.closed.result())
        link.authenticated.result()  # raises BindingFailed when the check failed
