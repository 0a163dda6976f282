"""Every place we reach into aiortc: the names we replace, the private names we use.

aiortc is built for cameras; assist_media tunes its video path for a screen (see
receiving.py, estimate.py, pacing.py, vp8.py for what and why). Nothing in
site-packages is edited: `install()` replaces names in aiortc's modules at run time,
once per process, and this module is the only one that does. The other modules reach
aiortc's private names only through the helpers here (`frame_bytes`, `vp8_payloads`,
`sctp_queued`), or — the subclasses `MarkerJitterBuffer` and `ScreenRateControl` —
through the state they inherit, which `REQUIRED` lists too.

A new aiortc can rename any of this. So `install()` first runs `check()`: every name
in `REQUIRED` must be there, callables with the parameters we expect, and aiortc's
code must still use the names whose replacement we count on (a module global read
elsewhere, an attribute set in `__init__`). If anything is missing it logs one warning
naming it and installs nothing: the app runs on stock aiortc (slower to turn text
crisp, burstier on a weak link, but working) instead of failing in every connection.
The DTLS exporter in assist_session/peer.py, which fails closed, stays there.

Per connection: the replaced methods run on aiortc's objects and find their
connection's `MediaLink` with `link.link_of(self)` (see assist_media/link.py). aiortc's
sender makes its encoder with `get_encoder(codec)` inside its own RTP task, so the
replaced `RTCRtpSender._run_rtp` puts the sender's MediaLink in a context variable for
that task, and the replaced `get_encoder` reads it there: the encoder reports into its
own connection's feedback. A connection nobody attached gets aiortc's stock encoder,
pacing and SCTP window.
"""

from __future__ import annotations

import contextvars
import functools
import importlib
import inspect
import logging
import threading
from collections.abc import Iterable, Iterator
from types import CodeType
from typing import Any

from aiortc.codecs import vpx

from .link import MediaLink, link_of

log = logging.getLogger("assist.media.aiortc")

