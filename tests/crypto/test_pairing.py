"""Security tests for the I/O-free pairing protocol (docs/PROTOCOL.md, section 3)."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
from collections import deque
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st
from spake2 import SPAKE2_B

from crypto.code import PairingCode
from crypto.pairing import (
    EXPORTER_LABEL,
    KEYING_MATERIAL_BYTES,
    MAX_FRAME_BYTES,
    MessageReceived,
    Paired,
    PairingFailed,
    PairingProtocol,
    PairingState,
    Role,
)

pytestmark = pytest.mark.security

CODE = PairingCode("1000", "39071556")
HOME_MESSAGES: list[dict[str, Any]] = [
    {"type": "consent", "view": True},
    {"type": "offer", "sdp": "v=0\r\no=- 1 2"},
]
SUPPORTER_MESSAGES: list[dict[str, Any]] = [
    {"type": "hello", "name": "Anna", "app": "assist-client/0.1"},
    {"type": "answer", "sdp": "v=0\r\no=- 3 4 ünïcode"},
]
FP_HOME = "sha-256 AB:CD:EF:01"
FP_SUPPORTER = "sha-256 12:34:56:78"
KM = bytes(range(32))  # a DTLS exporter value (EXPORTER_LABEL, 32 bytes)
OTHER_KM = bytes(range(1, 33))

Tamper = Callable[[int, bytes], bytes]


class Wire:
    """Moves frames between two protocols like the app glue: one relay at a time, in order.

    Each side's output is flushed right after each frame it handles, as
    `assist_session.channel` does. `tamper(index, frame)` may change any frame on the way;
    `log` records (sender role, frame as delivered).
    """

    def __init__(
        self, home: PairingProtocol, supporter: PairingProtocol, tamper: Tamper | None = None
    ) -> None:
        self.home = home
        self.supporter = supporter
        self.tamper = tamper
        self.index = 0
        self.log: list[tuple[Role, bytes]] = []
        self._to_supporter: deque[bytes] = deque()
        self._to_home: deque[bytes] = deque()

    def _flush(self) -> None:
        self._to_supporter.extend(self.home.data_to_send())
        self._to_home.extend(self.supporter.data_to_send())

    def _deliver(self, queue: deque[bytes], sender: Role, receiver: PairingProtocol) -> None:
        frame = queue.popleft()
        if self.tamper is not None:
            frame = self.tamper(self.index, frame)
        self.index += 1
        self.log.append((sender, frame))
        receiver.receive_data(frame)
        self._flush()

    def pump(self) -> None:
        self._flush()
        while self._to_supporter or self._to_home:
            if self._to_supporter:
                self._deliver(self._to_supporter, Role.HOME_USER, self.supporter)
            if self._to_home:
                self._deliver(self._to_home, Role.SUPPORTER, self.home)


def make_pair(
    home_code: PairingCode = CODE, supporter_code: PairingCode | None = None, now: float = 0.0
) -> tuple[PairingProtocol, PairingProtocol]:
    home = PairingProtocol(Role.HOME_USER, home_code, now)
    supporter = PairingProtocol(Role.SUPPORTER, supporter_code or home_code, now)
    home.start()
    supporter.start()
    return home, supporter


def paired_pair(code: PairingCode = CODE) -> tuple[PairingProtocol, PairingProtocol, Wire]:
    home, supporter = make_pair(code)
    wire = Wire(home, supporter)
    wire.pump()
    assert home.state is supporter.state is PairingState.PAIRED
    home.events_received()
    supporter.events_received()
    return home, supporter, wire


def messages(events: list[Any]) -> list[dict[str, Any]]:
    return [event.message for event in events if isinstance(event, MessageReceived)]


def failures(events: list[Any]) -> list[str]:
    return [event.reason for event in events if isinstance(event, PairingFailed)]


def flip(frame: bytes, bit: int) -> bytes:
    changed = bytearray(frame)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


# -- happy path -----------------------------------------------------------------------


def test_same_code_pairs_and_messages_flow_both_ways() -> None:
    """Both sides reach PAIRED with one session id, and sealed messages arrive in order."""
    home, supporter = make_pair()
    Wire(home, supporter).pump()
    home_events, supporter_events = home.events_received(), supporter.events_received()
    assert home_events == [Paired(home.session_id)]  # type: ignore[arg-type]
    assert supporter_events == [Paired(supporter.session_id)]  # type: ignore[arg-type]
    assert home.session_id == supporter.session_id
    assert home.session_id is not None and len(home.session_id) == 16

    for message in HOME_MESSAGES:
        home.send_message(message)
    for message in SUPPORTER_MESSAGES:
        supporter.send_message(message)
    Wire(home, supporter).pump()
    assert supporter.events_received() == [MessageReceived(m) for m in HOME_MESSAGES]
    assert home.events_received() == [MessageReceived(m) for m in SUPPORTER_MESSAGES]


def test_frames_have_the_documented_layout() -> None:
    """PAKE is 1+33 bytes, CONFIRM 1+32, SEALED 1+8-byte sequence+ciphertext with tag."""
    home, supporter, wire = paired_pair()
    home.send_message({"type": "bye", "reason": "stopped"})
    home.send_message({"type": "bye", "reason": "stopped"})
    wire.pump()
    kinds = [(role, frame[0], len(frame)) for role, frame in wire.log]
    assert kinds[:4] == [
        (Role.HOME_USER, 0x01, 34),
        (Role.SUPPORTER, 0x01, 34),
        (Role.HOME_USER, 0x02, 33),
        (Role.SUPPORTER, 0x02, 33),
    ]
    plaintext_len = len(b'{"type":"bye","reason":"stopped"}')
    sealed = [frame for _, frame in wire.log[4:]]
    assert [frame[0] for frame in sealed] == [0x03, 0x03]
    assert [frame[1:9] for frame in sealed] == [bytes(8), (1).to_bytes(8, "big")]
    assert all(len(frame) == 1 + 8 + plaintext_len + 16 for frame in sealed)


def test_each_session_has_its_own_session_id() -> None:
    """Two pairings with the same code derive different session ids."""
    first, _, _ = paired_pair()
    second, _, _ = paired_pair()
    assert first.session_id != second.session_id


def test_repr_and_events_do_not_reveal_the_secret() -> None:
    """Neither the protocol's repr nor its events contain the secret digits."""
    home, supporter, wire = paired_pair()
    supporter.send_message({"type": "hello", "name": "Anna", "app": "x"})
    wire.pump()
    shown = repr(home) + repr(supporter) + repr(home.events_received())
    assert CODE.secret not in shown
    assert "39071556" not in shown


