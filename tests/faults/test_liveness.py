"""The clock-driven core that says when the link is lost, back, or given up (no I/O)."""

from __future__ import annotations

from assist_session.heartbeat import RESUME_WINDOW, SILENCE_END, SILENCE_LOST, Liveness


def test_lost_once_after_the_silence_then_back_on_the_next_word() -> None:
    live = Liveness(100.0)
    assert live.tick(100.0 + SILENCE_LOST) is None  # not yet: strictly longer
    assert live.tick(100.0 + SILENCE_LOST + 0.01) == "lost"
    assert live.lost and live.deadline == 100.0 + SILENCE_LOST + RESUME_WINDOW
    assert live.tick(110.0) is None  # said once
    assert live.heard(111.0) is True
    assert not live.lost
    assert live.heard(111.5) is False  # an ordinary word is not "back"


def test_gives_up_after_the_window() -> None:
    live = Liveness(0.0)
    assert live.tick(2.0) == "lost"
    assert live.tick(SILENCE_END) is None
    assert live.tick(SILENCE_END + 0.01) == "gave_up"


def test_a_word_in_time_restarts_the_count() -> None:
    live = Liveness(0.0)
    live.tick(2.0)
    live.heard(SILENCE_END - 1.0)
    assert live.tick(SILENCE_END + 0.01) is None
    assert live.tick(SILENCE_END - 1.0 + SILENCE_LOST + 0.01) == "lost"
