"""Rooms in Redis, so the helper app and the supporter app may reach different instances.

Keys (prefix `assist:`), each changed only inside one Lua script (signaling/lua/) so
every step is atomic:

    waiting               sorted set of waiting nameplates, scored by expiry (ms, Redis time)
    miss:<minute>         claims of unknown nameplates in that minute (nameplate length)
    regs:<hash>           registrations per address or prefix in the current minute
    room:<nameplate>      hash {home, supporter} of member ids "<instance>.<conn>";
                          expires after the code lifetime while waiting, `room_ttl` once paired
    inst:<id>:rooms       nameplates of rooms with a member on instance <id>
    alive:<id>            heartbeat with a TTL; `instances` lists every instance seen
    claims:<hash>         claims per address or prefix in the current minute (hashed)

Frames for a connection on another instance go to its pub/sub channel `to:<id>`; the
claim and close scripts publish `joined` and `peer_left` there themselves, so a pairing
costs three round trips (register, claim, close) even across instances. Commands that
connections issue in the same event-loop turn share one pipelined round trip.
When an instance stops sending heartbeats, any other instance reaps its rooms and tells
the surviving members `peer_left` "disconnected". When Redis is lost, every connection
in a room gets `server_busy` (its room state and notices in flight are gone) and new
rooms are refused with `server_busy` until Redis answers again.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import math
import secrets
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import redis.asyncio as aioredis
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError, RedisError

from signaling.backend import Deliver
from signaling.limits import scope_limits
from signaling.nameplates import (
    GUESS_MARGIN,
    MAX_NAMEPLATE_DIGITS,
    MIN_NAMEPLATE_DIGITS,
    SPARSITY,
)
from signaling.rooms import (
    MAX_BODY_CHARS,
    RESUME_KEY_PREFIX,
    RESUME_LIFETIME,
    Action,
    Close,
    RoomObserver,
    Send,
    close_reason,
    valid_nameplate,
    valid_resume_room,
    version_problem,
)

if TYPE_CHECKING:
    from signaling.verified import SupporterPolicy

log = logging.getLogger("assist.signaling.redis")


def _lua(name: str) -> str:
    """One of the Lua scripts beside this module (signaling/lua/<name>.lua)."""
    return (resources.files("signaling") / "lua" / f"{name}.lua").read_text(encoding="utf-8")


_REGISTER = _lua("register")
_CLAIM = _lua("claim")
_DISSOLVE = _lua("dissolve")
_REAP = _lua("reap")


class _Pipeliner:
    """Sends the commands issued during one event-loop turn to Redis as one pipeline.

    Under load many connections issue a script call in the same turn; one round trip
    (one pooled connection, one write) for all of them costs far less CPU in redis-py
    than one each. Every caller still awaits its own reply and sees its own error, and
    the commands of one connection stay in order because it awaits each before the next.
    """

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis
        self._queue: list[tuple[tuple[str | int, ...], asyncio.Future[Any]]] = []
        self._tasks: set[asyncio.Task[None]] = set()

    async def execute(self, *command: str | int) -> Any:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        if not self._queue:  # the first in this turn: send them all on the next one
            task = loop.create_task(self._send())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        self._queue.append((command, future))
        return await future

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _send(self) -> None:
        batch, self._queue = self._queue, []
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                for command, _ in batch:
                    pipe.execute_command(*command)
                results = await pipe.execute(raise_on_error=False)
        except BaseException as exc:  # each caller gets what it would have got alone
            error = exc if isinstance(exc, Exception) else RedisError("closing")
            for _, future in batch:
                if not future.done():
                    future.set_exception(error)
            if error is not exc:
                raise  # cancelled
            return
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # its caller was cancelled
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)


@dataclass
class _Member:
    nameplate: str
    home_user: bool
    peer: str | None  # member id of the other side once known
    since: float  # registered, claimed or joined: the paired lifetime counts from here
    last_relay: float = 0.0


class RedisRooms:
    """The room backend for several instances sharing one Redis."""

    def __init__(
        self,
        url: str,
        clock: Callable[[], float],
        *,
        code_lifetime: float = 600.0,
        claims_per_minute: int = 10,
        claims_per_minute_per_prefix: int = 30,
        claims_per_minute_per_wide_prefix: int = 60,
        registrations_per_minute: int = 10,
        registrations_per_minute_per_prefix: int = 30,
        registrations_per_minute_per_wide_prefix: int = 60,
        paired_lifetime: float = 43_200.0,
        paired_idle_timeout: float = 7_200.0,
        max_rooms: int = 100_000,
        room_ttl: float = 86_400.0,
        heartbeat: float = 3.0,
        max_body_chars: int = MAX_BODY_CHARS,
        observer: RoomObserver | None = None,
        prefix: str = "assist:",
        supporters: SupporterPolicy | None = None,
    ) -> None:
        self.url = url
        self.supporters = supporters  # issue 16: verified supporters only, when set
        self.instance = secrets.token_hex(6)
        self.observer = observer
        self.code_lifetime = code_lifetime
        self._clock = clock
        self._claim_limits = (
            claims_per_minute,
            claims_per_minute_per_prefix,
            claims_per_minute_per_wide_prefix,
        )
        self._register_limits = (
            registrations_per_minute,
            registrations_per_minute_per_prefix,
            registrations_per_minute_per_wide_prefix,
        )
        self.paired_lifetime = paired_lifetime
        self.paired_idle_timeout = paired_idle_timeout
        self._max_rooms = max_rooms
        self._room_ttl_ms = int(room_ttl * 1000)
        self._heartbeat = heartbeat
        self._max_body_chars = max_body_chars
        self._p = prefix
        pool = aioredis.BlockingConnectionPool.from_url(
            url,
            max_connections=64,
            timeout=5,
            socket_timeout=5,
            socket_connect_timeout=2,
            decode_responses=True,
        )
        self._redis: aioredis.Redis = aioredis.Redis(connection_pool=pool)
        # Heartbeats and reaping get a connection of their own: a pool drained by load
        # must never delay them, or other instances would take us for dead.
        self._beat_redis: aioredis.Redis = aioredis.Redis.from_url(
            url,
            single_connection_client=True,
            socket_timeout=max(1.0, heartbeat / 3),
            socket_connect_timeout=2,
            decode_responses=True,
        )
        self._register = self._redis.register_script(_REGISTER)
        self._claim = self._redis.register_script(_CLAIM)
        self._dissolve_script = self._redis.register_script(_DISSOLVE)
        self._reap = self._redis.register_script(_REAP)
        self._pipeliner = _Pipeliner(self._redis)
        self._members: dict[int, _Member] = {}
        self._room_refs: dict[str, int] = {}  # nameplate → members here (rooms_open, max_rooms)
        self._waiting: OrderedDict[int, float] = OrderedDict()  # home user conn → registered at
        self._resume_waiting: OrderedDict[int, float] = OrderedDict()  # first to resume → since
        self._finished: set[int] = set()
        self._deliver: Deliver = lambda actions: None
        self._up = False
        self._tasks: list[asyncio.Task[None]] = []
        self._channel = f"{prefix}to:{self.instance}"

    # -- life cycle ---------------------------------------------------------------------

    async def start(self, deliver: Deliver) -> None:
        """Subscribe to our channel and start the heartbeat; works even if Redis is down."""
        self._deliver = deliver
        self._tasks = [
            asyncio.create_task(self._listen()),
            asyncio.create_task(self._beat()),
        ]
        for _ in range(50):  # the first connection normally takes a few milliseconds
            if self._up:
                break
            await asyncio.sleep(0.02)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._pipeliner.close()
        if self._up:
            with contextlib.suppress(RedisError, OSError):
                await self._redis.delete(f"{self._p}alive:{self.instance}")
                await self._reap(args=[self._p, self.instance, "1"])
                await self._redis.srem(f"{self._p}instances", self.instance)
        await self._redis.aclose()
        await self._beat_redis.aclose()

    async def ready(self) -> tuple[bool, str]:
        if not self._up:
            return False, "redis unreachable"
        try:
            async with asyncio.timeout(1.0):
                await self._beat_redis.ping()
        except (RedisError, OSError, TimeoutError):
            return False, "redis unreachable"
        return True, "ready"

    @property
    def rooms_open(self) -> int:
        """Rooms with a member on this instance: a paired room counts once, as in `Rooms`."""
        return len(self._room_refs)

    def _add_member(self, conn: int, member: _Member) -> None:
        self._members[conn] = member
        self._room_refs[member.nameplate] = self._room_refs.get(member.nameplate, 0) + 1

    def _drop_member(self, conn: int) -> _Member | None:
        member = self._members.pop(conn, None)
        if member is not None:
            left = self._room_refs.get(member.nameplate, 1) - 1
            if left > 0:
                self._room_refs[member.nameplate] = left
            else:
                self._room_refs.pop(member.nameplate, None)
        return member

    def in_room(self, conn: int) -> bool:
        return conn in self._members

    # -- frames from local connections -------------------------------------------------

    async def receive(self, conn: int, message: object, address: str) -> list[Action]:
        if conn in self._finished:
            return []
        if not isinstance(message, dict):
            return await self.reject(conn, "bad_message")
        kind = message.get("type")
        try:
            if kind == "register":
                return await self._on_register(conn, message, address)
            if kind == "claim":
                return await self._on_claim(conn, message, address)
            if kind == "resume":
                return await self._on_resume(conn, message, address)
            if kind == "relay":
                return await self._on_relay(conn, message)
            if kind == "close":
                return await self._on_close(conn, message)
        except (RedisError, OSError) as exc:
            # Often only a full connection pool under load; a Redis that is really gone
            # is noticed by the listener and the heartbeat, which end every room.
            log.warning("redis command failed", extra={"fields": {"error": type(exc).__name__}})
            return await self.reject(conn, "server_busy")
        return await self.reject(conn, "bad_message")

    async def reject(self, conn: int, code: str) -> list[Action]:
        actions = [*self._error(conn, code), Close(conn)]
        self._finished.add(conn)
        await self._leave(conn, "disconnected")
        return actions

    async def disconnected(self, conn: int) -> list[Action]:
        self._finished.discard(conn)
        await self._leave(conn, "disconnected")
        return []

    async def expire(self) -> list[Action]:
        """End waiting rooms past the code lifetime (Redis has already dropped the key)."""
        now = self._clock()
        actions: list[Action] = []
        expired = [
            conn
            for conn, member in self._members.items()
            if member.peer is not None
            and (
                now - member.since >= self.paired_lifetime
                or now - member.last_relay >= self.paired_idle_timeout
            )
        ]
        for conn in expired:  # both told `room_expired`, here or on their own instance
            actions += [*self._error(conn, "room_expired"), Close(conn)]
            self._finished.add(conn)
        for conn in expired:
            await self._leave(conn, "room_expired")
        while self._waiting:
            conn, since = next(iter(self._waiting.items()))
            if now - since < self.code_lifetime:
                break
            actions += [*self._error(conn, "code_expired"), Close(conn)]
            self._finished.add(conn)
            await self._leave(conn, "code_expired")
        while self._resume_waiting:
            conn, since = next(iter(self._resume_waiting.items()))
            if now - since < RESUME_LIFETIME:
                break
            actions += [*self._error(conn, "code_expired"), Close(conn)]
            self._finished.add(conn)
            await self._leave(conn, "code_expired")
        return actions

    async def _on_register(self, conn: int, message: dict[str, Any], address: str) -> list[Action]:
        problem = "bad_message" if conn in self._members else version_problem(message)
        if problem is not None:
            return await self.reject(conn, problem)
        if not self._up or self.rooms_open >= self._max_rooms:
            return await self.reject(conn, "server_busy")
        lifetime_ms = str(int(self.code_lifetime * 1000))
        nameplate = await self._script(
            self._register, self._p, self._id(conn), self.instance, lifetime_ms,
            SPARSITY, GUESS_MARGIN, *_scope_args(address, self._register_limits),
            *_candidates(),
        )  # fmt: skip
        if isinstance(nameplate, list):
            return await self.reject(conn, str(nameplate[0]))
        if not nameplate:
            return await self.reject(conn, "server_busy")
        self._add_member(conn, _Member(str(nameplate), True, None, self._clock()))
        self._waiting[conn] = self._clock()
        self._notify("room_opened", "")
        reply = {"type": "registered", "nameplate": str(nameplate)}
        return [Send(conn, reply | {"expires_in": math.ceil(self.code_lifetime)})]

    async def _on_claim(self, conn: int, message: dict[str, Any], address: str) -> list[Action]:
        problem = "bad_message" if conn in self._members else version_problem(message)
        nameplate = message.get("nameplate")
        if problem is not None or not valid_nameplate(nameplate):
            return await self.reject(conn, problem or "bad_message")
        if not self._up:
            return await self.reject(conn, "server_busy")
        if self.supporters is not None and (problem := self.supporters.problem(message)):
            return await self.reject(conn, problem)  # issue 16: before the claim script
        result = await self._script(
            self._claim, self._p, nameplate, self._id(conn), self.instance, self._room_ttl_ms,
            60_000, *_scope_args(address, self._claim_limits),
        )  # fmt: skip
        if result[0] != "ok":
            return await self.reject(conn, str(result[0]))
        home = str(result[1])
        now = self._clock()
        self._add_member(conn, _Member(str(nameplate), False, home, now, now))
        # Joined must reach the helper app before any relay from us. On another instance
        # the script has already published it; ours is told here, before we answer.
        self._deliver_local(home, {"ev": "joined", "peer": self._id(conn)})
        self._notify("paired", "")
        return [Send(conn, {"type": "claimed"})]

    async def _on_resume(self, conn: int, message: dict[str, Any], address: str) -> list[Action]:
        """As Rooms.handle_resume: the first app waits in a room named by the resume room id
        (register.lua with that one name), the second claims it (claim.lua)."""
        problem = "bad_message" if conn in self._members else version_problem(message)
        room_id = message.get("room")
        if problem is not None or not valid_resume_room(room_id):
            return await self.reject(conn, problem or "bad_message")
        if not self._up:
            return await self.reject(conn, "server_busy")
        key = RESUME_KEY_PREFIX + room_id
        opened = await self._script(
            self._register, self._p, self._id(conn), self.instance,
            str(int(RESUME_LIFETIME * 1000)), SPARSITY, GUESS_MARGIN,
            *_scope_args(address, self._register_limits), key,
        )  # fmt: skip
        if isinstance(opened, list):
            return await self.reject(conn, str(opened[0]))
        now = self._clock()
        if opened:
            if self.rooms_open >= self._max_rooms:
                await self._script(
                    self._dissolve_script, self._p, key, self._id(conn), self.instance, "busy"
                )
                return await self.reject(conn, "server_busy")
            self._add_member(conn, _Member(key, True, None, now))
            self._resume_waiting[conn] = now
            self._notify("room_opened", "resume")
            reply = {"type": "resume_waiting", "expires_in": math.ceil(RESUME_LIFETIME)}
            return [Send(conn, reply)]
        result = await self._script(
            self._claim, self._p, key, self._id(conn), self.instance, self._room_ttl_ms,
            60_000, *_scope_args(address, self._claim_limits),
        )  # fmt: skip
        if result[0] != "ok":
            return await self.reject(conn, str(result[0]))
        home = str(result[1])
        self._add_member(conn, _Member(key, False, home, now, now))
        self._deliver_local(home, {"ev": "joined", "peer": self._id(conn)})
        self._notify("paired", "resume")
        return [Send(conn, {"type": "claimed"})]

    async def _on_relay(self, conn: int, message: dict[str, Any]) -> list[Action]:
        body = message.get("body")
        if not isinstance(body, str) or len(body) > self._max_body_chars:
            return await self.reject(conn, "bad_message")
        member = self._members.get(conn)
        if member is None or member.peer is None:
            return self._error(conn, "not_paired")
        member.last_relay = self._clock()
        await self._route(member.peer, {"ev": "relay", "body": body})
        return []

    async def _on_close(self, conn: int, message: dict[str, Any]) -> list[Action]:
        self._finished.add(conn)
        await self._leave(conn, close_reason(message))
        return [Close(conn)]

    # -- rooms in Redis ---------------------------------------------------------------

    async def _leave(self, conn: int, reason: str) -> None:
        """`conn` leaves its room, if any: the room is deleted and the other side told."""
        member = self._drop_member(conn)
        self._waiting.pop(conn, None)
        self._resume_waiting.pop(conn, None)
        if member is None:
            return
        self._notify("room_closed", reason)
        if not self._up:
            return  # _lost() already ended every room of this instance
        try:
            # The script itself publishes peer_left to another instance's member.
            other = await self._script(
                self._dissolve_script, self._p, member.nameplate, self._id(conn),
                self.instance, reason,
            )  # fmt: skip
            if other:
                self._deliver_local(str(other), {"ev": "peer_left", "reason": reason})
        except (RedisError, OSError) as exc:
            log.warning("redis command failed", extra={"fields": {"error": type(exc).__name__}})

    async def _route(self, member_id: str, event: dict[str, object]) -> None:
        """Deliver `event` to a member: directly if it is ours, else through its channel."""
        instance, _, conn = member_id.rpartition(".")
        if instance == self.instance:
            self._deliver(self._on_event(int(conn), event))
        else:
            payload = json.dumps(event | {"to": int(conn)}, separators=(",", ":"))
            await self._pipeliner.execute("PUBLISH", f"{self._p}to:{instance}", payload)

    def _deliver_local(self, member_id: str, event: dict[str, object]) -> None:
        """Deliver `event` to a member of ours; one on another instance got it from Lua."""
        instance, _, conn = member_id.rpartition(".")
        if instance == self.instance:
            self._deliver(self._on_event(int(conn), event))

    async def _script(self, script: AsyncScript, *args: str | int) -> Any:
        """Run one of our scripts in the next pipeline (no keys: they are computed)."""
        try:
            return await self._pipeliner.execute("EVALSHA", script.sha, 0, *args)
        except NoScriptError:  # Redis restarted or flushed its scripts: load and rerun
            return await script(args=list(args))

    def _on_event(self, conn: int, event: dict[str, Any]) -> list[Action]:
        """An event for our connection `conn` from its room's other side."""
        member = self._members.get(conn)
        if member is None or conn in self._finished:
            return []
        kind = event.get("ev")
        if kind == "relay":
            member.last_relay = self._clock()
            return [Send(conn, {"type": "relay", "body": str(event.get("body", ""))})]
        if kind == "joined" and member.home_user and member.peer is None:
            member.peer = str(event.get("peer"))
            member.since = member.last_relay = self._clock()
            self._waiting.pop(conn, None)
            self._resume_waiting.pop(conn, None)
            return [Send(conn, {"type": "joined"})]
        if kind == "peer_left":
            self._drop_member(conn)
            self._waiting.pop(conn, None)
            self._resume_waiting.pop(conn, None)
            self._finished.add(conn)
            reason = str(event.get("reason", "disconnected"))
            return [Send(conn, {"type": "peer_left", "reason": reason}), Close(conn)]
        return []

    # -- background: pub/sub, heartbeat, reaping ----------------------------------------

    async def _listen(self) -> None:
        while True:
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self._channel)
                await self._recovered()
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is None or message.get("type") != "message":
                        continue
                    event = json.loads(message["data"])
                    self._deliver(self._on_event(int(event.pop("to")), event))
            except (RedisError, OSError, ValueError, KeyError) as exc:
                self._lost(exc)
            finally:
                with contextlib.suppress(RedisError, OSError):
                    await pubsub.aclose()
            await asyncio.sleep(min(0.5, self._heartbeat / 3))

    async def _recovered(self) -> None:
        """Redis answers (again): clean what our previous life left, then accept rooms."""
        if self._up:
            return
        # Pooled connections from before the outage point at a dead socket: drop them.
        await self._redis.connection_pool.disconnect(inuse_connections=False)
        await self._reap(args=[self._p, self.instance, "1"], client=self._beat_redis)
        await self._announce()
        self._up = True
        log.info("redis connected")

    async def _announce(self) -> None:
        ttl_ms = int(self._heartbeat * 1000)
        async with self._beat_redis.pipeline(transaction=False) as pipe:
            pipe.set(f"{self._p}alive:{self.instance}", "1", px=ttl_ms)
            pipe.sadd(f"{self._p}instances", self.instance)
            await pipe.execute()

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self._heartbeat / 3)
            if not self._up:
                continue
            try:
                await self._announce()
                for instance in await self._beat_redis.smembers(f"{self._p}instances"):
                    if instance != self.instance:
                        await self._reap_if_dead(str(instance))
            except (RedisError, OSError) as exc:
                self._lost(exc)

    async def _reap_if_dead(self, instance: str) -> None:
        survivors = await self._reap(args=[self._p, instance, "0"], client=self._beat_redis)
        if survivors:
            log.info("reaped a dead instance", extra={"fields": {"rooms": len(survivors)}})
        for member_id in survivors:
            await self._route(str(member_id), {"ev": "peer_left", "reason": "disconnected"})

    def _lost(self, exc: BaseException) -> None:
        """Redis went away: rooms and notices in flight are gone, so end ours clearly."""
        if not self._up:
            return
        self._up = False
        log.warning("redis lost", extra={"fields": {"error": type(exc).__name__}})
        actions: list[Action] = []
        for conn in list(self._members):
            self._drop_member(conn)
            self._finished.add(conn)
            self._notify("room_closed", "server_busy")
            actions += [*self._error(conn, "server_busy"), Close(conn)]
        self._waiting.clear()
        self._deliver(actions)

    # -- helpers ------------------------------------------------------------------------

    def _id(self, conn: int) -> str:
        return f"{self.instance}.{conn}"

    def _error(self, conn: int, code: str) -> list[Action]:
        self._notify("rejected", code)
        return [Send(conn, {"type": "error", "code": code})]

    def _notify(self, event: str, detail: str) -> None:
        if self.observer is not None:
            self.observer(event, detail)


def _scope_args(address: str, limits: tuple[int, int, int]) -> list[str | int]:
    """k, then (hashed key, limit) for the address and each of its network prefixes."""
    scopes = scope_limits(address, *limits)
    args: list[str | int] = [len(scopes)]
    for key, limit in scopes:
        args += [hashlib.sha256(key.encode()).hexdigest()[:20], limit]
    return args


def _candidates(per_length: int = 4) -> list[str]:
    """Random nameplates for register.lua to choose from, shortest first (`secrets`)."""
    out = []
    for digits in range(MIN_NAMEPLATE_DIGITS, MAX_NAMEPLATE_DIGITS + 1):
        low = 10 ** (digits - 1)
        out += [str(low + secrets.randbelow(9 * low)) for _ in range(per_length)]
    return out
