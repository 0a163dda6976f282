"""Tests for the pairing code: Damm check digit, formatting and parsing."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.code import (
    NAMEPLATE_MIN_DIGITS,
    SECRET_DIGITS,
    CodeFormatError,
    PairingCode,
    damm_check_digit,
    damm_is_valid,
)

pytestmark = pytest.mark.security

nameplates = st.integers(min_value=1000, max_value=10**7).map(str)
secrets_ = st.text(alphabet="0123456789", min_size=SECRET_DIGITS, max_size=SECRET_DIGITS)
codes = st.builds(PairingCode, nameplates, secrets_)

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EASTERN_ARABIC_INDIC = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _with_check(digits: str) -> str:
    return digits + damm_check_digit(digits)


# -- Damm ---------------------------------------------------------------------------


def test_damm_known_vectors() -> None:
    """The table is the standard Damm table (572 -> 4) and a full code checks to 0."""
    assert damm_check_digit("572") == "4"
    assert damm_is_valid("5724")
    assert not damm_is_valid("5723")
    assert PairingCode("1000", "39071556").check_digit == "8"


def test_damm_catches_every_single_error_and_swap_after_any_prefix() -> None:
    """Exhaustively over all interim states: a wrong digit or a neighbour swap always shows."""
    # One-digit prefixes reach all ten interim states, so this covers every position of
    # every code, whatever came before it.
    prefixes = [str(d) for d in range(10)]
    assert {damm_check_digit(p) for p in prefixes} == set("0123456789")
    for prefix, a, b in itertools.product(prefixes, "0123456789", "0123456789"):
        if a == b:
            continue
        assert damm_check_digit(prefix + a) != damm_check_digit(prefix + b)
        assert damm_check_digit(prefix + a + b) != damm_check_digit(prefix + b + a)


@settings(max_examples=200)
@given(codes)
def test_every_single_digit_substitution_is_detected(code: PairingCode) -> None:
    """Changing any one digit (check digit included) makes the code invalid."""
    digits = code.digits
    for position, replacement in itertools.product(range(len(digits)), "0123456789"):
        if digits[position] == replacement:
            continue
        typo = digits[:position] + replacement + digits[position + 1 :]
        assert not damm_is_valid(typo)
        with pytest.raises(CodeFormatError) as error:
            PairingCode.parse(typo)
        assert error.value.reason == "check_digit"


@settings(max_examples=200)
@given(codes)
def test_every_adjacent_transposition_is_detected(code: PairingCode) -> None:
    """Swapping any two different neighbouring digits makes the code invalid."""
    digits = code.digits
    for position in range(len(digits) - 1):
        a, b = digits[position], digits[position + 1]
        if a == b:
            continue
        swapped = digits[:position] + b + a + digits[position + 2 :]
        assert not damm_is_valid(swapped)


def test_damm_rejects_non_ascii_digits() -> None:
    """damm_check_digit raises and damm_is_valid is False for anything but ASCII 0-9."""
    with pytest.raises(ValueError):
        damm_check_digit("12a")
    with pytest.raises(ValueError):
        damm_check_digit("١٢")
    assert not damm_is_valid("")
    assert not damm_is_valid("57 24")
    assert not damm_is_valid("٥٧٢٤")


# -- formatting ---------------------------------------------------------------------


def test_grouped_example() -> None:
    """grouped() shows groups of four separated by single spaces."""
    assert PairingCode("1000", "39071556").grouped() == "1000 3907 1556 8"
    assert PairingCode("10000", "39071556").grouped() == "1000 0390 7155 65"


@given(codes)
def test_grouped_format(code: PairingCode) -> None:
    """Every group has four digits except a shorter last one; the digits are unchanged."""
    groups = code.grouped().split(" ")
    assert "".join(groups) == code.digits
    assert all(len(group) == 4 for group in groups[:-1])
    assert 1 <= len(groups[-1]) <= 4


@given(codes)
def test_digits_layout(code: PairingCode) -> None:
    """digits = nameplate + secret + check digit, and it passes the Damm check."""
    assert code.digits == code.nameplate + code.secret + code.check_digit
    assert len(code.digits) - 9 == len(code.nameplate)
    assert damm_is_valid(code.digits)


# -- parsing ------------------------------------------------------------------------


@given(codes)
def test_parse_round_trip(code: PairingCode) -> None:
    """parse() gives back the same code from grouped() and from the bare digits."""
    assert PairingCode.parse(code.grouped()) == code
    assert PairingCode.parse(code.digits) == code


@pytest.mark.parametrize(
    "text",
    [
        "1000 3907 1556 8",
        "1000-3907-1556-8",
        "  1000\u00a03907\u00a01556\u00a08\n",
        "1000\u202f3907\u20111556 - 8",
        "\u200f1000 3907 1556 8\u200f",  # right-to-left marks from copied Arabic text
        "1000 3907 1556 8".translate(ARABIC_INDIC),
        "1000 3907 1556 8".translate(EASTERN_ARABIC_INDIC),
        "١٠٠٠ 3907-١٥٥٦ 8",  # mixed scripts
    ],
)
def test_parse_accepts_separators_and_arabic_digits(text: str) -> None:
    """Spaces, hyphens, no-break spaces, bidi marks and Arabic-Indic digits are accepted."""
    assert PairingCode.parse(text) == PairingCode("1000", "39071556")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (" - \u00a0", "empty"),
        ("1000 39O7 1556 8", "not_digits"),  # letter O
        ("1000 3907 1556 8?", "not_digits"),
        ("1000 3907 1556 ８", "not_digits"),  # fullwidth digit is not mapped
        ("1000 3907 1556 ²", "not_digits"),
        ("1000 3907 1556", "too_short"),
        ("1000 3907 155", "too_short"),
        ("1000 3907 1556 2", "check_digit"),  # the example in PROTOCOL.md
        ("1000 3907 1565 8", "check_digit"),
        ("0999" + "39071556" + damm_check_digit("0999" + "39071556"), "bad_nameplate"),
        ("0" + "39071556" + damm_check_digit("0" + "39071556"), "too_short"),
    ],
)
def test_parse_reasons(text: str, reason: str) -> None:
    """Each kind of wrong input raises CodeFormatError with its own reason."""
    with pytest.raises(CodeFormatError) as error:
        PairingCode.parse(text)
    assert error.value.reason == reason
    assert isinstance(error.value, ValueError)


def test_parse_reports_check_digit_before_nameplate() -> None:
    """A typo that turns the first digit into 0 is reported as a typo, not a bad nameplate."""
    typo = "0" + PairingCode("1000", "39071556").digits[1:]
    with pytest.raises(CodeFormatError) as error:
        PairingCode.parse(typo)
    assert error.value.reason == "check_digit"


def test_parse_five_digit_nameplate() -> None:
    """The nameplate is everything but the last nine digits."""
    code = PairingCode("10000", "00000001")
    parsed = PairingCode.parse(code.grouped())
    assert parsed.nameplate == "10000"
    assert parsed.secret == "00000001"


# -- new codes ----------------------------------------------------------------------


def test_new_keeps_nameplate_and_makes_an_eight_digit_secret() -> None:
    """new() keeps the server's nameplate and adds an 8-digit ASCII secret."""
    code = PairingCode.new("1234")
    assert code.nameplate == "1234"
    assert len(code.secret) == SECRET_DIGITS == 8
    assert code.secret.isascii() and code.secret.isdigit()


