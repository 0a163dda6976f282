"""A supporter app without a window that, once it sees the screen, draws one stroke to
its full 2,048 points, then sends 1,024 tiny `draw` messages on it at once (bypassing its
own view's pacing), prints FLOODED and waits to be stopped. Used by test_draw_flood."""

from __future__ import annotations

import asyncio
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assist_client.session import ShareState, SupporterSession  # noqa: E402
from crypto.code import PairingCode  # noqa: E402

FLOOD = 1024


def flood(session: SupporterSession) -> None:
    """Fill one stroke to its 2,048 points with a real-looking spiral, then 1,024 tiny draws."""
    link = session.link
    assert link is not None
    for message in range(32):
        points = []
        for i in range(64):
            turn = (message * 64 + i) / 200
            radius = 0.05 + turn / 60
            points.append(
                [0.5 + radius * math.cos(turn * 6.28), 0.5 + radius * math.sin(turn * 6.28)]
            )
        link.send("draw", points=points, stroke=7, end=False)


def flood_tiny(session: SupporterSession) -> None:
    link = session.link
    assert link is not None
    for _ in range(FLOOD):
        link.send("draw", points=[[0.5, 0.5]], stroke=7, end=False)  # ~65 bytes each


async def main(server_url: str, code_text: str) -> None:
    viewing = asyncio.Event()

    def on_event(event: object) -> None:
        if isinstance(event, ShareState) and event.state == "viewing":
            viewing.set()

    session = SupporterSession(
        server_url, PairingCode.parse(code_text), "Flooder", on_event, lambda frame: None
    )
    session.start()
    await viewing.wait()
    flood(session)
    await asyncio.sleep(1.0)  # the full stroke is on the home user's screen
    flood_tiny(session)
    print("FLOODED", flush=True)
    await session.wait_ended()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
