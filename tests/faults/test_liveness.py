"""The clock-driven core that says when the link is lost, back, or given up (no I/O)."""

from __future__ import annotations

import json

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
    heard = SILENCE_END - SILENCE_LOST / 2
    live.heard(heard)
    assert live.tick(SILENCE_END + 0.01) is None
    assert live.tick(heard + SILENCE_LOST + 0.01) == "lost"


def test_chat_lines_show_once_in_order_and_go_again_until_acknowledged() -> None:
    from assist_session import messages
    from assist_session.resume import CHAT_RESEND_AFTER, ChatOrder

    sender, receiver = ChatOrder(), ChatOrder()
    ids = [sender.new_line(text, 0.0) for text in ("a", "b", "c")]
    shown = []
    for line_id in [ids[0], ids[0], ids[2], ids[1], ids[2]]:  # a repeat, a gap, in order
        if receiver.is_next(line_id):
            receiver.accept(line_id)
            shown.append(line_id)
    assert shown == [0, 1, 2]
    assert sender.due(CHAT_RESEND_AFTER - 0.1) == []
    assert sender.due(CHAT_RESEND_AFTER) == [(0, "a"), (1, "b"), (2, "c")]  # all, in order
    sender.acknowledged(receiver.expected - 1)  # the heartbeat's ack: 0 and 1 were shown
    assert sender.due(100.0, everything=True) == [(2, "c")]
    sender.acknowledged(receiver.expected)
    assert sender.due(100.0, everything=True) == []
    # the acknowledgement rides on the heartbeat, validated like every field
    assert messages.decode(messages.encode("heartbeat", ack=3))["ack"] == 3
    for bad in (-1, "3", 2**60, True):
        try:
            messages.decode(json.dumps({"v": 1, "type": "heartbeat", "ack": bad}))
        except messages.InvalidMessage:
            continue
        raise AssertionError(f"ack {bad!r} accepted")
