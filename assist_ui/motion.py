"""Whether the desktop asks for less animation: the apps then keep still."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path


def prefers_reduced_motion() -> bool:
    """Whether the desktop asks for less animation (ASSIST_REDUCED_MOTION overrides)."""
    forced = os.environ.get("ASSIST_REDUCED_MOTION")
    if forced is not None:
        return forced.strip().lower() in ("1", "true", "yes", "on")
    # Qt 6.11 does not expose the setting, so ask the two common desktops directly.
    return _gnome_animations_off() or _kde_animations_off()


def _gnome_animations_off() -> bool:
    if shutil.which("gsettings") is None:
        return False
    try:
        done = subprocess.run(
            ["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"],
            capture_output=True,
            text=True,
            timeout=1,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and done.stdout.strip() == "false"


def _kde_animations_off() -> bool:
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    try:
        parser.read(config_home / "kdeglobals", encoding="utf-8")
        return parser.getfloat("KDE", "AnimationDurationFactor", fallback=1.0) == 0.0
    except (configparser.Error, ValueError, UnicodeDecodeError):
        return False
