"""Configuration: TOML file, ASSIST_SIGNALING_* environment and flags, and what is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from signaling.config import Config, ConfigError, Limits, load_config
from tests.support import REPO
from tests.support.timing import TIMEOUT_SCALE

EXAMPLE = REPO / "packaging" / "signaling.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "signaling.toml"
    path.write_text(text)
    return path


def test_defaults_are_loopback_in_memory_and_safe() -> None:
    """An empty configuration listens on loopback port 8765 with in-memory rooms and limits on."""
    config = load_config(env={})
    assert (config.host, config.port, config.redis_url) == ("127.0.0.1", 8765, "")
    assert config.limits == Limits()
    assert config.limits.max_frame_bytes == 64 * 1024 and config.limits.code_lifetime == 600
    assert not config.turn.enabled and config.turn.ice_policy == "all"


def test_file_then_environment_then_flags(tmp_path: Path) -> None:
    """Environment overrides the file, flags override both; sections map to PREFIX_SECTION_KEY."""
    path = write(
        tmp_path,
        'host = "127.0.0.2"\nport = 9000\nredis_url = "redis://127.0.0.1:6379/0"\n'
        "[limits]\nidle_timeout = 5\nmessages_per_second = 3.5\n"
        '[turn]\nsecret = "from-file"\nurls = ["turn:turn.example.org:3478"]\n',
    )
    env = {
        "ASSIST_SIGNALING_PORT": "9100",
        "ASSIST_SIGNALING_LIMITS_IDLE_TIMEOUT": "7.5",
        "ASSIST_SIGNALING_TURN_SECRET": "from-env",
        "ASSIST_SIGNALING_TURN_ICE_POLICY": "relay",
        "ASSIST_SIGNALING_ALLOWED_ORIGINS": "https://a.example, https://b.example",
        "UNRELATED": "x",
    }
    config = load_config(path, env=env, overrides={"port": 9200, "host": None})
    assert config.host == "127.0.0.2" and config.port == 9200
    assert config.limits.idle_timeout == 7.5 and config.limits.messages_per_second == 3.5
    assert config.turn.secret == "from-env" and config.turn.ice_policy == "relay"
    assert config.turn.urls == ("turn:turn.example.org:3478",)
    assert config.allowed_origins == ("https://a.example", "https://b.example")
    assert config.redis_url == "redis://127.0.0.1:6379/0"


def test_turn_secret_file(tmp_path: Path) -> None:
    """turn.secret_file is read at start (for systemd credentials), trailing newline dropped."""
    secret = tmp_path / "turn-secret"
    secret.write_text("s3cret\n")
    env = {
        "ASSIST_SIGNALING_TURN_SECRET_FILE": str(secret),
        "ASSIST_SIGNALING_TURN_URLS": "turn:127.0.0.1:3478",
    }
    assert load_config(env=env).turn.secret == "s3cret"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ASSIST_SIGNALING_HOST": "0.0.0.0"}, "without TLS"),
        ({"ASSIST_SIGNALING_PORT": "eighty"}, "port"),
        ({"ASSIST_SIGNALING_LIMITS_IDLE_TIMEOUT": "0"}, "idle_timeout"),
        ({"ASSIST_SIGNALING_LIMITS_NO_SUCH_LIMIT": "1"}, "unknown setting"),
        ({"ASSIST_SIGNALING_TLS_CERT": "/x.pem"}, "both cert and key"),
        ({"ASSIST_SIGNALING_TURN_ICE_POLICY": "relay"}, "needs turn.secret"),
        ({"ASSIST_SIGNALING_TURN_ICE_POLICY": "sometimes"}, "ice_policy"),
        ({"ASSIST_SIGNALING_TURN_SECRET": "s"}, "both secret and urls"),
        ({"ASSIST_SIGNALING_REDIS_URL": "http://x"}, "redis_url"),
        ({"ASSIST_SIGNALING_BEHIND_PROXY": "maybe"}, "true or false"),
        ({"ASSIST_SIGNALING_LIMITS_MAX_FRAME_BYTES": "10"}, "at least 1024"),
    ],
)
def test_invalid_settings_are_refused_with_the_key_named(env: dict[str, str], message: str) -> None:
    """Every wrong setting stops the start with a message naming it."""
    with pytest.raises(ConfigError, match=message):
        load_config(env=env)


def test_network_listen_is_allowed_behind_a_proxy() -> None:
    """0.0.0.0 without TLS is accepted only when a reverse proxy terminates TLS."""
    config = load_config(
        env={"ASSIST_SIGNALING_HOST": "0.0.0.0", "ASSIST_SIGNALING_BEHIND_PROXY": "true"}
    )
    assert config.behind_proxy and config.host == "0.0.0.0"


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    """A broken TOML file is reported with its path."""
    path = write(tmp_path, "port = = 1\n")
    with pytest.raises(ConfigError, match="signaling.toml"):
        load_config(path, env={})


def test_example_config_in_packaging_is_valid() -> None:
    """packaging/signaling.example.toml loads (with a secret supplied) and keeps safe limits."""
    config = load_config(
        EXAMPLE, env={"ASSIST_SIGNALING_TURN_SECRET": "example", "ASSIST_SIGNALING_REDIS_URL": ""}
    )
    assert config.behind_proxy and config.turn.enabled
    assert config.limits == Limits()


def test_command_line_check_config_and_errors(tmp_path: Path) -> None:
    """`--check-config` prints settings without secrets; a bad setting exits 2 with a reason."""
    env = {"ASSIST_SIGNALING_TURN_SECRET": "do-not-print", "ASSIST_SIGNALING_TURN_URLS": "turn:h"}
    done = subprocess.run(
        [sys.executable, "-m", "signaling", "--check-config", "--port", "9999"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=30 * TIMEOUT_SCALE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "port=9999" in done.stdout and "turn=on" in done.stdout
    assert "do-not-print" not in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "signaling", "--host", "0.0.0.0"],
        cwd=REPO, env={}, capture_output=True, text=True, timeout=30 * TIMEOUT_SCALE,
    )  # fmt: skip
    assert bad.returncode == 2 and "without TLS" in bad.stderr


def test_config_is_immutable() -> None:
    """A Config cannot be changed after loading (the server reads it from several places)."""
    config = Config()
    with pytest.raises(AttributeError):
        config.port = 1  # type: ignore[misc]
