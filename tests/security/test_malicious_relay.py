"""A malicious pairing server between the real apps: every trick ends in abort, never a screen.

The server is real (`signaling.server`), and so are both apps' session flows; only the
server's relay is evil (`tests.support.relay.MaliciousRelay`, a room backend wrapped around
the real rooms). One real session is recorded first; hypothesis then picks a recorded
set-up frame and a way to tamper with it (bit flip, cut, extension, replay from the
recorded older session, reflection, duplicate, reordering, an injected PAKE message) and
runs a fresh live session with that tampering.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto.code import PairingCode
from crypto.pairing import PairingProtocol, Role
from signaling.config import Config
from tests.support.display import has_display
from tests.support.relay import (
    ABORTS,
    HOME,
    SUPPORTER,
    Frame,
    MaliciousRelay,
    serve_through_relay,
)
from tests.support.requires import needs
from tests.support.services import needs_redis, redis_server
from tests.support.sessions import Run, claim_fails, serve, session, settle

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
]

# Frames each app sends before the screen is shown, in order (PROTOCOL.md section 3).
SETUP = {
    HOME: ["PAKE", "CONFIRM", "consent", "offer"],
    SUPPORTER: ["PAKE", "CONFIRM", "hello", "answer", "identity"],
}
# Frames whose sender sends its next frame without waiting for this one to arrive, so
# holding this one back and delivering it after the next is a reordering, not a stall.
REORDERABLE = {(HOME, 0), (HOME, 2), (SUPPORTER, 0), (SUPPORTER, 1), (SUPPORTER, 3)}


@dataclass(frozen=True)
class Recording:
    """The set-up frames of one real session, by sender; the 'older session' to replay."""

    frames: dict[str, list[bytes]]


def _record() -> Recording:
    async def scenario() -> Recording:
        server, relay = await serve_through_relay()
        try:
            async with session(server.url) as run:
                await settle(run)
                assert not run.both_ended, run.reasons
                frames = {who: relay.stream(who)[: len(SETUP[who])] for who in SETUP}
        finally:
            await server.close()
        return Recording(frames)

    return asyncio.run(scenario())


_recording: Recording | None = None


def recording() -> Recording:
    """Recorded once per test run, on first use."""
    global _recording
    if _recording is None:
        _recording = _record()
    return _recording


@pytest.fixture(scope="module", autouse=True)
def _record_first() -> None:
    """Record before any strategy runs (aiortc uses `random`, which hypothesis frowns on)."""
    recording()


def test_recorded_session_has_the_documented_frames() -> None:
    """The recording is a whole untampered set-up: PAKE, CONFIRM, then sealed frames."""
    frames = recording().frames
    for who, names in SETUP.items():
        assert len(frames[who]) == len(names)
        kinds = [body[0] for body in frames[who]]
        assert kinds == [0x01, 0x02] + [0x03] * (len(names) - 2)


# -- tampering plans -------------------------------------------------------------------


class Tamper:
    """Changes one target frame (sender, index) in a live session; passes the rest."""

    def __init__(self, sender: str, index: int) -> None:
        self.target = (sender, index)
        self.applied = False
        self.held: Frame | None = None

    def __call__(self, frame: Frame, relay: MaliciousRelay) -> list[tuple[str, bytes]]:
        receiver = relay.other(frame.sender)
        if self.held is not None and frame.sender == self.held.sender:
            held, self.held = self.held, None
            return [(receiver, frame.body), (receiver, held.body)]  # the later one first
        if (frame.sender, frame.index) != self.target:
            return [(receiver, frame.body)]
        self.applied = True
        return self.change(frame, receiver)

    def change(self, frame: Frame, receiver: str) -> list[tuple[str, bytes]]:
        raise NotImplementedError


class Replace(Tamper):
    def __init__(self, sender: str, index: int, new: Callable[[bytes], bytes], label: str):
        super().__init__(sender, index)
        self.new = new
        self.label = label

    def __repr__(self) -> str:
        return f"Replace{self.target}:{self.label}"

    def change(self, frame: Frame, receiver: str) -> list[tuple[str, bytes]]:
        changed = self.new(frame.body)
        assert changed != frame.body
        return [(receiver, changed)]


class Deliver(Tamper):
    """Reflect, duplicate or put something in front of the target frame."""

    def __init__(self, sender: str, index: int, how: str, extra: bytes = b"") -> None:
        super().__init__(sender, index)
        self.how = how
        self.extra = extra

    def __repr__(self) -> str:
        return f"Deliver{self.target}:{self.how}"

    def change(self, frame: Frame, receiver: str) -> list[tuple[str, bytes]]:
        if self.how == "reflect":  # back to its own sender instead of forward
            return [(frame.sender, frame.body)]
        if self.how == "reflect_too":
            return [(receiver, frame.body), (frame.sender, frame.body)]
        if self.how == "duplicate":
            return [(receiver, frame.body), (receiver, frame.body)]
        if self.how == "inject_before":
            return [(receiver, self.extra), (receiver, frame.body)]
        if self.how == "hold":  # deliver after the sender's next frame
            self.held = frame
            return []
        raise AssertionError(self.how)


def flip(body: bytes, bit: int) -> bytes:
    changed = bytearray(body)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


def attacker_pake(sender: str, guess: str) -> bytes:
    """A PAKE message from an attacker who plays `sender`'s role with a guessed secret."""
    role = Role.HOME_USER if sender == HOME else Role.SUPPORTER
    attacker = PairingProtocol(role, PairingCode("1000", guess), 0.0)
    attacker.start()
    (frame,) = attacker.data_to_send()
    return frame


