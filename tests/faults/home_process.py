"""The helper app's session core (HomeSession: real capture, XTest input, aiortc) as its
own process, so a test can kill it with SIGKILL. Prints JSON lines: the code, then what
the home user would see; allows viewing and grants control as soon as asked."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assist_agent.live import ControlRequested  # noqa: E402
from assist_agent.session import CodeReady, HomeSession, SharingStarted, SupporterAsks  # noqa: E402
from assist_session.flow import Ended  # noqa: E402
from assist_session.heartbeat import LinkBack, LinkLost  # noqa: E402


def say(kind: str, **fields: object) -> None:
    print(json.dumps({"event": kind, **fields}), flush=True)


async def main(server_url: str) -> None:
    def on_event(event: object) -> None:
        if isinstance(event, CodeReady):
            say("code", code=event.code.grouped())
        elif isinstance(event, SupporterAsks):
            home.allow()
        elif isinstance(event, SharingStarted):
            say("sharing")
        elif isinstance(event, ControlRequested):
            home.grant_control()
            say("granted")
        elif isinstance(event, LinkLost):
            say("lost")
        elif isinstance(event, LinkBack):
            say("back")
        elif isinstance(event, Ended):
            say("ended", reason=event.reason)

    home = HomeSession(server_url, on_event)
    home.start()
    await home.wait_ended()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
