"""The code, live: the same code gives the same key; any wrong secret digit ends both apps.

Real server, both apps' session flows. The supporter window's Damm check would catch a
single wrong digit before anything is sent, so these tests build the wrong code directly,
as a scammer or a buggy app would.
"""

from __future__ import annotations

import asyncio
import base64
import re
import socket
import time

import pytest

from assist_session.signaling_client import SignalingClient
from crypto.code import CodeFormatError, PairingCode
from signaling.rooms import Rooms
from tests.support.display import has_display
from tests.support.relay import HOME, MaliciousRelay, serve_through_relay
from tests.support.requires import needs
from tests.support.sessions import (
    claim_fails,
    serve,
    session,
    settle,
    shown_on_both,
    start_session,
)
from tests.support.timing import until

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
]


def with_digit(code: PairingCode, position: int, step: int = 1) -> PairingCode:
    secret = list(code.secret)
    secret[position] = str((int(secret[position]) + step) % 10)
    return PairingCode(code.nameplate, "".join(secret))


def test_same_code_gives_the_same_key_on_both_sides() -> None:
    """With the right code both apps derive one session id and the screen is shown."""

    async def scenario() -> tuple[bytes | None, bytes | None, bool]:
        server = await serve()
        try:
            async with session(server.url) as run:
                await settle(run)
                assert run.home.channel is not None and run.supporter.channel is not None
                ids = run.home.channel.session_id, run.supporter.channel.session_id
                return ids[0], ids[1], shown_on_both(run)
        finally:
            await server.close()

    home_id, supporter_id, shown = asyncio.run(scenario())
    assert home_id is not None and len(home_id) == 16
    assert home_id == supporter_id
    assert shown


@pytest.mark.parametrize("position", range(8))
def test_any_wrong_secret_digit_ends_both_and_burns_the_code(position: int) -> None:
    """One wrong secret digit: both apps end with `wrong_code`, nothing shown, code burned."""

    async def scenario() -> tuple[tuple[str | None, str | None], bool, bool, str]:
        server = await serve()
        try:
            async with session(
                server.url, code_for_supporter=lambda c: with_digit(c, position, 1 + position % 9)
            ) as run:
                await settle(run)
                asked = run.asked is not None
            burned = await claim_fails(server.url, run.code.nameplate)
        finally:
            await server.close()
        return run.reasons, run.screen_shown, asked, burned

    reasons, shown, asked, burned = asyncio.run(scenario())
    assert reasons == ("wrong_code", "wrong_code")
    assert not shown
    assert not asked, "the home user was asked although the code was wrong"
    assert burned == "unknown_code"


def test_the_right_code_after_a_wrong_one_does_not_work() -> None:
    """After a wrong try the code is gone, even when its nameplate is handed out again."""

    async def scenario() -> tuple[str | None, str, str | None, bool]:
        # Nameplates are random; with a single one the new room is sure to reuse it.
        server = await serve(Rooms(time.monotonic, nameplate_ranges=((1000, 1000),)))
        try:
            async with session(server.url, code_for_supporter=lambda c: with_digit(c, 0)) as run:
                await settle(run)
            old = run.code
            burned = await claim_fails(server.url, old.nameplate)
            # A new helper app gets the same nameplate with a new secret;
            # the old right code typed now meets it and fails.
            async with session(server.url, code_for_supporter=lambda c: old) as again:
                await settle(again)
                same_nameplate = again.code.nameplate == old.nameplate
        finally:
            await server.close()
        return run.home.ended_reason, burned, again.home.ended_reason, same_nameplate

    first, burned, second, same_nameplate = asyncio.run(scenario())
    assert first == "wrong_code"
    assert burned == "unknown_code"
    assert same_nameplate
    assert second == "wrong_code"


