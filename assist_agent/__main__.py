"""`assist-agent`: the helper app the home user opens.

Each setting comes from the command line, else the organisation's `assist.toml` next to
the program (or `--config FILE`), else the built-in default (docs/INSTALL.md).
"""

from __future__ import annotations

import argparse
import os

from assist_session import DEFAULT_SERVER_URL


def parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(prog="assist-agent", description="Get help from a supporter.")
    options.add_argument(
        "--server",
        default=None,
        help="pairing server (wss://…); else ASSIST_SERVER, assist.toml's pairing_server, "
        f"or {DEFAULT_SERVER_URL}",
    )
    options.add_argument("--lang", default=None, help="fi, sv, en, ru, et, ar, so or uk")
    options.add_argument("--monitor", type=int, default=1, help="monitor to share (1 = first)")
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
        help="keep nothing on this computer after the app closes (default: assist.toml)",
    )
    options.add_argument(
        "--check-config",
        action="store_true",
        help="only check the settings file, then exit (2 when it has a mistake)",
    )
    return options


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)

    from assist_ui import config as app_config

    try:
        config = app_config.load(args.config)
    except app_config.ConfigError as problem:
        from assist_ui.config_problem import refuse

        return refuse(problem, args.lang, window=not args.check_config)
    if args.check_config:
        print(f"{config.source or 'no settings file'}: fine")
        return 0
    loan_device = config.loan_device if args.loan_device is None else args.loan_device
    if loan_device:
        from assist_ui import loan_device as keep_nothing

        keep_nothing.start()
    server = args.server or os.environ.get("ASSIST_SERVER") or config.pairing_server
    lang = app_config.start_language(args.lang, config, app_name="home")

    from assist_ui.app import run_app

    from .history import History
    from .window import HomeWindow

    return run_app(
        lambda app, translations: HomeWindow(
            server or DEFAULT_SERVER_URL,
            translations,
            monitor=args.monitor,
            history=History.in_memory() if loan_device else None,
            organisation=config.organisation,
            loan_device=loan_device,
        ),
        lang,
    )


if __name__ == "__main__":
    raise SystemExit(main())
