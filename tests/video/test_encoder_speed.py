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
    """1080p keeps one thread and the usual speed on any machine; 4K on 8 cores uses
    4 threads, on 3 cores 2 (one core left), and the faster speed."""
    for cores in (1, 4, 16):
        hd = vpx_lib.speed_for(1920, 1080, cores=cores)
        assert hd.threads == 1 and hd.cpu_used == vpx_lib.CPU_USED
    assert vpx_lib.speed_for(3840, 2160, cores=8).threads == vpx_lib.MAX_THREADS
    assert vpx_lib.speed_for(3840, 2160, cores=3).threads == 2
    assert vpx_lib.speed_for(3840, 2160, cores=8).cpu_used == vpx_lib.LARGE_CPU_USED


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
    speed = vpx_lib.EncoderSpeed(threads=2, token_partitions=2, cpu_used=vpx_lib.LARGE_CPU_USED)
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
