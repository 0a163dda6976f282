"""How long a link takes through TURN over TCP/TLS when every UDP packet is dropped.

    .venv/bin/python bench/turn_connect.py            # 10 runs
    .venv/bin/python bench/turn_connect.py --runs 3

Set-up as in tests/network (tests/network/netns.py): coturn in a network namespace with
TURN over UDP and TCP on one port and TLS on 443, a self-signed certificate the run
trusts through SSL_CERT_FILE, and nftables dropping every UDP packet on the veth to it.
Each run: two of the apps' own PeerLinks (assist_session/peer.py), relay-only, given
the list a pairing server would give (UDP first, then TCP, then TLS); the time is from
creating the links to both passing the binding check (connected and bound), including
ICE gathering (the blocked UDP URL costs each side the 0.5 s grace of
assist_session/ice.py). The selected pair must be relay to relay over TCP or TLS, or the
run fails.

`tcp_turn_connect_s(runs)` returns the times (bench/faults.py reports their median).
Needs root, iproute2, nftables and coturn. Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiortc import RTCIceServer, VideoStreamTrack  # noqa: E402

from assist_session import ice  # noqa: E402
from assist_session.peer import PeerLink  # noqa: E402
from crypto.code import PairingCode  # noqa: E402
from crypto.pairing import PairingProtocol, Role  # noqa: E402
from signaling.turn import turn_credentials  # noqa: E402
from tests.network.netns import BlockedNetwork, can_make_namespaces, udp_blocked_turn  # noqa: E402

CONNECT_S = 60.0


def _paired() -> tuple[PairingProtocol, PairingProtocol]:
    code = PairingCode("1000", "39071556")
    home = PairingProtocol(Role.HOME_USER, code, 0)
    supporter = PairingProtocol(Role.SUPPORTER, code, 0)
    home.start()
    supporter.start()
    for _ in range(3):
        for frame in home.data_to_send():
            supporter.receive_data(frame)
        for frame in supporter.data_to_send():
            home.receive_data(frame)
    return home, supporter


async def _one(network: BlockedNetwork) -> float:
    urls = network.turn.every_url
    entry = turn_credentials(network.turn.secret, urls, ttl=600, now=time.time())
    servers = [
        RTCIceServer(urls=list(urls), username=entry["username"], credential=entry["credential"])
    ]
    home_pairing, supporter_pairing = _paired()
    start = time.perf_counter()
    home = PeerLink(home_pairing, ice_servers=servers, relay_only=True)
    supporter = PeerLink(supporter_pairing, ice_servers=servers, relay_only=True)
    try:
        offer = await home.create_offer(VideoStreamTrack())
        await home.accept_answer(await supporter.accept_offer(offer))
        await asyncio.wait_for(
            asyncio.gather(home.authenticated, supporter.authenticated), CONNECT_S
        )
        took = time.perf_counter() - start
        for link in (home, supporter):
            route = ice.selected_route(link.pc)
            if route is None or route.turn_url not in urls[1:] or route.remote_type != "relay":
                raise RuntimeError(f"not relayed over TCP/TLS: {route}")
        return took
    finally:
        await home.pc.close()
        await supporter.pc.close()


@contextlib.contextmanager
def _trusting(cert: Path) -> Iterator[None]:
    before = os.environ.get("SSL_CERT_FILE")
    os.environ["SSL_CERT_FILE"] = str(cert)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SSL_CERT_FILE", None)
        else:
            os.environ["SSL_CERT_FILE"] = before


def _run(runs: int) -> list[float]:
    ok, why = can_make_namespaces()
    if not ok:
        raise RuntimeError(why)
    with (
        tempfile.TemporaryDirectory(prefix="assist-turn-bench-") as folder,
        udp_blocked_turn(Path(folder)) as network,
        _trusting(network.cert),
    ):
        return [asyncio.run(_one(network)) for _ in range(runs)]


def tcp_turn_connect_s(runs: int) -> list[float]:
    """Seconds from start to a connected, bound link over TURN-TCP/TLS with UDP dropped,
    one per run. Runs in its own thread when called from inside an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run(runs)
    result: list[list[float]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            result.append(_run(runs))
        except BaseException as error:  # handed to the caller below
            errors.append(error)

    thread = threading.Thread(target=work, name="turn-connect-bench")
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    ok, why = can_make_namespaces()
    if not ok:
        print(f"turn_connect: {why}", file=sys.stderr)
        return 2
    times = tcp_turn_connect_s(args.runs)
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    for index, took in enumerate(times):
        print(f"run {index + 1}: {took:.3f} s")
    print(
        json.dumps(
            {
                "tcp_turn_connect_s_p50": round(statistics.median(times), 3),
                "tcp_turn_connect_s_p95": round(p95, 3),
                "runs": len(times),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
