"""Every screen of both apps, reached without a network: the a11y tests and the
screenshot script walk the same list.

A scene puts a real window on one page by feeding it the same event objects its
session would emit, and returns the widget to look at (the window, or a dialog).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from assist_agent.consent import ShareState
from assist_agent.history import Familiarity, HelpRecord, History
from assist_agent.live import ChatLine, ControlRequested, ShareStateChanged
from assist_agent.practice import PracticeTimings
from assist_agent.session import (
    CodeReady,
    Connecting,
    Ended,
    SharingStarted,
    Summary,
    SupporterAsks,
)
from assist_agent.window import HomeWindow
from assist_client import session as supporter_events
from assist_client.window import SupporterWindow
from crypto.certificates import Verified
from crypto.code import PairingCode

NOWHERE = "ws://127.0.0.1:9"  # never contacted: scenes feed events directly
SUPPORTER = "Anna"
MARK = "K7QF-2M9D"


@dataclass
class Scene:
    name: str
    app: str  # "home" or "supporter"
    enter: Callable[[QWidget], QWidget]  # window → the widget to look at


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def make_home(translations: object, history_dir: Path) -> HomeWindow:
    history = History(history_dir / "history.jsonl")
    window = HomeWindow(NOWHERE, translations, history=history)  # type: ignore[arg-type]
    window.practice_page.timings = PracticeTimings(typing_ms=10_000, pointer_step_ms=60_000)
    return window


def make_supporter(translations: object) -> SupporterWindow:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from assist_client.identity import SupporterIdentity
    from crypto.identity import SupporterSigner

    signer = SupporterSigner(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
    identity = SupporterIdentity(signer, persistent=True)
    window = SupporterWindow(NOWHERE, translations, name=SUPPORTER, identity=identity)  # type: ignore[arg-type]
    window.resize(1024, 700)
    return window


WHEN = datetime(2026, 5, 4, 10, 30).timestamp()  # a fixed day for the history pictures


def _record() -> HelpRecord:
    return HelpRecord(SUPPORTER, WHEN, 14 * 60, 3 * 60)


# -- the helper app ----------------------------------------------------------------------


def _home_start(w: HomeWindow) -> QWidget:
    w._show(w.start_page, w.get_help_button)
    return w


def _home_code(w: HomeWindow) -> QWidget:
    code = PairingCode("1000", "39071556")  # fixed, so pictures only change with the UI
    w.on_session_event(CodeReady(code, time.monotonic() + 600))
    return w


def _home_connecting(w: HomeWindow) -> QWidget:
    w.on_session_event(Connecting())
    return w


def _home_ask(w: HomeWindow) -> QWidget:
    w.on_session_event(SupporterAsks(SUPPORTER, MARK))
    return w


def _home_ask_verified(w: HomeWindow) -> QWidget:
    """Issue 16: an organisation vouches for the supporter, who helped three times."""
    espoo = Verified("Anna Virtanen", "Espoo digital support", "digital support", "0" * 32)
    w.on_session_event(SupporterAsks("Anna Virtanen", MARK, espoo, Familiarity(3, False)))
    return w


def _home_ask_i_called(w: HomeWindow) -> QWidget:
    """Issue 16: unverified, the home user called them: Allow waits a moment."""
    _home_ask(w)
    w.ask_page.i_called_button.click()
    return w


def _home_ask_new_key(w: HomeWindow) -> QWidget:
    """Issue 16: a known name with a new key is called out."""
    w.on_session_event(SupporterAsks(SUPPORTER, MARK, None, Familiarity(0, True)))
    return w


def _home_they_called(w: HomeWindow) -> QWidget:
    """Issue 16: "They called me" refused sharing; the ended page gives advice."""
    _home_ask(w)
    w.ask_page.they_called_button.click()
    w.on_session_event(Ended("declined_by_you"))
    return w


def _home_sharing(w: HomeWindow) -> QWidget:
    w.on_session_event(SupporterAsks(SUPPORTER, MARK))
    w.on_session_event(SharingStarted(SUPPORTER))
    w.on_session_event(ChatLine(QCoreApplication.translate("Scenes", "Hello!"), True))
    return w


def _home_control_question(w: HomeWindow) -> QWidget:
    _home_sharing(w)
    w.on_session_event(ControlRequested())
    return w


def _home_controlling(w: HomeWindow) -> QWidget:
    _home_sharing(w)
    w.on_session_event(ShareStateChanged(ShareState.CONTROLLING, "granted"))
    return w


def _home_paused(w: HomeWindow) -> QWidget:
    _home_sharing(w)
    w.on_session_event(ShareStateChanged(ShareState.PAUSED, "reconfirm"))
    return w


def _home_share_bar(w: HomeWindow) -> QWidget:
    _home_sharing(w)
    return w.share_bar


def _home_share_bar_protected(w: HomeWindow) -> QWidget:
    """Issue 19: a protected page has the focus; the one plain sentence."""
    from assist_agent.privacy import PrivacyState
    from assist_agent.privacy_live import PrivacyChanged

    _home_sharing(w)
    w.on_session_event(PrivacyChanged(PrivacyState(protected="OP")))
    return w.share_bar


def _home_share_bar_private(w: HomeWindow) -> QWidget:
    """Issue 19: a private moment, with its large Show again."""
    _home_sharing(w)
    w.on_session_event(ShareStateChanged(ShareState.PAUSED, "paused"))
    return w.share_bar


def _home_ended(w: HomeWindow) -> QWidget:
    w.supporter_name = SUPPORTER
    w.on_session_event(Summary(_record()))
    w.on_session_event(Ended("stopped_by_you"))
    return w


def _home_error(w: HomeWindow) -> QWidget:
    w.on_session_event(Ended("server_unreachable"))
    return w


def _home_history(w: HomeWindow) -> QWidget:
    w.history.clear()
    w.history.add(_record())
    w.show_history()
    return w


def _home_history_empty(w: HomeWindow) -> QWidget:
    w.history.clear()
    w.show_history()
    return w


def _practice(step: str) -> Callable[[HomeWindow], QWidget]:
    def enter(w: HomeWindow) -> QWidget:
        w.show_practice()
        if step != "intro":
            w.practice_page._go(step)
        return w

    return enter


def _home_safety(w: HomeWindow) -> QWidget:
    w.show_safety()
    assert w.safety_page is not None
    return w.safety_page


def _home_help(w: HomeWindow) -> QWidget:
    w.show_help()
    assert w.help_page is not None
    return w.help_page


def _organisation_file() -> Path:
    """A fixed organisation's file (fixed key, so the pictures only change with the UI)."""
    import tempfile

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from crypto.certificates import OrganisationKey

    key = OrganisationKey(Ed25519PrivateKey.from_private_bytes(bytes(range(32, 64))))
    path = Path(tempfile.mkdtemp(prefix="assist-scene-")) / "espoo.assist-org"
    path.write_text(key.anchor("Espoo digital support", set(), int(WHEN)).to_text() + "\n")
    return path


