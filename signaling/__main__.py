"""`assist-signaling` / `python -m signaling`: run the pairing server until SIGTERM or SIGINT."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

from signaling.server import start_server


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="assist-signaling", description=__doc__)
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default %(default)s)"
    )
    parser.add_argument("--port", type=int, default=8765, help="TCP port, 0 = any free one")
    parser.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        type=str.upper,
        help="default %(default)s",
    )
    return parser.parse_args(argv)


async def _run(host: str, port: int) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        # Not available on Windows; Ctrl+C then arrives as KeyboardInterrupt instead.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    async with await start_server(host, port) as server:
        print(f"listening on {server.url}", flush=True)
        await stop.wait()
        logging.getLogger("assist.signaling").info("shutting down")


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns the process exit code."""
    args = _parse_args(argv)
    level = getattr(logging, args.log_level)
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # websockets logs whole frames at DEBUG, which would include nameplates and bodies.
    logging.getLogger("websockets").setLevel(max(level, logging.INFO))
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(args.host, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
