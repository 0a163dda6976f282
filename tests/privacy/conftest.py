"""Privacy tests run both real apps on Xvfb beside the test pattern (the e2e fixture),
some with a real accessibility bus (at-spi2-core) started here."""

import pytest

from tests.e2e.conftest import apps  # noqa: F401 (a fixture, found by name)
from tests.privacy.a11y import start_session_bus
from tests.support.processes import stop


@pytest.fixture
def a11y_bus(xdisplay, monkeypatch):
    """A real D-Bus session with the accessibility bus; the helper app reads it from here."""
    bus, daemon = start_session_bus(xdisplay)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    yield bus
    stop(daemon)
