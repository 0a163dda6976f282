"""Codes expire, work once, and cannot be guessed fast: the server's part, with the real apps.

The room model runs on a fake clock; the server, the apps' flows and their error words
are real. Errors reach the apps as machine codes (`code_expired`, `unknown_code`,
`rate_limited`) and are then shown in plain words.
"""

from __future__ import annotations

import asyncio

import pytest

from assist_client.session import SupporterSession
from crypto.code import PairingCode
from signaling.rooms import Rooms
from signaling.server import SignalingServer, start_server
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import claim_fails, session, settle, start_session
from tests.support.timing import until

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def fake_clock_server(
    clock: FakeClock, *, expire_interval: float = 0.02, claims_per_minute: int = 10
) -> SignalingServer:
    rooms = Rooms(clock, code_lifetime=600.0, claims_per_minute=claims_per_minute)
    return await start_server("127.0.0.1", 0, rooms=rooms, expire_interval=expire_interval)


def test_an_unused_code_expires_and_the_helper_app_says_so() -> None:
    """After 10 minutes the waiting helper app ends with `code_expired`; the code is dead."""

    async def waiting_helper_expires() -> tuple[str | None, str]:
        from assist_agent.session import CodeReady, HomeSession

        clock = FakeClock()
        server = await fake_clock_server(clock)
        codes: list[PairingCode] = []
        home = HomeSession(
            server.url, lambda e: codes.append(e.code) if isinstance(e, CodeReady) else None
        )
        try:
            home.start()
            await until(lambda: codes, 10, "a code")
            clock.now += 599.0
            await asyncio.sleep(0.1)
            assert home.ended_reason is None, "expired early"
            clock.now += 2.0
            await until(lambda: home.ended_reason, 5, "expiry")
            burned = await claim_fails(server.url, codes[0].nameplate)
        finally:
            home.stop()
            await home.wait_ended()
            await server.close()
        return home.ended_reason, burned

    reason, burned = asyncio.run(waiting_helper_expires())
    assert reason == "code_expired"
    assert burned == "unknown_code"


def test_an_expired_code_cannot_be_claimed_even_before_the_sweep() -> None:
    """A claim after the lifetime is refused at once, before the periodic expiry runs."""

    async def scenario() -> str | None:
        clock = FakeClock()
        server = await fake_clock_server(clock, expire_interval=3600.0)
        try:
            run = await start_session(
                server.url, code_for_supporter=lambda c: _after(clock, 601.0, c)
            )
            await until(lambda: run.supporter.ended_reason, 10, "the claim")
            await run.stop()
        finally:
            await server.close()
        return run.supporter.ended_reason

    assert asyncio.run(scenario()) == "unknown_code"


def _after(clock: FakeClock, seconds: float, code: PairingCode) -> PairingCode:
    clock.now += seconds
    return code


def test_a_code_works_once_even_after_a_good_session() -> None:
    """After a session that worked and ended, the same code finds no one."""

    async def scenario() -> tuple[bool, str]:
        server = await start_server("127.0.0.1", 0)
        try:
            async with session(server.url) as run:
                await settle(run)
                worked = not run.both_ended
            burned = await claim_fails(server.url, run.code.nameplate)
        finally:
            await server.close()
        return worked, burned

    worked, burned = asyncio.run(scenario())
    assert worked
    assert burned == "unknown_code"


def test_claims_per_address_are_rate_limited_with_a_machine_code() -> None:
    """The 11th claim in a minute from one address gets `rate_limited`, even for a real
    nameplate; the supporter app ends with that word; a minute later claims work again."""

    async def scenario() -> tuple[list[str], str | None, str]:
        clock = FakeClock()
        server = await fake_clock_server(clock, claims_per_minute=10)
        try:
            guesses = [await claim_fails(server.url, str(9000 + i)) for i in range(10)]
            run = await start_session(server.url)
            await until(lambda: run.supporter.ended_reason, 10, "the claim")
            limited = run.supporter.ended_reason
            await run.stop()
            clock.now += 61.0
            after_a_minute = await claim_fails(server.url, "9999")
        finally:
            await server.close()
        return guesses, limited, after_a_minute

    guesses, limited, after_a_minute = asyncio.run(scenario())
    assert guesses == ["unknown_code"] * 10
    assert limited == "rate_limited"
    assert after_a_minute == "unknown_code"


def test_rate_limited_supporter_flow_says_so() -> None:
    """The supporter app's flow reports `rate_limited` as its end reason (not a crash)."""

    async def scenario() -> str:
        clock = FakeClock()
        server = await fake_clock_server(clock, claims_per_minute=1)
        try:
            await claim_fails(server.url, "9000")
            flow = SupporterSession(
                server.url, PairingCode("1000", "39071556"), "Anna", lambda e: None, lambda f: None
            )
            flow.start()
            return await asyncio.wait_for(flow.wait_ended(), 10)
        finally:
            await server.close()

    assert asyncio.run(scenario()) == "rate_limited"
