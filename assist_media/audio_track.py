"""The call's sound on the peer connection: the microphone as an aiortc track, and the
other side's voice to the speaker.

The audio transceiver is negotiated with the screen from the start (see
`assist_session.peer.PeerLink(audio=True)`), so a call needs no new offer. Its sender
always holds one `MicrophoneTrack`, a gate: while it is closed no microphone is
recorded (the recording process does not run) and no RTP packet leaves — not even
silence. It opens only after the link's binding check.
"""

from __future__ import annotations

import asyncio
import fractions
import time

import av
import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError

from .audio_io import FRAME_SAMPLES, RATE, MicCapture, SpeakerPlayback

TIME_BASE = fractions.Fraction(1, RATE)


class MicrophoneTrack(MediaStreamTrack):
    """The microphone while the call lets it send, else nothing at all."""

    kind = "audio"

    def __init__(self, authenticated: asyncio.Future[None]) -> None:
        super().__init__()
        self._authenticated = authenticated
        self._capture: MicCapture | None = None
        self._changed = asyncio.Event()
        self._start = time.monotonic()
        self._pts = -FRAME_SAMPLES
        self.frames_sent = 0

    @property
    def sending(self) -> bool:
        return self._capture is not None

    def attach(self, capture: MicCapture) -> None:
        """Send this (opened) capture; only after the binding check."""
        if not (self._authenticated.done() and self._authenticated.exception() is None):
            raise PermissionError("no microphone before the binding check")
        self.detach()
        self._capture = capture
        self._changed.set()

    def detach(self) -> None:
        """Stop sending now and close the capture (the process ends)."""
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.close()
        self._changed.set()

    async def recv(self) -> av.AudioFrame:
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            capture = self._capture
            if capture is None:
                self._changed.clear()
                await self._changed.wait()
                continue
            pcm = await capture.next_frame()
            if pcm is None or self._capture is not capture:
                continue  # closed while we waited: what it held is never sent
            self.frames_sent += 1
            return self._frame(pcm)

    def _frame(self, pcm: bytes) -> av.AudioFrame:
        samples = np.frombuffer(pcm, dtype="<i2").reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = RATE
        # The clock keeps running while the gate is shut: the gap shows in timestamps.
        now = round((time.monotonic() - self._start) * RATE / FRAME_SAMPLES) * FRAME_SAMPLES
        self._pts = max(self._pts + FRAME_SAMPLES, now)
        frame.pts = self._pts
        frame.time_base = TIME_BASE
        return frame

    def stop(self) -> None:
        self.detach()
        super().stop()


def frame_pcm(frame: av.AudioFrame) -> bytes:
    """A decoded frame as interleaved s16 stereo bytes (what aiortc's Opus gives)."""
    data = frame.to_ndarray()
    if frame.layout.name == "mono":
        data = np.repeat(data.reshape(-1), 2)
    return data.astype("<i2").tobytes()


class VoiceOut:
    """The other side's voice: read from the track always (so nothing piles up), played
    only while `playing`; the speaker is opened and closed with it."""

    def __init__(self, device: str | None = None) -> None:
        self.device = device
        self.playing = False
        self._speaker: SpeakerPlayback | None = None
        self.frames_in = 0
        self.frames_played = 0

    async def play(self, track: MediaStreamTrack, authenticated: asyncio.Future[None]) -> None:
        try:
            await asyncio.shield(authenticated)
        except Exception:
            return  # no binding, no sound
        try:
            while True:
                try:
                    frame = await track.recv()
                except MediaStreamError:
                    return
                self.frames_in += 1
                if not self.playing:
                    continue
                if self._speaker is None:
                    self._speaker = SpeakerPlayback(self.device)
                    await self._speaker.open()
                if self.playing and self._speaker is not None:
                    self._speaker.write(frame_pcm(frame))
                    self.frames_played += 1
        finally:
            self.set_playing(False)

    def use_device(self, device: str | None) -> None:
        """Play on another speaker from the next frame on (the echo canceller's, or not)."""
        if device != self.device:
            self.device = device
            if self._speaker is not None:
                speaker, self._speaker = self._speaker, None
                speaker.close()

    def set_playing(self, playing: bool) -> None:
        self.playing = playing
        if not playing and self._speaker is not None:
            speaker, self._speaker = self._speaker, None
            speaker.close()
