"""A resumed link checks a verified supporter's certificate again (issue 16, issue 18).

Both real apps' flows over a real pairing server; the lost link is announced to both
sides as their heartbeats would (`on_lost`), so both meet again with their resume secret.
The helper app's trust clock is moved past the certificate's end between pairing and
resume: the resume is refused and the session ends with `no_longer_confirmed` before a
new link exists. The supporter app is told at once, sealed on the resumed channel (its
session ends with the same reason, not with `connection_lost` when the window is over).
An unchanged, valid certificate resumes as before.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from assist_agent.texts import ended_text
from assist_session import resume
from assist_session.flow import Ended
from crypto.pairing import Role
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import Run, serve, session, settle
from tests.support.timing import until

from .keys import DAY, org
from .test_live_identity import anchor_now, vouched

REFUSED = "no_longer_confirmed"
pytestmark = needs("Xvfb", has_display(), "needs an X display")


def lose_link(run: Run, window: float = 60) -> None:
    """Both apps notice silence: each leaves its room and starts meeting again."""
    assert run.home.live is not None and run.home.live.on_lost is not None
    assert run.supporter.on_lost is not None
    deadline = time.monotonic() + window
    run.home.live.on_lost(deadline)
    run.supporter.on_lost(deadline)


def test_a_certificate_that_expired_since_pairing_is_refused_at_resume() -> None:
    """Valid at pairing, expired at resume: the session ends, no new link is made, and
    the supporter app ends with `no_longer_confirmed` well inside a long resume window
    (without the helper app's sealed word it would retry until the window ends)."""
    espoo = org()
    identity = vouched(espoo, start=time.time() - DAY, days=2)  # ends tomorrow
    trust = anchor_now(espoo)

    async def scenario() -> tuple[Run, object]:
        server = await serve()
        try:
            async with session(server.url, identity=identity, trust=trust) as run:
                await settle(run)
                assert run.asked is not None and run.asked.verified is not None
                first_link = run.home.link
                trust.clock = lambda: time.time() + 2 * DAY  # the day after tomorrow
                lose_link(run, window=3600)  # an hour: only the helper app's word ends it
                await until(lambda: run.home.ended_reason is not None, 30, "home ended")
                await until(lambda: run.supporter.ended_reason is not None, 30, "told")
                return run, first_link
        finally:
            await server.close()

    run, first_link = asyncio.run(scenario())
    assert run.home.ended_reason == "no_longer_confirmed"
    assert run.supporter.ended_reason == "no_longer_confirmed"
    assert run.home.link is first_link  # no resumed link ever took over
    ended = [e for e in run.supporter_events if isinstance(e, Ended)]
    assert [e.reason for e in ended] == ["no_longer_confirmed"]


def test_an_unchanged_valid_certificate_resumes() -> None:
    """The same certificate, still valid and not revoked: the link comes back."""
    espoo = org()
    trust = anchor_now(espoo)

    async def scenario() -> tuple[Run, bool]:
        server = await serve()
        try:
            async with session(server.url, identity=vouched(espoo), trust=trust) as run:
                await settle(run)
                assert run.asked is not None and run.asked.verified is not None
                first_link = run.home.link
                lose_link(run)
                await until(lambda: run.home.link is not first_link, 60, "a resumed link")
                link = run.home.link
                assert link is not None
                await until(lambda: link.is_authenticated, 30, "authenticated")
                return run, run.home.ended_reason is None
        finally:
            await server.close()

    run, running = asyncio.run(scenario())
    assert running


def test_a_refusal_from_anyone_but_the_helper_app_ends_nothing() -> None:
    """An unsealed `bye` with reason `no_longer_confirmed` in the resume room (what the
    pairing server could forge; here put on the wire by the helper app's connection right
    after the resume's key confirmation) ends nothing: only a message sealed with the
    resumed keys counts, and the link comes back."""
    espoo = org()
    trust = anchor_now(espoo)

    async def scenario() -> tuple[bool, tuple[str | None, str | None]]:
        server = await serve()
        try:
            async with session(server.url, identity=vouched(espoo), trust=trust) as run:
                await settle(run)
                first_link = run.home.link
                forged: list[bytes] = []
                original = resume.meet_again

                async def meet_then_forge(url: str, role: Role, *args: Any) -> Any:
                    signaling, channel = await original(url, role, *args)
                    if role is Role.HOME_USER and not forged:  # keys confirmed just now
                        forged.append(json.dumps({"type": "bye", "reason": REFUSED}).encode())
                        await signaling.send_relay(forged[0])
                    return signaling, channel

                resume.meet_again = meet_then_forge  # type: ignore[assignment]
                try:
                    lose_link(run)
                    await until(lambda: run.home.link is not first_link, 60, "a resumed link")
                finally:
                    resume.meet_again = original
                link = run.home.link
                assert link is not None
                await until(lambda: link.is_authenticated, 30, "authenticated")
                return bool(forged), run.reasons
        finally:
            await server.close()

    did_forge, reasons = asyncio.run(scenario())
    assert did_forge
    assert reasons == (None, None)  # both sessions go on


def test_the_supporter_is_told_in_plain_words(qapp: object, translations: Any) -> None:
    """The supporter app's end text says what happened and what to do, in every language."""
    from assist_client.texts import ended_text as supporter_text

    english = supporter_text("no_longer_confirmed")
    assert "no longer valid" in english and "Ask your organisation" in english
    for language in ("fi", "sv", "ru", "et", "ar", "so", "uk"):
        translations.switch(language)
        assert supporter_text("no_longer_confirmed") != english, language
    translations.switch("en")


def test_the_home_user_is_told_in_plain_words(qapp: object) -> None:
    """The end text says what happened, without technical words."""
    text = ended_text("no_longer_confirmed")
    assert "no longer confirms" in text and "Nobody sees your screen" in text
    assert "certificate" not in text.lower()
