"""TURN: credentials from a real signaling server, checked by a real coturn, used by aiortc.

The peers take their ICE servers from `registered` and `claimed` exactly as the apps do
(through `assist_session.signaling_client.SignalingClient`), run relay-only, and must
carry both a data channel message and video frames through coturn.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from dataclasses import replace

import pytest
from aioice import stun
from aioice.turn import TurnClientUdpProtocol
from aiortc import (
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCSessionDescription,
    VideoStreamTrack,
)
from aiortc.mediastreams import MediaStreamTrack
from aiortc.rtcconfiguration import RTCIceTransportPolicy

from assist_session.signaling_client import SignalingClient
from signaling.config import Config, TurnConfig
from signaling.server import SignalingServer, start_server
from signaling.turn import (
    TurnUnavailable,
    relay_candidates_present,
    require_relay_candidates,
    turn_credentials,
)
from tests.support.services import Turn, coturn, needs_turnserver
from tests.support.timing import TIMEOUT_SCALE

TIMEOUT = 20.0 * TIMEOUT_SCALE


def test_credentials_follow_the_turn_rest_scheme() -> None:
    """Username is "<expiry>:<id>" and the password is base64(HMAC-SHA1(secret, username))."""
    entry = turn_credentials("s3cret", ["turn:example.org:3478"], ttl=600, now=1_000_000.5)
    username = str(entry["username"])
    expiry, _, user_id = username.partition(":")
    assert expiry == "1000600" and len(user_id) == 16
    expected = hmac.new(b"s3cret", username.encode(), hashlib.sha1).digest()
    assert entry["credential"] == base64.b64encode(expected).decode()
    assert entry["urls"] == ["turn:example.org:3478"]
    other = turn_credentials("s3cret", ["turn:example.org:3478"], ttl=600, now=1_000_000.5)
    assert other["username"] != username  # a fresh random id every time


def test_relay_candidate_detector() -> None:
    """Only an `a=candidate` line with `typ relay` counts as a relay candidate."""
    relay = "a=candidate:1 1 udp 16777215 127.0.0.1 50000 typ relay raddr 0.0.0.0 rport 0\r\n"
    host = "a=candidate:2 1 udp 2130706431 10.0.0.5 40000 typ host\r\n"
    assert relay_candidates_present("v=0\r\n" + host + relay)
    assert not relay_candidates_present("v=0\r\n" + host)
    assert not relay_candidates_present("a=note: typ relay\r\n")
    with pytest.raises(TurnUnavailable, match="wrong shared secret"):
        require_relay_candidates(host)


async def ice_from_server(server: SignalingServer) -> tuple[SignalingClient, SignalingClient]:
    """Register and claim through the real server the way the apps do; both keep their ICE data."""
    home = SignalingClient(server.url)
    await home.connect()
    nameplate, _ = await home.register()
    supporter = SignalingClient(server.url)
    await supporter.connect()
    await supporter.claim(nameplate)
    await home.wait_joined()
    return home, supporter


def peer(client: SignalingClient) -> RTCPeerConnection:
    policy = RTCIceTransportPolicy.RELAY if client.relay_only else RTCIceTransportPolicy.ALL
    return RTCPeerConnection(
        RTCConfiguration(iceServers=list(client.ice_servers), iceTransportPolicy=policy)
    )


def selected_candidate_types(pc: RTCPeerConnection) -> set[str]:
    """Types of the local candidates in the nominated ICE pairs (aiortc keeps them in aioice)."""
    transports = {t.receiver.transport for t in pc.getTransceivers()}
    if pc.sctp is not None:
        transports.add(pc.sctp.transport)
    types = set()
    for dtls in transports:
        connection = dtls.transport._connection  # aioice.Connection
        for pair in connection._nominated.values():
            types.add(pair.local_candidate.type)
    return types


def turn_config(turn: Turn, *, secret: str | None = None) -> Config:
    return Config(
        turn=TurnConfig(secret=secret or turn.secret, urls=turn.urls, ttl=600, ice_policy="relay")
    )


@needs_turnserver
def test_session_works_relay_only_through_coturn() -> None:
    """Relay-only with the server's TURN credentials: data channel and video pass coturn."""

    async def main(turn: Turn) -> None:
        async with await start_server(config=turn_config(turn)) as server:
            home, supporter = await ice_from_server(server)
            assert home.relay_only and supporter.relay_only
            assert [s.urls for s in home.ice_servers] == [list(turn.urls)]
            home_pc, supporter_pc = peer(home), peer(supporter)
            try:
                async with asyncio.timeout(TIMEOUT):
                    await exchange_media_and_data(home_pc, supporter_pc)
            finally:
                await home_pc.close()
                await supporter_pc.close()
                await home.close()
                await supporter.close()

    with coturn() as turn:
        asyncio.run(main(turn))


