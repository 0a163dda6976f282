"""The tuned video path's pieces without network or screen: jitter buffer, encoder."""

from __future__ import annotations

import fractions

import av
import numpy as np
import pytest
from aiortc.codecs.vpx import Vp8Decoder, vp8_depayload
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtp import RtpPacket

from assist_media import codec_tuning
from assist_media.convert import bgra_to_i420

TB = fractions.Fraction(1, 90_000)


def packet(seq: int, timestamp: int, marker: bool, data: bytes = b"x") -> RtpPacket:
    p = RtpPacket(payload_type=96, sequence_number=seq, timestamp=timestamp)
    p.marker = int(marker)
    p._data = data  # type: ignore[attr-defined]
    return p


def test_marker_packet_completes_a_frame_at_once() -> None:
    """A frame is released when its marker packet arrives, not when the next frame starts."""
    tuned = codec_tuning.MarkerJitterBuffer(capacity=128, is_video=True)
    stock = JitterBuffer(capacity=128, is_video=True)
    for buffer in (tuned, stock):
        assert buffer.add(packet(10, 1000, False, b"ab"))[1] is None
    frame = tuned.add(packet(11, 1000, True, b"cd"))[1]
    assert frame is not None and frame.data == b"abcd" and frame.timestamp == 1000
    assert stock.add(packet(11, 1000, True, b"cd"))[1] is None  # aiortc would still wait


def test_hole_holds_the_frame_until_the_packet_is_repaired() -> None:
    """A missing middle packet keeps the frame back; its retransmission completes it."""
    buffer = codec_tuning.MarkerJitterBuffer(capacity=128, is_video=True)
    buffer.add(packet(20, 5, False, b"a"))
    assert buffer.add(packet(22, 5, True, b"c"))[1] is None
    frame = buffer.add(packet(21, 5, False, b"b"))[1]
    assert frame is not None and frame.data == b"abc"


def test_lost_marker_ends_the_frame_when_the_next_begins() -> None:
    """Without its marker packet a frame is still released once the next frame starts."""
    buffer = codec_tuning.MarkerJitterBuffer(capacity=128, is_video=True)
    buffer.add(packet(30, 7, False, b"a"))
    buffer.add(packet(31, 7, False, b"b"))
    frame = buffer.add(packet(32, 8, False, b"c"))[1]
    assert frame is not None and frame.data == b"ab" and frame.timestamp == 7


def picture(seed: int, width: int = 640, height: int = 360) -> av.VideoFrame:
    rng = np.random.default_rng(seed)
    bgra = np.full((height, width, 4), 255, np.uint8)
    for _ in range(40):
        y, x = rng.integers(0, height - 20), rng.integers(0, width - 60)
        bgra[y : y + 12, x : x + 50, :3] = rng.integers(0, 255, 3)
    return bgra_to_i420(bgra)


@pytest.fixture
def libvpx() -> None:
    if codec_tuning.libvpx() is None:
        pytest.skip("libvpx is not loadable here")


def encode_decode(encoder, decoder, frame: av.VideoFrame, index: int) -> av.VideoFrame:
    frame.pts, frame.time_base = index * 3000, TB
    payloads, timestamp = encoder.encode(frame)
    data = b"".join(vp8_depayload(p) for p in payloads)
    (shown,) = decoder.decode(JitterFrame(data, timestamp))
    return shown


def test_bitrate_change_keeps_the_encoder_and_sends_no_key_frame(libvpx: None) -> None:
    """A new target bitrate is applied in place: same libvpx instance, no key frame."""
    encoder, decoder = codec_tuning.ScreenVp8Encoder(), Vp8Decoder()
    encode_decode(encoder, decoder, picture(1), 0)
    first_context, keys = encoder.codec, codec_tuning.feedback.key_frames
    changes = codec_tuning.feedback.rate_changes
    encoder.target_bitrate = 4_000_000
    for index in range(1, 5):
        shown = encode_decode(encoder, decoder, picture(index + 1), index)
    assert encoder.codec is first_context
    assert codec_tuning.feedback.key_frames == keys
    assert codec_tuning.feedback.rate_changes == changes + 1
    assert first_context.bitrate == 4_000_000
    expected = picture(5).to_ndarray()
    assert np.abs(shown.to_ndarray().astype(int) - expected).mean() < 6


def test_big_change_after_still_screen_gets_a_coarser_floor() -> None:
    """After a still picture a whole-screen change is capped to the link: crisp in one
    frame where the link allows it within CHANGE_MAX_S, coarser where it does not;
    small changes are not capped."""
    frame = av.VideoFrame(1920, 1080, "yuv420p")
    frame.opaque = {"changed": 1.0}
    assert codec_tuning.change_quantizer(frame, 5_000_000) == codec_tuning.CRISP_QUANTIZER
    assert codec_tuning.CRISP_QUANTIZER < codec_tuning.change_quantizer(frame, 1_000_000) < 48
    assert codec_tuning.change_quantizer(frame, 300_000) == codec_tuning.MAX_QUANTIZER
    assert codec_tuning.change_quantizer(frame, 20_000_000) < codec_tuning.CRISP_QUANTIZER
    frame.opaque = {"changed": 0.01}
    assert codec_tuning.change_quantizer(frame, 5_000_000) == codec_tuning.MIN_QUANTIZER
