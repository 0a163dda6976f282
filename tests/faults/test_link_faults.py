"""Silent network loss, a killed pairing server, a killed supporter app: real session cores
(HomeSession here, SupporterSession in a network namespace), real aiortc, a real pairing
server process, nftables dropping packets, and the X server read back for held keys.

What each side sees is asserted through the events the apps' windows show (LinkLost is
"Connection lost. Trying again…" with the countdown, LinkBack is "Connected again").
"""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assist_agent.consent import ShareState
from assist_agent.live import ControlRequested
from assist_session import ice
from assist_session.heartbeat import RESUME_WINDOW, SILENCE_LOST
from tests.faults.harness import LinkBack, LinkLost, Session, home_state, run_async, x_held
from tests.support.timing import until


def release_everything() -> None:
    """Let go of Shift and the left button with XTest (clean-up after a killed app)."""
    from Xlib import XK, X
    from Xlib import display as xdisplay_module
    from Xlib.ext import xtest

    display = xdisplay_module.Display()
    try:
        xtest.fake_input(display, X.KeyRelease, display.keysym_to_keycode(XK.XK_Shift_L))
        xtest.fake_input(display, X.ButtonRelease, 1)
        display.sync()
    finally:
        display.close()


pytestmark = pytest.mark.faults
HOME = Path(__file__).with_name("home_process.py")


async def _outage_and_back(session: Session, seconds: float) -> float:
    """Drop every packet for `seconds` while keys are held; chat meanwhile; restore."""
    assert session.home is not None
    session.ns.drop()
    dropped = time.monotonic()
    await until(lambda: x_held() == (False, False), SILENCE_LOST + 1.0, "keys released")
    await until(lambda: session.home_saw(LinkLost), SILENCE_LOST + 1.0, "home: connection lost")
    await until(lambda: session.supporter_saw("lost"), SILENCE_LOST + 2.0, "supporter: lost")
    assert home_state(session) is ShareState.VIEWING  # control ended, viewing kept
    assert session.home.send_chat("home line sent while down")
    await session.tell("chat supporter line sent while down")
    await asyncio.sleep(max(0.0, seconds - (time.monotonic() - dropped)))
    session.ns.restore()
    return time.monotonic()


@run_async
async def test_a_5_s_silent_outage_releases_keys_then_viewing_comes_back(ns, pairing_server):
    session = Session(ns, pairing_server)
    try:
        await session.start(control=True)
        asked_before = len(session.home_saw(ControlRequested))
        restored = await _outage_and_back(session, 5.0)
        await until(lambda: session.home_saw(LinkBack, restored), 30, "home: connected again")
        await until(lambda: session.supporter_saw("back", restored), 30, "supporter: back")
        frames_back = session.frames()
        await until(lambda: session.frames() > frames_back, 20, "new frames after the outage")
        # The supporter sees "viewing" again and asks again; the home user is asked again,
        # and nothing was granted meanwhile.
        await until(lambda: session.supporter_saw("state", restored, state="viewing"), 20, "view")
        await until(lambda: len(session.home_saw(ControlRequested)) > asked_before, 20, "asked")
        # Chat sent while the link was down arrives once each way.
        await until(lambda: session.supporter_saw("chat"), 20, "the home line at the supporter")
        await until(lambda: session.home_chat_from_supporter(), 20, "the supporter's line")
        await asyncio.sleep(1.0)  # room for a doubled line to show up
        assert [e["text"] for e in session.supporter_saw("chat")] == ["home line sent while down"]
        assert session.home_chat_from_supporter() == ["supporter line sent while down"]
        assert x_held() == (False, False)
        assert session.home is not None and session.home.ended_reason is None
    finally:
        await session.close()
    assert x_held() == (False, False)


