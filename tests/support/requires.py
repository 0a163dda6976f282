"""One place that decides what a missing part means: a named skip, or, in CI, a failure.

Integration tests need real parts — Xvfb, Redis, coturn, a compositor, a sound server,
a command-line tool. On a developer's machine a missing part skips the test and names
the part. With ``ASSIST_REQUIRE_ALL=1`` (set by ``.ci/run``) the same test fails,
naming the part, so a machine without it can never go green by skipping.

    from tests.support.requires import missing, require

    require("xdotool", shutil.which("xdotool") is not None, "scripts/setup.sh installs it")
    if not has_display():
        missing("Xvfb", "needs an X display")

    pytestmark = needs("redis-server", shutil.which("redis-server") is not None)

``needs`` is the marker form (for ``pytestmark``, decorators and ``pytest.param``):
tests/conftest.py calls ``require`` with its arguments when each marked test sets up.
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


MARK = "requires_part"


def needs(part: str, present: bool, why: str = "") -> pytest.MarkDecorator:
    """A marker: the test needs `part`; tests/conftest.py requires it at set-up."""
    return getattr(pytest.mark, MARK)(part=part, present=bool(present), why=why)


def check_marks(item: pytest.Item) -> None:
    """Require every part the item's `needs` markers name (called at each test's set-up)."""
    for mark in item.iter_markers(MARK):
        require(mark.kwargs["part"], mark.kwargs["present"], mark.kwargs.get("why", ""))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """The same check as a plugin (`pytest -p tests.support.requires`), for a run outside
    this suite's conftest; tests/conftest.py calls `check_marks` itself."""
    check_marks(item)
