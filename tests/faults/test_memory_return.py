"""The supporter app's memory settings for long sessions (assist_client/memory.py): two
malloc arenas, and freed memory handed back to the system at most once a minute.
The hour itself is bench/soak.py (docs/PERFORMANCE.md)."""

from __future__ import annotations

import ctypes
import platform

from assist_client import memory
from tests.support.requires import needs

glibc = needs("glibc", platform.libc_ver()[0] == "glibc", "mallopt and malloc_trim are glibc's")


@glibc
def test_glibc_takes_the_arena_limit() -> None:
    assert memory.limit_malloc_arenas()
    assert memory.limit_malloc_arenas()  # a second session: nothing more to do


@glibc
def test_freed_memory_goes_back_once_a_minute_and_the_resident_size_drops() -> None:
    """A fake clock: no trim before a minute, one per minute after. And a real trim:
    64 MB allocated in small blocks and freed stay resident until malloc_trim."""
    returner = memory.FreedMemoryReturn(now=100.0)
    returner.tick(100.0 + memory.TRIM_EVERY_S - 1)
    assert returner.trims == 0
    returner.tick(100.0 + memory.TRIM_EVERY_S)
    returner.tick(100.0 + memory.TRIM_EVERY_S + 30)
    assert returner.trims == 1
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    size = 64 * 1024 - 64  # under the mmap threshold: from the arena
    blocks, pins = [], []
    for _ in range(1024):
        blocks.append(libc.malloc(size))
        ctypes.memset(blocks[-1], 1, size)  # touched: resident
        pins.append(libc.malloc(64))  # a live block after each: the heap cannot shrink
    for address in blocks:
        libc.free(address)
    before = resident_kb()
    returner.tick(100.0 + 2 * memory.TRIM_EVERY_S)
    assert returner.trims == 2
    assert resident_kb() < before - 32 * 1024, (before, resident_kb())
    for address in pins:
        libc.free(address)


def resident_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")