@pytest.mark.timeout(400)
@run_async
async def test_a_30_s_silent_outage_heals_without_a_new_code(ns, pairing_server):
    session = Session(ns, pairing_server)
    try:
        await session.start(control=True)
        restored = await _outage_and_back(session, 30.0)
        await until(lambda: session.home_saw(LinkBack, restored), 30, "home: connected again")
        await until(lambda: session.supporter_saw("back", restored), 30, "supporter: back")
        frames_back = session.frames()
        await until(lambda: session.frames() > frames_back, 20, "new frames after the outage")
        await until(lambda: session.supporter_saw("chat"), 20, "the home line at the supporter")
        await until(lambda: session.home_chat_from_supporter(), 20, "the supporter's line")
        await asyncio.sleep(1.0)
        assert [e["text"] for e in session.supporter_saw("chat")] == ["home line sent while down"]
        assert session.home_chat_from_supporter() == ["supporter line sent while down"]
        # Control came back only through the home user's answer to a new question.
        await until(lambda: session.home_saw(ControlRequested, restored), 20, "asked again")
        assert x_held() == (False, False)
    finally:
        await session.close()


@pytest.mark.timeout(400)
@run_async
async def test_an_outage_longer_than_the_window_ends_the_session_cleanly(ns, pairing_server):
    session = Session(ns, pairing_server)
    try:
        await session.start(control=True)
        session.ns.drop()
        await until(lambda: x_held() == (False, False), SILENCE_LOST + 1.0, "keys released")
        await until(lambda: session.home_saw(LinkLost), SILENCE_LOST + 1.0, "home: lost")
        assert session.home is not None
        await until(
            lambda: session.home is not None and session.home.ended_reason is not None,
            RESUME_WINDOW + 15, "the home side ends after the window",
        )  # fmt: skip
        await until(lambda: session.supporter_saw("ended"), 20, "the supporter side ends")
        assert session.home.ended_reason == "connection_lost"
        assert session.supporter_saw("ended")[0]["reason"] == "connection_lost"
        assert not session.home_saw(LinkBack)
        assert x_held() == (False, False)
    finally:
        session.ns.restore()
        await session.close()


@run_async
async def test_a_killed_pairing_server_does_not_end_the_session(ns, pairing_server):
    session = Session(ns, pairing_server)
    try:
        await session.start(control=False)
        pairing_server.kill()
        await asyncio.sleep(3.0)  # both apps have seen their server connection drop
        assert session.home is not None and session.home.ended_reason is None
        assert session.home.send_chat("after the server died")
        await until(lambda: session.supporter_saw("chat", text="after the server died"), 10, "chat")
        frames = session.frames()
        await until(lambda: session.frames() > frames, 10, "frames go on")
        pairing_server.start()  # started again: the running session neither needs nor minds it
        assert session.home.send_chat("after the restart")
        await until(lambda: session.supporter_saw("chat", text="after the restart"), 10, "chat")
        assert not session.home_saw(LinkLost)
        assert session.home.ended_reason is None
        session.home.stop()  # the home user's Stop reaches the supporter without the server
        await until(lambda: session.supporter_saw("ended"), 10, "the supporter side ends")
        assert session.supporter_saw("ended")[0]["reason"] == "peer_stopped"
    finally:
        await session.close()


@run_async
async def test_a_killed_supporter_app_leaves_nothing_pressed(ns, pairing_server):
    session = Session(ns, pairing_server)
    try:
        await session.start(control=True)
        session.kill_supporter()
        await until(lambda: x_held() == (False, False), SILENCE_LOST + 1.0, "keys released")
        await until(lambda: session.home_saw(LinkLost), SILENCE_LOST + 1.0, "home: lost")
        assert home_state(session) is ShareState.VIEWING
    finally:
        await session.close()
    assert x_held() == (False, False)


