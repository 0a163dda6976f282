"""One factor for every timeout in the tests, and one wait for a condition.

Slow machines set ASSIST_TEST_TIMEOUT_SCALE (default 1); every deadline is multiplied by it.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable

TIMEOUT_SCALE = float(os.environ.get("ASSIST_TEST_TIMEOUT_SCALE", "1"))


async def until(predicate: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    """Wait (scaled) until predicate() is true, polling the event loop."""
    deadline = time.monotonic() + timeout * TIMEOUT_SCALE
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(0.02)
