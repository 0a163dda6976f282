"""Restrictive networks: all UDP dropped, the apps still connect through coturn over TCP
or over TLS on port 443, using the TURN URLs in the order they were given.

coturn runs in a network namespace the test makes (tests/network/netns.py); nftables
there drops every UDP packet on the veth to it, so this process reaches it over TCP and
TLS only. The apps' own PeerLink (assist_session/peer.py, with assist_session/ice.py)
runs relay-only, and the test reads the candidate pair ICE selected from aioice.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import replace

import pytest
from aiortc import RTCIceServer, VideoStreamTrack

from assist_session import ice
from assist_session.peer import PeerLink
from crypto.code import PairingCode
from crypto.pairing import PairingProtocol, Role
from signaling.config import Config, TurnConfig
from signaling.server import start_server
from signaling.turn import turn_credentials
from tests.network.netns import BlockedNetwork, self_signed
from tests.support.display import has_display
from tests.support.requires import require
from tests.support.sessions import session, settle, shown_on_both
from tests.support.timing import TIMEOUT_SCALE, until
from tests.support.wire import lifted_config

pytestmark = pytest.mark.faults

CONNECT = 30.0 * TIMEOUT_SCALE
_CANDIDATE = re.compile(r"^a=candidate:(\S+) \d+ \S+ \d+ \S+ \d+ typ (\w+)", re.MULTILINE)


def paired(code: PairingCode | None = None) -> tuple[PairingProtocol, PairingProtocol]:
    code = code or PairingCode("1000", "39071556")
    home = PairingProtocol(Role.HOME_USER, code, 0)
    supporter = PairingProtocol(Role.SUPPORTER, code, 0)
    home.start()
    supporter.start()
    for _ in range(3):
        for frame in home.data_to_send():
            supporter.receive_data(frame)
        for frame in supporter.data_to_send():
            home.receive_data(frame)
    assert home.session_id is not None and home.session_id == supporter.session_id
    return home, supporter


def servers(network: BlockedNetwork, urls: tuple[str, ...]) -> list[RTCIceServer]:
    """One ICE server entry with every URL, as the pairing server hands it out."""
    entry = turn_credentials(network.turn.secret, urls, ttl=600, now=time.time())
    return [
        RTCIceServer(urls=list(urls), username=entry["username"], credential=entry["credential"])
    ]


def candidate_types(sdp: str) -> list[str]:
    """The type of each distinct candidate (BUNDLE repeats them in every media section)."""
    return [kind for _, kind in sorted(set(_CANDIDATE.findall(sdp)))]


async def connect(ice_servers: list[RTCIceServer]) -> tuple[PeerLink, PeerLink, str, str]:
    """Two PeerLinks, relay-only, offer and answer; both pass the binding check."""
    home_pairing, supporter_pairing = paired()
    home = PeerLink(home_pairing, ice_servers=ice_servers, relay_only=True)
    supporter = PeerLink(supporter_pairing, ice_servers=ice_servers, relay_only=True)
    offer = await home.create_offer(VideoStreamTrack())
    answer = await supporter.accept_offer(offer)
    await home.accept_answer(answer)
    await asyncio.wait_for(asyncio.gather(home.authenticated, supporter.authenticated), CONNECT)
    return home, supporter, offer, answer


async def close(*links: PeerLink) -> None:
    for link in links:
        await link.pc.close()


def test_the_namespace_really_drops_udp(blocked: BlockedNetwork) -> None:
    """The first URL alone (TURN over UDP, what stock aiortc would use of the list)
    gives no relay candidate here, and nftables counted the dropped packets."""

    async def scenario() -> None:
        home_pairing, _ = paired()
        link = PeerLink(
            home_pairing, ice_servers=servers(blocked, blocked.turn.urls), relay_only=True
        )
        try:
            offer = await link.create_offer(VideoStreamTrack())
        finally:
            await link.pc.close()
        assert candidate_types(offer) == []

    asyncio.run(scenario())
    assert blocked.ns.udp_dropped() > 0


def test_peer_link_connects_relay_only_over_tcp_and_tls_with_udp_dropped(
    blocked: BlockedNetwork,
) -> None:
    """The server's list starts with TURN over UDP (blocked), then TCP, then TLS on 443:
    TCP and TLS each give a relay candidate, TCP's ranked higher (the given order), and
    the selected pair is relay to relay over one of them. (Which one is ICE's choice:
    aioice nominates the first pair whose check succeeds.)"""
    urls = blocked.turn.every_url
    assert [u.split(":")[0] for u in urls] == ["turn", "turn", "turns"]
    assert urls[2].endswith(":443?transport=tcp")

    async def scenario() -> None:
        home, supporter, offer, answer = await connect(servers(blocked, urls))
        try:
            for sdp in (offer, answer):
                assert candidate_types(sdp) == ["relay", "relay"]  # TCP and TLS, no UDP
            for link in (home, supporter):
                assert [url for url, _ in ice.relay_urls(link.pc)] == [urls[1], urls[2]]
                route = ice.selected_route(link.pc)
                assert route is not None
                assert (route.local_type, route.remote_type) == ("relay", "relay")
                assert route.turn_url in (urls[1], urls[2])
            assert home.send("chat", text="through TCP", id=1)
            message = await asyncio.wait_for(supporter.messages.get(), CONNECT)
            assert message["text"] == "through TCP"
        finally:
            await close(home, supporter)

    asyncio.run(scenario())
    assert blocked.ns.udp_dropped() > 0


def test_turn_over_tls_on_443_alone_is_enough(blocked: BlockedNetwork) -> None:
    """A network that lets only port 443 out: the `turns:` URL on 443 carries the link."""
    tls_url = blocked.turn.every_url[2]

    async def scenario() -> None:
        home, supporter, _, _ = await connect(servers(blocked, (blocked.turn.urls[0], tls_url)))
        try:
            for link in (home, supporter):
                route = ice.selected_route(link.pc)
                assert route is not None and route.turn_url == tls_url
                assert (route.local_type, route.remote_type) == ("relay", "relay")
        finally:
            await close(home, supporter)

    asyncio.run(scenario())


def test_an_untrusted_turn_certificate_gives_no_relay(
    blocked: BlockedNetwork, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`turns:` checks the certificate: with the test's certificate not trusted, the TLS
    URL gives no candidate (and the TCP URL still does)."""
    (tmp_path / "other").mkdir()
    other, _ = self_signed(tmp_path / "other", blocked.ns.inside_address)  # same name, other key
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    tls_url = blocked.turn.every_url[2]

    async def scenario() -> None:
        home_pairing, _ = paired()
        link = PeerLink(home_pairing, ice_servers=servers(blocked, (tls_url,)), relay_only=True)
        try:
            offer = await link.create_offer(VideoStreamTrack())
        finally:
            await link.pc.close()
        assert candidate_types(offer) == []

    asyncio.run(scenario())


