"""Protected pages with both real apps under Xvfb: real windows, real focus changes read
by the X11 focus watch, real injected input read back from the windows it reached."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from assist_client.texts import refused_text
from tests.privacy.windows import (
    TitledProbe,
    arrives,
    click,
    controlling,
    focus,
    nothing_arrives,
    privacy_state,
    unblocked,
)
from tests.support.apps import run_scenario
from tests.support.timing import until

pytestmark = [pytest.mark.privacy, pytest.mark.e2e]

BANK_RECT = (40, 420, 280, 200)
OTHER_RECT = (340, 420, 280, 200)


@pytest.fixture
def probes(qtbot):
    made: list[TitledProbe] = []

    def make(title: str, rect: tuple[int, int, int, int]) -> TitledProbe:
        probe = TitledProbe(title, rect)
        qtbot.addWidget(probe)
        probe.show()
        qtbot.waitExposed(probe)
        made.append(probe)
        return probe

    return make


def test_bank_login_window_refuses_input_while_focused(qtbot, qloop, apps, probes):
    """While a window titled like OP's login has the focus, the supporter's clicks and
    keys (a flood of them) reach neither it nor any other window, and the supporter is
    told why; once the focus leaves, they arrive again by themselves."""
    server, home, supporter = apps
    bank = probes("Kirjaudu - OP - Chromium", BANK_RECT)
    other = probes("Muistio", OTHER_RECT)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(other)
        await arrives(supporter, other)

        await focus(bank)
        await until(lambda: privacy_state(home).protected == "OP", 5, "the bank protected")
        await nothing_arrives(supporter, [bank, other])
        await until(
            lambda: supporter.view_status.text() == refused_text("protected"), 5, "told why"
        )
        await until(home.share_bar.privacy_text.isVisible, 5, "the home user told")

        await focus(other)
        await unblocked(home)
        await arrives(supporter, other)
        assert home.session.privacy.protected_pages == 1

    run_scenario(qloop, scenario(), home, supporter)


def test_after_login_control_waits_for_the_home_user(qtbot, qloop, apps, probes):
    """The login page's title changes to the bank's front page in the same window: when
    the focus leaves, input stays refused until the home user clicks Allow again."""
    server, home, supporter = apps
    bank = probes("Kirjaudu - OP", BANK_RECT)
    other = probes("Muistio", OTHER_RECT)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(bank)
        await until(lambda: privacy_state(home).protected == "OP", 5, "login page protected")
        bank.setWindowTitle("OP - Etusivu")  # logged in
        await asyncio.sleep(0.3)
        await focus(other)
        await until(lambda: privacy_state(home).ask_after_login, 5, "asked again")
        # The policy decides on the focus watch's thread; the share bar follows on the loop.
        await until(home.share_bar.allow_again_button.isVisible, 5, "Allow again shown")
        await nothing_arrives(supporter, [other])

        qtbot.mouseClick(home.share_bar.allow_again_button, Qt.MouseButton.LeftButton)
        await until(lambda: not privacy_state(home).blocks_input, 5, "allowed again")
        await arrives(supporter, other)

    run_scenario(qloop, scenario(), home, supporter)


def test_organisation_title_is_protected(qtbot, qloop, apps, probes):
    """A title from the organisation's assist.toml list is protected like a bank."""
    server, home, supporter = apps
    home.protection = (("Kuntaportaali",), False)
    portal = probes("Kuntaportaali - Asiointi", BANK_RECT)
    other = probes("Muistio", OTHER_RECT)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(portal)
        await until(
            lambda: privacy_state(home).protected == "organisation", 5, "the portal protected"
        )
        await nothing_arrives(supporter, [portal, other])
        await focus(other)
        await unblocked(home)
        await arrives(supporter, other)

    run_scenario(qloop, scenario(), home, supporter)


