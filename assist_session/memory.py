"""Keep the apps' memory from creeping during a long session.

Measured (bench/soak.py, whose supporter process reports glibc's malloc figures): the
Python objects and the memory malloc has handed out stay flat over a session, but the
*free* memory glibc keeps inside its arenas grew (17 → 41 MB in one minute under
tracemalloc's extra churn), and with it the resident size. Every thread that decodes or
converts frames (aiortc's decoder, our frame-convert thread, libvpx's threads) gets an
arena of its own by default (up to 8 per core); a frame-sized block freed in one arena
cannot serve the next frame allocated in another, so each arena keeps its own pile of
freed frames. Two arenas for the whole process kept the supporter app flat after its
first minute (docs/PERFORMANCE.md, "Lost links").

Two arenas still keep what a burst needed: when the machine is busy, frames queue up,
the arenas grow to hold them, and the freed blocks stay resident (+2.7 MB free, not in
use, in minute 7 of an hour-long soak; the helper app, whose capture and encoder threads
do the same, jumped by 8.7 MB in minute 29). `FreedMemoryReturn` hands freed pages back
to the system once a minute (`malloc_trim`): both apps' heartbeat loop
(`heartbeat.keep_alive`) ticks one. The supporter app also limits the arenas
(`limit_malloc_arenas`, before its decode threads start).

glibc only (Linux); elsewhere, or if glibc refuses, nothing changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import threading

log = logging.getLogger("assist.session.memory")

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2

TRIM_EVERY_S = 60.0

_done = False


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.mallopt.restype = ctypes.c_int
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.malloc_trim.restype = ctypes.c_int
    except (OSError, AttributeError):  # not glibc (musl has neither)
        return None
    return libc


class FreedMemoryReturn:
    """Calls `malloc_trim(0)` at most once every TRIM_EVERY_S (time passed in)."""

    def __init__(self, now: float) -> None:
        self._libc = _glibc()
        self._next = now + TRIM_EVERY_S
        self.trims = 0
        self.running: threading.Thread | None = None  # the last trim

    def tick(self, now: float) -> None:
        if self._libc is None or now < self._next:
            return
        self._next = now + TRIM_EVERY_S
        # In a thread of its own (ctypes lets go of the GIL): the trim walks the free
        # lists and gives pages back one hole at a time, ~5 ms per MB the first time
        # (0.9 s for 160 MB in 10,000 holes here), and the heartbeat must not wait.
        self.running = threading.Thread(
            target=self._libc.malloc_trim, args=(0,), name="malloc-trim", daemon=True
        )
        self.running.start()
        self.trims += 1


def limit_malloc_arenas() -> bool:
    """At most ARENAS malloc arenas in this process from now on; True if glibc took it."""
    global _done
    if _done:
        return True
    libc = _glibc()
    if libc is None:
        return False
    _done = bool(libc.mallopt(M_ARENA_MAX, ARENAS) == 1)
    if not _done:
        log.info("malloc arenas not limited (mallopt refused)")
    return _done