@run_async
async def test_a_new_address_brings_the_link_back_without_a_new_code(ns, pairing_server):
    """The supporter app's address changes mid-session (a new network): the old path is
    dead, so both apps meet again at the pairing server with their resume secret and
    build a new link, checked like the first. Viewing comes back, control is asked again,
    and chat typed meanwhile arrives once each way."""
    session = Session(ns, pairing_server)
    try:
        await session.start(control=True)
        asked_before = len(session.home_saw(ControlRequested))
        moved = time.monotonic()
        session.ns.move_inside_address()
        await until(lambda: x_held() == (False, False), SILENCE_LOST + 1.0, "keys released")
        await until(lambda: session.home_saw(LinkLost), SILENCE_LOST + 1.0, "home: lost")
        assert session.home is not None
        assert session.home.send_chat("home line after the move")
        await until(lambda: session.supporter_saw("lost"), 10, "supporter: lost")
        await session.tell("chat supporter line after the move")
        await until(lambda: session.home_saw(LinkBack, moved), 60, "home: connected again")
        await until(lambda: session.supporter_saw("back", moved), 30, "supporter: back")
        frames_back = session.frames()
        await until(lambda: session.frames() > frames_back, 20, "new frames on the new link")
        await until(lambda: len(session.home_saw(ControlRequested)) > asked_before, 20, "asked")
        await until(lambda: session.supporter_saw("chat"), 20, "the home line at the supporter")
        await until(lambda: session.home_chat_from_supporter(), 20, "the supporter's line")
        await asyncio.sleep(2.0)
        assert [e["text"] for e in session.supporter_saw("chat")] == ["home line after the move"]
        assert session.home_chat_from_supporter() == ["supporter line after the move"]
        assert session.home.link is not None and session.home.link.is_authenticated
        assert session.home.ended_reason is None
        assert x_held() == (False, False)
    finally:
        await session.close()


@run_async
async def test_a_new_address_of_the_helper_app_brings_the_link_back(ns, pairing_server, tmp_path):
    """The helper app's own address changes mid-session (the home user's laptop joins
    another network): its end of the path is gone, so the apps meet again at the pairing
    server with their resume secret and build a new link from the new address, checked
    like the first. Frames come back, the home user is asked again for control (nothing
    held meanwhile), and chat typed meanwhile arrives once each way. The supporter
    reaches the pairing server through a Unix socket, which the move cannot cut."""
    session = Session(ns, pairing_server, server_socket=str(tmp_path / "pairing.sock"))
    try:
        await session.start(control=True)
        assert session.home is not None and session.home.link is not None
        first_link = session.home.link
        asked_before = len(session.home_saw(ControlRequested))
        old_address = session.ns.root_address
        moved = time.monotonic()
        session.ns.move_root_address()
        await until(lambda: x_held() == (False, False), SILENCE_LOST + 1.0, "keys released")
        await until(lambda: session.home_saw(LinkLost, moved), SILENCE_LOST + 1.0, "home: lost")
        assert home_state(session) is ShareState.VIEWING  # control over, nothing granted
        assert session.home.send_chat("home line after the helper moved")
        await until(lambda: session.supporter_saw("lost", moved), 10, "supporter: lost")
        await session.tell("chat supporter line after the helper moved")
        await until(lambda: session.home_saw(LinkBack, moved), 60, "home: connected again")
        await until(lambda: session.supporter_saw("back", moved), 30, "supporter: back")
        frames_back = session.frames()
        await until(lambda: session.frames() > frames_back, 20, "new frames on the new link")
        # Control only through the home user's answer to a new question (the harness
        # answers it: Session.start(control=True)).
        await until(lambda: len(session.home_saw(ControlRequested)) > asked_before, 20, "asked")
        await until(lambda: session.supporter_saw("chat"), 20, "the home line at the supporter")
        await until(lambda: session.home_chat_from_supporter(), 20, "the supporter's line")
        await asyncio.sleep(2.0)  # room for a doubled line to show up
        assert [e["text"] for e in session.supporter_saw("chat")] == [
            "home line after the helper moved"
        ]
        assert session.home_chat_from_supporter() == ["supporter line after the helper moved"]
        link = session.home.link
        assert link is not None and link is not first_link and link.is_authenticated
        route = ice.selected_route(link.pc)  # the new link runs from the new address
        assert route is not None and route.local_type == "host"
        assert route.local_address == session.ns.root_address != old_address
        assert session.home.ended_reason is None
        assert x_held() == (False, False)
    finally:
        await session.close()
    assert x_held() == (False, False)


