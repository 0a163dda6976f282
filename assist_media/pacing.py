"""The sender's side of the link: outgoing RTP paced instead of sent in bursts.

aiortc writes all packets of a frame back to back; a 1080p key frame is ~1.1 s of a
1 Mbit/s link and a home router's queue drops most of it. Outgoing RTP leaves through
a queue drained at PACE_FACTOR × target (`PacedSender`), repairs first, each packet's
abs-send-time stamped again as it leaves; the capture waits while the queue is long
(`MediaLink.behind`), so what is sent is the newest picture. RTCP is never delayed.

Pacing sits in a queue of its own, not in aiortc's send loop: a pacer sleeping there
held back the next encode (18–20 fps on loopback). aiortc_patches routes each DTLS
transport's RTP through one `PacedSender`, made with the connection's MediaLink.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from typing import Any

from aiortc import clock

from .estimate import MIN_BITRATE, TRAIN_CAPACITY, TRAIN_PACKETS
from .link import MediaLink
from .receiving import RTP_HISTORY

log = logging.getLogger("assist.media.pacing")

PACE = True  # pace outgoing RTP (aiortc sends a whole frame in one burst)
# × the encoder's target. 2.5 (WebRTC's pacer) collapsed the weak link (11 543 queue
# drops, no picture) when the start target was 2 Mbit/s: 5 Mbit/s bursts.
PACE_FACTOR = 1.25
PACE_BURST_S = 0.1  # this much (at the pacing rate) may leave at once
# …and a big frame also every TRAIN_EVERY packets. With trains only at frame starts, the
# estimate never learnt the capacity after the start on the weak link (a key frame is one
# frame, a still screen sends single packets): it stayed at the 0.49–0.84 Mbit/s the
# start's over-use left, and SCTP's window (sctp_window) with it, for the next page.
TRAIN_EVERY = 32
HOLD_STEP_S = 0.005  # new video waits in steps of this while sharp pictures leave…
HOLD_MAX_S = 3.0  # …but never longer than this in one go
# Each repair leaves twice, the copy REPAIR_COPY_GAP_S later (so one short burst of loss
# does not take both). With one copy, a repair lost too (2 % of them at 2 % loss) was
# asked for again only after 1.5 × the repair time: a 1.1 s freeze on the weak link.
REPAIR_COPIES = 2
REPAIR_COPY_GAP_S = 0.02
# …but not while the link loses more than this share of what left in the last second:
# so much loss is a full queue, not a noisy line, and copies would only add to it.
COPY_MAX_LOSS = 0.1
SENT_MEMORY = 4 * RTP_HISTORY  # the stamps of this many packets are kept (see _stamped)

ABS_SEND_TIME_URI = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time"

SendRtp = Callable[[Any, bytes], Awaitable[None]]  # aiortc's own send: (transport, data)


class _Pacer:
    """A token bucket over outgoing RTP: PACE_FACTOR × target, PACE_BURST_S deep."""

    def __init__(self, link: MediaLink) -> None:
        self._feedback = link.feedback
        self._free_at = 0.0

    def rate(self) -> float:
        """Bytes per second the pacer lets out."""
        return PACE_FACTOR * max(self._feedback.target_bitrate, MIN_BITRATE) / 8

    def reserve(self, size: int, now: float, rate: float) -> float:
        """Book `size` bytes at `rate` bytes/s; return how long to wait before sending."""
        self._free_at = max(self._free_at, now) + size / rate
        return self._free_at - now - PACE_BURST_S


class PacedSender:
    """One DTLS transport's outgoing RTP: a queue drained at the pacing rate by a task
    of its own, so the encoder never waits for the link (it did while the pacer slept
    inside aiortc's send loop: 18–20 fps on loopback against 25–28 unpaced).

    Retransmissions go ahead of new media, each one REPAIR_COPIES times. Each packet's
    abs-send-time is stamped again as it leaves: the receiver's delay-based estimate
    must see the link's queue, not ours (a stamp taken before the pacer reads our own
    queueing as congestion)."""

    def __init__(self, transport: Any, send: SendRtp, link: MediaLink) -> None:
        self._transport = transport
        self._send = send
        self._link = link
        self._queue: deque[tuple[bytes, float]] = deque()
        self._urgent: deque[tuple[bytes, float]] = deque()
        self._bucket = _Pacer(link)
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
        self.audio_ssrcs = link.audio_ssrcs  # sent at once by aiortc_patches (issue 17)
        link.add_send_queue(self)

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
            if not self._urgent and not self._in_frame and self._link.data_first():
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
        return restamp(data, self._link.abs_send_time_id, stamp)


def restamp(data: bytes, ext_id: int | None, stamp: bytes | None = None) -> bytes:
    """`data` (a serialized RTP packet) with abs-send-time set to now (or to `stamp`,
    3 bytes), if it has one under the one-byte header extension id `ext_id` (None:
    abs-send-time was not negotiated)."""
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


def abs_send_time_id(parameters: Any) -> int | None:
    """The abs-send-time header extension id in RTP parameters (None: not negotiated)."""
    for ext in parameters.headerExtensions:
        if ext.uri == ABS_SEND_TIME_URI:
            return int(ext.id)
    return None


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
