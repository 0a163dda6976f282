"""`pip install ".[server]"` in a fresh venv gives a working pairing server, without Qt,
aiortc or PyAV: the documented server install and the Containerfile's (docs/INSTALL.md).

It needs the package index (PyPI, or the machine's pip configuration) for websockets and
redis; about 10 s here with pip's cache warm.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.request
import venv
from pathlib import Path

import pytest

from tests.support import REPO
from tests.support.processes import stop
from tests.support.services import quiet_port, wait_for_port
from tests.support.timing import TIMEOUT_SCALE

pytestmark = pytest.mark.bundle

SOURCE = ("pyproject.toml", "README.md")
PACKAGES = (
    "assist_agent", "assist_client", "assist_session", "assist_media", "assist_ui",
    "signaling", "crypto", "i18n",
)  # fmt: skip


@pytest.fixture(scope="module")
def server_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site-packages) with `pip install "<copy of the tree>[server]"`."""
    root = tmp_path_factory.mktemp("server-install")
    tree = root / "assist"
    tree.mkdir()
    for name in SOURCE:
        shutil.copy2(REPO / name, tree / name)
    for package in PACKAGES:
        shutil.copytree(
            REPO / package, tree / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(root / "venv")
    python = root / "venv" / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            f"{tree}[server]",
        ],
        check=True,
        timeout=300 * TIMEOUT_SCALE,
    )
    return root / "venv"


def test_the_server_install_has_no_app_dependencies(server_venv: Path) -> None:
    """Only the server's dependencies: no PySide6, aiortc, av or numpy. (`cryptography`
    is the server's own since it checks supporters' certificates: signaling/verified.py.)"""
    listed = subprocess.run(
        [str(server_venv / "bin" / "python"), "-m", "pip", "list", "--format", "json"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    names = {entry["name"].lower() for entry in json.loads(listed)}
    assert {"websockets", "redis", "assist"} <= names
    assert names.isdisjoint(
        {"pyside6-essentials", "aiortc", "av", "aioice", "numpy", "spake2", "qasync", "mss"}
    )


def test_every_server_module_imports_without_the_app_extra(server_venv: Path, tmp_path) -> None:
    """Each module of the installed `signaling` package imports in that venv: the server
    needs nothing from the apps' extra (import-linter checks the same from the source)."""
    script = (
        "import importlib, pkgutil, signaling\n"
        "for m in pkgutil.walk_packages(signaling.__path__, 'signaling.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [str(server_venv / "bin" / "python"), "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_the_installed_server_answers_healthz(server_venv: Path, tmp_path: Path) -> None:
    """assist-signaling from that venv starts, and /healthz answers 200."""
    command = server_venv / "bin" / "assist-signaling"
    shown = subprocess.run([str(command), "--help"], capture_output=True, text=True, check=True)
    assert "assist-signaling" in shown.stdout
    port = quiet_port()
    server = subprocess.Popen(
        [str(command), "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp_path,  # not the source tree: only the installed copy can be imported
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, 10)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
            assert answer.status == 200
    finally:
        assert stop(server) == 0  # SIGTERM: a clean shutdown
