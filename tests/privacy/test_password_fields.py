"""Password fields of real Qt and GTK windows (own processes, on a real accessibility
bus): while one has the focus, the supporter's keys (a flood of them) do not reach it
and its area is grey in the supporter's decoded pictures; clicks still work, and keys
arrive again in the next field."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from assist_client.texts import refused_text
from tests.privacy.a11y import PasswordWindow
from tests.privacy.windows import controlling, privacy_state
from tests.support.apps import run_scenario
from tests.support.timing import until

pytestmark = [pytest.mark.privacy, pytest.mark.e2e]

AT = (40, 420)
GREY = 128


def centre_rgb(frame: np.ndarray | None, rect: tuple[int, int, int, int]) -> np.ndarray | None:
    """The mean colour of the middle of `rect` (desktop pixels) in a decoded frame."""
    if frame is None:
        return None
    x, y, w, h = rect
    cx, cy = x + w // 2, y + h // 2
    return frame[cy - 3 : cy + 3, cx - 10 : cx + 10].reshape(-1, 3).mean(axis=0)


def blanked(frame: np.ndarray | None, rect: tuple[int, int, int, int]) -> bool:
    rgb = centre_rgb(frame, rect)
    return rgb is not None and bool(np.abs(rgb - GREY).max() < 30)


def white(frame: np.ndarray | None, rect: tuple[int, int, int, int]) -> bool:
    rgb = centre_rgb(frame, rect)
    return rgb is not None and bool(rgb.min() > 200)


def send_keys(supporter, text: str, flood: int = 0) -> None:
    link = supporter.session.link
    link.send("text", text=text)
    for _ in range(flood):
        link.send("key", action="press", key="a")
        link.send("text", text="z")


@pytest.mark.parametrize("toolkit", ["qt", "gtk"])
def test_password_field_keys_refused_and_blanked(toolkit, qtbot, qloop, apps, a11y_bus, xdisplay):
    server, home, supporter = apps
    window = PasswordWindow(toolkit, xdisplay, a11y_bus, AT)

    async def scenario() -> None:
        await window.ready()
        await controlling(qtbot, home, supporter)
        window.command("focus name")
        send_keys(supporter, "anna")
        await until(lambda: window.text("name") == "anna", 10, "keys in the name field")

        window.command("focus password")
        await until(lambda: privacy_state(home).password, 10, "the password field noticed")
        rect = privacy_state(home).blank_rects[0]
        name_rect = (rect[0], rect[1] - rect[3] - 12, rect[2], rect[3])  # the field above
        await until(lambda: blanked(supporter.view.frame, rect), 10, "the field blanked")
        send_keys(supporter, "salasana", flood=60)
        await asyncio.sleep(0.8)  # injected keys land within milliseconds when let through
        assert window.text("password") == ""
        assert supporter.view_status.text() == refused_text("password")
        # Every picture the supporter gets meanwhile keeps the field grey.
        for _ in range(50):
            assert blanked(supporter.view.frame, rect)
            await asyncio.sleep(0.02)
        assert not blanked(supporter.view.frame, name_rect)

        window.command("focus name")
        await until(lambda: not privacy_state(home).password, 10, "the password field left")
        await until(lambda: white(supporter.view.frame, rect), 10, "the field shown again")
        send_keys(supporter, "k")
        # (GTK selects an entry's text when it gets the focus: "k" may replace "anna")
        await until(lambda: window.text("name") in ("annak", "k"), 10, "keys arrive again")
        assert window.text("password") == ""

    try:
        run_scenario(qloop, scenario(), home, supporter)
    finally:
        window.close()
