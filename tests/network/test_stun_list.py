"""Every STUN URL is used, in the order given (assist_session/ice.py), against real STUN
servers: two coturn processes on loopback answer STUN binding requests.

Stock aiortc asks only the first STUN URL of the whole list; when that server is down
or blocked there is no server-reflexive address at all, although the next URL answers.
"""

from __future__ import annotations

import asyncio
import re
import shutil

from aiortc import RTCIceServer, VideoStreamTrack
from aiortc.rtcicetransport import connection_kwargs

from assist_session import ice
from assist_session.peer import PeerLink
from tests.network.test_turn_tcp_tls import paired
from tests.support.requires import needs
from tests.support.services import coturn, quiet_port

pytestmark = needs(
    "turnserver (coturn)", shutil.which("turnserver") is not None, "apt-get install coturn"
)

_SRFLX = re.compile(r"^a=candidate:\S+ \d+ \S+ (\d+) (\S+) (\d+) typ srflx", re.MULTILINE)


def test_every_stun_url_is_asked_in_order_and_a_dead_first_one_does_not_matter() -> None:
    """The list starts with a STUN URL nobody answers, then two real STUN servers: the
    apps' PeerLink still gets server-reflexive candidates, both live servers were asked
    and answered (the earlier first), and an address both report is offered once."""
    with coturn() as first, coturn() as second:
        dead = f"stun:127.0.0.1:{quiet_port()}"  # nothing listens there
        urls = [dead, f"stun:127.0.0.1:{first.port}", f"stun:127.0.0.1:{second.port}"]
        stun_servers = [RTCIceServer(urls=urls)]
        # What stock aiortc would do with this list: ask only the dead server.
        assert connection_kwargs(stun_servers)["stun_server"][1] == int(dead.rsplit(":", 1)[1])
        assert [u.label for u in ice.stun_urls(stun_servers)] == urls

        async def scenario() -> tuple[str, list[tuple[str, tuple[str, int]]]]:
            home_pairing, _ = paired()
            link = PeerLink(home_pairing, ice_servers=stun_servers)
            try:
                offer = await link.create_offer(VideoStreamTrack())
                return offer, ice.stun_answers(link.pc)
            finally:
                await link.pc.close()

        offer, answers = asyncio.run(scenario())

    asked = list(dict.fromkeys(label for label, _ in answers))
    assert asked == urls[1:], answers  # both live servers answered, in the given order
    reflexive = sorted(set(_SRFLX.findall(offer)))
    assert reflexive, "no server-reflexive candidate in the offer"
    addresses = [(host, port) for _, host, port in reflexive]
    assert len(addresses) == len(set(addresses)), "one address offered twice"
    assert {(h, str(p)) for _, (h, p) in answers} == set(addresses)
