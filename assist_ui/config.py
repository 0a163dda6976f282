"""The organisation's pre-configuration: `assist.toml` next to the app (or `--config FILE`).

Both apps read the same file. Only the executable's own folder is looked at, never the
current folder, so a file lying around cannot silently change where the app connects.
A file that is not entirely right is refused as a whole (`ConfigError` names the line
and what is wrong): the app never starts with half an organisation's settings.
Command-line options override the file; the file overrides the built-in defaults.
No Qt here (the standard library and `i18n` only), so it runs before Qt is loaded.
"""

from __future__ import annotations

import difflib
import ipaddress
import re
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import i18n

from .settings import Settings

FILE_NAME = "assist.toml"
MAX_NAME = 80  # the organisation's name must fit one line of the first page


@dataclass(frozen=True)
class AppConfig:
    """What the organisation set; None or empty where the file says nothing."""

    pairing_server: str | None = None
    organisation: str = ""
    language: str | None = None
    loan_device: bool = False
    # Organisations that vouch for supporters (issue 16): name = the trust line that
    # `assist-org export` prints. The helper app verifies each (assist_agent/trust.py).
    trusted_organisations: dict[str, str] = field(default_factory=dict)
    # Issue 19: window titles the supporter may never operate, added to the shipped list
    # (assist_agent/data/protected_titles.toml); and whether their picture is blanked too.
    protected_titles: tuple[str, ...] = ()
    blank_protected: bool = False
    source: Path | None = None


class ConfigError(Exception):
    """The file cannot be used: `where` is "FILE, line N", `what` says what is wrong."""

    def __init__(self, source: Path | str, line: int | None, what: str) -> None:
        self.source, self.line, self.what = str(source), line, what
        self.where = f"{source}, line {line}" if line else str(source)
        super().__init__(f"{self.where}: {what}")


def default_path() -> Path:
    """`assist.toml` in the folder of the running executable (the bundle's own folder)."""
    return Path(sys.executable).parent / FILE_NAME


def load(explicit: str | Path | None = None) -> AppConfig:
    """The file given with --config (it must exist), else the one next to the executable
    (if there is one), else the built-in defaults. Raises ConfigError."""
    path = Path(explicit) if explicit is not None else default_path()
    if explicit is None and not path.is_file():
        return AppConfig()
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(path, None, "the file does not exist") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ConfigError(path, line, "the file is not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read the file ({exc.strerror})") from None
    return parse(text, path)


def start_language(requested: str | None, config: AppConfig, *, app_name: str) -> str | None:
    """The language the app starts in, for `run_app`: the command line's; else None when
    ASSIST_LANG or the person's own saved choice decides; else the organisation's
    (None again without one: the first start then asks)."""
    if requested:
        return requested
    if i18n.requested_language() or Settings.for_app(app_name).get("language"):
        return None
    return config.language


# What each key must hold; `_check_<key>` below checks more than the type.
KEYS: dict[str, type] = {
    "pairing_server": str,
    "organisation": str,
    "language": str,
    "loan_device": bool,
    "trusted_organisations": dict,
    "protected_titles": list,
    "blank_protected": bool,
}
# Tables that belong elsewhere: a clear pointer instead of "unknown key".
ELSEWHERE = {
    "turn": "TURN is set on the pairing server ([turn] in its signaling.toml): "
    "the apps get it from there",
    "server": 'the key is "pairing_server"',
}


