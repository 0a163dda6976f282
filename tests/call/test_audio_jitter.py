"""The call's audio jitter buffer (assist_media/receiving.py) on a lossy link: a lost
packet is skipped, and a backlog never becomes lasting delay."""

from __future__ import annotations

from aiortc.rtp import RtpPacket

from assist_media.receiving import AUDIO_PREFETCH, MarkerJitterBuffer


def packet(seq: int) -> RtpPacket:
    p = RtpPacket(payload_type=96, sequence_number=seq, timestamp=seq * 960)
    p._data = bytes([seq % 256])  # type: ignore[attr-defined]  # what aiortc's depayloader sets
    return p


def buffer() -> MarkerJitterBuffer:
    return MarkerJitterBuffer(capacity=16, prefetch=4)  # as aiortc makes it for audio


def test_audio_holds_only_two_frames() -> None:
    """The first frame leaves once AUDIO_PREFETCH more are in (aiortc: 4)."""
    jitter = buffer()
    out = [jitter.add(packet(seq))[1] for seq in range(1, 5)]
    released = [f for f in out if f is not None]
    assert AUDIO_PREFETCH == 2
    assert released and released[0].timestamp == 960
    assert out.index(released[0]) == AUDIO_PREFETCH  # the third packet releases the first


def test_a_lost_packet_is_skipped_not_waited_for() -> None:
    """Packet 5 never comes: frames after it still flow within a few packets."""
    jitter = buffer()
    released = []
    for seq in [*range(1, 5), *range(6, 30)]:
        frame = jitter.add(packet(seq))[1]
        if frame is not None:
            released.append(frame.timestamp // 960)
    assert 6 in released and 5 not in released
    assert released[-1] >= 29 - AUDIO_PREFETCH - 2  # no growing backlog at the end


def test_backlog_after_a_burst_is_bounded() -> None:
    """After many holes the buffer never keeps more than prefetch + 2 packets waiting."""
    jitter = buffer()
    last = 0
    for seq in range(1, 200):
        if seq % 7 == 0:
            continue  # lost
        frame = jitter.add(packet(seq))[1]
        if frame is not None:
            last = frame.timestamp // 960
        assert seq - last <= AUDIO_PREFETCH + 4, (seq, last)
