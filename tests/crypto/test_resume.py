"""Resuming a pairing without a new code (docs/PROTOCOL.md section 9): fresh nonces both
ways, keys from the resume secret of the first pairing, the same confirmation, sealing
and binding. Neither the pairing server nor a stranger with the nameplate can resume."""

from __future__ import annotations

import secrets

import pytest

from crypto.code import PairingCode
from crypto.pairing import (
    Paired,
    PairingFailed,
    PairingProtocol,
    PairingState,
    ResumeTicket,
    Role,
)

pytestmark = pytest.mark.security

CODE = PairingCode("1000", "39071556")
KM = bytes(range(32))


def run(home: PairingProtocol, supporter: PairingProtocol, tamper=None) -> list[bytes]:
    """Move frames both ways until quiet; return every frame as sent (for replays)."""
    sent: list[bytes] = []
    home.start()
    supporter.start()
    for _ in range(10):
        moved = False
        for src, dst in ((home, supporter), (supporter, home)):
            for frame in src.data_to_send():
                sent.append(frame)
                dst.receive_data(tamper(frame) if tamper else frame)
                moved = True
        if not moved:
            break
    return sent


def paired_pair() -> tuple[PairingProtocol, PairingProtocol]:
    home = PairingProtocol(Role.HOME_USER, CODE, 0.0)
    supporter = PairingProtocol(Role.SUPPORTER, CODE, 0.0)
    run(home, supporter)
    assert home.state is supporter.state is PairingState.PAIRED
    return home, supporter


def resumed(ticket_home: ResumeTicket, ticket_supporter: ResumeTicket):
    home = PairingProtocol(Role.HOME_USER, None, 0.0, resume=ticket_home)
    supporter = PairingProtocol(Role.SUPPORTER, None, 0.0, resume=ticket_supporter)
    return home, supporter


def test_both_sides_get_the_same_ticket_and_a_resume_gives_new_keys() -> None:
    home, supporter = paired_pair()
    t_home, t_sup = home.resume_ticket(), supporter.resume_ticket()
    assert t_home.room == t_sup.room and t_home.secret == t_sup.secret
    assert len(t_home.room) == 32 and CODE.nameplate not in t_home.room
    new_home, new_sup = resumed(t_home, t_sup)
    run(new_home, new_sup)
    assert new_home.state is new_sup.state is PairingState.PAIRED
    assert new_home.session_id == new_sup.session_id != home.session_id
    # sealed messages and the binding check work with the new keys, as after a pairing
    new_home.send_message({"type": "offer", "sdp": "x"})
    frames = new_home.data_to_send()
    for frame in frames:
        new_sup.receive_data(frame)
    assert [e for e in new_sup.events_received() if not isinstance(e, Paired)][0].message == {
        "type": "offer", "sdp": "x",
    }  # fmt: skip
    tag = new_home.binding_tag("sha-256 AA", "sha-256 BB", KM)
    assert new_sup.verify_binding(tag, "sha-256 AA", "sha-256 BB", KM)
    assert not supporter.verify_binding(tag, "sha-256 AA", "sha-256 BB", KM)  # old keys: no
    # the next resume meets in another room (the server cannot link the two)
    assert new_home.resume_ticket().room not in (t_home.room,)
    assert new_home.resume_ticket().room == new_sup.resume_ticket().room


def test_two_resumes_of_one_ticket_give_different_keys() -> None:
    home, supporter = paired_pair()
    ticket = home.resume_ticket()
    a_home, a_sup = resumed(ticket, supporter.resume_ticket())
    b_home, b_sup = resumed(ticket, supporter.resume_ticket())
    run(a_home, a_sup)
    run(b_home, b_sup)
    assert a_home.session_id != b_home.session_id


def test_the_server_or_a_stranger_cannot_resume() -> None:
    """Without the secret (the server saw only the room id, a stranger the nameplate),
    the honest side's confirmation check fails."""
    home, _ = paired_pair()
    ticket = home.resume_ticket()
    forged = ResumeTicket(ticket.room, secrets.token_bytes(32))
    honest, impostor = resumed(ticket, forged)
    run(honest, impostor)
    assert honest.state is PairingState.FAILED
    assert PairingFailed("bad_confirmation") in honest.events_received()


def test_replayed_frames_of_an_earlier_resume_fail() -> None:
    home, supporter = paired_pair()
    ticket = home.resume_ticket()
    first_home, first_sup = resumed(ticket, supporter.resume_ticket())
    frames = run(first_home, first_sup)
    replayed_from_supporter = [f for f in frames if f[0] in (0x04, 0x02)][1::2]
    victim = PairingProtocol(Role.HOME_USER, None, 0.0, resume=ticket)
    victim.start()
    victim.data_to_send()
    for frame in replayed_from_supporter:
        victim.receive_data(frame)
    assert victim.state is PairingState.FAILED


def test_a_reflected_nonce_and_a_pake_frame_are_refused() -> None:
    home, _ = paired_pair()
    ticket = home.resume_ticket()
    side = PairingProtocol(Role.HOME_USER, None, 0.0, resume=ticket)
    side.start()
    (own,) = side.data_to_send()
    side.receive_data(own)
    assert side.state is PairingState.FAILED
    other = PairingProtocol(Role.SUPPORTER, None, 0.0, resume=ticket)
    other.start()
    pake = PairingProtocol(Role.HOME_USER, CODE, 0.0)
    pake.start()
    other.receive_data(pake.data_to_send()[0])
    assert other.state is PairingState.FAILED


def test_the_ticket_never_shows_its_secret() -> None:
    home, _ = paired_pair()
    ticket = home.resume_ticket()
    assert ticket.secret.hex() not in repr(ticket) and ticket.room not in repr(ticket)
    with pytest.raises(ValueError):
        PairingProtocol(Role.HOME_USER, CODE, 0.0, resume=ticket)
    with pytest.raises(RuntimeError):
        PairingProtocol(Role.HOME_USER, CODE, 0.0).resume_ticket()  # not paired
