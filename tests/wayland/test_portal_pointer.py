"""The home user's pointer reaches the supporter on the portal backend.

The portal's ScreenCast offers three cursor modes (AvailableCursorModes: 1 hidden,
2 embedded, 4 metadata). We ask for *embedded*: the desktop draws the pointer into the
frames, so its picture and exact position travel with the screen. *metadata* would put
the position and the pointer's picture into each PipeWire buffer's metadata
(SPA_META_Cursor), but GStreamer's pipewiresrc (the frame path, pw_capture.py) does not
pass that metadata on: the supporter would get no pointer at all.

Real parts: headless mutter, the portal and PipeWire, a GTK 3 Wayland client painting
the colour pattern (gtk_client.py: over Qt 6's Wayland windows this mutter draws no
pointer, see there); both apps' session flows, a real pairing server, real aiortc (VP8). The
supporter's injected move, and then the home user's own move (a second real pointer:
mutter's own RemoteDesktop API, apart from the portal), must each show the pointer at
their place in the supporter's decoded pictures, and no longer at the old place.
"""

from __future__ import annotations

import ast
import asyncio
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from jeepney import new_method_call

from assist_agent.live import ControlRequested
from assist_agent.session import CodeReady, HomeSession, SupporterAsks
from assist_client.session import SupporterSession
from tests.support.processes import stop
from tests.support.requires import require
from tests.support.sessions import serve
from tests.support.timing import TIMEOUT_SCALE, until
from tests.wayland.pattern_client import QUARTERS
from tests.wayland.test_portal_session import pattern_in
from tests.wayland.test_portal_session import portal_backend as portal_backend  # noqa: F401
from tests.wayland.test_portal_watch import OwnHands

pytestmark = [pytest.mark.wayland, pytest.mark.e2e, pytest.mark.timeout(300)]
GTK_CLIENT = Path(__file__).with_name("gtk_client.py")  # system Python: not imported here
ARROW = (18, 12)  # rows, columns below and right of the hot spot that the arrow covers


def gtk_quarters() -> dict:
    """The GTK client's colours (it runs under the system Python: read, not imported)."""
    for node in ast.parse(GTK_CLIENT.read_text()).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "QUARTERS":
            return ast.literal_eval(node.value)
    raise AssertionError("no QUARTERS in gtk_client.py")


def pointer_at(rgb: np.ndarray, fx: float, fy: float) -> bool:
    """Something unlike the pattern (the pointer's dark and light pixels) just below and
    right of (fx, fy)."""
    h, w = rgb.shape[:2]
    x, y = round(fx * (w - 1)), round(fy * (h - 1))
    want = np.array(QUARTERS[(int(fx >= 0.5), int(fy >= 0.5))])
    patch = rgb[y : y + ARROW[0], x : x + ARROW[1], :3].astype(int)
    off = np.abs(patch - want).max(axis=2) > 90
    return int(off.sum()) >= 12


def test_the_supporter_sees_the_home_users_pointer_where_it_is(portal_backend) -> None:
    desktop = portal_backend
    probe = "import gi; gi.require_version('Gtk', '3.0'); from gi.repository import Gtk"
    has_gtk = subprocess.run(["/usr/bin/python3", "-c", probe], capture_output=True).returncode
    require("gir1.2-gtk-3.0", has_gtk == 0, "scripts/setup.sh installs it")
    assert gtk_quarters() == QUARTERS
    client = subprocess.Popen(
        ["/usr/bin/python3", str(GTK_CLIENT)], env={**desktop.env, "GDK_BACKEND": "wayland"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert client.stdout is not None and client.stdout.readline().strip() == "shown"
    answer = desktop.answer("Share", allow_control=True, timeout=90)
    frames: list[np.ndarray] = []
    home_events: list[Any] = []

    async def scenario() -> None:
        server = await serve()
        loop = asyncio.get_running_loop()
        code_ready: asyncio.Future[Any] = loop.create_future()

        def on_home(event: Any) -> None:
            home_events.append(event)
            if isinstance(event, CodeReady) and not code_ready.done():
                code_ready.set_result(event.code)
            if isinstance(event, SupporterAsks):
                home.allow()

        home = HomeSession(server.url, on_home)
        supporter = None
        hands = None
        try:
            home.start()
            code = await asyncio.wait_for(code_ready, 10 * TIMEOUT_SCALE)
            supporter = SupporterSession(server.url, code, "Anna", lambda e: None, frames.append)
            supporter.start()
            await until(lambda: any(pattern_in(f) for f in frames[-5:]), 60, "the pattern")
            assert supporter.request_control()
            await until(lambda: any(isinstance(e, ControlRequested) for e in home_events), 20)
            home.grant_control()
            await until(lambda: supporter.share_state == "controlling", 20, "control")
            # The supporter moves the pointer (injected through the portal).
            assert supporter.send_input("mouse", action="move", x=0.3, y=0.3)
            await until(lambda: pointer_at(frames[-1], 0.3, 0.3), 30, "the pointer at 0.3")
            # The home user moves their own mouse 400 px right and 200 down; they take
            # control back by it (their input wins), and the pointer is seen moving.
            hands = OwnHands()
            w, h = desktop.size
            # A new virtual device's first event is dropped by mutter: wake it first.
            hands._call(new_method_call(hands.session, "NotifyPointerMotionRelative",
                                        "dd", (0.0, 0.0)))  # fmt: skip
            await asyncio.sleep(0.2)
            for _ in range(4):
                hands._call(new_method_call(hands.session, "NotifyPointerMotionRelative",
                                            "dd", (100.0, 50.0)))  # fmt: skip
                await asyncio.sleep(0.05)
            x1 = (0.3 * (w - 1) + 400) / (w - 1)
            y1 = (0.3 * (h - 1) + 200) / (h - 1)
            await until(lambda: pointer_at(frames[-1], x1, y1), 30, "the home user's pointer")
            assert not pointer_at(frames[-1], 0.3, 0.3)
        finally:
            if hands is not None:
                hands.close()
            for flow in (supporter, home):
                if flow is not None:
                    flow.stop()
            for flow in (supporter, home):
                if flow is not None:
                    await asyncio.wait_for(flow.wait_ended(), 10 * TIMEOUT_SCALE)
            await server.close()

    try:
        asyncio.run(scenario())
        out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
        assert "pressed: Share" in out, err
    finally:
        stop(answer)
        stop(client)
