"""Loan-device mode: the app keeps nothing on this computer after it closes.

For a shared, locked-down computer (a library's, a loan laptop): the person's settings
and the helper app's past help stay in this process's memory (`settings.keep_nothing`).
What other libraries would write on their own — fontconfig's and Mesa's caches, Qt's
shader cache, its runtime folder when the desktop sets none, Python's temporary files —
goes to one private folder (mode 0700) made for this run in the temporary folder and
removed when the app ends. Only a killed process (SIGKILL, a power cut) can leave that
folder behind; nothing ever goes under the home folder. No Qt here: call `start()`
before Qt is loaded, because Qt and fontconfig read these variables when they start.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from . import settings

_private: Path | None = None


def start() -> Path:
    """Switch this process to keep-nothing mode; returns the private folder (made once)."""
    global _private
    settings.keep_nothing()
    if _private is not None:
        return _private
    _private = Path(tempfile.mkdtemp(prefix="assist-loan-"))  # mode 0700
    atexit.register(remove)
    caches = _private / "cache"
    caches.mkdir()
    os.environ["XDG_CACHE_HOME"] = str(caches)  # fontconfig, Mesa, Qt's own caches
    os.environ["MESA_SHADER_CACHE_DISABLE"] = "true"
    os.environ["MESA_GLSL_CACHE_DISABLE"] = "true"
    os.environ["QT_DISABLE_SHADER_DISK_CACHE"] = "1"
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    sys.dont_write_bytecode = True  # a source checkout would write __pycache__
    if sys.platform.startswith("linux") and not os.environ.get("XDG_RUNTIME_DIR"):
        # Qt would otherwise make /tmp/runtime-<user> and leave it there.
        runtime = _private / "runtime"
        runtime.mkdir(mode=0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    # Anything that asks for a temporary file gets it inside the private folder.
    os.environ["TMPDIR"] = str(_private)
    tempfile.tempdir = str(_private)
    return _private


def private_folder() -> Path | None:
    """The private folder of this run, or None when not in loan-device mode."""
    return _private


def remove() -> None:
    """Remove the private folder and everything in it (runs at exit)."""
    global _private
    if _private is not None:
        shutil.rmtree(_private, ignore_errors=True)
        _private = None