def test_new_secrets_differ() -> None:
    """Twenty fresh codes for the same nameplate all have different secrets."""
    assert len({PairingCode.new("1000").secret for _ in range(20)}) == 20


@pytest.mark.parametrize(
    ("nameplate", "reason"),
    [("", "not_digits"), ("12a4", "not_digits"), ("123", "too_short"), ("0123", "bad_nameplate")],
)
def test_new_rejects_a_bad_nameplate(nameplate: str, reason: str) -> None:
    """A malformed nameplate from the server is refused with a reason."""
    assert NAMEPLATE_MIN_DIGITS == 4
    with pytest.raises(CodeFormatError) as error:
        PairingCode.new(nameplate)
    assert error.value.reason == reason


@pytest.mark.parametrize("secret", ["1234567", "123456789", "1234567a", "١٢٣٤٥٦٧٨"])
def test_constructor_rejects_a_bad_secret(secret: str) -> None:
    """A secret that is not exactly eight ASCII digits is refused."""
    with pytest.raises(ValueError):
        PairingCode("1000", secret)


def test_repr_and_str_hide_the_secret() -> None:
    """repr(), str() and f-strings show the nameplate but never the secret."""
    code = PairingCode("1000", "39071556")
    for shown in (repr(code), str(code), f"{code}", repr([code]), f"{code!r}"):
        assert "39071556" not in shown
        assert "3907" not in shown
        assert "1000" in shown
    assert repr(code) == "PairingCode(nameplate='1000', secret=<hidden>)"
