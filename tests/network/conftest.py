"""Fixture of the restrictive-network tests: coturn behind a veth that drops all UDP."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.network.netns import BlockedNetwork, can_make_namespaces, udp_blocked_turn
from tests.support.requires import require


@pytest.fixture
def blocked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[BlockedNetwork]:
    ok, why = can_make_namespaces()
    require("network namespaces (root, iproute2, nftables)", ok, why)
    require("turnserver (coturn)", shutil.which("turnserver") is not None, "apt-get install coturn")
    with udp_blocked_turn(tmp_path) as network:
        # The apps check a `turns:` server's certificate against the system's trusted
        # ones; here the system trusts the test's own certificate, and only it.
        monkeypatch.setenv("SSL_CERT_FILE", str(network.cert))
        yield network
