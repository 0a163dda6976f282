"""The helper app speaks plain language in English and Finnish (Selkokeskus guidance)."""

from __future__ import annotations

import re

import pytest

import i18n
from tests.support.ts_files import is_finished, messages, translations_of

# Contexts whose strings the home user reads.
HOME_USER_CONTEXTS = {
    "HomeWindow", "HomeEnded", "ShareBar", "CodeCountdown", "SafetyPage", "Sharing",
    "SummaryText", "HistoryPage", "ChatPanel", "HelpPage", "Practice", "AppHeader",
    "LanguagePicker", "LanguageDialog", "DisplayDialog", "ConfigProblem",
    "ScreenChoice", "DesktopProblem", "HomeReconnect",
    "HomeCall", "ConsentPage", "AddOrganisation", "DesktopQuestion", "Privacy",
}  # fmt: skip
MAX_WORDS_PER_SENTENCE = {"en": 16, "fi": 12}
JARGON = {
    "en": ["webrtc", "peer", "signal", "pake", "dtls", "session id", "ice", "nat",
           "connection established", "protocol", "server", "encrypt", "authenticat",
           "fingerprint", "turn", "stun", "session", "remote desktop", "error code"],
    "fi": ["webrtc", "vertais", "signalo", "pake", "dtls", "istunto", "palvelin",
           "protokolla", "salaus", "todenn", "sormenjälki", "etätyöpöytä", "virhekoodi"],
}  # fmt: skip
ABBREVIATION = re.compile(r"\b(e\.g|i\.e|etc|esim|ns|yms|jne|ok)\b\.?", re.IGNORECASE)


def home_user_texts(lang: str) -> list[str]:
    texts = []
    for (context, source), message in messages(i18n.ts_path(lang)).items():
        if context in HOME_USER_CONTEXTS and is_finished(message):
            texts += translations_of(message) if lang != "en" else [source]
    return texts


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_sentences_are_short(lang: str) -> None:
    """No home-user sentence is longer than a short line of plain language."""
    limit = MAX_WORDS_PER_SENTENCE[lang]
    long_ones = [s for t in home_user_texts(lang) for s in sentences(t) if len(s.split()) > limit]
    assert long_ones == []


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_no_technical_words(lang: str) -> None:
    """The home user never reads words like WebRTC, peer, server or session."""
    found = [
        (word, text)
        for text in home_user_texts(lang)
        for word in JARGON[lang]
        if re.search(rf"\b{re.escape(word)}", text.lower())
    ]
    assert found == []


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_no_abbreviations_or_shouting(lang: str) -> None:
    """No abbreviations and no words in capitals."""
    for text in home_user_texts(lang):
        assert not ABBREVIATION.search(text), text
        assert not re.search(r"\b[A-ZÄÖÅ]{2,}\b", text), text


def test_lint_catches_jargon() -> None:
    """The jargon check itself works: a technical sentence is caught."""
    text = "The peer connection to the server failed."
    assert any(re.search(rf"\b{re.escape(w)}", text.lower()) for w in JARGON["en"])


# The other six languages: the same checks, with limits that suit each language's words.
OTHER_LIMITS = {"sv": 16, "ru": 14, "et": 14, "ar": 16, "so": 20, "uk": 14}
OTHER_JARGON = {
    "sv": ["webrtc", "server", "session", "protokoll", "kryptera", "autentis"],
    "ru": ["webrtc", "сервер", "сеанс", "сесси", "протокол", "шифрова"],
    "et": ["webrtc", "server", "seanss", "seansi", "protokoll", "krüpt"],
    "ar": ["webrtc", "خادم", "جلسة", "بروتوكول", "تشفير"],
    "so": ["webrtc", "seerfar", "borotokool", "kulan"],
    "uk": ["webrtc", "сервер", "сеанс", "сесі", "протокол", "шифру"],
}


@pytest.mark.parametrize("lang", list(OTHER_LIMITS))
def test_other_languages_stay_plain(lang: str) -> None:
    """In every language the home user reads short sentences without technical words."""
    long_ones, jargon = [], []
    for text in home_user_texts(lang):
        long_ones += [s for s in sentences(text) if len(s.split()) > OTHER_LIMITS[lang]]
        jargon += [(w, text) for w in OTHER_JARGON[lang] if w in text.lower()]
        assert not re.search(r"\b[A-ZÄÖÅÕÜА-ЯІЇЄҐ]{2,}\b", text), text
    assert long_ones == []
    assert jargon == []
