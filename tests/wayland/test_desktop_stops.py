"""The screen stream ends mid-session: the helper app ends the session plainly.

What ends the stream here is the frame subprocess (pw_capture.py) being killed: the
desktop's own "stop sharing" could not be triggered on this headless desktop (no GNOME
Shell; mutter refuses Stop from anyone but the portal; stopping PipeWire or the portal
left pipewiresrc waiting, not ended — see docs/PLATFORMS.md). The path after it is the
same: the source sees the stream end, the share becomes "stopped", the window ends the
session and says so. Both real windows on Xvfb, a real pairing server, the real portal
answered with Share over AT-SPI.
"""

from __future__ import annotations

import pytest

from assist_agent.platform.portal import share as shares
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE, until
from tests.wayland.test_desktop_question import allow_on_consent_page, pair_windows, run_scenario
from tests.wayland.test_desktop_question import windows as windows  # noqa: F401 (fixture)

pytestmark = [pytest.mark.wayland, pytest.mark.e2e, pytest.mark.timeout(300)]


def test_when_the_desktop_stops_sharing_the_session_ends_plainly(windows, qtbot, qloop) -> None:
    desktop, home, supporter = windows
    question = home.desktop_question
    answer = desktop.answer("Share", allow_control=False, timeout=90)

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 30, "our question")
        await allow_on_consent_page(qtbot, home)
        await until(lambda: home.stack.currentWidget() is home.sharing_page, 60, "sharing")
        await until(lambda: supporter.session.frames_shown > 0, 60, "a picture")
        reader = home.session.capture.source._reader
        reader._proc.kill()  # the stream ends
        await until(lambda: home.session.ended_reason is not None, 30, "the end")
        await until(lambda: question.page.mode == "stopped", 10, "the plain message")
        assert home.stack.currentWidget() is question.page
        assert "stopped showing your screen" in question.page.body.text()
        await until(lambda: supporter.session.ended_reason is not None, 30, "their end")

    try:
        run_scenario(qloop, scenario(), home, supporter)
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert "pressed: Share" in out, err
    finally:
        stop(answer)
    share = shares.current()
    assert share is not None and share.state in ("stopped", "ended")