def parse(text: str, source: Path | str = FILE_NAME) -> AppConfig:
    """Check every key and value of an assist.toml text; raise ConfigError at the first fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(source, str(exc)) from None
    lines = _KeyLines(text)
    for key, value in data.items():
        line = lines.find(key)
        if key not in KEYS:
            raise ConfigError(source, line, _unknown(key))
        expected = KEYS[key]
        if not isinstance(value, expected):
            raise ConfigError(
                source, line, f"{key} must be {_TYPE_WORDS[expected]}, not {_kind(value)}"
            )
    values: dict[str, Any] = dict(data)
    for key, check in _CHECKS.items():
        if key in values:
            values[key] = check(values[key], source, lines)
    return AppConfig(source=Path(source), **values)


_TYPE_WORDS = {
    str: 'text in quotes ("...")',
    bool: "true or false",
    dict: 'a table ([trusted_organisations] with name = "key" lines)',
    list: 'a list of texts (["...", "..."])',
}


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _unknown(key: str) -> str:
    if key in ELSEWHERE:
        return f"unknown setting {key!r}: {ELSEWHERE[key]}"
    close = difflib.get_close_matches(key, KEYS, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(KEYS)})"
    return f"unknown setting {key!r}{hint}"


def _check_pairing_server(value: str, source: Path | str, lines: _KeyLines) -> str:
    line = lines.find("pairing_server")
    url = value.strip()
    if any(ch.isspace() for ch in url):
        raise ConfigError(source, line, "pairing_server must not contain spaces")
    parts = urlsplit(url)
    if parts.scheme not in ("wss", "ws"):
        raise ConfigError(
            source, line, f"pairing_server must start with wss:// (or ws://), not {value!r}"
        )
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(source, line, f"pairing_server has a bad port: {value!r}") from None
    if not parts.hostname or (port is not None and not 0 < port < 65536):
        raise ConfigError(source, line, f"pairing_server names no computer: {value!r}")
    if parts.scheme == "ws" and not _loopback(parts.hostname):
        raise ConfigError(
            source,
            line,
            "pairing_server: ws:// is not encrypted; use wss:// (ws:// only for "
            "a server on this computer)",
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ConfigError(
            source, line, "pairing_server must be only wss://host[:port]/path, nothing after"
        )
    return url


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_organisation(value: str, source: Path | str, lines: _KeyLines) -> str:
    name = " ".join(value.split())
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise ConfigError(
            source,
            lines.find("organisation"),
            f"organisation must be a name of 1 to {MAX_NAME} printable characters",
        )
    return name


def _check_language(value: str, source: Path | str, lines: _KeyLines) -> str:
    if value not in i18n.LANGUAGES:
        raise ConfigError(
            source,
            lines.find("language"),
            f"language must be one of {', '.join(i18n.LANGUAGES)}, not {value!r}",
        )
    return value


def _check_trusted(value: dict[str, Any], source: Path | str, lines: _KeyLines) -> dict[str, str]:
    for name, key in value.items():
        if not isinstance(key, str) or not key.strip():
            raise ConfigError(
                source,
                lines.find(name, table="trusted_organisations"),
                f"trusted_organisations: the key of {name!r} must be text in quotes",
            )
    return dict(value)


def _check_protected_titles(
    value: list[Any], source: Path | str, lines: _KeyLines
) -> tuple[str, ...]:
    for title in value:
        if not isinstance(title, str) or not title.strip() or len(title) > 200:
            raise ConfigError(
                source,
                lines.find("protected_titles"),
                "protected_titles must hold window titles (text, 1-200 characters)",
            )
    return tuple(title.strip() for title in value)


_CHECKS: dict[str, Callable[[Any, Path | str, _KeyLines], Any]] = {
    "protected_titles": _check_protected_titles,
    "pairing_server": _check_pairing_server,
    "organisation": _check_organisation,
    "language": _check_language,
    "trusted_organisations": _check_trusted,
}

_AT = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$")
_END = re.compile(r"^(?P<what>.*?)\s*\(at end of document\)$")


def _syntax_error(source: Path | str, message: str) -> ConfigError:
    """tomllib's message, with its "(at line N, column M)" turned into our form."""
    if found := _AT.match(message):
        what = f"{found['what']} (column {found['column']}): not valid TOML"
        return ConfigError(source, int(found["line"]), what)
    if found := _END.match(message):
        return ConfigError(source, None, f"{found['what']} at the end of the file")
    return ConfigError(source, None, f"{message}: not valid TOML")


class _KeyLines:
    """Where each top-level key (or a key in one table) is set: tomllib keeps no lines."""

    _TABLE = re.compile(r"^\s*\[\s*([^\]\s]+)\s*\]")
    _KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*[=.]""")

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def find(self, key: str, *, table: str = "") -> int | None:
        current = ""
        for number, line in enumerate(self._lines, start=1):
            if header := self._TABLE.match(line):
                current = header.group(1).strip("\"'")
                if not table and current.split(".")[0] == key:
                    return number
                continue
            found = self._KEY.match(line) if current == table else None
            if found and next(g for g in found.groups() if g is not None) == key:
                return number
        return None


def main(argv: list[str] | None = None) -> int:
    """`python -m assist_ui.config FILE`: check an assist.toml (exit 2 when it is broken)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m assist_ui.config FILE", file=sys.stderr)
        return 2
    try:
        config = load(args[0])
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{args[0]}: fine ({config})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
