"""One peer connection's video state: `MediaLink`, made by `attach(pc)`.

What the encoder, the pacer and the capture share lives here, one object per
`RTCPeerConnection`, so two connections in one process (the tests, a bench, a future
second session) never share a bitrate, a send queue or a hold:

- `feedback`: what the newest encode did (quantizer, target bitrate, counters); the
  capture's refinement and the sharp pictures' pace read it.
- the paced send queues of the connection's DTLS transports (`behind()` tells the
  capture the link is still busy with earlier frames);
- the checks that hold new video while sharp pictures leave (`hold_video_while`);
- the negotiated abs-send-time header extension id, which the pacer restamps.

The app calls `attach(link.pc)` right after it creates the PeerLink, before
negotiating. aiortc_patches' replacement methods run on aiortc's own objects (a DTLS
transport, an SCTP transport, an RTP sender) and find their connection's MediaLink
with `link_of(obj)`: the first time, it looks the object up among the transceivers'
senders, receivers and transports and the SCTP transport of every attached
connection (aiortc's public `getTransceivers()` and `sctp`), then remembers the answer
in the object's `__dict__`. Looking up from the object itself, not from "the
connection now running", is what keeps this right with any number of connections and
any interleaving of their tasks. An object of a connection nobody attached gets None,
and the replacement methods then behave as stock aiortc.

The encoder is made by aiortc's sender with only the codec in hand; aiortc_patches
carries the sender's MediaLink to it in a context variable set for the sender's own
RTP task (see `aiortc_patches`).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, Protocol

from .estimate import START_BITRATE

BACKLOG_MAX_S = 0.03  # the capture waits while more than this is queued for the link


class EncoderFeedback:
    """What the newest encode did, for the capture's refinement pacing (thread-safe)."""

    def __init__(self) -> None:
        self.last_quantizer: int | None = None
        self.target_bitrate = START_BITRATE
        self.frames = 0
        self.key_frames = 0
        self.rate_changes = 0
        self.encoder_starts = 0

    def settled(self, threshold: int = 12) -> bool:
        """The last frame was coded finely enough that more refinement adds little."""
        q = self.last_quantizer
        return q is not None and q <= threshold


class _SendQueue(Protocol):
    def backlog_s(self) -> float: ...


class MediaLink:
    """The video state of one peer connection (see the module's docstring)."""

    def __init__(self) -> None:
        self.feedback = EncoderFeedback()
        self.abs_send_time_id: int | None = None  # the negotiated one-byte extension id
        # A call's audio RTP (issue 17) leaves at once, never behind the video's queue.
        self.audio_ssrcs: set[int] = set()
        self._senders: weakref.WeakSet[Any] = weakref.WeakSet()
        self._data_first_checks: set[Callable[[], bool]] = set()

    # -- the send queues ------------------------------------------------------------
    def add_send_queue(self, queue: _SendQueue) -> None:
        """A paced send queue of this connection (assist_media/pacing.py)."""
        self._senders.add(queue)

    def backlog_s(self) -> float:
        """How long the RTP already queued here will take to leave (the longest queue)."""
        return max((s.backlog_s() for s in list(self._senders)), default=0.0)

    def behind(self) -> bool:
        """More is queued for the link than a new frame should wait behind: the capture
        waits, then takes the newest picture, so what is sent is fresh."""
        return self.backlog_s() > BACKLOG_MAX_S

    # -- sharp pictures first -----------------------------------------------------------
    def hold_video_while(self, check: Callable[[], bool]) -> Callable[[], None]:
        """New video waits while `check()` is true (sharp pictures leaving); returns the
        function that ends this."""
        self._data_first_checks.add(check)
        return lambda: self._data_first_checks.discard(check)

    def data_first(self) -> bool:
        """A hold is on: new video waits (repairs do not)."""
        return any(check() for check in list(self._data_first_checks))


# -- which connection an aiortc object belongs to -----------------------------------------

_TAG = "_assist_media_link"  # in an aiortc object's __dict__: its MediaLink, or a miss
_links: weakref.WeakKeyDictionary[Any, MediaLink] = weakref.WeakKeyDictionary()
_attached = 0  # bumped by every attach: a remembered miss is looked up again after one
_lock = threading.Lock()


def attach(pc: Any) -> MediaLink:
    """The MediaLink of the RTCPeerConnection `pc`, made on the first call (idempotent).

    Call it before negotiating: the tuned methods look for their connection's link
    when they first run, and a connection not attached by then runs as stock aiortc."""
    global _attached
    with _lock:
        link = _links.get(pc)
        if link is None:
            link = _links[pc] = MediaLink()
            _attached += 1
        return link


def link_of(part: Any) -> MediaLink | None:
    """The MediaLink of the connection that `part` (an aiortc transport or RTP sender
    or receiver) belongs to; None if that connection was not attached."""
    found = part.__dict__.get(_TAG)
    if isinstance(found, MediaLink):
        return found
    if found == _attached:  # looked for, and no connection was attached since
        return None
    link = _find(part)
    part.__dict__[_TAG] = link if link is not None else _attached
    return link


def _find(part: Any) -> MediaLink | None:
    with _lock:
        connections = list(_links.items())
    for pc, link in connections:
        if any(candidate is part for candidate in _parts(pc)):
            return link
    return None


def _parts(pc: Any) -> list[Any]:
    """The objects of `pc` that the tuned methods run on (aiortc's public API)."""
    parts: list[Any] = []
    sctp = pc.sctp
    if sctp is not None:
        parts += [sctp, sctp.transport]
    for transceiver in pc.getTransceivers():
        sender, receiver = transceiver.sender, transceiver.receiver
        parts += [sender, receiver, sender.transport, receiver.transport]
    return parts
