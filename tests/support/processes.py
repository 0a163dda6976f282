"""The one way tests stop a child process: terminate, wait, and kill only if it hangs."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
from typing import Any

from tests.support.timing import TIMEOUT_SCALE


def stop(process: subprocess.Popen[Any], timeout: float = 5.0) -> int:
    """Terminate `process`, wait `timeout` (scaled), then kill it; return its exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout * TIMEOUT_SCALE)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.wait(timeout * TIMEOUT_SCALE)


async def stop_async(process: asyncio.subprocess.Process, timeout: float = 5.0) -> int:
    """The same for a process started with asyncio.create_subprocess_exec."""
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        try:
            return await asyncio.wait_for(process.wait(), timeout * TIMEOUT_SCALE)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
    return await asyncio.wait_for(process.wait(), timeout * TIMEOUT_SCALE)
