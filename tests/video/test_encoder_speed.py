"""How the screen encoder uses the machine: threads and speed per frame size
(assist_media/libvpx.py `speed_for`), and the portable capture's grab comparison."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from assist_media import libvpx as vpx_lib
from assist_media.convert import bgra_to_i420, same_pixels
from tests.support.requires import missing


@pytest.mark.parametrize("cores", [1, 2])
def test_small_machines_code_4k_with_one_thread(cores: int) -> None:
    """On 1 or 2 cores libvpx gets one thread (its threads spin while waiting for each
    other, and the rest of the desktop needs a core too), even at 4K."""
    speed = vpx_lib.speed_for(3840, 2160, cores=cores)
    assert speed.threads == 1 and speed.token_partitions == 0


def test_threads_only_above_1080p_and_one_core_left() -> None:
    """1080p keeps one thread on any machine; 4K on 8 cores uses 4 threads, on 3 cores
    2 (one core left)."""
    for cores in (1, 4, 16):
        hd = vpx_lib.speed_for(1920, 1080, cores=cores)
        assert hd.threads == 1 and hd.cpu_used == vpx_lib.CPU_USED
    assert vpx_lib.speed_for(3840, 2160, cores=8).threads == vpx_lib.MAX_THREADS
    assert vpx_lib.speed_for(3840, 2160, cores=3).threads == 2


def test_cores_are_counted_from_the_process_affinity() -> None:
    """A helper app pinned to one core (a container, taskset) counts one core."""
    if not hasattr(os, "sched_setaffinity"):
        missing("sched_setaffinity", "Linux only")
    code = (
        "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))});"
        "from assist_media import libvpx; print(libvpx.usable_cores(),"
        " libvpx.speed_for(3840, 2160).threads)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
    ).stdout.split()  # fmt: skip
    assert out == ["1", "1"]


def test_a_threaded_encoder_codes_and_its_frames_decode() -> None:
    """The settings a big machine gets (2 threads, 4 token partitions) are accepted by
    libvpx and give frames the supporter's decoder reads."""
    import av

    vpx = vpx_lib.libvpx()
    if vpx is None:
        missing("libvpx", "not loadable through ctypes here")
    speed = vpx_lib.EncoderSpeed(threads=2, token_partitions=2, cpu_used=-12)
    context = vpx_lib.Vp8Context(vpx, 640, 368, 2_000_000, speed)
    decoder = av.CodecContext.create("libvpx", "r")
    rng = np.random.default_rng(3)
    shown = []
    for index in range(3):
        bgra = rng.integers(0, 255, (368, 640, 4), np.uint8)
        data, _ = context.encode(bgra_to_i420(bgra), index * 3000, 3000, index == 0)
        shown += decoder.decode(av.Packet(data))
    context.close()
    assert [(f.width, f.height) for f in shown] == [(640, 368)] * 3


def test_grab_comparison_finds_one_changed_byte() -> None:
    """The portable capture's comparison (no copy) tells equal grabs from grabs that
    differ in one byte, anywhere."""
    first = np.random.default_rng(1).integers(0, 255, (270, 480, 4), np.uint8)
    assert same_pixels(first.copy(), first)
    assert not same_pixels(first, None)
    for where in ((0, 0, 0), (269, 479, 3), (100, 17, 2)):
        other = first.copy()
        other[where] ^= 1
        assert not same_pixels(other, first)
    assert not same_pixels(first[:, :240], first)
    assert same_pixels(first[:, :241], first[:, :241].copy())  # not C-contiguous


def _page(seed: int, width: int = 640, height: int = 368) -> np.ndarray:
    rng = np.random.default_rng(seed)
    bgra = np.full((height, width, 4), 255, np.uint8)
    for _ in range(60):
        y, x = rng.integers(0, height - 12), rng.integers(0, width - 40)
        bgra[y : y + 10, x : x + 36, :3] = rng.integers(0, 200, 3)
    return bgra


def _luma(frame) -> np.ndarray:  # type: ignore[no-untyped-def]
    plane = frame.planes[0]
    rows = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
    return rows[: frame.height, : frame.width].astype(np.int16)


