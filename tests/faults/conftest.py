"""Fixtures of the fault tests: a namespace with a veth pair, and the pairing server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.faults.harness import PairingServer
from tests.faults.netns import Namespace, can_make_namespaces, namespace
from tests.support.display import has_display
from tests.support.requires import require


@pytest.fixture
def ns() -> Iterator[Namespace]:
    ok, why = can_make_namespaces()
    require("network namespaces (root, iproute2, nftables)", ok, why)
    require("Xvfb", has_display(), "the home user's screen and input")
    with namespace() as made:
        yield made


@pytest.fixture
def pairing_server() -> Iterator[PairingServer]:
    server = PairingServer()
    server.start()
    try:
        yield server
    finally:
        server.kill()
