"""Screen-content tuning of aiortc's video path, applied once at start-up by `apply()`.

aiortc is built for cameras. Three of its choices cost a screen share dearly (see
docs/PERFORMANCE.md for the figures):

- **Jitter buffer.** A video frame is released only when the first packet of the
  *next* frame arrives: one capture interval (33 ms at 30 fps) on every frame, and
  forever on the last frame before the screen goes still. `MarkerJitterBuffer`
  releases a frame as soon as its RTP marker packet (the frame's last) is in.
- **Encoder churn.** `Vp8Encoder` is re-created, with a key frame, whenever the
  receiver's estimate moves the bitrate by more than 10 %, and PyAV cannot change
  libvpx's bitrate in place. `ScreenVp8Encoder` drives libvpx directly (ctypes, the
  libvpx PyAV ships) and changes the bitrate with `vpx_codec_enc_config_set`: no new
  encoder, no key frame. It also uses screen settings (no denoiser, WebRTC's
  screen-share static threshold) and a higher ceiling than aiortc's 1.5 Mbit/s.
- **Rate estimate.** aiortc's receiver-side AIMD starts from the measured incoming
  rate after 3 s, which for a screen that is mostly still is tiny, then grows 8 %/s.
  `ScreenRateControl` starts at `START_BITRATE` and grows faster; on over-use it
  drops to aiortc's 85 % of the measured rate, but to no less than 70 % of the
  estimate per report.
- **Bursts.** aiortc writes all packets of a frame back to back; a 1080p key frame is
  ~1.1 s of a 1 Mbit/s link and a home router's queue drops most of it. Outgoing RTP
  leaves through a queue drained at PACE_FACTOR × target (`_PacedSender`), repairs
  first, each packet's abs-send-time stamped again as it leaves; the capture waits
  while the queue is long, so what is sent is the newest picture.
- **Repairs.** aiortc's receiver asks for its whole missing set again on every new
  gap and never otherwise; `SelectiveNackGenerator` asks once, then again only when
  the measured repair time has passed. A repair that comes after its frame was
  skipped is dropped (aiortc emptied the buffer and asked for a key frame).
- **Quantizers.** Key frames coarse (they must arrive fast), the first change after a
  still screen crisp at once when the link allows (`change_quantizer`), re-sends of a
  still picture one fixed step finer each (libvpx's CBR coded them coarser than the
  picture already was), moving pictures never finer than crisp text needs.

Nothing in site-packages is edited: we replace names in aiortc's modules at run time.
If libvpx cannot be loaded or its structures do not look as expected, the stock
encoder is kept (with the higher ceiling) and a warning is logged.
"""

from __future__ import annotations

import asyncio
import contextvars
import ctypes
import glob
import logging
import os
import struct
import threading
import time
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Any

from aiortc import clock
from aiortc.codecs.base import Encoder
from aiortc.codecs.vpx import Vp8Encoder
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.mediastreams import VIDEO_TIME_BASE, convert_timebase
from aiortc.rate import AimdRateControl, BandwidthUsage, RemoteBitrateEstimator
from aiortc.rtp import is_rtcp
from aiortc.utils import uint16_add, uint16_gt

log = logging.getLogger("assist.session.codec")

# Weak-link choices, measured on `bench/video_quality.py` (5 Mbit/s; and 1 Mbit/s,
# 200 ms RTT, 2 % loss, 400 ms drop-tail queue); the history is in docs/PERFORMANCE.md.
# - Pacing sits in a queue of its own (`_PacedSender`), not in aiortc's send loop: a
#   pacer sleeping there held back the next encode (18–20 fps on loopback).
# - NACKs are selective (`SelectiveNackGenerator`): aiortc re-asked its whole missing
#   set on every new gap, which is why a 1024-packet history filled the link with
#   repairs. With selective NACKs the history can hold a whole 1080p page (~250
#   packets): with 128 its first packets were overwritten before a NACK came back, the
#   hole was skipped and every key frame asked for another one.
# - HOLE_TIMEOUT_S 2 s: a repair needs RTT + queue (0.6–1 s here); at 0.5 s every hole
#   became a key-frame request.
# - START_BITRATE 1.2 Mbit/s: at 2 Mbit/s the first key frame, paced at 2.5 Mbit/s into
#   1 Mbit/s, lost every other packet and the repairs never caught up.
# - RATE_INCREASE_PER_S 1.25: 1.6 made the page crisp sooner at 5 Mbit/s (0.78 s
#   against 1.1 s) but doubled weak-link motion latency (670–750 ms against 265–370).
RTP_HISTORY = 1024  # packets kept for NACK (aiortc: 128; see above)
HOLE_TIMEOUT_S = 2.0  # a missing packet not repaired by then: skip the frame, ask a key
START_BITRATE = 1_200_000  # before the first estimate from the supporter's side
MIN_BITRATE = 150_000
MAX_BITRATE = 6_000_000  # 1080p text refines in ~0.3 s at 5 Mbit/s (PERFORMANCE.md)
RATE_STEP = 0.05  # re-configure libvpx when the target moves by more than this
RATE_INCREASE_PER_S = 1.25  # AIMD multiplicative increase (aiortc: 1.08)
DECREASE_INTERVAL_MS = 500  # at most one over-use decrease this often
CAPACITY_SHARE = 0.85  # the estimate may jump to this share of the measured capacity…
CAPACITY_HOLD_MS = 2000  # …when there was no over-use decrease for this long
CPU_USED = -8  # libvpx VP8 speed (aiortc: -6); measured: same quality, less CPU
STATIC_THRESHOLD = 100  # WebRTC's value for screen share: skip unchanged blocks
SCREEN_CONTENT_MODE = 1
MAX_QUANTIZER = 56
MIN_QUANTIZER = 2
PACE = True  # pace outgoing RTP (aiortc sends a whole frame in one burst)
TRAIN_CAPACITY = True  # let the estimate learn the link's capacity from packet trains
SCTP_WINDOW = True  # SCTP's window from the video's estimate (see sctp_window)
TRAIN_PACKETS = 8  # each frame's first packets leave together (10 kB: fits any queue)
# …and a big frame also every TRAIN_EVERY packets. With trains only at frame starts, the
# estimate never learnt the capacity after the start on the weak link (a key frame is one
# frame, a still screen sends single packets): it stayed at the 0.49–0.84 Mbit/s the
# start's over-use left, and SCTP's window (sctp_window) with it, for the next page.
TRAIN_EVERY = 32
# × the encoder's target. 2.5 (WebRTC's pacer) collapsed the weak link (11 543 queue
# drops, no picture) when the start target was 2 Mbit/s: 5 Mbit/s bursts.
PACE_FACTOR = 1.25
PACE_BURST_S = 0.1  # this much (at the pacing rate) may leave at once
BACKLOG_MAX_S = 0.03  # the capture waits while more than this is queued for the link
HOLD_STEP_S = 0.005  # new video waits in steps of this while sharp pictures leave…
HOLD_MAX_S = 3.0  # …but never longer than this in one go
REPAIR_START_S = 0.3  # repair time assumed before one is measured
REPAIR_MARGIN = 1.5  # ask again after this × the measured repair time
NACK_TRIES = 6  # ask for one packet at most this often
# Each repair leaves twice, the copy REPAIR_COPY_GAP_S later (so one short burst of loss
# does not take both). With one copy, a repair lost too (2 % of them at 2 % loss) was
# asked for again only after 1.5 × the repair time: a 1.1 s freeze on the weak link.
REPAIR_COPIES = 2
REPAIR_COPY_GAP_S = 0.02
# …but not while the link loses more than this share of what left in the last second:
# so much loss is a full queue, not a noisy line, and copies would only add to it.
COPY_MAX_LOSS = 0.1
SENT_MEMORY = 4 * RTP_HISTORY  # the stamps of this many packets are kept (see _stamped)
CHANGE_BUDGET_S = 0.3  # a frame after a big change may take this long on the link
CRISP_QUANTIZER = 40  # the bench pages (dense 11-13 px text): SSIM 0.975-0.983 at q 40
CHANGE_MAX_S = 2.0  # …or this long, if that makes the frame crisp at once
REFINED_QUANTIZER = 12  # refinement ends here (EncoderFeedback.settled)
REFINE_STEP = 8  # each refinement frame this much finer
SHARP_CHANGE_QUANTIZER = 63  # a change the sharp cells will cover may be this coarse
KEY_QUANTIZER = 56  # key frames: 134 kB for a dense 1080p page (1.1 s of 1 Mbit/s)
# Bytes per 16×16 block of small text at a VP8 quantizer (bench/codec_micro.py, q → B);
# used to pick the finest quantizer whose frame still fits CHANGE_BUDGET_S.
TEXT_BYTES_PER_BLOCK = ((4, 68), (10, 57), (16, 50), (24, 44), (32, 38), (40, 32), (48, 24))

