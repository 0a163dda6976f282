"""Plain ws:// is refused unless the server is on this computer (issue 15, item 5).

Both apps take the server address from `--server` / `ASSIST_SERVER`; the refusal sits
where the address is first used (`SignalingClient.connect`), before any byte leaves,
and each app turns the machine code `insecure_server` into plain words.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assist_agent.texts import ended_text as home_text
from assist_client.texts import ended_text as supporter_text
from assist_session.signaling_client import (
    INSECURE_SERVER,
    SignalingClient,
    SignalingError,
    check_server_url,
)
from crypto.code import PairingCode
from signaling.server import start_server
from tests.support.timing import until
from tests.support.wire import lifted_config

pytestmark = pytest.mark.security

REFUSED = [
    "ws://help.example.org/v1",
    "ws://203.0.113.7:8765/v1",
    "ws://192.168.1.20:8765/v1",
    "ws://[2001:db8::1]:8765/v1",
    "WS://help.example.org/v1",
    "ws://0.0.0.0:8765/v1",  # reaches this computer on Linux, but is not a loopback name
    "ws://127.0.0.1.example.org/v1",
    "ws://localhost@evil.example.org/v1",
]
ALLOWED = [
    "wss://help.example.org/v1",
    "wss://203.0.113.7:8765/v1",
    "ws://127.0.0.1:8765/v1",
    "ws://127.45.6.7:8765/v1",
    "ws://[::1]:8765/v1",
    "ws://localhost:8765/v1",
    "ws://LOCALHOST/v1",
]


@pytest.mark.parametrize("url", REFUSED)
def test_plain_ws_to_another_computer_is_refused(url: str) -> None:
    """ws:// to any host that is not loopback raises `insecure_server`."""
    with pytest.raises(SignalingError) as refused:
        check_server_url(url)
    assert refused.value.code == INSECURE_SERVER


@pytest.mark.parametrize("url", ALLOWED)
def test_wss_anywhere_and_ws_on_loopback_are_allowed(url: str) -> None:
    """wss:// to any host, and ws:// to 127.0.0.0/8, ::1 or localhost, pass the check."""
    check_server_url(url)


def test_nothing_leaves_before_the_refusal() -> None:
    """A real server reachable as ws://0.0.0.0 sees no connection: the client refuses first."""

    async def main() -> int:
        server = await start_server(config=lifted_config())
        try:
            client = SignalingClient(f"ws://0.0.0.0:{server.port}/v1")
            with pytest.raises(SignalingError) as refused:
                await client.connect()
            assert refused.value.code == INSECURE_SERVER
            await asyncio.sleep(0.1)
            return server.metrics.connections_accepted
        finally:
            await server.close()

    assert asyncio.run(main()) == 0


def test_both_apps_end_with_insecure_server_and_say_it_plainly(run_async: Any) -> None:
    """The helper app and the supporter app, pointed at ws:// elsewhere, end before connecting."""
    from assist_agent.session import HomeSession
    from assist_client.session import SupporterSession

    async def main() -> tuple[str | None, str | None, int]:
        server = await start_server(config=lifted_config())
        url = f"ws://0.0.0.0:{server.port}/v1"  # the same server, but not by a loopback name
        try:
            home = HomeSession(url, lambda event: None)
            supporter = SupporterSession(
                url, PairingCode.new("1000"), "Anna", lambda event: None, lambda image: None
            )
            home.start()
            supporter.start()
            await until(
                lambda: home.ended_reason is not None and supporter.ended_reason is not None,
                10,
                "both apps to end",
            )
            return home.ended_reason, supporter.ended_reason, server.metrics.connections_accepted
        finally:
            await server.close()

    home_reason, supporter_reason, accepted = run_async(main())
    assert (home_reason, supporter_reason) == (INSECURE_SERVER, INSECURE_SERVER)
    assert accepted == 0


@pytest.mark.parametrize("reason", [INSECURE_SERVER, "room_expired"])
def test_each_app_has_its_own_words_for_the_new_codes(reason: str) -> None:
    """`insecure_server` and `room_expired` are not the catch-all text in either app."""
    assert home_text(reason) != home_text("something_unknown")
    assert supporter_text(reason) != supporter_text("something_unknown")
