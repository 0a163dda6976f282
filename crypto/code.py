"""The pairing code a home user reads out: nameplate + secret + Damm check digit.

See docs/PROTOCOL.md, section 1. The nameplate is public (the server allocates it);
the secret never leaves the two apps. The Damm digit lets the supporter app reject a
typo before anything is sent.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

NAMEPLATE_MIN_DIGITS = 4
SECRET_DIGITS = 8

_CHECK_DIGITS = 1
_MIN_CODE_DIGITS = NAMEPLATE_MIN_DIGITS + SECRET_DIGITS + _CHECK_DIGITS
_GROUP_SIZE = 4
_ASCII_DIGITS = "0123456789"

# A weakly totally anti-symmetric quasigroup of order 10 with a zero diagonal
# (H. Michael Damm, 2004). It catches every single-digit error and every swap of
# neighbouring digits.
_DAMM_TABLE: tuple[tuple[int, ...], ...] = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

# Arabic-Indic (U+0660..0669) and Eastern Arabic-Indic (U+06F0..06F9) digits, as typed
# on Arabic and Persian keyboards, mean the same numbers as ASCII 0-9.
_DIGIT_MAP = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}

# Separators people type or paste between groups, and the invisible bidi marks that
# right-to-left text carries along when copied. None of them changes the code.
_IGNORED = (
    " \t\r\n"
    "-\u2010\u2011\u2012\u2013\u2212"  # hyphen-minus, hyphens, figure/en dash, minus
    "\u00a0\u2007\u202f"  # no-break, figure and narrow no-break spaces
    "\u200e\u200f\u061c"  # LRM, RLM, Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
)
_NORMALIZE = _DIGIT_MAP | {ord(ch): None for ch in _IGNORED}


class CodeFormatError(ValueError):
    """Text that is not a valid pairing code.

    `reason` is a machine word the apps translate: "empty", "not_digits",
    "too_short", "check_digit" or "bad_nameplate".
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _damm_interim(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM_TABLE[interim][ord(ch) - ord("0")]
    return interim


def damm_check_digit(digits: str) -> str:
    """The Damm check digit for a string of ASCII digits."""
    if not _is_ascii_digits(digits):
        raise ValueError("digits must be ASCII 0-9")
    return str(_damm_interim(digits))


def damm_is_valid(digits_with_check: str) -> bool:
    """True when the last digit is the Damm check digit of the ones before it."""
    if not _is_ascii_digits(digits_with_check):
        return False
    return _damm_interim(digits_with_check) == 0


def _validate_nameplate(nameplate: str) -> None:
    if not _is_ascii_digits(nameplate):
        raise CodeFormatError("not_digits")
    if len(nameplate) < NAMEPLATE_MIN_DIGITS:
        raise CodeFormatError("too_short")
    if nameplate.startswith("0"):
        raise CodeFormatError("bad_nameplate")


@dataclass(frozen=True, repr=False)
class PairingCode:
    """One pairing code. Its repr and str never show the secret."""

    nameplate: str
    secret: str

    def __post_init__(self) -> None:
        _validate_nameplate(self.nameplate)
        if not (_is_ascii_digits(self.secret) and len(self.secret) == SECRET_DIGITS):
            raise ValueError(f"the secret must be {SECRET_DIGITS} ASCII digits")

    @classmethod
    def new(cls, nameplate: str) -> PairingCode:
        """A fresh code for a nameplate the server allocated, with a random secret."""
        secret = "".join(secrets.choice(_ASCII_DIGITS) for _ in range(SECRET_DIGITS))
        return cls(nameplate, secret)

    @property
    def check_digit(self) -> str:
        return damm_check_digit(self.nameplate + self.secret)

    @property
    def digits(self) -> str:
        """All digits as typed: nameplate, secret, check digit."""
        return self.nameplate + self.secret + self.check_digit

    def grouped(self) -> str:
        """The digits in groups of four for reading aloud, e.g. "1000 3907 1556 8"."""
        digits = self.digits
        return " ".join(digits[i : i + _GROUP_SIZE] for i in range(0, len(digits), _GROUP_SIZE))

    @classmethod
    def parse(cls, text: str) -> PairingCode:
        """Read a typed or pasted code; raise CodeFormatError saying what is wrong."""
        digits = text.translate(_NORMALIZE)
        if not digits:
            raise CodeFormatError("empty")
        if not _is_ascii_digits(digits):
            raise CodeFormatError("not_digits")
        if len(digits) < _MIN_CODE_DIGITS:
            raise CodeFormatError("too_short")
        if not damm_is_valid(digits):
            raise CodeFormatError("check_digit")
        split = len(digits) - SECRET_DIGITS - _CHECK_DIGITS
        nameplate, secret = digits[:split], digits[split:-_CHECK_DIGITS]
        if nameplate.startswith("0"):
            raise CodeFormatError("bad_nameplate")
        return cls(nameplate, secret)

    def __repr__(self) -> str:
        return f"PairingCode(nameplate={self.nameplate!r}, secret=<hidden>)"

    def __str__(self) -> str:
        return self.__repr__()
