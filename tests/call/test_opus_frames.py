"""The call's Opus frames are 10 ms (aiortc's are 20): each 10 ms of microphone sound is
one RTP payload at once, and decodes back to 10 ms."""

from __future__ import annotations

import fractions

import av
import numpy as np
from aiortc.codecs import get_encoder
from aiortc.codecs.opus import OpusDecoder
from aiortc.jitterbuffer import JitterFrame
from aiortc.rtcrtpparameters import RTCRtpCodecParameters

from assist_media import aiortc_patches
from assist_media.audio_io import FRAME_SAMPLES, RATE

OPUS = RTCRtpCodecParameters(mimeType="audio/opus", clockRate=48000, channels=2, payloadType=111)


def mic_frame(index: int) -> av.AudioFrame:
    t = (np.arange(FRAME_SAMPLES) + index * FRAME_SAMPLES) / RATE
    pcm = (np.sin(2 * np.pi * 440 * t) * 8000).astype("<i2").reshape(1, -1)
    frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
    frame.sample_rate, frame.pts = RATE, index * FRAME_SAMPLES
    frame.time_base = fractions.Fraction(1, RATE)
    return frame


def test_each_10_ms_of_sound_is_one_packet_that_decodes_to_10_ms() -> None:
    """Through the call's encoder: no frame waits for a second one before it leaves."""
    assert FRAME_SAMPLES * 1000 // RATE == 10
    encoder = get_encoder(OPUS)
    aiortc_patches.short_opus(encoder)
    decoder = OpusDecoder()
    for index in range(5):
        payloads, timestamp = encoder.encode(mic_frame(index))
        assert len(payloads) == 1, index
        assert timestamp == index * FRAME_SAMPLES
        (decoded,) = decoder.decode(JitterFrame(data=payloads[0], timestamp=timestamp))
        assert decoded.samples == FRAME_SAMPLES