async def exchange_media_and_data(
    home_pc: RTCPeerConnection, supporter_pc: RTCPeerConnection
) -> None:
    frames: asyncio.Queue[object] = asyncio.Queue()
    got_message: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def read_video(track: MediaStreamTrack) -> None:
        while True:
            await frames.put(await track.recv())

    readers: list[asyncio.Task[None]] = []

    @supporter_pc.on("track")
    def on_track(track: MediaStreamTrack) -> None:
        if track.kind == "video":
            readers.append(asyncio.create_task(read_video(track)))

    @supporter_pc.on("datachannel")
    def on_channel(channel: object) -> None:
        channel.on("message", lambda m: got_message.done() or got_message.set_result(m))  # type: ignore[attr-defined]

    home_pc.addTransceiver(VideoStreamTrack(), direction="sendonly")
    channel = home_pc.createDataChannel("assist")
    channel.on("open", lambda: channel.send("hello over TURN"))

    await home_pc.setLocalDescription(await home_pc.createOffer())
    offer = home_pc.localDescription.sdp
    require_relay_candidates(offer)
    assert " typ host" not in offer and " typ srflx" not in offer
    await supporter_pc.setRemoteDescription(RTCSessionDescription(sdp=offer, type="offer"))
    await supporter_pc.setLocalDescription(await supporter_pc.createAnswer())
    answer = supporter_pc.localDescription.sdp
    require_relay_candidates(answer)
    await home_pc.setRemoteDescription(RTCSessionDescription(sdp=answer, type="answer"))

    assert await got_message == "hello over TURN"
    for _ in range(5):
        frame = await frames.get()
        assert frame.width == 640 and frame.height == 480  # type: ignore[attr-defined]
    assert home_pc.connectionState == "connected"
    assert selected_candidate_types(home_pc) == {"relay"}
    assert selected_candidate_types(supporter_pc) == {"relay"}
    for task in readers:
        task.cancel()


@needs_turnserver
def test_wrong_turn_secret_is_detected() -> None:
    """A server with the wrong TURN secret: coturn refuses, no relay candidate, a clear error."""

    async def main(turn: Turn) -> None:
        config = turn_config(turn, secret="not-the-coturn-secret")
        async with await start_server(config=config) as server:
            home, supporter = await ice_from_server(server)
            pc = peer(home)
            try:
                async with asyncio.timeout(TIMEOUT):
                    pc.createDataChannel("assist")
                    await pc.setLocalDescription(await pc.createOffer())
                sdp = pc.localDescription.sdp
                assert not relay_candidates_present(sdp)
                with pytest.raises(TurnUnavailable):
                    require_relay_candidates(sdp)
                assert pc.connectionState == "new"  # aiortc itself reports nothing
                for _ in range(50):  # coturn did refuse the name: it is not a network problem
                    if "check_stun_auth" in turn.log():
                        break
                    await asyncio.sleep(0.05)
                assert "check_stun_auth" in turn.log()
            finally:
                await pc.close()
                await home.close()
                await supporter.close()

    with coturn() as turn:
        asyncio.run(main(turn))


