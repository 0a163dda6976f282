"""The newest picture of a portal PipeWire stream, read from the capture subprocess.

`pw_capture.py` runs under the system Python (GStreamer `pipewiresrc` through Debian's
PyGObject) and writes raw BGRx frames to a pipe; a thread here reads them and keeps only
the newest. Why a subprocess: the app's venv Python is built apart from Debian's, and
PyGObject from PyPI needs a C tool chain and the GObject introspection headers to build;
the distribution's python3-gi and python3-gst-1.0 are maintained and already match the
installed GStreamer and PipeWire. The price is one copy of each frame through a pipe
(measured in docs/PLATFORMS.md).
"""

from __future__ import annotations

import logging
import os
import struct
import subprocess
import threading
from pathlib import Path

import numpy as np

log = logging.getLogger("assist.agent.platform.portal")

SYSTEM_PYTHON = os.environ.get("ASSIST_SYSTEM_PYTHON", "/usr/bin/python3")
CHILD = Path(__file__).with_name("pw_capture.py")
HEADER = struct.Struct("<4sIII")
MAGIC = b"ASPW"


class StreamEnded(RuntimeError):
    """The desktop stopped the stream (the person ended sharing, or the portal died)."""


class FrameReader:
    """Starts the capture subprocess for one stream and keeps its newest frame."""

    def __init__(self, pipewire_fd: int, node_id: int) -> None:
        self._proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(CHILD), str(pipewire_fd), str(node_id)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            pass_fds=(pipewire_fd,), bufsize=0,
        )  # fmt: skip
        os.close(pipewire_fd)  # the child holds its own copy
        self._cond = threading.Condition()
        self._frame: np.ndarray | None = None
        self.serial = 0  # frames received
        self.ended: str | None = None
        self._thread = threading.Thread(target=self._read, name="portal-frames", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        out = self._proc.stdout
        assert out is not None
        try:
            while True:
                head = _read_exact(out, HEADER.size)
                magic, width, height, stride = HEADER.unpack(head)
                if magic != MAGIC:
                    raise StreamEnded("the capture process wrote something else")
                rows = np.empty((height, stride), np.uint8)  # a new array: the caller's
                _read_into(out, memoryview(rows).cast("B"))
                frame = rows[:, : width * 4].reshape(height, width, 4)
                with self._cond:
                    self._frame = frame
                    self.serial += 1
                    self._cond.notify_all()
        except (StreamEnded, OSError, ValueError) as exc:
            err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
            with self._cond:
                self.ended = f"{exc}; {err.strip()[-300:]}"
                self._cond.notify_all()
            log.info("portal stream ended: %s", self.ended)

    def newest(self) -> np.ndarray | None:
        with self._cond:
            return self._frame

    def wait_for(self, serial: int, timeout: float) -> bool:
        """Wait until a frame after `serial` arrived; False on timeout or end."""
        with self._cond:
            self._cond.wait_for(lambda: self.serial > serial or self.ended is not None, timeout)
            return self.serial > serial

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(3)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        for pipe in (self._proc.stdout, self._proc.stderr):
            if pipe is not None:
                pipe.close()
        self._thread.join(3)


def _read_exact(stream, size: int) -> bytes:  # type: ignore[no-untyped-def]
    buf = bytearray(size)
    _read_into(stream, memoryview(buf))
    return bytes(buf)


def _read_into(stream, view: memoryview) -> None:  # type: ignore[no-untyped-def]
    done = 0
    while done < len(view):
        got = stream.readinto(view[done:])
        if not got:
            raise StreamEnded("the capture process ended")
        done += got
