"""Every TURN and STUN URL the pairing server hands out, in its order: TURN over UDP,
TCP and TLS (port 443), and every STUN URL.

aiortc (1.16) gives aioice only the first STUN URL and the first TURN URL of the whole
list. On a network that blocks UDP (hospitals, libraries) a list that starts with
`turn:host:3478?transport=udp` then yields no relay at all, although the same server
also listens on TCP and on TLS port 443. `use_every_url` fixes that per connection: it
runs just before each `setLocalDescription` (where aiortc gathers) and makes each of the
connection's ICE gatherers ask every TURN URL at once, `turn:` over UDP or TCP and
`turns:` over TLS. Each answer becomes one relay candidate; an earlier URL gets a higher
priority (RFC 8445 local preference), so ICE prefers the order the server gave.
STUN likewise: every STUN URL is asked from each IPv4 host candidate's socket (stock
aiortc asks only the first, so one STUN server that is down or blocked left no
server-reflexive address at all). An earlier URL's answer gets the higher priority; an
address a later URL reports again is not added twice.

`turns:` is checked like any TLS connection: the system's trusted certificates and the
host name in the URL. Credentials never reach a log; a URL is logged as scheme, host,
port and transport only.

aioice can rename what this uses. `check()` looks first: if a name is gone it logs one
warning and leaves the connection to stock aiortc (one TURN URL, one STUN URL), never
breaking it.
"""

from __future__ import annotations

import asyncio
import inspect
import ipaddress
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aioice import ice as aioice_ice
from aioice.candidate import Candidate, candidate_foundation, candidate_priority
from aiortc import RTCIceServer, RTCPeerConnection
from aiortc.rtcicetransport import parse_stun_turn_uri

log = logging.getLogger("assist.session.ice")

RELAY_GRACE_S = 0.5
"""Once one relay candidate is in, the other TURN URLs get this much longer to answer
(a URL whose packets are dropped would otherwise hold gathering for aioice's 5 s). TURN
over UDP needs fewer round trips than over TCP or TLS, so where UDP works it has
normally answered by then; 0.5 s also covers one lost packet's first retry."""

_RELAYED_PARAMETERS = (
    "component", "hide_related_address", "protocol_factory", "turn_server",
    "turn_username", "turn_password", "turn_ssl", "turn_transport",
)  # fmt: skip


@dataclass(frozen=True)
class TurnUrl:
    """One usable TURN URL with its credentials, in the server's order."""

    host: str
    port: int
    transport: str  # "udp" or "tcp" (the way to the TURN server; TLS is "tcp" + tls)
    tls: bool
    username: str | None = field(repr=False)
    password: str | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        """The URL without credentials, e.g. `turns:turn.example.org:443?transport=tcp`."""
        scheme = "turns" if self.tls else "turn"
        return f"{scheme}:{self.host}:{self.port}?transport={self.transport}"


def turn_urls(servers: Sequence[RTCIceServer]) -> list[TurnUrl]:
    """Every TURN URL aioice can use, in the given order, each once."""
    found: list[TurnUrl] = []
    for server in servers:
        uris = server.urls if isinstance(server.urls, list) else [server.urls]
        if server.credentialType != "password":
            continue
        for uri in uris:
            try:
                parsed = parse_stun_turn_uri(uri)
            except ValueError:
                continue
            scheme, transport = parsed["scheme"], parsed.get("transport")
            if scheme not in ("turn", "turns") or transport not in ("udp", "tcp"):
                continue
            if scheme == "turns" and transport != "tcp":
                continue
            url = TurnUrl(
                parsed["host"], parsed["port"], transport, scheme == "turns",
                server.username, server.credential,
            )  # fmt: skip
            if url not in found:
                found.append(url)
    return found


@dataclass(frozen=True)
class StunUrl:
    """One STUN URL, in the server's order (STUN needs no credentials)."""

    host: str
    port: int

    @property
    def label(self) -> str:
        return f"stun:{self.host}:{self.port}"


def stun_urls(servers: Sequence[RTCIceServer]) -> list[StunUrl]:
    """Every STUN URL, in the given order, each once."""
    found: list[StunUrl] = []
    for server in servers:
        for uri in server.urls if isinstance(server.urls, list) else [server.urls]:
            try:
                parsed = parse_stun_turn_uri(uri)
            except ValueError:
                continue
            url = StunUrl(parsed["host"], parsed["port"])
            if parsed["scheme"] == "stun" and url not in found:
                found.append(url)
    return found


