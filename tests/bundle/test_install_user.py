"""Desktop integration: the menu entries and AppStream metadata validate, and
install-user.sh puts a bundle under ~/.local without admin rights and takes all of it
away again."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.bundle.desktop import SYSTEM_PATH, executable, files_under, missing_bundles
from tests.support import REPO
from tests.support.requires import missing
from tests.support.timing import TIMEOUT_SCALE

DESKTOP = REPO / "packaging" / "desktop"
IDS = {"assist-agent": "fi.assist.Agent", "assist-client": "fi.assist.Client"}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        missing(name, "scripts/setup.sh installs it")
    return found


@pytest.mark.parametrize("app_id", sorted(IDS.values()))
def test_the_appstream_metadata_validates(app_id: str) -> None:
    """appstreamcli validate (offline) accepts each app's metainfo."""
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(DESKTOP / f"{app_id}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("app_id", sorted(IDS.values()))
def test_the_menu_entry_validates(app_id: str, tmp_path: Path) -> None:
    """desktop-file-validate accepts each menu entry once the program's path is filled in."""
    entry = tmp_path / f"{app_id}.desktop"
    text = (DESKTOP / f"{app_id}.desktop").read_text()
    entry.write_text(text.replace("@EXEC@", '"/home/someone/.local/lib/assist/x/x"'))
    done = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def install_user(home: Path, *args: str, script: Path | None = None) -> str:
    script = script or executable("assist-agent").parent / "install-user.sh"
    done = subprocess.run(
        ["bash", str(script), *args],
        env={"PATH": SYSTEM_PATH, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120 * TIMEOUT_SCALE,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.bundle
def test_install_then_uninstall_leaves_nothing(tmp_path: Path) -> None:
    """Both apps install under ~/.local (program, link in ~/.local/bin, menu entry, icon,
    AppStream file); the installed program finds assist.toml beside itself through the
    link; --uninstall removes every file and every folder the install made."""
    if reason := missing_bundles("assist-agent", "assist-client"):
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
    home = tmp_path / "home"
    home.mkdir()
    install_user(home)  # the script in dist/assist-agent installs its own folder
    install_user(home, str(executable("assist-client").parent))
    local = home / ".local"
    for app, app_id in IDS.items():
        program = local / "lib" / "assist" / app / app
        assert (local / "bin" / app).resolve() == program.resolve()
        entry = (local / "share" / "applications" / f"{app_id}.desktop").read_text()
        assert f'Exec="{program}"' in entry
        assert (
            local / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
        ).is_file()
        assert (local / "share" / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    (local / "lib" / "assist" / "assist-agent" / "assist.toml").write_text('language = "sv"\n')
    checked = subprocess.run(
        [str(local / "bin" / "assist-agent"), "--check-config"],
        env={"PATH": SYSTEM_PATH, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60 * TIMEOUT_SCALE,
    )
    assert checked.stdout.strip() == f"{local}/lib/assist/assist-agent/assist.toml: fine"

    install_user(home, "--uninstall", "assist-agent")
    assert not (local / "bin" / "assist-agent").exists()
    assert (local / "bin" / "assist-client").exists()  # the other app stays
    install_user(home, "--uninstall")
    assert files_under(home) == []


@pytest.mark.bundle
def test_uninstall_keeps_what_was_there_before(tmp_path: Path) -> None:
    """Folders that existed before the install (an empty ~/.local/bin, a menu folder with
    other entries) are still there after --uninstall; only our files are gone."""
    if reason := missing_bundles("assist-agent"):
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    before = files_under(home)
    install_user(home)
    install_user(home)  # again: an update replaces the bundle
    install_user(home, "--uninstall")
    assert files_under(home) == before