# What install() replaces and what the replacements (and our subclasses) rely on.
#   "module:name"              must exist
#   "module:name(a, b)"        a callable with exactly these parameters
#   "module:name uses x y"     its code (a class: any of its methods) uses names x and y:
#                              attributes it sets or reads, module globals it looks up
REQUIRED: tuple[str, ...] = (
    # receiving.py: the jitter buffer, NACK and the repair history
    "aiortc.rtcrtpreceiver:JitterBuffer",
    "aiortc.rtcrtpreceiver:NackGenerator",
    "aiortc.rtcrtpreceiver:RTP_HISTORY_SIZE",
    "aiortc.rtcrtpreceiver:RTCRtpReceiver uses JitterBuffer NackGenerator missing _data",
    "aiortc.rtcrtpreceiver:NackGenerator.add(self, packet)",
    "aiortc.jitterbuffer:JitterBuffer.__init__(self, capacity, prefetch, is_video)",
    "aiortc.jitterbuffer:JitterBuffer.add(self, packet)",
    "aiortc.jitterbuffer:JitterBuffer.remove(self, count)",
    "aiortc.jitterbuffer:JitterBuffer._remove_frame(self, sequence_number)",
    "aiortc.jitterbuffer:JitterBuffer.capacity",
    "aiortc.jitterbuffer:JitterBuffer uses _origin _packets _capacity _is_video _prefetch _data",
    # estimate.py: rate control, packet trains, SCTP's window
    "aiortc.rate:AimdRateControl",
    "aiortc.rate:AimdRateControl.update(self, bandwidth_usage, estimated_throughput, now_ms)",
    "aiortc.rate:AimdRateControl._multiplicative_rate_increase(self, new_bitrate, last_ms, now_ms)",
    "aiortc.rate:AimdRateControl uses current_bitrate current_bitrate_initialized "
    "_multiplicative_rate_increase",
    "aiortc.rtcrtpreceiver:RemoteBitrateEstimator",
    "aiortc.rtcrtpreceiver:RTCRtpReceiver uses RemoteBitrateEstimator",
    "aiortc.rate:RemoteBitrateEstimator.add(self, arrival_time_ms, abs_send_time, payload_size, "
    "ssrc)",
    "aiortc.rate:RemoteBitrateEstimator uses AimdRateControl rate_control",
    "aiortc.rtcsctptransport:SCTP_RTO_MIN",
    "aiortc.rtcsctptransport:RTCSctpTransport._receive_sack_chunk(self, chunk)",
    "aiortc.rtcsctptransport:RTCSctpTransport._t3_expired(self)",
    "aiortc.rtcsctptransport:RTCSctpTransport._update_rto(self, R)",
    "aiortc.rtcsctptransport:RTCSctpTransport uses _cwnd _ssthresh _outbound_queue SCTP_RTO_MIN "
    "_receive_sack_chunk _t3_expired _update_rto",
    # pacing.py: every RTP packet leaves through the DTLS transport's _send_rtp
    "aiortc.rtcdtlstransport:RTCDtlsTransport._send_rtp(self, data)",
    "aiortc.rtcdtlstransport:RTCDtlsTransport.stop(self)",
    "aiortc.rtcdtlstransport:RTCDtlsTransport uses _state",
    "aiortc.rtcdtlstransport:State.CONNECTED",
    "aiortc.rtcrtpsender:RTP_HISTORY_SIZE",
    "aiortc.rtcrtpsender:RTCRtpSender.send(self, parameters)",
    "aiortc.rtcrtpsender:RTCRtpSender._retransmit(self, sequence_number)",
    "aiortc.rtcrtpsender:RTCRtpSender._retransmit uses RTP_HISTORY_SIZE _send_rtp",
    "aiortc.rtcrtpsender:RTCRtpSender._run_rtp(self, codec)",
    "aiortc.rtcrtpsender:RTCRtpSender._run_rtp uses _next_encoded_frame _send_rtp",
    "aiortc.rtcrtpsender:RTCRtpSender._handle_rtcp_packet uses _retransmit target_bitrate",
    "aiortc.rtp:is_rtcp(msg)",
    "aiortc.clock:current_ntp_time()",
    # vp8.py: our encoder, made where aiortc's sender makes its own
    "aiortc.rtcrtpsender:get_encoder(codec)",
    "aiortc.rtcrtpsender:RTCRtpSender._next_encoded_frame uses get_encoder",
    "aiortc.codecs.vpx:MAX_BITRATE",
    "aiortc.codecs.vpx:MIN_BITRATE",
    "aiortc.codecs.vpx:Vp8Encoder uses MAX_BITRATE MIN_BITRATE",
    "aiortc.codecs.vpx:Vp8Encoder._packetize(buffer, picture_id)",
    # link.py: which connection a transport or sender belongs to
    "aiortc.rtcpeerconnection:RTCPeerConnection.getTransceivers(self)",
    "aiortc.rtcpeerconnection:RTCPeerConnection.sctp",
    "aiortc.rtcrtptransceiver:RTCRtpTransceiver.sender",
    "aiortc.rtcrtptransceiver:RTCRtpTransceiver.receiver",
    "aiortc.rtcrtpsender:RTCRtpSender.transport",
    "aiortc.rtcrtpreceiver:RTCRtpReceiver.transport",
    "aiortc.rtcsctptransport:RTCSctpTransport.transport",
    # the capture's "sharp pictures still queued in SCTP" (sctp_queued)
    "aiortc.rtcdatachannel:RTCDataChannel.transport",
    # _install_rtx_routing: retransmissions found when several video m-lines share a PT
    "aiortc.rtcdtlstransport:RTCDtlsTransport._register_rtp_receiver(self, receiver, parameters)",
    "aiortc.rtcdtlstransport:RTCDtlsTransport uses _rtp_router",
    "aiortc.rtcdtlstransport:RtpRouter uses ssrc_table",
    "aiortc.rtcrtpparameters:RTCRtpCodingParameters.rtx",
    # short_opus: the call's 10 ms Opus frames
    "aiortc.codecs.opus:OpusEncoder uses codec resampler",
)

_lock = threading.Lock()
_installed: bool | None = None  # None: not tried yet
_originals: dict[tuple[Any, str], Any] = {}  # (owner, name) → aiortc's own object
# The sender's connection, for get_encoder (set in the sender's own RTP task).
_sending_link: contextvars.ContextVar[MediaLink | None] = contextvars.ContextVar(
    "assist_sending_link", default=None
)
_urgent_send: contextvars.ContextVar[bool] = contextvars.ContextVar("assist_rtx", default=False)


