"""A broken assist.toml next to the bundled helper app: the home user reads a plain
window in their language, the organisation reads the line on stderr, and the app
exits with code 2 without starting."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.bundle.desktop import Accessibility, Desktop, bare_env, executable
from tests.support.processes import stop

pytestmark = pytest.mark.bundle
AGENT = "assist-agent"


def test_a_broken_file_beside_the_program_stops_it_plainly(
    bundles: None, desktop: Desktop, a11y: Accessibility, tmp_path: Path
) -> None:
    """assist.toml beside the executable is read; one wrong value → a translated
    window with a Close button, the file and line on stderr, exit code 2."""
    folder = tmp_path / AGENT  # a copy of the bundle: the program and a link to the rest
    folder.mkdir()
    shutil.copy2(executable(AGENT), folder / AGENT)
    (folder / "_internal").symlink_to(executable(AGENT).parent / "_internal")
    (folder / "assist.toml").write_text(
        'pairing_server = "wss://assist.example.org/v1"\nloan_device = "yes"\n'
    )
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    app = subprocess.Popen(
        [str(folder / AGENT), "--lang", "fi"],
        env=bare_env(home, tmp, desktop.home_display, desktop.bus),
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert a11y.press(AGENT, "closeButton") == "Sulje"
        assert app.wait(20) == 2
    finally:
        stop(app)
    assert app.stderr is not None
    said = app.stderr.read()
    assert f"{folder}/assist.toml, line 2: loan_device must be true or false" in said
    assert list(home.iterdir()) == []
