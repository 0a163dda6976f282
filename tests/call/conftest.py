"""Call tests: a real private sound server (tests/support/sound.py), real apps' flows on
a virtual display, real aiortc links."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest

from tests.support.sound import SoundServer, needs_sound, sound_server


@pytest.fixture
def sound() -> Iterator[SoundServer]:
    """A fresh private PulseAudio with each side's null microphone and speaker."""
    with sound_server() as server:
        yield server


@pytest.fixture
def run_async(xdisplay: str) -> Callable[[Coroutine[Any, Any, Any]], Any]:
    """Run one coroutine on a fresh event loop (the helper app needs the X display)."""

    def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run(coroutine)

    return run


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every call test needs the sound server: skip naming it, or fail in CI."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(needs_sound)
            item.add_marker(pytest.mark.call)
