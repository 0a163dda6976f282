"""`assist-client`: the supporter app.

Each setting comes from the command line, else the organisation's `assist.toml` next to
the program (or `--config FILE`), else the built-in default (docs/INSTALL.md).
"""

from __future__ import annotations

import argparse
import getpass
import os

from assist_session import DEFAULT_SERVER_URL


def parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(prog="assist-client", description="Help a home user.")
    options.add_argument(
        "--server",
        default=None,
        help="pairing server (wss://…); else ASSIST_SERVER, assist.toml's pairing_server, "
        f"or {DEFAULT_SERVER_URL}",
    )
    options.add_argument("--lang", default=None, help="fi, sv, en, ru, et, ar, so or uk")
    options.add_argument(
        "--name",
        default=os.environ.get("ASSIST_SUPPORTER_NAME", ""),
        help="your name, shown to the home user",
    )
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
        help="keep nothing on this computer, not even your key (default: assist.toml)",
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
        import keyring
        import keyring.backends.fail

        from assist_ui import loan_device as keep_nothing

        keep_nothing.start()
        # No keyring: the identity key is made for this run only, and the window says so.
        keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    server = args.server or os.environ.get("ASSIST_SERVER") or config.pairing_server
    lang = app_config.start_language(args.lang, config, app_name="supporter")

    from assist_ui.app import run_app

    from .window import SupporterWindow

    name = args.name or getpass.getuser().capitalize()
    return run_app(
        lambda app, translations: SupporterWindow(
            server or DEFAULT_SERVER_URL, translations, name=name
        ),
        lang,
        app_name="supporter",
    )


if __name__ == "__main__":
    raise SystemExit(main())
