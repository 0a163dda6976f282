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
from collections.abc import Iterator

import pytest

import assist_session.peer as peer_module
import crypto.pairing as pairing_module
from assist_client.identity import run_only_identity
from assist_ui.app import QUIET_LOGGERS, configure_logging
from crypto.code import PairingCode
from signaling.rooms import Rooms
from signaling.server import start_server
from tests.support.display import has_display
from tests.support.requires import needs
from tests.support.sessions import session, settle

pytestmark = [
    pytest.mark.security,
    needs("Xvfb", has_display(), "needs an X display"),
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


IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
# Eight groups, or fewer around one "::" (with at least one more group or digit, so
# "12::34" in a time stamp is not an address but "::1" and "fe80::1" are).
IPV6 = re.compile(
    r"(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
    r"|(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{0,4}::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})(?![\w:])",
    re.IGNORECASE,
)
SERVER_LOGGERS = ("websockets.server", "signaling", "assist.signaling")


def addresses_in(line: str) -> list[str]:
    return IPV4.findall(line) + IPV6.findall(line)


def test_the_address_patterns_find_addresses() -> None:
    """The patterns catch IPv4, IPv6 (full, shortened, link-local) and not times or versions."""
    for address in ("192.168.1.20", "10.0.0.1", "127.0.0.1", "2001:db8::1", "fe80::1c2:3ff:fe4"):
        assert addresses_in(f"pair ({address} 54321) -> x") == [address], address
    assert addresses_in("2001:0db8:0000:0000:0000:ff00:0042:8329 up")
    for harmless in ("21:34:25", "aiortc 1.16.0", "v1.2.3", "ratio 0.25", "12:30:45.123"):
        assert not addresses_in(harmless), harmless


@pytest.fixture
def product_logging() -> Iterator[None]:
    """The apps' own logging set-up (assist_ui.app), undone afterwards."""
    names = ("", *QUIET_LOGGERS, "websockets", "assist", "asyncio")
    levels = {name: logging.getLogger(name).level for name in names}
    configure_logging()
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def test_no_ip_address_reaches_the_apps_logs(
    caplog: pytest.LogCaptureFixture, product_logging: None
) -> None:
    """A real session, logged as the apps set it up: no IPv4 or IPv6 address in any line.

    Only the pairing server's own loggers are left out: it runs in this process for the
    test, but it is another program on another machine, with its own log.
    """
    caplog.handler.setLevel(logging.NOTSET)  # levels come from the apps' set-up only

    async def scenario() -> None:
        server = await start_server("127.0.0.1", 0)
        try:
            async with session(server.url) as good:
                await settle(good)
                assert not good.both_ended, good.reasons
        finally:
            await server.close()

    asyncio.run(scenario())
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    records = [r for r in caplog.records if not r.name.startswith(SERVER_LOGGERS)]
    lines = [formatter.format(record) for record in records]
    assert any(r.name.startswith("assist") for r in records), "the apps logged nothing"
    leaks = [line for line in lines if addresses_in(line)]
    assert not leaks, leaks[:5]
