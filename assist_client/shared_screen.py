"""Which of the home user's screens the supporter sees (the `screen` message, issue 13).

The helper app says it when sharing starts and whenever the home user switches screens.
No Qt here: the session emits it; `shared_screen_view.py` says it in words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenShared:
    """The home user shares screen `number` of `count`, standing at `place`."""

    number: int
    count: int
    place: str
