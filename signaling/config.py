"""Server configuration: defaults, a TOML file, ASSIST_SIGNALING_* variables, then flags.

Later sources override earlier ones. Every limit has a safe default, so an empty
configuration is a working loopback server with in-memory rooms.

TOML layout (see packaging/signaling.example.toml)::

    host = "127.0.0.1"            # top-level keys: ASSIST_SIGNALING_HOST, …
    [tls]      cert, key          # ASSIST_SIGNALING_TLS_CERT, …
    [limits]   idle_timeout, …    # ASSIST_SIGNALING_LIMITS_IDLE_TIMEOUT, …
    [turn]     secret, urls, …    # ASSIST_SIGNALING_TURN_SECRET, …
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "ASSIST_SIGNALING_"


class ConfigError(ValueError):
    """The configuration is invalid; the message says which key and why."""


@dataclass(frozen=True)
class Limits:
    """Every bound on what one client or the whole server may use."""

    max_frame_bytes: int = 64 * 1024
    messages_per_second: float = 20.0
    message_burst: int = 40
    connections_per_address: int = 32
    connections_per_prefix: int = 128  # one IPv4 /24 or one IPv6 /64
    connections_per_wide_prefix: int = 256  # one IPv6 /48
    max_connections: int = 50_000
    claims_per_minute: int = 10  # per address
    claims_per_minute_per_prefix: int = 30  # per IPv4 /24 or IPv6 /64
    claims_per_minute_per_wide_prefix: int = 60  # per IPv6 /48
    registrations_per_minute: int = 10
    registrations_per_minute_per_prefix: int = 30
    registrations_per_minute_per_wide_prefix: int = 60
    max_rooms: int = 100_000
    idle_timeout: float = 60.0  # connected but neither registered nor claimed
    handshake_timeout: float = 5.0  # TCP accept to finished WebSocket upgrade
    code_lifetime: float = 600.0
    paired_lifetime: float = 43_200.0  # a paired room is closed this long after pairing
    paired_idle_timeout: float = 7_200.0  # … or after this long without a relayed frame
    send_queue: int = 32  # frames queued for one slow reader before it is dropped
    send_timeout: float = 10.0
    ping_interval: float = 20.0
    ping_timeout: float = 20.0
    close_timeout: float = 2.0  # SIGTERM: how long connected apps get to say goodbye
    max_tracked_addresses: int = 100_000
    room_ttl: float = 86_400.0  # Redis safety net for paired rooms no instance cleans up


@dataclass(frozen=True)
class TlsConfig:
    cert: str = ""
    key: str = ""


# The ICE URLs the apps use (RFC 7064/7065 as aiortc parses them): TURN over UDP or TCP,
# TURN over TLS (TCP), STUN. The apps try every TURN URL, earlier ones preferred.
ICE_URL = re.compile(
    r"(turn:[^?:\s]+(:\d{1,5})?(\?transport=(udp|tcp))?"
    r"|turns:[^?:\s]+(:\d{1,5})?(\?transport=tcp)?"
    r"|stun:[^?:\s]+(:\d{1,5})?)"
)


@dataclass(frozen=True)
class TurnConfig:
    """TURN REST credentials (coturn `use-auth-secret`); off while secret or urls is empty."""

    secret: str = ""
    secret_file: str = ""  # read at start, e.g. a systemd credential
    urls: tuple[str, ...] = ()
    ttl: int = 600  # short: handed out only once paired, and allocations outlive it
    ice_policy: str = "all"  # "relay" makes the apps use TURN only

    @property
    def enabled(self) -> bool:
        return bool(self.secret and self.urls)


@dataclass(frozen=True)
class Config:
    host: str = "127.0.0.1"
    port: int = 8765
    # "Behind a reverse proxy": the proxy terminates TLS and appends the client's
    # address to X-Forwarded-For; only then is that header trusted.
    behind_proxy: bool = False
    # Browser origins allowed to open a WebSocket. The apps send no Origin header and
    # are always let in; a page on any other site is refused. "*" turns the check off.
    allowed_origins: tuple[str, ...] = ()
    # Prometheus /metrics has its own listener, never the public port. Port 0 picks a
    # free one (printed at start), -1 turns it off.
    metrics_host: str = "127.0.0.1"
    metrics_port: int = 0
    redis_url: str = ""
    redis_heartbeat: float = 3.0  # an instance silent this long is presumed dead
    log_level: str = "INFO"
    log_format: str = "json"  # or "text"
    # Issue 16: admit only supporters with a certificate from one of these organisations
    # (trust lines from `assist-org export`); see signaling/verified.py.
    require_verified_supporters: bool = False
    trusted_organisations: tuple[str, ...] = ()
    # Issue 16: a folder of `assist-org export --out FILE` files, served at /trust/<key hex>
    # so helper apps learn revocations (signaling/trust_lines.py). Empty: not served.
    trust_lines_dir: str = ""
    tls: TlsConfig = field(default_factory=TlsConfig)
    limits: Limits = field(default_factory=Limits)
    turn: TurnConfig = field(default_factory=TurnConfig)

    @property
    def uses_tls(self) -> bool:
        return bool(self.tls.cert)


_SECTIONS = {"tls": TlsConfig, "limits": Limits, "turn": TurnConfig}


def load_config(
    path: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Config:
    """Defaults ← TOML file at `path` ← environment ← `overrides` (top-level keys)."""
    config = Config()
    if path is not None:
        try:
            with open(path, "rb") as file:
                data = tomllib.load(file)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        config = _apply(config, data, source=str(path))
    config = _apply(config, _from_env(os.environ if env is None else env), source="environment")
    if overrides:
        config = _apply(config, {k: v for k, v in overrides.items() if v is not None}, "flags")
    return validate(_read_secret_file(config))


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX) :].lower()
        for section in _SECTIONS:
            if key.startswith(section + "_"):
                data.setdefault(section, {})[key[len(section) + 1 :]] = value
                break
        else:
            data[key] = value
    return data


def _apply(config: Config, data: Mapping[str, Any], source: str) -> Config:
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SECTIONS:
            if not isinstance(value, Mapping):
                raise ConfigError(f"{source}: [{key}] must be a table")
            current = getattr(config, key)
            changes[key] = replace(current, **_coerce_all(current, value, f"{source}: {key}."))
        else:
            changes.update(_coerce_all(config, {key: value}, f"{source}: "))
    return replace(config, **changes)


def _coerce_all(target: object, data: Mapping[str, Any], where: str) -> dict[str, Any]:
    types = {f.name: f.type for f in fields(target)}  # type: ignore[arg-type]
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in types or key in _SECTIONS:
            raise ConfigError(f"{where}{key}: unknown setting")
        out[key] = _coerce(value, str(types[key]), f"{where}{key}")
    return out


def _coerce(value: Any, type_name: str, where: str) -> Any:
    """Turn a TOML value or an environment string into the field's type."""
    try:
        if type_name == "bool":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on"):
                return True
            if isinstance(value, str) and value.lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError("expected true or false")
        if type_name == "int":
            if isinstance(value, (bool, float)):
                raise ValueError("expected a whole number")
            return int(value)
        if type_name == "float":
            if isinstance(value, bool):
                raise ValueError("expected a number")
            return float(value)
        if type_name == "str":
            if not isinstance(value, str):
                raise ValueError("expected a string")
            return value
        if type_name.startswith("tuple[str"):
            if isinstance(value, str):
                value = [part.strip() for part in value.split(",") if part.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError("expected a list of strings")
            return tuple(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    raise ConfigError(f"{where}: unsupported type {type_name}")  # pragma: no cover


def _read_secret_file(config: Config) -> Config:
    if not config.turn.secret_file:
        return config
    try:
        secret = Path(config.turn.secret_file).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"turn.secret_file: {exc}") from exc
    return replace(config, turn=replace(config.turn, secret=secret))


def validate(config: Config) -> Config:
    """Refuse settings that would be unsafe or could not work; return `config` unchanged."""
    limits = config.limits
    for item in dataclasses.fields(limits):
        if getattr(limits, item.name) <= 0:
            raise ConfigError(f"limits.{item.name}: must be above 0")
    if limits.max_frame_bytes < 1024:
        raise ConfigError("limits.max_frame_bytes: must be at least 1024")
    if not 0 <= config.port <= 65535:
        raise ConfigError("port: must be 0..65535")
    if not -1 <= config.metrics_port <= 65535:
        raise ConfigError("metrics_port: must be 0..65535, or -1 for off")
    if bool(config.tls.cert) != bool(config.tls.key):
        raise ConfigError("tls: give both cert and key, or neither")
    if config.uses_tls and config.behind_proxy:
        raise ConfigError("tls and behind_proxy: choose one (the proxy terminates TLS)")
    if not (config.uses_tls or config.behind_proxy or _is_loopback(config.host)):
        raise ConfigError(
            f"host {config.host!r} is reachable from the network without TLS: "
            "set tls.cert and tls.key, or behind_proxy = true when a proxy terminates TLS"
        )
    if config.turn.ice_policy not in ("all", "relay"):
        raise ConfigError('turn.ice_policy: must be "all" or "relay"')
    if config.turn.ice_policy == "relay" and not config.turn.enabled:
        raise ConfigError('turn.ice_policy = "relay" needs turn.secret and turn.urls')
    if bool(config.turn.secret) != bool(config.turn.urls):
        raise ConfigError("turn: give both secret and urls, or neither")
    if not 60 <= config.turn.ttl <= 3600:
        raise ConfigError("turn.ttl: 60 to 3600 seconds")
    for url in config.turn.urls:
        if not ICE_URL.fullmatch(url):
            raise ConfigError(
                f"turn.urls: {url!r} is not one the apps can use: turn:HOST[:PORT]"
                "[?transport=udp|tcp], turns:HOST[:PORT][?transport=tcp] or stun:HOST[:PORT]"
            )
    if config.redis_url and not config.redis_url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError("redis_url: must start with redis://, rediss:// or unix://")
    if config.redis_heartbeat <= 0:
        raise ConfigError("redis_heartbeat: must be above 0")
    if config.require_verified_supporters or config.trusted_organisations:
        from signaling.verified import PolicyError, SupporterPolicy

        try:
            SupporterPolicy(config.trusted_organisations)
        except PolicyError as exc:
            raise ConfigError(str(exc)) from None
    if config.trust_lines_dir and not Path(config.trust_lines_dir).is_dir():
        raise ConfigError(f"trust_lines_dir: {config.trust_lines_dir!r} is not a folder")
    if config.log_format not in ("json", "text"):
        raise ConfigError('log_format: must be "json" or "text"')
    if config.log_level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError("log_level: one of DEBUG, INFO, WARNING, ERROR")
    return config


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
