"""Sender pacing, abs-send-time re-stamping, selective NACK, late repairs, the estimate's
decrease interval and the encoder's quantizer choices — the I/O-free parts, with a
fake clock where time matters (the whole path runs for real in test_video_session)."""

from __future__ import annotations

import asyncio
import fractions

import av
import numpy as np
import pytest
from aiortc.rate import BandwidthUsage
from aiortc.rtcrtpparameters import RTCRtpHeaderExtensionParameters, RTCRtpParameters
from aiortc.rtp import HeaderExtensionsMap, RtpPacket

from assist_media import estimate, pacing, receiving, vp8
from assist_media import libvpx as vpx_lib
from assist_media.convert import bgra_to_i420
from assist_media.hints import FrameHints
from assist_media.link import MediaLink
from tests.support.requires import missing
from tests.support.timing import TIMEOUT_SCALE

TB = fractions.Fraction(1, 90_000)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def rtp(seq: int) -> RtpPacket:
    return RtpPacket(payload_type=96, sequence_number=seq, timestamp=seq // 10)


# -- selective NACK ---------------------------------------------------------------------


def test_lost_packet_is_asked_for_once_then_again_only_when_the_repair_is_late() -> None:
    clock = Clock()
    nacks = receiving.SelectiveNackGenerator(clock)
    assert nacks.add(rtp(10)) is False
    assert nacks.add(rtp(13)) is True  # 11 and 12 went missing
    assert nacks.missing == {11, 12}
    clock.now += 0.01
    assert nacks.add(rtp(14)) is False  # nothing new, nothing overdue: no NACK
    assert nacks.add(rtp(16)) is True  # a new gap: only 15 is asked for
    assert nacks.missing == {15}
    clock.now += receiving.REPAIR_MARGIN * nacks.repair_s + 0.01
    assert nacks.add(rtp(17)) is True  # the repairs are overdue: ask once more
    assert nacks.missing == {11, 12, 15}


def test_repair_time_is_learned_and_a_repaired_packet_is_not_asked_for_again() -> None:
    clock = Clock()
    nacks = receiving.SelectiveNackGenerator(clock)
    nacks.add(rtp(1))
    nacks.add(rtp(3))
    before = nacks.repair_s
    clock.now += 0.05  # the repair comes back quickly
    assert nacks.add(rtp(2)) is False
    assert nacks.repair_s < before
    clock.now += 5.0
    assert nacks.add(rtp(4)) is False  # nothing is missing any more


def test_a_packet_is_given_up_after_nack_tries() -> None:
    clock = Clock()
    nacks = receiving.SelectiveNackGenerator(clock)
    nacks.add(rtp(1))
    nacks.add(rtp(3))
    asked, seq = 1, 4
    for _ in range(20):
        clock.now += 1.0
        if nacks.add(rtp(seq)):
            asked += 2 in nacks.missing
        seq += 1
    assert asked == receiving.NACK_TRIES


def test_a_repair_after_its_frame_was_skipped_is_dropped_not_a_reset() -> None:
    """aiortc emptied the buffer (and asked for a key frame) for a packet ≥ 100 late."""
    buffer = receiving.MarkerJitterBuffer(capacity=512, is_video=True)
    for seq in range(1000, 1300):
        p = rtp(seq)
        p.marker = 1
        p._data = b"x"  # type: ignore[attr-defined]
        pli, frame = buffer.add(p)
        assert frame is not None
    late = rtp(1050)
    late._data = b"x"  # type: ignore[attr-defined]
    assert buffer.add(late) == (False, None)
    nxt = rtp(1300)
    nxt.marker = 1
    nxt._data = b"y"  # type: ignore[attr-defined]
    pli, frame = buffer.add(nxt)
    assert not pli and frame is not None and frame.data == b"y"


# -- pacing and the send-time stamp ----------------------------------------------------------


def linked(target_bitrate: int) -> MediaLink:
    """A connection's MediaLink whose encoder aims at `target_bitrate`."""
    link = MediaLink()
    link.feedback.target_bitrate = target_bitrate
    return link


def serialized(abs_send_time: int, ext_id: int = 3) -> bytes:
    mapping = _map(ext_id)
    p = rtp(7)
    p.extensions.mid = "0"
    p.extensions.abs_send_time = abs_send_time
    p.payload = b"payload"
    return p.serialize(mapping)


def test_abs_send_time_is_stamped_again_as_the_packet_leaves(monkeypatch) -> None:
    data = serialized(0x000001)
    monkeypatch.setattr(pacing.clock, "current_ntp_time", lambda: 0xABCDEF << 14)
    again = pacing.restamp(data, 3)
    assert len(again) == len(data)
    parsed = RtpPacket.parse(again, _map(3))
    assert parsed.extensions.abs_send_time == 0xABCDEF
    assert parsed.extensions.mid == "0" and parsed.payload == b"payload"
    assert pacing.restamp(data, None) == data  # not negotiated


def _map(ext_id: int) -> HeaderExtensionsMap:
    mapping = HeaderExtensionsMap()
    mapping.configure(
        RTCRtpParameters(
            headerExtensions=[
                RTCRtpHeaderExtensionParameters(id=1, uri="urn:ietf:params:rtp-hdrext:sdes:mid"),
                RTCRtpHeaderExtensionParameters(id=ext_id, uri=pacing.ABS_SEND_TIME_URI),
            ]
        )
    )
    return mapping


def test_pacer_sends_repairs_first_and_spreads_a_frame_over_time() -> None:
    link = linked(800_000)  # 125 kB/s paced
    sent: list[tuple[float, bytes]] = []

    async def send(transport: object, data: bytes) -> None:
        sent.append((asyncio.get_running_loop().time(), data))

    async def scenario() -> float:
        paced = pacing.PacedSender(object(), send, link)
        started = asyncio.get_running_loop().time()
        for i in range(40):  # a 48 kB frame: 0.1 s may leave at once, the rest paced
            paced.put(bytes([i]) * 1200, urgent=False)
        assert link.backlog_s() > 0.3 and link.behind()
        await asyncio.sleep(0)
        paced.put(b"R" * 1200, urgent=True)  # a repair jumps the queue
        while paced.queued_bytes:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)
        paced.close()
        return started

    started = asyncio.run(scenario())
    order = [data[:1] for _, data in sent]
    burst = pacing.PACE_BURST_S * pacing.PACE_FACTOR * 800_000 / 8 / 1200
    assert order.index(b"R") <= burst + 2  # behind only what the burst let out at once
    assert len(sent) == 40 + pacing.REPAIR_COPIES  # the repair leaves twice
    took = sent[-1][0] - started
    rate = pacing.PACE_FACTOR * 800_000 / 8
    expected = (40 + pacing.REPAIR_COPIES) * 1200 / rate - pacing.PACE_BURST_S
    # Spread over the pacing time (not sent at once); the upper bound only allows for a
    # loaded machine oversleeping, it does not measure speed.
    assert expected - 0.02 <= took < expected + 0.5 * TIMEOUT_SCALE


