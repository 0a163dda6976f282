"""The supporter's face in the call: a camera gate track on the supporter's side and
the pictures on the home user's side.

Like the microphone (audio_track.py), the supporter's camera sender holds one gate
track from the start that sends nothing until the call lets it: talking, not on hold,
camera on. Closing the gate stops the camera source itself. The home user's app shows
the pictures only after its binding check and only while talking.

Sources: `v4l2_camera()` opens the desktop's camera through FFmpeg's v4l2 input
(aiortc's MediaPlayer); tests and benches use `VirtualCamera`, a virtual camera drawing a
known colour, so no camera device (or v4l2loopback) is needed.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import glob
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

import av
import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

CAMERA_DEVICE = "/dev/video0"
CAMERA_SIZE = (640, 480)
CAMERA_FPS = 15
SHOW_MAX_WIDTH = 640  # pictures larger than this are halved before they reach the window
TIME_BASE = fractions.Fraction(1, 90_000)


@dataclass(frozen=True)
class CameraFrame:
    """One picture of the supporter's camera for the home user's call window (RGB)."""

    rgb: np.ndarray


class VirtualCamera(MediaStreamTrack):
    """A virtual camera: frames of one solid colour at CAMERA_FPS (for tests, benches)."""

    kind = "video"

    def __init__(self, colour: tuple[int, int, int] = (200, 40, 120), size=(320, 240)):
        super().__init__()
        self.colour, self.size = colour, size
        self._start = time.monotonic()
        self._next = self._start
        self.frames = 0

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        self._next += 1 / CAMERA_FPS
        await asyncio.sleep(max(0.0, self._next - time.monotonic()))
        rgb = np.empty((self.size[1], self.size[0], 3), dtype=np.uint8)
        rgb[:] = self.colour
        frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
        frame.pts = int((time.monotonic() - self._start) * 90_000)
        frame.time_base = TIME_BASE
        self.frames += 1
        return frame


def cameras(root: str = "/dev") -> list[tuple[str, str]]:
    """(path, name) of each v4l2 camera device here, named as its driver names it."""
    found = []
    for entry in sorted(glob.glob(os.path.join(root, "video[0-9]*"))):
        label = os.path.basename(entry)
        with contextlib.suppress(OSError), open(f"/sys/class/video4linux/{label}/name") as named:
            label = named.read().strip() or label
        found.append((entry, label))
    return found


def v4l2_camera(device: str = CAMERA_DEVICE) -> MediaStreamTrack | None:
    """The desktop's camera, or None when there is none (or it cannot be opened)."""
    if not os.path.exists(device):
        return None
    try:
        from aiortc.contrib.media import MediaPlayer

        player = MediaPlayer(
            device, format="v4l2",
            options={"video_size": f"{CAMERA_SIZE[0]}x{CAMERA_SIZE[1]}",
                     "framerate": str(CAMERA_FPS)},
        )  # fmt: skip
    except (OSError, av.FFmpegError):
        return None
    return player.video


class CameraGate(MediaStreamTrack):
    """The camera sender's track: frames from the open source, else nothing at all."""

    kind = "video"

    def __init__(self, authenticated: asyncio.Future[None]) -> None:
        super().__init__()
        self._authenticated = authenticated
        self._source: MediaStreamTrack | None = None
        self._changed = asyncio.Event()
        self.frames_sent = 0
        self._start = time.monotonic()
        self._pts = -1

    @property
    def sending(self) -> bool:
        return self._source is not None

    def attach(self, source: MediaStreamTrack) -> None:
        if not (self._authenticated.done() and self._authenticated.exception() is None):
            raise PermissionError("no camera before the binding check")
        self.detach()
        self._source = source
        self._changed.set()

    def detach(self) -> None:
        """Stop sending now and stop the camera itself."""
        source, self._source = self._source, None
        if source is not None:
            source.stop()
        self._changed.set()

    async def recv(self) -> av.VideoFrame:
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            source = self._source
            if source is None:
                self._changed.clear()
                await self._changed.wait()
                continue
            try:
                frame = await source.recv()
            except MediaStreamError:
                if self._source is source:
                    self._source = None
                continue
            if self._source is source:
                self.frames_sent += 1
                # One clock for every source the gate ever had: a camera opened again
                # starts at 0, and the encoder refuses time that runs backwards.
                self._pts = max(self._pts + 1, int((time.monotonic() - self._start) * 90_000))
                frame.pts, frame.time_base = self._pts, TIME_BASE
                return frame

    def stop(self) -> None:
        self.detach()
        super().stop()


async def show_camera(
    track: MediaStreamTrack,
    authenticated: asyncio.Future[None],
    may_show: Callable[[], bool],
    emit: Callable[[object], None],
) -> None:
    """Home user's side: read the supporter's camera always, show it only when allowed."""
    try:
        await asyncio.shield(authenticated)
    except Exception:
        return
    while True:
        try:
            frame = await track.recv()
        except MediaStreamError:
            return
        if not may_show():
            continue
        if frame.width > SHOW_MAX_WIDTH:
            frame = frame.reformat(width=frame.width // 2, height=frame.height // 2)
        emit(CameraFrame(frame.to_ndarray(format="rgb24")))
