"""ASSIST_REQUIRE_ALL=1 turns a missing part's skip into a failure that names the part.

A tiny test file, run by a real pytest in a subprocess: one test calls `missing`, one is
marked `needs(...)` with the part absent, one needs a part that is present. Without the
variable the first two skip (naming the part) and the third passes; with it they fail,
naming the part (the marked one as a set-up error), and the third still passes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO
from tests.support.timing import TIMEOUT_SCALE

TINY = """
from tests.support.requires import missing, needs

def test_calls_missing():
    missing("frobnicator-9000", "apt-get install frobnicator")

@needs("teleporter-42", False, "no teleporter here")
def test_marked_needs():
    raise AssertionError("must not run without its part")

@needs("python", True)
def test_part_present():
    assert True
"""


def run(tmp_path: Path, strict: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_tiny.py").write_text(TINY)
    env = {k: v for k, v in os.environ.items() if k != "ASSIST_REQUIRE_ALL"}
    env["PYTHONPATH"] = str(REPO)
    if strict is not None:
        env["ASSIST_REQUIRE_ALL"] = strict
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-rA", "-p", "no:cacheprovider",
         "-p", "tests.support.requires", "--rootdir", str(tmp_path), "-c", os.devnull,
         str(tmp_path / "test_tiny.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120 * TIMEOUT_SCALE,
    )  # fmt: skip


@pytest.mark.parametrize("value", [None, "0", ""])
def test_without_the_variable_a_missing_part_skips_naming_it(tmp_path: Path, value) -> None:
    done = run(tmp_path, value)
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "2 skipped" in out and "1 passed" in out and "failed" not in out, out
    assert "missing part: frobnicator-9000 (apt-get install frobnicator)" in out, out
    assert "missing part: teleporter-42 (no teleporter here)" in out, out


def test_with_the_variable_a_missing_part_fails_naming_it(tmp_path: Path) -> None:
    done = run(tmp_path, "1")
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    # A failure at set-up (the marker) is reported as an error: red either way.
    assert "1 failed" in out and "1 error" in out and "1 passed" in out, out
    assert "skipped" not in out, out
    for part in ("frobnicator-9000", "teleporter-42"):
        assert f"missing part: {part}" in out and "ASSIST_REQUIRE_ALL=1 forbids skipping" in out
    assert "must not run without its part" not in out  # failed at set-up, not in the body
