"""The real apps' session flows, a real pairing server, and a malicious relay in between.

`MaliciousRelay` sits in the server's test-only `relay_filter` hook: it sees every action
the room model produces (frames to send, connections to close) and may rewrite, drop,
delay, reorder, reflect or inject them. It learns which connection is which app from the
server's own `registered` / `claimed` replies, so it works with any room backend.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from assist_agent.session import CodeReady, HomeSession, SharingStarted, SupporterAsks
from assist_client.identity import SupporterIdentity
from assist_client.session import SessionOpen, SupporterSession
from crypto.code import PairingCode
from signaling.rooms import Action, Send
from signaling.server import SignalingServer, start_server
from tests.conftest import TIMEOUT_SCALE

HOME, SUPPORTER = "home", "supporter"  # who *sent* a relayed frame
ABORTS = {"wrong_code", "tampered"}

KIND_NAMES = {0x01: "PAKE", 0x02: "CONFIRM", 0x03: "SEALED"}


@dataclass(frozen=True)
class Frame:
    """One relayed body: who sent it, its place in that sender's stream, its bytes."""

    sender: str
    index: int
    body: bytes

    @property
    def kind(self) -> str:
        return KIND_NAMES.get(self.body[0], "?") if self.body else "empty"


# A plan gets (frame, relay) and returns the frames to deliver instead, as
# (receiver, body) pairs; receiver is HOME or SUPPORTER.
Plan = Callable[[Frame, "MaliciousRelay"], list[tuple[str, bytes]]]


class MaliciousRelay:
    """Records every relayed frame and lets a plan rewrite the stream."""

    def __init__(self, server: SignalingServer, plan: Plan | None = None) -> None:
        self.server = server
        self.plan = plan
        self.conns: dict[str, Hashable] = {}
        self.frames: list[Frame] = []  # as the apps sent them
        self.delivered: list[tuple[str, bytes]] = []  # (receiver, body) as delivered
        self.wire: list[dict[str, Any]] = []  # every message the server sent, after the plan
        self.extra: dict[Hashable, str] = {}  # more connections the plan speaks for
        self._counts = {HOME: 0, SUPPORTER: 0}
        server.relay_filter = self.filter

    def other(self, who: str) -> str:
        return SUPPORTER if who == HOME else HOME

    def filter(self, actions: list[Action]) -> list[Action]:
        out: list[Action] = []
        for action in actions:
            if isinstance(action, Send):
                kind = action.message.get("type")
                if kind == "registered" and HOME not in self.conns:
                    self.conns[HOME] = action.conn
                elif kind == "claimed" and SUPPORTER not in self.conns:
                    self.conns[SUPPORTER] = action.conn
                if kind == "relay" and action.conn in self.conns.values():
                    out += self._relay(action)
                    continue
            out.append(action)
        for action in out:
            if isinstance(action, Send):
                self.wire.append(dict(action.message))
        return out

    def _relay(self, action: Send) -> list[Action]:
        receiver = HOME if action.conn == self.conns.get(HOME) else SUPPORTER
        sender = self.other(receiver)
        body = base64.b64decode(str(action.message["body"]))
        frame = Frame(sender, self._counts[sender], body)
        self._counts[sender] += 1
        self.frames.append(frame)
        deliveries = [(receiver, body)] if self.plan is None else self.plan(frame, self)
        return [self.send(to, data) for to, data in deliveries]

    def send(self, receiver: str, body: bytes) -> Send:
        self.delivered.append((receiver, body))
        message = {"type": "relay", "body": base64.b64encode(body).decode("ascii")}
        return Send(self.conns[receiver], message)

    def inject(self, receiver: str, body: bytes) -> None:
        """Send a frame to one app now, outside the flow of relayed frames."""
        self.server._apply([self.send(receiver, body)])  # noqa: SLF001 (test-only)

    def stream(self, sender: str) -> list[bytes]:
        return [f.body for f in self.frames if f.sender == sender]


