"""Keep the supporter app's memory from creeping during a long session.

Measured (bench/soak.py, whose supporter process reports glibc's malloc figures): the
Python objects and the memory malloc has handed out stay flat over a session, but the
*free* memory glibc keeps inside its arenas grew (17 → 41 MB in one minute under
tracemalloc's extra churn), and with it the resident size. Every thread that decodes or
converts frames (aiortc's decoder, our frame-convert thread, libvpx's threads) gets an
arena of its own by default (up to 8 per core); a frame-sized block freed in one arena
cannot serve the next frame allocated in another, so each arena keeps its own pile of
freed frames. Two arenas for the whole process kept the supporter app flat after its
first minute (docs/PERFORMANCE.md, "Lost links").

glibc only (Linux); elsewhere, or if glibc refuses, nothing changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger("assist.client.memory")

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2

_done = False


def limit_malloc_arenas() -> bool:
    """At most ARENAS malloc arenas in this process from now on; True if glibc took it."""
    global _done
    if _done:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    _done = bool(mallopt(M_ARENA_MAX, ARENAS) == 1)
    if not _done:
        log.info("malloc arenas not limited (mallopt refused)")
    return _done