@st.composite
def tampering(draw: st.DrawFn) -> Tamper:
    frames = recording().frames
    sender = draw(st.sampled_from([HOME, SUPPORTER]))
    index = draw(st.integers(0, len(SETUP[sender]) - 1))
    body = frames[sender][index]
    how = draw(
        st.sampled_from(
            [
                "flip",
                "cut",
                "extend",
                "random",
                "replay_old",
                "inject_old",
                "reflect",
                "reflect_too",
                "duplicate",
                "reorder",
                "inject_pake",
            ]
        )
    )
    if how == "flip":
        bit = draw(st.integers(0, 8 * len(body) - 1))
        return Replace(sender, index, lambda b: flip(b, bit % (8 * len(b))), f"flip bit {bit}")
    if how == "cut":
        keep = draw(st.integers(0, len(body) - 1))
        return Replace(sender, index, lambda b: b[: min(keep, len(b) - 1)], f"cut to {keep}")
    if how == "extend":
        tail = draw(st.binary(min_size=1, max_size=16))
        return Replace(sender, index, lambda b: b + tail, f"extend by {len(tail)}")
    if how == "random":  # same kind byte and length, random contents
        seed = draw(st.integers(0, 2**32 - 1))
        return Replace(
            sender,
            index,
            lambda b: b[:1] + hashlib.shake_256(seed.to_bytes(4, "big")).digest(len(b) - 1),
            "random bytes",
        )
    if how == "replay_old":  # the same frame of the recorded older session
        return Replace(sender, index, lambda b: body, "older session's frame")
    if how == "inject_old":
        old = frames[sender][draw(st.integers(0, len(SETUP[sender]) - 1))]
        return Deliver(sender, index, "inject_before", old)
    if how == "reorder":
        pick = draw(st.sampled_from(sorted(REORDERABLE)))
        return Deliver(*pick, "hold")
    if how == "inject_pake":
        guess = draw(st.text("0123456789", min_size=8, max_size=8))
        return Deliver(sender, index, "inject_before", attacker_pake(sender, guess))
    return Deliver(sender, index, how)


async def tampered_session(plan: Tamper, config: Config | None = None) -> tuple[Run, str]:
    """Run one live session through a relay that follows `plan`; return it and the claim error."""
    server, _ = await serve_through_relay(plan, config=config)
    try:
        async with session(server.url) as run:
            await settle(run)
            nameplate = run.code.nameplate
        burned = await claim_fails(server.url, nameplate)
    finally:
        await server.close()
    return run, burned


def assert_aborted(run: Run, burned: str) -> None:
    assert run.both_ended, f"not ended: {run.reasons}"
    assert not run.screen_shown
    home_reason, supporter_reason = run.reasons
    assert home_reason in ABORTS and supporter_reason in ABORTS, run.reasons
    assert burned == "unknown_code"


