"""Every way a session can end has its own plain words in both apps: what happened and
what to do next. Every machine error code the server can send is covered."""

from __future__ import annotations

import re

import pytest

from assist_agent.texts import ended_text as home_text
from assist_client.texts import ended_text as supporter_text
from signaling.rooms import ERROR_CODES

# Reasons the apps themselves produce (flow.py, channel.py, peer.py, signaling_client.py).
APP_REASONS = {
    "wrong_code", "tampered", "timeout", "server_unreachable", "connection_lost",
    "not_connected", "peer_left", "peer_disconnected",
    "peer_timeout", "bad_confirmation",
}  # fmt: skip
# Endings someone chose (this person, or the other one): not errors.
CHOSEN_ENDINGS = [
    (home_text, reason) for reason in ("stopped_by_you", "declined_by_you", "peer_stopped")
] + [(supporter_text, reason) for reason in ("stopped_by_you", "declined", "peer_stopped")]
FALLBACK = "a reason nobody planned for"


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


@pytest.mark.parametrize("reason", sorted(ERROR_CODES | APP_REASONS))
def test_each_error_has_its_own_words_and_a_next_step(qapp, reason: str) -> None:
    """No known error falls through to the generic text, and each says what happened
    and then what to do (at least two sentences)."""
    for text_of in (home_text, supporter_text):
        text = text_of(reason)
        assert text != text_of(FALLBACK), (reason, text)
        assert len(sentences(text)) >= 2, (reason, text)


def test_the_generic_ending_also_says_what_to_do(qapp) -> None:
    """Even an unknown reason tells the person how to go on."""
    for text_of in (home_text, supporter_text):
        assert len(sentences(text_of(FALLBACK))) >= 2


@pytest.mark.parametrize(("text_of", "reason"), CHOSEN_ENDINGS)
def test_endings_someone_chose_have_their_own_words(qapp, text_of, reason: str) -> None:
    """Stopping or saying no is not an error: its own short, calm words."""
    assert text_of(reason) != text_of(FALLBACK)