# -- wrong code -----------------------------------------------------------------------


def _wrong_digit_codes() -> list[PairingCode]:
    wrong = []
    for position in range(len(CODE.secret)):
        digit = str((int(CODE.secret[position]) + 1) % 10)
        wrong.append(
            PairingCode(
                CODE.nameplate, CODE.secret[:position] + digit + CODE.secret[position + 1 :]
            )
        )
    return wrong


@pytest.mark.parametrize("wrong_code", _wrong_digit_codes(), ids=lambda c: c.secret)
def test_one_wrong_secret_digit_fails_both_sides(wrong_code: PairingCode) -> None:
    """Any single wrong secret digit ends both sides with bad_confirmation, nothing delivered."""
    home, supporter = make_pair(CODE, wrong_code)
    Wire(home, supporter).pump()
    assert home.state is supporter.state is PairingState.FAILED
    for side in (home, supporter):
        events = side.events_received()
        assert events == [PairingFailed("bad_confirmation")]
        assert side.session_id is None
        with pytest.raises(RuntimeError):
            side.send_message({"type": "hello"})


def test_other_nameplate_with_same_secret_fails() -> None:
    """The nameplate is part of the password: the same secret under another one fails."""
    home, supporter = make_pair(CODE, PairingCode("1001", CODE.secret))
    Wire(home, supporter).pump()
    assert failures(home.events_received()) == ["bad_confirmation"]
    assert failures(supporter.events_received()) == ["bad_confirmation"]


# -- tampering ------------------------------------------------------------------------

FRAMES_IN_SCENARIO = 8  # PAKE x2, CONFIRM x2, SEALED x4