def _home_safety_organisations(w: HomeWindow) -> QWidget:
    """Issue 16: "Is this safe?" scrolled to the words about organisations and the button."""
    page = _home_safety(w)
    assert w.add_organisation is not None and w.safety_page is not None
    page.resize(680, 640)
    settle()
    w.safety_page.scroll.ensureWidgetVisible(w.add_organisation, 0, 200)
    return page


def _home_add_organisation(w: HomeWindow) -> QWidget:
    """Issue 16: Is this safe? → Add an organisation → a file chosen → the question."""
    w.show_safety()
    assert w.add_organisation is not None
    dialog = w.add_organisation.add_file(_organisation_file())
    dialog.setParent(w, dialog.windowFlags())  # closed with the window
    return dialog


def _home_organisation_added(w: HomeWindow) -> QWidget:
    """Issue 16: after Yes, the app says it trusts the organisation now."""
    from assist_agent.add_organisation_entry import added_box
    from assist_agent.trust import read_offer

    box = added_box(read_offer(_organisation_file()))
    box.setParent(w, box.windowFlags())
    box.show()
    return box


# -- the call (issue 17): the helper app's call window, the supporter's call panel -------


def face_picture(colour: tuple[int, int, int] = (180, 120, 90)) -> np.ndarray:
    """A made-up camera picture: a plain face-like shape on a wall (no real person)."""
    rgb = np.full((240, 320, 3), (200, 214, 226), np.uint8)
    yy, xx = np.mgrid[:240, :320]
    rgb[((xx - 160) / 60) ** 2 + ((yy - 110) / 75) ** 2 <= 1] = colour
    rgb[200:, 60:260] = (40, 70, 110)
    return rgb


