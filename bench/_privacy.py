"""Privacy figures for session_e2e.py (issue 19), measured with the real apps.

- `protect_delay_ms_*`: a real X window titled like a bank's login page ("Kirjaudu -
  OP") gets the X input focus (from just before XSetInputFocus) → the helper app's
  privacy guard blocks the supporter's input (`PrivacyChanged.at`, taken on the focus
  watch's thread when the decision took effect; CLOCK_MONOTONIC, shared by processes).
  Input is refused from that moment: the live session asks the guard for every
  message. Repeated PROTECT_ROUNDS times, the focus back to the root between.
- `private_blank_frames_max`: the home user begins a private moment (the bench writes
  "private" to the helper process, which calls `pause()` as the button does); frames
  the supporter decodes afterwards whose painted counter was painted at or after the
  moment began — pictures taken during it. Target 0. `private_inflight_frames_max`
  counts the frames painted before it that still arrived after it (already encoded or
  on the wire), for the record.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

PROTECT_ROUNDS = 10
PRIVATE_ROUNDS = 5
PRIVATE_WATCH_S = 1.0
STEP_TIMEOUT_S = 10.0


def agent_privacy_hooks(session: Any, emit: Any) -> Any:
    """In the helper process: report privacy changes, obey "private"/"show" on stdin."""
    import sys
    import threading

    loop = asyncio.get_running_loop()

    def commands() -> None:
        for line in sys.stdin:
            word = line.strip()
            if word == "private":
                loop.call_soon_threadsafe(session.pause)
            elif word == "show":
                loop.call_soon_threadsafe(session.resume)

    threading.Thread(target=commands, daemon=True).start()

    def on_privacy(event: Any) -> None:
        state = event.state
        emit({"privacy_at": event.at, "blocks": state.blocks_input,
              "private": state.private})  # fmt: skip

    return on_privacy


async def _agent_says(bench: Any, after: float, **want: bool) -> float:
    """The time of the first privacy report after `after` matching `want`."""
    deadline = time.monotonic() + STEP_TIMEOUT_S
    while time.monotonic() < deadline:
        for message in bench.agent_messages:
            if message.get("privacy_at", -1) >= after and all(
                message.get(key) == value for key, value in want.items()
            ):
                return float(message["privacy_at"])
        await asyncio.sleep(0.005)
    raise RuntimeError(f"the helper app never reported privacy {want}")


async def measure_protect_delay(bench: Any) -> None:
    from Xlib import X, display

    conn = display.Display(bench.display)
    root = conn.screen().root
    bank = root.create_window(
        40, 600, 300, 120, 0, conn.screen().root_depth, X.InputOutput, X.CopyFromParent,
        background_pixel=conn.screen().white_pixel,
    )  # fmt: skip
    bank.set_wm_name("Kirjaudu - OP")
    bank.change_property(
        conn.intern_atom("_NET_WM_NAME"), conn.intern_atom("UTF8_STRING"), 8, b"Kirjaudu - OP"
    )
    bank.map()
    conn.sync()
    await asyncio.sleep(0.3)
    try:
        for _ in range(PROTECT_ROUNDS):
            asked = time.monotonic()  # before the request: the X round trip is counted
            conn.set_input_focus(bank, X.RevertToPointerRoot, X.CurrentTime)
            conn.sync()
            blocked_at = await _agent_says(bench, asked, blocks=True)
            bench.protect_delays.append((blocked_at - asked) * 1000)
            asked = time.monotonic()
            conn.set_input_focus(X.PointerRoot, X.RevertToPointerRoot, X.CurrentTime)
            conn.sync()
            await _agent_says(bench, asked, blocks=False)
            await asyncio.sleep(0.1)
    finally:
        bank.destroy()
        conn.close()


async def measure_private_frames(bench: Any) -> None:
    from _stamp import decode_stamp

    agent = bench.agent
    assert agent is not None and agent.stdin is not None
    received: list[tuple[float, float]] = []  # (received, painted) of live frames

    def hook(rgb: Any, now: float) -> None:
        residue = decode_stamp(rgb, bench.screen)
        if residue is not None:
            received.append((now, bench.board.painted_at(residue)))

    bench.frame_hook = hook
    for _ in range(PRIVATE_ROUNDS):
        received.clear()
        await asyncio.sleep(0.3)  # live frames flow (counted above)
        asked = time.monotonic()
        agent.stdin.write(b"private\n")
        await agent.stdin.drain()
        began = await _agent_says(bench, asked, private=True)
        await asyncio.sleep(PRIVATE_WATCH_S)
        after = [(got, painted) for got, painted in received if got >= began]
        bench.private_taken.append(sum(painted >= began for _, painted in after))
        bench.private_inflight.append(sum(painted < began for _, painted in after))
        received.clear()
        agent.stdin.write(b"show\n")
        await agent.stdin.drain()
        await _agent_says(bench, began, private=False)
        deadline = time.monotonic() + STEP_TIMEOUT_S
        while not received and time.monotonic() < deadline:
            await asyncio.sleep(0.02)  # the screen is shown again before the next round
    bench.frame_hook = None


async def measure_privacy(bench: Any) -> None:
    try:
        await measure_protect_delay(bench)
        await measure_private_frames(bench)
    except Exception as exc:  # the other figures stand; say why these are missing
        bench.privacy_error = f"{type(exc).__name__}: {exc}"


def privacy_figures(bench: Any) -> dict[str, Any]:
    delays = sorted(bench.protect_delays)
    return {
        "protect_delay_ms_max": round(max(delays), 1) if delays else None,
        "protect_delay_ms_p50": round(delays[len(delays) // 2], 1) if delays else None,
        "private_blank_frames_max": max(bench.private_taken, default=None),
        "private_inflight_frames_max": max(bench.private_inflight, default=None),
        "privacy_rounds": [len(delays), len(bench.private_taken)],
        "privacy_error": bench.privacy_error,
    }
