"""`assist-client`: the supporter app.

Each setting comes from the command line, else the organisation's `assist.toml` next to
the program (or `--config FILE`), else the built-in default (docs/INSTALL.md).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from assist_session import DEFAULT_SERVER_URL
from assist_ui.launch import add_common_options, prepare


def parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(prog="assist-client", description="Help a home user.")
    add_common_options(
        options,
        default_server=DEFAULT_SERVER_URL,
        loan_device_help="keep nothing on this computer, not even your key",
    )
    options.add_argument(
        "--name",
        default=os.environ.get("ASSIST_SUPPORTER_NAME", ""),
        help="your name, shown to the home user",
    )
    options.add_argument(
        "--certificate",
        metavar="FILE",
        default=None,
        help="your organisation's certificate (assist-org issue); kept for later starts",
    )
    options.add_argument(
        "--show-key", action="store_true", help="print your public key for assist-org, then exit"
    )
    return options


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    launch = prepare(args, app_name="supporter")
    if isinstance(launch, int):
        return launch
    if launch.loan_device:
        import keyring
        import keyring.backends.fail

        # No keyring: the identity key is made for this run only, and the window says so.
        keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]

    from assist_ui.app import run_app

    from .identity import load_certificate_file, load_identity
    from .window import SupporterWindow

    identity = load_identity()
    if args.show_key:
        if not identity.persistent:  # a certificate for it would not survive this run
            print(f"assist-client: no lasting key here ({identity.problem})", file=sys.stderr)
            return 2
        print(identity.public_key_text)
        return 0
    if args.certificate:
        from crypto.certificates import CertificateError

        try:
            identity = load_certificate_file(identity, Path(args.certificate))
        except CertificateError as exc:
            print(f"assist-client: {args.certificate}: {exc.reason}", file=sys.stderr)
            return 2
    name = args.name or getpass.getuser().capitalize()
    return run_app(
        lambda app, translations: SupporterWindow(
            launch.server or DEFAULT_SERVER_URL, translations, name=name, identity=identity
        ),
        launch.lang,
        app_name="supporter",
    )


if __name__ == "__main__":
    raise SystemExit(main())