def _talking(**changes: object) -> object:
    from assist_media.call_media import CallChanged

    fields: dict[str, object] = {
        "phase": "talking", "on_hold": False, "muted": False, "mic_sending": True,
        "camera_possible": True,
    }  # fmt: skip
    fields.update(changes)
    return CallChanged(**fields)  # type: ignore[arg-type]


def _home_call(*events: object) -> Callable[[HomeWindow], QWidget]:
    def enter(w: HomeWindow) -> QWidget:
        from assist_media.call_media import CallOffered, MicLevel

        _home_sharing(w)
        w.on_session_event(CallOffered())
        for event in events:
            w.on_session_event(event)  # type: ignore[arg-type]
        if events and getattr(events[-1], "mic_sending", False):
            w.on_session_event(MicLevel(0.6))  # the bar moves only while it sends
        settle()
        return w.call_window

    return enter


def _home_call_devices(w: HomeWindow) -> QWidget:
    from assist_media.audio_io import Device
    from assist_media.call_media import CallDevices

    window = _home_call()(w)
    w.on_session_event(CallDevices(
        (Device("mic1", "Built-in Audio Analog Stereo"), Device("mic2", "USB Headset Mono")),
        (Device("out1", "Built-in Audio Analog Stereo"), Device("out2", "USB Headset")),
        (Device("/dev/video0", "Integrated Camera"), Device("/dev/video2", "USB Camera")),
        "mic2", "", "",
    ))  # fmt: skip
    settle()
    return window


def _home_call_face(w: HomeWindow) -> QWidget:
    from assist_media.call_camera import CameraFrame

    window = _home_call(_talking(camera_on=True))(w)
    w.on_session_event(CameraFrame(face_picture()))  # type: ignore[arg-type]
    return window


def _home_call_link_lost(w: HomeWindow) -> QWidget:
    """The link dropped mid-call: the call window says why the call ended."""
    from assist_media.call_media import CallProblem

    return _home_call(_talking(), CallProblem("link_lost"))(w)


def _supporter_call(*events: object) -> Callable[[SupporterWindow], QWidget]:
    def enter(w: SupporterWindow) -> QWidget:
        _supporter_view(w)
        for event in events:
            w.on_session_event(event)  # type: ignore[arg-type]
        settle()
        return w

    return enter


def _supporter_call_face(w: SupporterWindow) -> QWidget:
    from assist_media.call_camera import CameraFrame

    _supporter_call(_talking(camera_on=True))(w)
    w.on_session_event(CameraFrame(face_picture((150, 100, 80))))  # type: ignore[arg-type]
    return w


def _display(w: QWidget) -> QWidget:
    w.header.show_display()  # type: ignore[attr-defined]
    return w.header.display_dialog  # type: ignore[attr-defined]


def _language_dialog(w: QWidget) -> QWidget:
    from assist_ui.language import LanguageDialog

    dialog = LanguageDialog(preselected="fi")
    dialog.setParent(w, dialog.windowFlags())
    return dialog


