"""aiortc's private names in one place: checked before they are replaced, a stock fallback
when one is gone, and each peer connection with its own MediaLink."""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from types import SimpleNamespace

import pytest
from aiortc import RTCPeerConnection, VideoStreamTrack, rtcrtpreceiver
from aiortc.codecs.vpx import Vp8Encoder
from aiortc.jitterbuffer import JitterBuffer
from aiortc.rtcdtlstransport import RTCDtlsTransport
from aiortc.rtcrtpparameters import RTCRtpCodecParameters
from aiortc.rtcrtpsender import RTCRtpSender
from aiortc.rtcsctptransport import RTCSctpTransport

from assist_media import aiortc_patches, pacing
from assist_media import libvpx as vpx_lib
from assist_media.link import MediaLink, attach, link_of
from assist_media.vp8 import ScreenVp8Encoder
from tests.support.requires import missing
from tests.support.timing import until

VP8 = RTCRtpCodecParameters(mimeType="video/VP8", clockRate=90_000, payloadType=96)


def test_every_name_the_patches_need_is_in_the_installed_aiortc() -> None:
    """The check passes on the aiortc we run, before and after installing."""
    assert aiortc_patches.check() == []
    assert aiortc_patches.install() is True
    assert aiortc_patches.check() == []  # it looks at aiortc's own objects, not ours
    listed = " ".join(aiortc_patches.REQUIRED)
    needed = "_cwnd _ssthresh _outbound_queue _state _origin _packets _data _packetize"
    for name in (*needed.split(), "get_encoder", "RTP_HISTORY_SIZE", "_send_rtp"):
        assert name in listed


@pytest.mark.parametrize(
    ("owner", "name", "replacement", "reported"),
    [
        (RTCSctpTransport, "_t3_expired", None, "RTCSctpTransport._t3_expired is missing"),
        (Vp8Encoder, "_packetize", None, "Vp8Encoder._packetize is missing"),
        (rtcrtpreceiver, "NackGenerator", None, "rtcrtpreceiver:NackGenerator is missing"),
        (
            JitterBuffer,
            "_remove_frame",
            lambda self, seq: None,
            "JitterBuffer._remove_frame takes (self, seq), not (self, sequence_number)",
        ),
        (
            RTCRtpSender,
            "_next_encoded_frame",
            lambda self, codec: None,
            "RTCRtpSender._next_encoded_frame no longer uses get_encoder",
        ),
    ],
)
def test_a_missing_name_is_reported_and_stock_aiortc_runs(
    monkeypatch, caplog, owner, name, replacement, reported
) -> None:
    """A name gone or changed: check() names it; install() warns once and installs nothing."""
    if replacement is None:
        monkeypatch.delattr(owner, name)
    else:
        monkeypatch.setattr(owner, name, replacement)
    assert any(reported in problem for problem in aiortc_patches.check())
    monkeypatch.setattr(aiortc_patches, "_installed", None)  # as in a fresh process
    before = (rtcrtpreceiver.JitterBuffer, RTCDtlsTransport._send_rtp, RTCRtpSender.send)
    with caplog.at_level("WARNING", logger="assist.media.aiortc"):
        assert aiortc_patches.install() is False
        assert aiortc_patches.install() is False
    assert (rtcrtpreceiver.JitterBuffer, RTCDtlsTransport._send_rtp, RTCRtpSender.send) == before
    warnings = [r for r in caplog.records if r.name == "assist.media.aiortc"]
    assert len(warnings) == 1 and reported in warnings[0].getMessage()
    assert "stock aiortc" in warnings[0].getMessage()