ABS_SEND_TIME_URI = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time"

_applied = False
_lock = threading.Lock()


class EncoderFeedback:
    """What the newest encode did, for the capture's refinement pacing (thread-safe)."""

    def __init__(self) -> None:
        self.last_quantizer: int | None = None
        self.target_bitrate = START_BITRATE
        self.frames = 0
        self.key_frames = 0
        self.rate_changes = 0
        self.encoder_starts = 0

    def settled(self, threshold: int = 12) -> bool:
        """The last frame was coded finely enough that more refinement adds little."""
        q = self.last_quantizer
        return q is not None and q <= threshold


feedback = EncoderFeedback()


def apply() -> None:
    """Install the tuned jitter buffer, rate control and VP8 encoder (idempotent)."""
    global _applied
    with _lock:
        if _applied:
            return
        _applied = True
    from aiortc import rate, rtcrtpreceiver, rtcrtpsender
    from aiortc.codecs import vpx

    rtcrtpsender.RTP_HISTORY_SIZE = RTP_HISTORY
    rtcrtpreceiver.RTP_HISTORY_SIZE = RTP_HISTORY
    vpx.MAX_BITRATE = MAX_BITRATE  # the stock encoder's ceiling too, if it is used
    vpx.MIN_BITRATE = MIN_BITRATE
    rtcrtpreceiver.JitterBuffer = MarkerJitterBuffer
    rtcrtpreceiver.NackGenerator = SelectiveNackGenerator
    rate.AimdRateControl = ScreenRateControl
    if TRAIN_CAPACITY:
        rtcrtpreceiver.RemoteBitrateEstimator = ScreenBitrateEstimator
    if PACE:
        _install_pacer()
    if SCTP_WINDOW:
        _install_sctp_window()
    if libvpx() is not None:
        stock_get_encoder = rtcrtpsender.get_encoder

        def get_encoder(codec: Any) -> Any:
            if codec.mimeType.lower() == "video/vp8":
                return ScreenVp8Encoder()
            return stock_get_encoder(codec)

        rtcrtpsender.get_encoder = get_encoder
    else:
        log.warning("libvpx not usable from ctypes: aiortc's VP8 encoder stays in use")


# -- data channel: one congestion answer for video and data ------------------------------

SCTP_RTO_MIN_S = 0.4  # aiortc: 1 s; a lost last packet of a sharp picture waited that long
SCTP_MTU = 1200  # aiortc's USERDATA_MAX_LENGTH, about
SCTP_HEADROOM = 1.0  # × the estimate (1.25: weak-link crisp 1.52–2.02 s, twice the drops)


def sctp_window(target_bps: int, min_rtt: float | None) -> int | None:
    """SCTP's congestion window: what the video's estimate of the link carries in the
    shortest round trip seen. None: no round trip measured yet (aiortc's own rules).

    aiortc's SCTP (Reno) halves its window at every loss: on a 1 Mbit/s, 200 ms, 2 %
    link it moved sharp pictures at ~0.4 Mbit/s (2.8 s a page). Keeping the halving
    from going below a floor let slow start overshoot (80 kB in flight, 135 queue
    drops); a window of target × smoothed round trip grew with the queue it caused.
    Against the shortest round trip the window cannot fill a queue: the more the link
    queues, the slower it sends. The video's delay-based estimate sets the rate."""
    if min_rtt is None:
        return None
    return max(4 * SCTP_MTU, int(SCTP_HEADROOM * target_bps / 8 * min_rtt))


def _install_sctp_window() -> None:
    from aiortc import rtcsctptransport

    transport = rtcsctptransport.RTCSctpTransport
    stock_sack, stock_t3 = transport._receive_sack_chunk, transport._t3_expired
    stock_update_rto = transport._update_rto
    rtcsctptransport.SCTP_RTO_MIN = SCTP_RTO_MIN_S

    def set_window(self: Any) -> None:
        window = sctp_window(feedback.target_bitrate, self.__dict__.get("_assist_min_rtt"))
        if window is not None:
            self._cwnd = window
            self._ssthresh = max(self._ssthresh, window)

    def _update_rto(self: Any, rtt: float) -> None:
        stock_update_rto(self, rtt)
        least = self.__dict__.get("_assist_min_rtt")
        self.__dict__["_assist_min_rtt"] = rtt if least is None else min(least, rtt)

    async def _receive_sack_chunk(self: Any, chunk: Any) -> None:
        await stock_sack(self, chunk)
        set_window(self)

    def _t3_expired(self: Any) -> None:
        stock_t3(self)
        set_window(self)

    transport._update_rto = _update_rto  # type: ignore[method-assign]
    transport._receive_sack_chunk = _receive_sack_chunk  # type: ignore[method-assign]
    transport._t3_expired = _t3_expired  # type: ignore[method-assign]