# -- the estimate -------------------------------------------------------------------------


def test_estimate_drops_at_most_once_per_interval() -> None:
    control = estimate.ScreenRateControl()
    start = control.current_bitrate
    first = control.update(BandwidthUsage.OVERUSING, 300_000, 10_000)
    assert first is not None and first < start
    assert control.update(BandwidthUsage.OVERUSING, 300_000, 10_100) == first
    later = control.update(
        BandwidthUsage.OVERUSING, 300_000, 10_000 + estimate.DECREASE_INTERVAL_MS
    )
    assert later is not None and later < first


# -- quantizer choices ----------------------------------------------------------------------


@pytest.fixture
def encoder() -> vp8.ScreenVp8Encoder:
    if vpx_lib.libvpx() is None:
        missing("libvpx", "not loadable through ctypes here")
    enc = vp8.ScreenVp8Encoder()
    enc.target_bitrate = 300_000  # a 640×360 page is coarser than crisp in 0.3 s of this
    return enc


def page(seed: int) -> av.VideoFrame:
    rng = np.random.default_rng(seed)
    bgra = np.full((360, 640, 4), 255, np.uint8)
    for _ in range(300):
        y, x = rng.integers(0, 350), rng.integers(0, 600)
        bgra[y : y + 2, x : x + 30, :3] = 0
    return bgra_to_i420(bgra)


