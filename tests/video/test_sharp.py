"""Sharp still pictures, the I/O-free parts: what the helper app queues as the screen
changes and stands still, what the supporter app lays over the video, and how both
treat bad messages. Real zstd, real text pages; whole sessions are in
test_sharp_session.py."""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import struct

import av
import numpy as np
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from assist_media import estimate, pacing, sharp, vp8
from assist_media import libvpx as vpx_lib
from assist_media.convert import bgra_to_i420
from assist_media.hints import FrameHints
from assist_media.link import MediaLink
from assist_media.sharp import (
    CELL,
    KIND_CLEAR,
    KIND_DROP,
    KIND_FIRST,
    KIND_TILES,
    InvalidSharp,
    Rect,
    SharpLayer,
    SharpSender,
)
from tests.support.requires import missing

W, H = 640, 360  # not a multiple of CELL: the last row and column are cut short


def text_page(seed: int, width: int = W, height: int = H) -> np.ndarray:
    """BGRX: dark strokes like small text on white, some in colour."""
    rng = np.random.default_rng(seed)
    page = np.full((height, width, 4), 255, np.uint8)
    for _ in range(width * height // 700):
        y, x = rng.integers(0, height - 3), rng.integers(0, width - 20)
        page[y : y + 2, x : x + rng.integers(4, 20), :3] = rng.choice([0, 60, 90])
    page[10:30, 10:200, :3] = (153, 102, 51)  # a blue form box
    return page


def drain(sender: SharpSender) -> list[bytes]:
    out = []
    while (data := sender.pop()) is not None:
        out.append(data)
    return out


def deliver(sender: SharpSender, layer: SharpLayer) -> list[bytes]:
    """Every queued message, applied by the supporter's layer; the messages."""
    messages = drain(sender)
    for message in messages:
        layer.apply(message)
    return messages


def sent_sharp(page: np.ndarray) -> tuple[SharpSender, SharpLayer]:
    """A sender and a layer that hold `page` sharp."""
    sender, layer = SharpSender(W, H), SharpLayer()
    sender.still(page)
    deliver(sender, layer)
    return sender, layer


def shown(layer: SharpLayer, video: np.ndarray | None = None) -> np.ndarray:
    return layer.compose(np.zeros((H, W, 3), np.uint8) if video is None else video)


def rgb(bgrx: np.ndarray) -> np.ndarray:
    return bgrx[..., 2::-1]


def kinds(messages: list[bytes]) -> list[int]:
    return [sharp.decode(m).kind for m in messages]


# -- the helper app's side and the supporter app's side together --------------------------


def test_a_still_page_arrives_exact_in_few_bytes() -> None:
    page = text_page(1)
    sender, layer = SharpSender(W, H), SharpLayer()
    assert sender.still(page) is True
    messages = drain(sender)
    assert kinds(messages) == [KIND_FIRST] + [KIND_TILES] * (len(messages) - 1)
    for message in messages:
        assert layer.apply(message) is True
    assert np.array_equal(shown(layer), rgb(page))  # every pixel, colours included
    assert sum(map(len, messages)) < page.nbytes / 10
    assert sender.still(page) is True and drain(sender) == []  # nothing new: nothing sent


def test_a_change_drops_exactly_the_changed_cells_then_sends_them_again() -> None:
    page = text_page(1)
    sender, layer = sent_sharp(page)
    changed = page.copy()
    changed[70:75, 130:140, :3] = 0  # inside cell row 1, column 2
    sender.damaged(changed, (0, 0, W, H))  # the whole screen was drawn on, one cell differs
    (drop,) = drain(sender)
    assert sharp.decode(drop).kind == KIND_DROP
    assert sharp.decode(drop).rects == (Rect(2 * CELL, CELL, CELL, CELL),)
    layer.apply(drop)
    video = np.full((H, W, 3), 7, np.uint8)
    picture = shown(layer, video)
    assert (picture[CELL : 2 * CELL, 2 * CELL : 3 * CELL] == 7).all()  # the video shows
    assert np.array_equal(picture[:CELL], rgb(page)[:CELL])  # the rest stays sharp
    sender.still(changed)
    (tiles,) = drain(sender)
    assert sharp.decode(tiles).rects == (Rect(2 * CELL, CELL, CELL, CELL),)
    layer.apply(tiles)
    assert np.array_equal(shown(layer), rgb(changed))


def test_drawing_the_same_pixels_again_drops_nothing() -> None:
    page = text_page(2)
    sender, _ = sent_sharp(page)
    sender.damaged(page.copy(), (0, 0, W, H))
    assert drain(sender) == []


def test_only_cells_inside_the_damage_box_are_compared() -> None:
    page = text_page(2)
    sender, _ = sent_sharp(page)
    changed = page.copy()
    changed[300:310, 500:510, :3] = 0
    sender.damaged(changed, (0, 0, 100, 100))  # the server said: drawn up there only
    assert drain(sender) == []
    sender.damaged(changed, (495, 295, 20, 20))
    assert [sharp.decode(m).kind for m in drain(sender)] == [KIND_DROP]


def test_tiles_not_sent_yet_are_taken_back_and_the_next_start_a_new_stream() -> None:
    page, other = text_page(1), text_page(3)
    sender, layer = SharpSender(W, H), SharpLayer()
    sender.still(page)
    first = sender.pop()  # this one left already
    assert first is not None and sharp.decode(first).kind == KIND_FIRST
    layer.apply(first)
    sender.damaged(other, None)  # everything changes before the rest could leave
    queued = drain(sender)
    # Only a drop for what the supporter has: the unsent tiles were withdrawn.
    assert kinds(queued) == [KIND_DROP]
    layer.apply(queued[0])
    sender.still(other)
    again = deliver(sender, layer)
    assert kinds(again)[0] == KIND_FIRST  # a new zstd stream: the old one lost tiles
    assert np.array_equal(shown(layer), rgb(other))


def test_a_photo_stays_with_the_video_and_is_tried_again_once_it_changes() -> None:
    rng = np.random.default_rng(5)
    photo = rng.integers(0, 256, (H, W, 4), dtype=np.uint8)
    sender = SharpSender(W, H)
    assert sender.still(photo) is False
    assert drain(sender) == []
    assert sender.video_only.all()
    page = text_page(1)
    sender.damaged(page, None)
    assert sender.still(page) is True
    assert len(drain(sender)) > 0


def test_clear_forgets_every_sharp_cell() -> None:
    page = text_page(1)
    sender, layer = sent_sharp(page)
    sender.clear()
    (clear,) = drain(sender)
    assert sharp.decode(clear).kind == KIND_CLEAR
    assert layer.apply(clear) is True
    video = np.full((H, W, 3), 9, np.uint8)
    assert shown(layer, video) is video  # nothing laid over it
    sender.still(page)  # after the pause: everything is sent again
    assert kinds(drain(sender))[0] == KIND_FIRST


def test_cells_for_another_picture_size_are_not_laid_over_the_video() -> None:
    page = text_page(1)
    sender, layer = sent_sharp(page)
    bigger = np.full((H * 2, W * 2, 3), 5, np.uint8)
    assert shown(layer, bigger) is bigger


def test_odd_screen_sizes_use_the_even_video_size() -> None:
    sender = SharpSender(W + 1, H + 1)  # the video is cropped to even sizes
    sender.still(text_page(1, W + 1, H + 1))
    message = sharp.decode(drain(sender)[0])
    assert (message.width, message.height) == (W, H)


# -- bad messages --------------------------------------------------------------------------


def header(kind: int, width: int = W, height: int = H, version: int = 1) -> bytes:
    return struct.pack(">BBHHI", version, kind, width, height, 1)


def rect(x: int, y: int, w: int, h: int) -> bytes:
    return struct.pack(">HHHH", x, y, w, h)


@pytest.mark.security
@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "too_short"),
        (header(KIND_DROP)[:-1], "too_short"),
        (header(KIND_DROP, version=2) + rect(0, 0, CELL, CELL), "unsupported_version"),
        (header(9), "unknown_kind"),
        (header(KIND_DROP, width=0), "bad_size"),
        (header(KIND_CLEAR) + b"x", "bad_length"),
        (header(KIND_DROP), "bad_length"),
        (header(KIND_DROP) + rect(0, 0, CELL, CELL)[:5], "bad_length"),
        (header(KIND_DROP) + rect(1, 0, CELL, CELL), "bad_rect"),  # not on the grid
        (header(KIND_DROP) + rect(0, 0, CELL - 1, CELL), "bad_rect"),  # half a cell
        (header(KIND_DROP) + rect(0, 0, W + CELL, CELL), "bad_rect"),  # outside
        (header(KIND_DROP) + rect(0, 0, 0, CELL), "bad_rect"),
        (header(KIND_TILES) + rect(0, 0, CELL, CELL), "too_short"),
    ],
)
def test_malformed_messages_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InvalidSharp, match=reason):
        sharp.decode(data)


