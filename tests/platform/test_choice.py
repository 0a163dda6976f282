"""Choosing the helper app's platform backend: automatic, forced, or a clear refusal."""

from __future__ import annotations

import logging

import pytest

from assist_agent import platform
from assist_agent.platform.area import ScreenArea
from assist_agent.platform.input import InputSink, LocalWatch
from assist_agent.platform.screen import ScreenSource

pytestmark = pytest.mark.platform


def test_x11_is_chosen_on_an_x_display(caplog: pytest.LogCaptureFixture) -> None:
    """With an X display and nothing forced, the X11 backend is chosen and logged."""
    with caplog.at_level(logging.INFO, logger="assist.agent.platform"):
        chosen = platform.choose({"DISPLAY": ":0"})
    assert chosen.name == "x11"
    assert "platform backend: x11 (chosen automatically)" in caplog.text


def test_forcing_a_backend_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    """ASSIST_PLATFORM=x11 forces it (any case), and the log says it was forced."""
    with caplog.at_level(logging.INFO, logger="assist.agent.platform"):
        chosen = platform.choose({"DISPLAY": ":0", "ASSIST_PLATFORM": " X11 "})
    assert chosen.name == "x11"
    assert "forced by ASSIST_PLATFORM" in caplog.text


def test_an_unknown_forced_backend_is_refused_by_name() -> None:
    """A backend this build does not have is refused with a reason, not a traceback."""
    with pytest.raises(platform.NoBackend) as refused:
        platform.choose({"DISPLAY": ":0", "ASSIST_PLATFORM": "quartz"})
    assert refused.value.reason == "unknown_backend"
    assert "'quartz'" in refused.value.detail and "x11" in refused.value.detail


def test_no_desktop_is_refused_with_each_reason() -> None:
    """Without any display no backend fits, and the refusal says why for each."""
    with pytest.raises(platform.NoBackend) as refused:
        platform.choose({})
    assert refused.value.reason == "no_backend"
    assert "x11: no X display" in refused.value.detail


def test_the_x11_backend_builds_the_interfaces(xdisplay: str) -> None:
    """The chosen backend's factories make objects of the seam's interfaces."""
    chosen = platform.choose({"DISPLAY": xdisplay})
    source = chosen.make_screen_source()
    source.open()  # a protocol check reads its properties, which need an open source
    try:
        assert isinstance(source, ScreenSource)
        sink = chosen.make_input_sink(ScreenArea.from_monitor(source.monitor_area(1)))
    finally:
        source.close()
    try:
        assert isinstance(sink, InputSink)
        watch = chosen.make_local_activity(sink, lambda: None, lambda name: None)
        assert isinstance(watch, LocalWatch)
    finally:
        sink.close()
