"""What the bundles take from the computer: the libraries docs/INSTALL.md promises a
desktop has, and nothing else.

Two views of the same promise. Linked: every library a carried file names (ELF NEEDED)
that the bundle does not carry must be in `SYSTEM_LIBRARIES`. Loaded: every shared
library a running bundled app has mapped from outside its folder must be one of those,
something one of those needs in turn (`ldd`), or part of the computer's OpenGL driver.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

# The contract, by soname: glibc, the C++ runtime, zlib, X11/xcb, OpenGL/EGL, fonts and
# D-Bus (docs/INSTALL.md, "What the bundle expects from the computer").
SYSTEM_LIBRARIES = frozenset(
    {
        # glibc (libc6)
        "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libmvec.so.1", "libdl.so.2",
        "libpthread.so.0", "librt.so.1", "libutil.so.1", "libresolv.so.2",
        # the C and C++ runtime (libgcc-s1, libstdc++6), zlib (zlib1g)
        "libgcc_s.so.1", "libstdc++.so.6", "libz.so.1",
        # X11 (libx11-6, libx11-xcb1, libxcb1)
        "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1",
        # OpenGL and EGL through the vendor-neutral loaders (libgl1, libegl1)
        "libGL.so.1", "libEGL.so.1",
        # fonts (libfontconfig1, libfreetype6), D-Bus (libdbus-1-3)
        "libfontconfig.so.1", "libfreetype.so.6", "libdbus-1.so.3",
    }
)  # fmt: skip
# Only Qt's Wayland plugin names these; on an X11 desktop they may be absent.
WAYLAND_ONLY = frozenset(
    {"libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1"}
)
# OpenGL drivers the loaders above open by themselves (Mesa, or a vendor's).
DRIVER = re.compile(r"(_dri\.so|^libGLX_|^libEGL_|^libgallium|^libglapi|^libvulkan_)")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    """The sonames an ELF file names as NEEDED."""
    dynamic = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def taken_from_the_system(bundle: Path) -> dict[str, list[str]]:
    """Each soname a carried file needs that the bundle does not carry → who needs it."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    carried = {p.name for p in bundle.rglob("*.so*")}
    outside: dict[str, list[str]] = {}
    for file in files:
        for name in needed(file):
            if name not in carried:
                outside.setdefault(name, []).append(str(file.relative_to(bundle)))
    return outside


@cache
def _resolved(soname: str) -> str | None:
    """Where the dynamic linker finds a soname on this computer (ldconfig's cache)."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split(" (")[0] == soname and "x86-64" in parts[0]:
            return parts[1]
    return None


@cache
def _ldd_names(path: str) -> frozenset[str]:
    listing = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
    return frozenset(line.split()[0] for line in listing.splitlines() if "=>" in line)


def allowed_at_run_time(mapped: list[str]) -> set[str]:
    """The contract's libraries, what they need in turn, and the GL driver stack found
    among `mapped` with what it needs."""
    allowed = set(SYSTEM_LIBRARIES | WAYLAND_ONLY)
    for soname in SYSTEM_LIBRARIES:
        if (path := _resolved(soname)) is not None:
            allowed |= _ldd_names(path)
    for path in mapped:
        if DRIVER.search(Path(path).name):
            allowed |= {soname(path)} | _ldd_names(path)
    return allowed


def mapped_libraries(pid: int) -> list[str]:
    """Every shared library file a running process has mapped."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    paths = {line.split(None, 5)[5] for line in maps.splitlines() if len(line.split(None, 5)) == 6}
    return sorted(p for p in paths if ".so" in Path(p).name and p.startswith("/"))


@cache
def soname(path: str) -> str:
    """A library file's own name for itself (libEGL.so.1.1.0 → libEGL.so.1)."""
    dynamic = subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return found.group(1) if found else Path(path).name


def loaded_from_outside(mapped: list[str], bundle: Path) -> list[str]:
    """The mapped libraries from outside the bundle that the contract does not allow."""
    outside = [p for p in mapped if not p.startswith(str(bundle))]
    allowed = allowed_at_run_time(outside)
    # gconv modules (glibc's character sets) are glibc's own files.
    return [p for p in outside if soname(p) not in allowed and "/gconv/" not in p]
