"""Helpers the tests share; none of them is a test.

timing          TIMEOUT_SCALE and `until`, the one wait for a condition
processes       the one way to stop a child process: terminate, wait, kill
display         the virtual screen (Xvfb) the Qt tests draw on
memory_keyring  an in-memory keyring backend, so tests never touch a real one
services        real redis-server and coturn processes on loopback
wire            raw WebSocket and HTTP clients of the signaling server; lifted limits
relay           the malicious relay: a RoomBackend around a real one
sessions        both apps' session flows against a real server, without windows
apps            both apps' windows in one Qt-asyncio loop (end-to-end tests)
ts_files        reading the translation (.ts) files
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
"""The repository's root: the working folder for `python -m signaling` and the benchmarks."""