# -- sender: pace RTP instead of bursting a frame ---------------------------------------


class _Pacer:
    """A token bucket over outgoing RTP: PACE_FACTOR × target, PACE_BURST_S deep."""

    def __init__(self) -> None:
        self._free_at = 0.0

    @staticmethod
    def rate() -> float:
        """Bytes per second the pacer lets out."""
        return PACE_FACTOR * max(feedback.target_bitrate, MIN_BITRATE) / 8

    def reserve(self, size: int, now: float, rate: float) -> float:
        """Book `size` bytes at `rate` bytes/s; return how long to wait before sending."""
        self._free_at = max(self._free_at, now) + size / rate
        return self._free_at - now - PACE_BURST_S


class _PacedSender:
    """One DTLS transport's outgoing RTP: a queue drained at the pacing rate by a task
    of its own, so the encoder never waits for the link (it did while the pacer slept
    inside aiortc's send loop: 18–20 fps on loopback against 25–28 unpaced).

    Retransmissions go ahead of new media, each one REPAIR_COPIES times. Each packet's
    abs-send-time is stamped again as it leaves: the receiver's delay-based estimate
    must see the link's queue, not ours (a stamp taken before the pacer reads our own
    queueing as congestion)."""

    def __init__(self, transport: Any, send: Any) -> None:
        self._transport = transport
        self._send = send
        self._queue: deque[tuple[bytes, float]] = deque()
        self._urgent: deque[tuple[bytes, float]] = deque()
        self._bucket = _Pacer()
        self._task: asyncio.Task[None] | None = None
        self.queued_bytes = 0
        self._train_left = 0
        self._train_next = TRAIN_CAPACITY  # the next packet starts a train
        self._since_train = 0  # paced packets since the last train began
        self._in_frame = False  # part of a frame has left, the rest has not
        self._copies: set[asyncio.TimerHandle] = set()  # repair copies still to come
        self._recent_sent: deque[float] = deque()  # when media packets left (last 1 s)
        self._recent_repairs: deque[float] = deque()  # when repairs were asked (last 1 s)
        self._stamps: OrderedDict[bytes, bytes] = OrderedDict()  # (SSRC, seq) → stamp
        _senders.add(self)

    def put(self, data: bytes, urgent: bool) -> None:
        self._enqueue(data, urgent)
        if not urgent:
            return
        now = time.monotonic()
        self._recent_repairs.append(now)
        _last_second(self._recent_repairs, now)
        _last_second(self._recent_sent, now)
        if len(self._recent_repairs) <= max(COPY_MAX_LOSS * len(self._recent_sent), 1):
            for copy in range(1, REPAIR_COPIES):
                self._copy_later(data, copy * REPAIR_COPY_GAP_S)

    def _enqueue(self, data: bytes, urgent: bool) -> None:
        # The rate is the one the frame was coded for: an estimate that drops while a
        # big frame is leaving slows the next frames, not the rest of this one.
        (self._urgent if urgent else self._queue).append((data, self._bucket.rate()))
        self.queued_bytes += len(data)
        if self._task is None or self._task.done():
            # A drain that failed is reported (a bug here once stopped all video with
            # nothing in the log); the next packet starts a new one.
            self._task = asyncio.ensure_future(self._drain())
            self._task.add_done_callback(_report_failure)

    def _copy_later(self, data: bytes, delay: float) -> None:
        def put_copy() -> None:
            self._copies.discard(handle)
            self._enqueue(data, urgent=True)

        handle = asyncio.get_running_loop().call_later(delay, put_copy)
        self._copies.add(handle)

    def backlog_s(self) -> float:
        return self.queued_bytes / self._bucket.rate()

    def close(self) -> None:
        for handle in self._copies:
            handle.cancel()
        self._copies.clear()
        self._queue.clear()
        self._urgent.clear()
        self.queued_bytes = 0
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _drain(self) -> None:
        held_since: float | None = None
        while self._urgent or self._queue:
            if not self._urgent and not self._in_frame and data_first():
                # Sharp still pictures are leaving on the data channel: they make the
                # text crisp, the video frame under them adds nothing until they are in.
                # Only between frames: half a frame held for a second is a hole the
                # receiver gives up on, and a key frame (1.1 s of a 1 Mbit/s link).
                now = time.monotonic()
                held_since = now if held_since is None else held_since
                if now - held_since < HOLD_MAX_S:
                    await asyncio.sleep(HOLD_STEP_S)
                    continue
            held_since = None
            urgent = bool(self._urgent)
            data, rate = (self._urgent or self._queue).popleft()
            self.queued_bytes -= len(data)
            if not urgent and len(data) > 1:
                self._in_frame = not data[1] & 0x80  # RTP marker: the frame's last packet
                now = time.monotonic()
                self._recent_sent.append(now)
                _last_second(self._recent_sent, now)
            wait = self._bucket.reserve(len(data), time.monotonic(), rate)
            if self._train_left > 0:  # booked, but leaves with the packet before it
                self._train_left -= 1
            else:
                if wait > 0:
                    await asyncio.sleep(wait)
                self._since_train += 1
                if self._train_next:
                    # A frame starts with a short train (a big one has more), from which
                    # the receiver learns the link's capacity (TrainCapacity).
                    self._train_left, self._train_next = TRAIN_PACKETS - 1, False
                    self._since_train = 0
            # A train after the frame's end (RTP marker), or TRAIN_EVERY packets into it.
            if (
                TRAIN_CAPACITY
                and len(data) > 1
                and (data[1] & 0x80 or self._since_train >= TRAIN_EVERY)
            ):
                self._train_next = True
            try:
                await self._send(self._transport, self._stamped(data))
            except ConnectionError:  # the transport closed: nothing more can leave
                self.close()
                return

    def _stamped(self, data: bytes) -> bytes:
        """`data` with abs-send-time set to now; but if this SSRC and sequence number
        left before, with the stamp it had then, so that exactly the same bytes leave.

        SRTP encrypts a packet under a nonce made of its SSRC and index. The same index
        sent again with another stamp (a copy of a repair; a repair where RTX was not
        negotiated) would be two different messages under one AES-GCM nonce, which
        gives away the authentication key. The same bytes again give away nothing."""
        if len(data) < 12:
            return data
        key = data[8:12] + data[2:4]  # SSRC, sequence number
        stamp = self._stamps.get(key)
        if stamp is None:
            stamp = self._stamps[key] = _stamp_now()
            if len(self._stamps) > SENT_MEMORY:
                self._stamps.popitem(last=False)
        return restamp(data, stamp)