def send(enc, frame: av.VideoFrame, i: int, changed: float, keepalive: bool = False):
    frame.pts, frame.time_base = i * 3000, TB
    frame.opaque = FrameHints(changed=changed, keepalive=keepalive)
    enc.encode(frame)
    return enc._context.quantizers, enc.feedback.last_quantizer


def test_key_frame_coarse_change_crisp_then_a_finer_ladder_and_motion_floor(encoder) -> None:
    blank, text = bgra_to_i420(np.full((360, 640, 4), 255, np.uint8)), page(1)
    assert send(encoder, blank, 0, 1.0)[0] == (vp8.KEY_QUANTIZER,) * 2
    for i in range(1, 7):  # the start is refined, then kept alive
        send(encoder, blank, i, 0.0)
    send(encoder, blank, 7, 0.0, keepalive=True)
    (lo, hi), coded = send(encoder, text, 8, 1.0)  # a page after a still screen
    assert lo == hi == coded == vp8.CRISP_QUANTIZER
    steps = [send(encoder, text, 9 + i, 0.0)[1] for i in range(6)]  # refinement re-sends
    assert steps[0] < vp8.CRISP_QUANTIZER
    assert steps == sorted(steps, reverse=True)
    assert steps[-1] == vp8.REFINED_QUANTIZER
    send(encoder, page(2), 15, 1.0)  # the page moves: libvpx decides, not finer than crisp
    (lo, hi), _ = send(encoder, page(3), 16, 1.0)
    assert (lo, hi) == (vp8.CRISP_QUANTIZER, vpx_lib.MAX_QUANTIZER)


# -- capacity from packet trains ---------------------------------------------------------------


def test_packet_trains_measure_the_bottleneck() -> None:
    """Trains sent together (same abs-send-time) and spread by a 5 Mbit/s hop read 5 Mbit/s;
    single packets (keep-alives) and short trains teach nothing."""
    trains = estimate.TrainCapacity()
    send, arrival = 1000, 50_000.0
    for _ in range(5):
        for i in range(estimate.TRAIN_PACKETS):
            trains.add(send + i, int(arrival), 1250)  # 1250 B: 2 ms apart at 5 Mbit/s
            arrival += 2.0
        send += 262 * 40  # the next frame leaves 40 ms later
        arrival += 40
        assert trains.capacity() is None or trains.capacity() == pytest.approx(5e6, rel=0.1)
        trains.add(send, int(arrival), 300)  # a lone packet between trains
        send += 262 * 40
        arrival += 40
    assert trains.capacity() == pytest.approx(5e6, rel=0.1)
    lone = estimate.TrainCapacity()
    for i in range(20):
        lone.add(i * 262 * 30, i * 30, 1200)
    assert lone.capacity() is None


def test_estimate_jumps_to_the_measured_capacity_only_without_recent_overuse() -> None:
    control = estimate.ScreenRateControl()
    control.capacity = 5_000_000
    now = 100_000
    jumped = control.update(BandwidthUsage.NORMAL, 300_000, now)
    assert jumped == int(estimate.CAPACITY_SHARE * 5_000_000)
    dropped = control.update(BandwidthUsage.OVERUSING, 300_000, now + 100)
    assert dropped is not None and dropped < jumped
    held = control.update(BandwidthUsage.NORMAL, 300_000, now + 600)
    assert held is not None and held < jumped  # no jump right after an over-use
    later = control.update(BandwidthUsage.NORMAL, 300_000, now + 100 + estimate.CAPACITY_HOLD_MS)
    assert later == jumped


def media(marker: bool) -> bytes:
    """A 1200-byte RTP-looking packet; `marker`: the frame's last."""
    return bytes([0x80, 0x80 if marker else 0x00]) + bytes(1198)


