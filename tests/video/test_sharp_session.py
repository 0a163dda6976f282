"""Sharp still pictures in whole sessions (server, home user, supporter, Xvfb)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from tests.conftest import until

from .test_video_session import BOX, Session, run_session
from .xpaint import ColourBox

pytestmark = pytest.mark.e2e


@pytest.fixture
def box(xdisplay: str):
    painted = ColourBox(*BOX)
    painted.fill((200, 30, 30))
    yield painted
    painted.close()


def test_still_screen_arrives_exact(box) -> None:
    async def scenario(s: Session) -> None:
        await until(lambda: s.supporter.sharp_applied > 0, 10, "sharp cells")
        await asyncio.sleep(1.0)
        x, y, w, h = BOX
        patch = s.frame[y : y + h, x : x + w]
        assert (patch == np.array([200, 30, 30], dtype=np.uint8)).all()

    asyncio.run(run_session(scenario))