def test_install_is_idempotent_from_many_threads() -> None:
    """Concurrent calls install once: aiortc's own method is wrapped once, not twice."""
    results: list[bool] = []
    threads = [threading.Thread(target=lambda: results.append(aiortc_patches.install()))
               for _ in range(8)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 8
    wrapped = RTCDtlsTransport._send_rtp.__wrapped__  # type: ignore[attr-defined]
    assert not hasattr(wrapped, "__wrapped__")


def test_sctp_queued_reads_the_association_queue() -> None:
    """The capture's 'sharp pictures still in SCTP' goes through aiortc_patches."""
    channel = SimpleNamespace(transport=SimpleNamespace(_outbound_queue=deque([b"x"])))
    assert aiortc_patches.sctp_queued(channel) is True
    channel.transport._outbound_queue.clear()
    assert aiortc_patches.sctp_queued(channel) is False
    assert aiortc_patches.sctp_queued(SimpleNamespace(transport=object())) is False


# -- one MediaLink per connection ------------------------------------------------------------


def test_attach_gives_each_connection_its_own_link_and_parts_find_theirs() -> None:
    async def scenario() -> None:
        first, second, plain = RTCPeerConnection(), RTCPeerConnection(), RTCPeerConnection()
        link1, link2 = attach(first), attach(second)
        assert attach(first) is link1 and link1 is not link2
        assert link1.feedback is not link2.feedback
        senders = [pc.addTransceiver("video").sender for pc in (first, second, plain)]
        assert link_of(senders[0]) is link1 and link_of(senders[1]) is link2
        assert link_of(senders[0].transport) is link1
        assert link_of(senders[2]) is None  # not attached: stock aiortc for it
        for pc in (first, second, plain):
            await pc.close()

    asyncio.run(scenario())


def test_two_connections_share_no_feedback_and_no_backlog() -> None:
    """Each encoder reports into its own connection; one link's queue is not the other's."""
    link1, link2 = MediaLink(), MediaLink()
    if vpx_lib.libvpx() is not None:
        encoder1 = aiortc_patches.encoder_for(VP8, link1)
        encoder2 = aiortc_patches.encoder_for(VP8, link2)
        assert isinstance(encoder1, ScreenVp8Encoder) and isinstance(encoder2, ScreenVp8Encoder)
        encoder1.target_bitrate = 3_000_000
        assert link1.feedback.target_bitrate == 3_000_000
        assert link2.feedback.target_bitrate != 3_000_000
    assert type(aiortc_patches.encoder_for(VP8, None)) is Vp8Encoder  # no link: aiortc's

    async def send(transport: object, data: bytes) -> None:
        await asyncio.sleep(0)

    async def scenario() -> None:
        paced = pacing.PacedSender(object(), send, link1)
        for _ in range(40):
            paced.put(bytes(1200), urgent=False)
        assert link1.behind() and link2.backlog_s() == 0.0
        release = link2.hold_video_while(lambda: True)
        assert link2.data_first() and not link1.data_first()
        release()
        paced.close()

    asyncio.run(scenario())


def test_two_connected_peer_connections_in_one_process_keep_apart() -> None:
    """Two real connections sending video at once: each encoder started once, in its own
    connection's feedback, and each link learnt its own abs-send-time id."""
    if vpx_lib.libvpx() is None:
        missing("libvpx", "not loadable through ctypes here")
    assert aiortc_patches.install()

    async def connect() -> tuple[RTCPeerConnection, RTCPeerConnection, MediaLink]:
        home, supporter = RTCPeerConnection(), RTCPeerConnection()
        link = attach(home)
        home.addTransceiver(VideoStreamTrack(), direction="sendonly")
        home.createDataChannel("chat")
        await home.setLocalDescription(await home.createOffer())
        await supporter.setRemoteDescription(home.localDescription)
        await supporter.setLocalDescription(await supporter.createAnswer())
        await home.setRemoteDescription(supporter.localDescription)
        return home, supporter, link

    async def scenario() -> None:
        pairs = [await connect(), await connect()]
        links = [link for _, _, link in pairs]
        try:
            await until(lambda: all(link.feedback.frames >= 10 for link in links), 20.0)
        finally:
            for home, supporter, _ in pairs:
                await home.close()
                await supporter.close()
        for link in links:
            assert link.feedback.encoder_starts == 1  # one shared feedback would count 2
            assert link.abs_send_time_id is not None

    asyncio.run(scenario())
