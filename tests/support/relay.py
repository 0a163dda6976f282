"""A malicious pairing server: a `RoomBackend` around a real one, with an evil relay.

`MaliciousRelay` wraps a real room backend (rooms in memory, or in Redis) and is given to
the server as its backend, so the server carries it like any other. It sees every action
the wrapped backend produces (frames to send, connections to close), whether returned
from a call or delivered later (the Redis backend delivers relayed frames that way), and
may rewrite, drop, delay, reorder, reflect or inject them. It learns which connection is
which app from the backend's own `registered` / `claimed` replies.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from signaling.backend import Deliver, MemoryBackend, RoomBackend, make_backend, memory_rooms
from signaling.config import Config
from signaling.rooms import Action, RoomObserver, Send
from signaling.server import SignalingServer, start_server
from tests.support.wire import lifted_config

HOME, SUPPORTER = "home", "supporter"  # who *sent* a relayed frame
ABORTS = {"wrong_code", "tampered"}

KIND_NAMES = {0x01: "PAKE", 0x02: "CONFIRM", 0x03: "SEALED"}


@dataclass(frozen=True)
class Frame:
    """One relayed body: who sent it, its place in that sender's stream, its bytes."""

    sender: str
    index: int
    body: bytes

    @property
    def kind(self) -> str:
        return KIND_NAMES.get(self.body[0], "?") if self.body else "empty"


# A plan gets (frame, relay) and returns the frames to deliver instead, as
# (receiver, body) pairs; receiver is HOME or SUPPORTER.
Plan = Callable[[Frame, "MaliciousRelay"], list[tuple[str, bytes]]]


class MaliciousRelay:
    """A room backend that records every relayed frame and lets a plan rewrite the stream.

    Without a plan it relays honestly (and still records).
    """

    def __init__(self, backend: RoomBackend, plan: Plan | None = None) -> None:
        self.backend = backend
        self.plan = plan
        self.conns: dict[str, Hashable] = {}
        self.frames: list[Frame] = []  # as the apps sent them
        self.delivered: list[tuple[str, bytes]] = []  # (receiver, body) as delivered
        self.wire: list[dict[str, Any]] = []  # every message the backend sent, after the plan
        self._counts = {HOME: 0, SUPPORTER: 0}
        self._deliver: Deliver = lambda actions: None

    def other(self, who: str) -> str:
        return SUPPORTER if who == HOME else HOME

    def stream(self, sender: str) -> list[bytes]:
        return [f.body for f in self.frames if f.sender == sender]

    def send(self, receiver: str, body: bytes) -> Send:
        """The action that delivers `body` to one app as a relayed frame."""
        self.delivered.append((receiver, body))
        message = {"type": "relay", "body": base64.b64encode(body).decode("ascii")}
        return Send(self.conns[receiver], message)

    def inject(self, receiver: str, body: bytes) -> None:
        """Send a frame to one app now, outside the flow of relayed frames."""
        action = self.send(receiver, body)
        self.wire.append(dict(action.message))
        self._deliver([action])

    # -- the RoomBackend interface: everything passes through `filter` ------------------

    @property
    def observer(self) -> RoomObserver | None:
        return self.backend.observer

    @observer.setter
    def observer(self, observer: RoomObserver | None) -> None:
        self.backend.observer = observer

    async def start(self, deliver: Deliver) -> None:
        self._deliver = deliver
        await self.backend.start(lambda actions: deliver(self.filter(actions)))

    async def close(self) -> None:
        await self.backend.close()

    async def receive(self, conn: int, message: object, address: str) -> list[Action]:
        return self.filter(await self.backend.receive(conn, message, address))

    async def reject(self, conn: int, code: str) -> list[Action]:
        return self.filter(await self.backend.reject(conn, code))

    async def disconnected(self, conn: int) -> list[Action]:
        return self.filter(await self.backend.disconnected(conn))

    async def expire(self) -> list[Action]:
        return self.filter(await self.backend.expire())

    def in_room(self, conn: int) -> bool:
        return self.backend.in_room(conn)

    async def ready(self) -> tuple[bool, str]:
        return await self.backend.ready()

    @property
    def rooms_open(self) -> int:
        return self.backend.rooms_open

    # -- the evil part ------------------------------------------------------------------

    def filter(self, actions: list[Action]) -> list[Action]:
        """The actions to carry out instead of `actions`: relayed frames go through the plan."""
        out: list[Action] = []
        for action in actions:
            if isinstance(action, Send):
                kind = action.message.get("type")
                if kind == "registered" and HOME not in self.conns:
                    self.conns[HOME] = action.conn
                elif kind == "claimed" and SUPPORTER not in self.conns:
                    self.conns[SUPPORTER] = action.conn
                if kind == "relay" and action.conn in self.conns.values():
                    out += self._relay(action)
                    continue
            out.append(action)
        for action in out:
            if isinstance(action, Send):
                self.wire.append(dict(action.message))
        return out

    def _relay(self, action: Send) -> list[Action]:
        receiver = HOME if action.conn == self.conns.get(HOME) else SUPPORTER
        sender = self.other(receiver)
        body = base64.b64decode(str(action.message["body"]))
        frame = Frame(sender, self._counts[sender], body)
        self._counts[sender] += 1
        self.frames.append(frame)
        deliveries = [(receiver, body)] if self.plan is None else self.plan(frame, self)
        return [self.send(to, data) for to, data in deliveries]


def real_backend(config: Config) -> RoomBackend:
    """The backend a server with `config` would use: Redis when configured, else memory."""
    return make_backend(config) or MemoryBackend(memory_rooms(config.limits))


async def serve_through_relay(
    plan: Plan | None = None, *, config: Config | None = None
) -> tuple[SignalingServer, MaliciousRelay]:
    """A real server on a free port whose rooms sit behind a `MaliciousRelay` following `plan`."""
    config = config or lifted_config()
    relay = MaliciousRelay(real_backend(config), plan)
    server = await start_server("127.0.0.1", 0, config=config, backend=relay, record_relays=True)
    return server, relay