@given(plan=tampering())
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
def test_any_tampered_setup_frame_aborts_both_apps(plan: Tamper) -> None:
    """Any change to any recorded set-up frame ends both apps, shows nothing, burns the code."""
    run, burned = asyncio.run(tampered_session(plan))
    assert plan.applied, f"{plan} never met its frame"
    assert_aborted(run, burned)


# -- the attacks by name ---------------------------------------------------------------


@pytest.mark.parametrize("sender", [HOME, SUPPORTER])
@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_each_setup_frame_is_protected(sender: str, index: int) -> None:
    """Flipping the last bit of each set-up frame (the AEAD or confirm tag) is caught."""
    plan = Replace(sender, index, lambda b: flip(b, 8 * len(b) - 1), "last bit")
    run, burned = asyncio.run(tampered_session(plan))
    assert plan.applied
    assert_aborted(run, burned)


@needs_redis
@pytest.mark.parametrize("sender", [HOME, SUPPORTER])
def test_tampering_with_rooms_in_redis_aborts_too(sender: str) -> None:
    """With the rooms in Redis (relayed frames are delivered, not returned), a flipped
    CONFIRM tag still reaches the app and ends both apps."""
    plan = Replace(sender, 1, lambda b: flip(b, 8 * len(b) - 1), "last bit")
    with redis_server() as redis:
        config = Config(redis_url=redis.url, redis_heartbeat=0.6)
        run, burned = asyncio.run(tampered_session(plan, config))
    assert plan.applied
    assert_aborted(run, burned)


def test_the_server_playing_both_sides_learns_nothing() -> None:
    """A server that runs its own PAKE with each app (guessing the secret) fails on both."""

    class ManInTheMiddle(Tamper):
        def __init__(self) -> None:
            super().__init__(HOME, 0)
            guess = PairingCode("1000", "12345678")
            self.to_home = PairingProtocol(Role.SUPPORTER, guess, 0.0)
            self.to_supporter = PairingProtocol(Role.HOME_USER, guess, 0.0)
            self.to_home.start()
            self.to_supporter.start()

        def __call__(self, frame: Frame, relay: MaliciousRelay) -> list[tuple[str, bytes]]:
            self.applied = True
            # Each app talks only to the server's fake of the other app.
            fake = self.to_home if frame.sender == HOME else self.to_supporter
            fake.receive_data(frame.body)
            return [(frame.sender, body) for body in fake.data_to_send()]

    plan = ManInTheMiddle()
    run, burned = asyncio.run(tampered_session(plan))
    assert_aborted(run, burned)
    assert run.reasons == ("wrong_code", "wrong_code")
    assert run.asked is None, "the home user was asked although nobody proved the code"


class ThirdSide(Tamper):
    """The server lets a third app listen to the home app and speak to it, in front of
    the real supporter (it guessed the secret: the server knows only the nameplate)."""

    def __init__(self) -> None:
        super().__init__(SUPPORTER, 0)
        self.third = PairingProtocol(Role.SUPPORTER, PairingCode("1000", "87654321"), 0.0)
        self.third.start()

    def __call__(self, frame: Frame, relay: MaliciousRelay) -> list[tuple[str, bytes]]:
        self.applied = True
        if frame.sender == HOME:
            self.third.receive_data(frame.body)  # the third side hears all the home app says
        forward = [(relay.other(frame.sender), frame.body)]
        return [(HOME, body) for body in self.third.data_to_send()] + forward


def test_a_third_side_cannot_join_or_take_over() -> None:
    """A third app the server lets in beside the supporter makes both real apps abort."""
    run, burned = asyncio.run(tampered_session(ThirdSide()))
    assert_aborted(run, burned)


def test_an_honest_server_refuses_a_third_side() -> None:
    """A third app claiming a paired room gets `room_full`; the session is not harmed."""

    async def scenario() -> tuple[str, bool]:
        server = await serve()
        try:
            async with session(server.url) as run:
                await settle(run)
                error = await claim_fails(server.url, run.code.nameplate)
                shown = run.screen_shown and not run.both_ended
        finally:
            await server.close()
        return error, shown

    error, shown = asyncio.run(scenario())
    assert error == "room_full"
    assert shown
