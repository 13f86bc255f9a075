"""Month names as chats write them: Indonesian and English, in full or shortened."""

from __future__ import annotations

# Month names written in full (some are also given names: "Mei", "Juni", "April") ...
_FULL = {
    "januari": 1, "january": 1, "februari": 2, "pebruari": 2, "february": 2, "maret": 3,
    "march": 3, "april": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7,
    "agustus": 8, "august": 8, "september": 9, "oktober": 10, "october": 10, "november": 11,
    "nopember": 11, "desember": 12, "december": 12,
}  # fmt: skip
# ... and shortened.
_SHORT = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "ags": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11,
    "des": 12, "dec": 12,
}  # fmt: skip
FULL_MONTHS = frozenset(_FULL)
MONTH_NUMBERS: dict[str, int] = _FULL | _SHORT

# A month's name as a regex (lower case; compile with IGNORECASE), a short form with its dot:
# longest first, so that "sept" is not read as "sep" and a "t".
MONTH = "(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
# The shortest written forms, to begin a name of any length: "agu" for "agu", "agustus", "agt".
MONTH_STEM = "(?:" + "|".join(name for name in MONTH_NUMBERS if len(name) == 3) + ")"