@needs_turnserver
def test_expired_turn_credentials_are_refused() -> None:
    """A username whose expiry has passed gets no relay candidate from coturn."""

    async def main(turn: Turn) -> None:
        entry = turn_credentials(turn.secret, turn.urls, ttl=60, now=1_000_000)  # long past
        server = RTCIceServer(
            urls=list(turn.urls),
            username=str(entry["username"]),
            credential=str(entry["credential"]),
        )
        pc = RTCPeerConnection(
            RTCConfiguration(iceServers=[server], iceTransportPolicy=RTCIceTransportPolicy.RELAY)
        )
        try:
            async with asyncio.timeout(TIMEOUT):
                pc.createDataChannel("assist")
                await pc.setLocalDescription(await pc.createOffer())
            assert not relay_candidates_present(pc.localDescription.sdp)
        finally:
            await pc.close()

    with coturn() as turn:
        asyncio.run(main(turn))


def test_no_turn_configured_means_no_ice_fields() -> None:
    """Without a TURN secret, registered and claimed carry no ice_servers: direct connection."""

    async def main() -> None:
        async with await start_server(config=replace(Config())) as server:
            home, supporter = await ice_from_server(server)
            assert home.ice_servers == [] and supporter.ice_servers == []
            assert not home.relay_only
            await home.close()
            await supporter.close()

    asyncio.run(main())


class _Peer(asyncio.DatagramProtocol):
    """A UDP peer behind the relay: what it receives lands in `got`."""

    def __init__(self) -> None:
        self.got: asyncio.Queue[bytes] = asyncio.Queue()

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.got.put_nowait(data)


async def _allocate(turn: Turn, username: str, password: str) -> TurnClientUdpProtocol:
    loop = asyncio.get_running_loop()
    _, client = await loop.create_datagram_endpoint(
        lambda: TurnClientUdpProtocol(
            ("127.0.0.1", turn.port),
            username=username,
            password=password,
            lifetime=600,
            channel_refresh_time=500,
        ),
        remote_addr=("127.0.0.1", turn.port),
    )
    await client.connect()
    return client


@needs_turnserver
def test_an_allocation_outlives_its_credential_but_a_new_one_is_refused() -> None:
    """coturn checks the REST expiry only when an allocation is made (measured, coturn 4.6.1).

    After the credential has expired the allocation it made still relays, refreshes,
    creates permissions and binds channels; a new allocation with it gets 401. So the
    short TTL bounds when a credential can be used, not how long a help session lasts.
    """

    async def main(turn: Turn) -> None:
        loop = asyncio.get_running_loop()
        entry = turn_credentials(turn.secret, turn.urls, ttl=2, now=time.time())
        username, password = str(entry["username"]), str(entry["credential"])
        client = await _allocate(turn, username, password)
        peers = [
            await loop.create_datagram_endpoint(_Peer, local_addr=("127.0.0.1", 0))
            for _ in range(2)
        ]
        first, second = (transport.get_extra_info("sockname") for transport, _ in peers)
        await client.send_data(b"before", first)
        assert await asyncio.wait_for(peers[0][1].got.get(), TIMEOUT) == b"before"
        while time.time() <= int(username.split(":")[0]) + 1:
            await asyncio.sleep(0.2)
        await client.send_data(b"after", first)  # the channel bound before expiry
        assert await asyncio.wait_for(peers[0][1].got.get(), TIMEOUT) == b"after"
        await client.send_data(b"new peer", second)  # a new channel bind, authenticated
        assert await asyncio.wait_for(peers[1][1].got.get(), TIMEOUT) == b"new peer"
        refresh = stun.Message(message_method=stun.Method.REFRESH, message_class=stun.Class.REQUEST)
        refresh.attributes["LIFETIME"] = 600
        response, _ = await client.request_with_retry(refresh)
        assert response.attributes["LIFETIME"] == 600
        with pytest.raises(stun.TransactionFailed) as refused:
            await _allocate(turn, username, password)
        assert refused.value.response.attributes["ERROR-CODE"][0] == 401
        await client.delete()
        for transport, _ in peers:
            transport.close()

    with coturn() as turn:
        asyncio.run(main(turn))