def layer_with_page() -> tuple[SharpLayer, np.ndarray]:
    page = text_page(1)
    sender, layer = sent_sharp(page)
    return layer, shown(layer).copy()


@pytest.mark.security
def test_a_decompression_bomb_is_refused_before_it_is_unpacked() -> None:
    """RLE blocks of 1 MB each, announced in a few bytes: refused from the block headers,
    and what was shown stays as it was."""
    layer, before = layer_with_page()
    frame_header = b"\x28\xb5\x2f\xfd" + bytes([0x00, 0x58])  # no FCS, window 8 MiB
    rle_block = ((1 << 20) << 3 | 1 << 1).to_bytes(3, "little") + b"\x00"
    bomb = header(KIND_FIRST) + rect(0, 0, CELL, CELL) + frame_header + rle_block * 500
    with pytest.raises(InvalidSharp, match="bad_payload_size"):
        layer.apply(bomb)
    assert np.array_equal(shown(layer), before)


@pytest.mark.security
def test_tiles_that_do_not_fit_their_rect_change_nothing() -> None:
    layer, before = layer_with_page()
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=23)
    stream = zstandard.ZstdCompressor(compression_params=params).compressobj()
    payload = stream.compress(b"\x00" * 100) + stream.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
    with pytest.raises(InvalidSharp, match="bad_payload_size"):
        layer.apply(header(KIND_FIRST) + rect(0, 0, CELL, CELL) + payload)
    with pytest.raises(InvalidSharp, match="no_stream"):  # the broken stream is gone
        layer.apply(header(KIND_TILES) + rect(0, 0, CELL, CELL) + payload)
    assert np.array_equal(shown(layer), before)