def _run_tampered_scenario(tamper: Tamper) -> tuple[PairingProtocol, PairingProtocol, Wire]:
    home, supporter = make_pair()
    wire = Wire(home, supporter, tamper)
    wire.pump()
    if home.state is PairingState.PAIRED:
        for message in HOME_MESSAGES:
            home.send_message(message)
    if supporter.state is PairingState.PAIRED:
        for message in SUPPORTER_MESSAGES:
            supporter.send_message(message)
    wire.pump()
    return home, supporter, wire


def _assert_tampering_detected(
    home: PairingProtocol, supporter: PairingProtocol, wire: Wire, target: int
) -> None:
    sender, _ = wire.log[target]
    receiver = supporter if sender is Role.HOME_USER else home
    receiver_events = receiver.events_received()
    assert receiver.state is PairingState.FAILED
    assert len(failures(receiver_events)) == 1
    # Nothing altered is ever delivered: what arrived is an untouched prefix.
    sent = HOME_MESSAGES if sender is Role.HOME_USER else SUPPORTER_MESSAGES
    got = messages(receiver_events)
    assert got == sent[: len(got)]
    assert len(got) < len(sent) or target < 4


def test_untampered_scenario_has_eight_frames() -> None:
    """The tamper scenario really sends two PAKE, two CONFIRM and four SEALED frames."""
    home, supporter, wire = _run_tampered_scenario(lambda _index, frame: frame)
    assert len(wire.log) == FRAMES_IN_SCENARIO
    assert messages(supporter.events_received()) == HOME_MESSAGES
    assert messages(home.events_received()) == SUPPORTER_MESSAGES


@settings(max_examples=120, deadline=None)
@given(target=st.integers(0, FRAMES_IN_SCENARIO - 1), data=st.data())
def test_any_flipped_bit_fails_the_receiver(target: int, data: st.DataObject) -> None:
    """Flipping any bit of any frame moves the side that receives it to FAILED."""

    def tamper(index: int, frame: bytes) -> bytes:
        if index != target:
            return frame
        return flip(frame, data.draw(st.integers(0, len(frame) * 8 - 1), label="bit"))

    home, supporter, wire = _run_tampered_scenario(tamper)
    _assert_tampering_detected(home, supporter, wire, target)


@pytest.mark.parametrize("target", range(FRAMES_IN_SCENARIO))
@pytest.mark.parametrize("where", ["kind", "first_body_bit", "last_bit", "truncate", "extend"])
def test_every_frame_is_protected(target: int, where: str) -> None:
    """Each frame of the scenario, changed at its edges or in length, fails the receiver."""

    def tamper(index: int, frame: bytes) -> bytes:
        if index != target:
            return frame
        if where == "kind":
            return flip(frame, 1)
        if where == "first_body_bit":
            return flip(frame, 8)
        if where == "last_bit":
            return flip(frame, len(frame) * 8 - 1)
        if where == "truncate":
            return frame[:-1]
        return frame + b"\x00"

    home, supporter, wire = _run_tampered_scenario(tamper)
    _assert_tampering_detected(home, supporter, wire, target)


def test_replayed_sealed_frame_fails_with_bad_sequence() -> None:
    """Delivering the same sealed frame twice is refused as bad_sequence."""
    home, supporter, _ = paired_pair()
    home.send_message(HOME_MESSAGES[0])
    (frame,) = home.data_to_send()
    supporter.receive_data(frame)
    supporter.receive_data(frame)
    events = supporter.events_received()
    assert messages(events) == [HOME_MESSAGES[0]]
    assert failures(events) == ["bad_sequence"]


def test_reordered_sealed_frames_fail() -> None:
    """A later sealed frame delivered first is refused, and nothing is delivered."""
    home, supporter, _ = paired_pair()
    for message in HOME_MESSAGES:
        home.send_message(message)
    first, second = home.data_to_send()
    supporter.receive_data(second)
    supporter.receive_data(first)
    events = supporter.events_received()
    assert messages(events) == []
    assert failures(events) == ["bad_sequence"]


