"""A resumed link checks a verified supporter's certificate again (issue 16, issue 18).

Both real apps' flows over a real pairing server; the lost link is announced to both
sides as their heartbeats would (`on_lost`), so both meet again with their resume secret.
The helper app's trust clock is moved past the certificate's end between pairing and
resume: the resume is refused and the session ends with `no_longer_confirmed` before a
new link exists. An unchanged, valid certificate resumes as before.
"""

from __future__ import annotations

import asyncio
import time

from assist_agent.texts import ended_text
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import Run, serve, session, settle
from tests.support.timing import until

from .keys import DAY, org
from .test_live_identity import anchor_now, vouched

pytestmark = needs("Xvfb", has_display(), "needs an X display")


def lose_link(run: Run) -> None:
    """Both apps notice silence: each leaves its room and starts meeting again."""
    assert run.home.live is not None and run.home.live.on_lost is not None
    assert run.supporter.on_lost is not None
    deadline = time.monotonic() + 60
    run.home.live.on_lost(deadline)
    run.supporter.on_lost(deadline)


def test_a_certificate_that_expired_since_pairing_is_refused_at_resume() -> None:
    """Valid at pairing, expired at resume: the session ends, no new link is made."""
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
                lose_link(run)
                await until(lambda: run.home.ended_reason is not None, 30, "home ended")
                return run, first_link
        finally:
            await server.close()

    run, first_link = asyncio.run(scenario())
    assert run.home.ended_reason == "no_longer_confirmed"
    assert run.home.link is first_link  # no resumed link ever took over


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


def test_the_home_user_is_told_in_plain_words(qapp: object) -> None:
    """The end text says what happened, without technical words."""
    text = ended_text("no_longer_confirmed")
    assert "no longer confirms" in text and "Nobody sees your screen" in text
    assert "certificate" not in text.lower()
