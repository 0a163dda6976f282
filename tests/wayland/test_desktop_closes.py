"""The desktop itself ends the sharing: the helper app ends the session at once, plainly.

GNOME's own "stop sharing" (the top bar's menu) makes mutter close its screen-cast and
remote-desktop session; the portal then sends our connection the session's `Closed`
signal, and the PipeWire stream simply stops (GStreamer's pipewiresrc reports no end).
This headless desktop has no GNOME Shell and its top bar, and neither mutter nor the
portal lets anyone but the session's owner close it (the portal answers "Unmatched
caller"). What makes mutter close the session from the desktop's side here is PipeWire
going away: mutter's stream fails, mutter closes the session, and the very same
`Closed` signal reaches the helper app. The test kills PipeWire (so this module has a
desktop of its own) and checks that the window shows the plain message, the supporter's
session ends, and that the `Closed` signal, not the end of the frames, ended it.

Both real windows on Xvfb, a real pairing server, the real portal answered over AT-SPI.
"""

from __future__ import annotations

import logging

import pytest

from assist_agent.consent import ShareState
from assist_agent.platform.portal import share as shares
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE, until
from tests.wayland.test_desktop_question import allow_on_consent_page, pair_windows, run_scenario
from tests.wayland.test_desktop_question import windows as windows  # noqa: F401 (fixture)

pytestmark = [pytest.mark.wayland, pytest.mark.e2e, pytest.mark.timeout(300)]


def _kill_pipewire(desktop) -> None:  # type: ignore[no-untyped-def]
    (pipewire,) = [p for p in desktop._procs if p.args[0] == "pipewire"]
    pipewire.kill()
    pipewire.wait(10)


def test_when_the_desktop_closes_the_session_sharing_and_control_end(
    windows, qtbot, qloop, caplog
) -> None:
    caplog.set_level(logging.INFO, "assist.agent.platform.portal")
    desktop, home, supporter = windows
    question = home.desktop_question
    answer = desktop.answer("Share", allow_control=True, timeout=90)
    seen: dict[str, object] = {}

    async def scenario() -> None:
        await pair_windows(qtbot, home, supporter)
        await until(lambda: home.stack.currentWidget() is home.ask_page, 30, "our question")
        await allow_on_consent_page(qtbot, home)
        await until(lambda: home.stack.currentWidget() is home.sharing_page, 60, "sharing")
        await until(lambda: supporter.session.frames_shown > 0, 60, "a picture")
        share = shares.current()
        assert share is not None and share.state == "sharing" and share.can_control
        # The supporter holds control when the desktop ends it.
        assert supporter.session.request_control()
        await until(lambda: home.sharing_page.question.isVisible(), 30, "the control question")
        home.grant_control()
        await until(lambda: supporter.session.share_state == "controlling", 30, "control")
        _kill_pipewire(desktop)  # mutter's stream fails: mutter closes the session
        await until(lambda: home.session.ended_reason is not None, 30, "the end")
        await until(lambda: question.page.mode == "stopped", 10, "the plain message")
        assert home.stack.currentWidget() is question.page
        assert "stopped showing your screen" in question.page.body.text()
        assert question.page.ok_button.isVisible()
        assert not home.share_bar.isVisible()
        await until(lambda: supporter.session.ended_reason is not None, 30, "their end")
        seen["supporter"] = supporter.session.ended_reason

    try:
        run_scenario(qloop, scenario(), home, supporter)
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert "pressed: Share" in out, err
    finally:
        stop(answer)
    # It was the desktop's Closed signal, not the end of the frames, that ended it (the
    # share takes only its first reason).
    states = [r.getMessage() for r in caplog.records if "portal share:" in r.getMessage()]
    assert "portal share: stopped (the desktop closed the sharing session)" in states, states
    assert home.session.consent.state is ShareState.ENDED
    assert seen["supporter"] == "peer_stopped"
