"""The receiver's side of the video: when a frame is complete, what to ask for again.

- **Jitter buffer.** aiortc releases a video frame only when the first packet of the
  *next* frame arrives: one capture interval (33 ms at 30 fps) on every frame, and
  forever on the last frame before the screen goes still. `MarkerJitterBuffer`
  releases a frame as soon as its RTP marker packet (the frame's last) is in.
- **Repairs.** aiortc's receiver asks for its whole missing set again on every new
  gap and never otherwise; `SelectiveNackGenerator` asks once, then again only when
  the measured repair time has passed. A repair that comes after its frame was
  skipped is dropped (aiortc emptied the buffer and asked for a key frame).

Both are installed into aiortc by assist_media/aiortc_patches.py. `MarkerJitterBuffer`
works on the state it inherits from aiortc's `JitterBuffer` (`_origin`, `_packets`,
`_capacity`, `_is_video`, `_remove_frame`); aiortc_patches checks those names are
still there before it installs the class.
"""

from __future__ import annotations

import time
from typing import Any

from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.utils import uint16_add, uint16_gt

from .aiortc_patches import frame_bytes

# Weak-link choices (bench/video_quality.py; the history is in docs/PERFORMANCE.md):
# - NACKs are selective (`SelectiveNackGenerator`): aiortc re-asked its whole missing
#   set on every new gap, which is why a 1024-packet history filled the link with
#   repairs. With selective NACKs the history can hold a whole 1080p page (~250
#   packets): with 128 its first packets were overwritten before a NACK came back, the
#   hole was skipped and every key frame asked for another one.
# - HOLE_TIMEOUT_S 2 s: a repair needs RTT + queue (0.6–1 s here); at 0.5 s every hole
#   became a key-frame request.
RTP_HISTORY = 1024  # packets kept for NACK (aiortc: 128; see above)
HOLE_TIMEOUT_S = 2.0  # a missing packet not repaired by then: skip the frame, ask a key
REPAIR_START_S = 0.3  # repair time assumed before one is measured
REPAIR_MARGIN = 1.5  # ask again after this × the measured repair time
NACK_TRIES = 6  # ask for one packet at most this often
# A call's audio (issue 17) counts milliseconds of sound, not packets, so the rules hold
# whatever the frame length (10 ms frames since aiortc_patches.short_opus; 20 before).
AUDIO_CLOCK_HZ = 48_000  # Opus's RTP clock (RFC 7587), whatever its frame length
AUDIO_PREFETCH_MS = 40  # sound held behind a frame before it plays (aiortc: 4 frames, 80 ms)
AUDIO_BACKLOG_MS = 80  # more sound waiting than this: the oldest is dropped
AUDIO_FRAME_MS = 20  # the frame length assumed until two packets in a row show it


# -- release a frame when its last packet is in -------------------------------------------


