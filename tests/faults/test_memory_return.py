"""The apps' memory settings for long sessions (assist_session/memory.py): two malloc
arenas (the supporter app), and freed memory handed back to the system at most once a
minute (both apps' heartbeat loop). The hour itself is bench/soak.py (PERFORMANCE.md)."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap
from pathlib import Path

from assist_session import memory
from tests.support.requires import needs

ROOT = Path(__file__).resolve().parents[2]
glibc = needs("glibc", platform.libc_ver()[0] == "glibc", "mallopt and malloc_trim are glibc's")


@glibc
def test_glibc_takes_the_arena_limit() -> None:
    assert memory.limit_malloc_arenas()
    assert memory.limit_malloc_arenas()  # a second session: nothing more to do


@glibc
def test_freed_memory_goes_back_once_a_minute_and_the_resident_size_drops() -> None:
    """A fake clock: no trim before a minute, one per minute after. And a real trim:
    64 MB in small blocks, freed between live ones, stay resident until malloc_trim."""
    returner = memory.FreedMemoryReturn(now=100.0)
    returner.tick(100.0 + memory.TRIM_EVERY_S - 1)
    assert returner.trims == 0
    returner.tick(100.0 + memory.TRIM_EVERY_S)
    returner.tick(100.0 + memory.TRIM_EVERY_S + 30)
    assert returner.trims == 1
    # The real thing in a fresh process (this one's heap is whatever earlier tests left):
    # blocks freed between live ones stay resident until the trim hands them back.
    script = textwrap.dedent(
        """
        import ctypes, sys
        from assist_session import memory
        from tests.faults.test_memory_return import resident_kb

        libc = ctypes.CDLL("libc.so.6")
        libc.malloc.restype = ctypes.c_void_p
        libc.malloc.argtypes = [ctypes.c_size_t]
        libc.free.argtypes = [ctypes.c_void_p]
        size = 64 * 1024 - 64  # under the mmap threshold: from the arena
        blocks, pins = [], []
        for _ in range(1024):
            blocks.append(libc.malloc(size))
            ctypes.memset(blocks[-1], 1, size)  # touched: resident
            pins.append(libc.malloc(64))  # a live block after each: no shrinking by itself
        for address in blocks:
            libc.free(address)
        before = resident_kb()
        returner = memory.FreedMemoryReturn(now=0.0)
        returner.tick(memory.TRIM_EVERY_S)
        returner.running.join()
        print(before, resident_kb(), returner.trims)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    before, after, trims = (int(word) for word in out.split())
    assert trims == 1
    assert after < before - 32 * 1024, (before, after)


def resident_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")
