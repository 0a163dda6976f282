"""A supporter app without a window that takes control, then holds Shift and the left
mouse button down and waits to be killed. Used by test_stuck_keys."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assist_client.session import ShareState, SupporterSession  # noqa: E402
from crypto.code import PairingCode  # noqa: E402


async def main(server_url: str, code_text: str) -> None:
    holding = asyncio.Event()

    def on_event(event: object) -> None:
        if isinstance(event, ShareState) and event.state == "viewing":
            session.request_control()
        elif isinstance(event, ShareState) and event.state == "controlling":
            session.send_input("key", action="down", key="shift")
            session.send_input("mouse", action="down", button="left", x=0.05, y=0.9)
            holding.set()

    session = SupporterSession(
        server_url, PairingCode.parse(code_text), "Holder", on_event, lambda frame: None
    )
    session.start()
    await holding.wait()
    print("HOLDING", flush=True)
    await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
