"""The pairing protocol without I/O: bytes in, events and bytes out.

docs/PROTOCOL.md, section 3. Both apps run one `PairingProtocol`: SPAKE2 on the
pairing code, key confirmation, then sealed JSON messages with strict sequence
numbers. Any wrong frame moves it to FAILED for good (magic-wormhole's "scared");
after that it ignores every input and sends nothing. The caller moves the frames
(`data_to_send`, `receive_data`) and passes the time in (`tick`).
See docs/pairing-state.dot for the state machine.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from spake2 import SPAKE2_A, SPAKE2_B

from .code import PairingCode

MAX_FRAME_BYTES = 256 * 1024

# RFC 5705 exporter of the DTLS session that the binding tag covers (PROTOCOL.md section 4).
EXPORTER_LABEL = b"EXPORTER-assist-binding"
KEYING_MATERIAL_BYTES = 32

_KIND_PAKE = 0x01
_KIND_CONFIRM = 0x02
_KIND_SEALED = 0x03
_KIND_RESUME = 0x04  # a resume nonce, in place of the PAKE message (section 9)

_ID_A = b"assist-home-user"
_ID_B = b"assist-supporter"
_PAKE_MESSAGE_BYTES = 33  # the spake2 package's side byte + 32-byte Ed25519 element
_TAG_BYTES = 32
_SEQ_BYTES = 8
_AEAD_TAG_BYTES = 16
_MAX_SEQ = 2**64 - 1
_KEY_BYTES = 32
_SESSION_ID_BYTES = 16
_AAD_PREFIX = b"assist/v1"
_RESUME_NONCE_BYTES = 32
_RESUME_ROOM_BYTES = 16


@dataclass(frozen=True, repr=False)  # repr=False: the secret must never reach a log
class ResumeTicket:
    """What a paired app keeps to resume the session without a new code (PROTOCOL.md 9).

    `secret` comes from the pairing's key schedule under its own HKDF label and never
    leaves the app. `room` is where both apps meet again at the pairing server: derived
    from the secret, so the server cannot link it to the nameplate or compute it, and a
    stranger with the nameplate cannot either. Every successful resume gives a new one.
    """

    room: str
    secret: bytes

    @classmethod
    def from_secret(cls, secret: bytes) -> ResumeTicket:
        room = _hmac_sha256(secret, b"assist/v1 resume room")[:_RESUME_ROOM_BYTES].hex()
        return cls(room, secret)

    def __repr__(self) -> str:
        return "<ResumeTicket>"


class Role(enum.Enum):
    """Which app this is; the value is the SPAKE2 side and the sender byte."""

    HOME_USER = "A"  # helper app
    SUPPORTER = "B"  # supporter app

    @property
    def sender(self) -> bytes:
        return self.value.encode("ascii")

    @property
    def peer(self) -> Role:
        return Role.SUPPORTER if self is Role.HOME_USER else Role.HOME_USER


class PairingState(enum.Enum):
    WAITING_PAKE = "waiting_pake"
    CONFIRMING = "confirming"
    PAIRED = "paired"
    FAILED = "failed"


@dataclass(frozen=True)
class Paired:
    """The peer proved it knows the code; sealed messages may flow."""

    session_id: bytes


@dataclass(frozen=True)
class MessageReceived:
    """One sealed message from the peer: a JSON object with a string "type"."""

    message: dict[str, Any]


@dataclass(frozen=True)
class PairingFailed:
    """The protocol ended for good. `reason` is a machine word."""

    reason: str  # bad_confirmation, bad_seal, bad_sequence, unexpected_frame, bad_message, timeout


PairingEvent = Paired | MessageReceived | PairingFailed


class _Failure(Exception):
    """Raised inside frame handling; turned into FAILED by `receive_data`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _derive(k_spake: bytes, transcript: bytes, label: str) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=_KEY_BYTES,
        salt=transcript,
        info=label.encode("ascii"),
    )
    return hkdf.derive(k_spake)


def _hmac_sha256(key: bytes, data: bytes) -> bytes:
    mac = crypto_hmac.HMAC(key, hashes.SHA256())
    mac.update(data)
    return mac.finalize()


def _seq_bytes(seq: int) -> bytes:
    return seq.to_bytes(_SEQ_BYTES, "big")


def _nonce(seq: int) -> bytes:
    return bytes(4) + _seq_bytes(seq)