def check() -> str:
    """'' when aioice still has what `use_every_url` needs, else what is missing."""
    relayed = getattr(aioice_ice, "relayed_candidate", None)
    if relayed is None or not hasattr(aioice_ice, "StunProtocol"):
        return "aioice.ice.relayed_candidate or StunProtocol"
    if tuple(inspect.signature(relayed).parameters) != _RELAYED_PARAMETERS:
        return "aioice.ice.relayed_candidate's parameters"
    reflexive = getattr(aioice_ice, "server_reflexive_candidate", None)
    if reflexive is None or tuple(inspect.signature(reflexive).parameters) != (
        "protocol", "stun_server",
    ):  # fmt: skip
        return "aioice.ice.server_reflexive_candidate"
    connection = getattr(aioice_ice, "Connection", None)
    if not hasattr(connection, "get_component_candidates") or not {
        "turn_server", "stun_server",
    } <= set(inspect.signature(connection.__init__).parameters):  # type: ignore[misc]  # fmt: skip
        return "aioice.ice.Connection.get_component_candidates, turn_server or stun_server"
    return ""


_missing: str | None = None


def _usable() -> bool:
    global _missing
    if _missing is None:
        _missing = check()
        if _missing:
            log.warning("aioice changed (%s): only the first TURN and STUN URL are used", _missing)
    return not _missing


def use_every_url(pc: RTCPeerConnection, servers: Sequence[RTCIceServer]) -> int:
    """Make every ICE gatherer of `pc` use all of `servers`' TURN and STUN URLs; how many
    URLs.

    Call after the transceivers and data channels exist and before setLocalDescription.
    A gatherer already set up (a second call) is left as it is."""
    urls, stuns = turn_urls(servers), stun_urls(servers)
    if not (urls or stuns) or not _usable():
        return 0
    for transport in getattr(pc, "_RTCPeerConnection__iceTransports", ()):
        _install(transport.iceGatherer._connection, urls, stuns)
    return len(urls) + len(stuns)


def _install(connection: Any, urls: list[TurnUrl], stuns: list[StunUrl]) -> None:
    if getattr(connection, "_assist_turn_urls", None) is not None:
        return
    if not all(hasattr(connection, name) for name in ("_protocols", "_transport_policy")):
        log.warning("aioice changed (Connection._protocols): only the first TURN URL is used")
        return
    connection._assist_turn_urls = urls
    connection._assist_stun_answers = []  # (STUN URL, mapped address), in URL order
    # The stock single-URL paths stay out of the way: stock gathers host candidates only.
    connection.turn_server = None
    connection.stun_server = None
    stock = connection.get_component_candidates

    async def gather(component: int, addresses: list[str], timeout: int = 5) -> list[Candidate]:
        own = await stock(component=component, addresses=addresses, timeout=timeout)
        hosts = [
            p for p in connection._protocols
            if getattr(p, "local_candidate", None) in own and p.local_candidate.type == "host"
        ]  # fmt: skip
        reflexive, relays = await asyncio.gather(
            _reflexive(connection, hosts, stuns, timeout),
            _relays(connection, component, urls, timeout),
        )
        return [*own, *reflexive, *relays]

    connection.get_component_candidates = gather


