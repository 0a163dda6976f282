"""PyInstaller run-time hook: runs in the bundle before the app's own code.

- libyuv is loaded by name (`ctypes.CDLL("libyuv.so.0")` in assist_media/convert.py).
  The bundle carries a copy; loading it here by its full path first means the name then
  finds that copy, not whatever the computer has (or lacks).
- The bundle carries OpenSSL from the build machine, which looks for the trusted
  certificates where the build machine's distribution keeps them. On a computer that
  keeps them elsewhere, point OpenSSL at the computer's own list (wss:// needs it).
"""

import contextlib
import ctypes
import os
import ssl
import sys
from pathlib import Path

# Where Linux distributions keep the trusted certificates as one file.
_CERTIFICATE_FILES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # Alpine, macOS
)

if sys.platform.startswith("linux"):
    _carried = Path(getattr(sys, "_MEIPASS", "")) / "libyuv.so.0"
    if _carried.exists():
        with contextlib.suppress(OSError):  # else the app converts with PyAV and logs it
            ctypes.CDLL(str(_carried), mode=ctypes.RTLD_GLOBAL)

    _paths = ssl.get_default_verify_paths()
    _found = any(p and os.path.exists(p) for p in (_paths.cafile, _paths.capath))
    if not _found and not os.environ.get("SSL_CERT_FILE"):
        for _candidate in _CERTIFICATE_FILES:
            if os.path.isfile(_candidate):
                os.environ["SSL_CERT_FILE"] = _candidate
                break