def leave_times(packets: list[bytes], target_bitrate: int) -> list[float]:
    """When each packet left a fresh pacer (loop time), all queued at once."""
    sent: list[float] = []

    async def send(transport: object, data: bytes) -> None:
        sent.append(asyncio.get_running_loop().time())

    async def scenario() -> None:
        paced = pacing.PacedSender(object(), send, linked(target_bitrate))
        for packet in packets:
            paced.put(packet, urgent=False)
        while paced.queued_bytes:
            await asyncio.sleep(0.01)
        paced.close()

    asyncio.run(scenario())
    return sent


def test_each_frame_starts_with_a_train_even_when_the_pacer_is_behind() -> None:
    frame1 = [media(i == 29) for i in range(30)]  # 36 kB, more than the burst allows
    frame2 = [media(False)] * 12  # queued behind it
    sent = leave_times(frame1 + frame2, 800_000)
    frame2 = sent[30:]
    train = frame2[: estimate.TRAIN_PACKETS]
    assert train[-1] - train[0] < 0.03  # left together (paced, 8 packets take ~70 ms)
    assert frame2[-1] - train[-1] > 0.02  # the rest of the frame is paced again


def test_a_big_frame_has_a_train_every_train_every_packets() -> None:
    """A key frame is one frame: trains only at frame starts taught the estimate one
    sample in the whole start of a session."""
    count = 3 * (pacing.TRAIN_EVERY + estimate.TRAIN_PACKETS)
    sent = leave_times([media(i == count - 1) for i in range(count)], 2_000_000)  # one frame
    spacing = 1200 / (pacing.PACE_FACTOR * 2_000_000 / 8)  # 3.8 ms per packet
    together = [b - a < spacing / 3 for a, b in zip(sent, sent[1:], strict=False)]
    # Runs of packets that left back to back, after the first burst has drained.
    runs, length = [], 0
    for close in together:
        if close:
            length += 1
        elif length:
            runs.append(length + 1)
            length = 0
    paced_runs = [r for r in runs if r <= estimate.TRAIN_PACKETS]
    assert paced_runs.count(estimate.TRAIN_PACKETS) >= 2  # trains inside the frame


def test_a_train_with_a_lost_packet_counts_and_two_trains_give_a_capacity() -> None:
    trains = estimate.TrainCapacity()
    send, arrival = 1000, 50_000.0
    for lost in (3, None):
        for i in range(estimate.TRAIN_PACKETS):
            if i != lost:
                trains.add(send + i, int(arrival), 1250)
            arrival += 2.0  # 5 Mbit/s
        send += 262 * 40
        arrival += 40
    trains.add(send, int(arrival), 300)  # ends the second train
    # The train with the hole reads a little low; the lower median of two is taken.
    assert trains.capacity() == pytest.approx(5e6 * 6 / 7, rel=0.1)


def test_estimate_jumps_to_the_capacity_on_a_still_screen_but_not_under_overuse() -> None:
    """A still screen's keep-alives read as under-use: that must not keep the estimate
    where the start's over-use left it."""
    control = estimate.ScreenRateControl()
    control.capacity = 1_000_000
    now = 100_000
    cut = control.update(BandwidthUsage.OVERUSING, 500_000, now)
    assert cut is not None and cut < 1_000_000
    still = control.update(BandwidthUsage.UNDERUSING, 8_000, now + estimate.CAPACITY_HOLD_MS)
    assert still == int(estimate.CAPACITY_SHARE * 1_000_000)
    again = estimate.ScreenRateControl()
    again.capacity = 1_000_000
    assert again.update(BandwidthUsage.OVERUSING, 400_000, now) < 1_000_000


def test_each_repair_leaves_twice_and_close_cancels_the_copy() -> None:
    sent: list[tuple[float, bytes]] = []

    async def send(transport: object, data: bytes) -> None:
        sent.append((asyncio.get_running_loop().time(), data))

    async def scenario() -> None:
        paced = pacing.PacedSender(object(), send, linked(800_000))
        paced.put(b"R" * 1200, urgent=True)
        await asyncio.sleep(pacing.REPAIR_COPY_GAP_S * 3)
        paced.put(b"S" * 1200, urgent=True)
        await asyncio.sleep(0.005)  # S leaves; its copy is not due yet
        paced.close()
        await asyncio.sleep(pacing.REPAIR_COPY_GAP_S * 3)

    asyncio.run(scenario())
    repairs = [(at, data[:1]) for at, data in sent]
    assert [data for _, data in repairs] == [b"R"] * pacing.REPAIR_COPIES + [b"S"]
    assert pacing.REPAIR_COPIES == 2
    assert repairs[1][0] - repairs[0][0] >= pacing.REPAIR_COPY_GAP_S * 0.9