# -- the check -----------------------------------------------------------------------------


def check() -> list[str]:
    """What in REQUIRED is missing or different in the aiortc installed (empty: all there).
    Looks at aiortc's own objects even after install() replaced some of them."""
    return [problem for spec in REQUIRED if (problem := _check_one(spec))]


def _check_one(spec: str) -> str | None:
    where, _, uses = spec.partition(" uses ")
    params = None
    if where.endswith(")"):
        where, _, inside = where[:-1].partition("(")
        params = [p.strip() for p in inside.split(",") if p.strip()]
    try:
        found = _resolve(where)
    except (ImportError, AttributeError):
        return f"{where} is missing"
    if params is not None:
        try:
            have = list(inspect.signature(found).parameters)
        except (TypeError, ValueError):
            return f"{where} is not a function"
        if have != params:
            return f"{where} takes ({', '.join(have)}), not ({', '.join(params)})"
    if uses:
        used = _names_used(found)
        gone = [name for name in uses.split() if name not in used]
        if gone:
            return f"{where} no longer uses {', '.join(gone)}"
    return None


def _resolve(where: str) -> Any:
    module_name, _, path = where.partition(":")
    found: Any = importlib.import_module(module_name)
    for name in path.split("."):
        owner = found
        found = getattr(owner, name)  # AttributeError: missing
        found = _originals.get((owner, name), found)
    return found


def _names_used(found: Any) -> set[str]:
    """The names (attributes and globals) the code of a function or class refers to."""
    functions: Iterable[Any]
    if isinstance(found, type):
        functions = (_originals.get((found, name), value) for name, value in vars(found).items())
    else:
        functions = [found]
    names: set[str] = set()
    for function in functions:
        for code in _codes(function):
            names.update(code.co_names)
    return names


def _codes(value: Any) -> Iterator[CodeType]:
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if part is not None:
                yield from _codes(part)
        return
    value = getattr(value, "__func__", value)  # classmethod, staticmethod
    code = getattr(inspect.unwrap(value), "__code__", None) if callable(value) else None
    if isinstance(code, CodeType):
        yield from _nested(code)