class MarkerJitterBuffer(JitterBuffer):
    """aiortc's buffer, but a video frame is complete once its marker packet is in, and
    a hole that retransmission has not filled within HOLE_TIMEOUT_S is skipped with a
    key frame request (aiortc waited until 512 packets piled up: on a still screen that
    sends one small frame a second, for minutes)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._hole_since: float | None = None
        self._highest: int | None = None
        self._gap = False  # the last scan stopped at a missing packet, not at the end
        # A call's audio (aiortc makes it with prefetch=4 frames, 80 ms of 20 ms frames):
        # AUDIO_PREFETCH_MS of sound waits behind a frame before it plays, and beyond
        # AUDIO_BACKLOG_MS waiting the oldest goes. `_prefetch` and `_backlog` are those
        # in packets of the frame length seen in the RTP timestamps.
        self.audio = not self._is_video and self._prefetch > 0
        self._last: tuple[int, int] | None = None  # audio: the last packet's seq, timestamp
        self.frame_samples = AUDIO_CLOCK_HZ * AUDIO_FRAME_MS // 1000
        self._backlog = self._prefetch + 2
        self.late = 0  # packets that came after their turn (dropped)
        self.too_old = 0  # audio packets dropped from the front beyond AUDIO_BACKLOG_MS
        if self.audio:
            self._count_packets()

    def _count_packets(self) -> None:
        """The audio rules in packets of the current frame length (at most half the ring)."""
        most = self._capacity // 2

        def packets(ms: int) -> int:
            return max(1, min(most, round(ms * AUDIO_CLOCK_HZ / 1000 / self.frame_samples)))

        self._prefetch, self._backlog = packets(AUDIO_PREFETCH_MS), packets(AUDIO_BACKLOG_MS)

    def _learn_frame_length(self, packet: Any) -> None:
        """Two audio packets in a row: the timestamp step is the frame length."""
        seq, stamp = packet.sequence_number, packet.timestamp
        last, self._last = self._last, (seq, stamp)
        if last is None or uint16_add(last[0], 1) != seq:
            return
        step = (stamp - last[1]) & 0xFFFFFFFF
        # Opus frames are 2.5–120 ms; anything else is a jump (a new stream), not a length.
        opus = AUDIO_CLOCK_HZ // 400 <= step <= AUDIO_CLOCK_HZ * 120 // 1000
        if opus and step != self.frame_samples:
            self.frame_samples = step
            self._count_packets()

    @property
    def waiting_ms(self) -> float:
        """Audio: how much sound the buffer holds back, from its front to the newest
        packet (lost ones count: their time has passed too), in milliseconds."""
        ahead = self._newest_offset()
        slots = 0 if ahead is None else ahead + 1
        return slots * self.frame_samples * 1000 / AUDIO_CLOCK_HZ

    def add(self, packet: Any) -> tuple[bool, JitterFrame | None]:
        seq = packet.sequence_number
        if self.audio:
            self._learn_frame_length(packet)
        if self._highest is None or 0 < uint16_add(seq, -self._highest) < 0x8000:
            self._highest = seq
        self._gap = False
        if self._origin is not None and 0 < uint16_add(self._origin, -seq) < RTP_HISTORY:
            # A repair that came after its frame was skipped: too late, drop it. (aiortc
            # emptied the whole buffer and asked for a key frame when it was ≥ 100 late.)
            self.late += 1
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

    def _remove_audio_frame(self) -> JitterFrame | None:
        """A call's sound plays from the RTP sequence, each packet one frame (issue 17).

        aiortc stopped at a lost audio packet until 16 more piled up (320 ms of silence,
        then a burst), and at a hole anywhere in its prefetch until that hole reached the
        front. Audio is never repaired, so here the oldest frame leaves once the newest
        packet is AUDIO_PREFETCH_MS of sound after it, holes or not; a hole that reaches
        the front is passed over (its 10 or 20 ms is a gap at the speaker). aiortc hands
        out one frame per arriving packet, so sound that piled up (a burst after a
        stall) would stay as delay for good: beyond AUDIO_BACKLOG_MS the oldest goes."""
        ahead = self._newest_offset()  # slots from the front to the newest packet
        if ahead is None:
            return None
        while ahead > self._backlog or (ahead and self._slot(0) is None):
            self.too_old += self._slot(0) is not None
            self.remove(1)  # too much sound waiting, or a lost packet at the front
            ahead -= 1
        if ahead < self._prefetch:
            return None
        packet = self._slot(0)
        assert packet is not None  # the front is never a hole here
        self.remove(1)
        return JitterFrame(data=packet._data, timestamp=packet.timestamp)

    def _slot(self, offset: int) -> Any:
        assert self._origin is not None
        return self._packets[(self._origin + offset) % self._capacity]

    def _newest_offset(self) -> int | None:
        """How far the newest waiting packet is from the front (None: nothing waits)."""
        if self._origin is None:
            return None
        newest = None
        for offset in range(self._capacity):
            if self._slot(offset) is not None:
                newest = offset
        return newest

    def _skip_to_next_frame_start(self) -> None:
        """Drop everything up to the first packet after a marker (a frame's start)."""
        origin = self._origin
        assert origin is not None  # a packet is in: aiortc set the origin
        for count in range(self.capacity):
            packet = self._packets[(origin + count) % self._capacity]
            if packet is not None and packet.marker:
                self.remove(count + 1)
                return
        self.remove(self.capacity)

    def _remove_frame(self, sequence_number: int) -> JitterFrame | None:
        if not self._is_video:
            return self._remove_audio_frame()
        packets = []
        timestamp = None
        origin = self._origin
        assert origin is not None  # a packet is in: aiortc set the origin
        for count in range(self.capacity):
            packet = self._packets[(origin + count) % self._capacity]
            if packet is None:  # a hole, or simply the end of what has arrived
                assert self._highest is not None
                self._gap = count < uint16_add(self._highest, -origin)
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
        return JitterFrame(data=frame_bytes(packets), timestamp=timestamp)


# -- ask for a lost packet again only when its repair is overdue ------------------------------


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
