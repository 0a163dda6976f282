"""The consent state machine, driven with a fake clock."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assist_agent.consent import (
    ANNOUNCE_BEFORE,
    DEFAULT_RECONFIRM_AFTER,
    LOCAL_ACTIVITY_GRACE,
    Consent,
    ControlAsked,
    ReconfirmSoon,
    ShareState,
    StateChanged,
)

V, C, P, E, W = (
    ShareState.VIEWING,
    ShareState.CONTROLLING,
    ShareState.PAUSED,
    ShareState.ENDED,
    ShareState.WAITING,
)


def controlling(now: float = 0.0) -> Consent:
    consent = Consent(now)
    consent.allow_viewing(now)
    consent.request_control(now)
    consent.grant_control(now)
    return consent


def test_starts_waiting_and_allows_nothing() -> None:
    """Before Allow the supporter may not see, teach or use anything."""
    consent = Consent(0.0)
    assert consent.state is W
    assert not consent.may_view and not consent.may_teach and not consent.may_inject(0.0)


def test_allow_gives_viewing_but_not_control() -> None:
    """Allow means seeing; mouse and keyboard stay a separate permission."""
    consent = Consent(0.0)
    consent.allow_viewing(1.0)
    assert consent.state is V and consent.may_view and consent.may_teach
    assert not consent.may_inject(1.0)
    assert consent.events_received() == [StateChanged(V, W, "allowed")]


def test_control_needs_a_request_and_a_click() -> None:
    """Granting without the supporter's request does nothing; request + grant controls."""
    consent = Consent(0.0)
    consent.allow_viewing(0.0)
    consent.grant_control(1.0)
    assert consent.state is V
    consent.request_control(2.0)
    assert consent.control_asked
    assert ControlAsked() in consent.events_received()
    consent.grant_control(3.0)
    assert consent.state is C and consent.may_inject(3.0)


def test_repeated_requests_ask_once() -> None:
    """A supporter cannot flood the home user with questions."""
    consent = Consent(0.0)
    consent.allow_viewing(0.0)
    consent.events_received()
    for t in range(5):
        consent.request_control(float(t))
    assert consent.events_received() == [ControlAsked()]


def test_deny_clears_the_question() -> None:
    """Saying no leaves viewing as it was, and a later grant click does nothing."""
    consent = Consent(0.0)
    consent.allow_viewing(0.0)
    consent.request_control(1.0)
    consent.deny_control(2.0)
    consent.grant_control(3.0)
    assert consent.state is V and not consent.control_asked


@pytest.mark.parametrize("how", ["take_back_control", "release_control"])
def test_control_can_end_from_either_side(how: str) -> None:
    """The home user takes control back, or the supporter gives it back: viewing again."""
    consent = controlling()
    getattr(consent, how)(5.0)
    assert consent.state is V and not consent.may_inject(5.0)


@pytest.mark.parametrize("start", ["waiting", "viewing", "controlling"])
def test_pause_blocks_everything_and_resume_restores(start: str) -> None:
    """Pause stops seeing, teaching and input; Continue goes back to where it was."""
    consent = {"waiting": lambda: Consent(0.0), "controlling": controlling}.get(
        start, lambda: _viewing()
    )()
    before = consent.state
    consent.pause(1.0)
    assert consent.state is P
    assert not consent.may_view and not consent.may_teach and not consent.may_inject(1.0)
    consent.resume(2.0)
    assert consent.state is before


def _viewing() -> Consent:
    consent = Consent(0.0)
    consent.allow_viewing(0.0)
    return consent


def test_take_back_while_paused_resumes_to_viewing() -> None:
    """Taking control back during a pause means Continue shows the screen only."""
    consent = controlling()
    consent.pause(1.0)
    consent.take_back_control(2.0)
    consent.resume(3.0)
    assert consent.state is V


@pytest.mark.parametrize("how", ["stop", "peer_gone"])
def test_ended_is_final(how: str) -> None:
    """After Stop (or the supporter leaving) nothing can bring the session back."""
    consent = controlling()
    getattr(consent, how)(1.0)
    assert consent.state is E
    for action in ("allow_viewing", "grant_control", "resume", "request_control"):
        getattr(consent, action)(2.0)
    assert consent.state is E and not consent.may_inject(2.0)


def test_local_activity_holds_remote_input_for_a_moment() -> None:
    """The home user's own mouse wins: remote input waits, then may go on."""
    consent = controlling()
    consent.local_activity(10.0)
    assert not consent.may_inject(10.0)
    assert not consent.may_inject(10.0 + LOCAL_ACTIVITY_GRACE - 0.01)
    assert consent.may_inject(10.0 + LOCAL_ACTIVITY_GRACE)
    assert consent.state is C


