"""Let go of the supporter's keys and buttons even when the helper app dies at once.

Keys and buttons pressed with XTest stay pressed in the X server when the process that
pressed them is killed (kill -9, a crash): the server lets go only when it has no other
clients, and a desktop always has some. A home user would be left with Shift or the left
button held down and no helper app to release it.

So the X11 input sink forks a tiny watcher when it starts. The sink tells it, after every
change, which keycodes and buttons are held for the supporter (one line over a pipe). When
the pipe closes without a goodbye — the helper app is gone, however it went — the watcher
opens its own X connection, releases exactly those, and exits. A clean close says goodbye
first and the watcher just exits.

Why fork and not a new program: the bundled app has no Python to start a module with, and
a fork needs nothing on disk. The child touches only the pipe and python-xlib (pure Python,
already imported); CPython holds the import lock across fork, and the child closes every
other inherited descriptor first, so the session's sockets close when the parent dies.
Linux and other Unix X11 desktops only; Windows and macOS (the portable backend) release
through their own means and have no such server-held state for a dead process.
"""

from __future__ import annotations

import contextlib
import logging
import os

log = logging.getLogger("assist.agent.x11.release")

GOODBYE = b"bye\n"


def _release(display_name: str | None, keys: list[int], buttons: list[int]) -> None:
    import Xlib.display
    import Xlib.ext.xtest
    import Xlib.X

    display = Xlib.display.Display(display_name)
    try:
        for keycode in keys:
            Xlib.ext.xtest.fake_input(display, Xlib.X.KeyRelease, keycode)
        for button in buttons:
            Xlib.ext.xtest.fake_input(display, Xlib.X.ButtonRelease, button)
        display.sync()
    finally:
        display.close()


def parse(line: bytes) -> tuple[list[int], list[int]]:
    """`b"K 50 62;B 1"` → ([50, 62], [1]); anything malformed counts as nothing held."""
    keys: list[int] = []
    buttons: list[int] = []
    try:
        key_part, button_part = line.decode("ascii").strip().split(";")
        keys = [int(code) for code in key_part.split()[1:] if 8 <= int(code) <= 255]
        buttons = [int(b) for b in button_part.split()[1:] if 1 <= int(b) <= 5]
    except ValueError:
        return [], []
    return keys, buttons


def format_held(keys: set[int], buttons: set[int]) -> bytes:
    held_keys = " ".join(str(code) for code in sorted(keys))
    held_buttons = " ".join(str(button) for button in sorted(buttons))
    return f"K {held_keys};B {held_buttons}\n".encode("ascii")


def _watch(read_fd: int, display_name: str | None) -> None:
    """The child: read snapshots until EOF; release the last one unless told goodbye."""
    last = b""
    pending = b""
    while True:
        try:
            chunk = os.read(read_fd, 4096)
        except InterruptedError:
            continue
        except OSError:
            chunk = b""
        if not chunk:
            break
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            if line + b"\n" == GOODBYE:
                return
            last = line
    keys, buttons = parse(last) if last else ([], [])
    if keys or buttons:
        _release(display_name, keys, buttons)


class ReleaseWatch:
    """The parent's end: `tell(keys, buttons)` after each change; `close()` on a clean exit."""

    def __init__(self, display_name: str | None = None) -> None:
        self._told = b""
        self._fd: int | None = None
        self.pid: int | None = None
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            code = 0
            try:
                os.closerange(0, read_fd)
                os.closerange(read_fd + 1, 65536)
                _watch(read_fd, display_name)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(read_fd)
        self._fd, self.pid = write_fd, pid
        log.info("release watch started")

    def tell(self, keys: set[int], buttons: set[int]) -> None:
        line = format_held(keys, buttons)
        if line == self._told or self._fd is None:
            return
        self._told = line
        try:
            os.write(self._fd, line)
        except OSError:
            log.warning("the release watch is gone")
            self._fd = None

    def close(self) -> None:
        """A clean end: the sink has already let go; the watcher leaves without a release."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.write(self._fd, GOODBYE)
        os.close(self._fd)
        self._fd = None
        if self.pid is not None:
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(self.pid, 0)
