"""One real headless Wayland desktop (mutter + portal + PipeWire) per test module."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.requires import require
from tests.support.wayland import WaylandDesktop, missing_parts


@pytest.fixture(scope="module")
def desktop() -> Iterator[WaylandDesktop]:
    gone = missing_parts()
    require(", ".join(gone) or "wayland desktop", not gone, "scripts/setup.sh installs them")
    with WaylandDesktop() as running:
        yield running


@pytest.fixture
def on_desktop(desktop: WaylandDesktop, monkeypatch: pytest.MonkeyPatch) -> WaylandDesktop:
    """This process talks to the test desktop's bus (the portal backend reads os.environ)."""
    for key in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "WAYLAND_DISPLAY",
                "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP"):  # fmt: skip
        monkeypatch.setenv(key, desktop.env[key])
    assert os.environ["WAYLAND_DISPLAY"] == desktop.display
    return desktop
