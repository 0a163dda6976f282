"""A call and a lost link (issue 18's resume): the call does not come back by itself.

The helper app's peer connection is really closed mid-call; both apps meet again at the
pairing server with their resume secret and build a new link. The old call ends there:
both microphones close at once and nothing of the home user's microphone reaches the
supporter until the supporter offers again and the home user says Talk on the new link.
The home user's real call window, given the app's events in order, says why the call
ended and who can call again.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QWidget

from assist_agent.call_window import CALL_EVENTS, CallWindow
from assist_media.call_media import CallChanged, CallOffered
from tests.call.test_call_audio import (
    DRAIN,
    HEARD,
    HOME_TONE,
    SILENT,
    SUPPORTER_TONE,
    call_session,
    echo_modules,
    heard,
    mic_streams,
    tones,
)  # fmt: skip
from tests.support.sessions import serve
from tests.support.sound import SoundServer
from tests.support.timing import until

LOST = "The call ended because the connection was lost. Anna can call you again."


class Shown:
    """The helper app's call window, given the session's call events as the app does."""

    def __init__(self, events: list[Any]) -> None:
        self.window = CallWindow({})
        self.events, self.seen = events, 0

    def update(self) -> CallWindow:
        for event in self.events[self.seen :]:
            if isinstance(event, CALL_EVENTS):
                self.window.on_event(event, "Anna")
        self.seen = len(self.events)
        return self.window

    def page(self) -> QWidget:
        return self.update().stack.currentWidget()


def test_after_a_resume_the_home_user_is_asked_again(
    run_async: Any, sound: SoundServer, qtbot: Any, translations: Any
) -> None:
    """Talking; the helper app's connection closes; the link resumes. Then: no call on
    either side, no microphone recording, the supporter hears nothing of the home user;
    the call window says in plain words that the call ended because the connection was
    lost and that Anna can call again. The supporter offers again: the home user is
    asked again, and until Talk still nothing leaves. After Talk, each side hears the
    other's tone on the new link."""

    async def scenario() -> None:
        server = await serve()
        players = tones(sound)
        run = await call_session(server.url, sound)
        shown = Shown(run.home_events)
        window = shown.window
        qtbot.addWidget(window)
        try:
            assert run.home.call is not None and run.supporter.call is not None
            assert run.supporter.offer_call()
            await until(lambda: any(isinstance(e, CallOffered) for e in run.home_events), 10.0)
            run.home.talk()
            await until(
                lambda: run.home.call.mic.sending and run.supporter.call.mic.sending, 10.0
            )  # fmt: skip
            assert shown.page() is window.call_page and window.isVisible()
            assert "Your microphone is on. Anna hears you." in window.mic_sign.text()
            old_home_call, old_link = run.home.call, run.home.link
            old_supporter_link = run.supporter.link
            assert old_link is not None
            before = len(run.home_events)

            await old_link.pc.close()  # the helper app's connection is gone
            await until(lambda: run.home.link is not old_link, 60.0, "the home app resumed")
            await until(lambda: run.supporter.link is not old_supporter_link and (
                run.supporter.call is not None) and (
                run.supporter.call.link is run.supporter.link), 30.0, "the supporter resumed"
            )  # fmt: skip
            home_call, supporter_call = run.home.call, run.supporter.call
            assert home_call is not None and supporter_call is not None
            assert home_call is not old_home_call and home_call.link is run.home.link
            await until(lambda: home_call.link.is_authenticated, 30.0, "the new link checked")

            # The old call ended with its link: nothing records, nothing is sent.
            assert not old_home_call.mic.sending
            assert home_call.state.phase.value == "idle"
            assert supporter_call.state.phase.value == "idle"
            assert any(  # the window is told: no call now
                isinstance(e, CallChanged) and e.phase == "idle" for e in run.home_events[before:]
            )
            # The window stays and says why, in words and to screen readers.
            assert shown.page() is window.ended_page and window.isVisible()
            assert window.ended_text.text() == LOST
            assert window.ended_text.accessibleName() == LOST
            assert window.close_button.text() == "Close"
            assert window.focusWidget() in (None, window.close_button)

            def close_in_sight() -> bool:  # not below the fold of the small window
                view = window.column.area.viewport()
                top = window.close_button.mapTo(view, window.close_button.rect().topLeft())
                return top.y() >= 0 and top.y() + window.close_button.height() <= view.height()

            qtbot.waitUntil(close_in_sight)
            translations.switch("fi")  # the words follow the app's language
            qtbot.waitUntil(lambda: window.ended_text.text() not in ("", LOST))
            assert "Anna" in window.ended_text.text()
            assert window.ended_text.accessibleName() == window.ended_text.text()
            translations.switch("en")
            qtbot.waitUntil(lambda: window.ended_text.text() == LOST)
            window.close_button.click()
            assert not window.isVisible()
            assert run.home.call is home_call  # closing it is no answer to anything
            await asyncio.sleep(DRAIN)
            assert mic_streams(sound, "home") == 0 and mic_streams(sound, "supporter") == 0
            assert echo_modules(sound) == 0
            assert (await heard(sound, "supporter"))[0] < SILENT

            # Offered again: the home user is asked again; still nothing before Talk.
            asked = sum(isinstance(e, CallOffered) for e in run.home_events)
            await asyncio.sleep(5.0)  # the home app drops offers closer than 5 s apart
            assert run.supporter.offer_call()
            await until(
                lambda: sum(isinstance(e, CallOffered) for e in run.home_events) > asked, 10.0
            )  # fmt: skip
            assert shown.page() is window.question_page and window.isVisible()
            await asyncio.sleep(DRAIN)
            assert mic_streams(sound, "home") == 0
            assert (await heard(sound, "supporter"))[0] < SILENT

            run.home.talk()
            await until(lambda: home_call.mic.sending and supporter_call.mic.sending, 10.0)
            await asyncio.sleep(DRAIN)
            (home_rms, home_peak), (sup_rms, sup_peak) = await asyncio.gather(
                heard(sound, "home"), heard(sound, "supporter")
            )
            assert home_rms > HEARD and abs(home_peak - SUPPORTER_TONE) < 10, (home_rms, home_peak)
            assert sup_rms > HEARD and abs(sup_peak - HOME_TONE) < 10, (sup_rms, sup_peak)
        finally:
            await run.stop()
            for player in players:
                player.kill()
            await server.close()

    run_async(scenario())