def test_no_repair_copies_while_the_link_loses_much() -> None:
    """Loss of more than COPY_MAX_LOSS of what left is a full queue: copies would add to it."""
    sent: list[bytes] = []

    async def send(transport: object, data: bytes) -> None:
        sent.append(data[:1])

    async def scenario() -> None:
        paced = pacing.PacedSender(object(), send, linked(6_000_000))
        for _ in range(20):  # 20 media packets left in the last second…
            paced.put(b"M" + bytes(1199), urgent=False)
        while paced.queued_bytes:
            await asyncio.sleep(0.005)
        for _ in range(5):  # …and 5 of them were asked for again: 25 % loss
            paced.put(b"R" + bytes(1199), urgent=True)
        await asyncio.sleep(pacing.REPAIR_COPY_GAP_S * 4)
        paced.close()

    asyncio.run(scenario())
    assert sent.count(b"M") == 20
    # 2 repairs in 20 packets are within COPY_MAX_LOSS (10 %) and leave twice; the 3rd,
    # 4th and 5th are not, and leave once.
    assert sent.count(b"R") == 5 + 2


def test_a_packet_sent_again_leaves_byte_for_byte_as_the_first_time(monkeypatch) -> None:
    """A copy of a repair, or a repair without RTX, reuses an SRTP index: with a new
    abs-send-time it would be a different message under the same AES-GCM nonce."""
    link = linked(6_000_000)
    link.abs_send_time_id = 3
    now = [0x000100]
    monkeypatch.setattr(pacing.clock, "current_ntp_time", lambda: now[0] << 14)
    sent: list[bytes] = []

    async def send(transport: object, data: bytes) -> None:
        sent.append(data)

    def packet(seq: int) -> bytes:
        p = rtp(seq)
        p.extensions.abs_send_time = 0
        p.payload = bytes([seq % 256]) * 100
        return p.serialize(_map(3))

    async def scenario() -> None:
        paced = pacing.PacedSender(object(), send, link)
        paced.put(packet(7), urgent=False)
        paced.put(packet(8), urgent=False)
        await asyncio.sleep(0.01)
        now[0] = 0x000200  # later: a repair of 7, a new packet 9
        paced.put(packet(7), urgent=True)
        paced.put(packet(9), urgent=False)
        await asyncio.sleep(pacing.REPAIR_COPY_GAP_S * 3)  # and the repair's copy
        paced.close()

    asyncio.run(scenario())
    stamps = {}
    for data in sent:
        parsed = RtpPacket.parse(data, _map(3))
        stamps.setdefault(parsed.sequence_number, set()).add(data)
    assert len(sent) == 3 + pacing.REPAIR_COPIES
    assert len(stamps[7]) == 1  # three times the very same bytes
    parsed = {n: RtpPacket.parse(next(iter(d)), _map(3)) for n, d in stamps.items()}
    assert parsed[7].extensions.abs_send_time == 0x000100
    assert parsed[9].extensions.abs_send_time == 0x000200  # new packets: stamped as they leave


def test_a_failing_send_is_reported_and_the_queue_goes_on(caplog) -> None:
    sent: list[bytes] = []

    async def send(transport: object, data: bytes) -> None:
        if data[:1] == b"X":
            raise ValueError("a bug")
        sent.append(data[:1])

    async def scenario() -> None:
        paced = pacing.PacedSender(object(), send, linked(6_000_000))
        paced.put(b"X" + bytes(99), urgent=False)
        await asyncio.sleep(0.01)
        paced.put(b"A" + bytes(99), urgent=False)
        await asyncio.sleep(0.01)
        paced.close()

    with caplog.at_level("ERROR", logger="assist.media.pacing"):
        asyncio.run(scenario())
    assert sent == [b"A"]
    assert "video send queue failed" in caplog.text
