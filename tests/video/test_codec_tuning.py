"""The tuned video path's pieces without network or screen: jitter buffer, encoder
(assist_media/receiving.py, vp8.py)."""

from __future__ import annotations

import fractions

import av
import numpy as np
import pytest
from aiortc.codecs.vpx import Vp8Decoder, Vp8Encoder, vp8_depayload
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtcrtpparameters import RTCRtpCodecParameters
from aiortc.rtp import RtpPacket

from assist_media import aiortc_patches, vp8
from assist_media import libvpx as vpx_lib
from assist_media.convert import bgra_to_i420
from assist_media.hints import FrameHints, hints_of
from assist_media.link import EncoderFeedback, MediaLink
from assist_media.receiving import MarkerJitterBuffer
from tests.support.requires import missing

TB = fractions.Fraction(1, 90_000)


def packet(seq: int, timestamp: int, marker: bool, data: bytes = b"x") -> RtpPacket:
    p = RtpPacket(payload_type=96, sequence_number=seq, timestamp=timestamp)
    p.marker = int(marker)
    p._data = data  # type: ignore[attr-defined]
    return p


def test_marker_packet_completes_a_frame_at_once() -> None:
    """A frame is released when its marker packet arrives, not when the next frame starts."""
    tuned = MarkerJitterBuffer(capacity=128, is_video=True)
    stock = JitterBuffer(capacity=128, is_video=True)
    for buffer in (tuned, stock):
        assert buffer.add(packet(10, 1000, False, b"ab"))[1] is None
    frame = tuned.add(packet(11, 1000, True, b"cd"))[1]
    assert frame is not None and frame.data == b"abcd" and frame.timestamp == 1000
    assert stock.add(packet(11, 1000, True, b"cd"))[1] is None  # aiortc would still wait


def test_hole_holds_the_frame_until_the_packet_is_repaired() -> None:
    """A missing middle packet keeps the frame back; its retransmission completes it."""
    buffer = MarkerJitterBuffer(capacity=128, is_video=True)
    buffer.add(packet(20, 5, False, b"a"))
    assert buffer.add(packet(22, 5, True, b"c"))[1] is None
    frame = buffer.add(packet(21, 5, False, b"b"))[1]
    assert frame is not None and frame.data == b"abc"


def test_lost_marker_ends_the_frame_when_the_next_begins() -> None:
    """Without its marker packet a frame is still released once the next frame starts."""
    buffer = MarkerJitterBuffer(capacity=128, is_video=True)
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
    if vpx_lib.libvpx() is None:
        missing("libvpx", "not loadable through ctypes here")


def encode_decode(encoder, decoder, frame: av.VideoFrame, index: int) -> av.VideoFrame:
    frame.pts, frame.time_base = index * 3000, TB
    payloads, timestamp = encoder.encode(frame)
    data = b"".join(vp8_depayload(p) for p in payloads)
    (shown,) = decoder.decode(JitterFrame(data, timestamp))
    return shown


def test_bitrate_change_keeps_the_encoder_and_sends_no_key_frame(libvpx: None) -> None:
    """A new target bitrate is applied in place: same libvpx instance, no key frame."""
    encoder, decoder = vp8.ScreenVp8Encoder(), Vp8Decoder()
    encode_decode(encoder, decoder, picture(1), 0)
    first_context, keys = encoder.codec, encoder.feedback.key_frames
    changes = encoder.feedback.rate_changes
    encoder.target_bitrate = 4_000_000
    for index in range(1, 5):
        shown = encode_decode(encoder, decoder, picture(index + 1), index)
    assert encoder.codec is first_context
    assert encoder.feedback.key_frames == keys
    assert encoder.feedback.rate_changes == changes + 1
    assert first_context.bitrate == 4_000_000
    expected = picture(5).to_ndarray()
    assert np.abs(shown.to_ndarray().astype(int) - expected).mean() < 6


def test_big_change_after_still_screen_gets_a_coarser_floor() -> None:
    """After a still picture a whole-screen change is capped to the link: crisp in one
    frame where the link allows it within CHANGE_MAX_S, coarser where it does not;
    small changes are not capped."""
    frame = av.VideoFrame(1920, 1080, "yuv420p")
    frame.opaque = FrameHints(changed=1.0)
    assert vp8.change_quantizer(frame, 5_000_000) == vp8.CRISP_QUANTIZER
    assert vp8.CRISP_QUANTIZER < vp8.change_quantizer(frame, 1_000_000) < 48
    assert vp8.change_quantizer(frame, 300_000) == vpx_lib.MAX_QUANTIZER
    assert vp8.change_quantizer(frame, 20_000_000) < vp8.CRISP_QUANTIZER
    frame.opaque = FrameHints(changed=0.01)
    assert vp8.change_quantizer(frame, 5_000_000) == vpx_lib.MIN_QUANTIZER


def test_anything_but_frame_hints_on_opaque_reads_as_an_all_new_frame() -> None:
    """A frame without FrameHints (None, or the dict of old) gets the defaults."""
    frame = av.VideoFrame(64, 64, "yuv420p")
    for opaque in (None, {"changed": 0.0, "sharp": True}):
        frame.opaque = opaque
        assert hints_of(frame) == FrameHints(changed=1.0, sharp=False, keepalive=False)


def test_libvpx_versions_outside_the_verified_range_are_refused() -> None:
    """The struct offsets are used only for the libvpx versions they were checked on."""
    vpx_lib.check_version((1, 16, 0))
    vpx_lib.check_version((1, 8, 2))
    for version in ((1, 17, 0), (1, 7, 0), (2, 0, 0)):
        with pytest.raises(OSError, match="verified for 1.8"):
            vpx_lib.check_version(version)


def test_an_unknown_libvpx_leaves_aiortcs_own_encoder_in_use(monkeypatch, caplog) -> None:
    """A libvpx that says it is 2.0 is not driven by offset: one warning, stock VP8."""
    monkeypatch.setattr(vpx_lib, "_libvpx", None)
    monkeypatch.setattr(vpx_lib, "_libvpx_failed", False)
    monkeypatch.setattr(vpx_lib, "read_version", lambda lib: (2, 0, 0))
    with caplog.at_level("WARNING", logger="assist.media.libvpx"):
        assert vpx_lib.libvpx() is None
        assert vpx_lib.libvpx() is None  # remembered: no second look, no second warning
    assert caplog.text.count("libvpx not usable") == 1
    assert "verified for 1.8" in caplog.text
    assert vp8.screen_encoder(EncoderFeedback()) is None
    codec = RTCRtpCodecParameters(mimeType="video/VP8", clockRate=90_000, payloadType=96)
    assert type(aiortc_patches.encoder_for(codec, MediaLink())) is Vp8Encoder
