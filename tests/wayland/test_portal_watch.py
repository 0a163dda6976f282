"""The home user's own input wins on a portal desktop (GNOME: mutter's idle monitor).

The home user's hands are a second real input device: a session of mutter's own
RemoteDesktop API (org.gnome.Mutter.RemoteDesktop), apart from the portal session the
sink injects through. The watch must report that device's keys and never the sink's.
"""

from __future__ import annotations

import threading
import time

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

from assist_agent.platform.area import ScreenArea
from assist_agent.platform.input import LocalWatch
from assist_agent.platform.portal.backend import make_local_activity
from assist_agent.platform.portal.input_sink import PortalInputSink
from assist_agent.platform.portal.screen import PortalScreenSource
from assist_agent.platform.portal.share import PortalShare
from tests.support.timing import TIMEOUT_SCALE

pytestmark = [pytest.mark.wayland, pytest.mark.platform, pytest.mark.timeout(180)]
MUTTER = "org.gnome.Mutter.RemoteDesktop"


class OwnHands:
    """A keyboard of the home user's own: a mutter RemoteDesktop session (no portal)."""

    def __init__(self) -> None:
        self.conn = open_dbus_connection(bus="SESSION")
        rd = DBusAddress("/org/gnome/Mutter/RemoteDesktop", bus_name=MUTTER, interface=MUTTER)
        (path,) = self._call(new_method_call(rd, "CreateSession"))
        self.session = DBusAddress(path, bus_name=MUTTER, interface=MUTTER + ".Session")
        self._call(new_method_call(self.session, "Start"))

    def _call(self, msg):  # type: ignore[no-untyped-def]
        reply = self.conn.send_and_get_reply(msg, timeout=10)
        assert reply.header.message_type.name != "error", reply.body
        return reply.body

    def tap_shift(self) -> None:
        for down in (True, False):
            self._call(new_method_call(self.session, "NotifyKeyboardKeycode", "ub", (42, down)))

    def close(self) -> None:
        self._call(new_method_call(self.session, "Stop"))
        self.conn.close()


def test_the_home_users_own_keys_are_seen_and_the_sinks_are_not(on_desktop) -> None:
    source = PortalScreenSource(PortalShare())
    answer = on_desktop.answer("Share", allow_control=True)
    source.open()
    answer.communicate(timeout=30 * TIMEOUT_SCALE)
    stream = source.share.stream
    sink = PortalInputSink(
        ScreenArea(stream.x, stream.y, stream.width, stream.height), source.share
    )
    seen = threading.Event()
    count = [0]

    def activity() -> None:
        count[0] += 1
        seen.set()

    watch = make_local_activity(sink, activity, lambda name: None)
    assert isinstance(watch, LocalWatch)
    hands = OwnHands()
    try:
        watch.start()
        assert watch.available  # GNOME's idle monitor answers
        sink.resume()
        # The supporter types and moves for a while: none of it is the home user's.
        for n in range(20):
            sink.apply({"type": "mouse", "action": "move", "x": n / 20, "y": 0.5})
            sink.apply({"type": "key", "action": "press", "key": "shift"})
            time.sleep(0.05)
        time.sleep(0.5)
        assert count[0] == 0
        # Quiet for a moment, then the home user's own key.
        time.sleep(0.5)
        hands.tap_shift()
        assert seen.wait(5 * TIMEOUT_SCALE)
    finally:
        watch.stop()
        hands.close()
        sink.close()
        source.close()
    after = count[0]
    time.sleep(0.3)
    assert count[0] == after  # nothing is reported after stop()