def test_dropped_sealed_frame_fails() -> None:
    """A gap in the sequence (a frame dropped by the relay) is refused."""
    home, supporter, _ = paired_pair()
    for message in HOME_MESSAGES:
        home.send_message(message)
    _, second = home.data_to_send()
    supporter.receive_data(second)
    assert failures(supporter.events_received()) == ["bad_sequence"]


def test_reflected_pake_fails() -> None:
    """Our own PAKE frame sent back to us (also with the side byte rewritten) fails."""
    for rewrite_side in (False, True):
        home = PairingProtocol(Role.HOME_USER, CODE, 0.0)
        home.start()
        (pake,) = home.data_to_send()
        if rewrite_side:
            pake = pake[:1] + b"B" + pake[2:]
        home.receive_data(pake)
        assert failures(home.events_received()) == ["bad_message"]
        assert home.data_to_send() == []


def test_reflected_confirm_fails() -> None:
    """Our own CONFIRM frame sent back to us is refused."""
    home, supporter = make_pair()
    (supporter_pake,) = supporter.data_to_send()
    home.receive_data(supporter_pake)
    (home_confirm,) = [f for f in home.data_to_send() if f[0] == 0x02]
    home.receive_data(home_confirm)
    assert home.state is PairingState.FAILED
    assert failures(home.events_received()) == ["unexpected_frame"]


def test_reflected_sealed_frame_fails() -> None:
    """Our own sealed frame sent back to us does not open with the peer's key."""
    home, supporter, _ = paired_pair()
    home.send_message(HOME_MESSAGES[0])
    (frame,) = home.data_to_send()
    home.receive_data(frame)
    events = home.events_received()
    assert messages(events) == []
    assert failures(events) == ["bad_seal"]


def test_sealed_frame_from_an_older_session_fails() -> None:
    """A sealed frame recorded in an earlier pairing with the same code is refused."""
    old_home, _, _ = paired_pair()
    old_home.send_message(HOME_MESSAGES[0])
    (old_frame,) = old_home.data_to_send()
    _, supporter, _ = paired_pair()
    supporter.receive_data(old_frame)
    events = supporter.events_received()
    assert messages(events) == []
    assert failures(events) == ["bad_seal"]


def test_confirm_from_an_older_session_fails() -> None:
    """A CONFIRM frame recorded in an earlier pairing with the same code is refused."""
    old_home, old_supporter = make_pair()
    old_wire = Wire(old_home, old_supporter)
    old_wire.pump()
    old_confirm = next(f for role, f in old_wire.log if role is Role.HOME_USER and f[0] == 0x02)
    home, supporter = make_pair()
    (home_pake,) = home.data_to_send()
    supporter.receive_data(home_pake)
    supporter.receive_data(old_confirm)
    assert failures(supporter.events_received()) == ["bad_confirmation"]


# -- frames out of place ---------------------------------------------------------------


def test_confirm_before_the_peer_pake_is_unexpected() -> None:
    """A CONFIRM arriving before we have the key is unexpected_frame."""
    home, supporter = make_pair()
    supporter.receive_data(home.data_to_send()[0])
    confirm = [f for f in supporter.data_to_send() if f[0] == 0x02]
    fresh_home = PairingProtocol(Role.HOME_USER, CODE, 0.0)
    fresh_home.start()
    fresh_home.receive_data(confirm[0])
    assert failures(fresh_home.events_received()) == ["unexpected_frame"]


def test_second_pake_is_unexpected() -> None:
    """A second PAKE message is unexpected_frame."""
    home, supporter = make_pair()
    (supporter_pake,) = supporter.data_to_send()
    home.receive_data(supporter_pake)
    home.receive_data(supporter_pake)
    assert failures(home.events_received()) == ["unexpected_frame"]


def test_sealed_frame_while_confirming_is_unexpected() -> None:
    """A sealed frame before the peer's CONFIRM is unexpected_frame, never delivered."""
    home, supporter, _ = paired_pair()
    home.send_message(HOME_MESSAGES[0])
    (sealed,) = home.data_to_send()
    # A fresh supporter that has the PAKE but not yet the home user's CONFIRM.
    fresh_home, fresh_supporter = make_pair()
    fresh_supporter.receive_data(fresh_home.data_to_send()[0])
    assert fresh_supporter.state is PairingState.CONFIRMING
    fresh_supporter.receive_data(sealed)
    events = fresh_supporter.events_received()
    assert failures(events) == ["unexpected_frame"]
    assert messages(events) == []