def _binding_inputs_ok(sender_fp: str, receiver_fp: str, keying_material: bytes) -> bool:
    """The fingerprints cannot hold the "|" separator and the exporter has its fixed size."""
    return (
        "|" not in sender_fp
        and "|" not in receiver_fp
        and isinstance(keying_material, bytes)
        and len(keying_material) == KEYING_MATERIAL_BYTES
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


@dataclass(frozen=True, repr=False)  # repr=False: keys must never reach a log
class _SessionKeys:
    own_confirm_tag: bytes
    peer_confirm_tag: bytes
    own_seal: ChaCha20Poly1305
    peer_seal: ChaCha20Poly1305
    binding_key: bytes
    session_id: bytes
    resume_secret: bytes

    @classmethod
    def derive(cls, role: Role, k_spake: bytes, transcript: bytes) -> _SessionKeys:
        def confirm_tag(side: Role) -> bytes:
            key = _derive(k_spake, transcript, f"assist/v1 confirm {side.value}")
            return _hmac_sha256(key, b"confirm" + transcript)

        def seal(side: Role) -> ChaCha20Poly1305:
            return ChaCha20Poly1305(_derive(k_spake, transcript, f"assist/v1 seal {side.value}"))

        return cls(
            own_confirm_tag=confirm_tag(role),
            peer_confirm_tag=confirm_tag(role.peer),
            own_seal=seal(role),
            peer_seal=seal(role.peer),
            binding_key=_derive(k_spake, transcript, "assist/v1 binding"),
            session_id=_derive(k_spake, transcript, "assist/v1 session id")[:_SESSION_ID_BYTES],
            resume_secret=_derive(k_spake, transcript, "assist/v1 resume"),
        )


class PairingProtocol:
    """One side of one pairing. Create a new one for every attempt."""

    def __init__(
        self,
        role: Role,
        code: PairingCode | None,
        now: float,
        timeout: float = 60.0,
        *,
        resume: ResumeTicket | None = None,
    ) -> None:
        """A pairing on `code`, or (with `resume` and no code) a resume of an earlier one:
        fresh nonces both ways in place of SPAKE2, keys from the ticket's secret, then the
        same key confirmation, sealing and binding as a first pairing."""
        self._role = role
        self._deadline = now + timeout
        self._state = PairingState.WAITING_PAKE
        self._spake: Any = None
        self._resume_secret = resume.secret if resume is not None else None
        if (code is None) == (resume is None):
            raise ValueError("give a pairing code or a resume ticket, not both")
        if code is not None:
            password = f"assist/v1|{code.nameplate}|{code.secret}".encode("ascii")
            spake_class = SPAKE2_A if role is Role.HOME_USER else SPAKE2_B
            self._spake = spake_class(password, idA=_ID_A, idB=_ID_B)
        self._own_pake: bytes | None = None
        self._keys: _SessionKeys | None = None
        self._session_id: bytes | None = None
        self._send_seq = 0
        self._receive_seq = 0
        self._outgoing: list[bytes] = []
        self._events: list[PairingEvent] = []

    def __repr__(self) -> str:
        return f"<PairingProtocol role={self._role.name} state={self._state.value}>"

    @property
    def role(self) -> Role:
        return self._role

    @property
    def state(self) -> PairingState:
        return self._state

    @property
    def session_id(self) -> bytes | None:
        """16 bytes once paired (kept after a later failure), else None."""
        return self._session_id

    # -- inputs -------------------------------------------------------------------------

    def start(self) -> None:
        """Queue our PAKE frame. Call once, before `receive_data`."""
        if self._state is PairingState.FAILED:
            return
        if self._own_pake is not None:
            raise RuntimeError("start() was already called")
        if self._resume_secret is not None:
            self._own_pake = secrets.token_bytes(_RESUME_NONCE_BYTES)
            self._outgoing.append(bytes([_KIND_RESUME]) + self._own_pake)
            return
        self._own_pake = bytes(self._spake.start())
        self._outgoing.append(bytes([_KIND_PAKE]) + self._own_pake)

    def receive_data(self, frame: bytes) -> None:
        """Handle one frame from the peer (one relay body)."""
        if self._state is PairingState.FAILED:
            return
        if self._own_pake is None:
            raise RuntimeError("call start() before receive_data()")
        try:
            self._handle_frame(bytes(frame))
        except _Failure as failure:
            self.fail(failure.reason)

    def tick(self, now: float) -> None:
        """Fail with "timeout" when pairing is not done by the deadline."""
        pairing = self._state in (PairingState.WAITING_PAKE, PairingState.CONFIRMING)
        if pairing and now >= self._deadline:
            self.fail("timeout")

    def send_message(self, message: dict[str, Any]) -> None:
        """Seal one JSON object with a string "type" and queue it. Only when PAIRED."""
        if self._state is not PairingState.PAIRED or self._keys is None:
            raise RuntimeError(f"cannot send while {self._state.value}")
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            raise ValueError('a message must be a JSON object with a string "type"')
        if self._send_seq > _MAX_SEQ:
            raise RuntimeError("sequence numbers exhausted")
        plaintext = json.dumps(
            message, ensure_ascii=False, allow_nan=False, separators=(",", ":")
        ).encode("utf-8")
        seq = self._send_seq
        sealed = self._keys.own_seal.encrypt(_nonce(seq), plaintext, self._aad(self._role, seq))
        frame = bytes([_KIND_SEALED]) + _seq_bytes(seq) + sealed
        if len(frame) > MAX_FRAME_BYTES:
            raise ValueError("message too large")
        self._send_seq += 1
        self._outgoing.append(frame)

    def fail(self, reason: str) -> None:
        """End for good (e.g. the binding check failed). Emits PairingFailed once."""
        if self._state is PairingState.FAILED:
            return
        self._state = PairingState.FAILED
        self._outgoing.clear()  # nothing queued may leave after a failure
        self._keys = None
        self._spake = None
        self._resume_secret = None
        self._events.append(PairingFailed(reason))

    def resume_ticket(self) -> ResumeTicket:
        """The ticket to resume this pairing later; only while PAIRED."""
        if self._state is not PairingState.PAIRED or self._keys is None:
            raise RuntimeError(f"no resume ticket while {self._state.value}")
        return ResumeTicket.from_secret(self._keys.resume_secret)

    # -- outputs ------------------------------------------------------------------------

    def data_to_send(self) -> list[bytes]:
        """Frames to relay to the peer, in order; clears the queue."""
        frames, self._outgoing = self._outgoing, []
        return frames

    def events_received(self) -> list[PairingEvent]:
        """Paired / MessageReceived / PairingFailed events, in order; clears the queue."""
        events, self._events = self._events, []
        return events

    # -- channel binding (PROTOCOL.md section 4) ----------------------------------------

    def binding_tag(
        self, sender_fingerprint: str, receiver_fingerprint: str, keying_material: bytes
    ) -> bytes:
        """The binding tag this side sends over the data channel.

        `keying_material` is the DTLS session's exporter value (`EXPORTER_LABEL`,
        `KEYING_MATERIAL_BYTES` long); a wrong length raises ValueError.
        """
        if self._state is not PairingState.PAIRED:
            raise RuntimeError(f"no binding tag while {self._state.value}")
        if not _binding_inputs_ok(sender_fingerprint, receiver_fingerprint, keying_material):
            raise ValueError("fingerprints or keying material malformed")
        return self._binding(self._role, sender_fingerprint, receiver_fingerprint, keying_material)

    def verify_binding(
        self,
        tag: bytes,
        sender_fingerprint: str,
        receiver_fingerprint: str,
        keying_material: bytes,
    ) -> bool:
        """Check the peer's binding tag (the peer is the sender) in constant time."""
        if self._state is not PairingState.PAIRED:
            return False
        if not _binding_inputs_ok(sender_fingerprint, receiver_fingerprint, keying_material):
            return False
        expected = self._binding(
            self._role.peer, sender_fingerprint, receiver_fingerprint, keying_material
        )
        return hmac.compare_digest(expected, tag)

    def _binding(
        self,
        sender: Role,
        sender_fingerprint: str,
        receiver_fingerprint: str,
        keying_material: bytes,
    ) -> bytes:
        assert self._keys is not None
        data = b"".join(
            [
                b"bind",
                sender.sender,
                self._keys.session_id,
                sender_fingerprint.encode("utf-8"),
                b"|",
                receiver_fingerprint.encode("utf-8"),
                b"|",
                keying_material,
            ]
        )
        return _hmac_sha256(self._keys.binding_key, data)

    # -- frame handling -----------------------------------------------------------------

    def _handle_frame(self, frame: bytes) -> None:
        if not frame or len(frame) > MAX_FRAME_BYTES:
            raise _Failure("bad_message")
        kind, body = frame[0], frame[1:]
        resuming = self._resume_secret is not None
        if kind == _KIND_PAKE and not resuming:
            self._on_pake(body)
        elif kind == _KIND_RESUME and resuming:
            self._on_resume_nonce(body)
        elif kind == _KIND_CONFIRM:
            self._on_confirm(body)
        elif kind == _KIND_SEALED:
            self._on_sealed(body)
        else:
            raise _Failure("unexpected_frame")

    def _on_pake(self, body: bytes) -> None:
        if self._state is not PairingState.WAITING_PAKE:
            raise _Failure("unexpected_frame")  # a second PAKE message
        if len(body) != _PAKE_MESSAGE_BYTES:
            raise _Failure("bad_message")
        assert self._own_pake is not None
        try:
            k_spake = bytes(self._spake.finish(body))
        except Exception as exc:  # wrong side byte, reflection, point not in the group
            raise _Failure("bad_message") from exc
        self._spake = None
        if self._role is Role.HOME_USER:
            transcript = hashlib.sha256(self._own_pake + body).digest()
        else:
            transcript = hashlib.sha256(body + self._own_pake).digest()
        self._keys = _SessionKeys.derive(self._role, k_spake, transcript)
        self._state = PairingState.CONFIRMING
        self._outgoing.append(bytes([_KIND_CONFIRM]) + self._keys.own_confirm_tag)

    def _on_resume_nonce(self, body: bytes) -> None:
        """The peer's fresh nonce: both nonces and the ticket's secret make the new keys."""
        if self._state is not PairingState.WAITING_PAKE or self._resume_secret is None:
            raise _Failure("unexpected_frame")
        if len(body) != _RESUME_NONCE_BYTES:
            raise _Failure("bad_message")
        assert self._own_pake is not None
        if hmac.compare_digest(body, self._own_pake):
            raise _Failure("unexpected_frame")  # our own nonce reflected back at us
        home, supporter = (
            (self._own_pake, body) if self._role is Role.HOME_USER else (body, self._own_pake)
        )
        transcript = hashlib.sha256(b"assist/v1 resume" + home + supporter).digest()
        k_resume = _derive(self._resume_secret, transcript, "assist/v1 resume key")
        self._resume_secret = None
        self._keys = _SessionKeys.derive(self._role, k_resume, transcript)
        self._state = PairingState.CONFIRMING
        self._outgoing.append(bytes([_KIND_CONFIRM]) + self._keys.own_confirm_tag)

    def _on_confirm(self, body: bytes) -> None:
        if self._state is not PairingState.CONFIRMING or self._keys is None:
            raise _Failure("unexpected_frame")  # before we have the key, or a second one
        if len(body) != _TAG_BYTES:
            raise _Failure("bad_message")
        if hmac.compare_digest(body, self._keys.own_confirm_tag):
            raise _Failure("unexpected_frame")  # our own tag reflected back at us
        if not hmac.compare_digest(body, self._keys.peer_confirm_tag):
            raise _Failure("bad_confirmation")
        self._state = PairingState.PAIRED
        self._session_id = self._keys.session_id
        self._events.append(Paired(self._keys.session_id))

    def _on_sealed(self, body: bytes) -> None:
        if self._state is not PairingState.PAIRED or self._keys is None:
            raise _Failure("unexpected_frame")
        if len(body) < _SEQ_BYTES + _AEAD_TAG_BYTES:
            raise _Failure("bad_message")
        seq = int.from_bytes(body[:_SEQ_BYTES], "big")
        if seq != self._receive_seq:
            raise _Failure("bad_sequence")
        aad = self._aad(self._role.peer, seq)
        try:
            plaintext = self._keys.peer_seal.decrypt(_nonce(seq), body[_SEQ_BYTES:], aad)
        except InvalidTag as exc:
            raise _Failure("bad_seal") from exc
        self._receive_seq += 1
        self._events.append(MessageReceived(self._decode(plaintext)))

    @staticmethod
    def _decode(plaintext: bytes) -> dict[str, Any]:
        try:
            message = json.loads(plaintext.decode("utf-8"), parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise _Failure("bad_message") from exc
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            raise _Failure("bad_message")
        return message

    def _aad(self, sender: Role, seq: int) -> bytes:
        assert self._keys is not None
        return _AAD_PREFIX + self._keys.session_id + sender.sender + _seq_bytes(seq)