def test_a_wrong_nameplate_digit_reaches_no_one() -> None:
    """A wrong nameplate finds no waiting helper app; the real one keeps waiting untouched."""

    async def scenario() -> tuple[str | None, str | None]:
        server = await serve()
        try:
            run = await start_session(
                server.url,
                code_for_supporter=lambda c: PairingCode(str(int(c.nameplate) + 1), c.secret),
            )
            await until(lambda: run.supporter.ended_reason, 10, "supporter refused")
            home_reason = run.home.ended_reason
            await run.stop()
        finally:
            await server.close()
        return run.supporter.ended_reason, home_reason

    supporter_reason, home_reason = asyncio.run(scenario())
    assert supporter_reason == "unknown_code"
    assert home_reason is None


@pytest.mark.parametrize("position", range(13))
def test_the_supporter_app_rejects_any_single_typo_before_sending(position: int) -> None:
    """The Damm check digit catches every single wrong digit of the 13, nameplate included."""
    code = PairingCode("1000", "39071556")
    digits = list(code.digits)
    for step in range(1, 10):
        typo = digits.copy()
        typo[position] = str((int(typo[position]) + step) % 10)
        with pytest.raises(CodeFormatError):
            PairingCode.parse("".join(typo))


# -- what the server sees ----------------------------------------------------------------

_IPV4 = re.compile(rb"(?<![0-9])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9])")


def _local_addresses() -> set[str]:
    found = {"127.0.0.1", "::1"}
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None):
            found.add(str(info[4][0]))
    except OSError:
        pass
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent; this picks the route
            found.add(probe.getsockname()[0])
    except OSError:
        pass
    return found


def test_relay_traffic_holds_no_sdp_candidate_address_name_or_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every frame the apps send to the server, every relayed body and every frame the
    server sends holds nothing readable: no SDP, candidate, address, name or digit."""
    sent_by_apps: list[dict[str, object]] = []
    real_send = SignalingClient._send

    async def recording_send(self: SignalingClient, message: dict[str, object]) -> None:
        sent_by_apps.append(dict(message))
        await real_send(self, message)

    monkeypatch.setattr(SignalingClient, "_send", recording_send)

    async def scenario() -> tuple[MaliciousRelay, list[str], PairingCode, bool]:
        server, relay = await serve_through_relay()
        try:
            async with session(server.url, name="Anna Virtanen") as run:
                await settle(run)
                shown = shown_on_both(run)
        finally:
            await server.close()
        return relay, list(server.relay_log or []), run.code, shown

    relay, relay_log, code, shown = asyncio.run(scenario())
    secret = code.secret.encode()
    needles = [
        b"v=0", b"a=fingerprint", b"fingerprint", b"candidate", b"sdp", b"typ host",
        b"ice-ufrag", b"ice-pwd", b"Anna", b"Virtanen", b"assist-client", b"hello", b"offer",
        b"answer", b"consent", b"identity", secret, code.digits.encode(),
    ]  # fmt: skip
    addresses = {a.encode() for a in _local_addresses()}
    for frame in relay.frames:
        for needle in [*needles, *addresses]:
            assert needle not in frame.body, (frame.sender, frame.index, needle)
        assert not _IPV4.search(frame.body), (frame.sender, frame.index)
    # What the apps sent to the server, and what the server sent on: only the nameplate
    # and base64 ciphertext.
    assert {m["type"] for m in sent_by_apps} >= {"register", "claim", "relay"}
    for message in sent_by_apps + relay.wire:
        text = repr(message).encode()
        for needle in (secret, code.digits.encode(), *addresses):
            assert needle not in text, (message.get("type"), needle)
        if message.get("type") != "relay":  # (a short word may occur in base64 by chance)
            for needle in needles:
                assert needle not in text, (message.get("type"), needle)
    for message in sent_by_apps:
        assert set(message) <= {"type", "version", "nameplate", "body"}, message
    assert any(m.get("type") == "relay" for m in relay.wire)
    sent = {base64.b64encode(f.body).decode() for f in relay.frames}
    assert all(body in sent for body in relay_log)
    assert {frame.sender for frame in relay.frames} == {HOME, "supporter"}
    assert len(relay.frames) >= 9 and relay_log
    assert shown, "the session did not get as far as sharing"