def test_sealed_frame_while_waiting_for_pake_is_unexpected() -> None:
    """A sealed frame as the very first frame is unexpected_frame."""
    home, _ = make_pair()
    home.receive_data(b"\x03" + bytes(8) + bytes(40))
    assert failures(home.events_received()) == ["unexpected_frame"]


def test_confirm_after_paired_is_unexpected() -> None:
    """A repeated CONFIRM after pairing is unexpected_frame."""
    home, supporter, wire = paired_pair()
    supporter_confirm = next(f for r, f in wire.log if r is Role.SUPPORTER and f[0] == 0x02)
    home.receive_data(supporter_confirm)
    assert failures(home.events_received()) == ["unexpected_frame"]


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        (b"", "bad_message"),
        (b"\x00", "unexpected_frame"),
        (b"\x04" + bytes(33), "unexpected_frame"),
        (b"\xff", "unexpected_frame"),
        (b"\x01", "bad_message"),
        (b"\x01" + bytes(32), "bad_message"),
        (b"\x01" + bytes(34), "bad_message"),
        (b"\x01B" + bytes(32), "bad_message"),  # not a point in the group
        (b"\x01" + bytes(MAX_FRAME_BYTES), "bad_message"),  # over 256 KiB
    ],
)
def test_malformed_first_frames(frame: bytes, reason: str) -> None:
    """Empty, unknown, short, long, oversized or invalid PAKE frames fail with a reason."""
    home, _ = make_pair()
    home.receive_data(frame)
    assert home.state is PairingState.FAILED
    assert failures(home.events_received()) == [reason]


@pytest.mark.parametrize(
    "frame",
    [b"\x02" + bytes(31), b"\x02" + bytes(33), b"\x03" + bytes(23), b"\x03"],
)
def test_wrong_length_confirm_and_sealed_frames_fail(frame: bytes) -> None:
    """CONFIRM frames of the wrong length and too-short SEALED frames fail."""
    home, supporter, _ = paired_pair()
    if frame[0] == 0x02:
        fresh_home, fresh_supporter = make_pair()
        fresh_home.receive_data(fresh_supporter.data_to_send()[0])
        home = fresh_home
    home.events_received()
    home.receive_data(frame)
    assert home.state is PairingState.FAILED
    assert failures(home.events_received()) == ["bad_message"]


# -- a second, independent implementation of PROTOCOL.md section 3 ----------------------


class SpecSupporter:
    """The supporter side written straight from PROTOCOL.md, to check the wire format."""

    def __init__(self, code: PairingCode) -> None:
        password = b"assist/v1|" + code.nameplate.encode() + b"|" + code.secret.encode()
        self.spake = SPAKE2_B(password, idA=b"assist-home-user", idB=b"assist-supporter")
        self.msg_b: bytes = self.spake.start()
        self.keys: dict[str, bytes] = {}
        self.session_id = b""
        self.seq = 0

    def pake_frame(self) -> bytes:
        return b"\x01" + self.msg_b

    def receive_pake(self, frame: bytes) -> None:
        assert frame[0] == 0x01
        msg_a = frame[1:]
        k_spake: bytes = self.spake.finish(msg_a)
        self.transcript = hashlib.sha256(msg_a + self.msg_b).digest()
        for label in ("confirm A", "confirm B", "seal A", "seal B", "binding", "session id"):
            hkdf = HKDF(
                hashes.SHA256(), 32, salt=self.transcript, info=b"assist/v1 " + label.encode()
            )
            self.keys[label] = hkdf.derive(k_spake)
        self.session_id = self.keys["session id"][:16]

    def confirm_tag(self, side: str) -> bytes:
        key = self.keys[f"confirm {side}"]
        return hmac.new(key, b"confirm" + self.transcript, hashlib.sha256).digest()

    def aad(self, sender: bytes, seq: int) -> bytes:
        return b"assist/v1" + self.session_id + sender + seq.to_bytes(8, "big")

    def seal(self, plaintext: bytes) -> bytes:
        seq, self.seq = self.seq, self.seq + 1
        nonce = bytes(4) + seq.to_bytes(8, "big")
        ciphertext = ChaCha20Poly1305(self.keys["seal B"]).encrypt(
            nonce, plaintext, self.aad(b"B", seq)
        )
        return b"\x03" + seq.to_bytes(8, "big") + ciphertext

    def open(self, frame: bytes) -> bytes:
        seq = int.from_bytes(frame[1:9], "big")
        nonce = bytes(4) + frame[1:9]
        return ChaCha20Poly1305(self.keys["seal A"]).decrypt(nonce, frame[9:], self.aad(b"A", seq))


