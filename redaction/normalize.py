"""Normal forms of detected values, so one value written two ways counts as one.

``0812-3456-7890``, ``+62 812 3456 7890`` and ``6281234567890`` are one phone; a
name in any case or spacing is one name. Pseudonyms (and, later, the ledger's
data-subject hashes) are derived from these forms.
"""

from __future__ import annotations

import re
import unicodedata

_NON_DIGITS = re.compile(r"\D+")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_SPACES = re.compile(r"\s+")

DIGIT_TYPES = frozenset(
    {"ID_NIK", "ID_KK", "ID_NPWP", "ID_BPJS", "ID_SIM", "US_SSN", "BANK_ACCOUNT", "CREDIT_CARD"}
)
CODE_TYPES = frozenset({"ID_PASSPORT", "ID_PLATE", "IBAN_CODE"})


def normalize(entity_type: str, value: str) -> str:
    """The canonical form of ``value`` for its entity type."""
    value = unicodedata.normalize("NFKC", value).strip()
    if entity_type == "PHONE_NUMBER":
        return normalize_phone(value)
    if entity_type in DIGIT_TYPES:
        return _NON_DIGITS.sub("", value) or value.casefold()
    if entity_type in CODE_TYPES:
        return _NON_ALNUM.sub("", value).upper()
    return _SPACES.sub(" ", value).casefold()


def normalize_phone(value: str) -> str:
    """Digits with the country code: Indonesian national numbers (leading 0) get 62."""
    digits = _NON_DIGITS.sub("", value)
    if digits.startswith("0") and not digits.startswith("00"):
        return "62" + digits[1:]
    if digits.startswith("00"):
        return digits[2:]
    return digits
