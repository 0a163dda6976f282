"""What each bundle carries, and which libraries it leaves to the computer."""

from __future__ import annotations

import pytest

from tests.bundle.desktop import executable, missing_bundles
from tests.bundle.libraries import SYSTEM_LIBRARIES, WAYLAND_ONLY, taken_from_the_system
from tests.support.requires import missing

pytestmark = pytest.mark.bundle

APPS = ("assist-agent", "assist-client")
LANGUAGES = ("fi", "sv", "en", "ru", "et", "ar", "so", "uk")


@pytest.fixture(params=APPS)
def bundle(request: pytest.FixtureRequest):
    if reason := missing_bundles(request.param):
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
    return executable(request.param).parent


def test_only_the_documented_libraries_come_from_the_computer(bundle) -> None:
    """Every library a carried file links to is carried, or in the documented list
    (glibc, C++ runtime, zlib, X11/xcb, OpenGL/EGL, fontconfig/FreeType, D-Bus)."""
    outside = taken_from_the_system(bundle / "_internal")
    unexpected = {k: v[:3] for k, v in outside.items() if k not in SYSTEM_LIBRARIES | WAYLAND_ONLY}
    assert unexpected == {}


def test_the_bundle_carries_what_the_app_needs(bundle) -> None:
    """Compiled translations (and no .ts that would be recompiled into the folder), Qt's
    X11 platform plugin, libvpx from PyAV's wheel, the desktop files and the example."""
    inside = bundle / "_internal"
    carried = {p.name for p in (inside / "i18n" / "translations").iterdir()}
    assert carried == {f"assist_{lang}.qm" for lang in LANGUAGES}
    assert (inside / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert list((inside / "av.libs").glob("libvpx*.so*"))
    assert not list(inside.rglob("libqgtk3.so"))  # dropped with its GTK libraries
    for name in ("assist.example.toml", "install-user.sh", "share"):
        assert (bundle / name).exists(), name
    assert not (bundle / "assist.toml").exists()  # only --config FILE at build time adds it


def test_the_helper_app_carries_libyuv() -> None:
    """BGRA→I420 with libyuv (0.3 ms instead of ~6 ms at 1080p) travels with the helper app."""
    if reason := missing_bundles("assist-agent"):
        missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
    assert (executable("assist-agent").parent / "_internal" / "libyuv.so.0").is_file()


def test_the_packed_copies_unpack_to_the_same_folders() -> None:
    """dist/APP.tar.gz holds APP/APP at its top: unpack it anywhere and start it."""
    import tarfile

    for app in APPS:
        if reason := missing_bundles(app):
            missing("the one-folder bundle (bash packaging/build-bundle.sh)", reason)
        packed = executable(app).parent.parent / f"{app}.tar.gz"
        with tarfile.open(packed) as archive:
            member = archive.getmember(f"{app}/{app}")
            assert member.isfile() and member.mode & 0o111
