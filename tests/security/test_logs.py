"""No secret, code digit or key in any log line, with every library logging at DEBUG.

A real session (and a wrong-code one) runs with the root logger, websockets, aiortc and
aioice at DEBUG; every captured record, formatted with its exception text, is checked
for the code's secret and digits, every key derived from the PAKE, the DTLS exporter
values, the binding tags and the supporter's private key.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re

import pytest

import assist_session.peer as peer_module
import crypto.pairing as pairing_module
from assist_client.identity import run_only_identity
from crypto.code import PairingCode
from signaling.rooms import Rooms
from signaling.server import start_server
from tests.support.display import has_display
from tests.support.sessions import session, settle

pytestmark = [
    pytest.mark.security,
    pytest.mark.skipif(not has_display(), reason="needs an X display: Xvfb is not installed"),
]

NAMEPLATES = ((48213, 48299),)  # distinctive numbers, so a stray match means a leak


def forms(secret: bytes) -> list[str]:
    """The ways a secret could be written into a log line."""
    return [
        secret.hex(),
        secret.hex().upper(),
        base64.b64encode(secret).decode(),
        base64.urlsafe_b64encode(secret).decode().rstrip("="),
        repr(secret)[2:-1],
    ]


def test_no_secret_reaches_any_log_line(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Good and wrong-code sessions at DEBUG: no secret, code digit or key is logged."""
    secrets: list[bytes] = []
    real_derive = pairing_module._derive
    real_exporter = peer_module.dtls_keying_material
    real_binding_tag = pairing_module.PairingProtocol.binding_tag

    def derive(k_spake: bytes, transcript: bytes, label: str) -> bytes:
        key = real_derive(k_spake, transcript, label)
        secrets.extend([k_spake, key])
        return key

    def exporter(pc: object) -> bytes | None:
        value = real_exporter(pc)  # type: ignore[arg-type]
        if value is not None:
            secrets.append(value)
        return value

    def binding_tag(self: pairing_module.PairingProtocol, *args: object) -> bytes:
        tag = real_binding_tag(self, *args)  # type: ignore[arg-type]
        secrets.append(tag)
        return tag

    monkeypatch.setattr(pairing_module, "_derive", derive)
    monkeypatch.setattr(peer_module, "dtls_keying_material", exporter)
    monkeypatch.setattr(pairing_module.PairingProtocol, "binding_tag", binding_tag)
    caplog.set_level(logging.DEBUG)
    for name in ("websockets", "aiortc", "aioice", "assist", "signaling", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    identity = run_only_identity()
    secrets.append(identity.signer._private_key.private_bytes_raw())  # noqa: SLF001

    async def scenario() -> list[PairingCode]:
        rooms = Rooms(lambda: asyncio.get_running_loop().time(), nameplate_ranges=NAMEPLATES)
        server = await start_server("127.0.0.1", 0, rooms=rooms)
        codes = []
        try:
            async with session(server.url, identity=identity) as good:
                await settle(good)
                assert not good.both_ended, good.reasons
            codes.append(good.code)

            def wrong(code: PairingCode) -> PairingCode:
                return PairingCode(code.nameplate, code.secret[::-1])

            async with session(server.url, code_for_supporter=wrong) as bad:
                await settle(bad)
            codes.append(bad.code)
        finally:
            await server.close()
        return codes

    codes = asyncio.run(scenario())
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    lines = [formatter.format(record) for record in caplog.records]
    by_logger = {record.name.split(".")[0] for record in caplog.records}
    assert {"websockets", "aiortc", "assist"} <= by_logger, by_logger
    assert len(lines) > 100 and len(secrets) > 20
    assert any('"type":"relay"' in line for line in lines), "frames were not logged"

    needles: list[str] = []
    for code in codes:
        needles += [code.secret, code.digits, code.grouped(), code.secret[::-1]]
    for secret in secrets:
        needles += forms(secret)
    for line in lines:
        for needle in needles:
            assert needle not in line, f"secret in log: {line[:200]}"
    # Our own loggers do not even name the (public) nameplate.
    own = [formatter.format(r) for r in caplog.records if r.name.startswith("assist")]
    nameplates = {code.nameplate for code in codes}
    for line in own:
        for nameplate in nameplates:
            assert not re.search(rf"\b{nameplate}\b", line), line
