"""The bundled apps, on a bare machine state, carry a whole real help session.

Both apps run from dist/ with an empty HOME, a PATH without the venv, no source tree on
their path, each on its own X screen, against the real pairing server: the home user
gets a code, the supporter types it, the home user allows, the supporter's window shows
the home user's screen in the right colours, the home user presses Stop, and both apps
close cleanly. In loan-device mode the helper app runs with its /tmp replaced by a
folder the test lists: afterwards neither that nor its HOME holds a single new file
(nor the supporter app's HOME and TMPDIR, also in loan-device mode).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bundle.desktop import (
    Accessibility,
    Desktop,
    bare_env,
    executable,
    files_under,
    grab,
    pattern_on,
    pattern_shown,
    private_tmp_command,
)
from tests.bundle.libraries import loaded_from_outside, mapped_libraries
from tests.support import REPO
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE

pytestmark = pytest.mark.bundle

AGENT, CLIENT = "assist-agent", "assist-client"
CODE = re.compile(r"(\d{4} \d{4} \d{4} \d)")


def under_tmp(path: Path) -> bool:
    """Whether a private /tmp would hide `path` (a checkout or CI clone may live there)."""
    return path.resolve().is_relative_to("/tmp")


@pytest.fixture
def machine() -> Iterator[Path]:
    """Folders for one run outside /tmp (the loan-device run replaces /tmp)."""
    base = Path("/var/tmp/assist-bundle-tests") if under_tmp(REPO) else REPO / "build"
    root = base / "bundle-tests" / uuid.uuid4().hex[:12]
    for name in ("home", "tmp", "supporter-home", "supporter-tmp"):
        (root / name).mkdir(parents=True)
    try:
        yield root
    finally:
        subprocess.run(["rm", "-rf", str(root)], check=False)


def help_session(a11y: Accessibility, desktop: Desktop) -> None:
    """Code, consent, a frame with the right colours, Stop: all by pressing buttons."""
    a11y.press(AGENT, "getHelpButton", timeout=60 * TIMEOUT_SCALE)  # includes a cold start
    deadline = time.monotonic() + 20 * TIMEOUT_SCALE
    while not (found := CODE.search(a11y.wait(AGENT, "codeLabel"))):
        assert time.monotonic() < deadline, "the helper app showed no code"
        time.sleep(0.1)
    a11y.set_text(CLIENT, "codeEdit", found.group(1))
    a11y.press(CLIENT, "connectButton")
    # The bundled supporter app has no organisation's certificate: the home user is asked
    # who called whom first, and Allow works only after a pause (issue 16).
    a11y.wait(AGENT, "consentWarning", timeout=30 * TIMEOUT_SCALE)
    a11y.press(AGENT, "iCalledButton")
    asked = a11y.wait(AGENT, "allowButton", enabled=True, timeout=30 * TIMEOUT_SCALE)
    assert asked == "Allow"
    with pattern_on(desktop.home_display):
        time.sleep(0.5)
        assert not pattern_shown(grab(desktop.supporter_display)), "seen before consent"
    a11y.press(AGENT, "allowButton", enabled=True)
    with pattern_on(desktop.home_display):
        deadline = time.monotonic() + 30 * TIMEOUT_SCALE
        while not pattern_shown(grab(desktop.supporter_display)):
            assert time.monotonic() < deadline, "the supporter never saw the home user's screen"
            time.sleep(0.3)
        a11y.press(AGENT, "Stop")
    a11y.wait(AGENT, "againButton", timeout=10 * TIMEOUT_SCALE)
    a11y.wait(CLIENT, "newSessionButton", timeout=10 * TIMEOUT_SCALE)


def closes_cleanly(app: subprocess.Popen[bytes]) -> int:
    """SIGTERM closes the window, as the desktop's close does; the exit code."""
    return stop(app, timeout=10)


@pytest.mark.parametrize("loan_device", [False, True], ids=["installed", "loan-device"])
def test_a_whole_session_with_the_bundled_apps(
    bundles: None,
    desktop: Desktop,
    a11y: Accessibility,
    server_url: str,
    machine: Path,
    loan_device: bool,
) -> None:
    """Both bundles, bare environment, real server: code → allow → picture → Stop; in
    loan-device mode the helper app leaves no file in its HOME or /tmp."""
    home, tmp = machine / "home", machine / "tmp"
    agent_bundle = executable(AGENT).parent
    if loan_device and under_tmp(agent_bundle):
        # Its private /tmp would hide the bundle itself: run a copy from outside /tmp.
        agent_bundle = machine / "bundle"
        shutil.copytree(executable(AGENT).parent, agent_bundle, symlinks=True)
    agent_command = [str(agent_bundle / AGENT), "--server", server_url, "--lang", "en"]
    if loan_device:
        agent_command.append("--loan-device")
        private = private_tmp_command(tmp, agent_command)
        assert private is not None, "loan-device check needs root for a private /tmp"
        agent_command, agent_tmpdir = private, Path("/tmp")
    else:
        agent_tmpdir = tmp
    supporter_command = [str(executable(CLIENT)), "--server", server_url, "--lang", "en"]
    supporter_command += ["--name", "Anna"] + (["--loan-device"] if loan_device else [])
    supporter_home, supporter_tmp = machine / "supporter-home", machine / "supporter-tmp"
    before = files_under(home, tmp, supporter_home, supporter_tmp)
    agent = subprocess.Popen(
        agent_command,
        env=bare_env(home, agent_tmpdir, desktop.home_display, desktop.bus),
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    supporter = subprocess.Popen(
        supporter_command,
        env=bare_env(supporter_home, supporter_tmp, desktop.supporter_display, desktop.bus),
        cwd=supporter_home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        help_session(a11y, desktop)
        loaded = {app.pid: mapped_libraries(app.pid) for app in (agent, supporter)}
    finally:
        agent_code, supporter_code = closes_cleanly(agent), closes_cleanly(supporter)
    assert agent.stderr is not None
    log = agent.stderr.read().decode(errors="replace")
    assert (agent_code, supporter_code) == (0, 0), log[-3000:]
    # The helper app converts with the libyuv it carries, and drives libvpx itself.
    assert f"{agent_bundle}/_internal/libyuv.so.0" in loaded[agent.pid]
    assert "libvpx not usable" not in log
    # Whatever they loaded from the computer is in docs/INSTALL.md's list (or needed by it).
    assert loaded_from_outside(loaded[agent.pid], agent_bundle) == []
    assert loaded_from_outside(loaded[supporter.pid], executable(CLIENT).parent) == []
    after = files_under(home, tmp, supporter_home, supporter_tmp)
    if loan_device:  # both apps: the helper app with a private /tmp, the supporter's TMPDIR
        assert after == before == []
    else:
        # The same listing sees what an installed helper app keeps: its past help.
        assert "home/.local/share/assist/history.jsonl" in after
