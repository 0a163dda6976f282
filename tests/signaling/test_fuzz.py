"""Fuzzing the real server process with malformed, oversized, out-of-order and unknown frames."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from signaling.rooms import ERROR_CODES
from tests.support import REPO
from tests.support.processes import stop
from tests.support.timing import TIMEOUT_SCALE
from tests.support.wire import http_get, lifted_env

REPLY_TYPES = {"registered", "claimed", "joined", "relay", "peer_left", "error"}
FRAME_LIMIT = 64 * 1024

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
nameplates = st.sampled_from(["1000", "1001", "1002", "10000", "0", "", "1" * 17]) | st.text(
    max_size=6
)
protocol_frames = st.one_of(
    st.fixed_dictionaries({"type": st.just("register"), "version": st.just(1) | json_values}),
    st.fixed_dictionaries(
        {"type": st.just("claim"), "version": st.just(1) | json_values, "nameplate": nameplates}
    ),
    st.fixed_dictionaries({"type": st.just("relay"), "body": st.text(max_size=16) | json_values}),
    st.fixed_dictionaries({"type": st.just("close"), "reason": st.text(max_size=8) | json_values}),
    st.fixed_dictionaries({"type": st.text(max_size=10)}, optional={"version": json_values}),
).map(lambda message: json.dumps(message))
frames = st.one_of(
    protocol_frames,
    protocol_frames,
    json_values.map(json.dumps),
    st.text(max_size=40),  # mostly not JSON at all
    st.binary(max_size=40),  # binary frames are not part of the protocol
    st.sampled_from(
        [
            "[" * 50_000,  # nesting deeper than the JSON parser allows
            json.dumps({"type": "relay", "body": "A" * FRAME_LIMIT}),  # just over the limit
            "x" * (3 * FRAME_LIMIT),  # over the transport limit: close code 1009
            '{"type":"relay","body":"\\ud800"}',  # lone surrogate
            '{"type":"claim","version":1e400,"nameplate":"1000"}',
        ]
    ),
)
# Each script step: which of two connections sends, and what. Half the scripts start by
# pairing the two: nameplates are random, so `play` puts the one just registered into
# the claim in place of CLAIM_OWN.
CLAIM_OWN = "claim the nameplate connection 0 was given"
PAIRING = [
    (0, json.dumps({"type": "register", "version": 1})),
    (1, CLAIM_OWN),
]
scripts = st.tuples(
    st.booleans(), st.lists(st.tuples(st.integers(0, 1), frames), min_size=1, max_size=8)
).map(lambda paired_and_steps: (PAIRING if paired_and_steps[0] else []) + paired_and_steps[1])


class ServerProcess:
    """`python -m signaling` in a subprocess, to watch its memory from outside."""

    def __init__(self) -> None:
        env = lifted_env()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "signaling", "--port", "0", "--log-level", "WARNING"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().split()[-1]
        self.port = int(self.url.rsplit(":", 1)[1].split("/")[0])
        metrics = self.process.stdout.readline().split()[-1]  # http://127.0.0.1:PORT/metrics
        self.metrics_port = int(metrics.rsplit(":", 1)[1].split("/")[0])
        self.stderr: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.process.stderr is not None
        self.stderr.extend(self.process.stderr)

    def rss_kib(self) -> int:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
        return int(line.split()[1])

    def stop(self) -> int:
        return stop(self.process, timeout=10)


@contextlib.contextmanager
def server_process() -> Iterator[ServerProcess]:
    server = ServerProcess()
    try:
        yield server
    finally:
        stop(server.process)


async def play(url: str, script: list[tuple[int, str | bytes]]) -> list[object]:
    """Send the script over two connections; return every frame the server answered."""
    answers: list[object] = []
    sockets = [await connect(url, max_size=None) for _ in range(2)]

    async def read_all(index: int) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in sockets[index]:
                answers.append(json.loads(raw))

    readers = [asyncio.create_task(read_all(i)) for i in range(2)]
    for index, frame in script:
        if frame == CLAIM_OWN:
            frame = json.dumps(
                {"type": "claim", "version": 1, "nameplate": await registered(answers)}
            )
        with contextlib.suppress(ConnectionClosed):
            await sockets[index].send(frame)
    for ws in sockets:  # a closing frame ends what is left; the server then closes us
        with contextlib.suppress(ConnectionClosed):
            await ws.send(json.dumps({"type": "close", "reason": "fuzz"}))
    async with asyncio.timeout(5 * TIMEOUT_SCALE):
        await asyncio.gather(*readers)
    for ws in sockets:
        await ws.close()
    return answers


async def registered(answers: list[object]) -> str:
    """The nameplate in the first `registered` answer, once it has arrived."""
    async with asyncio.timeout(5 * TIMEOUT_SCALE):
        while True:
            for answer in answers:
                if isinstance(answer, dict) and answer.get("type") == "registered":
                    return str(answer["nameplate"])
            await asyncio.sleep(0.001)


def check(answers: list[object]) -> None:
    for answer in answers:
        assert isinstance(answer, dict), answer
        assert answer["type"] in REPLY_TYPES, answer
        if answer["type"] == "error":
            assert answer["code"] in ERROR_CODES, answer


async def gauges(port: int) -> dict[str, float]:
    _, body = await http_get(port, "/metrics")
    values = {}
    for line in body.splitlines():
        if line and not line.startswith("#") and "{" not in line:
            name, value = line.split()
            values[name.removeprefix("assist_signaling_")] = float(value)
    return values


def test_fuzzed_frames_never_crash_and_memory_returns_to_baseline() -> None:
    """Hypothesis scripts get only known frames and error codes; the process keeps its memory."""
    with server_process() as server:

        @settings(
            max_examples=150,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(scripts)
        def fuzz(script: list[tuple[int, str | bytes]]) -> None:
            check(asyncio.run(play(server.url, script)))

        warm_up = [(0, json.dumps({"type": "register", "version": 1})), (1, "x" * 200_000)]
        for _ in range(30):
            asyncio.run(play(server.url, warm_up))
        baseline = server.rss_kib()
        fuzz()
        assert server.process.poll() is None, "the server died"

        async def settle() -> dict[str, float]:
            for _ in range(50):
                values = await gauges(server.metrics_port)
                if values["connections_open"] == 0:
                    break
                await asyncio.sleep(0.05)
            return values

        values = asyncio.run(settle())
        assert values["connections_open"] == 0 and values["rooms_open"] == 0
        grown = server.rss_kib() - baseline
        assert grown < 4096, f"RSS grew by {grown} KiB over {baseline} KiB"
        assert server.stop() == 0
        assert not any("Traceback" in line for line in server.stderr), server.stderr


def test_browser_style_garbage_requests_do_not_hurt() -> None:
    """Plain HTTP garbage, unknown paths and bad upgrades get HTTP errors; the server stays up."""

    async def main(port: int, url: str) -> None:
        for request in (
            b"NOT HTTP AT ALL\r\n\r\n",
            b"GET /v1 HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /v1 HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
            b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\n\r\n",
        ):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            await writer.drain()
            async with asyncio.timeout(5 * TIMEOUT_SCALE):
                answer = await reader.read()
            assert answer == b"" or answer.startswith(b"HTTP/1.1 4"), answer[:80]
            writer.close()
        try:
            await connect(url.replace("/v1", "/v1?x=" + "b" * 9000))
        except InvalidStatus as exc:
            assert exc.response.status_code >= 400
        except ConnectionClosed:
            pass
        assert (await http_get(port, "/healthz"))[0] == "HTTP/1.1 200 OK"

    with server_process() as server:
        asyncio.run(main(server.port, server.url))
        assert server.stop() == 0
