"""The call on screen: the home user's question and call window, the supporter's
controls — words, names for screen readers, keyboard, large targets, languages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from assist_agent.call_window import CallWindow
from assist_client.call_panel import CallPanel
from assist_media.call_media import CallChanged, CallOffered, CallProblem, MicLevel
from tests.a11y.probe import accessible_name, controls

TALKING = CallChanged("talking", on_hold=False, muted=False, mic_sending=True)


class Clicks:
    """What the window asked the session to do."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def actions(self) -> dict[str, Any]:
        def record(name: str) -> Any:
            return lambda *args: self.calls.append((name, args))

        return {n: record(n) for n in ("talk", "not_now", "end_call", "set_muted")}


def test_question_names_the_helper_and_focus_is_on_not_now(qtbot: Any, translations: Any) -> None:
    """The question says who wants to talk; focus starts on Not now; Talk by keyboard."""
    clicks = Clicks()
    window = CallWindow(clicks.actions())
    qtbot.addWidget(window)
    window.on_event(CallOffered(), "Anna")
    qtbot.waitExposed(window)
    assert window.question.text() == (
        "Anna wants to talk with you through the computer. You can then put the phone down."
    )
    assert window.focusWidget() is window.not_now_button
    qtbot.keyClick(window.not_now_button, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.talk_button
    qtbot.keyClick(window.talk_button, Qt.Key.Key_Space)
    assert clicks.calls == [("talk", ())]


def test_call_window_shows_the_sending_microphone_and_mutes(qtbot: Any, translations: Any) -> None:
    """While the microphone sends a sign says so; the big button mutes; named controls."""
    clicks = Clicks()
    window = CallWindow(clicks.actions())
    qtbot.addWidget(window)
    window.on_event(TALKING, "Anna")
    qtbot.waitExposed(window)
    assert "Your microphone is on. Anna hears you." in window.mic_sign.text()
    assert window.mute_button.height() >= 44 and window.mute_button.width() >= 44
    window.mute_button.click()
    assert clicks.calls[-1] == ("set_muted", (True,))
    window.on_event(CallChanged("talking", False, True, False), "Anna")
    assert window.mic_sign.text() == "Your microphone is off."
    assert window.mute_button.text() == "Switch on my microphone"
    window.on_event(MicLevel(0.5), "Anna")
    assert window.level.value() == 50
    assert accessible_name(window.level) == "How loud your microphone is"
    for control in controls(window):
        assert accessible_name(control), control
        assert control.height() >= 44, control
    window.on_event(CallProblem("no_microphone"), "Anna")
    assert window.problem.text().startswith("No microphone was found.")
    window.on_event(CallProblem("no_camera"), "Anna")
    assert window.problem.text() == "No camera was found. Your helper can still hear you."
    window.on_event(CallChanged("idle", False, False, False), "Anna")
    assert not window.isVisible()


def test_window_grows_and_speaks_every_language(qtbot: Any, translations: Any) -> None:
    """Make bigger enlarges the window; every language has its own words for the call."""
    window = CallWindow(Clicks().actions())
    qtbot.addWidget(window)
    window.on_event(TALKING, "Anna")
    small = window.size()
    window.size_button.click()
    assert window.width() > small.width() and window.height() > small.height()
    seen = {window.mute_button.text()}  # English first
    for lang in ("fi", "sv", "ru", "et", "ar", "so", "uk", "en"):
        before = window.mute_button.text()
        translations.switch(lang)  # the widgets re-translate on Qt's LanguageChange
        qtbot.waitUntil(lambda before=before: window.mute_button.text() != before)
        seen.add(window.mute_button.text())
        assert "Anna" in window.mic_sign.text()
    assert len(seen) == 8


def test_supporter_panel_follows_the_call(qtbot: Any, translations: Any) -> None:
    """Offer a call → waiting → in a call (mute shown) → the person muted → ended."""

    class Session:
        def __init__(self) -> None:
            self.did: list[str] = []

        def offer_call(self) -> bool:
            self.did.append("offer")
            return True

        def set_muted(self, muted: bool) -> None:
            self.did.append(f"muted={muted}")

        def end_call(self) -> None:
            self.did.append("end")

        def set_camera(self, on: bool) -> None:
            self.did.append(f"camera={on}")

    session = Session()
    panel = CallPanel(lambda: session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.status.text() == "No call." and panel.call_button.isVisible()
    panel.call_button.click()
    panel.on_event(CallChanged("asked", False, False, False))
    assert panel.status.text() == "Waiting for the person to answer your call…"
    panel.on_event(CallChanged("talking", False, False, True))
    assert panel.mute_button.isVisible() and not panel.call_button.isVisible()
    assert not panel.camera_button.isVisible()  # no camera m-line: no camera button
    panel.on_event(CallChanged("talking", False, False, True, camera_possible=True))
    assert panel.camera_button.isVisible() and panel.camera_button.text() == "Show my camera"
    panel.camera_button.click()
    panel.mute_button.click()
    panel.on_event(CallChanged("talking", False, False, True, other_muted=True))
    assert panel.status.text() == "In a call. The person turned their microphone off."
    panel.end_button.click()
    assert session.did == ["offer", "camera=True", "muted=True", "end"]
    assert accessible_name(panel.status) == panel.status.text()


def test_call_window_shows_the_supporters_face(qtbot: Any, translations: Any) -> None:
    """A camera picture fills the camera area, named for screen readers; on hold it goes."""
    import numpy as np

    from assist_media.call_camera import CameraFrame

    window = CallWindow(Clicks().actions())
    qtbot.addWidget(window)
    window.on_event(TALKING, "Anna")
    assert window.camera.text() == "Anna has no camera on."
    rgb = np.zeros((240, 320, 3), dtype=np.uint8)
    rgb[:] = (200, 40, 120)
    window.on_event(CameraFrame(rgb), "Anna")
    pixmap = window.camera.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    colour = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2)
    assert abs(colour.red() - 200) < 10 and abs(colour.blue() - 120) < 10
    assert accessible_name(window.camera) == "You see Anna on their camera."
    window.on_event(CallChanged("talking", on_hold=True, muted=False, mic_sending=False), "Anna")
    assert window.camera.pixmap() is None or window.camera.pixmap().isNull()
    assert accessible_name(window.camera) == "Anna has no camera on."


def test_home_camera_button_and_sign(qtbot: Any, translations: Any) -> None:
    """The home user's camera button asks to show it; while it sends a sign says so."""
    clicks = Clicks()
    clicks_actions = clicks.actions()
    clicks_actions["set_camera"] = lambda *args: clicks.calls.append(("set_camera", args))
    window = CallWindow(clicks_actions)
    qtbot.addWidget(window)
    window.on_event(TALKING, "Anna")
    assert not window.own_camera_button.isVisibleTo(window)  # no camera m-line
    window.on_event(CallChanged("talking", False, False, True, camera_possible=True), "Anna")
    assert window.own_camera_button.isVisibleTo(window)
    assert window.own_camera_button.text() == "Show my camera"
    assert "sees you" not in window.mic_sign.text()
    window.own_camera_button.click()
    assert clicks.calls[-1] == ("set_camera", (True,))
    window.on_event(
        CallChanged("talking", False, False, True, camera_on=True, camera_possible=True), "Anna"
    )
    assert "● Anna sees you on your camera." in window.mic_sign.text()
    assert window.own_camera_button.text() == "Hide my camera"


def test_supporter_sees_the_home_users_camera(qtbot: Any, translations: Any) -> None:
    import numpy as np

    from assist_media.call_camera import CameraFrame

    panel = CallPanel(lambda: None)
    qtbot.addWidget(panel)
    panel.show()
    panel.on_event(CallChanged("talking", False, False, True))
    assert not panel.face.isVisible()
    panel.on_event(CameraFrame(np.full((120, 160, 3), 90, dtype=np.uint8)))
    assert panel.face.isVisible() and accessible_name(panel.face) == "The person's camera"
    panel.on_event(CallChanged("talking", True, False, False))
    assert not panel.face.isVisible()


def test_call_window_cannot_be_closed_while_talking(qtbot: Any, translations: Any) -> None:
    """The sign that the microphone is on cannot be closed away; closing the question
    answers Not now."""
    clicks = Clicks()
    window = CallWindow(clicks.actions())
    qtbot.addWidget(window)
    window.on_event(CallOffered(), "Anna")
    window.close()
    assert clicks.calls == [("not_now", ())] and not window.isVisible()
    window.on_event(TALKING, "Anna")
    assert window.isVisible()
    window.close()
    assert window.isVisible()
    window.on_event(CallChanged("idle", False, False, False), "Anna")
    assert not window.isVisible()
    window.on_event(TALKING, "Anna")
    window.session_ended()  # Stop: the window goes, and can be closed for good
    assert not window.isVisible() and window.close()


def test_the_helper_app_passes_the_supporters_face_on(qtbot: Any, translations: Any, tmp_path):
    """The helper app's main window hands the supporter's camera pictures to the call
    window (as the session emits them), which then shows the face."""
    import numpy as np

    from assist_media.call_camera import CameraFrame
    from tests.a11y import scenes

    window = scenes.make_home(translations, tmp_path)
    qtbot.addWidget(window)
    window.on_session_event(TALKING)
    window.on_session_event(CameraFrame(np.full((120, 160, 3), 90, np.uint8)))
    assert window.call_window.showing_face
    assert window.call_window.camera.pixmap() is not None
