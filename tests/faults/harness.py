"""One help session across a network namespace, for the fault tests and bench/faults.py.

The home user's session core (HomeSession: real capture from Xvfb, real XTest input,
real aiortc) runs in this process in the root namespace; the supporter's session core
(SupporterSession, real aiortc) runs in its own process inside a namespace joined by a
veth pair; the pairing server runs as its own process (`python -m signaling`), so it can
be killed with SIGKILL and started again. What is held on the home display is read back
from the X server.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from Xlib import XK, X
from Xlib import display as xdisplay_module

from assist_agent.consent import ShareState
from assist_agent.live import ChatLine, ControlRequested
from assist_agent.session import CodeReady, HomeSession, SharingStarted, SupporterAsks
from assist_session.heartbeat import LinkBack, LinkLost
from tests.faults.netns import Namespace
from tests.faults.supporter_in_ns import forward, relay_to
from tests.support.services import quiet_port, wait_for_port
from tests.support.timing import TIMEOUT_SCALE, until
from tests.support.wire import lifted_env

ROOT = Path(__file__).resolve().parents[2]
SUPPORTER = Path(__file__).with_name("supporter_in_ns.py")


def x_held() -> tuple[bool, bool]:
    """(is Shift down, is the left button down) as the X server sees it."""
    display = xdisplay_module.Display()
    try:
        keymap = display.query_keymap()
        codes = {display.keysym_to_keycode(XK.XK_Shift_L), display.keysym_to_keycode(XK.XK_Shift_R)}
        shift = any(keymap[code // 8] & (1 << (code % 8)) for code in codes if code)
        button = bool(display.screen().root.query_pointer().mask & X.Button1Mask)
        return shift, button
    finally:
        display.close()


class PairingServer:
    """`python -m signaling` on loopback (plain ws:// is for loopback only); the namespace
    reaches it through `forward_to_server` on the veth's root address."""

    def __init__(self) -> None:
        self.port = quiet_port()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "signaling", "--port", str(self.port), "--metrics-port", "-1"],
            cwd=ROOT, env={**os.environ, **lifted_env()},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for_port(self.port, 10)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1"


@dataclass
class Session:
    ns: Namespace
    server: PairingServer
    home: HomeSession | None = None
    home_events: list[tuple[float, Any]] = field(default_factory=list)
    supporter: asyncio.subprocess.Process | None = None
    supporter_events: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    # The supporter reaches the pairing server through this Unix socket instead of the
    # veth (a test that changes the helper app's address keeps the server reachable).
    server_socket: str | None = None
    _reader: asyncio.Task[None] | None = None
    _unix_server: asyncio.Server | None = None

    # -- what each side saw ----------------------------------------------------------
    def home_saw(self, kind: type, since: float = 0.0) -> list[Any]:
        return [e for t, e in self.home_events if isinstance(e, kind) and t >= since]

    def supporter_saw(self, kind: str, since: float = 0.0, **match: Any) -> list[dict[str, Any]]:
        return [
            e for t, e in self.supporter_events
            if e["event"] == kind and t >= since and all(e.get(k) == v for k, v in match.items())
        ]  # fmt: skip

    def home_chat_from_supporter(self) -> list[str]:
        return [e.text for e in self.home_saw(ChatLine) if e.from_supporter]

    def frames(self) -> int:
        counts = [e["count"] for _, e in self.supporter_events if e["event"] == "frame"]
        return max(counts, default=0)

    # -- running -----------------------------------------------------------------------
    async def start(self, control: bool = True) -> None:
        """Pair, allow viewing, and (with `control`) grant control and hold Shift + button."""
        relay_port = None if self.server_socket else await self._forward_on_veth()
        code_ready: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def on_home(event: Any) -> None:
            self.home_events.append((time.monotonic(), event))
            if isinstance(event, CodeReady) and not code_ready.done():
                code_ready.set_result(event.code.grouped())
            elif isinstance(event, SupporterAsks):
                home.allow()
            elif isinstance(event, ControlRequested) and control:
                home.grant_control()

        home = self.home = HomeSession(self.server.url, on_home)
        home.start()
        code = await asyncio.wait_for(code_ready, 15 * TIMEOUT_SCALE)
        await self.start_supporter(code, relay_port)
        await until(lambda: self.home_saw(SharingStarted), 40, "sharing started")
        await until(lambda: self.frames() > 0, 30, "the first frame at the supporter")
        if control:
            await until(lambda: self.supporter_saw("state", state="controlling"), 20, "control")
            await self.tell("hold")
            await until(lambda: self.supporter_saw("holding", ok=True), 10, "holding sent")
            await until(lambda: x_held() == (True, True), 10, "Shift and button held")

    async def start_supporter(self, code: str, relay_port: int | None = None) -> None:
        """The supporter app's core in the namespace, claiming `code`."""
        way = (self.ns.root_address, relay_port)
        if self.server_socket is not None:
            self._unix_server = await forward_unix(self.server_socket, self.server.port)
            way = (self.server_socket, 0)
        elif relay_port is None:
            way = (self.ns.root_address, await self._forward_on_veth())
        self.supporter = await asyncio.create_subprocess_exec(
            *self.ns.exec_args(sys.executable, str(SUPPORTER), way[0], str(way[1]), code),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT,
        )  # fmt: skip
        self._reader = asyncio.create_task(self._read_supporter())

    async def _forward_on_veth(self) -> int:
        return await forward("127.0.0.1", self.server.port, host=self.ns.root_address)

    async def tell(self, line: str) -> None:
        assert self.supporter is not None and self.supporter.stdin is not None
        self.supporter.stdin.write(line.encode() + b"\n")
        await self.supporter.stdin.drain()

    async def _read_supporter(self) -> None:
        assert self.supporter is not None and self.supporter.stdout is not None
        while line := await self.supporter.stdout.readline():
            with contextlib.suppress(ValueError):
                self.supporter_events.append((time.monotonic(), json.loads(line)))

    def kill_supporter(self) -> None:
        if self.supporter is not None and self.supporter.returncode is None:
            self.supporter.send_signal(signal.SIGKILL)

    async def close(self) -> None:
        if self.home is not None:
            self.home.stop()
            await asyncio.wait_for(self.home.wait_ended(), 20 * TIMEOUT_SCALE)
        if self.supporter is not None and self.supporter.returncode is None:
            with contextlib.suppress(ConnectionError, RuntimeError):
                await self.tell("stop")
            try:
                await asyncio.wait_for(self.supporter.wait(), 10 * TIMEOUT_SCALE)
            except TimeoutError:
                self.kill_supporter()
                await self.supporter.wait()
        if self._reader is not None:  # the last lines (the end) are read before it stops
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._reader, 10 * TIMEOUT_SCALE)
        if self._unix_server is not None:
            self._unix_server.close()


async def forward_unix(path: str, to_port: int) -> asyncio.Server:
    """Listen on the Unix socket `path` and pass every connection on to the pairing server
    on 127.0.0.1:to_port (a file path is reachable from every network namespace)."""
    return await asyncio.start_unix_server(relay_to("127.0.0.1", to_port), path)


def run_async(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """A test written as a coroutine, run in its own event loop (fixtures pass through)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def home_state(session: Session) -> ShareState:
    assert session.home is not None
    return session.home.consent.state


__all__ = ["LinkBack", "LinkLost", "PairingServer", "Session", "home_state", "x_held"]