def test_only_the_changed_box_is_coded_and_it_arrives() -> None:
    """A frame whose hints say where it changed: that part arrives as drawn; a change
    outside the box (which the capture would have reported) is not looked at."""
    import fractions

    from aiortc.codecs.vpx import Vp8Decoder, vp8_depayload
    from aiortc.jitterbuffer import JitterFrame

    from assist_media import vp8
    from assist_media.hints import FrameHints

    if vpx_lib.libvpx() is None:
        missing("libvpx", "not loadable through ctypes here")
    encoder, decoder = vp8.ScreenVp8Encoder(), Vp8Decoder()
    encoder.target_bitrate = 6_000_000

    def send(bgra: np.ndarray, index: int, hints: FrameHints):  # type: ignore[no-untyped-def]
        frame = bgra_to_i420(bgra)
        frame.pts, frame.time_base, frame.opaque = (
            index * 3000,
            fractions.Fraction(1, 90_000),
            hints,
        )
        payloads, timestamp = encoder.encode(frame)
        data = b"".join(vp8_depayload(p) for p in payloads)
        (shown,) = decoder.decode(JitterFrame(data, timestamp))
        return _luma(frame), _luma(shown)

    before = _page(1)
    for index in range(4):  # key frame, then refined to a fine quantizer
        send(before, index, FrameHints(changed=1.0 if index == 0 else 0.0))
    after = before.copy()
    after[96:192, 160:320] = _page(2)[96:192, 160:320]  # inside the box
    after[300:340, 500:600, :3] = 0  # outside it: a change nobody reported
    source, shown = send(after, 4, FrameHints(changed=0.05, box=(160, 96, 160, 96)))
    inside = np.abs(source[96:192, 160:320] - shown[96:192, 160:320]).mean()
    assert inside < 12, inside  # coded: the new text is there
    outside = shown[300:340, 500:600].mean()
    assert outside > 150, outside  # not coded: still the white page there
    # The next frame without a box codes everything.
    source, shown = send(after, 5, FrameHints(changed=1.0))
    assert shown[300:340, 500:600].mean() < 100


def test_capture_unites_the_boxes_of_frames_the_encoder_did_not_take() -> None:
    """Two grabs published before the encoder takes one: its box holds both changes;
    a publish that cannot say where (None) makes it anywhere."""
    from assist_media.hints import NOTHING, union_box

    assert union_box(NOTHING, (10, 20, 5, 5)) == (10, 20, 5, 5)
    assert union_box((10, 20, 5, 5), (0, 0, 2, 2)) == (0, 0, 15, 25)
    assert union_box((10, 20, 5, 5), None) is None and union_box(None, NOTHING) is None


@pytest.mark.e2e
def test_capture_says_where_the_x_screen_changed(xdisplay: str) -> None:
    """On a real X display the capture's hints hold the box a window drew into (DAMAGE),
    so the encoder codes that part only; the first picture may change anywhere."""
    import time

    from assist_agent.capture import ScreenCapture
    from tests.support.timing import TIMEOUT_SCALE

    from .xpaint import ColourBox, shows

    where = (48, 64, 160, 96)
    painted, cap = ColourBox(*where), ScreenCapture(fps=30)
    try:
        painted.fill((200, 30, 30))
        cap.start()

        def showing(colour: tuple[int, int, int]) -> bool:
            deadline = time.monotonic() + 5 * TIMEOUT_SCALE
            while time.monotonic() < deadline:
                _, frame = cap.newest()
                size = (cap.area["width"], cap.area["height"])
                if frame is not None and shows(
                    frame.to_ndarray(format="rgb24"), where, colour, size
                ):
                    return True
                time.sleep(0.02)
            return False

        assert showing((200, 30, 30))
        assert cap.take_change().box is None  # the first grab: anywhere
        time.sleep(0.5)
        cap.take_change()
        painted.fill((30, 30, 220))
        assert showing((30, 30, 220))
        box = cap.take_change().box
        assert box is not None
        x, y, w, h = box
        assert x <= where[0] and y <= where[1]
        assert x + w >= where[0] + where[2] and y + h >= where[1] + where[3]
        assert w * h < cap.area["width"] * cap.area["height"] / 4  # not the whole screen
    finally:
        cap.stop()
        painted.close()