def _home_paired_with_spec() -> tuple[PairingProtocol, SpecSupporter]:
    home = PairingProtocol(Role.HOME_USER, CODE, 0.0)
    spec = SpecSupporter(CODE)
    home.start()
    (home_pake,) = home.data_to_send()
    spec.receive_pake(home_pake)
    home.receive_data(spec.pake_frame())
    assert home.data_to_send() == [b"\x02" + spec.confirm_tag("A")]
    home.receive_data(b"\x02" + spec.confirm_tag("B"))
    assert home.events_received() == [Paired(spec.session_id)]
    return home, spec


def test_wire_format_matches_an_independent_implementation() -> None:
    """Keys, confirm tags, nonces, AAD and binding tags follow PROTOCOL.md exactly."""
    home, spec = _home_paired_with_spec()
    home.send_message({"type": "consent", "view": True})
    (sealed,) = home.data_to_send()
    assert json.loads(spec.open(sealed)) == {"type": "consent", "view": True}
    home.receive_data(spec.seal(json.dumps(SUPPORTER_MESSAGES[0]).encode()))
    assert home.events_received() == [MessageReceived(SUPPORTER_MESSAGES[0])]

    def spec_binding(sender: bytes, sender_fp: str, receiver_fp: str) -> bytes:
        data = b"bind" + sender + spec.session_id + sender_fp.encode() + b"|" + receiver_fp.encode()
        data += b"|" + KM
        return hmac.new(spec.keys["binding"], data, hashlib.sha256).digest()

    assert home.binding_tag(FP_HOME, FP_SUPPORTER, KM) == spec_binding(b"A", FP_HOME, FP_SUPPORTER)
    assert home.verify_binding(spec_binding(b"B", FP_SUPPORTER, FP_HOME), FP_SUPPORTER, FP_HOME, KM)
    assert EXPORTER_LABEL == b"EXPORTER-assist-binding" and KEYING_MATERIAL_BYTES == 32


@pytest.mark.parametrize(
    "plaintext",
    [
        b"not json",
        b"\xff\xfe",  # not UTF-8
        b"[1, 2]",
        b'"hello"',
        b"{}",
        b'{"type": 1}',
        b'{"type": null}',
        b'{"kind": "hello"}',
        b'{"type": "hello", "x": NaN}',
        b"",
    ],
)
def test_sealed_plaintext_that_is_not_a_typed_object_fails(plaintext: bytes) -> None:
    """A correctly sealed plaintext that is not a JSON object with a string "type" fails."""
    home, spec = _home_paired_with_spec()
    home.receive_data(spec.seal(plaintext))
    events = home.events_received()
    assert messages(events) == []
    assert failures(events) == ["bad_message"]


# -- deadline -------------------------------------------------------------------------


def test_timeout_before_pairing() -> None:
    """tick() fails the protocol with "timeout" once the deadline is reached, and only once."""
    home = PairingProtocol(Role.HOME_USER, CODE, now=100.0, timeout=60.0)
    home.start()
    home.tick(159.9)
    assert home.events_received() == []
    assert home.state is PairingState.WAITING_PAKE
    home.tick(160.0)
    assert [home.state] == [PairingState.FAILED]  # list: mypy would keep the old narrowing
    home.tick(500.0)
    assert home.events_received() == [PairingFailed("timeout")]
    assert home.data_to_send() == []


