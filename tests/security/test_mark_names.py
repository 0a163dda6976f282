"""A supporter's name cannot pass for a helper mark, at the helper app and in the supporter app.

The consent page shows the supporter's name above the mark of the key that proved itself
("Helper mark: 7F3A-91C2-0B4D-22E1"). A scammer whose name holds a known helper's mark
could look familiar. The helper app, which trusts nothing the supporter app checked,
refuses such a name even with a valid identity proof over it; the supporter app says so
in plain words before anything is sent.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_client.identity import run_only_identity
from assist_client.window import SupporterWindow
from crypto.code import PairingCode
from crypto.identity import SupporterKey, imitates_mark, key_fingerprint
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import claim_fails, serve, session, settle
from tests.support.timing import until

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
]

KNOWN_MARK = key_fingerprint(b"\x07" * 32)  # another, trusted helper's mark
IMITATIONS = [
    f"Anna {KNOWN_MARK}",
    f"Anna, helper mark: {KNOWN_MARK.lower()}",
    "Anna " + KNOWN_MARK[:9].replace("-", "\u2013"),  # half a mark, en dash
    "Anna " + KNOWN_MARK[:9].replace("-", " "),
    "Anna " + "".join(chr(ord(c) + 0xFEE0) if c != "-" else "\uff0d" for c in KNOWN_MARK[:9]),
    "Anna 7F3\u0410-91\u0421\u0415",  # Cyrillic A, C, E
    "Anna 7F3A-9IO2",  # letters I and O for 1 and 0
]
HONEST = ["Anna", "Anna-Liisa Virtanen", "Jean-Paul", "Anna 2024", "Mari, City of Espoo", "آنا"]


@pytest.mark.parametrize("name", IMITATIONS)
def test_names_shaped_like_a_mark_are_found(name: str) -> None:
    """Full and half marks, other dashes, fullwidth and look-alike letters: all refused."""
    assert imitates_mark(name)


@pytest.mark.parametrize("name", HONEST)
def test_ordinary_names_are_kept(name: str) -> None:
    """Double names, a year, an organisation, other scripts: all allowed."""
    assert not imitates_mark(name)


@pytest.mark.parametrize("name", IMITATIONS[:1] + IMITATIONS[-2:])
def test_the_helper_app_refuses_a_proven_name_that_imitates_a_mark(
    run_async: Any, name: str
) -> None:
    """A real supporter app signs the name with a real key: the home user is never asked."""
    identity = run_only_identity()

    async def scenario() -> tuple[Any, tuple[str | None, str | None], str]:
        server = await serve()
        try:
            async with session(server.url, name=name, identity=identity) as run:
                await settle(run)
                await until(lambda: run.both_ended, 10, "both apps ended")
                burned = await claim_fails(server.url, run.code.nameplate)
                return run.asked, run.reasons, burned
        finally:
            await server.close()

    asked, reasons, burned = run_async(scenario())
    assert asked is None, f"the home user was asked by {asked}"
    assert reasons[0] == "bad_message", reasons
    assert burned in ("unknown_code", "room_full")


def test_the_proof_itself_is_valid_for_such_a_name() -> None:
    """The refusal is the name's shape, not a bad signature: the statement verifies."""
    identity = run_only_identity()
    session_id = b"\x01" * 16
    hello = {"type": "hello", "name": IMITATIONS[0]}
    hello.update(identity.signer.hello_fields(session_id, IMITATIONS[0]))
    assert SupporterKey.from_hello(hello, session_id).fingerprint == identity.fingerprint


def test_the_supporter_app_says_so_and_does_not_connect(qtbot: Any, translations: Any) -> None:
    """Typing such a name: a plain message, and Connect stays off even with a right code."""
    window = SupporterWindow("ws://127.0.0.1:9/v1", translations, name="Anna")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.code_edit.setText(PairingCode.new("1000").grouped())
    assert window.connect_button.isEnabled()
    window.name_edit.clear()
    qtbot.keyClicks(window.name_edit, IMITATIONS[0])
    assert not window.connect_button.isEnabled()
    assert "helper mark" in window.code_hint.text()
    qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
    assert window.session is None
