"""Issue 15, item 10: the helper app tells the supporter why input was refused, in a
validated `refused` message that only the helper app may send."""

from __future__ import annotations

import json

import pytest

from assist_agent.platform.input_worker import TOLD_REASONS
from assist_agent.privacy import REFUSALS
from assist_session import messages

pytestmark = pytest.mark.security


def test_refused_message_round_trips_with_known_reasons_only() -> None:
    """Every reason the sink and the privacy policy tell is a valid `refused`, and every
    valid one is told by one of them; anything else is dropped."""
    assert TOLD_REASONS | REFUSALS == messages.REFUSED_REASONS
    assert not TOLD_REASONS & REFUSALS
    for reason in sorted(messages.REFUSED_REASONS):
        decoded = messages.decode(messages.encode("refused", reason=reason))
        assert decoded["reason"] == reason
    for bad in ("", "SYSTEM_KEY", "anything", 5, None, ["system_key"]):
        with pytest.raises((messages.InvalidMessage, ValueError)):
            messages.decode(json.dumps({"v": 1, "type": "refused", "reason": bad}))
    assert "refused" in messages.HOME_USER_SENDS
    assert "refused" not in messages.SUPPORTER_SENDS


def test_the_supporter_is_told_in_plain_words(qapp: object) -> None:
    """The supporter app's sentence for each reason (English source text)."""
    from assist_client.texts import refused_text

    assert refused_text("system_key") == (
        "This key combination is blocked on the other computer to keep it safe."
    )
    assert refused_text("hotkey") == refused_text("system_key")
    assert "End session" in refused_text("own_window")