def test_timeout_while_confirming() -> None:
    """A peer that never confirms is timed out."""
    home, supporter = make_pair()
    home.receive_data(supporter.data_to_send()[0])
    assert home.state is PairingState.CONFIRMING
    home.data_to_send()
    home.tick(60.0)
    assert failures(home.events_received()) == ["timeout"]


def test_no_timeout_after_pairing() -> None:
    """Once paired, the pairing deadline no longer applies."""
    home, _, _ = paired_pair()
    home.tick(10_000.0)
    assert home.state is PairingState.PAIRED
    assert home.events_received() == []


# -- API misuse -----------------------------------------------------------------------


def test_send_message_before_paired_raises() -> None:
    """send_message() raises RuntimeError while waiting, confirming or failed."""
    home, supporter = make_pair()
    with pytest.raises(RuntimeError):
        home.send_message({"type": "hello"})
    home.receive_data(supporter.data_to_send()[0])
    assert home.state is PairingState.CONFIRMING
    with pytest.raises(RuntimeError):
        home.send_message({"type": "hello"})
    home.fail("binding")
    with pytest.raises(RuntimeError):
        home.send_message({"type": "hello"})


@pytest.mark.parametrize(
    "message", [{}, {"type": 3}, {"kind": "x"}, {"type": "x", "n": float("nan")}]
)
def test_send_message_refuses_untyped_messages(message: dict[str, Any]) -> None:
    """Only JSON objects with a string "type" can be sent; the sequence is not used up."""
    home, supporter, wire = paired_pair()
    with pytest.raises(ValueError):
        home.send_message(message)
    home.send_message(HOME_MESSAGES[0])
    wire.pump()
    assert messages(supporter.events_received()) == [HOME_MESSAGES[0]]


def test_send_message_refuses_oversized_messages() -> None:
    """A message whose frame would exceed 256 KiB is refused before it is queued."""
    home, _, _ = paired_pair()
    with pytest.raises(ValueError):
        home.send_message({"type": "offer", "sdp": "x" * MAX_FRAME_BYTES})
    assert home.data_to_send() == []


def test_start_twice_and_receive_before_start_raise() -> None:
    """start() twice and receive_data() before start() are programming errors."""
    home = PairingProtocol(Role.HOME_USER, CODE, 0.0)
    with pytest.raises(RuntimeError):
        home.receive_data(b"\x01" + bytes(33))
    home.start()
    with pytest.raises(RuntimeError):
        home.start()


# -- binding --------------------------------------------------------------------------


def test_binding_tags_verify_both_ways() -> None:
    """Each side's binding tag verifies at the other side with the same fingerprints."""
    home, supporter, _ = paired_pair()
    home_tag = home.binding_tag(FP_HOME, FP_SUPPORTER, KM)
    supporter_tag = supporter.binding_tag(FP_SUPPORTER, FP_HOME, KM)
    assert len(home_tag) == 32
    assert supporter.verify_binding(home_tag, FP_HOME, FP_SUPPORTER, KM)
    assert home.verify_binding(supporter_tag, FP_SUPPORTER, FP_HOME, KM)


def test_binding_fails_with_wrong_fingerprints_role_or_session() -> None:
    """Swapped or other fingerprints, a reflected tag or another session's tag never verify."""
    home, supporter, _ = paired_pair()
    other_home, _, _ = paired_pair()
    tag = home.binding_tag(FP_HOME, FP_SUPPORTER, KM)
    mitm = "sha-256 66:66:66:66"
    assert not supporter.verify_binding(tag, FP_SUPPORTER, FP_HOME, KM)  # swapped
    assert not supporter.verify_binding(tag, mitm, FP_SUPPORTER, KM)  # other sender fingerprint
    assert not supporter.verify_binding(tag, FP_HOME, mitm, KM)  # other receiver fingerprint
    assert not home.verify_binding(tag, FP_HOME, FP_SUPPORTER, KM)  # our own tag reflected
    assert not supporter.verify_binding(
        other_home.binding_tag(FP_HOME, FP_SUPPORTER, KM), FP_HOME, FP_SUPPORTER, KM
    )
    assert not supporter.verify_binding(tag[:16], FP_HOME, FP_SUPPORTER, KM)
    assert not supporter.verify_binding(b"", FP_HOME, FP_SUPPORTER, KM)
    assert not supporter.verify_binding(flip(tag, 0), FP_HOME, FP_SUPPORTER, KM)


