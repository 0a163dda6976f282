"""Double-clicking an organisation's file opens the helper app's question (issue 16).

The file type (application/x-assist-organisation, `*.assist-org`, text starting with
`assist-org-v1:`) is declared in packaging/desktop; the menu entry opens it with
`--add-organisation=%f`. Checked with the desktop's own tools in a private data folder:
shared-mime-info names the type, GIO picks our entry for it and launches it with the
file; launched from the menu (no file) the app starts as usual.
"""

from __future__ import annotations

import os
import shlex
import shutil
import stat
import subprocess
import time
from pathlib import Path

from assist_agent.__main__ import parser
from tests.support.requires import missing
from tests.support.timing import TIMEOUT_SCALE

from .keys import NOW, org

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "desktop"
TYPE = "application/x-assist-organisation"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        missing(name, "scripts/setup.sh installs it")
    return found


def desktop_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A data folder with our file type and our menu entry; the entry's program writes
    the arguments it was given to a file (returned)."""
    data = tmp_path / "data"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "applications").mkdir()
    shutil.copy(DESKTOP / "fi.assist.Agent.mime.xml", data / "mime" / "packages")
    said = tmp_path / "arguments"
    program = tmp_path / "assist-agent"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {shlex.quote(str(said))}\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    entry = (DESKTOP / "fi.assist.Agent.desktop").read_text()
    (data / "applications" / "fi.assist.Agent.desktop").write_text(
        entry.replace("@EXEC@", f'"{program}"')
    )
    env = {
        **os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data),
        "XDG_DATA_DIRS": "/usr/share", "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }  # fmt: skip
    for command in (
        [tool("update-mime-database"), str(data / "mime")],
        [tool("update-desktop-database"), str(data / "applications")],
    ):
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)
    return env, said


def wait_for(path: Path, what: str) -> None:
    """The launched program runs on its own; wait (scaled) until it wrote its file."""
    deadline = time.monotonic() + 20 * TIMEOUT_SCALE
    while not path.exists() or not path.read_text().endswith("\n"):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def gio(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [tool("gio"), *args], env=env, capture_output=True, text=True,
        timeout=30 * TIMEOUT_SCALE, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_menu_entry_with_the_file_type_validates(tmp_path: Path) -> None:
    """desktop-file-validate accepts the entry with its MimeType and `%f`."""
    entry = tmp_path / "fi.assist.Agent.desktop"
    text = (DESKTOP / "fi.assist.Agent.desktop").read_text()
    assert f"MimeType={TYPE};" in text and "--add-organisation=%f" in text
    entry.write_text(text.replace("@EXEC@", '"/home/someone/.local/lib/assist/x/x"'))
    done = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_double_clicking_the_file_opens_the_helper_app_with_it(tmp_path: Path) -> None:
    """The exported file is recognised as our type (by name and by its first bytes), our
    entry is its default application, and opening it runs the app with
    `--add-organisation=FILE` (a name with spaces too), which the app reads as the flag."""
    env, said = desktop_env(tmp_path)
    espoo = org()
    offered = tmp_path / "from Espoo.assist-org"
    offered.write_text(espoo.key.anchor(espoo.name, set(), NOW).to_text() + "\n")
    renamed = tmp_path / "espoo-download"
    renamed.write_text(offered.read_text())
    for path in (offered, renamed):
        assert f"standard::content-type: {TYPE}" in gio(
            env, "info", "-a", "standard::content-type", str(path)
        )
    assert f"Default application for “{TYPE}”: fi.assist.Agent.desktop" in gio(env, "mime", TYPE)
    gio(env, "open", str(offered))
    wait_for(said, "the app was started")
    arguments = said.read_text().splitlines()
    assert arguments == [f"--add-organisation={offered}"]
    assert parser().parse_args(arguments).add_organisation == str(offered)


def test_started_from_the_menu_the_app_starts_as_usual(tmp_path: Path) -> None:
    """Without a file `%f` expands to nothing: `--add-organisation=` is empty, so the app
    shows its first screen (not the question)."""
    env, said = desktop_env(tmp_path)
    gio(env, "launch", str(tmp_path / "data" / "applications" / "fi.assist.Agent.desktop"))
    wait_for(said, "the app was started")
    arguments = said.read_text().splitlines()
    assert arguments == ["--add-organisation="]
    assert not parser().parse_args(arguments).add_organisation
