"""Fixtures for the bundle tests: the built bundles (skip naming the missing one), two
X screens with a D-Bus session, the accessibility driver, and a real pairing server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.bundle.desktop import (
    Accessibility,
    Desktop,
    missing_bundles,
    pairing_server,
    start_desktop,
)
from tests.support.requires import missing


@pytest.fixture
def bundles() -> None:
    """Both bundled apps are built (else the test skips, naming what is missing)."""
    reason = missing_bundles("assist-agent", "assist-client")
    if reason:
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)


@pytest.fixture(scope="module")
def desktop() -> Iterator[Desktop]:
    started = start_desktop()
    try:
        yield started
    finally:
        started.close()


@pytest.fixture(scope="module")
def a11y(desktop: Desktop) -> Iterator[Accessibility]:
    driver = Accessibility(desktop)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture
def server_url() -> Iterator[str]:
    with pairing_server() as url:
        yield url
