"""The call's rules (assist_media/call.py) with no I/O: when a microphone may send."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from assist_media.call import CallPhase, HomeCallState, SupporterCallState


def test_home_mic_only_after_talk_and_never_on_hold_or_muted() -> None:
    """Offer → Talk opens; hold and mute close; Not now and end leave nothing open."""
    s = HomeCallState()
    assert not s.mic_may_send
    assert not s.talk()  # no Talk without an offer
    assert s.offered(sharing=True) and not s.mic_may_send
    assert s.talk() and s.mic_may_send and s.may_hear
    s.on_hold = True
    assert not s.mic_may_send and not s.may_hear and s.wire_state() == "on_hold"
    s.on_hold, s.muted = False, True
    assert not s.mic_may_send and s.may_hear
    assert s.end() and not s.mic_may_send and s.wire_state() == "ended"


def test_no_offer_while_paused_and_nothing_after_stop() -> None:
    s = HomeCallState()
    assert not s.offered(sharing=False)  # paused: not even asked
    s.stop()
    assert not s.offered(sharing=True) and not s.talk() and not s.mic_may_send


def test_supporter_follows_the_home_users_answer() -> None:
    s = SupporterCallState()
    s.home_says("talking", False)  # never offered: ignored
    assert s.phase is CallPhase.IDLE
    assert s.offer() and not s.mic_may_send
    s.home_says("talking", False)
    assert s.mic_may_send
    s.home_says("on_hold", False)
    assert not s.mic_may_send and not s.may_hear
    s.home_says("ended", False)
    assert s.phase is CallPhase.IDLE and not s.mic_may_send


HOME_STEPS = ["offer", "offer_paused", "talk", "not_now", "end", "hold", "unhold", "mute",
              "unmute", "stop"]  # fmt: skip


@given(st.lists(st.sampled_from(HOME_STEPS), max_size=30))
def test_home_mic_never_sends_without_talk_or_while_held(steps: list[str]) -> None:
    """Any sequence: the mic sends only in a call the home user said Talk to, not on
    hold, not muted, and never after stop."""
    s = HomeCallState()
    talked, stopped = False, False
    for step in steps:
        if step == "offer":
            s.offered(sharing=True)
        elif step == "offer_paused":
            s.offered(sharing=False)
        elif step == "talk":
            talked |= s.talk()
        elif step == "not_now":
            s.not_now()
        elif step == "end":
            s.end()
        elif step in ("hold", "unhold"):
            s.on_hold = step == "hold"
        elif step in ("mute", "unmute"):
            s.muted = step == "mute"
        else:
            s.stop()
            stopped = True
        if s.mic_may_send:
            assert talked and not stopped and not s.on_hold and not s.muted


def test_every_state_pair_is_covered() -> None:
    """Sanity: hold × mute × phase gives exactly one sending combination."""
    sending = [
        (phase, hold, mute)
        for phase, hold, mute in itertools.product(CallPhase, (False, True), (False, True))
        if HomeCallState(phase, hold, mute).mic_may_send
    ]
    assert sending == [(CallPhase.TALKING, False, False)]