@pytest.mark.security
@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.sampled_from([KIND_TILES, KIND_FIRST, KIND_DROP, 7]))
def test_random_bytes_are_refused_or_applied_never_a_crash(tail: bytes, kind: int) -> None:
    layer = SharpLayer()
    for data in (tail, header(kind) + tail):
        with contextlib.suppress(InvalidSharp):
            assert isinstance(layer.apply(data), bool)


# -- what the video does while the sharp cells cover it --------------------------------------


@pytest.fixture
def encoder():
    if vpx_lib.libvpx() is None:
        missing("libvpx", "not loadable through ctypes here")
    return vp8.ScreenVp8Encoder()


def encode(enc, frame: av.VideoFrame, i: int, changed: float, **flags: bool) -> bytes:
    frame.pts, frame.time_base = i * 3000, fractions.Fraction(1, 90_000)
    frame.opaque = FrameHints(changed=changed, **flags)
    payloads, _ = enc.encode(frame)
    return b"".join(payloads)


def test_a_covered_change_is_coarse_and_its_keep_alives_repeat_it(encoder) -> None:
    blank = bgra_to_i420(np.full((H, W, 4), 255, np.uint8))
    page = bgra_to_i420(text_page(1))
    encoder.target_bitrate = 300_000  # a page does not fit 0.3 s of this even at q 56
    encode(encoder, blank, 0, 1.0)
    encode(encoder, blank, 1, 0.0, keepalive=True)
    change = encode(encoder, page, 2, 1.0, sharp=True)
    assert encoder.feedback.last_quantizer == vp8.SHARP_CHANGE_QUANTIZER
    repeats = [len(encode(encoder, page, 3 + i, 0.0, keepalive=True, sharp=True))
               for i in range(3)]  # fmt: skip
    assert max(repeats) < len(change) / 20  # every block coded as unchanged
    refined = len(encode(encoder, page, 6, 0.0, keepalive=True, sharp=False))
    assert refined > max(repeats)  # without the sharp cells a keep-alive may refine


