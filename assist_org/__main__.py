"""`assist-org`: create the organisation's key, issue and revoke supporter certificates,
export the trust anchor (public key + signed revocation list) for `assist.toml` and for
the pairing server.

Everything lives in one folder (`--home`, else ASSIST_ORG_HOME, else
~/.config/assist-org): `signing-key` (0600, raw key in base64, never printed) — or, with
`init --keyring`, the OS key store (service `assist-org`, entry = the key's fingerprint;
a plaintext or dummy keyring is refused) — and `organisation.json` (the name, the public
key, issued and revoked serials, where the key is).
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.certificates import Certificate, CertificateError, OrganisationKey
from crypto.identity import PUBLIC_KEY_BYTES, key_fingerprint

KEY_FILE = "signing-key"
KEYRING_SERVICE = "assist-org"
STATE_FILE = "organisation.json"
DAY = 24 * 3600


class OrgError(Exception):
    """Something the admin must fix; printed as one line, exit code 2."""


def home(args: argparse.Namespace) -> Path:
    chosen = args.home or os.environ.get("ASSIST_ORG_HOME")
    return Path(chosen) if chosen else Path.home() / ".config" / "assist-org"


def write_private(path: Path, text: str, *, new: bool = False) -> None:
    """Write a file only its owner can read (0600), created that way from the start."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if new else os.O_TRUNC)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.chmod(path, 0o600)


def load_state(folder: Path) -> dict[str, Any]:
    try:
        state: dict[str, Any] = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OrgError(f"no organisation in {folder}: run `assist-org init` first") from None
    return state


def save_state(folder: Path, state: dict[str, Any]) -> None:
    write_private(folder / STATE_FILE, json.dumps(state, indent=2, ensure_ascii=False) + "\n")


def load_key(folder: Path, state: dict[str, Any]) -> OrganisationKey:
    if state.get("key_store") == "keyring":
        return _from_secret(in_keyring("get", state["keyring_entry"]))
    path = folder / KEY_FILE
    if path.stat().st_mode & 0o077:
        raise OrgError(f"{path} can be read by others: run `chmod 600 {path}` first")
    try:
        raw = base64.b64decode(path.read_text(encoding="ascii").strip(), validate=True)
        return OrganisationKey(Ed25519PrivateKey.from_private_bytes(raw))
    except (binascii.Error, ValueError):
        raise OrgError(f"{path} does not hold a signing key") from None


def _from_secret(stored: str | None) -> OrganisationKey:
    try:
        raw = base64.b64decode(stored or "", validate=True)
        return OrganisationKey(Ed25519PrivateKey.from_private_bytes(raw))
    except (binascii.Error, ValueError):
        raise OrgError("the key store does not hold this organisation's signing key") from None


def keyring_store() -> Any:
    """The OS keyring, if it really keeps secrets (not a plaintext file, not a dummy)."""
    import keyring

    backend = keyring.get_keyring()
    members = getattr(backend, "backends", None)
    for each in members if members is not None else [backend]:
        kind = f"{type(each).__module__}.{type(each).__name__}".lower()
        if kind.startswith(("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")):
            raise OrgError("no safe key store here: use the key file (without --keyring)")
        if "plaintext" in kind:
            raise OrgError("no safe key store here: use the key file (without --keyring)")
    if members is not None and not members:
        raise OrgError("no key store here: use the key file (without --keyring)")
    return backend


def in_keyring(action: str, entry: str, secret: str = "") -> str | None:
    """Read or write the signing key in the OS key store; its failures become OrgError."""
    import keyring.errors

    store = keyring_store()
    try:
        if action == "set":
            store.set_password(KEYRING_SERVICE, entry, secret)
            return None
        found = store.get_password(KEYRING_SERVICE, entry)
        return found if isinstance(found, str) else None
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise OrgError(f"the key store failed ({type(exc).__name__})") from None


def init(args: argparse.Namespace) -> None:
    folder = home(args)
    if (folder / KEY_FILE).exists() or (folder / STATE_FILE).exists():
        raise OrgError(f"{folder} already has a signing key; it is never replaced")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = OrganisationKey.generate()
    key.anchor(args.name, set(), int(time.time()))  # the name must be usable
    secret = base64.b64encode(key.private_bytes()).decode()
    state: dict[str, Any] = {
        "name": args.name,
        "public_key": base64.b64encode(key.public_key).decode(),
        "issued": [],
        "revoked": [],
    }
    if args.keyring:
        entry = key_fingerprint(key.public_key)
        in_keyring("set", entry, secret)
        state.update(key_store="keyring", keyring_entry=entry)
        where = f"the key store (service {KEYRING_SERVICE}, entry {entry})"
    else:
        write_private(folder / KEY_FILE, secret + "\n", new=True)
        where = str(folder / KEY_FILE)
    save_state(folder, state)
    print(f"Organisation {args.name!r} created in {folder}")
    print(f"Key fingerprint: {key_fingerprint(key.public_key)}")
    print(f"Keep the key in {where} secret and backed up: it vouches for your supporters.")


