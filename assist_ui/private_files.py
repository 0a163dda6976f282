"""Files only this person may read: folders 0700, files 0600, also when they already exist.

The helper app keeps past help (names, chat) and settings in the person's data folder.
Other accounts on a shared computer must not read them. On Windows the mode bits mean
little; the folder under LOCALAPPDATA is already the user's own.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Create `path` (and parents) if needed and make it 0700; return it."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, FOLDER_MODE)
    return path


def make_private(path: Path) -> None:
    """Make an existing file 0600 and its folder 0700 (files made by older versions)."""
    with contextlib.suppress(OSError):
        if path.exists():
            os.chmod(path, FILE_MODE)
            os.chmod(path.parent, FOLDER_MODE)


def append_private(path: Path, text: str) -> None:
    """Append `text` to a file that is created 0600 in a 0700 folder."""
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    with os.fdopen(fd, "a", encoding="utf-8") as out:
        os.chmod(path, FILE_MODE)
        out.write(text)


def replace_private(path: Path, text: str) -> None:
    """Write `text` to `path` at once (a 0600 temporary file, then rename)."""
    private_folder(path.parent)
    partial = path.with_name(path.name + ".tmp")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(partial, FILE_MODE)
    os.replace(partial, path)
