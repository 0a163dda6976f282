"""An end-to-end sealed message channel over the untrusted pairing server.

Glue only: the pairing protocol itself (`crypto.pairing`) has no I/O; this module
moves its frames through a `SignalingClient` and turns its events into awaitables.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from crypto.code import PairingCode
from crypto.pairing import (
    MessageReceived,
    Paired,
    PairingFailed,
    PairingProtocol,
    PairingState,
    ResumeTicket,
    Role,
)

from .signaling_client import (
    Disconnected,
    PeerLeft,
    Relay,
    ServerError,
    SignalingClient,
    SignalingError,
)

log = logging.getLogger("assist.session.channel")

# Pairing failures that mean "the code typed was not the code shown".
_WRONG_CODE = {"bad_confirmation"}


class ChannelClosed(Exception):
    """The channel ended. `reason` is a machine word the apps translate."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def failure_reason(pairing_reason: str) -> str:
    """Map a pairing failure to the word the apps show: a wrong code, or tampering."""
    if pairing_reason in _WRONG_CODE:
        return "wrong_code"
    if pairing_reason == "timeout":
        return "timeout"
    return "tampered"


def peer_left_reason(reason: str) -> str:
    """Why the other app left, in the words this app shows.

    When the other side's check failed, this side ends with the same plain words (the
    code did not work / something was wrong) rather than "the other side left". The word
    comes through the untrusted server, which could lie, but it can end a room anyway.
    """
    if reason in ("wrong_code", "tampered"):
        return reason
    return "peer_stopped" if reason == "stopped" else f"peer_{reason}"


class SecureChannel:
    """Runs the pairing protocol over a signaling connection, then carries sealed messages."""

    def __init__(
        self,
        signaling: SignalingClient,
        role: Role,
        code: PairingCode | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        pairing_timeout: float = 60.0,
        resume: ResumeTicket | None = None,
    ) -> None:
        """Pair on `code`, or (`resume`, no code) resume an earlier pairing's keys."""
        self._signaling = signaling
        self._clock = clock
        self.protocol = PairingProtocol(role, code, clock(), timeout=pairing_timeout, resume=resume)
        self._paired: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        # Resolves with the end reason, so a flow can wait for "ended" beside other things.
        self.closed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._inbox: asyncio.Queue[dict[str, Any] | ChannelClosed] = asyncio.Queue()
        self._pump_task: asyncio.Task[None] | None = None
        self._timeout = pairing_timeout
        self.closed_reason: str | None = None

    @property
    def session_id(self) -> bytes | None:
        return self.protocol.session_id

    async def pair(self) -> bytes:
        """Exchange PAKE and confirmation; return the session id or raise ChannelClosed."""
        self.protocol.start()
        await self._flush()
        self._pump_task = asyncio.create_task(self._pump(), name="secure-channel-pump")
        ticker = asyncio.create_task(self._tick_until_paired())
        try:
            return await self._paired
        finally:
            ticker.cancel()

    async def send(self, message: dict[str, Any]) -> None:
        if self.closed_reason is not None:
            raise ChannelClosed(self.closed_reason)
        self.protocol.send_message(message)
        await self._flush()

    async def receive(self) -> dict[str, Any]:
        """The next sealed message from the other app; raises ChannelClosed at the end."""
        item = await self._inbox.get()
        if isinstance(item, ChannelClosed):
            self._inbox.put_nowait(item)  # every later receive() sees the end too
            raise item
        return item

    def fail(self, reason: str) -> None:
        """Give up on this pairing for good (e.g. the data channel binding did not match)."""
        self.protocol.fail(reason)
        self._end(failure_reason(reason))

    async def close(self, reason: str = "stopped") -> None:
        """End the room on the server (burning the code) and stop reading."""
        self._end(reason)
        await self._signaling.close(reason)
        if self._pump_task is not None:
            self._pump_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, SignalingError):
                await self._pump_task

    async def _tick_until_paired(self) -> None:
        while not self._paired.done():
            await asyncio.sleep(min(1.0, self._timeout))
            self.protocol.tick(self._clock())
            self._dispatch()

    async def _pump(self) -> None:
        while self.closed_reason is None:
            event = await self._signaling.next_event()
            if isinstance(event, Relay):
                self.protocol.receive_data(event.body)
                with contextlib.suppress(SignalingError):
                    await self._flush()  # a closed connection shows up as the next event
                self._dispatch()
            elif isinstance(event, PeerLeft):
                self._end(self._peer_left(event.reason))
            elif isinstance(event, ServerError):
                self._end(event.code)
            elif isinstance(event, Disconnected):
                self._end("server_unreachable")

    def _peer_left(self, reason: str) -> str:
        """Why the other app left: before pairing is confirmed, always a failed code.

        A peer that has not proven the code (its confirmation tag verified here) may have
        tried a wrong guess, checked our tag itself and left with a harmless word, to
        hide the failed try. Whatever it says, the code is spent and counts as wrong.
        """
        if not self._paired.done():
            return "wrong_code"
        return peer_left_reason(reason)

    async def _flush(self) -> None:
        for frame in self.protocol.data_to_send():
            await self._signaling.send_relay(frame)

    def _dispatch(self) -> None:
        for event in self.protocol.events_received():
            if isinstance(event, Paired):
                if not self._paired.done():
                    self._paired.set_result(event.session_id)
            elif isinstance(event, MessageReceived):
                self._inbox.put_nowait(event.message)
            elif isinstance(event, PairingFailed):
                log.info("pairing failed: %s", event.reason)
                self._end(failure_reason(event.reason))

    def _end(self, reason: str) -> None:
        if self.closed_reason is not None:
            return
        self.closed_reason = reason
        if not self.closed.done():
            self.closed.set_result(reason)
        if not self._paired.done():
            self._paired.set_exception(ChannelClosed(reason))
        self._inbox.put_nowait(ChannelClosed(reason))

    @property
    def is_paired(self) -> bool:
        return self.protocol.state is PairingState.PAIRED