def _nested(code: CodeType) -> Iterator[CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _nested(const)


# -- install ----------------------------------------------------------------------------------


def install() -> bool:
    """Install the screen tuning into aiortc, once per process; False (and one warning)
    if aiortc is not the one it was written for: then stock aiortc runs."""
    global _installed
    with _lock:
        if _installed is None:
            problems = check()
            if problems:
                import aiortc

                log.warning(
                    "aiortc %s differs from the one assist_media was written for (%s): "
                    "running on stock aiortc, without the screen-video tuning",
                    getattr(aiortc, "__version__", "?"),
                    "; ".join(problems),
                )
                _installed = False
            else:
                _install_all()
                _installed = True
        return _installed


def _replace(owner: Any, name: str, value: Any) -> None:
    """Set `owner.name` to `value`, keeping aiortc's own for check() and the wrappers."""
    _originals.setdefault((owner, name), getattr(owner, name))
    setattr(owner, name, value)


def _stock(owner: Any, name: str) -> Any:
    """aiortc's own `owner.name`, also after install() replaced it."""
    return _originals.get((owner, name), getattr(owner, name))


def _install_all() -> None:
    from aiortc import rate, rtcrtpreceiver, rtcrtpsender

    from . import estimate, pacing, receiving
    from .libvpx import libvpx

    _replace(rtcrtpsender, "RTP_HISTORY_SIZE", receiving.RTP_HISTORY)
    _replace(rtcrtpreceiver, "RTP_HISTORY_SIZE", receiving.RTP_HISTORY)
    _replace(vpx, "MAX_BITRATE", estimate.MAX_BITRATE)  # the stock encoder's ceiling too
    _replace(vpx, "MIN_BITRATE", estimate.MIN_BITRATE)
    _replace(rtcrtpreceiver, "JitterBuffer", receiving.MarkerJitterBuffer)
    _replace(rtcrtpreceiver, "NackGenerator", receiving.SelectiveNackGenerator)
    _replace(rate, "AimdRateControl", estimate.ScreenRateControl)
    if estimate.TRAIN_CAPACITY:
        _replace(rtcrtpreceiver, "RemoteBitrateEstimator", estimate.ScreenBitrateEstimator)
    if pacing.PACE:
        _install_pacer()
    if estimate.SCTP_WINDOW:
        _install_sctp_window()
    libvpx()  # loaded and checked now: its warning, if any, comes at start-up
    _install_encoder()
    _install_rtx_routing()


def _install_rtx_routing() -> None:
    """aiortc registers a receiver's media SSRC but not its retransmission (RTX) SSRC,
    and routes an unknown SSRC by payload type only when one receiver has it. With two
    video m-lines (the screen and a camera, issue 17) every retransmission was dropped:
    on the 1 Mbit/s, 200 ms, 2 % link the screen fell to 0.1 fps. Register the RTX SSRCs
    the remote description announced, too."""
    from aiortc import rtcdtlstransport

    transport = rtcdtlstransport.RTCDtlsTransport
    stock = transport._register_rtp_receiver

    @functools.wraps(stock)
    def _register_rtp_receiver(self: Any, receiver: Any, parameters: Any) -> None:
        stock(self, receiver, parameters)
        for encoding in parameters.encodings:
            if encoding.rtx is not None:
                self._rtp_router.ssrc_table[encoding.rtx.ssrc] = receiver

    _replace(transport, "_register_rtp_receiver", _register_rtp_receiver)


def _install_encoder() -> None:
    from aiortc import rtcrtpsender

    sender = rtcrtpsender.RTCRtpSender
    stock_run_rtp = sender._run_rtp

    @functools.wraps(stock_run_rtp)
    async def _run_rtp(self: Any, codec: Any) -> None:
        token = _sending_link.set(link_of(self))  # this sender's RTP task only
        try:
            await stock_run_rtp(self, codec)
        finally:
            _sending_link.reset(token)

    @functools.wraps(rtcrtpsender.get_encoder)  # type: ignore[attr-defined]
    def get_encoder(codec: Any) -> Any:
        return encoder_for(codec, _sending_link.get())

    _replace(sender, "_run_rtp", _run_rtp)
    _replace(rtcrtpsender, "get_encoder", get_encoder)


def encoder_for(codec: Any, link: MediaLink | None) -> Any:
    """The encoder for `codec` on `link`'s connection: ours for VP8 when libvpx is usable
    and the connection was attached, else aiortc's."""
    from aiortc import rtcrtpsender

    if link is not None and codec.mimeType.lower() == "video/vp8":
        from .vp8 import screen_encoder

        encoder = screen_encoder(link.feedback)
        if encoder is not None:
            return encoder
    stock = _stock(rtcrtpsender, "get_encoder")(codec)
    if link is not None and codec.mimeType.lower() == "audio/opus":
        short_opus(stock)
    return stock


def short_opus(encoder: Any) -> None:
    """10 ms Opus frames instead of aiortc's 20: the sound waits 10 ms less for its frame
    to fill, and the receiver's jitter buffer holds 2 × 10 ms (bench/call.py: the call's
    mouth-to-ear delay). The microphone gives 10 ms frames (audio_io.FRAME_SAMPLES), so
    each encode gives one packet, as aiortc's sender expects."""
    from av import AudioResampler

    from .audio_io import FRAME_SAMPLES, RATE

    duration = str(FRAME_SAMPLES * 1000 // RATE)  # ms, as libopus takes it
    encoder.codec.options = {**encoder.codec.options, "frame_duration": duration}
    encoder.resampler = AudioResampler(
        format="s16", layout="stereo", rate=RATE, frame_size=FRAME_SAMPLES
    )


def _install_pacer() -> None:
    """aiortc writes every packet of a frame back to back: a 1080p key frame (~136 kB
    at q 56) is 1.1 s of a 1 Mbit/s link in one burst, and a home router's queue
    (~400 ms) drops most of it. RTCP is never delayed."""
    from aiortc import rtcdtlstransport, rtcrtpsender
    from aiortc.rtp import is_rtcp

    from .pacing import PacedSender, abs_send_time_id

    transport = rtcdtlstransport.RTCDtlsTransport
    stock_send, stock_stop = transport._send_rtp, transport.stop
    connected = rtcdtlstransport.State.CONNECTED

    @functools.wraps(stock_send)
    async def _send_rtp(self: Any, data: bytes) -> None:
        if is_rtcp(data):
            await stock_send(self, data)
            return
        if self._state != connected:  # as aiortc: ends the sender's RTP loop
            raise ConnectionError("Cannot send encrypted RTP, not connected")
        paced = self.__dict__.get("_assist_paced")
        if paced is not None and int.from_bytes(data[8:12], "big") in paced.audio_ssrcs:
            await stock_send(self, data)  # audio first: ~100 bytes each 20 ms, never queued
            return
        if paced is None:
            link = link_of(self)
            if link is None:  # a connection nobody attached: aiortc's own way
                await stock_send(self, data)
                return
            paced = self.__dict__["_assist_paced"] = PacedSender(self, stock_send, link)
        paced.put(data, _urgent_send.get())

    @functools.wraps(stock_stop)
    async def stop(self: Any) -> None:
        paced = self.__dict__.pop("_assist_paced", None)
        if paced is not None:
            paced.close()
        await stock_stop(self)

    _replace(transport, "_send_rtp", _send_rtp)
    _replace(transport, "stop", stop)

    sender = rtcrtpsender.RTCRtpSender
    stock_retransmit, stock_start = sender._retransmit, sender.send

    @functools.wraps(stock_retransmit)
    async def _retransmit(self: Any, sequence_number: int) -> None:
        token = _urgent_send.set(True)  # the pacer sends it ahead of new media
        try:
            await stock_retransmit(self, sequence_number)
        finally:
            _urgent_send.reset(token)

    @functools.wraps(stock_start)
    async def send(self: Any, parameters: Any) -> None:
        link = link_of(self)
        ext_id = abs_send_time_id(parameters)
        if link is not None and ext_id is not None:
            link.abs_send_time_id = ext_id  # the pacer restamps it as packets leave
        if link is not None and self.kind == "audio":
            link.audio_ssrcs.add(self._ssrc)  # a call's voice goes ahead of the video
        await stock_start(self, parameters)

    _replace(sender, "_retransmit", _retransmit)
    _replace(sender, "send", send)


def _install_sctp_window() -> None:
    from aiortc import rtcsctptransport

    from .estimate import SCTP_RTO_MIN_S, sctp_window

    transport = rtcsctptransport.RTCSctpTransport
    stock_sack, stock_t3 = transport._receive_sack_chunk, transport._t3_expired
    stock_update_rto = transport._update_rto
    _replace(rtcsctptransport, "SCTP_RTO_MIN", SCTP_RTO_MIN_S)

    def set_window(self: Any) -> None:
        link = link_of(self)
        if link is None:  # a connection nobody attached: aiortc's own window
            return
        window = sctp_window(link.feedback.target_bitrate, self.__dict__.get("_assist_min_rtt"))
        if window is not None:
            self._cwnd = window
            self._ssthresh = max(self._ssthresh, window)

    @functools.wraps(stock_update_rto)
    def _update_rto(self: Any, R: float) -> None:  # noqa: N803 (aiortc's name)
        stock_update_rto(self, R)
        least = self.__dict__.get("_assist_min_rtt")
        self.__dict__["_assist_min_rtt"] = R if least is None else min(least, R)

    @functools.wraps(stock_sack)
    async def _receive_sack_chunk(self: Any, chunk: Any) -> None:
        await stock_sack(self, chunk)
        set_window(self)

    @functools.wraps(stock_t3)
    def _t3_expired(self: Any) -> None:
        stock_t3(self)
        set_window(self)

    _replace(transport, "_update_rto", _update_rto)
    _replace(transport, "_receive_sack_chunk", _receive_sack_chunk)
    _replace(transport, "_t3_expired", _t3_expired)


# -- aiortc's private names, for the other modules ------------------------------------------


def frame_bytes(packets: Iterable[Any]) -> bytes:
    """A video frame's bytes from its RTP packets (the depayloaded data aiortc's receiver
    leaves on each packet as `_data`)."""
    return b"".join(p._data for p in packets)


def vp8_payloads(data: bytes, picture_id: int) -> list[bytes]:
    """A coded VP8 frame cut into RTP payloads, as aiortc's own encoder does."""
    return vpx.Vp8Encoder._packetize(data, picture_id)


def sctp_queued(channel: Any) -> bool:
    """SCTP still holds messages of the data channel's association it has not sent."""
    return bool(getattr(channel.transport, "_outbound_queue", None))