def test_home_user_marks_a_window(qtbot, qloop, apps, probes):
    """Protect this window on the share bar protects the window in use, from then on."""
    server, home, supporter = apps
    letters = probes("Laskut 2026", BANK_RECT)
    other = probes("Muistio", OTHER_RECT)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(letters)
        await arrives(supporter, letters)  # an ordinary window: not protected yet
        qtbot.mouseClick(home.share_bar.protect_button, Qt.MouseButton.LeftButton)
        await until(lambda: privacy_state(home).protected == "marked", 5, "marked")
        await nothing_arrives(supporter, [letters, other])
        await focus(other)
        await unblocked(home)
        await arrives(supporter, other)
        await focus(letters)  # protected again: marked for the whole session
        await until(lambda: privacy_state(home).protected == "marked", 5, "marked again")
        await nothing_arrives(supporter, [letters])

    run_scenario(qloop, scenario(), home, supporter)


def test_organisation_may_blank_protected_windows(qtbot, qloop, apps, probes):
    """With blank_protected, the protected window is grey in the supporter's decoded
    pictures while it has the focus, and stays grey once the focus leaves (it is still
    visible: test_visible_blank.py); hidden, nothing is blanked any more."""
    server, home, supporter = apps
    home.protection = (("Kuntaportaali",), True)
    portal = probes("Kuntaportaali - Asiointi", BANK_RECT)
    other = probes("Muistio", OTHER_RECT)
    x, y, w, h = BANK_RECT

    def portal_rgb():
        frame = supporter.view.frame
        if frame is None:
            return None
        return frame[y + h // 2 - 4 : y + h // 2 + 4, x + w // 2 - 4 : x + w // 2 + 4].mean((0, 1))

    def grey() -> bool:
        rgb = portal_rgb()
        return rgb is not None and bool(abs(rgb - 128).max() < 20)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(other)
        await until(grey, 10, "the portal blanked though not focused")
        await focus(portal)
        await until(lambda: privacy_state(home).protected == "organisation", 5, "protected")
        for _ in range(50):  # every picture meanwhile keeps it grey
            assert grey()
            await asyncio.sleep(0.02)
        await nothing_arrives(supporter, [portal])
        await focus(other)
        await unblocked(home)
        for _ in range(25):  # still visible: still grey
            assert grey()
            await asyncio.sleep(0.02)
        portal.hide()
        await until(lambda: privacy_state(home).blank_rects == (), 10, "nothing blanked")
        await until(lambda: not grey(), 10, "the place shown again")

    run_scenario(qloop, scenario(), home, supporter)


def test_click_into_unfocused_bank_window_is_refused(qtbot, qloop, apps, probes):
    """A bank window that is open but NOT focused: the supporter's clicks and wheel aimed
    at it (a flood of them) reach it not, and the focus stays where it was (a click would
    have focused it); the supporter is told why and the summary counts the page once; a
    click elsewhere still arrives."""
    server, home, supporter = apps
    bank = probes("Kirjaudu - OP - Chromium", BANK_RECT)
    other = probes("Muistio", OTHER_RECT)

    async def scenario() -> None:
        await controlling(qtbot, home, supporter)
        await focus(other)
        await arrives(supporter, other)
        assert privacy_state(home).protected is None
        sink = home.session.live.input_sink

        before = bank.received()
        refused = sink.dropped.by_reason.get("protected", 0)
        aims = [bank.centre_fraction(), bank.edit_fraction()]
        for x, y in aims * 20:
            click(supporter, x, y)
            supporter.session.link.send("mouse", action="wheel", x=x, y=y, dx=0, dy=-3)
        presses = len(aims) * 20 * 2  # a down and a wheel each (an "up" has no press)
        await until(
            lambda: sink.dropped.by_reason.get("protected", 0) - refused >= presses,
            10,
            "every press at the bank refused",
        )
        await asyncio.sleep(0.5)  # an injected click would reach the window within ~2 ms
        assert bank.received() == before
        assert other.isActiveWindow() and not bank.isActiveWindow()
        assert privacy_state(home).protected is None  # the focus never moved to the bank
        await until(
            lambda: supporter.view_status.text() == refused_text("protected"), 5, "told why"
        )

        await arrives(supporter, other)  # elsewhere, clicks and keys still work
        assert bank.received() == before
        await focus(bank)  # the home user uses the bank: the same visit, counted once
        await until(lambda: privacy_state(home).protected == "OP", 5, "the bank protected")
        await nothing_arrives(supporter, [bank])
        assert home.session.privacy.protected_pages == 1

    run_scenario(qloop, scenario(), home, supporter)
