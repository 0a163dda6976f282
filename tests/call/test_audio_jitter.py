"""The call's audio jitter buffer (assist_media/receiving.py) counts milliseconds of
sound, not packets: the same hold-back and the same limit on old sound with 10 ms and
20 ms Opus frames; a lost packet costs only its own frame, and a pile-up never becomes
lasting delay. Real RTP packets (aiortc's RtpPacket) through the real class; the audio
rules use no clock."""

from __future__ import annotations

import random

import pytest
from aiortc.jitterbuffer import JitterFrame
from aiortc.rtp import RtpPacket

from assist_media.receiving import (
    AUDIO_BACKLOG_MS,
    AUDIO_CLOCK_HZ,
    AUDIO_PREFETCH_MS,
    MarkerJitterBuffer,
)

FRAMES_MS = (10, 20)


def packet(index: int, frame_ms: int, first_seq: int = 65530) -> RtpPacket:
    """The index-th Opus packet of a stream (the sequence wraps past 65535 early on)."""
    samples = AUDIO_CLOCK_HZ * frame_ms // 1000
    data = bytes([0xFC, index % 256])  # an Opus TOC byte and something to tell them apart
    p = RtpPacket(
        payload_type=111,
        sequence_number=(first_seq + index) % 65536,
        timestamp=(123_456 + index * samples) % 2**32,
        payload=data,
    )
    p._data = data  # type: ignore[attr-defined]  # what aiortc's depayloader sets
    return p


def buffer() -> MarkerJitterBuffer:
    return MarkerJitterBuffer(capacity=16, prefetch=4)  # as aiortc makes it for audio


def index_of(frame: JitterFrame, frame_ms: int) -> int:
    samples = AUDIO_CLOCK_HZ * frame_ms // 1000
    return ((frame.timestamp - 123_456) % 2**32) // samples


def feed(jitter: MarkerJitterBuffer, indexes: list[int], frame_ms: int) -> list[tuple[int, int]]:
    """(arrived, released) for every packet that released a frame."""
    out = []
    for arrived in indexes:
        frame = jitter.add(packet(arrived, frame_ms))[1]
        if frame is not None:
            out.append((arrived, index_of(frame, frame_ms)))
    return out


@pytest.mark.parametrize("frame_ms", FRAMES_MS)
def test_the_first_frame_waits_the_same_milliseconds(frame_ms: int) -> None:
    """A frame plays once AUDIO_PREFETCH_MS of sound came after it: 4 packets of 10 ms
    or 2 of 20 ms; then one frame per packet, always that far behind."""
    jitter = buffer()
    out = feed(jitter, list(range(40)), frame_ms)
    behind = AUDIO_PREFETCH_MS // frame_ms
    assert out[0] == (behind, 0)
    assert all(arrived - played == behind for arrived, played in out)
    assert [played for _, played in out] == list(range(40 - behind))
    assert jitter.waiting_ms == AUDIO_PREFETCH_MS
    assert jitter.frame_samples == AUDIO_CLOCK_HZ * frame_ms // 1000


@pytest.mark.parametrize("frame_ms", FRAMES_MS)
def test_a_lost_packet_costs_only_its_own_frame(frame_ms: int) -> None:
    """Packets 10 and 21 never come: every other frame plays, in order, at most one
    frame later while the hole passes (the lost packet released nothing), and as far
    behind as before once it has passed (aiortc stalled at a hole; the packet rule
    stalled at a hole behind the front and dropped the frames before it)."""
    jitter = buffer()
    lost = {10, 21}
    out = feed(jitter, [i for i in range(60) if i not in lost], frame_ms)
    behind = AUDIO_PREFETCH_MS // frame_ms
    played = [p for _, p in out]
    assert played == [i for i in range(60 - behind) if i not in lost]
    assert all(arrived - p <= behind + 1 for arrived, p in out)
    assert out[-1][0] - out[-1][1] == behind


@pytest.mark.parametrize("frame_ms", FRAMES_MS)
def test_sound_older_than_the_limit_is_dropped(frame_ms: int) -> None:
    """100 ms of packets in a row are lost: the newest packet is then more than
    AUDIO_BACKLOG_MS after the sound still waiting, which goes (playing it would keep
    the call that much later); never more than AUDIO_BACKLOG_MS waits, and the sound
    after the hole plays AUDIO_PREFETCH_MS behind, as before."""
    jitter = buffer()
    feed(jitter, list(range(20)), frame_ms)
    assert jitter.waiting_ms == AUDIO_PREFETCH_MS
    after = 20 + 100 // frame_ms
    assert jitter.add(packet(after, frame_ms))[1] is None  # the old sound went
    assert jitter.too_old == AUDIO_PREFETCH_MS // frame_ms
    assert jitter.waiting_ms <= AUDIO_BACKLOG_MS
    out = feed(jitter, list(range(after + 1, after + 30)), frame_ms)
    behind = AUDIO_PREFETCH_MS // frame_ms
    assert [played for _, played in out] == list(range(after, after + 30 - behind))
    assert all(arrived - played == behind for arrived, played in out)


def test_a_stall_then_a_late_run_keeps_at_most_the_limit() -> None:
    """10 ms frames; packet 30 is late by 120 ms and the ones after it come on time: the
    buffer never holds more than AUDIO_BACKLOG_MS, and packet 30, once it comes after
    its turn, is not played."""
    jitter = buffer()
    order = [*range(30), *range(31, 42), 30, *range(42, 80)]
    played = []
    for index in order:
        frame = jitter.add(packet(index, 10))[1]
        assert jitter.waiting_ms <= AUDIO_BACKLOG_MS
        if frame is not None:
            played.append(index_of(frame, 10))
    assert 30 not in played and played == sorted(set(played))
    assert jitter.late == 1 and jitter.too_old == 0
    assert played[-1] == 79 - AUDIO_PREFETCH_MS // 10


def test_late_and_reordered_packets_on_a_lossy_link() -> None:
    """10 ms frames, 2 % loss, packets up to 30 ms late and so out of order: frames come
    out in order, none twice, none more than AUDIO_BACKLOG_MS behind the newest, and a
    packet that comes after its turn is not played."""
    rnd = random.Random(17)
    arrivals = sorted(
        (i * 10 + rnd.uniform(0, 30), i) for i in range(2000) if rnd.random() >= 0.02
    )  # fmt: skip
    jitter = buffer()
    newest, played = -1, []
    for _, index in arrivals:
        newest = max(newest, index)
        frame = jitter.add(packet(index, 10))[1]
        assert jitter.waiting_ms <= AUDIO_BACKLOG_MS
        if frame is not None:
            played.append(index_of(frame, 10))
            assert newest - played[-1] <= AUDIO_BACKLOG_MS // 10
    assert played == sorted(set(played))
    assert len(played) > 0.9 * len(arrivals)  # 30 ms of jitter fits in 40 ms held back


def test_the_frame_length_follows_the_stream() -> None:
    """The sender moves from 20 ms to 10 ms frames: the rules follow in milliseconds."""
    jitter = buffer()
    seq, stamp, out = 100, 0, []
    for frame_ms in [20] * 10 + [10] * 30:
        p = RtpPacket(payload_type=111, sequence_number=seq, timestamp=stamp, payload=b"\xfc")
        p._data = b"\xfc"  # type: ignore[attr-defined]
        frame = jitter.add(p)[1]
        out.append(frame is not None)
        seq, stamp = seq + 1, stamp + AUDIO_CLOCK_HZ * frame_ms // 1000
    assert jitter.frame_samples == AUDIO_CLOCK_HZ // 100
    assert jitter.waiting_ms == AUDIO_PREFETCH_MS
