"""Both apps' session flows (no windows) against a real pairing server, and what they showed."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from assist_agent.session import CodeReady, HomeSession, SharingStarted, SupporterAsks
from assist_client.identity import SupporterIdentity
from assist_client.session import SessionOpen, SupporterSession
from crypto.code import PairingCode
from signaling.rooms import Rooms
from signaling.server import SignalingServer, start_server
from tests.support.timing import TIMEOUT_SCALE, until
from tests.support.wire import lifted_config


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


async def start_session(
    server_url: str,
    *,
    code_for_supporter: Callable[[PairingCode], PairingCode] = lambda code: code,
    name: str = "Anna",
    identity: SupporterIdentity | None = None,
    allow: bool = True,
    **home_options: Any,  # e.g. trust=, history= (issue 16)
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
    home = HomeSession(server_url, on_home, **home_options)
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
    await until(lambda: run.both_ended or shown_on_both(run), timeout, "the session")


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


async def serve(rooms: Rooms | None = None) -> SignalingServer:
    """An honest server on a free port that records the bodies it relays.

    `rooms` replaces the default room model, e.g. one with a single nameplate
    (`Rooms(time.monotonic, nameplate_ranges=((1000, 1000),))`) so that it is handed out again.
    """
    return await start_server(
        "127.0.0.1", 0, config=lifted_config(), rooms=rooms, record_relays=True
    )
