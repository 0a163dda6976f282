"""`assist-agent`: the helper app the home user opens."""

from __future__ import annotations

import argparse
import os

from assist_session import DEFAULT_SERVER_URL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="assist-agent", description="Get help from a supporter.")
    parser.add_argument("--server", default=os.environ.get("ASSIST_SERVER", DEFAULT_SERVER_URL))
    parser.add_argument("--lang", default=None, help="fi, sv, en, ru, et, ar, so or uk")
    parser.add_argument("--monitor", type=int, default=1, help="monitor to share (1 = first)")
    args = parser.parse_args(argv)

    from assist_ui.app import run_app

    from .window import HomeWindow

    return run_app(
        lambda app, translations: HomeWindow(args.server, translations, monitor=args.monitor),
        args.lang,
    )


if __name__ == "__main__":
    raise SystemExit(main())
