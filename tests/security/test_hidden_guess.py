"""A wrong guess cannot be hidden: a peer that leaves before pairing is confirmed is a failed code.

The attacker claims the code, sends one SPAKE2 guess, checks the helper app's confirmation
tag itself (so it learns the guess was wrong without sending its own tag) and leaves with
the harmless word `stopped`. The helper app's real session flow must still say "The code
did not work", and the code must be spent. The same when a malicious server rewrites the
reason a real (wrong-code) supporter app left with.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assist_agent.session import CodeReady, HomeSession
from assist_session.signaling_client import Relay, SignalingClient
from crypto.code import PairingCode
from crypto.pairing import PairingProtocol, PairingState, Role
from signaling.rooms import Action, Send
from tests.support.display import has_display
from tests.support.relay import SUPPORTER, Frame, MaliciousRelay, serve_through_relay
from tests.support.requires import needs
from tests.support.sessions import claim_fails, serve, session, settle
from tests.support.timing import TIMEOUT_SCALE, until

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
]


def wrong(code: PairingCode) -> PairingCode:
    return PairingCode(
        code.nameplate, code.secret[::-1] if code.secret[::-1] != code.secret else "0" * 8
    )


async def guess_and_hide(server_url: str, code: PairingCode) -> PairingState:
    """One wrong SPAKE2 guess; read the helper app's tag, never send ours, leave as `stopped`."""
    attacker = SignalingClient(server_url)
    await attacker.connect()
    await attacker.claim(code.nameplate)
    protocol = PairingProtocol(Role.SUPPORTER, wrong(code), asyncio.get_running_loop().time())
    protocol.start()
    for frame in protocol.data_to_send():
        await attacker.send_relay(frame)  # the guess
    received = 0
    while received < 2:  # the helper app's PAKE message and its confirmation tag
        event = await asyncio.wait_for(attacker.next_event(), 10 * TIMEOUT_SCALE)
        if isinstance(event, Relay):
            protocol.receive_data(event.body)
            received += 1
    protocol.data_to_send()  # our own confirmation tag is dropped, never sent
    await attacker.close("stopped")
    return protocol.state  # FAILED: the attacker knows its guess was wrong


def test_a_guesser_who_leaves_as_stopped_is_shown_as_a_wrong_code(run_async: Any) -> None:
    """Claim, guess, check the helper app's tag, leave as `stopped`: shown as a wrong code."""

    async def scenario() -> tuple[str | None, PairingState, str]:
        server = await serve()
        try:
            ready: asyncio.Future[PairingCode] = asyncio.get_running_loop().create_future()

            def on_event(event: object) -> None:
                if isinstance(event, CodeReady) and not ready.done():
                    ready.set_result(event.code)

            home = HomeSession(server.url, on_event)
            home.start()
            code = await asyncio.wait_for(ready, 10 * TIMEOUT_SCALE)
            attacker_state = await guess_and_hide(server.url, code)
            await asyncio.wait_for(home.wait_ended(), 10 * TIMEOUT_SCALE)
            burned = await claim_fails(server.url, code.nameplate)
            return home.ended_reason, attacker_state, burned
        finally:
            await server.close()

    reason, attacker_state, burned = run_async(scenario())
    assert attacker_state is PairingState.FAILED  # the attack did learn its guess was wrong
    assert reason == "wrong_code", reason  # not "peer_stopped" ("Your helper ended the help")
    assert burned in ("unknown_code", "room_full"), burned


def test_a_server_cannot_relabel_a_wrong_code_as_stopped(run_async: Any) -> None:
    """The server hides the supporter's tag from the helper app, then relabels its leaving word.

    The helper app never sees a bad tag; the supporter app (wrong code) fails and leaves
    with `wrong_code`, which the server rewrites to `stopped`. Still a wrong code.
    """

    def drop_supporter_tag(frame: Frame, relay: MaliciousRelay) -> list[tuple[str, bytes]]:
        if frame.sender == SUPPORTER and frame.kind == "CONFIRM":
            return []
        return [(relay.other(frame.sender), frame.body)]

    async def scenario() -> tuple[str | None, str | None, list[str]]:
        server, relay = await serve_through_relay(drop_supporter_tag)
        rewritten: list[str] = []
        real_filter = relay.filter

        def lying_filter(actions: list[Action]) -> list[Action]:
            out = []
            for action in real_filter(actions):
                if isinstance(action, Send) and action.message.get("type") == "peer_left":
                    rewritten.append(str(action.message.get("reason")))
                    action = Send(action.conn, {**action.message, "reason": "stopped"})
                out.append(action)
            return out

        relay.filter = lying_filter  # type: ignore[method-assign]
        try:
            async with session(server.url, code_for_supporter=wrong) as run:
                await settle(run)
                await until(lambda: run.both_ended, 10, "both apps ended")
                return run.home.ended_reason, run.supporter.ended_reason, rewritten
        finally:
            await server.close()

    home_reason, supporter_reason, rewritten = run_async(scenario())
    assert rewritten, "the server never had a leaving word to rewrite"
    assert home_reason == "wrong_code", home_reason
    assert supporter_reason == "wrong_code", supporter_reason
