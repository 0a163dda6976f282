"""The privacy policy's decisions (I/O-free core, time passed in) and the shipped list."""

from __future__ import annotations

import pytest

from assist_agent.platform.focus import FocusReport, PasswordField
from assist_agent.privacy import Privacy
from assist_agent.privacy_rules import shipped
from assist_ui.config import ConfigError, parse

pytestmark = pytest.mark.privacy

BANK_TITLES = [
    ("Kirjaudu - OP - Chromium", "OP"),
    ("Nordea Verkkopankki — Mozilla Firefox", "Nordea"),
    ("Danske Bank | Kirjaudu", "Danske Bank"),
    ("S-Pankki - Kirjaudu sisään", "S-Pankki"),
    ("Aktia Verkkopankki", "Aktia"),
    ("POP Pankki - Verkkopankki", "POP Pankki"),
    ("Säästöpankki - Kirjaudu", "Säästöpankki"),
    ("Oma Säästöpankki - Verkkopankki", "Oma Säästöpankki"),
    ("Ålandsbanken Internetbanken", "Ålandsbanken"),
    ("Handelsbanken - Logga in", "Handelsbanken"),
    ("Tunnistus - Suomi.fi", "Suomi.fi"),
    ("Mobiilivarmenne - Tunnistaudu", "Mobiilivarmenne"),
    ("OmaKanta - Kanta.fi", "OmaKanta"),
    ("OmaKela - Kela", "Kela"),
    ("OmaVero - vero.fi", "OmaVero"),
]


@pytest.mark.parametrize(("title", "service"), BANK_TITLES)
def test_shipped_list_knows_finnish_banks_and_services(title, service):
    """Every bank and public service of the issue is recognised by a realistic title."""
    assert shipped().service(title) == service


@pytest.mark.parametrize(
    "title", ["Kelaamo - Firefox", "Recipes: Nordic bread", "Terminal", "Opera", "Topi"]
)
def test_unrelated_titles_are_not_protected(title):
    """Whole words only: a title that merely contains the letters is not protected."""
    assert shipped().service(title) is None


def report(window, title, password=None, rect=(0, 0, 400, 300)):
    return FocusReport(window, title, rect, password)


def test_protected_page_refuses_input_until_focus_leaves():
    """Mouse and keys are refused while a bank window has the focus, allowed after."""
    privacy = Privacy(shipped())
    privacy.focus(0.0, report(1, "Text Editor"))
    assert privacy.refusal("mouse") is None
    privacy.focus(1.0, report(2, "Nordea Verkkopankki"))
    assert privacy.refusal("mouse") == "protected"
    assert privacy.refusal("key") == "protected"
    assert privacy.state.blank_rects == ()  # input only unless the organisation says so
    privacy.focus(2.0, report(1, "Text Editor"))
    assert privacy.refusal("mouse") is None
    assert privacy.protected_pages == 1


def test_window_stays_protected_when_its_title_changes():
    """Seen once as a bank, the window stays protected by its id (titles change inside)."""
    privacy = Privacy(shipped())
    privacy.focus(0.0, report(7, "Aktia Verkkopankki"))
    privacy.focus(1.0, report(7, "Tilisiirto"))
    assert privacy.refusal("mouse") == "protected"


def test_after_login_home_user_is_asked_again():
    """Login page → logged-in page in the same window: focus leaving does not give control
    back; the home user's Allow again does."""
    privacy = Privacy(shipped())
    privacy.focus(0.0, report(3, "Kirjaudu - OP"))
    privacy.focus(1.0, report(3, "OP - Etusivu"))
    privacy.focus(2.0, report(1, "Text Editor"))
    assert privacy.state.ask_after_login
    assert privacy.refusal("mouse") == "protected"
    privacy.allow_again(3.0)
    assert privacy.refusal("mouse") is None


def test_no_login_seen_means_control_returns_by_itself():
    privacy = Privacy(shipped())
    privacy.focus(0.0, report(3, "OP - Etusivu"))
    privacy.focus(1.0, report(1, "Text Editor"))
    assert not privacy.state.ask_after_login and privacy.refusal("key") is None


def test_organisation_titles_and_blanking():
    """assist.toml's titles are protected too; blank_protected blanks the window's area."""
    config = parse('protected_titles = ["Kuntaportaali"]\nblank_protected = true\n')
    privacy = Privacy(shipped(config.protected_titles), blank_protected=config.blank_protected)
    privacy.focus(0.0, report(4, "Kuntaportaali - asiointi", rect=(10, 20, 300, 200)))
    assert privacy.refusal("mouse") == "protected"
    assert privacy.state.blank_rects == ((10, 20, 300, 200),)


def test_visible_protected_windows_are_blanked_only_when_the_organisation_chose_it():
    """blank_protected: every visible protected window is blanked, focused or not (a bank
    page behind the editor); the marked one too; never the helper app's own; without the
    choice nothing is blanked and input is as before."""
    windows = (
        report(1, "Text Editor", rect=(0, 0, 400, 300)),
        report(2, "Kirjaudu - OP - Mozilla Firefox", rect=(300, 200, 500, 400)),
        report(5, "Laskut", rect=(900, 0, 100, 100)),
        report(99, "Nordea (helper app's own)", rect=(0, 600, 50, 50)),
    )
    for blank in (True, False):
        privacy = Privacy(shipped(), blank_protected=blank)
        privacy.own_windows = frozenset({99})
        privacy.focus(0.0, report(5, "Laskut", rect=(900, 0, 100, 100)))
        privacy.protect_current(0.5)
        privacy.focus(1.0, report(1, "Text Editor", rect=(0, 0, 400, 300)))
        privacy.visible(2.0, windows)
        assert privacy.refusal("mouse") is None and privacy.state.protected is None
        expected = ((300, 200, 500, 400), (900, 0, 100, 100)) if blank else ()
        assert privacy.state.blank_rects == expected and not privacy.state.blank_all
        privacy.visible(3.0, windows[:1])  # the bank closed, the marked one hidden
        assert privacy.state.blank_rects == ()
    assert privacy.protected_pages == 1  # the marked window, when it was focused


