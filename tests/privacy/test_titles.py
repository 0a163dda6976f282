"""The shipped protected-titles list against real page titles (issue 19: "research the
real titles and keep the list as data"). Each title here was read from a stored copy of
the service's page or its public code (the data file's `source` says where); browsers
show it with their own name after it. Common everyday titles must not be protected."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from assist_agent import data
from assist_agent.privacy_rules import DATA_FILE, shipped

pytestmark = pytest.mark.privacy

REAL_TITLES = [  # (the page's <title>, the service it belongs to)
    ("Suomi.fi-tunnistus", "Suomi.fi"),  # DVV's identification UI, its <title>
    ("Suomi.fi-tunnistaminen", "Suomi.fi"),  # the same UI's older page <title>
    ("Suomi.fi-identifiering", "Suomi.fi"),  # its Swedish name
    ("Suomi.fi identification", "Suomi.fi"),  # its English name
    ("OP Identity Provider Service", "OP"),  # saml-idp.op.fi (English)
    ("Signering - Nordea", "Nordea"),  # an older Nordea signing page
    ("OmaKela e-service | Our Services | Kela", "Kela"),  # kela.fi
    ("Applications and decisions in OmaKela | Our Services | Kela", "Kela"),  # kela.fi
    ("Käsittelyajat - vero.fi", "OmaVero"),  # vero.fi
]
BROWSERS = ["{} — Mozilla Firefox", "{} - Chromium", "{} - Google Chrome", "{}"]
EVERYDAY_TITLES = [
    "Ilta-Sanomat",
    "Etusivu | Ilta-Sanomat",
    "YouTube",
    "Gmail",
    "Saapuneet (3) - anna@gmail.com - Gmail",
    "Helsingin Sanomat",
    "Yle Areena",
    "Facebook",
    "Wikipedia, vapaa tietosanakirja",
    "Google",
    "Outlook",
    "Tori.fi",
    "Muistio",
    "Kelaamo - Firefox",
    "Opera",
    "Operaatio Valkyrie",
    "Topi",
    "Kantapöytä",
    "Veroton alennusmyynti",
]


@pytest.mark.parametrize("browser", BROWSERS)
@pytest.mark.parametrize(("title", "service"), REAL_TITLES)
def test_real_titles_are_protected(title, service, browser):
    """Every real title found is protected as its service, in every browser's frame."""
    assert shipped().service(browser.format(title)) == service


@pytest.mark.parametrize("browser", BROWSERS)
@pytest.mark.parametrize("title", EVERYDAY_TITLES)
def test_everyday_titles_are_not_protected(title, browser):
    """News, video, mail and the like stay usable for the supporter."""
    assert shipped().service(browser.format(title)) is None


def test_identification_pages_count_as_login_pages():
    """The identification pages' titles are login pages (control is asked again after)."""
    rules = shipped()
    for title in ("Suomi.fi-tunnistus", "Suomi.fi-tunnistaminen", "OP Identity Provider Service"):
        assert rules.is_login(title), title


def test_every_entry_says_where_it_was_checked():
    """The data file keeps, per service, what was found and where (or that the real title
    could not be verified); every title it lists as seen is in this test."""
    text = resources.files(data).joinpath(DATA_FILE).read_text("utf-8")
    services = tomllib.loads(text)["service"]
    seen = {title for entry in services for title in entry.get("seen", [])}
    assert seen == {title for title, _ in REAL_TITLES}
    for entry in services:
        assert entry.get("source", "").strip(), entry["name"]
        if not entry.get("seen"):
            assert "not verified" in entry["source"], entry["name"]
