"""A real headless Wayland desktop for the portal tests: mutter, PipeWire and the portal.

`WaylandDesktop` starts, on a private D-Bus session bus (`dbus-run-session`) and in a
private XDG_RUNTIME_DIR:

- PipeWire and WirePlumber (the screen streams travel through them);
- mutter 43 `--headless --virtual-monitor WxH --wayland --no-x11`: a compositor with one
  virtual monitor that offers org.gnome.Mutter.ScreenCast / RemoteDesktop;
- xdg-desktop-portal-gnome (the desktop's question: a GTK 4 dialog) and
  xdg-desktop-portal (org.freedesktop.portal.Desktop, the API the helper app uses).

`answer(...)` answers the desktop's question the way a person would: through the
accessibility bus (AT-SPI, tests/support/atspi_answer.py under the system Python),
ticking "Allow remote interaction" when asked, choosing the monitor, pressing Share or
Cancel. Nothing is faked: the portal gets a real click on its real dialog.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE

SYSTEM_PYTHON = "/usr/bin/python3"
HERE = Path(__file__).resolve().parent
LIBEXEC = Path("/usr/libexec")
PARTS = {
    "dbus-run-session": shutil.which("dbus-run-session"),
    "mutter": shutil.which("mutter"),
    "pipewire": shutil.which("pipewire"),
    "wireplumber": shutil.which("wireplumber"),
    "xdg-desktop-portal": str(LIBEXEC / "xdg-desktop-portal"),
    "xdg-desktop-portal-gnome": str(LIBEXEC / "xdg-desktop-portal-gnome"),
    "at-spi2-core": str(LIBEXEC / "at-spi-bus-launcher"),  # the dialog is answered over it
}


def missing_parts() -> list[str]:
    """The programs and modules the Wayland tests need that this machine lacks."""
    gone = [name for name, path in PARTS.items() if not path or not Path(path).exists()]
    probe = (
        "import gi; gi.require_version('Gst', '1.0'); gi.require_version('Atspi', '2.0');"
        "from gi.repository import Gst, Atspi; Gst.init(None);"
        "assert Gst.ElementFactory.find('pipewiresrc')"
    )
    if (
        not Path(SYSTEM_PYTHON).exists()
        or subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True, check=False).returncode
    ):
        gone.append("python3-gst-1.0 + gstreamer1.0-pipewire + gir1.2-atspi-2.0")
    return gone


class WaylandDesktop:
    """One headless GNOME-like Wayland session; use as a context manager."""

    def __init__(self, size: tuple[int, int] = (1280, 720), *more: tuple[int, int]) -> None:
        self.size = size  # the first monitor's; `more` are further monitors to its right
        self.monitors = [size, *more]
        self.dir = Path(tempfile.mkdtemp(prefix="assist-wl-"))
        self.runtime = self.dir / "run"
        self.runtime.mkdir(mode=0o700)
        self.display = "assist-wl-0"
        self.env: dict[str, str] = {}
        self._procs: list[subprocess.Popen[bytes]] = []

    # -- start and stop --------------------------------------------------------------
    def __enter__(self) -> WaylandDesktop:
        atexit.register(self.close)  # even when pytest dies early
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> None:
        base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
        # The bus starts the accessibility bus itself: its socket must be ours too, not
        # the user's ~/.cache/at-spi (shared with anything else on the machine).
        base["XDG_RUNTIME_DIR"] = str(self.runtime)
        address_file = self.dir / "bus"
        bus = self._spawn(
            "dbus",
            ["dbus-run-session", "--", "sh", "-c",
             f'echo "$DBUS_SESSION_BUS_ADDRESS" > {address_file}.tmp && '
             f"mv {address_file}.tmp {address_file} && exec sleep 100000"],
            base,
        )  # fmt: skip
        self._wait(lambda: address_file.exists(), "the private D-Bus session bus", bus)
        self.env = {
            **base,
            "DBUS_SESSION_BUS_ADDRESS": address_file.read_text().strip(),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CURRENT_DESKTOP": "GNOME",
            "XDG_SESSION_TYPE": "wayland",
            "WAYLAND_DISPLAY": self.display,
            "GTK_A11Y": "atspi",
            "NO_AT_BRIDGE": "0",
        }
        pw = self._spawn("pipewire", ["pipewire"])
        self._wait(lambda: (self.runtime / "pipewire-0").exists(), "PipeWire", pw)
        self._spawn("wireplumber", ["wireplumber"])
        monitors = [arg for w, h in self.monitors for arg in ("--virtual-monitor", f"{w}x{h}")]
        mutter = self._spawn(
            "mutter",
            ["mutter", "--headless", *monitors, "--wayland", "--no-x11",
             "--wayland-display", self.display],
        )  # fmt: skip
        self._wait(lambda: (self.runtime / self.display).exists(), "mutter's socket", mutter)
        self._wait(lambda: self._has_name("org.gnome.Mutter.RemoteDesktop"), "mutter", mutter)
        # The portal's activation would start them with the bus's environment, which
        # has no WAYLAND_DISPLAY: start them ourselves, with ours.
        gnome = self._spawn("portal-gnome", [PARTS["xdg-desktop-portal-gnome"] or ""])
        self._wait(
            lambda: self._has_name("org.freedesktop.impl.portal.desktop.gnome"),
            "xdg-desktop-portal-gnome", gnome,
        )  # fmt: skip
        portal = self._spawn("portal", [PARTS["xdg-desktop-portal"] or ""])
        self._wait(lambda: self._has_name("org.freedesktop.portal.Desktop"), "the portal", portal)

    def close(self) -> None:
        for proc in reversed(self._procs):
            stop(proc)
            # What the bus started for us (the accessibility bus, the permission store)
            # is in the same process group: none of it may outlive the test.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
        self._procs.clear()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _spawn(
        self, name: str, argv: list[str], env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        log = open(self.dir / f"{name}.log", "wb")  # noqa: SIM115 - the process keeps it
        proc = subprocess.Popen(
            argv, env=env or self.env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        log.close()
        self._procs.append(proc)
        return proc

    def _wait(self, ready: object, what: str, proc: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + 20 * TIMEOUT_SCALE
        while not ready():  # type: ignore[operator]
            if proc.poll() is not None:
                raise RuntimeError(f"{what} exited ({proc.returncode}): {self.logs()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start: {self.logs()}")
            time.sleep(0.05)

    def _has_name(self, name: str) -> bool:
        from jeepney import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        with open_dbus_connection(bus=self.env["DBUS_SESSION_BUS_ADDRESS"]) as conn:
            (owned,) = Proxy(message_bus, conn).NameHasOwner(name)
        return bool(owned)

    def logs(self) -> str:
        """The last lines of every part's log, for a failure message."""
        parts = []
        for path in sorted(self.dir.glob("*.log")):
            lines = path.read_text(errors="replace").splitlines()[-8:]
            parts.append(f"--- {path.name}\n" + "\n".join(lines))
        return "\n".join(parts)

    # -- the desktop's question ------------------------------------------------------
    def answer(
        self,
        button: str = "Share",
        *,
        allow_control: bool = True,
        timeout: float = 30.0,
        monitor: int = 1,
    ) -> subprocess.Popen[str]:
        """Answer the portal's next dialog through AT-SPI, in the background, choosing
        the `monitor`-th screen of its list.

        Returns the answering process: `wait()` on it; its stdout says what it did.
        """
        return subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "atspi_answer.py"), button,
             "control" if allow_control else "view", str(timeout * TIMEOUT_SCALE),
             str(monitor)],
            env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

    # -- Wayland clients -------------------------------------------------------------
    def client(self, script: Path, *args: str) -> subprocess.Popen[str]:
        """Run a Qt program as a Wayland client of this compositor (line-buffered stdout)."""
        env = {**self.env, "QT_QPA_PLATFORM": "wayland", "PYTHONUNBUFFERED": "1"}
        return subprocess.Popen(
            [sys.executable, str(script), *args], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
        )  # fmt: skip