@run_async
async def test_after_a_server_restart_a_lost_link_still_resumes(ns, pairing_server):
    """The pairing server is killed and started again (it remembers nothing); then the
    supporter app's address changes: both apps resume through the new server process."""
    session = Session(ns, pairing_server)
    try:
        await session.start(control=False)
        pairing_server.kill()
        pairing_server.start()
        await asyncio.sleep(1.0)
        moved = time.monotonic()
        session.ns.move_inside_address()
        await until(lambda: session.home_saw(LinkLost, moved), SILENCE_LOST + 1.0, "home: lost")
        await until(lambda: session.home_saw(LinkBack, moved), 60, "home: connected again")
        frames_back = session.frames()
        await until(lambda: session.frames() > frames_back, 20, "new frames on the new link")
        assert session.home is not None and session.home.ended_reason is None
        assert session.home.send_chat("after the resume")
        await until(lambda: session.supporter_saw("chat", text="after the resume"), 10, "chat")
    finally:
        await session.close()


@run_async
async def test_a_killed_helper_app_leaves_nothing_pressed_and_the_supporter_sees_it(
    ns, pairing_server
):
    """kill -9 of the helper app (its own process) while the supporter holds Shift and the
    left button: the supporter app shows the link lost and control over, and nothing may
    stay pressed on the home display."""
    home = await asyncio.create_subprocess_exec(
        sys.executable, str(HOME), pairing_server.url, stdout=subprocess.PIPE
    )
    session = Session(ns, pairing_server)
    home_events: list[dict[str, object]] = []

    async def read_home() -> None:
        assert home.stdout is not None
        while line := await home.stdout.readline():
            home_events.append(json.loads(line))

    reader = asyncio.create_task(read_home())
    try:
        await until(lambda: any(e["event"] == "code" for e in home_events), 15, "code")
        code = next(str(e["code"]) for e in home_events if e["event"] == "code")
        await session.start_supporter(code)
        await until(lambda: session.supporter_saw("state", state="controlling"), 40, "control")
        await session.tell("hold")
        await until(lambda: x_held() == (True, True), 10, "Shift and button held")
        home.send_signal(signal.SIGKILL)
        await home.wait()
        await until(lambda: session.supporter_saw("lost"), SILENCE_LOST + 2.0, "supporter: lost")
        assert session.supporter_saw("state", state="")  # control over at the supporter too
        await until(lambda: x_held() == (False, False), SILENCE_LOST + 1.0, "nothing pressed")
    finally:
        if home.returncode is None:
            home.send_signal(signal.SIGKILL)
            await home.wait()
        reader.cancel()
        await session.close()
        release_everything()  # what the dead app left pressed must not reach later tests


@run_async
async def test_a_second_loss_resumes_again(ns, pairing_server):
    """Two new addresses one after the other: the second resume meets in the same resume
    room, which the first resume's connections must not block."""
    session = Session(ns, pairing_server)
    try:
        await session.start(control=False)
        for round_ in range(2):
            moved = time.monotonic()
            session.ns.move_inside_address()
            await until(lambda m=moved: session.home_saw(LinkLost, m), SILENCE_LOST + 1, "lost")
            await until(lambda m=moved: session.home_saw(LinkBack, m), 60, f"back ({round_})")
            frames_back = session.frames()
            await until(lambda f=frames_back: session.frames() > f, 20, "new frames")
        assert session.home is not None and session.home.ended_reason is None
        assert session.home.send_chat("after two resumes")
        await until(lambda: session.supporter_saw("chat", text="after two resumes"), 10, "chat")
    finally:
        await session.close()
