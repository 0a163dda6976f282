"""Every test in tests/identity carries the `identity` marker (issue 16)."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/identity/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.identity)
