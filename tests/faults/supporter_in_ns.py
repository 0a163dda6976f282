"""The supporter app's session core (no window, real aiortc) run inside a network
namespace: tests/faults start it with `ip netns exec`. It prints what the supporter sees
as JSON lines and takes commands on stdin: `hold` (Shift and the left button down),
`chat TEXT`, `memory` (bench/soak.py: where the memory is, see `memory_report`), `stop`.

The pairing server is reached through a small TCP forwarder on this namespace's loopback,
since the session core refuses plain ws:// to another computer (as it should).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assist_client.session import (  # noqa: E402
    ChatLine,
    SessionOpen,
    ShareState,
    SupporterSession,
)
from assist_session.flow import Ended  # noqa: E402
from assist_session.heartbeat import LinkBack, LinkLost  # noqa: E402
from crypto.code import PairingCode  # noqa: E402


def say(kind: str, **fields: object) -> None:
    print(json.dumps({"event": kind, **fields}), flush=True)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


def relay_to(to_host: str, to_port: int) -> Callable[..., Awaitable[None]]:
    """A connection handler that passes the connection on to to_host:to_port, or to the
    Unix socket `to_host` when it is a path."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if to_host.startswith("/"):
                up_reader, up_writer = await asyncio.open_unix_connection(to_host)
            else:
                up_reader, up_writer = await asyncio.open_connection(to_host, to_port)
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    return serve


async def forward(to_host: str, to_port: int, *, host: str = "127.0.0.1") -> int:
    """Listen on `host` (a free port, returned) and pass every connection on to
    to_host:to_port, or to the Unix socket `to_host` when it is a path (a way to the
    pairing server that no address change in any namespace can cut)."""
    server = await asyncio.start_server(relay_to(to_host, to_port), host, 0)
    return int(server.sockets[0].getsockname()[1])


_first_snapshot: object = None


def memory_report() -> dict[str, object]:
    """Resident memory, what glibc's malloc holds (in use / free inside its arenas), the
    most numerous Python object types and, with tracemalloc on (PYTHONTRACEMALLOC=1),
    the allocation sites that grew most since the first report: to tell a Python
    object leak from the allocator keeping freed memory."""
    import collections
    import ctypes
    import gc
    import tracemalloc

    global _first_snapshot
    report: dict[str, object] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            report["rss_mb"] = round(int(line.split()[1]) / 1024, 1)

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost")]  # fmt: skip

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo2
        info = libc.mallinfo2()  # main arena only for `arena`; in-use is summed over all
        report["malloc_in_use_mb"] = round((info.uordblks + info.hblkhd) / 2**20, 1)
        report["malloc_free_mb"] = round(info.fordblks / 2**20, 1)
        report["malloc_mmapped_mb"] = round(info.hblkhd / 2**20, 1)
    except (OSError, AttributeError):
        pass
    gc.collect()
    counts = collections.Counter(type(o).__name__ for o in gc.get_objects())
    report["objects"] = len(gc.get_objects())
    report["types"] = counts.most_common(25)
    if tracemalloc.is_tracing():
        snapshot = tracemalloc.take_snapshot()
        report["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 2)
        if _first_snapshot is None:
            _first_snapshot = snapshot
        else:
            diff = snapshot.compare_to(_first_snapshot, "lineno")  # type: ignore[arg-type]
            report["grew"] = [
                [str(d.traceback), round(d.size_diff / 1024, 1), d.count_diff] for d in diff[:25]
            ]
    return report


async def main(host: str, port: int, code_text: str) -> None:
    local_port = await forward(host, port)
    frames = 0

    def on_event(event: object) -> None:
        if isinstance(event, ShareState):
            say("state", state=event.state)
            if event.state == "viewing":
                session.request_control()
        elif isinstance(event, SessionOpen):
            say("open")
        elif isinstance(event, ChatLine) and not event.from_supporter:
            say("chat", text=event.text)
        elif isinstance(event, LinkLost):
            nonlocal after_loss
            after_loss = True
            say("lost")
        elif isinstance(event, LinkBack):
            say("back")
        elif isinstance(event, Ended):
            say("ended", reason=event.reason)

    after_loss = False

    def on_frame(image: object) -> None:
        nonlocal frames, after_loss
        frames += 1
        if frames == 1 or frames % 10 == 0 or after_loss:
            # time.monotonic() is the same clock in every process of this computer
            say("frame", count=frames, t=time.monotonic(), after_loss=after_loss)
            after_loss = False

    session = SupporterSession(
        f"ws://127.0.0.1:{local_port}/v1",
        PairingCode.parse(code_text),
        "Tester",
        on_event,
        on_frame,
    )
    session.start()
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := (await reader.readline()).decode().strip():
        command, _, rest = line.partition(" ")
        if command == "hold":
            ok = session.send_input("key", action="down", key="shift")
            ok = ok and session.send_input("mouse", action="down", button="left", x=0.05, y=0.9)
            say("holding", ok=ok)
        elif command == "chat":
            say("chat_sent", ok=session.send_chat(rest), text=rest)
        elif command == "memory":
            say("memory", **memory_report())
        elif command == "stop":
            break
    session.stop()
    say("ended", reason=await session.wait_ended())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="supporter %(name)s: %(message)s")
    for noisy in ("aioice", "aiortc", "websockets"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
