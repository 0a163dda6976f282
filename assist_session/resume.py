"""Getting a lost link back without a new code, and chat that survives it.

`meet_again` opens a fresh pairing-server connection, meets the other app in the resume
room both derive from their pairing (`crypto.pairing.ResumeTicket`) and runs the resume
confirmation over it: fresh nonces both ways, keys from the ticket's secret, the same
key confirmation as a first pairing. The server cannot pass it (it never had the secret)
and neither can a stranger with the old nameplate. The caller then builds a new peer
link on the new channel with exactly the first pairing's checks (signed fingerprints,
binding tag). `Resumer` retries that until it works or the window ends.

`ChatOrder` numbers chat lines, keeps each until the other side acknowledges it (in its
heartbeats), sends the unacknowledged again on a new link or after a while, and drops
repeats on the receiving side: every line is shown once, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from crypto.pairing import ResumeTicket, Role

from .channel import ChannelClosed, SecureChannel
from .peer import PeerLink
from .signaling_client import SignalingClient

log = logging.getLogger("assist.session.resume")

RETRY_PAUSE = 2.0  # between attempts to reach the pairing server again
CONFIRM_TIMEOUT = 20.0  # for the resume confirmation once both apps are in the room
CHAT_RESEND_AFTER = 5.0  # an unacknowledged chat line goes again after this long


async def meet_again(
    server_url: str, role: Role, ticket: ResumeTicket, timeout: float
) -> tuple[SignalingClient, SecureChannel]:
    """One attempt: a fresh server connection, the resume room, the resume confirmation."""
    signaling = SignalingClient(server_url)
    try:
        async with asyncio.timeout(timeout):
            await signaling.connect()
            await signaling.resume(ticket.room)
            channel = SecureChannel(
                signaling, role, None, pairing_timeout=CONFIRM_TIMEOUT, resume=ticket
            )
            await channel.pair()
            return signaling, channel
    except BaseException:
        with contextlib.suppress(Exception):
            await signaling.close("resume_failed")
        raise


Renegotiate = Callable[[SecureChannel, SignalingClient], Awaitable[PeerLink]]


class Resumer:
    """Tries, until `deadline` (a time.monotonic() value), to get a new authenticated link.

    `renegotiate(channel, signaling)` builds the new peer link over the resumed channel with
    the same checks as the first time and returns it once authenticated. The result is
    (link, channel); a failed attempt (server away, the other app not there yet, a check
    that failed) is retried after RETRY_PAUSE.
    """

    def __init__(
        self,
        server_url: str,
        role: Role,
        ticket: ResumeTicket,
        renegotiate: Renegotiate,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._server_url = server_url
        self._role = role
        self.ticket = ticket
        self._renegotiate = renegotiate
        self._clock = clock
        self._task: asyncio.Task[tuple[PeerLink, SecureChannel]] | None = None
        self.attempts = 0

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, deadline: float) -> asyncio.Task[tuple[PeerLink, SecureChannel]]:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(deadline), name="resume")
        return self._task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    async def _run(self, deadline: float) -> tuple[PeerLink, SecureChannel]:
        while True:
            left = deadline - self._clock()
            if left <= 0:
                raise TimeoutError("resume window over")
            self.attempts += 1
            channel: SecureChannel | None = None
            link: PeerLink | None = None
            try:
                signaling, channel = await meet_again(
                    self._server_url, self._role, self.ticket, left
                )
                async with asyncio.timeout(max(1.0, deadline - self._clock())):
                    link = await self._renegotiate(channel, signaling)
                # The first pairing's ticket stays: a resume that worked on one side only
                # must not leave the two apps waiting in different rooms. Each resume still
                # gets new keys from its fresh nonces.
                log.info("link resumed after %d attempt(s)", self.attempts)
                return link, channel
            except Exception as exc:  # a failed check, a server away, a peer not there yet
                log.info("resume attempt failed: %s", type(exc).__name__)
                if channel is not None:
                    await channel.close("resume_failed")
            await asyncio.sleep(min(RETRY_PAUSE, max(0.0, deadline - self._clock())))


@dataclass
class ChatOrder:
    """Exactly once, in order: ids out, acknowledgements in, repeats dropped (no I/O)."""

    next_id: int = 0
    expected: int = 0  # the next id from the other side; also our acknowledgement
    outbox: list[tuple[int, str, float]] = field(default_factory=list)  # id, text, sent at

    def new_line(self, text: str, now: float) -> int:
        line_id = self.next_id
        self.next_id += 1
        self.outbox.append((line_id, text, now))
        return line_id

    def acknowledged(self, ack: Any) -> None:
        if isinstance(ack, int):
            self.outbox = [entry for entry in self.outbox if entry[0] >= ack]

    def is_next(self, line_id: int) -> bool:
        """Is this the next line to show? Else it is a repeat, or out of order (dropped:
        the sender sends every unacknowledged line again, in order)."""
        return line_id == self.expected

    def accept(self, line_id: int) -> None:
        if line_id == self.expected:
            self.expected += 1

    def due(self, now: float, everything: bool = False) -> list[tuple[int, str]]:
        """Lines to send again: all unacknowledged (a new link) or those waiting too long."""
        if not everything and not any(
            now - sent >= CHAT_RESEND_AFTER for _, _, sent in self.outbox
        ):
            return []
        self.outbox = [(line_id, text, now) for line_id, text, _ in self.outbox]
        return [(line_id, text) for line_id, text, _ in self.outbox]


async def wait_authenticated(link: PeerLink, channel: SecureChannel) -> None:
    """The new link's binding check, exactly as the first time; a closed channel ends it."""
    done, _ = await asyncio.wait(
        [link.authenticated, channel.closed], timeout=CONFIRM_TIMEOUT,
        return_when=asyncio.FIRST_COMPLETED,
    )  # fmt: skip
    if not done:
        raise TimeoutError("binding check")
    if channel.closed.done() and not link.authenticated.done():
        raise ChannelClosed(channel.closed.result())
    link.authenticated.result()  # raises BindingFailed when the check failed


async def retire(link: PeerLink, channel: SecureChannel | None, reason: str = "resumed") -> None:
    """Close a link that a resumed one replaced (or a failed attempt's), quietly: no `bye`
    (the other app may still read the old link), and the senders' tracks are let go first
    so that closing the connection does not stop what they were sending (the capture)."""
    for sender in link.pc.getSenders():
        sender.replaceTrack(None)
    with contextlib.suppress(Exception):
        await link.pc.close()
    if channel is not None:
        with contextlib.suppress(Exception):
            await channel.close(reason)
