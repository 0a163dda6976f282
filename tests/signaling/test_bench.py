"""The load benchmark runs end to end on a small scale and keeps its JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support import REPO
from tests.support.services import needs_redis

KEYS = {
    "mode",
    "waiting_connections",
    "memory_kib_per_connection",
    "pairings_per_s",
    "pair_latency_ms_p50",
    "pair_latency_ms_p95",
}


def run_bench(*extra: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "bench/signaling_load.py", "--waiting", "50", "--rate", "40",
         "--duration", "1", "--max-seconds", "60", *extra],
        cwd=REPO, capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert isinstance(result, dict)
    return result


@pytest.mark.parametrize("mode", ["memory", pytest.param("redis", marks=needs_redis)])
def test_small_benchmark_run(mode: str) -> None:
    """A tiny run in each mode pairs every session and prints the contract keys last."""
    result = run_bench(*(["--redis"] if mode == "redis" else []))
    assert result.keys() >= KEYS
    assert result["mode"] == mode
    assert result["waiting_connections"] == 50
    assert result["pairings"] == 40 and result["pairings_failed"] == 0
    assert isinstance(result["memory_kib_per_connection"], float)


def test_benchmark_refuses_other_hosts() -> None:
    """--url must be loopback: the benchmark never sends load elsewhere."""
    done = subprocess.run(
        [sys.executable, "bench/signaling_load.py", "--url", "ws://192.0.2.1:8765/v1"],
        cwd=REPO, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 2 and "loopback" in done.stderr
