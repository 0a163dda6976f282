"""`assist-client`: the supporter app."""

from __future__ import annotations

import argparse
import getpass
import os

from assist_session import DEFAULT_SERVER_URL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="assist-client", description="Help a home user.")
    parser.add_argument("--server", default=os.environ.get("ASSIST_SERVER", DEFAULT_SERVER_URL))
    parser.add_argument("--lang", default=None, help="fi, sv, en, ru, et, ar, so or uk")
    parser.add_argument(
        "--name",
        default=os.environ.get("ASSIST_SUPPORTER_NAME", ""),
        help="your name, shown to the home user",
    )
    args = parser.parse_args(argv)

    from assist_ui.app import run_app

    from .window import SupporterWindow

    name = args.name or getpass.getuser().capitalize()
    return run_app(
        lambda app, translations: SupporterWindow(args.server, translations, name=name),
        args.lang,
        app_name="supporter",
    )


if __name__ == "__main__":
    raise SystemExit(main())
