"""The portal backend's input: the supporter's mouse and keys reach a Wayland client.

Real parts as in test_portal_screen.py; the client reports what Wayland delivered to it.
"""

from __future__ import annotations

import time

import pytest

from assist_agent.platform.area import ScreenArea
from assist_agent.platform.input import InputSink
from assist_agent.platform.portal.input_sink import PortalInputSink
from assist_agent.platform.portal.screen import PortalScreenSource
from assist_agent.platform.portal.share import PortalShare
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE
from tests.wayland.test_portal_screen import CLIENT, Events

pytestmark = [pytest.mark.wayland, pytest.mark.platform, pytest.mark.timeout(180)]


@pytest.fixture
def controlled(on_desktop):
    """A fullscreen pattern client, a started share with control, and its input sink."""
    client = on_desktop.client(CLIENT)
    events = Events(client)
    events.next("shown")
    source = PortalScreenSource(PortalShare())
    answer = on_desktop.answer("Share", allow_control=True)
    source.open()
    out, err = answer.communicate(timeout=30 * TIMEOUT_SCALE)
    assert "ticked: Allow remote interaction" in out, err
    assert source.share.can_control
    stream = source.share.stream
    sink = PortalInputSink(
        ScreenArea(stream.x, stream.y, stream.width, stream.height), source.share
    )
    assert isinstance(sink, InputSink)
    yield events, sink, stream
    sink.close()
    source.close()
    stop(client)


def test_pointer_and_clicks_land_on_the_exact_pixel(controlled) -> None:
    client, sink, stream = controlled
    sink.resume()
    sink.apply({"type": "mouse", "action": "move", "x": 0.25, "y": 0.75})
    sink.apply({"type": "mouse", "action": "click", "button": "left", "x": 0.25, "y": 0.75})
    press = client.next("press")
    assert press["button"] == "left"
    assert (press["x"], press["y"]) == (
        round(0.25 * (stream.width - 1)),
        round(0.75 * (stream.height - 1)),
    )
    assert client.next("release")["button"] == "left"
    sink.apply({"type": "mouse", "action": "down", "button": "right", "x": 1.0, "y": 0.0})
    press = client.next("press")
    assert (press["button"], press["x"], press["y"]) == ("right", stream.width - 1, 0)
    assert sink.pressed_buttons == {"right"}
    sink.release_all()  # lets go of the held button
    assert client.next("release")["button"] == "right"
    assert sink.pressed_buttons == frozenset()


def test_keys_and_text_reach_the_focused_client(controlled) -> None:
    client, sink, _stream = controlled
    sink.resume()
    sink.apply({"type": "mouse", "action": "click", "button": "left", "x": 0.5, "y": 0.5})
    client.next("release")
    sink.apply({"type": "key", "action": "press", "key": "a"})
    assert client.typed() == "a"
    sink.apply({"type": "text", "text": "Hi!"})
    typed = "".join(client.typed() for _ in range(3))
    assert typed == "Hi!"
    sink.apply({"type": "key", "action": "press", "key": "enter"})
    assert client.typed() == "\r"


def test_a_held_key_is_released_and_shortcuts_are_refused(controlled) -> None:
    client, sink, _stream = controlled
    sink.resume()
    sink.apply({"type": "mouse", "action": "click", "button": "left", "x": 0.5, "y": 0.5})
    client.next("release")
    sink.apply({"type": "key", "action": "down", "key": "shift"})
    sink.apply({"type": "key", "action": "press", "key": "b"})
    assert client.typed() == "B"
    assert sink.pressed_keys == {"shift"}
    sink.release_all()
    assert sink.pressed_keys == frozenset()
    sink.apply({"type": "key", "action": "press", "key": "c"})
    assert client.typed() == "c"  # shift is up again for the desktop
    # The home user's Stop shortcut (ctrl+alt+s) is never completed by injected keys.
    sink.apply({"type": "key", "action": "down", "key": "ctrl"})
    sink.apply({"type": "key", "action": "down", "key": "alt"})
    sink.apply({"type": "key", "action": "press", "key": "s"})
    deadline = time.monotonic() + 5 * TIMEOUT_SCALE
    while not sink.dropped.by_reason.get("hotkey") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sink.dropped.by_reason.get("hotkey") == 1
    sink.suspend()
    assert sink.pressed_keys == frozenset()
    sink.apply({"type": "key", "action": "press", "key": "d"})
    assert sink.dropped.by_reason.get("suspended") == 1