HOME_SCENES = [
    Scene("start", "home", _home_start),
    Scene("code", "home", _home_code),
    Scene("connecting", "home", _home_connecting),
    Scene("ask", "home", _home_ask),
    Scene("ask-verified", "home", _home_ask_verified),
    Scene("ask-i-called", "home", _home_ask_i_called),
    Scene("ask-new-key", "home", _home_ask_new_key),
    Scene("they-called", "home", _home_they_called),
    Scene("sharing", "home", _home_sharing),
    Scene("control-question", "home", _home_control_question),
    Scene("controlling", "home", _home_controlling),
    Scene("paused", "home", _home_paused),
    Scene("share-bar", "home", _home_share_bar),
    Scene("share-bar-protected", "home", _home_share_bar_protected),
    Scene("share-bar-private", "home", _home_share_bar_private),
    Scene("ended", "home", _home_ended),
    Scene("error", "home", _home_error),
    Scene("history", "home", _home_history),
    Scene("history-empty", "home", _home_history_empty),
    *(
        Scene(f"practice-{step}", "home", _practice(step))
        for step in ("intro", "code", "waiting", "ask", "declined", "sharing", "done")
    ),
    Scene("safety", "home", _home_safety),
    Scene("safety-organisations", "home", _home_safety_organisations),
    Scene("add-organisation", "home", _home_add_organisation),
    Scene("organisation-added", "home", _home_organisation_added),
    Scene("help", "home", _home_help),
    Scene("call-asking", "home", _home_call()),
    Scene("call-devices", "home", _home_call_devices),
    Scene("call-talking", "home", _home_call(_talking())),
    Scene("call-muted", "home", _home_call(_talking(muted=True, mic_sending=False))),
    Scene("call-camera-on", "home", _home_call_face),
    Scene("call-link-lost", "home", _home_call_link_lost),
    Scene("display", "home", _display),
    Scene("language-dialog", "home", _language_dialog),
]


# -- the supporter app -------------------------------------------------------------------


def desktop_picture(width: int = 1280, height: int = 720) -> np.ndarray:
    """A calm made-up desktop for the supporter's view: a bar, a window, some lines."""
    rgb = np.full((height, width, 3), (224, 232, 240), np.uint8)
    rgb[: height // 18] = (40, 60, 90)
    top, left = height // 6, width // 5
    rgb[top : top + height // 2, left : left + width // 2] = (255, 255, 255)
    rgb[top : top + height // 16, left : left + width // 2] = (0, 58, 112)
    for row in range(4):
        y = top + height // 8 + row * height // 14
        rgb[y : y + 6, left + 24 : left + width // 3] = (60, 60, 60)
    return rgb


def _supporter_connect(w: SupporterWindow) -> QWidget:
    w.new_session()
    return w


def _supporter_typo(w: SupporterWindow) -> QWidget:
    w.new_session()
    w.code_edit.setText("1000 1234 5678 0")
    return w


def _supporter_progress(w: SupporterWindow) -> QWidget:
    w.on_session_event(supporter_events.Step("waiting_for_permission"))
    return w


def _supporter_view(w: SupporterWindow) -> QWidget:
    w.on_session_event(supporter_events.SessionOpen())
    w.on_session_event(supporter_events.ShareState("viewing"))
    w.on_frame(desktop_picture())
    w.on_session_event(
        supporter_events.ChatLine(QCoreApplication.translate("Scenes", "Hello!"), True)
    )
    return w


def _supporter_controlling(w: SupporterWindow) -> QWidget:
    _supporter_view(w)
    w.on_session_event(supporter_events.ShareState("controlling"))
    return w


def _supporter_ended(w: SupporterWindow) -> QWidget:
    w.on_session_event(supporter_events.Ended("room_full"))
    return w


def _supporter_help(w: SupporterWindow) -> QWidget:
    w.show_help()
    assert w.help_page is not None
    return w.help_page


SUPPORTER_SCENES = [
    Scene("connect", "supporter", _supporter_connect),
    Scene("code-typo", "supporter", _supporter_typo),
    Scene("progress", "supporter", _supporter_progress),
    Scene("view", "supporter", _supporter_view),
    Scene("controlling", "supporter", _supporter_controlling),
    Scene("ended", "supporter", _supporter_ended),
    Scene("help", "supporter", _supporter_help),
    Scene("call-offer", "supporter", _supporter_call()),
    Scene("call-asking", "supporter", _supporter_call(_talking(phase="asked", mic_sending=False))),
    Scene("call-talking", "supporter", _supporter_call(_talking())),
    Scene("call-muted", "supporter", _supporter_call(_talking(muted=True, other_muted=True))),
    Scene("call-camera-on", "supporter", _supporter_call_face),
    Scene("display", "supporter", _display),
]

ALL_SCENES = HOME_SCENES + SUPPORTER_SCENES


def scene_id(scene: Scene) -> str:
    return f"{scene.app}-{scene.name}"


def close_all(window: QWidget) -> Iterator[None]:
    """Close the window and anything it opened (dialogs, the share bar, overlays)."""
    yield
    for child in QApplication.topLevelWidgets():
        if child is window or child.parent() is window:
            child.close()
