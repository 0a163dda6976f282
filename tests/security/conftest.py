"""Security tests run the real apps' flows on a virtual display (Xvfb) with plain asyncio."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest


@pytest.fixture
def run_async(xdisplay: str) -> Callable[[Coroutine[Any, Any, Any]], Any]:
    """Run one coroutine on a fresh event loop (the helper app needs the X display)."""

    def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run(coroutine)

    return run