@dataclass
class Run:
    """Both apps' flows in one session and everything they showed."""

    home: HomeSession
    supporter: SupporterSession
    code: PairingCode
    home_events: list[Any] = field(default_factory=list)
    supporter_events: list[Any] = field(default_factory=list)
    frames_shown: int = 0

    @property
    def screen_shown(self) -> bool:
        """True if either app got as far as showing anything of the screen."""
        return (
            any(isinstance(e, SharingStarted) for e in self.home_events)
            or any(isinstance(e, SessionOpen) for e in self.supporter_events)
            or self.frames_shown > 0
            or self.home.capture.frames_captured > 0
            or self.supporter.frames_shown > 0
        )

    @property
    def asked(self) -> SupporterAsks | None:
        found = [e for e in self.home_events if isinstance(e, SupporterAsks)]
        return found[0] if found else None

    @property
    def both_ended(self) -> bool:
        return self.home.ended_reason is not None and self.supporter.ended_reason is not None

    @property
    def reasons(self) -> tuple[str | None, str | None]:
        return self.home.ended_reason, self.supporter.ended_reason

    async def stop(self) -> None:
        for flow in (self.supporter, self.home):
            flow.stop()
        for flow in (self.supporter, self.home):
            await asyncio.wait_for(flow.wait_ended(), 10 * TIMEOUT_SCALE)


async def wait_until(predicate: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


async def start_session(
    server_url: str,
    *,
    code_for_supporter: Callable[[PairingCode], PairingCode] = lambda code: code,
    name: str = "Anna",
    identity: SupporterIdentity | None = None,
    allow: bool = True,
) -> Run:
    """Start both flows; the home user clicks Allow as soon as they are asked."""
    loop = asyncio.get_running_loop()
    code_ready: asyncio.Future[PairingCode] = loop.create_future()
    runs: list[Run] = []

    def on_home(event: Any) -> None:
        runs[0].home_events.append(event) if runs else early.append(event)
        if isinstance(event, CodeReady) and not code_ready.done():
            code_ready.set_result(event.code)
        if isinstance(event, SupporterAsks) and allow:
            home.allow()

    def on_supporter(event: Any) -> None:
        runs[0].supporter_events.append(event)

    def on_frame(image: Any) -> None:
        runs[0].frames_shown += 1

    early: list[Any] = []
    home = HomeSession(server_url, on_home)
    home.start()
    code = await asyncio.wait_for(code_ready, 10 * TIMEOUT_SCALE)
    supporter = SupporterSession(
        server_url, code_for_supporter(code), name, on_supporter, on_frame, identity=identity
    )
    runs.append(Run(home, supporter, code, home_events=early))
    supporter.start()
    return runs[0]


def shown_on_both(run: Run) -> bool:
    return any(isinstance(e, SharingStarted) for e in run.home_events) and any(
        isinstance(e, SessionOpen) for e in run.supporter_events
    )


async def settle(run: Run, timeout: float = 20.0) -> None:
    """Wait until both apps ended, or both show the session (the caller stops them)."""
    await wait_until(lambda: run.both_ended or shown_on_both(run), timeout, "the session")


@contextlib.asynccontextmanager
async def session(server_url: str, **options: Any) -> AsyncIterator[Run]:
    """Both apps' flows for one session; both are stopped on the way out."""
    run = await start_session(server_url, **options)
    try:
        yield run
    finally:
        await run.stop()


async def claim_fails(server_url: str, nameplate: str) -> str:
    """Claim a nameplate as a supporter would; return the server's error code."""
    from assist_session.signaling_client import SignalingClient, SignalingError

    client = SignalingClient(server_url)
    await client.connect()
    try:
        await client.claim(nameplate)
    except SignalingError as exc:
        return exc.code
    finally:
        await client.close()
    raise AssertionError("the claim succeeded: the code was not burned")


async def serve() -> SignalingServer:
    return await start_server("127.0.0.1", 0, record_relays=True)