async def _first_then_grace(tasks: Sequence[asyncio.Future[Any]], timeout: float) -> None:
    """Wait until one task has an answer, then RELAY_GRACE_S more (or `timeout` in all);
    cancel what is still pending."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    pending = set(tasks)
    while pending and (left := deadline - loop.time()) > 0:
        if any(t.done() and not t.cancelled() and t.exception() is None for t in tasks):
            await asyncio.wait(pending, timeout=min(left, RELAY_GRACE_S))
            break
        await asyncio.wait(pending, timeout=left, return_when=asyncio.FIRST_COMPLETED)
        pending = {t for t in tasks if not t.done()}
    pending = {t for t in tasks if not t.done()}
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)


async def _reflexive(
    connection: Any, hosts: list[Any], stuns: list[StunUrl], timeout: float
) -> list[Candidate]:
    """Ask every STUN URL from every IPv4 host socket; one candidate per new address."""
    asked = [
        (url, protocol) for protocol in hosts for url in stuns
        if ipaddress.ip_address(protocol.local_candidate.host).version == 4
    ]  # fmt: skip
    tasks = [
        asyncio.ensure_future(aioice_ice.server_reflexive_candidate(protocol, (url.host, url.port)))
        for url, protocol in asked
    ]
    await _first_then_grace(tasks, timeout)
    candidates: list[Candidate] = []
    seen = set()
    for (url, protocol), task in zip(asked, tasks, strict=True):
        if task.cancelled() or task.exception() is not None:
            log.info("STUN %s: no answer in time", url.label)
            continue
        candidate, _ = task.result()
        connection._assist_stun_answers.append((url.label, (candidate.host, candidate.port)))
        key = (candidate.host, candidate.port, protocol.local_candidate.host)
        if key in seen:
            continue  # a later STUN URL saw the same address: the earlier one has it
        seen.add(key)
        index = stuns.index(url)
        candidate.priority = candidate_priority(
            candidate.component, "srflx", local_pref=65535 - index
        )
        candidates.append(candidate)
    return candidates


async def _relays(
    connection: Any, component: int, urls: list[TurnUrl], timeout: float
) -> list[Candidate]:
    hide = connection._transport_policy == aioice_ice.TransportPolicy.RELAY
    tasks = [
        asyncio.ensure_future(
            aioice_ice.relayed_candidate(
                component=component,
                hide_related_address=hide,
                protocol_factory=lambda: aioice_ice.StunProtocol(connection),
                turn_server=(url.host, url.port),
                turn_username=url.username,
                turn_password=url.password,
                turn_ssl=url.tls,
                turn_transport=url.transport,
            )
        )
        for url in urls
    ]
    await _first_then_grace(tasks, timeout)
    candidates = []
    for index, (url, task) in enumerate(zip(urls, tasks, strict=True)):
        if task.cancelled():
            log.info("TURN %s: no answer in time", url.label)
            continue
        if (error := task.exception()) is not None:
            log.info("TURN %s: %s", url.label, type(error).__name__)
            continue
        candidate, protocol = task.result()
        # An earlier URL is preferred; each URL its own foundation (its own route).
        candidate.priority = candidate_priority(component, "relay", local_pref=65535 - index)
        candidate.foundation = candidate_foundation("relay", f"udp{index}", candidate.host)
        protocol.assist_turn_url = url.label  # type: ignore[attr-defined]
        connection._protocols.append(protocol)
        candidates.append(candidate)
    return candidates


@dataclass(frozen=True)
class Route:
    """The candidate pair ICE selected: its two types and the TURN URL carrying it."""

    local_type: str
    remote_type: str
    turn_url: str | None  # our side's TURN URL (credentials left out), None if not relayed
    local_address: str = ""  # our side's candidate address (a relay's: on the TURN server)


def selected_route(pc: RTCPeerConnection) -> Route | None:
    """The selected (nominated) pair of the connection's first ICE transport, if any."""
    for transport in getattr(pc, "_RTCPeerConnection__iceTransports", ()):
        nominated = getattr(transport.iceGatherer._connection, "_nominated", {})
        pair = nominated.get(1)
        if pair is not None:
            return Route(
                pair.local_candidate.type,
                pair.remote_candidate.type,
                getattr(pair.protocol, "assist_turn_url", None),
                pair.local_candidate.host,
            )
    return None


def stun_answers(pc: RTCPeerConnection) -> list[tuple[str, tuple[str, int]]]:
    """(STUN URL, the address it saw) for each answer, in the order of the URLs."""
    answers: list[tuple[str, tuple[str, int]]] = []
    for transport in getattr(pc, "_RTCPeerConnection__iceTransports", ()):
        answers += getattr(transport.iceGatherer._connection, "_assist_stun_answers", [])
    return answers


def relay_urls(pc: RTCPeerConnection) -> list[tuple[str, int]]:
    """(TURN URL, candidate priority) of each relay candidate gathered, highest first."""
    found = set()
    for transport in getattr(pc, "_RTCPeerConnection__iceTransports", ()):
        for protocol in getattr(transport.iceGatherer._connection, "_protocols", ()):
            if (url := getattr(protocol, "assist_turn_url", None)) is not None:
                found.add((url, protocol.local_candidate.priority))
    return sorted(found, key=lambda item: -item[1])
