"""`assist-signaling` / `python -m signaling`: run the pairing server until SIGTERM or SIGINT.

Settings come from defaults, then `--config FILE` (TOML), then ASSIST_SIGNALING_*
environment variables, then `--host` / `--port` / `--log-level`. See docs/DEPLOY.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

from signaling.config import Config, ConfigError, load_config
from signaling.observe import setup_logging
from signaling.server import start_server

log = logging.getLogger("assist.signaling")


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="assist-signaling",
        description="Run the Assist pairing server until SIGTERM or SIGINT.",
    )
    parser.add_argument("--config", help="TOML file (see packaging/signaling.example.toml)")
    parser.add_argument("--host", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="TCP port, 0 = any free one (default 8765)")
    parser.add_argument(
        "--metrics-host", help="interface for the /metrics listener (default 127.0.0.1)"
    )
    parser.add_argument(
        "--metrics-port", type=int, help="port for /metrics: 0 = any free one (default), -1 = off"
    )
    parser.add_argument(
        "--log-level", type=str.upper, choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    parser.add_argument("--log-format", choices=["json", "text"])
    parser.add_argument(
        "--check-config", action="store_true", help="print the settings (no secrets) and exit"
    )
    return parser.parse_args(argv)


async def _run(config: Config) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        # Not available on Windows; Ctrl+C then arrives as KeyboardInterrupt instead.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    async with await start_server(config.host, config.port, config=config) as server:
        print(f"listening on {server.url}", flush=True)
        if server.metrics_port:
            host = config.metrics_host
            host = f"[{host}]" if ":" in host else host
            print(f"metrics on http://{host}:{server.metrics_port}/metrics", flush=True)
        await stop.wait()
        log.info("shutting down", extra={"fields": {"connections": server.connections}})


def _summary(config: Config) -> str:
    limits = config.limits
    turn = "on" if config.turn.enabled else "off"
    return (
        f"host={config.host} port={config.port} tls={config.uses_tls} "
        f"behind_proxy={config.behind_proxy} redis={'on' if config.redis_url else 'off'} "
        f"turn={turn} ice_policy={config.turn.ice_policy} allowed_origins="
        f"{','.join(config.allowed_origins) or '-'}\n{limits}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns the process exit code."""
    args = _parse_args(argv)
    overrides = {
        "host": args.host,
        "port": args.port,
        "metrics_host": args.metrics_host,
        "metrics_port": args.metrics_port,
        "log_level": args.log_level,
        "log_format": args.log_format,
    }
    try:
        config = load_config(args.config, overrides=overrides)
    except ConfigError as exc:
        print(f"assist-signaling: {exc}", file=sys.stderr)
        return 2
    if args.check_config:
        print(_summary(config))
        return 0
    setup_logging(config.log_level, config.log_format)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_run(config))
    except OSError as exc:  # typically the port is taken or the certificate is unreadable
        print(f"assist-signaling: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
