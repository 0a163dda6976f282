"""`assist-agent`: the helper app the home user opens.

Each setting comes from the command line, else the organisation's `assist.toml` next to
the program (or `--config FILE`), else the built-in default (docs/INSTALL.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assist_session import DEFAULT_SERVER_URL
from assist_ui.config import AppConfig, ConfigError
from assist_ui.launch import add_common_options, prepare


def parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(prog="assist-agent", description="Get help from a supporter.")
    add_common_options(
        options,
        default_server=DEFAULT_SERVER_URL,
        loan_device_help="keep nothing on this computer after the app closes",
    )
    options.add_argument(
        "--monitor", type=int, default=None,
        help="monitor to share (1 = first); else the home user chooses when there are several",
    )  # fmt: skip
    options.add_argument(
        "--add-organisation",
        metavar="FILE",
        default=None,
        help="trust an organisation's helpers: the file it gave you (docs/ORGANISATIONS.md)",
    )
    return options


def check_trust(config: AppConfig) -> None:
    """A changed trust line refuses the whole file, like any other mistake in it."""
    from .trust import TrustError, parse_lines

    try:
        parse_lines(config.trusted_organisations)
    except TrustError as exc:
        source = config.source or "assist.toml"
        raise ConfigError(source, _line_of(source, exc.name), str(exc)) from None


def _line_of(source: Path | str, name: str) -> int | None:
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next(
        (n for n, line in enumerate(lines, 1) if line.lstrip().startswith((f'"{name}"', name))),
        None,
    )


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    launch = prepare(args, app_name="home", check=check_trust)
    if isinstance(launch, int):
        return launch
    if args.add_organisation:
        from .add_organisation import add_from_file

        return add_from_file(Path(args.add_organisation), launch.lang)
    from .trust import Trust

    trust = Trust.from_config(launch.config.trusted_organisations)

    from assist_ui.app import run_app

    from .desktop_problem import refuse_without_desktop, usable_monitor

    if (refused := refuse_without_desktop(launch.lang)) is not None:
        return refused  # no backend: a plain-language window, not a traceback
    monitor = usable_monitor(args.monitor)  # one that is not there: the home user chooses
    from .history import History
    from .window import HomeWindow

    return run_app(
        lambda app, translations: HomeWindow(
            launch.server or DEFAULT_SERVER_URL,
            translations,
            monitor=monitor,
            history=History.in_memory() if launch.loan_device else None,
            organisation=launch.config.organisation,
            loan_device=launch.loan_device,
            protection=(launch.config.protected_titles, launch.config.blank_protected),
            trust=trust,
        ),
        launch.lang,
    )


if __name__ == "__main__":
    raise SystemExit(main())
