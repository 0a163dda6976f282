"""The load benchmark runs end to end on a small scale and keeps its JSON contract."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.support import REPO
from tests.support.requires import needs
from tests.support.services import needs_redis
from tests.support.timing import TIMEOUT_SCALE

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
        cwd=REPO, capture_output=True, text=True, timeout=90 * TIMEOUT_SCALE,
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
        cwd=REPO, capture_output=True, text=True, timeout=30 * TIMEOUT_SCALE,
    )  # fmt: skip
    assert done.returncode == 2 and "loopback" in done.stderr


BURN_KEYS = {"honest_codes_burned_pct", "honest_pairings_ok_pct"}
needs_root_and_ip = needs(
    "root and iproute2 (ip)",
    os.geteuid() == 0 and shutil.which("ip") is not None,
    "code_burn.py creates a network namespace",
)


@needs_root_and_ip
def test_code_burn_tiny_run() -> None:
    """A tiny attack (IPv4 addresses and the /48) against honest pairings prints the contract."""
    done = subprocess.run(
        [sys.executable, "bench/code_burn.py", "--ipv4", "20", "--duration", "3",
         "--honest-rate", "3", "--min-delay", "0.2", "--max-delay", "1"],
        cwd=REPO, capture_output=True, text=True, timeout=120 * TIMEOUT_SCALE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result.keys() >= BURN_KEYS
    assert result["honest_registered"] > 0 and result["attacker_claims_sent"] > 0
    assert result["attacker_claims_sent_ipv6"] > 0
    assert result["honest_pairings_ok_pct"] > 50
    namespaces = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    assert "assist-burn-" not in namespaces, "the benchmark left its namespace behind"


def test_code_burn_without_root_says_so_and_exits_nonzero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As an ordinary user the benchmark explains that it needs root and exits 2."""
    spec = importlib.util.spec_from_file_location("code_burn", REPO / "bench" / "code_burn.py")
    assert spec is not None and spec.loader is not None
    code_burn = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "code_burn", code_burn)  # its dataclasses look it up
    spec.loader.exec_module(code_burn)
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert code_burn.main(["--duration", "1"]) == 2
    assert "needs root" in capsys.readouterr().err