def test_reconfirmation_is_announced_then_pauses() -> None:
    """Before the re-confirmation time the home user is told; at the time sharing pauses."""
    consent = Consent(0.0, reconfirm_after=600.0)
    consent.allow_viewing(0.0)
    consent.events_received()
    consent.tick(600.0 - ANNOUNCE_BEFORE - 1)
    assert consent.events_received() == []
    consent.tick(600.0 - ANNOUNCE_BEFORE + 1)
    events = consent.events_received()
    assert len(events) == 1 and isinstance(events[0], ReconfirmSoon)
    consent.tick(590.0)
    assert consent.events_received() == []  # announced once
    consent.tick(600.0)
    assert consent.state is P
    assert consent.events_received() == [StateChanged(P, V, "reconfirm")]
    consent.resume(700.0)
    consent.tick(1200.0)
    assert consent.state is V, "Continue starts a new period"
    consent.tick(1300.0)
    assert consent.state is P


def test_home_user_can_change_the_reconfirm_time() -> None:
    """A longer period set by the home user moves the question later."""
    consent = Consent(0.0)
    consent.allow_viewing(0.0)
    consent.set_reconfirm_after(100.0, 3600.0)
    consent.tick(100.0 + 1800.0)
    assert consent.state is V
    consent.tick(100.0 + 3600.0)
    assert consent.state is P


@pytest.mark.security
def test_changing_the_interval_never_restarts_the_clock() -> None:
    """Issue 15, item 9: setting the interval again and again (a supporter scrolling the
    box) does not put the question off: it comes 30 minutes after the last confirmation."""
    consent = Consent(0.0)
    consent.allow_viewing(0.0)
    consent.request_control(10.0)
    consent.grant_control(10.0)
    for minute in range(1, 30):
        consent.set_reconfirm_after(minute * 60.0, DEFAULT_RECONFIRM_AFTER + (minute % 2) * 60)
        consent.tick(minute * 60.0)
    consent.set_reconfirm_after(1799.0, DEFAULT_RECONFIRM_AFTER)
    consent.tick(DEFAULT_RECONFIRM_AFTER)
    assert consent.state is P
    consent.resume(2000.0)  # Continue: a fresh confirmation starts a new period
    consent.set_reconfirm_after(2100.0, 600.0)
    consent.tick(2599.0)
    assert consent.state is C
    consent.tick(2600.0)
    assert consent.state is P


@pytest.mark.security
@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(1, 1799), st.floats(60, 1800)), max_size=30))
def test_the_question_comes_by_the_longest_interval_set(changes: list[tuple[float, float]]) -> None:
    """Property: however the interval is changed, the question comes at the latest the
    longest interval after the last confirmation."""
    consent = Consent(0.0)
    consent.allow_viewing(0.0)
    for at, seconds in sorted(changes):
        consent.set_reconfirm_after(at, seconds)
        consent.tick(at)
    consent.tick(max([DEFAULT_RECONFIRM_AFTER, *(s for _, s in changes)]))
    assert consent.state is P


def test_totals_count_seeing_and_controlling() -> None:
    """The summary's times: seeing includes controlling; pauses count for neither."""
    consent = Consent(0.0)
    consent.allow_viewing(10.0)
    consent.request_control(20.0)
    consent.grant_control(20.0)
    consent.take_back_control(50.0)
    consent.pause(60.0)
    consent.resume(100.0)
    consent.stop(110.0)
    assert consent.totals(200.0) == (60.0, 30.0)


ACTIONS = [
    "allow_viewing", "grant_control", "deny_control", "take_back_control", "pause",
    "resume", "stop", "request_control", "release_control", "peer_gone", "local_activity",
    "tick",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ACTIONS), st.floats(0, 5)), max_size=40))
def test_input_only_ever_allowed_while_controlling(steps: list[tuple[str, float]]) -> None:
    """Property: whatever happens, input is accepted only in `controlling`, control only
    after a request, and nothing leaves `ended`."""
    consent = Consent(0.0, reconfirm_after=120.0)
    now = 0.0
    asked = False
    for action, dt in steps:
        now += dt
        before = consent.state
        asked = asked or (action == "request_control" and before is V)
        getattr(consent, action)(now)
        if consent.may_inject(now):
            assert consent.state is C
        if consent.state is C and before is not C and before is not P:
            assert asked, "control without a request"
        if before is E:
            assert consent.state is E
        if consent.state is C and before is V:
            asked = False
    viewing, controlling_s = consent.totals(now)
    assert 0 <= controlling_s <= viewing <= now + 1e-9
