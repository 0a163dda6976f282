"""Desktop integration: the menu entries and AppStream metadata validate, and
install-user.sh puts a bundle under ~/.local without admin rights and takes all of it
away again. After a real per-user install an organisation's `.assist-org` file is of our
type and opens the helper app (the desktop's own tool, gio, asked in the installed home);
after the uninstall nothing of ours is left, also not in the desktop's caches."""

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
ORG_TYPE = "application/x-assist-organisation"


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


def desktop_env(home: Path) -> dict[str, str]:
    """What a desktop session of this user would have (the default data folders)."""
    return {
        "PATH": SYSTEM_PATH, "HOME": str(home), "XDG_DATA_DIRS": "/usr/share",
        "XDG_CONFIG_HOME": str(home / ".config"), "LANG": "C.UTF-8",
    }  # fmt: skip


def gio(home: Path, *args: str) -> str:
    done = subprocess.run(
        [tool("gio"), *args], env=desktop_env(home), capture_output=True, text=True,
        timeout=30 * TIMEOUT_SCALE, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def opens_with(home: Path) -> str:
    """What the desktop says opens an organisation's file (gio mime), and the type a
    downloaded `.assist-org` file gets (gio info)."""
    offered = home / "Downloads" / "espoo.assist-org"
    offered.parent.mkdir(exist_ok=True)
    offered.write_text("assist-org-v1:eyJ9\n")
    kind = gio(home, "info", "-a", "standard::content-type", str(offered))
    offered.unlink()
    offered.parent.rmdir()
    return gio(home, "mime", ORG_TYPE) + kind


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
    AppStream file, the helper app's file type); the desktop then opens an `.assist-org`
    file with the installed helper app; the installed program finds assist.toml beside
    itself through the link; --uninstall removes every file and every folder the install
    made, the desktop's caches it made included, and the file type is gone."""
    if reason := missing_bundles("assist-agent", "assist-client"):
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
    home = tmp_path / "home"
    home.mkdir()
    assert f"No default applications for “{ORG_TYPE}”" in gio(home, "mime", ORG_TYPE)
    install_user(home)  # the script in dist/assist-agent installs its own folder
    install_user(home, str(executable("assist-client").parent))
    local = home / ".local"
    assert (local / "share" / "mime" / "packages" / "fi.assist.Agent.mime.xml").is_file()
    opened = opens_with(home)
    assert f"Default application for “{ORG_TYPE}”: fi.assist.Agent.desktop" in opened
    assert f"standard::content-type: {ORG_TYPE}" in opened
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
    opened = opens_with(home)
    assert "fi.assist.Agent" not in opened  # no app opens it now
    assert f"standard::content-type: {ORG_TYPE}" not in opened  # nor is the type known
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


@pytest.mark.bundle
def test_the_desktops_own_caches_are_kept_and_brought_up_to_date(tmp_path: Path) -> None:
    """A user who already has file types and an "open with" cache of their own: both are
    still there after install and uninstall, up to date (ours in them while installed,
    gone after), and theirs still works."""
    if reason := missing_bundles("assist-agent", "assist-client"):
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
    home = tmp_path / "home"
    data = home / ".local" / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "mime" / "packages" / "notes.xml").write_text(
        '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/'
        'shared-mime-info"><mime-type type="text/x-my-notes"><comment>Notes</comment>'
        '<glob pattern="*.mynotes"/></mime-type></mime-info>\n'
    )
    (data / "applications").mkdir()
    (data / "applications" / "notes.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Notes\nExec=true %f\nMimeType=text/x-my-notes;\n"
    )
    subprocess.run([tool("update-mime-database"), str(data / "mime")], check=True,
                   capture_output=True, env=desktop_env(home))  # fmt: skip
    subprocess.run([tool("update-desktop-database"), str(data / "applications")], check=True,
                   capture_output=True, env=desktop_env(home))  # fmt: skip
    before = files_under(home)
    install_user(home, str(executable("assist-client").parent))
    install_user(home)
    cache = (data / "applications" / "mimeinfo.cache").read_text()
    assert f"{ORG_TYPE}=fi.assist.Agent.desktop;" in cache
    assert "text/x-my-notes=notes.desktop;" in cache
    install_user(home, "--uninstall", "assist-client")  # the other order of leaving
    install_user(home, "--uninstall", "assist-agent")
    assert files_under(home) == before
    cache = (data / "applications" / "mimeinfo.cache").read_text()
    assert ORG_TYPE not in cache and "text/x-my-notes=notes.desktop;" in cache
    assert ORG_TYPE not in (data / "mime" / "globs2").read_text()
    assert "Default application for “text/x-my-notes”: notes.desktop" in gio(
        home, "mime", "text/x-my-notes"
    )


@pytest.mark.bundle
def test_leaving_in_either_order_leaves_nothing(tmp_path: Path) -> None:
    """The supporter app first, the helper app second: the caches the installs made are
    removed by whichever app leaves last."""
    if reason := missing_bundles("assist-agent", "assist-client"):
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
    home = tmp_path / "home"
    home.mkdir()
    install_user(home, str(executable("assist-client").parent))
    install_user(home)
    assert "fi.assist.Agent.desktop" in opens_with(home)
    install_user(home, "--uninstall", "assist-client")
    assert "fi.assist.Agent.desktop" in opens_with(home)  # the helper app still opens it
    install_user(home, "--uninstall", "assist-agent")
    assert files_under(home) == []