def _stamp_now() -> bytes:
    """abs-send-time for now: 6.18 fixed-point seconds, 24 bits."""
    return ((clock.current_ntp_time() >> 14) & 0x00FFFFFF).to_bytes(3, "big")


def _report_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("video send queue failed, starting it again", exc_info=task.exception())


def _last_second(times: deque[float], now: float) -> None:
    """Forget the times older than one second."""
    while times and now - times[0] > 1.0:
        times.popleft()


_senders: weakref.WeakSet[_PacedSender] = weakref.WeakSet()
_data_first_checks: set[Callable[[], bool]] = set()


def hold_video_while(check: Callable[[], bool]) -> Callable[[], None]:
    """New video waits while `check()` is true (sharp pictures leaving); returns the
    function that ends this."""
    _data_first_checks.add(check)
    return lambda: _data_first_checks.discard(check)


def data_first() -> bool:
    return any(check() for check in list(_data_first_checks))


_abs_send_time_id: int | None = None  # the negotiated one-byte extension id


def link_backlog_s() -> float:
    """How long the RTP already queued here will take to leave (the longest queue)."""
    return max((s.backlog_s() for s in list(_senders)), default=0.0)


def restamp(data: bytes, stamp: bytes | None = None) -> bytes:
    """`data` (a serialized RTP packet) with abs-send-time set to now (or to `stamp`,
    3 bytes), if it has one."""
    ext_id = _abs_send_time_id
    if ext_id is None or len(data) < 16 or not data[0] & 0x10:
        return data
    pos = 12 + 4 * (data[0] & 0x0F)
    if len(data) < pos + 4 or data[pos : pos + 2] != b"\xbe\xde":
        return data
    end = pos + 4 + 4 * int.from_bytes(data[pos + 2 : pos + 4], "big")
    pos += 4
    while pos < min(end, len(data)):
        head = data[pos]
        if head == 0:
            pos += 1
            continue
        length = (head & 0x0F) + 1
        if head >> 4 == ext_id and length == 3 and pos + 4 <= len(data):
            return data[: pos + 1] + (stamp or _stamp_now()) + data[pos + 4 :]
        pos += 1 + length
    return data


_urgent_send: contextvars.ContextVar[bool] = contextvars.ContextVar("assist_rtx", default=False)


def _install_pacer() -> None:
    """aiortc writes every packet of a frame back to back: a 1080p key frame (~136 kB
    at q 56) is 1.1 s of a 1 Mbit/s link in one burst, and a home router's queue
    (~400 ms) drops most of it. RTCP is never delayed."""
    from aiortc import rtcdtlstransport, rtcrtpsender, rtp

    transport = rtcdtlstransport.RTCDtlsTransport
    stock_send, stock_stop = transport._send_rtp, transport.stop

    async def _send_rtp(self: Any, data: bytes) -> None:
        if is_rtcp(data):
            await stock_send(self, data)
            return
        if self._state != rtcdtlstransport.State.CONNECTED:  # as aiortc: ends the send loop
            raise ConnectionError("Cannot send encrypted RTP, not connected")
        paced = self.__dict__.get("_assist_paced")
        if paced is None:
            paced = self.__dict__["_assist_paced"] = _PacedSender(self, stock_send)
        paced.put(data, _urgent_send.get())

    async def stop(self: Any) -> None:
        paced = self.__dict__.pop("_assist_paced", None)
        if paced is not None:
            paced.close()
        await stock_stop(self)

    transport._send_rtp = _send_rtp  # type: ignore[method-assign]
    transport.stop = stop  # type: ignore[method-assign]

    sender = rtcrtpsender.RTCRtpSender
    stock_retransmit = sender._retransmit

    async def _retransmit(self: Any, sequence_number: int) -> None:
        token = _urgent_send.set(True)
        try:
            await stock_retransmit(self, sequence_number)
        finally:
            _urgent_send.reset(token)

    sender._retransmit = _retransmit  # type: ignore[method-assign]

    stock_configure = rtp.HeaderExtensionsMap.configure

    def configure(self: Any, parameters: Any) -> None:
        global _abs_send_time_id
        stock_configure(self, parameters)
        for ext in parameters.headerExtensions:
            if ext.uri == ABS_SEND_TIME_URI:
                _abs_send_time_id = ext.id

    rtp.HeaderExtensionsMap.configure = configure  # type: ignore[method-assign]


# -- receiver: release a frame when its last packet is in ---------------------------


