"""Test set-up shared by every test: a virtual screen (Xvfb) and a qasync loop for Qt tests.

Timing-sensitive waits scale by ASSIST_TEST_TIMEOUT_SCALE (default 1). Helpers that tests
import live in tests/support; fixtures live here and in each folder's conftest.py.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis  # noqa: F401
import keyring
import pytest

# hypothesis is imported here, at start-up, on purpose: its pytest plugin otherwise
# imports it at the end of a run, after Qt event loops have run Python callbacks, and
# CPython 3.11's compiler can then fail ("AST constructor recursion depth mismatch").
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.display import has_display, start_xvfb  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.support.processes import stop  # noqa: E402
from tests.support.requires import check_marks, missing  # noqa: E402
from tests.support.timing import TIMEOUT_SCALE  # noqa: E402

_xvfb: subprocess.Popen[bytes] | None = None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run tests/e2e last, whatever order the paths were given in. Their windows are
    kept alive after each test (PySide 6.11 crashed when they were deleted mid-run) and
    every kept window re-translates on each later language switch: `pytest tests/e2e
    tests/a11y` took many minutes for the a11y part, against ~100 s after them."""
    e2e = Path(__file__).resolve().parent / "e2e"
    items.sort(key=lambda item: e2e in Path(str(item.path)).resolve().parents)
    # A test's own time limit (pytest.mark.timeout) scales like every other bound.
    if TIMEOUT_SCALE != 1:
        for item in items:
            mark = item.get_closest_marker("timeout")
            if mark is not None and mark.args and isinstance(mark.args[0], int | float):
                scaled = pytest.mark.timeout(mark.args[0] * TIMEOUT_SCALE, *mark.args[1:])
                item.add_marker(scaled, append=False)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test marked `needs(part, ...)` skips naming the part, or fails under
    ASSIST_REQUIRE_ALL=1 (tests/support/requires.py)."""
    check_marks(item)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    global _xvfb
    # pytest-timeout's limit for every test (pyproject: 120 s) scales too, unless given
    # on the command line or in PYTEST_TIMEOUT.
    try:
        ini_timeout = config.getini("timeout")
    except ValueError:  # pytest-timeout is not installed
        ini_timeout = ""
    given = config.getoption("timeout", None) is not None or os.environ.get("PYTEST_TIMEOUT")
    if ini_timeout and not given:
        config.option.timeout = float(ini_timeout) * TIMEOUT_SCALE
    display = os.environ.get("ASSIST_TEST_DISPLAY")
    if not display and (started := start_xvfb()) is not None:
        display, _xvfb = started
    if display:
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ASSIST_LANG", "en")
    # Past-help records go to a throw-away folder, never the developer's home.
    os.environ["ASSIST_DATA_DIR"] = tempfile.mkdtemp(prefix="assist-test-data-")
    os.environ.pop("ASSIST_SERVER", None)
    # Identity keys go to an in-memory keyring, never the developer's own keyring.
    keyring.set_keyring(MemoryKeyring())


def pytest_unconfigure(config: pytest.Config) -> None:
    if _xvfb is not None:
        stop(_xvfb)


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Free each test's leftovers here, on the main thread.

    Python's cycle collector runs on whichever thread happens to allocate — capture,
    codec or injector threads here. A Qt object freed there cannot stop its timers
    ("Timers cannot be stopped from another thread"), and the next timer event then hits
    freed memory: the segfaults seen in long runs.
    """
    yield
    gc.collect()


_QTBOT_WAITS = (
    "waitActive",
    "waitExposed",
    "waitSignal",
    "waitSignals",
    "waitUntil",
    "waitCallback",
)


def _scaled_wait(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wait(*args: Any, timeout: int | None = 5000, **kwargs: Any) -> Any:
        if timeout is not None and timeout > 0:
            timeout = int(timeout * TIMEOUT_SCALE)
        return method(*args, timeout=timeout, **kwargs)

    return wait


@pytest.fixture
def qtbot(qtbot: Any) -> Any:
    """pytest-qt's qtbot with every wait's timeout (5 s unless given) multiplied by
    ASSIST_TEST_TIMEOUT_SCALE, like every other wall-clock bound in the tests."""
    for name in _QTBOT_WAITS:
        setattr(qtbot, name, _scaled_wait(getattr(qtbot, name)))
    return qtbot


@pytest.fixture
def xdisplay() -> str:
    """The virtual X display the home user's screen lives on (skips without Xvfb)."""
    if not has_display():
        missing("Xvfb", "needs an X display; scripts/setup.sh installs it")
    return os.environ["DISPLAY"]


@pytest.fixture
def qloop(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    """An asyncio loop that runs inside Qt's (qasync), so apps and aiortc run together."""
    import qasync

    from assist_ui.theme import STYLE_SHEET

    qapp.setStyleSheet(STYLE_SHEET)  # type: ignore[attr-defined]
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    # Finish what is still pending (aiortc's transports) inside the loop, as asyncio.run
    # does; otherwise their coroutines are collected later with no loop to run on.
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()  # also stops qasync's resolver thread
    asyncio.set_event_loop(None)
    del loop
    gc.collect()


@pytest.fixture
def translations(qapp: object) -> Iterator[object]:
    """The apps' translation switcher, set to English, and back to English afterwards
    (a translator left installed would change the words of every later test)."""
    from assist_ui.app import Translations

    switcher = Translations(qapp)  # type: ignore[arg-type]
    switcher.switch("en")
    yield switcher
    switcher.switch("en")
