"""The supporter's identity key lives in a real keyring backend, never silently in clear text."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from assist_client import identity as identity_module
from assist_client.identity import (
    ENTRY,
    SERVICE,
    backend_problem,
    load_identity,
)
from tests.support.memory_keyring import MemoryKeyring
from tests.support.requires import missing

pytestmark = pytest.mark.security


class FakePlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's PlaintextKeyring (a file of secrets in clear)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.file: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.file.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.file[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.file.pop((service, username), None)


FakePlaintextKeyring.__module__ = "keyrings.alt.file"
FakePlaintextKeyring.__name__ = FakePlaintextKeyring.__qualname__ = "PlaintextKeyring"


class LockedKeyring(MemoryKeyring):
    """A real backend that fails, as a locked or unreachable Secret Service does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def memory() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_real_backend_keeps_one_key_across_runs(memory: MemoryKeyring) -> None:
    """First run stores a key in the keyring; the next run loads the very same key."""
    first = load_identity()
    assert first.persistent and first.problem is None
    assert (SERVICE, ENTRY) in memory.entries
    second = load_identity()
    assert second.persistent
    assert second.fingerprint == first.fingerprint
    assert second.signer.public_key == first.signer.public_key


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_backend_keeps_the_key_for_this_run_and_says_so(
    backend: keyring.backend.KeyringBackend,
) -> None:
    """`fail` / `null` keyrings: no exception, a run-only key, and a problem word to show."""
    first = load_identity(backend)
    second = load_identity(backend)
    assert not first.persistent and first.problem == "no_keyring"
    assert first.fingerprint != second.fingerprint  # nothing was kept


def test_plaintext_backend_is_never_used() -> None:
    """A keyrings.alt-style plaintext backend is refused and never written to."""
    plaintext = FakePlaintextKeyring()
    assert backend_problem(plaintext) == "plaintext_keyring"
    loaded = load_identity(plaintext)
    assert not loaded.persistent and loaded.problem == "plaintext_keyring"
    assert plaintext.file == {}


def test_plaintext_backend_chosen_by_keyring_itself_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When keyring's own choice (the chainer) would write to a plaintext member: refused."""
    plaintext = FakePlaintextKeyring()
    monkeypatch.setattr(
        chainer.ChainerBackend, "backends", [MemoryKeyring(), plaintext], raising=False
    )
    chain = chainer.ChainerBackend()
    assert backend_problem(chain) == "plaintext_keyring"
    loaded = load_identity(chain)
    assert not loaded.persistent
    assert plaintext.file == {}


def test_real_keyrings_alt_plaintext_backend_is_refused(tmp_path: object) -> None:
    """With keyrings.alt installed, its plaintext file backend is refused by its module."""
    try:
        import keyrings.alt.file as alt_file
    except ImportError:
        missing("keyrings.alt", "the test extra installs it")
    backend = alt_file.PlaintextKeyring()
    assert backend_problem(backend) == "plaintext_keyring"


def test_an_empty_chain_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's chainer with nothing behind it is "no keyring", never a silent success."""
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    assert backend_problem(chainer.ChainerBackend()) == "no_keyring"
    assert load_identity(chainer.ChainerBackend()).problem == "no_keyring"


def test_a_failing_backend_is_a_run_only_key_not_a_crash() -> None:
    """A locked keyring: the app still starts, with a run-only key and `keyring_error`."""
    loaded = load_identity(LockedKeyring())
    assert not loaded.persistent and loaded.problem == "keyring_error"


def test_a_damaged_entry_is_left_alone() -> None:
    """An entry that is not a key is never overwritten; this run uses a run-only key."""
    backend = MemoryKeyring()
    backend.set_password(SERVICE, ENTRY, "not a key")
    loaded = load_identity(backend)
    assert not loaded.persistent and loaded.problem == "keyring_damaged"
    assert backend.get_password(SERVICE, ENTRY) == "not a key"


def test_repr_never_shows_the_private_key(memory: MemoryKeyring) -> None:
    """Neither the identity nor its signer print the private key."""
    loaded = load_identity()
    stored = memory.entries[(SERVICE, ENTRY)]
    for text in (repr(loaded), str(loaded), repr(loaded.signer)):
        assert stored not in text
        assert loaded.fingerprint in text


def test_the_supporter_window_says_when_the_key_is_not_kept(
    qapp: object, translations: object
) -> None:
    """With no usable keyring the supporter window shows it, with the identity mark."""
    from assist_client.window import SupporterWindow

    loaded = load_identity(fail.Keyring())
    window = SupporterWindow("ws://127.0.0.1:9/v1", translations, identity=loaded)  # type: ignore[arg-type]
    try:
        text = window.identity_note.text()
        assert loaded.fingerprint in text
        assert "No safe key store" in text
        assert loaded.problem == identity_module.NO_KEYRING
    finally:
        window.close()
        window.deleteLater()


def test_the_supporter_window_loads_the_keyring_key(
    qapp: object, translations: object, memory: MemoryKeyring
) -> None:
    """By default the window loads (or makes) the key in the keyring and says it is kept."""
    from assist_client.window import SupporterWindow

    window = SupporterWindow("ws://127.0.0.1:9/v1", translations)  # type: ignore[arg-type]
    try:
        assert window.identity.persistent
        assert (SERVICE, ENTRY) in memory.entries
        assert "The person sees the same mark" in window.identity_note.text()
    finally:
        window.close()
        window.deleteLater()
