"""One place that decides what a missing part means: a named skip, or, in CI, a failure.

Integration tests need real parts — Xvfb, Redis, coturn, a compositor, a sound server,
a command-line tool. On a developer's machine a missing part skips the test and names
the part. With ``ASSIST_REQUIRE_ALL=1`` (set by ``.ci/run``) the same test fails,
naming the part, so a machine without it can never go green by skipping.

    from tests.support.requires import missing, require

    require("xdotool", shutil.which("xdotool") is not None, "scripts/setup.sh installs it")
    if not has_display():
        missing("Xvfb", "needs an X display")
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

ENV = "ASSIST_REQUIRE_ALL"


def strict() -> bool:
    """True when every part must be present (CI)."""
    return os.environ.get(ENV, "").strip() not in ("", "0", "false", "no")


def missing(part: str, why: str = "") -> NoReturn:
    """Skip (or, with ASSIST_REQUIRE_ALL=1, fail) because `part` is missing."""
    text = f"missing part: {part}" + (f" ({why})" if why else "")
    if strict():
        pytest.fail(f"{text}; {ENV}=1 forbids skipping", pytrace=False)
    pytest.skip(text)


def require(part: str, present: bool, why: str = "") -> None:
    """Go on when `present`; otherwise `missing(part, why)`."""
    if not present:
        missing(part, why)
