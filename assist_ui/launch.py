"""What both apps do before their first window: the command-line options they share and
the organisation's settings (`assist.toml`), with loan-device mode started first.

Each setting comes from the command line, else the environment, else the organisation's
`assist.toml` next to the program (or `--config FILE`), else the built-in default
(docs/INSTALL.md). The app adds its own options and picks its own default server.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass

from . import config as app_config


@dataclass(frozen=True)
class Launch:
    """The settings an app starts with, once the organisation's file was accepted."""

    server: str | None  # None: the app's built-in default
    lang: str | None  # for `run_app`: None lets the saved choice or the first start decide
    loan_device: bool
    config: app_config.AppConfig


def add_common_options(
    options: argparse.ArgumentParser, *, default_server: str, loan_device_help: str
) -> None:
    """--server, --lang, --config, --loan-device and --check-config."""
    options.add_argument(
        "--server",
        default=None,
        help="pairing server (wss://…); else ASSIST_SERVER, assist.toml's pairing_server, "
        f"or {default_server}",
    )
    options.add_argument("--lang", default=None, help="fi, sv, en, ru, et, ar, so or uk")
    options.add_argument(
        "--config",
        metavar="FILE",
        default=None,
        help="the organisation's settings (default: assist.toml next to this program)",
    )
    options.add_argument(
        "--loan-device",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"{loan_device_help} (default: assist.toml)",
    )
    options.add_argument(
        "--check-config",
        action="store_true",
        help="only check the settings file, then exit (2 when it has a mistake)",
    )


def prepare(
    args: argparse.Namespace,
    *,
    app_name: str,
    check: Callable[[app_config.AppConfig], None] | None = None,
) -> Launch | int:
    """The app's settings; or the exit code when it must not start (a broken settings
    file, told in plain words; or `--check-config`, done). `check` is the app's own
    further check of the file (the helper app verifies trust lines); ConfigError if bad."""
    try:
        config = app_config.load(args.config)
        if check is not None:
            check(config)
    except app_config.ConfigError as problem:
        from .config_problem import refuse

        return refuse(problem, args.lang, window=not args.check_config)
    if args.check_config:
        print(f"{config.source or 'no settings file'}: fine")
        return 0
    loan_device = config.loan_device if args.loan_device is None else args.loan_device
    if loan_device:
        from . import loan_device as keep_nothing

        keep_nothing.start()
    return Launch(
        server=args.server or os.environ.get("ASSIST_SERVER") or config.pairing_server,
        lang=app_config.start_language(args.lang, config, app_name=app_name),
        loan_device=bool(loan_device),
        config=config,
    )
