"""The WebRTC link of one session and its binding check.

WebRTC `connected` is not authentication. Each side proves over the data channel that
it holds the pairing key and saw the same DTLS fingerprints as the other side (the ones
in the sealed offer and answer). Only then does `authenticated` resolve, and only then
may an app show the screen or accept anything from the data channel.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Callable
from typing import Any

from aioice import ice as aioice_ice
from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCDataChannel,
    RTCIceServer,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.rtcconfiguration import RTCIceTransportPolicy

from crypto.pairing import EXPORTER_LABEL, KEYING_MATERIAL_BYTES, PairingProtocol

from . import ice, messages
from .messages import SHARP_CHANNEL_LABEL

log = logging.getLogger("assist.session.peer")
# ICE consent (RFC 7675) would end a silent path after 6 failed checks 5 s apart (~30 s),
# before the apps' 60 s window to get a dropped link back (assist_session/heartbeat.py).
# 14 checks (~56-84 s) lets a 30 s outage heal in place; the window's end, not ICE, ends it.
aioice_ice.CONSENT_FAILURES = max(aioice_ice.CONSENT_FAILURES, 14)

DATA_CHANNEL_LABEL = "assist"
_FINGERPRINT = re.compile(r"^a=fingerprint:(sha-256) ([0-9A-Fa-f:]+)\s*$", re.MULTILINE)


def sdp_fingerprint(sdp: str) -> str:
    """The DTLS certificate fingerprint(s) an SDP announces, in a canonical form."""
    found = sorted({f"{algo.lower()} {value.upper()}" for algo, value in _FINGERPRINT.findall(sdp)})
    if not found:
        raise ValueError("no sha-256 fingerprint in SDP")
    return ";".join(found)


def dtls_keying_material(pc: RTCPeerConnection) -> bytes | None:
    """The RFC 5705 exporter value of the connected DTLS session; None means fail closed.

    aiortc has no public API for it: its RTCDtlsTransport keeps the pyOpenSSL connection
    in `_ssl`. Media must share that one DTLS session (BUNDLE), or the binding would not
    cover it.
    """
    try:
        transport = pc.sctp.transport  # type: ignore[union-attr]
        if transport.state != "connected":
            return None
        if any(t.sender.transport is not transport for t in pc.getTransceivers()):
            return None
        value = transport._ssl.export_keying_material(EXPORTER_LABEL, KEYING_MATERIAL_BYTES)
    except Exception:  # no data channel transport, or aiortc changed its internals
        log.warning("no DTLS keying material: the binding check cannot run")
        return None
    value = bytes(value)
    return value if len(value) == KEYING_MATERIAL_BYTES else None


class PeerLink:
    """One RTCPeerConnection plus the `assist` data channel, bound to a paired channel."""

    def __init__(
        self,
        pairing: PairingProtocol,
        *,
        ice_servers: list[RTCIceServer] | None = None,
        relay_only: bool = False,
        on_track: Callable[[MediaStreamTrack], None] | None = None,
        on_sharp: Callable[[bytes], None] | None = None,
        audio: bool = False,
        camera: bool = False,
        own_camera: bool = False,
    ) -> None:
        self._pairing = pairing
        # A call's sound (assist_media/call_media.py): one sendrecv audio transceiver,
        # negotiated with the screen so a call needs no second offer; it carries no
        # packet until the app puts an open microphone on it, after the binding check.
        self._audio = audio
        # The supporter's camera (issue 17): a second video m-line, the supporter's
        # app sends and the helper app receives; no frame before the app attaches one.
        self._camera = camera
        self._own_camera = own_camera  # the home user's camera out, a third video m-line
        policy = RTCIceTransportPolicy.RELAY if relay_only else RTCIceTransportPolicy.ALL
        self.pc = RTCPeerConnection(
            RTCConfiguration(iceServers=ice_servers or [], iceTransportPolicy=policy)
        )
        self._ice_servers = list(ice_servers or [])  # every TURN URL, in order (ice.py)
        loop = asyncio.get_running_loop()
        self.authenticated: asyncio.Future[None] = loop.create_future()
        self.ended: asyncio.Future[str] = loop.create_future()
        # Callers may never await a failed check (the session ends anyway): mark it seen.
        self.authenticated.add_done_callback(lambda f: f.cancelled() or f.exception())
        self.messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=1024)
        self.dropped = messages.DropCounter()
        self._channel: RTCDataChannel | None = None
        # Sharp still pictures (assist_media/sharp.py): the helper app opens it, the
        # supporter app reads it (`on_sharp`), only after the binding check.
        self._sharp: RTCDataChannel | None = None
        self._on_sharp = on_sharp
        self._local_fp = ""
        self._remote_fp = ""
        self._on_track = on_track
        self.pc.on("connectionstatechange", self._on_state)
        self.pc.on("datachannel", self._attach_channel)
        self.pc.on("track", self._track)

    # -- negotiation -------------------------------------------------------------
    async def create_offer(self, track: MediaStreamTrack | None) -> str:
        """Home user side: add the screen track and data channel, return the offer SDP."""
        if track is not None:
            self.pc.addTransceiver(track, direction="sendonly")
        if self._audio:
            self.pc.addTransceiver("audio", direction="sendrecv")
        if self._camera:  # the supporter's camera in, then the home user's camera out
            self.pc.addTransceiver("video", direction="recvonly")
            if self._own_camera:
                self.pc.addTransceiver("video", direction="sendonly")
        self._attach_channel(self.pc.createDataChannel(DATA_CHANNEL_LABEL, ordered=True))
        self._attach_channel(self.pc.createDataChannel(SHARP_CHANNEL_LABEL, ordered=True))
        offer = await self.pc.createOffer()
        ice.use_every_url(self.pc, self._ice_servers)
        await self.pc.setLocalDescription(offer)
        self._local_fp = sdp_fingerprint(self.pc.localDescription.sdp)
        return str(self.pc.localDescription.sdp)

    async def accept_answer(self, sdp: str) -> None:
        self._remote_fp = sdp_fingerprint(sdp)
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))

    async def accept_offer(self, sdp: str) -> str:
        """Supporter side: take the offer, return the answer SDP."""
        self._remote_fp = sdp_fingerprint(sdp)
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
        videos = [t for t in self.pc.getTransceivers() if t.kind == "video"]
        for transceiver in self.pc.getTransceivers():
            if self._audio and transceiver.kind == "audio":
                transceiver.direction = "sendrecv"  # aiortc answers recvonly by default
            if self._camera and transceiver.kind == "video" and transceiver is not videos[0]:
                transceiver.direction = "sendrecv"  # answered sendonly: our camera
        answer = await self.pc.createAnswer()
        ice.use_every_url(self.pc, self._ice_servers)
        await self.pc.setLocalDescription(answer)
        self._local_fp = sdp_fingerprint(self.pc.localDescription.sdp)
        return str(self.pc.localDescription.sdp)

    # -- data channel --------------------------------------------------------------
    def send(self, message_type: str, **fields: Any) -> bool:
        """Send one data channel message once authenticated; False if it could not go."""
        channel = self._channel
        if channel is None or channel.readyState != "open":
            return False
        if message_type != "binding" and not self.is_authenticated:
            return False
        channel.send(messages.encode(message_type, **fields))
        return True

    def sharp_channel(self) -> RTCDataChannel | None:
        """The sharp picture channel, if it is open and the link is authenticated."""
        channel = self._sharp
        if channel is None or channel.readyState != "open" or not self.is_authenticated:
            return None
        return channel

    @property
    def is_authenticated(self) -> bool:
        return self.authenticated.done() and self.authenticated.exception() is None

    async def close(self, reason: str = "stopped") -> None:
        """Say bye over the data channel (best effort) and close the connection."""
        if self.is_authenticated:
            with contextlib.suppress(Exception):
                self.send("bye", reason=reason)
                await asyncio.sleep(0.05)  # let SCTP put the bye on the wire
        self._end(reason)
        await self.pc.close()

    def _attach_channel(self, channel: RTCDataChannel) -> None:
        if channel.label == SHARP_CHANNEL_LABEL and self._sharp is None:
            self._sharp = channel
            channel.on("message", self._on_sharp_message)
            return
        if channel.label != DATA_CHANNEL_LABEL or self._channel is not None:
            self.dropped.add("unexpected_channel")
            return
        self._channel = channel
        channel.on("open", self._send_binding)
        channel.on("message", self._on_message)
        channel.on("close", lambda: self._end("connection_lost"))
        if channel.readyState == "open":
            self._send_binding()

    def _send_binding(self) -> None:
        keying_material = dtls_keying_material(self.pc)
        try:
            if keying_material is None:
                raise ValueError("no DTLS exporter")  # fail closed: no binding, no session
            tag = self._pairing.binding_tag(self._local_fp, self._remote_fp, keying_material)
        except (RuntimeError, ValueError):  # no exporter, or the pairing already failed
            self._binding_failed()
            return
        assert self._channel is not None
        self._channel.send(messages.encode("binding", tag=tag.hex()))

    def _on_message(self, raw: str | bytes) -> None:
        try:
            message = messages.decode(raw)
        except messages.InvalidMessage as exc:
            self.dropped.add(str(exc))
            return
        if message["type"] == "binding":
            self._check_binding(message["tag"])
        elif not self.is_authenticated:
            self.dropped.add("before_binding")
        elif message["type"] == "bye":
            self._end("peer_stopped")
        elif self.messages.full():
            self.dropped.add("queue_full")
        else:
            self.messages.put_nowait(message)

    def _on_sharp_message(self, raw: str | bytes) -> None:
        if not self.is_authenticated:
            self.dropped.add("before_binding")
        elif self._on_sharp is None or not isinstance(raw, bytes):
            self.dropped.add("unexpected_sharp")
        else:
            self._on_sharp(raw)

    def _check_binding(self, tag_hex: str) -> None:
        if self.authenticated.done():
            self.dropped.add("second_binding")
            return
        try:
            tag = bytes.fromhex(tag_hex)
        except ValueError:
            tag = b""
        keying_material = dtls_keying_material(self.pc)
        if keying_material is not None and self._pairing.verify_binding(
            tag, self._remote_fp, self._local_fp, keying_material
        ):
            self.authenticated.set_result(None)
        else:
            self._binding_failed()

    def _binding_failed(self) -> None:
        if self.authenticated.done():
            return
        log.warning("binding check failed: this connection is not the paired app")
        self.authenticated.set_exception(BindingFailed())
        self._end("binding_failed")

    # -- state -----------------------------------------------------------------
    def _track(self, track: MediaStreamTrack) -> None:
        if self._on_track is not None:
            self._on_track(track)

    def _on_state(self) -> None:
        if self.pc.connectionState in ("failed", "closed"):
            self._end("connection_lost")

    def _end(self, reason: str) -> None:
        if not self.ended.done():
            self.ended.set_result(reason)
        if not self.authenticated.done():
            self.authenticated.set_exception(BindingFailed(reason))


class BindingFailed(Exception):
    """The data channel did not prove it belongs to the paired app."""
