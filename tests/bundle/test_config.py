"""The organisation's assist.toml: every fault named by its line, nothing half-applied,
command line over file over defaults, and a broken file stops the app with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist_ui import config as app_config
from assist_ui.config import AppConfig, ConfigError, load, parse
from crypto.certificates import OrganisationKey
from tests.support import REPO
from tests.support.timing import TIMEOUT_SCALE

# A real trust line (issue 16): the helper app verifies it and refuses a broken one.
TRUST_LINE = (
    OrganisationKey.generate().anchor("Example City digital support", set(), 1_800_000_000)
).to_text()
GOOD = f"""\
pairing_server = "wss://assist.example.org/v1"
organisation = "Example City digital support"
language = "fi"
loan_device = true

[trusted_organisations]
"Example City digital support" = "{TRUST_LINE}"
"""


def test_a_whole_file_is_read() -> None:
    """Every key of a correct file arrives, the trust lines kept as they are."""
    config = parse(GOOD, "assist.toml")
    assert config.pairing_server == "wss://assist.example.org/v1"
    assert config.organisation == "Example City digital support"
    assert config.language == "fi"
    assert config.loan_device is True
    assert config.trusted_organisations == {"Example City digital support": TRUST_LINE}


def test_the_example_file_is_correct() -> None:
    """packaging/assist.example.toml, which ships in every bundle, parses as it is."""
    assert load(REPO / "packaging" / "assist.example.toml").organisation


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('language = "fi"\nloan_device = "yes"\n', 2, "loan_device must be true or false"),
        ('\n# comment\npairing_servr = "wss://x/v1"\n', 3, "did you mean 'pairing_server'"),
        ('pairing_server = "https://x.example.org/"\n', 1, "must start with wss://"),
        ('pairing_server = "wss:///v1"\n', 1, "names no computer"),
        ('pairing_server = "wss://x.example.org:99999/"\n', 1, "bad port"),
        ('pairing_server = "wss://x.example.org/my path"\n', 1, "spaces"),
        ('pairing_server = "ws://x.example.org/v1"\n', 1, "ws:// is not encrypted"),
        ('language = "de"\n', 1, "language must be one of fi, sv, en"),
        ('organisation = ""\n', 1, "organisation must be a name"),
        ('organisation = "unfinished\n', 1, "not valid TOML"),
        ("loan_device = yes\n", 1, "not valid TOML"),
        ('language = "fi"\n[turn]\nurls = []\n', 2, "TURN is set on the pairing server"),
        ('[trusted_organisations]\n"City" = 3\n', 2, "the key of 'City' must be text"),
        ("trusted_organisations = 3\n", 1, "must be a table"),
    ],
)
def test_a_fault_names_its_line_and_what_is_wrong(text: str, line: int, words: str) -> None:
    """A wrong type, an unknown key, a bad address or broken TOML: one plain message
    with the file, the line and what is wrong."""
    with pytest.raises(ConfigError) as raised:
        parse(text, "assist.toml")
    assert raised.value.line == line
    assert str(raised.value).startswith(f"assist.toml, line {line}: ")
    assert words in str(raised.value)


def test_plain_ws_is_only_for_a_server_on_this_computer() -> None:
    """ws:// (unencrypted) is accepted for loopback only: a test machine's own server."""
    for url in ("ws://127.0.0.1:8765/v1", "ws://localhost:8765/v1", "ws://[::1]:8765/v1"):
        assert parse(f'pairing_server = "{url}"\n').pairing_server == url


def test_only_the_programs_own_folder_is_read(tmp_path: Path, monkeypatch) -> None:
    """assist.toml next to the executable is read; one in the current folder is not."""
    (tmp_path / "bin").mkdir()
    (tmp_path / "cwd").mkdir()
    (tmp_path / "cwd" / "assist.toml").write_text('organisation = "Not this one"\n')
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    assert load() == AppConfig()
    (tmp_path / "bin" / "assist.toml").write_text('organisation = "This one"\n')
    assert load().organisation == "This one"
    with pytest.raises(ConfigError, match="does not exist"):
        load(tmp_path / "nowhere.toml")


def run_agent(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assist_agent", *args],
        cwd=REPO,
        env=env or dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60 * TIMEOUT_SCALE,
    )