class MarkerJitterBuffer(JitterBuffer):  # type: ignore[misc]
    """aiortc's buffer, but a video frame is complete once its marker packet is in, and
    a hole that retransmission has not filled within HOLE_TIMEOUT_S is skipped with a
    key frame request (aiortc waited until 512 packets piled up: on a still screen that
    sends one small frame a second, for minutes)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._hole_since: float | None = None
        self._highest: int | None = None
        self._gap = False  # the last scan stopped at a missing packet, not at the end

    def add(self, packet: Any) -> tuple[bool, JitterFrame | None]:
        seq = packet.sequence_number
        if self._highest is None or 0 < uint16_add(seq, -self._highest) < 0x8000:
            self._highest = seq
        self._gap = False
        if self._origin is not None and 0 < uint16_add(self._origin, -seq) < RTP_HISTORY:
            # A repair that came after its frame was skipped: too late, drop it. (aiortc
            # emptied the whole buffer and asked for a key frame when it was ≥ 100 late.)
            return False, None
        pli, frame = super().add(packet)
        if frame is not None or not self._gap:
            self._hole_since = None
            return pli, frame
        now = time.monotonic()
        if self._hole_since is None:
            self._hole_since = now
        elif now - self._hole_since > HOLE_TIMEOUT_S:
            self._skip_to_next_frame_start()
            self._hole_since = None
            return True, self._remove_frame(seq)
        return pli, frame

    def _skip_to_next_frame_start(self) -> None:
        """Drop everything up to the first packet after a marker (a frame's start)."""
        for count in range(self.capacity):
            packet = self._packets[(self._origin + count) % self._capacity]
            if packet is not None and packet.marker:
                self.remove(count + 1)
                return
        self.remove(self.capacity)

    def _remove_frame(self, sequence_number: int) -> JitterFrame | None:
        if not self._is_video:
            return super()._remove_frame(sequence_number)  # type: ignore[no-any-return]
        packets = []
        timestamp = None
        for count in range(self.capacity):
            packet = self._packets[(self._origin + count) % self._capacity]
            if packet is None:  # a hole, or simply the end of what has arrived
                assert self._highest is not None
                self._gap = count < uint16_add(self._highest, -self._origin)
                return None
            if timestamp is None:
                timestamp = packet.timestamp
            elif packet.timestamp != timestamp:
                break  # the marker was lost: the next frame began, end this one (as aiortc)
            packets.append(packet)
            if packet.marker:
                count += 1
                break
        else:
            return None
        self.remove(count)
        return JitterFrame(data=b"".join(p._data for p in packets), timestamp=timestamp)


# -- receiver: ask for a lost packet again only when its repair is overdue ------------


class SelectiveNackGenerator:
    """aiortc's `NackGenerator` asks for its whole missing set again whenever a new gap
    appears, and at no other time: on a lossy link the repair traffic grows with the
    square of the loss, and a packet whose repair was lost too is asked for again only
    by luck. This one asks for a packet when it goes missing, then again only once the
    measured repair time has passed without it (at most NACK_TRIES times)."""

    def __init__(self, clock: Any = time.monotonic) -> None:
        self._clock = clock
        self.max_seq: int | None = None
        self._asked: dict[int, list[Any]] = {}  # seq → [last asked at, times asked]
        self._due: list[int] = []
        self.repair_s = REPAIR_START_S  # smoothed time from a first ask to the repair

    @property
    def missing(self) -> set[int]:
        """What to ask for now (aiortc reads this right after `add` says True)."""
        return set(self._due)

    def add(self, packet: Any) -> bool:
        now = self._clock()
        seq = packet.sequence_number
        if self.max_seq is None:
            self.max_seq = seq
            return False
        if uint16_gt(seq, self.max_seq):
            gap = uint16_add(self.max_seq, 1)
            while uint16_gt(seq, gap):
                self._asked[gap] = [None, 0]
                gap = uint16_add(gap, 1)
            self.max_seq = seq
        else:
            asked = self._asked.pop(seq, None)
            if asked is not None and asked[1] == 1:  # a repair after one ask: time it
                self.repair_s += 0.2 * (now - asked[0] - self.repair_s)
        oldest = uint16_add(self.max_seq, -RTP_HISTORY)
        retry = min(max(REPAIR_MARGIN * self.repair_s, 0.05), 1.0)
        due = []
        for missing in list(self._asked):
            state = self._asked[missing]
            if uint16_gt(oldest, missing) or state[1] >= NACK_TRIES:
                del self._asked[missing]  # the sender no longer has it: the skip handles it
            elif state[1] == 0 or now - state[0] >= retry:
                state[0], state[1] = now, state[1] + 1
                due.append(missing)
        self._due = due
        return bool(due)


# -- receiver: the bandwidth estimate ------------------------------------------------------


class ScreenRateControl(AimdRateControl):  # type: ignore[misc]
    """AIMD that starts at START_BITRATE at once and grows faster than aiortc's."""

    def __init__(self) -> None:
        super().__init__()
        self.current_bitrate = START_BITRATE
        self.current_bitrate_initialized = True
        self._decreased_ms = -CAPACITY_HOLD_MS
        self.capacity: float | None = None  # from TrainCapacity, when known

    def update(self, bandwidth_usage: Any, estimated_throughput: int | None, now_ms: int) -> Any:
        # A screen is mostly still: the measured incoming rate says little about the link.
        # On over-use aiortc drops to 85 % of that rate (to ~0 after a still screen); we
        # drop at most to 70 % of the current estimate per over-use report.
        # One decrease per DECREASE_INTERVAL_MS: the detector keeps reporting over-use
        # until the queue it saw has drained, and each report cut the estimate again
        # (3.1 → 0.87 Mbit/s within 2 s on a 5 Mbit/s link while one page was sent).
        before = self.current_bitrate
        result = super().update(bandwidth_usage, estimated_throughput, now_ms)
        if result is None:
            return result
        if result >= before:
            return self._towards_capacity(result, bandwidth_usage, now_ms)
        if now_ms - self._decreased_ms < DECREASE_INTERVAL_MS:
            self.current_bitrate = before
            return before
        self._decreased_ms = now_ms
        floor = int(0.7 * before)
        if result < floor:
            self.current_bitrate = result = floor
        return result

    def _towards_capacity(self, bitrate: int, usage: Any, now_ms: int) -> int:
        """With no over-use for CAPACITY_HOLD_MS, go straight to CAPACITY_SHARE of what
        the packet trains say the link carries (the delay detector still guards).

        Under-use counts as no over-use: a still screen's keep-alives read as under-use
        all the time, and the estimate the start's over-use left (0.45–0.84 Mbit/s on
        a 1 Mbit/s link) set the pace of the next page (crisp 1.8–2.4 s)."""
        capacity = self.capacity
        if (
            capacity is None
            or usage == BandwidthUsage.OVERUSING
            or now_ms - self._decreased_ms < CAPACITY_HOLD_MS
        ):
            return bitrate
        share = int(min(CAPACITY_SHARE * capacity, MAX_BITRATE))
        if share > bitrate:
            self.current_bitrate = bitrate = share
        return bitrate

    def _multiplicative_rate_increase(
        self, new_bitrate: int, last_ms: int | None, now_ms: int
    ) -> int:
        alpha = RATE_INCREASE_PER_S
        if last_ms is not None:
            alpha = pow(alpha, min(now_ms - last_ms, 1000) / 1000)
        return int(max((alpha - 1) * new_bitrate, 1000))


class TrainCapacity:
    """The bottleneck's rate, from packet trains (receiver side).

    The pacer sends the first TRAIN_PACKETS of each frame back to back, so they carry
    nearly the same abs-send-time and reach us spaced by the slowest hop: bytes after
    the first / arrival span. aiortc's estimate never learns this: it
    grows only from the rate the screen happens to send, and a still screen sends
    almost nothing, so a page after a still spell was paced at 2–3 Mbit/s on a
    5 Mbit/s link."""

    SAME_SEND = 262  # abs-send-time units (2^18 per second): 1 ms
    # A train with a packet or two lost still counts (the median absorbs the short
    # count): at 2 % loss, requiring all 8 left most of the start's trains unused.
    MIN_PACKETS = TRAIN_PACKETS - 2

    def __init__(self) -> None:
        self._samples: deque[float] = deque(maxlen=9)
        self._capacity: float | None = None
        self._send: int | None = None
        self._first_ms = self._last_ms = 0
        self._packets = self._bytes = 0

    def add(self, abs_send_time: int, arrival_ms: int, size: int) -> None:
        if self._send is not None and (abs_send_time - self._send) % (1 << 24) < self.SAME_SEND:
            self._packets += 1
            self._bytes += size
            self._last_ms = arrival_ms
            return
        if self._packets >= self.MIN_PACKETS:
            span_ms = max(self._last_ms - self._first_ms, 1)  # arrival times are whole ms
            self._samples.append(self._bytes * 8000 / span_ms)
            if len(self._samples) >= 2:  # once per train, not per packet
                self._capacity = sorted(self._samples)[(len(self._samples) - 1) // 2]
        self._send, self._first_ms, self._last_ms = abs_send_time, arrival_ms, arrival_ms
        self._packets, self._bytes = 1, 0

    def capacity(self) -> float | None:
        """The lower median of the last trains, once there are two."""
        return self._capacity


class ScreenBitrateEstimator(RemoteBitrateEstimator):  # type: ignore[misc]
    """aiortc's receiver-side estimator, also told the link's capacity."""

    def __init__(self) -> None:
        super().__init__()
        self.trains = TrainCapacity()

    def add(self, arrival_time_ms: int, abs_send_time: int, payload_size: int, ssrc: int) -> Any:
        self.trains.add(abs_send_time, arrival_time_ms, payload_size)
        self.rate_control.capacity = self.trains.capacity()
        return super().add(arrival_time_ms, abs_send_time, payload_size, ssrc)


# -- sender: libvpx VP8 through ctypes ------------------------------------------------------

# vpx_codec_enc_cfg_t offsets (libvpx ≥ 1.8, checked against the library's defaults).
_CFG = {
    "g_threads": 4, "g_w": 12, "g_h": 16, "tb_num": 28, "tb_den": 32, "g_error_resilient": 36,
    "g_lag_in_frames": 44, "rc_dropframe_thresh": 48, "rc_resize_allowed": 52,
    "rc_end_usage": 72, "rc_target_bitrate": 112, "rc_min_quantizer": 116,
    "rc_max_quantizer": 120, "rc_undershoot_pct": 124, "rc_overshoot_pct": 128,
    "rc_buf_sz": 132, "rc_buf_initial_sz": 136, "rc_buf_optimal_sz": 140,
    "kf_mode": 160, "kf_min_dist": 164, "kf_max_dist": 168,
}  # fmt: skip
_VP8_DEFAULTS = {
    "g_w": 320, "g_h": 240, "tb_num": 1, "tb_den": 30, "rc_target_bitrate": 256,
    "rc_min_quantizer": 4, "rc_max_quantizer": 63, "rc_buf_sz": 6000,
    "rc_buf_initial_sz": 4000, "rc_buf_optimal_sz": 5000, "kf_max_dist": 128,
}  # fmt: skip
VPX_IMG_FMT_I420 = 0x102
VPX_CBR = 1
VPX_KF_AUTO = 1
VPX_DL_REALTIME = 1
VPX_EFLAG_FORCE_KF = 1
VPX_FRAME_IS_KEY = 1
VP8E_SET_ACTIVEMAP = 9
VP8E_SET_CPUUSED = 13
VP8E_SET_NOISE_SENSITIVITY = 15
VP8E_SET_STATIC_THRESHOLD = 17
VP8E_SET_TOKEN_PARTITIONS = 18
VP8E_GET_LAST_QUANTIZER_64 = 20
VP8E_SET_MAX_INTRA_BITRATE_PCT = 26
VP8E_SET_SCREEN_CONTENT_MODE = 31
_IMG_SIZE = 256  # vpx_image_t is 136 bytes on 64-bit Linux; room to spare
_CTX_SIZE = 256


class _Libvpx:
    """The few libvpx calls we need, with the encoder ABI version found by asking."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        self.lib = lib
        lib.vpx_codec_vp8_cx.restype = ctypes.c_void_p
        lib.vpx_codec_get_cx_data.restype = ctypes.c_void_p
        lib.vpx_codec_get_cx_data.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.vpx_codec_encode.argtypes = [
            ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64, ctypes.c_ulong,
            ctypes.c_long, ctypes.c_ulong,
        ]  # fmt: skip
        lib.vpx_img_wrap.restype = ctypes.c_void_p
        lib.vpx_img_wrap.argtypes = [
            ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p,
        ]  # fmt: skip
        lib.vpx_codec_error.restype = ctypes.c_char_p
        self.iface = ctypes.c_void_p(lib.vpx_codec_vp8_cx())
        self.abi = self._find_abi()

    def default_config(self) -> ctypes.Array[ctypes.c_char]:
        cfg = ctypes.create_string_buffer(4096)
        if self.lib.vpx_codec_enc_config_default(self.iface, cfg, 0) != 0:
            raise OSError("vpx_codec_enc_config_default failed")
        return cfg

    def _find_abi(self) -> int:
        cfg = self.default_config()
        for name, expected in _VP8_DEFAULTS.items():
            if struct.unpack_from("<I", cfg.raw, _CFG[name])[0] != expected:
                raise OSError(f"unexpected vpx_codec_enc_cfg_t layout at {name}")
        ctx = ctypes.create_string_buffer(_CTX_SIZE)
        for version in range(1, 200):
            if self.lib.vpx_codec_enc_init_ver(ctx, self.iface, cfg, 0, version) == 0:
                self.lib.vpx_codec_destroy(ctx)
                return version
        raise OSError("no libvpx encoder ABI version accepted")


_libvpx: _Libvpx | None = None
_libvpx_failed = False


def libvpx() -> _Libvpx | None:
    """libvpx (the copy PyAV ships, else the system's), checked; None if unusable."""
    global _libvpx, _libvpx_failed
    if _libvpx is not None or _libvpx_failed:
        return _libvpx
    import av

    candidates = sorted(
        glob.glob(os.path.join(os.path.dirname(av.__file__), "..", "av.libs", "libvpx*.so*"))
    )
    candidates += ["libvpx.so.9", "libvpx.so.8", "libvpx.so.7"]
    for path in candidates:
        try:
            _libvpx = _Libvpx(ctypes.CDLL(path))
            return _libvpx
        except OSError as exc:
            log.debug("libvpx %s: %s", path, exc)
    _libvpx_failed = True
    return None


class _ActiveMap(ctypes.Structure):
    """vpx_active_map_t: one byte per 16×16 block, 1 = code it, 0 = leave it as it is."""

    _fields_ = [("active_map", ctypes.c_void_p), ("rows", ctypes.c_uint), ("cols", ctypes.c_uint)]


class _Vp8Context:
    """One libvpx VP8 encoder instance for a fixed frame size."""

    def __init__(self, vpx: _Libvpx, width: int, height: int, bitrate: int) -> None:
        self.vpx = vpx
        self.width, self.height = width, height
        self.cfg = vpx.default_config()
        self._set(
            g_w=width, g_h=height, tb_num=1, tb_den=90_000, g_threads=1, g_lag_in_frames=0,
            g_error_resilient=0, rc_end_usage=VPX_CBR, rc_target_bitrate=bitrate // 1000,
            rc_min_quantizer=MIN_QUANTIZER, rc_max_quantizer=MAX_QUANTIZER,
            rc_undershoot_pct=100, rc_overshoot_pct=15, rc_buf_sz=1000, rc_buf_initial_sz=500,
            rc_buf_optimal_sz=600, rc_dropframe_thresh=0, rc_resize_allowed=0,
            kf_mode=VPX_KF_AUTO, kf_min_dist=0, kf_max_dist=3000,
        )  # fmt: skip
        self.ctx = ctypes.create_string_buffer(_CTX_SIZE)
        lib = vpx.lib
        if lib.vpx_codec_enc_init_ver(self.ctx, vpx.iface, self.cfg, 0, vpx.abi) != 0:
            raise OSError(f"vpx_codec_enc_init: {lib.vpx_codec_error(self.ctx)!r}")
        for control, value in (
            (VP8E_SET_CPUUSED, CPU_USED),
            (VP8E_SET_NOISE_SENSITIVITY, 0),
            (VP8E_SET_STATIC_THRESHOLD, STATIC_THRESHOLD),
            (VP8E_SET_TOKEN_PARTITIONS, 0),
            (VP8E_SET_MAX_INTRA_BITRATE_PCT, 900),
            (VP8E_SET_SCREEN_CONTENT_MODE, SCREEN_CONTENT_MODE),
        ):
            if lib.vpx_codec_control_(self.ctx, control, ctypes.c_int(value)) != 0:
                log.warning("libvpx control %d=%d refused", control, value)
        self.img = ctypes.create_string_buffer(_IMG_SIZE)
        rows, cols = (height + 15) // 16, (width + 15) // 16
        self._inactive = ctypes.create_string_buffer(rows * cols)  # all zero: nothing active
        self._map_none = _ActiveMap(None, rows, cols)
        self._map_inactive = _ActiveMap(ctypes.cast(self._inactive, ctypes.c_void_p), rows, cols)
        self.bitrate = bitrate
        self.quantizers = (MIN_QUANTIZER, MAX_QUANTIZER)

    def _set(self, **fields: int) -> None:
        for name, value in fields.items():
            fmt = "<i" if value < 0 else "<I"
            struct.pack_into(fmt, self.cfg, _CFG[name], value)

    def set_bitrate(self, bitrate: int) -> bool:
        self._set(rc_target_bitrate=bitrate // 1000)
        if self.vpx.lib.vpx_codec_enc_config_set(self.ctx, self.cfg) != 0:
            return False
        self.bitrate = bitrate
        return True

    def set_quantizers(self, lowest: int, highest: int = MAX_QUANTIZER) -> None:
        if (lowest, highest) != self.quantizers:
            self._set(rc_min_quantizer=lowest, rc_max_quantizer=highest)
            if self.vpx.lib.vpx_codec_enc_config_set(self.ctx, self.cfg) == 0:
                self.quantizers = (lowest, highest)

    def encode(
        self, frame: Any, pts: int, duration: int, key: bool, repeat: bool = False
    ) -> tuple[bytes, bool]:
        """`repeat`: the picture is the one coded before; code every block as unchanged
        (690 bytes at 1080p: libvpx re-coding a coarse still picture sent 10-25 kB
        each time)."""
        lib = self.vpx.lib
        if repeat and not key:
            lib.vpx_codec_control_(self.ctx, VP8E_SET_ACTIVEMAP, ctypes.byref(self._map_inactive))
        planes = frame.planes
        if not lib.vpx_img_wrap(
            self.img, VPX_IMG_FMT_I420, self.width, self.height, 1,
            ctypes.c_void_p(planes[0].buffer_ptr),
        ):  # fmt: skip
            raise OSError("vpx_img_wrap failed")
        # vpx_image_t: planes[4] at 48, stride[4] at 80 (x86-64); point at PyAV's planes.
        struct.pack_into("<QQQ", self.img, 48, *(p.buffer_ptr for p in planes[:3]))
        struct.pack_into("<iii", self.img, 80, *(p.line_size for p in planes[:3]))
        flags = VPX_EFLAG_FORCE_KF if key else 0
        failed = lib.vpx_codec_encode(self.ctx, self.img, pts, duration, flags, VPX_DL_REALTIME)
        if repeat and not key:
            lib.vpx_codec_control_(self.ctx, VP8E_SET_ACTIVEMAP, ctypes.byref(self._map_none))
        if failed:
            raise OSError(f"vpx_codec_encode: {lib.vpx_codec_error(self.ctx)!r}")
        data, is_key = b"", False
        it = ctypes.c_void_p(0)
        while packet := lib.vpx_codec_get_cx_data(self.ctx, ctypes.byref(it)):
            kind = ctypes.c_int.from_address(packet).value
            if kind != 0:  # VPX_CODEC_CX_FRAME_PKT
                continue
            buf = ctypes.c_void_p.from_address(packet + 8).value
            size = ctypes.c_size_t.from_address(packet + 16).value
            flags_out = ctypes.c_uint32.from_address(packet + 40).value
            data += ctypes.string_at(buf, size)
            is_key = is_key or bool(flags_out & VPX_FRAME_IS_KEY)
        return data, is_key

    def last_quantizer(self) -> int | None:
        value = ctypes.c_int(-1)
        got = self.vpx.lib.vpx_codec_control_(
            self.ctx, VP8E_GET_LAST_QUANTIZER_64, ctypes.byref(value)
        )
        return value.value if got == 0 and value.value >= 0 else None

    def close(self) -> None:
        if self.ctx is not None:
            self.vpx.lib.vpx_codec_destroy(self.ctx)
            self.ctx = None  # type: ignore[assignment]

    def __del__(self) -> None:
        self.close()


def _changed(frame: Any) -> float:
    """The fraction of the picture the capture saw change (0 for a re-sent picture)."""
    opaque = frame.opaque
    return float(opaque.get("changed", 1.0)) if isinstance(opaque, dict) else 1.0


def _sharp(frame: Any) -> bool:
    """The capture will send this picture's still parts sharp (assist_media/sharp.py)."""
    opaque = frame.opaque
    return isinstance(opaque, dict) and bool(opaque.get("sharp"))


def _keepalive(frame: Any) -> bool:
    opaque = frame.opaque
    return isinstance(opaque, dict) and bool(opaque.get("keepalive"))


def change_quantizer(frame: Any, bitrate: int) -> int:
    """The quantizer floor for the first frame after a still screen.

    libvpx's realtime rate control prices a frame by the frames before it: after a
    still screen it codes a whole new page finely, 500–600 kB at 1080p, a second or
    more on a 5 Mbit/s link. The capture marks how much changed (`opaque["changed"]`,
    a fraction of the picture); we pick the finest quantizer whose frame fits
    CHANGE_BUDGET_S of the link. If that is coarser than CRISP_QUANTIZER (small text
    still blurred), we take CRISP_QUANTIZER, or the finest that fits CHANGE_MAX_S:
    one frame that arrives crisp costs less than a blurred frame plus the refinement
    frames that sharpen it (bench/codec_micro.py: a dense 1080p page is crisp at q 40
    in 253 kB; q 56 then refinement spent 495 kB and 2.7 s at 1 Mbit/s).
    """
    blocks = _changed(frame) * (frame.width // 16) * (frame.height // 16)
    if blocks < 1:
        return MIN_QUANTIZER
    quick = _finest_fitting(bitrate / 8 * CHANGE_BUDGET_S / blocks)
    if _sharp(frame):
        # The sharp picture channel sends the still text exactly right after: this
        # frame only has to arrive fast, and leave the link to that (a dense 1080p page:
        # 93 kB at q 63 against 143 kB at q 56).
        return SHARP_CHANGE_QUANTIZER if quick >= MAX_QUANTIZER else quick
    if quick <= CRISP_QUANTIZER:
        return quick
        return quick
    return min(max(CRISP_QUANTIZER, _finest_fitting(bitrate / 8 * CHANGE_MAX_S / blocks)), quick)


def _finest_fitting(budget: float) -> int:
    """The finest quantizer whose text costs at most `budget` bytes per 16×16 block."""
    finer = TEXT_BYTES_PER_BLOCK[0]
    if budget >= finer[1]:
        return MIN_QUANTIZER
    for coarser in TEXT_BYTES_PER_BLOCK[1:]:
        if budget >= coarser[1]:  # interpolate between the two measured points
            share = (finer[1] - budget) / (finer[1] - coarser[1])
            return max(MIN_QUANTIZER, round(finer[0] + share * (coarser[0] - finer[0])))
        finer = coarser
    return MAX_QUANTIZER


class ScreenVp8Encoder(Encoder):  # type: ignore[misc]
    """aiortc `Encoder` for VP8 that changes bitrate in place (no re-created encoder)."""

    def __init__(self) -> None:
        import random

        vpx = libvpx()
        if vpx is None:
            raise OSError("libvpx is not usable")
        self._vpx = vpx
        self._context: _Vp8Context | None = None
        self.picture_id = random.randint(0, (1 << 15) - 1)
        self._target = START_BITRATE
        self._last_pts: int | None = None
        self._still = True  # the previous frame changed nothing (or there was none)
        self._refine_q: int | None = None  # a still picture is being refined from this q
        self.codec = None  # aiortc's attribute; the benchmark looks for re-creation here

    @property
    def target_bitrate(self) -> int:
        return self._target

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        self._target = max(MIN_BITRATE, min(int(bitrate), MAX_BITRATE))
        feedback.target_bitrate = self._target

    def encode(self, frame: Any, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        if frame.format.name != "yuv420p":
            frame = frame.reformat(format="yuv420p")
        width, height = frame.width & ~1, frame.height & ~1
        context = self._context
        if context is None or (context.width, context.height) != (width, height):
            if context is not None:
                context.close()
            context = self._context = _Vp8Context(self._vpx, width, height, self._target)
            self.codec = context
            self._last_pts = None
            feedback.encoder_starts += 1
        elif abs(
            self._target - context.bitrate
        ) > RATE_STEP * context.bitrate and context.set_bitrate(self._target):
            feedback.rate_changes += 1
        # A new encoder's first frame is a key frame too.
        key = force_keyframe or self._last_pts is None
        changed, keepalive = _changed(frame), _keepalive(frame)
        # A keep-alive while the sharp picture channel covers the still picture repeats
        # the picture as it is: re-coding a coarse still picture cost 10-25 kB a time.
        repeat = keepalive and _sharp(frame) and not key
        if key:
            # A key frame after loss (or at the start) must arrive quickly even on a
            # weak link: at q 40 a text page is 250 kB, 2 s of 1 Mbit/s, and the
            # receiver asked again before it was in. Refinement sharpens it after.
            floor = ceiling = KEY_QUANTIZER
        elif repeat:
            floor, ceiling = context.quantizers  # every block is coded as unchanged
        elif keepalive:
            # Coarse, so the re-send of a still picture refines nothing finer than
            # crisp text needs and costs a few hundred bytes. Not coarser: after a
            # q 56 frame libvpx codes the next no finer than q 52, whatever the
            # floor, and a page after a still screen would arrive blurred.
            floor, ceiling = CRISP_QUANTIZER, MAX_QUANTIZER
        elif self._still and changed:
            # Exactly this quantizer: libvpx's CBR would go coarser to meet a per-frame
            # budget, and the frame would need refinement frames to turn crisp.
            floor = change_quantizer(frame, context.bitrate)
            ceiling = floor if floor > MIN_QUANTIZER else MAX_QUANTIZER
        elif not changed and self._refine_q is not None:
            # Refining a still picture: each re-send one step finer, at exactly that
            # quantizer. libvpx's CBR, after the big frame before, picked q 48-50 for
            # these: frames of 6-7 kB that sharpened nothing.
            floor = ceiling = max(REFINED_QUANTIZER, self._refine_q - REFINE_STEP)
        else:
            # A moving picture: libvpx's rate control decides, but never finer than
            # crisp text needs. Left free, after the fixed-quantizer refinement of a
            # still page it coded the first moving frames at q 4-7 (420-470 kB each,
            # 1.5 s frozen on a 5 Mbit/s link); the refinement sharpens once it stops.
            floor, ceiling = CRISP_QUANTIZER, MAX_QUANTIZER
        context.set_quantizers(floor, ceiling)
        self._still = not changed and not key
        timestamp = convert_timebase(frame.pts, frame.time_base, VIDEO_TIME_BASE)
        duration = 3000 if self._last_pts is None else max(1, timestamp - self._last_pts)
        self._last_pts = timestamp
        data, is_key = context.encode(frame, timestamp, duration, force_keyframe, repeat)
        feedback.frames += 1
        feedback.key_frames += is_key
        feedback.last_quantizer = context.last_quantizer()
        if changed and floor < ceiling:
            self._refine_q = None  # moving picture: libvpx's rate control decides
        elif feedback.last_quantizer is not None and not keepalive:
            self._refine_q = max(feedback.last_quantizer, REFINED_QUANTIZER)
        if not data:  # libvpx dropped the frame (rate control): nothing to send
            return [], timestamp
        payloads = Vp8Encoder._packetize(data, self.picture_id)
        self.picture_id = (self.picture_id + 1) % (1 << 15)
        return payloads, timestamp

    def pack(self, packet: Any) -> tuple[list[bytes], int]:
        raise NotImplementedError("the screen track hands over raw frames only")
