"""The receiver's estimate of the link, and the data channel's share of it.

- **Rate estimate.** aiortc's receiver-side AIMD starts from the measured incoming
  rate after 3 s, which for a screen that is mostly still is tiny, then grows 8 %/s.
  `ScreenRateControl` starts at `START_BITRATE` and grows faster; on over-use it
  drops to aiortc's 85 % of the measured rate, but to no less than 70 % of the
  estimate per report.
- **Capacity from packet trains.** The pacer (assist_media/pacing.py) sends the first
  packets of each frame back to back; `TrainCapacity` reads the link's capacity from
  how far apart they arrive, and `ScreenRateControl` jumps towards it when there was
  no over-use for a while.
- **One congestion answer for video and data.** `sctp_window` gives SCTP (the sharp
  pictures' data channel) a window from the video's estimate.

The classes are installed into aiortc by assist_media/aiortc_patches.py.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from aiortc.rate import AimdRateControl, BandwidthUsage, RemoteBitrateEstimator

# Weak-link choices, measured on `bench/video_quality.py` (5 Mbit/s; and 1 Mbit/s,
# 200 ms RTT, 2 % loss, 400 ms drop-tail queue); the history is in docs/PERFORMANCE.md.
# - START_BITRATE 1.2 Mbit/s: at 2 Mbit/s the first key frame, paced at 2.5 Mbit/s into
#   1 Mbit/s, lost every other packet and the repairs never caught up.
# - RATE_INCREASE_PER_S 1.25: 1.6 made the page crisp sooner at 5 Mbit/s (0.78 s
#   against 1.1 s) but doubled weak-link motion latency (670–750 ms against 265–370).
START_BITRATE = 1_200_000  # before the first estimate from the supporter's side
MIN_BITRATE = 150_000
MAX_BITRATE = 6_000_000  # 1080p text refines in ~0.3 s at 5 Mbit/s (PERFORMANCE.md)
RATE_INCREASE_PER_S = 1.25  # AIMD multiplicative increase (aiortc: 1.08)
DECREASE_INTERVAL_MS = 500  # at most one over-use decrease this often
CAPACITY_SHARE = 0.85  # the estimate may jump to this share of the measured capacity…
CAPACITY_HOLD_MS = 2000  # …when there was no over-use decrease for this long
TRAIN_CAPACITY = True  # let the estimate learn the link's capacity from packet trains
TRAIN_PACKETS = 8  # each frame's first packets leave together (10 kB: fits any queue)


# -- the receiver's rate control -----------------------------------------------------------


class ScreenRateControl(AimdRateControl):
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

    # Overrides aiortc's (checked by aiortc_patches): the growth rate per second.
    def _multiplicative_rate_increase(
        self, new_bitrate: int, last_ms: int | None, now_ms: int
    ) -> int:
        alpha = RATE_INCREASE_PER_S
        if last_ms is not None:
            alpha = pow(alpha, min(now_ms - last_ms, 1000) / 1000)
        return int(max((alpha - 1) * new_bitrate, 1000))


# -- the link's capacity from packet trains ------------------------------------------------


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


class ScreenBitrateEstimator(RemoteBitrateEstimator):
    """aiortc's receiver-side estimator, also told the link's capacity."""

    def __init__(self) -> None:
        super().__init__()
        self.trains = TrainCapacity()

    def add(self, arrival_time_ms: int, abs_send_time: int, payload_size: int, ssrc: int) -> Any:
        self.trains.add(abs_send_time, arrival_time_ms, payload_size)
        # aiortc's estimator makes its rate control from aiortc.rate's AimdRateControl,
        # which aiortc_patches replaces with ScreenRateControl.
        control = self.rate_control
        if isinstance(control, ScreenRateControl):
            control.capacity = self.trains.capacity()
        return super().add(arrival_time_ms, abs_send_time, payload_size, ssrc)


# -- the data channel: one congestion answer for video and data ------------------------------

SCTP_WINDOW = True  # SCTP's window from the video's estimate (see sctp_window)
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