def supporter_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != PUBLIC_KEY_BYTES:
        raise OrgError("--supporter-key must be the supporter app's public key (base64)")
    return raw


def issue(args: argparse.Namespace) -> None:
    folder = home(args)
    state = load_state(folder)
    key = load_key(folder, state)
    start = int(time.time()) if args.not_before is None else args.not_before
    try:
        certificate = key.issue(
            name=args.name,
            organisation=state["name"],
            role=args.role,
            not_before=start,
            not_after=start + args.days * DAY,
            supporter_key=supporter_key(args.supporter_key),
        )
    except (CertificateError, ValueError):
        raise OrgError("the name, role or key cannot be used (at most 80 characters)") from None
    Path(args.out).write_text(certificate.to_text(), encoding="utf-8")
    state["issued"].append(
        {"serial": certificate.serial, "name": args.name, "not_after": certificate.not_after}
    )
    save_state(folder, state)
    print(f"Certificate {certificate.serial} for {args.name!r} written to {args.out}")


def revoke(args: argparse.Namespace) -> None:
    folder = home(args)
    state = load_state(folder)
    if not any(entry["serial"] == args.serial for entry in state["issued"]):
        raise OrgError(f"no certificate {args.serial} was issued here")
    if args.serial not in state["revoked"]:
        state["revoked"].append(args.serial)
    save_state(folder, state)
    print(f"Revoked {args.serial}. Run `assist-org export` and hand out the new line.")


def export(args: argparse.Namespace) -> None:
    folder = home(args)
    state = load_state(folder)
    key = load_key(folder, state)
    anchor = key.anchor(state["name"], set(state["revoked"]), int(time.time()))
    line = anchor.to_text()
    toml = f'[trusted_organisations]\n{json.dumps(state["name"], ensure_ascii=False)} = "{line}"\n'
    if args.out:
        Path(args.out).write_text(line + "\n", encoding="utf-8")
        print(f"Trust line written to {args.out} (fingerprint {anchor.fingerprint})")
    else:
        print(toml, end="")


def show(args: argparse.Namespace) -> None:
    certificate = Certificate.from_text(Path(args.file).read_text(encoding="utf-8"))
    print(json.dumps({**certificate.to_message(), "signature": "…"}, indent=2, ensure_ascii=False))


def parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(prog="assist-org", description=__doc__.split("\n\n")[0])
    options.add_argument("--home", default=None, help="the organisation's folder")
    commands = options.add_subparsers(dest="command", required=True)
    made = commands.add_parser("init", help="create the organisation's signing key")
    made.add_argument("--name", required=True, help='e.g. "Espoo digital support"')
    made.add_argument(
        "--keyring", action="store_true", help="keep the key in the OS key store, not a file"
    )
    made.set_defaults(run=init)
    made = commands.add_parser("issue", help="issue a certificate to one supporter")
    made.add_argument("--name", required=True, help="the supporter's full name")
    made.add_argument("--role", default="", help='e.g. "digital support"')
    made.add_argument("--supporter-key", required=True, help="from `assist-client --show-key`")
    made.add_argument("--days", type=int, default=365)
    made.add_argument("--not-before", type=int, default=None, help="seconds since 1970")
    made.add_argument("--out", required=True, help="the certificate file to give the supporter")
    made.set_defaults(run=issue)
    made = commands.add_parser("revoke", help="revoke one certificate by its serial")
    made.add_argument("serial")
    made.set_defaults(run=revoke)
    made = commands.add_parser("export", help="the trust line for assist.toml and the server")
    made.add_argument("--out", default=None, help="write only the line to this file")
    made.set_defaults(run=export)
    made = commands.add_parser("show", help="print a certificate file")
    made.add_argument("file")
    made.set_defaults(run=show)
    return options


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        args.run(args)
    except (OrgError, CertificateError, OSError) as exc:
        print(f"assist-org: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