def test_the_sctp_window_carries_the_video_estimate_in_the_shortest_round_trip() -> None:
    assert estimate.sctp_window(1_000_000, None) is None  # no round trip yet
    assert estimate.sctp_window(1_000_000, 0.2) == 25_000
    assert estimate.sctp_window(100_000, 0.001) == 4 * estimate.SCTP_MTU


def test_new_video_waits_while_sharp_pictures_leave_repairs_do_not() -> None:
    sent: list[bytes] = []
    busy = [True]
    link = MediaLink()

    async def send(transport: object, data: bytes) -> None:
        sent.append(data)

    async def scenario() -> None:
        release = link.hold_video_while(lambda: busy[0])
        paced = pacing.PacedSender(object(), send, link)
        try:
            paced.put(b"V" * 100, urgent=False)
            paced.put(b"R" * 100, urgent=True)
            await asyncio.sleep(0.05)
            repairs = [b"R"] * pacing.REPAIR_COPIES  # a repair leaves twice
            assert [d[:1] for d in sent] == repairs  # the repair left, the video waits
            busy[0] = False
            await asyncio.sleep(0.05)
            assert [d[:1] for d in sent] == [*repairs, b"V"]
        finally:
            release()
            paced.close()
        assert not link.data_first()

    asyncio.run(scenario())


def test_a_frame_that_started_leaving_is_finished_before_the_video_waits() -> None:
    """Half a frame held back for a second would be a hole the receiver gives up on."""
    sent: list[bytes] = []
    busy = [False]
    link = MediaLink()

    def packet(tag: bytes, marker: bool) -> bytes:
        return b"\x80" + bytes([0x80 if marker else 0]) + tag * 100

    async def send(transport: object, data: bytes) -> None:
        sent.append(data[2:3])
        busy[0] = True  # sharp cells become ready while the frame is leaving

    async def scenario() -> None:
        release = link.hold_video_while(lambda: busy[0])
        paced = pacing.PacedSender(object(), send, link)
        try:
            for tag, marker in ((b"a", False), (b"a", False), (b"a", True), (b"b", False)):
                paced.put(packet(tag, marker), urgent=False)
            await asyncio.sleep(0.1)
            assert sent == [b"a", b"a", b"a"]  # frame a whole; frame b waits
            busy[0] = False
            await asyncio.sleep(0.05)
            assert sent[-1] == b"b"
        finally:
            release()
            paced.close()

    asyncio.run(scenario())


def test_while_one_part_moves_the_parts_that_rest_go_sharp() -> None:
    page = text_page(1)
    sender, layer = SharpSender(W, H), SharpLayer()
    moving = (0, 0, CELL, CELL)  # an animation in the top left cell
    for now in (10.0, 10.1, 10.2, 10.3):
        frame = page.copy()
        frame[:CELL, :CELL, :3] = int(now * 10) % 256
        sender.damaged(frame, moving, now)
    sender.damaged(frame, (0, 0, W, H), 9.0)  # the page itself was drawn long before
    sender.damaged(frame, moving, 10.3)
    assert sender.still(frame, settled_before=10.3 - 0.2) is False  # not all of it
    deliver(sender, layer)
    assert not sender.valid[0, 0] and sender.valid[1:].all() and sender.valid[0, 1:].all()
    video = np.zeros((H, W, 3), np.uint8)
    assert np.array_equal(shown(layer, video)[CELL:], rgb(frame)[CELL:])
    assert (shown(layer, video)[:CELL, :CELL] == 0).all()  # the moving cell: video
    assert sender.settled_waiting(10.3 - 0.2) is False


def test_a_private_moment_keeps_the_clear_the_capture_already_queued() -> None:
    """The capture thread may see a pause first and queue `clear`; the pause's own
    `drop_queued` from another thread must not take that clear away with the pictures,
    or the supporter keeps showing the sharp cells from before the pause."""
    page = text_page(1)
    sender, layer = sent_sharp(page)
    sender.clear()  # the capture thread saw the pause
    sender.still(text_page(2))  # a picture queued before the drop: must not leave
    sender.drop_queued()  # the pause, from the event loop
    messages = deliver(sender, layer)
    assert kinds(messages) == [KIND_CLEAR]
    assert np.array_equal(shown(layer), np.zeros((H, W, 3), np.uint8))  # video only
