"""The ledger of the portal sink's injections that the own-windows guard reads.

Pure logic, no desktop: which event times count as the sink's own (the guard itself is
tested under the real compositor in test_own_windows.py).
"""

from __future__ import annotations

import time

import pytest

from assist_agent.platform.portal import injections

pytestmark = pytest.mark.platform


@pytest.fixture(autouse=True)
def empty_ledger():
    injections.forget()
    yield
    injections.forget()


def test_an_event_stamped_just_after_an_injection_is_the_sinks() -> None:
    now = time.monotonic()
    injections.noted(now - 1.0, now - 0.98)
    stamp = int((now - 0.9) * 1000) & 0xFFFFFFFF
    assert injections.injected_near(stamp, now)
    late = now - 0.98 + injections.AFTER_S + 0.1  # just past the window
    assert not injections.injected_near(int(late * 1000) & 0xFFFFFFFF, late + 0.01)
    early = int((now - 1.2) * 1000) & 0xFFFFFFFF  # before the call began
    assert not injections.injected_near(early, now)


def test_nothing_injected_means_nothing_is_dropped() -> None:
    now = time.monotonic()
    assert not injections.injected_near(int(now * 1000) & 0xFFFFFFFF, now)
    assert not injections.injected_near(0, now)


def test_wayland_milliseconds_wrap_at_32_bits() -> None:
    now = 2**32 / 1000 + 5.0  # the millisecond counter wrapped 5 s ago
    injections.noted(now - 0.3, now - 0.29)
    stamp = int((now - 0.25) * 1000) & 0xFFFFFFFF  # a small number after the wrap
    assert stamp < 10_000
    assert injections.injected_near(stamp, now)


def test_without_a_usable_stamp_the_time_received_counts() -> None:
    now = time.monotonic()
    injections.noted(now - 0.5, now - 0.5)
    other_clock = (int(now * 1000) + 3_600_000) & 0xFFFFFFFF  # an hour off: not ours
    assert injections.injected_near(other_clock, now)  # received 0.5 s after: dropped
    assert injections.injected_near(0, now)
    assert not injections.injected_near(0, now + injections.RECEIVED_AFTER_S + 0.1)