def test_config_refuses_bad_titles():
    with pytest.raises(ConfigError):
        parse("protected_titles = [1]\n")
    with pytest.raises(ConfigError):
        parse('protected_titles = "OP"\n')


def test_marked_window_is_protected_not_the_helper_app():
    """Protect this window marks the window used before the share bar was clicked."""
    privacy = Privacy(shipped())
    privacy.own_windows = frozenset({99})
    privacy.focus(0.0, report(5, "Spreadsheet"))
    privacy.focus(1.0, report(99, "Get help"))
    assert privacy.protect_current(2.0)
    assert privacy.refusal("mouse") is None  # the helper app's window is focused
    privacy.focus(3.0, report(5, "Spreadsheet"))
    assert privacy.state.protected == "marked"
    assert privacy.refusal("mouse") == "protected"


def test_password_field_refuses_keys_and_blanks_its_area():
    """Keys and text refused, clicks allowed; the field's rect blanked, or all if unknown."""
    privacy = Privacy(shipped())
    privacy.focus(0.0, report(6, "Mail", PasswordField((50, 60, 200, 30))))
    assert privacy.refusal("key") == "password" and privacy.refusal("text") == "password"
    assert privacy.refusal("mouse") is None
    assert privacy.state.blank_rects == ((50, 60, 200, 30),)
    privacy.focus(1.0, report(6, "Mail", PasswordField(None)))
    assert privacy.state.blank_all
    privacy.focus(2.0, report(6, "Mail"))
    assert privacy.refusal("key") is None and not privacy.state.blank_all


def test_private_moment_blanks_and_blocks_and_is_counted():
    privacy = Privacy(shipped())
    privacy.begin_private(0.0)
    assert privacy.state.blank_all and privacy.refusal("mouse") == "private"
    privacy.end_private(1.0)
    privacy.begin_private(2.0)
    privacy.end_private(3.0)
    assert privacy.refusal("mouse") is None and not privacy.state.blank_all
    assert privacy.private_moments == 2


def test_press_at_unfocused_protected_window_is_refused():
    """A press aimed at a protected window that is not focused is refused — by the
    shipped list, the organisation's list and the home user's mark — while presses at
    ordinary windows, the desktop and the focused window are left to `refusal`."""
    privacy = Privacy(shipped(["Kuntaportaali"]))
    privacy.focus(0.0, report(1, "Text Editor"))
    privacy.focus(1.0, report(5, "Laskut 2026"))
    assert privacy.protect_current(1.5)  # the home user marks window 5
    privacy.focus(2.0, report(1, "Text Editor"))
    assert privacy.refusal_at(report(2, "Kirjaudu - OP - Chromium")) == "protected"
    assert privacy.refusal_at(report(3, "Kuntaportaali - Asiointi")) == "protected"
    assert privacy.refusal_at(report(5, "Laskut 2026")) == "protected"
    assert privacy.refusal_at(report(4, "Ilta-Sanomat")) is None
    assert privacy.refusal_at(FocusReport(None)) is None  # the bare desktop
    assert privacy.refusal_at(report(1, "Text Editor")) is None  # focused: refusal() rules
    assert privacy.refusal("mouse") is None  # the focused editor is not blocked meanwhile


def test_unknown_window_at_point_is_not_refused_by_this_check():
    """UNKNOWN (a backend that cannot tell what is under the point) refuses nothing by
    itself: the focused-window rule still holds (documented in privacy.py)."""
    from assist_agent.platform.focus import UNKNOWN, window_at

    privacy = Privacy(shipped())
    privacy.focus(0.0, report(1, "Text Editor"))
    assert window_at(None, 10, 10) is UNKNOWN  # no focus watch (portal, portable)
    assert privacy.refusal_at(UNKNOWN) is None
    privacy.focus(1.0, report(2, "Nordea Verkkopankki"))
    assert privacy.refusal("mouse") == "protected"


def test_window_aimed_at_then_used_counts_once():
    """The summary's count: a protected window aimed at while unfocused is one page,
    however often it is aimed at and when it is then used; another window is another."""
    privacy = Privacy(shipped())
    privacy.focus(0.0, report(1, "Text Editor"))
    for _ in range(5):
        privacy.refusal_at(report(2, "Kirjaudu - OP"))
    assert privacy.protected_pages == 1
    privacy.focus(1.0, report(2, "Kirjaudu - OP"))
    assert privacy.protected_pages == 1 and privacy.state.protected == "OP"
    privacy.focus(2.0, report(1, "Text Editor"))
    privacy.focus(3.0, report(2, "OP - Etusivu"))  # used again later: a second time
    assert privacy.protected_pages == 2
    privacy.refusal_at(report(7, "Aktia Verkkopankki"))
    assert privacy.protected_pages == 3
    # Seen protected once, the window stays protected by its id whatever its title.
    privacy.focus(4.0, report(1, "Text Editor"))
    assert privacy.refusal_at(report(7, "Tilisiirto")) == "protected"
