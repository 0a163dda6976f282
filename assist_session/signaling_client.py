"""Client side of the signaling protocol: a thin async wrapper over one WebSocket."""

from __future__ import annotations

import base64
import binascii
import contextlib
import ipaddress
import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiortc import RTCIceServer
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidURI, WebSocketException

PROTOCOL_VERSION = 1
log = logging.getLogger("assist.session.signaling")


class SignalingError(Exception):
    """The pairing server refused us or could not be reached. `code` is a machine word."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Relay:
    body: bytes


@dataclass(frozen=True)
class PeerLeft:
    reason: str


@dataclass(frozen=True)
class ServerError:
    code: str


@dataclass(frozen=True)
class Disconnected:
    """The WebSocket closed without a protocol message saying why."""


SignalingEvent = Relay | PeerLeft | ServerError | Disconnected

INSECURE_SERVER = "insecure_server"
"""The server address is plain `ws://` to another computer: refused before connecting."""


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (also as IPv4-mapped IPv6)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def check_server_url(url: str) -> None:
    """Refuse plain `ws://` unless the server is on this computer (SignalingError).

    Without TLS anyone on the path could read the nameplate, the TURN credentials and
    which two addresses pair, and could stand in for the server; `wss://` stops that.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return  # not a URL at all: connecting fails with server_unreachable
    if parts.scheme.lower() == "ws" and not is_loopback_host(host):
        raise SignalingError(INSECURE_SERVER)


class SignalingClient:
    """One connection to the pairing server, for one session."""

    def __init__(self, url: str, *, open_timeout: float = 10.0) -> None:
        self.url = url
        self._open_timeout = open_timeout
        self._ws: ClientConnection | None = None
        # ICE servers (TURN credentials) and policy the server handed us, if any.
        self.ice_servers: list[RTCIceServer] = []
        self.relay_only = False

    async def connect(self) -> None:
        check_server_url(self.url)  # before any byte leaves: ws:// only to loopback
        try:
            self._ws = await connect(self.url, open_timeout=self._open_timeout, max_size=256 * 1024)
        except (OSError, InvalidURI, WebSocketException, TimeoutError) as exc:
            log.info("cannot reach the pairing server: %s", type(exc).__name__)
            raise SignalingError("server_unreachable") from exc

    async def register(self) -> tuple[str, int]:
        """Ask for a room as the helper app. Returns (nameplate, seconds valid).

        TURN credentials come only once paired (`joined`); a `registered` from an older
        server may still carry some.
        """
        await self._send({"type": "register", "version": PROTOCOL_VERSION})
        reply = await self._expect("registered")
        self._take_ice_config(reply)
        return str(reply["nameplate"]), int(reply.get("expires_in", 600))

    async def wait_joined(self) -> None:
        """Wait until a supporter claims our room; `joined` carries the TURN credentials."""
        self._take_ice_config(await self._expect("joined"))

    async def claim(self, nameplate: str, proof: dict[str, object] | None = None) -> None:
        """Join a waiting helper app's room as the supporter app. `proof`: certificate,
        stamp and signature for a server that admits verified supporters only (issue 16)."""
        claim = {"type": "claim", "version": PROTOCOL_VERSION, "nameplate": nameplate}
        await self._send({**(proof or {}), **claim})
        self._take_ice_config(await self._expect("claimed"))

    async def resume(self, room: str) -> None:
        """Meet the other app of an earlier pairing again (PROTOCOL.md section 9): returns
        once both are in the room. The room id is no proof; the sealed channel's resume
        confirmation is."""
        await self._send({"type": "resume", "version": PROTOCOL_VERSION, "room": room})
        reply = await self._receive()
        if reply is None:
            raise SignalingError("server_unreachable")
        if reply.get("type") == "resume_waiting":
            reply = await self._expect("joined")
        elif reply.get("type") != "claimed":
            raise SignalingError(str(reply.get("code", "bad_message")))
        self._take_ice_config(reply)

    async def send_relay(self, body: bytes) -> None:
        await self._send({"type": "relay", "body": base64.b64encode(body).decode("ascii")})

    async def next_event(self) -> SignalingEvent:
        """The next relayed frame or end-of-room notice."""
        message = await self._receive()
        if message is None:
            return Disconnected()
        kind = message.get("type")
        if kind == "relay":
            try:
                return Relay(base64.b64decode(str(message.get("body", "")), validate=True))
            except (binascii.Error, ValueError):
                return ServerError("bad_message")
        if kind == "peer_left":
            return PeerLeft(str(message.get("reason", "disconnected")))
        if kind == "error":
            return ServerError(str(message.get("code", "unknown")))
        return ServerError("bad_message")

    async def close(self, reason: str = "closed") -> None:
        """Tell the server the room is over (this burns the code) and hang up."""
        ws, self._ws = self._ws, None
        if ws is None:
            return
        with contextlib.suppress(ConnectionClosed, OSError):
            await ws.send(json.dumps({"type": "close", "reason": reason}))
        await ws.close()

    def _take_ice_config(self, reply: dict[str, Any]) -> None:
        servers = reply.get("ice_servers")
        if isinstance(servers, list):
            self.ice_servers = [s for s in map(_ice_server, servers) if s is not None]
        self.relay_only = reply.get("ice_policy") == "relay"

    async def _send(self, message: dict[str, Any]) -> None:
        if self._ws is None:
            raise SignalingError("not_connected")
        try:
            await self._ws.send(json.dumps(message, separators=(",", ":")))
        except (ConnectionClosed, OSError) as exc:
            raise SignalingError("server_unreachable") from exc

    async def _receive(self) -> dict[str, Any] | None:
        if self._ws is None:
            return None
        try:
            raw = await self._ws.recv()
        except (ConnectionClosed, OSError):
            return None
        try:
            message = json.loads(raw)
        except ValueError:
            return {"type": "error", "code": "bad_message"}
        return message if isinstance(message, dict) else {"type": "error", "code": "bad_message"}

    async def _expect(self, wanted: str) -> dict[str, Any]:
        message = await self._receive()
        if message is None:
            raise SignalingError("server_unreachable")
        if message.get("type") == wanted:
            return message
        if message.get("type") == "error":
            raise SignalingError(str(message.get("code", "unknown")))
        if message.get("type") == "peer_left":
            raise SignalingError("peer_left")
        raise SignalingError("bad_message")


def _ice_server(entry: object) -> RTCIceServer | None:
    """One ICE server from the server's list; None if it is malformed."""
    if not isinstance(entry, dict):
        return None
    urls = entry.get("urls")
    if isinstance(urls, str):
        urls = [urls]
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        return None
    username, credential = entry.get("username"), entry.get("credential")
    return RTCIceServer(
        urls=urls,
        username=username if isinstance(username, str) else None,
        credential=credential if isinstance(credential, str) else None,
    )
