"""The TURN list from the organisation's settings reaches the apps' ICE whole and in order.

The pairing server checks each URL is one the apps can use, hands the list out in the
order configured (in `joined` and `claimed`), and the apps' ICE set-up
(assist_session/ice.py) keeps every TURN URL in that order.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from assist_session import ice
from assist_session.signaling_client import SignalingClient
from signaling.config import Config, ConfigError, TurnConfig, validate
from signaling.server import start_server
from tests.support.wire import lifted_config

URLS = (
    "stun:turn.example.org:3478",
    "turn:turn.example.org:3478?transport=udp",
    "turn:turn.example.org:3478?transport=tcp",
    "turns:turn.example.org:443?transport=tcp",
    "turn:turn2.example.org",
)


def with_urls(*urls: str) -> Config:
    return replace(Config(), turn=TurnConfig(secret="s", urls=urls))


def test_the_server_accepts_every_form_the_apps_use() -> None:
    assert validate(with_urls(*URLS)).turn.urls == URLS


@pytest.mark.parametrize(
    "url",
    [
        "turns:turn.example.org:443?transport=udp",  # TLS is over TCP
        "turn:turn.example.org:3478?transport=sctp",
        "stun:turn.example.org:3478?transport=udp",  # RFC 7064: no transport on stun:
        "https://turn.example.org",
        "turn:",
        "turn:turn.example.org:3478 ",
    ],
)
def test_the_server_refuses_a_url_the_apps_would_drop(url: str) -> None:
    with pytest.raises(ConfigError, match="turn.urls"):
        validate(with_urls(URLS[1], url))


def test_every_turn_url_reaches_both_apps_in_order() -> None:
    """Through a real pairing server: `joined` and `claimed` carry the whole list, and
    both apps' ICE uses every TURN URL in the configured order (STUN apart)."""
    config = lifted_config(with_urls(*URLS))

    async def scenario() -> None:
        async with await start_server("127.0.0.1", 0, config=config) as server:
            home = SignalingClient(server.url)
            await home.connect()
            nameplate, _ = await home.register()
            supporter = SignalingClient(server.url)
            await supporter.connect()
            await supporter.claim(nameplate)
            await home.wait_joined()
            try:
                for client in (home, supporter):
                    assert [list(s.urls) for s in client.ice_servers] == [list(URLS)]
                    labels = [u.label for u in ice.turn_urls(client.ice_servers)]
                    assert labels == [
                        "turn:turn.example.org:3478?transport=udp",
                        "turn:turn.example.org:3478?transport=tcp",
                        "turns:turn.example.org:443?transport=tcp",
                        "turn:turn2.example.org:3478?transport=udp",
                    ]
            finally:
                await home.close()
                await supporter.close()

    asyncio.run(scenario())


def test_a_url_never_shows_its_credential() -> None:
    """The password is left out of a TURN URL's text and of its repr (logs)."""
    from aiortc import RTCIceServer

    (url,) = ice.turn_urls([RTCIceServer(URLS[3], username="1:u", credential="sekrit")])
    assert "sekrit" not in repr(url) and "sekrit" not in url.label
    assert "1:u" not in repr(url)