def test_a_broken_file_stops_the_app_with_its_message(tmp_path: Path) -> None:
    """Exit code 2 and the line on stderr; nothing starts (no window, no settings)."""
    broken = tmp_path / "assist.toml"
    broken.write_text('pairing_server = "wss://assist.example.org/v1"\nlanguage = "de"\n')
    done = run_agent("--config", str(broken))
    assert done.returncode == 2
    assert f"{broken}, line 2: language must be one of" in done.stderr


def test_check_config_says_fine_or_names_the_fault(tmp_path: Path) -> None:
    """--check-config checks the file and exits: 0 when fine, 2 with the fault."""
    good = tmp_path / "good.toml"
    good.write_text(GOOD)
    done = run_agent("--config", str(good), "--check-config")
    assert (done.returncode, done.stdout.strip()) == (0, f"{good}: fine")
    good.write_text("loan_device = 1\n")
    done = run_agent("--config", str(good), "--check-config")
    assert done.returncode == 2 and "line 1: loan_device must be true or false" in done.stderr


def test_command_line_over_file_over_defaults(tmp_path: Path, monkeypatch) -> None:
    """--server and --lang win over the file; the file wins over the built-in defaults."""
    import assist_agent.__main__ as agent_main
    import assist_ui.app
    import assist_ui.settings
    from assist_session import DEFAULT_SERVER_URL

    seen: dict[str, object] = {}

    class FakeWindow:
        def __init__(self, server_url, translations, **options) -> None:
            seen.update(server=server_url, **options)

    def fake_run_app(build, lang, **options) -> int:
        seen["lang"] = lang
        build(None, None)
        return 0

    monkeypatch.setattr(assist_ui.app, "run_app", fake_run_app)
    monkeypatch.setattr("assist_agent.window.HomeWindow", FakeWindow)
    monkeypatch.setattr(assist_ui.settings, "data_dir", lambda: tmp_path)
    monkeypatch.delenv("ASSIST_SERVER", raising=False)
    monkeypatch.delenv("ASSIST_LANG", raising=False)
    file = tmp_path / "assist.toml"
    file.write_text(GOOD.replace("loan_device = true", "loan_device = false"))

    def start(*args: str) -> dict[str, object]:
        seen.clear()
        assert agent_main.main(["--config", str(file), *args]) == 0
        return dict(seen)

    from_file = start()
    assert from_file["server"] == "wss://assist.example.org/v1"
    assert from_file["organisation"] == "Example City digital support"
    assert (from_file["lang"], from_file["loan_device"]) == ("fi", False)
    from_flags = start("--server", "ws://127.0.0.1:9/v1", "--lang", "sv")
    assert (from_flags["server"], from_flags["lang"]) == ("ws://127.0.0.1:9/v1", "sv")
    file.write_text("")
    assert start()["server"] == DEFAULT_SERVER_URL


def test_the_window_says_it_plainly_in_the_persons_language(qapp, translations) -> None:
    """The window a home user sees: translated title, sentence and button, with the
    exact fault below for the organisation's staff."""
    from assist_ui.config_problem import problem_box

    problem = ConfigError("/opt/assist-agent/assist.toml", 4, "language must be one of …")
    translations.switch("fi")
    try:
        box = problem_box(problem)
        assert box.windowTitle() == "Sovellus ei voi käynnistyä"
        assert box.text().startswith("Sovelluksen mukana tulleissa asetuksissa on virhe.")
        assert box.informativeText() == str(problem)
        assert [b.text() for b in box.buttons()] == ["Sulje"]
    finally:
        translations.switch("en")


def test_start_language_order(tmp_path: Path, monkeypatch) -> None:
    """The command line, then ASSIST_LANG or the person's saved choice, then the file."""
    import assist_ui.settings

    monkeypatch.setattr(assist_ui.settings, "data_dir", lambda: tmp_path)
    monkeypatch.delenv("ASSIST_LANG", raising=False)
    config = AppConfig(language="fi")
    assert app_config.start_language("sv", config, app_name="home") == "sv"
    assert app_config.start_language(None, config, app_name="home") == "fi"
    monkeypatch.setenv("ASSIST_LANG", "et")
    assert app_config.start_language(None, config, app_name="home") is None  # run_app: et
    monkeypatch.delenv("ASSIST_LANG")
    assist_ui.settings.Settings.for_app("home").set("language", "uk")
    assert app_config.start_language(None, config, app_name="home") is None  # saved: uk