def test_binding_covers_the_dtls_keying_material() -> None:
    """Another DTLS session (other exporter value) or a cut or missing exporter never verifies."""
    home, supporter, _ = paired_pair()
    tag = home.binding_tag(FP_HOME, FP_SUPPORTER, KM)
    assert home.binding_tag(FP_HOME, FP_SUPPORTER, OTHER_KM) != tag
    assert not supporter.verify_binding(tag, FP_HOME, FP_SUPPORTER, OTHER_KM)
    for bad in (b"", KM[:31], KM + b"\x00"):
        assert not supporter.verify_binding(tag, FP_HOME, FP_SUPPORTER, bad)
        with pytest.raises(ValueError):
            home.binding_tag(FP_HOME, FP_SUPPORTER, bad)


@functools.cache
def _binding_pair() -> tuple[PairingProtocol, PairingProtocol, Wire]:
    return paired_pair()


@given(bit=st.integers(0, 8 * KEYING_MATERIAL_BYTES - 1))
@settings(max_examples=50, deadline=None)
def test_any_exporter_bit_changes_the_binding(bit: int) -> None:
    """A single flipped bit of the DTLS exporter value makes the binding fail."""
    home, supporter, _ = _binding_pair()
    tag = home.binding_tag(FP_HOME, FP_SUPPORTER, KM)
    assert not supporter.verify_binding(tag, FP_HOME, FP_SUPPORTER, flip(KM, bit))


def test_separator_cannot_move_between_fingerprint_and_exporter() -> None:
    """A "|" inside a fingerprint is refused, so field boundaries cannot be shifted."""
    home, supporter, _ = paired_pair()
    tag = home.binding_tag(FP_HOME, FP_SUPPORTER, KM)
    assert not supporter.verify_binding(tag, FP_HOME + "|", FP_SUPPORTER, KM)
    with pytest.raises(ValueError):
        home.binding_tag(FP_HOME, FP_SUPPORTER + "|x", KM)


def test_binding_needs_a_paired_protocol() -> None:
    """No binding tag before pairing, and verification is refused once failed."""
    home, supporter, _ = paired_pair()
    tag = home.binding_tag(FP_HOME, FP_SUPPORTER, KM)
    fresh = PairingProtocol(Role.HOME_USER, CODE, 0.0)
    with pytest.raises(RuntimeError):
        fresh.binding_tag(FP_HOME, FP_SUPPORTER, KM)
    assert not fresh.verify_binding(tag, FP_HOME, FP_SUPPORTER, KM)
    supporter.fail("binding")
    assert not supporter.verify_binding(tag, FP_HOME, FP_SUPPORTER, KM)


# -- failure is final -----------------------------------------------------------------


def test_after_failure_nothing_happens() -> None:
    """Once FAILED, valid frames, ticks and start() produce no events and no output."""
    home, supporter = make_pair()
    home_frames = home.data_to_send()
    supporter.receive_data(b"\x7f")
    assert supporter.data_to_send() == []  # its queued PAKE is dropped too
    assert supporter.events_received() == [PairingFailed("unexpected_frame")]
    for frame in home_frames:
        supporter.receive_data(frame)
    supporter.receive_data(b"\x7f")
    supporter.tick(1e9)
    supporter.start()
    supporter.fail("again")
    assert supporter.events_received() == []
    assert supporter.data_to_send() == []
    assert supporter.state is PairingState.FAILED


def test_external_fail_after_pairing_is_final() -> None:
    """fail() after pairing drops queued frames, emits one PairingFailed and stops delivery."""
    home, supporter, wire = paired_pair()
    home.send_message(HOME_MESSAGES[0])
    (frame,) = home.data_to_send()
    supporter.send_message(SUPPORTER_MESSAGES[0])
    supporter.fail("binding")
    supporter.fail("binding")
    assert supporter.data_to_send() == []
    supporter.receive_data(frame)
    assert supporter.events_received() == [PairingFailed("binding")]
    assert supporter.session_id == home.session_id