def test_a_whole_session_connects_through_turn_with_udp_dropped(
    qloop, blocked: BlockedNetwork
) -> None:
    """Both apps' session flows (real capture from Xvfb, real pairing server) with the
    server's TURN list (UDP, TCP, TLS) and ice_policy "relay": the screen is shown on both
    sides and each side's selected pair is relay to relay over TCP or TLS."""
    require("Xvfb", has_display(), "the home user's screen")
    config = lifted_config(
        replace(
            Config(),
            turn=TurnConfig(
                secret=blocked.turn.secret, urls=blocked.turn.every_url, ttl=600,
                ice_policy="relay",
            ),
        )
    )  # fmt: skip
    over = set(blocked.turn.every_url[1:])

    async def scenario() -> None:
        server = await start_server("127.0.0.1", 0, config=config)
        try:
            async with session(server.url) as run:
                await settle(run, CONNECT)
                assert shown_on_both(run), run.reasons
                await until(lambda: run.supporter.frames_shown > 0, CONNECT, "a frame shown")
                for flow in (run.home, run.supporter):
                    route = ice.selected_route(flow.link.pc)
                    assert route is not None and route.turn_url in over, route
                    assert (route.local_type, route.remote_type) == ("relay", "relay")
        finally:
            await server.close()

    qloop.run_until_complete(scenario())
    assert blocked.ns.udp_dropped() > 0


def test_a_relayed_link_is_authenticated_like_any_other(blocked: BlockedNetwork) -> None:
    """Over TURN-TCP, WebRTC connecting is still not authentication: two links whose
    pairings differ (each side paired with someone else) connect through the relay, but
    neither passes the binding check, so neither app would show or accept anything."""
    urls = blocked.turn.every_url

    async def scenario() -> None:
        home_pairing, _ = paired()
        _, stranger_pairing = paired(PairingCode("1000", "11111111"))
        ice_servers = servers(blocked, urls)
        home = PeerLink(home_pairing, ice_servers=ice_servers, relay_only=True)
        stranger = PeerLink(stranger_pairing, ice_servers=ice_servers, relay_only=True)
        try:
            await home.accept_answer(
                await stranger.accept_offer(await home.create_offer(VideoStreamTrack()))
            )
            await until(
                lambda: (
                    ice.selected_route(home.pc) is not None
                    and ice.selected_route(stranger.pc) is not None
                ),
                CONNECT,
                "the relayed pair selected",
            )
            for link in (home, stranger):
                route = ice.selected_route(link.pc)
                assert route is not None and route.turn_url in urls[1:]
            await asyncio.wait(
                [home.authenticated, stranger.authenticated], timeout=3.0 * TIMEOUT_SCALE
            )
            assert not home.is_authenticated and not stranger.is_authenticated
        finally:
            await close(home, stranger)

    asyncio.run(scenario())
