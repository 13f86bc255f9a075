"""Recognizers: phone, account and identity card numbers not written as digit groups.

Voice-note transcripts and slow typists give numbers as words ("nomer saya nol delapan satu
tiga ...", "rekening empat satu dua ...", "my number is zero eight one ...") or as digits
spaced oddly ("0813 2 1 4 4 7 8 9 0 2"). The pattern recognizers in phones.py and finance.py
read digit groups only; these read the run of digits, join it and check it the same way.
"""

from __future__ import annotations

import phonenumbers
import regex
from presidio_analyzer import EntityRecognizer

from redaction.recognizers.context import (
    CONTEXT_WINDOW,
    REFERENCE_WORDS,
    Keywords,
    Span,
    TypedSpanRecognizer,
    nearest,
)
from redaction.recognizers.finance import ACCOUNT_WORDS
from redaction.recognizers.identifiers import is_nik
from redaction.recognizers.phones import (
    MOBILE_PREFIXES,
    NUMBER_WORDS,
    PHONE_WORDS,
    MobilePhoneRecognizer,
    parse_international,
)

# Indonesian, English, Javanese ("nol wolu siji telu ...") and Sundanese ("nol dalapan lima
# tujuh, dua hiji ...") digit words.
_DIGIT_WORDS = {
    "nol": "0", "kosong": "0", "zero": "0", "oh": "0",
    "satu": "1", "one": "1", "siji": "1", "hiji": "1",
    "dua": "2", "two": "2", "loro": "2",
    "tiga": "3", "three": "3", "telu": "3", "tilu": "3",
    "empat": "4", "four": "4", "papat": "4", "opat": "4",
    "lima": "5", "five": "5", "limo": "5",
    "enam": "6", "six": "6", "enem": "6", "genep": "6",
    "tujuh": "7", "seven": "7", "pitu": "7",
    "delapan": "8", "lapan": "8", "eight": "8", "wolu": "8", "dalapan": "8",
    "sembilan": "9", "nine": "9", "sanga": "9", "songo": "9", "salapan": "9",
}  # fmt: skip
_REPEATS = {"double": 2, "dobel": 2, "triple": 3, "tripel": 3, "dua kali": 2, "tiga kali": 3}
_WORD = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
# One token of a dictated number: a digit word, maybe repeated ("double five", "dua kali
# lima"), or digits an ASR wrote as such ("08 satu tiga ...").
_TOKEN = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:(?P<repeat>double|dobel|triple|tripel|(?:dua|tiga)[ \t]+kali)[ \t]+)?"
    rf"(?:(?P<word>{_WORD})|(?P<digits>\d{{1,4}}))(?![\p{{L}}\d])"
)
# Tokens joined by spaces, commas, dots or dashes, on one line.
_TOKEN_SEP = regex.compile(r"[ \t,.-]{1,3}")
# A dictated phone, account or card number has 8 digits at least; a one-time code or a PIN
# has 4-8.
_MIN_DIGITS = 8
_CODE_DIGITS = range(4, 9)
# A dictated number is said mostly in words: fewer leave digit groups to phones/finance.
_MIN_WORDS = 4

# Cues before the number: a phone's (phones.PHONE_WORDS and more spellings), an account's,
# a transfer's (an e-wallet is a phone number, else an account) or a reference's. "no" and
# "number" only count when no other cue does: "rek BCA no ..." is an account.
_MORE_PHONE_WORDS = Keywords("hape", "tlpn", "telfon", "telefon", "nomer hp", "no hp")
_PAYMENT_CUES = Keywords("transfer", "tf", "trf", "kirim", "ditransfer", "transferin")
# A virtual account's ("nomor VA nya delapan delapan nol delapan ...").
_VIRTUAL_ACCOUNT_CUES = Keywords("va", "virtual account", "briva", "kode bayar")
# An identity card's: a BPJS card (13 digits, or 11 for BPJS Ketenagakerjaan) or a KTP (a
# valid NIK).
_CARD_CUES = Keywords("bpjs", "kis", "jkn", "kpj", "nik", "ktp", "e-?ktp")
_REFERENCE_CUES = Keywords(*REFERENCE_WORDS)
_CUE_WINDOW = 60
# ... an account named a sentence or two before its number's "nomornya": "ke rekening BRI
# atas nama Tumini, nomernya... bentar aku liat buku dulu... nol tiga ..."
_NAMED_ACCOUNT_WINDOW = 120

_MOBILE = MobilePhoneRecognizer()


def _cue(text: str, start: int, window: int) -> str | None:
    """Which kind of cue comes last before ``start``."""
    groups = {
        "phone": PHONE_WORDS,
        "phone-more": _MORE_PHONE_WORDS,
        "account": ACCOUNT_WORDS,
        "virtual account": _VIRTUAL_ACCOUNT_CUES,
        "payment": _PAYMENT_CUES,
        "reference": _REFERENCE_CUES,
        "card": _CARD_CUES,
    }
    label = nearest(text, start, groups, window)
    if label is None and NUMBER_WORDS.before(text, start, window):
        return "phone"
    return {"phone-more": "phone", "virtual account": "account"}.get(label, label)


def _phone_cue(text: str, start: int) -> bool:
    return _cue(text, start, CONTEXT_WINDOW) == "phone"


def _national(number: str) -> str | None:
    """The number after its 0 or 62, or None if it starts with neither."""
    if number.startswith("62"):
        return number[2:]
    if number.startswith("0"):
        return number[1:]
    return None


def _mobile(number: str) -> bool:
    national = _national(number)
    return national is not None and 9 <= len(national) <= 12 and national[:3] in MOBILE_PREFIXES


def _phone(number: str) -> bool:
    """A mobile or fixed-line number: 0/62, then no toll-free (0800) or service prefix."""
    national = _national(number)
    return national is not None and 8 <= len(national) <= 12 and national[0] in "2345679"


# The plus of a country code, typed or said: "+62 eight ...", "plus six five, nine ...".
_PLUS_BEFORE = regex.compile(r"(?i)(?:\+|(?<![\p{L}\d])plus[ \t]+)\Z")


def _abroad(number: str, worded: bool) -> bool:
    """Whether country code and number (the digits after the plus) make a valid number, or,
    after a phone word, one of a possible length (ranges kept for fiction, new ranges)."""
    parsed = parse_international("+" + number)
    if parsed is None:
        return False
    if worded:
        return phonenumbers.is_possible_number(parsed)
    return phonenumbers.is_valid_number(parsed)


def _card_number(number: str) -> str | None:
    """The identity card a dictated number can be: a BPJS card's 13 digits (11 for BPJS
    Ketenagakerjaan) or a valid NIK."""
    if len(number) in (11, 13) and len(set(number)) > 2:
        return "ID_BPJS"
    return "ID_NIK" if is_nik(number) else None


Run = tuple[int, int, str]


def _runs(text: str) -> list[Run]:
    """Runs of dictated digits, mostly words: (start, end, the digits joined), as long as a
    code's at least (a phone's, an account's or a card's are longer)."""
    runs = []
    position = 0
    while match := _TOKEN.search(text, position):
        start, end, number, words = match.start(), match.end(), "", 0
        while match:
            digit = _DIGIT_WORDS.get((match["word"] or "").lower(), match["digits"])
            if match["word"]:
                words += 1
            count = 1
            if match["repeat"]:
                count = _REPEATS[regex.sub(r"\s+", " ", match["repeat"].lower())]
            number += digit * count
            end = match.end()
            sep = _TOKEN_SEP.match(text, end)
            match = _TOKEN.match(text, sep.end()) if sep else None
        position = end
        if words >= _MIN_WORDS and len(number) >= min(_CODE_DIGITS):
            runs.append((start, end, number))
    return runs


# A one-time code or a PIN dictated after its word: "kodenya udah masuk, empat delapan dua
# sembilan satu tiga" (not a postcode: "kode pos ...").
_CODE_CUES = Keywords(r"kode(?!\s*pos)", "code", "otp", "pin", "passcode")
_CODE_CUE_WINDOW = 40


def _spoken_codes(text: str, runs: list[Run]) -> list[tuple[str, Span]]:
    return [
        ("SECRET", Span(start, end, 0.6))
        for start, end, number in runs
        if len(number) in _CODE_DIGITS and _CODE_CUES.before(text, start, _CODE_CUE_WINDOW)
    ]


def _spoken_numbers(text: str, runs: list[Run]) -> list[tuple[str, Span]]:
    found = []
    for start, end, number in runs:
        if len(number) < _MIN_DIGITS:
            continue
        plus = _PLUS_BEFORE.search(text, max(0, start - 8), start)
        if plus and not number.startswith("62"):
            # a number abroad: "plus four four, seven seven zero zero, nine zero zero, ..."
            if _abroad(number, worded=_phone_cue(text, plus.start())):
                found.append(("PHONE_NUMBER", Span(plus.start(), end, 0.85)))
            continue
        if plus:
            start = plus.start()  # the country code's plus: "+62 eight one two", "plus six two"
        cue = _cue(text, start, _CUE_WINDOW)
        if cue == "reference":
            continue
        card = _card_number(number)
        phone_shaped = _phone(number) or _mobile(number)
        # a card's number after its cue, even with "nomornya" between: "kartu BPJS ibu yang
        # nomornya nol nol nol satu ..."
        if card is not None and (
            cue == "card" or (not phone_shaped and _CARD_CUES.before(text, start, _CUE_WINDOW))
        ):
            found.append((card, Span(start, end, 0.75)))
            continue
        if cue == "card":
            continue
        # "rekening BRI saya nomornya nol tiga ...": "nomor" names the account's number when
        # the number is no phone's
        named_account = (
            cue == "phone"
            and not phone_shaped
            and ACCOUNT_WORDS.before(text, start, _NAMED_ACCOUNT_WINDOW)
        )
        if cue == "account" or (cue == "payment" and not _mobile(number)) or named_account:
            # at most an account's or a virtual account's length, and not "nol nol nol ..."
            if len(number) <= 20 and len(set(number)) > 1:
                found.append(("BANK_ACCOUNT", Span(start, end, 0.75)))
        elif _MOBILE.reject(text, start, end):
            continue  # a shop's hotline, a price: what phones.py rejects
        elif cue is not None and (_mobile(number) or _phone(number)):
            found.append(("PHONE_NUMBER", Span(start, end, 0.85 if _mobile(number) else 0.6)))
        elif _mobile(number):
            # "nol delapan" and an operator's prefix, ten digits or more: a phone even unnamed
            found.append(("PHONE_NUMBER", Span(start, end, 0.5)))
    return found


# Digits typed with odd spacing: single digits or tiny groups ("0813 2 1 4 4 7 8 9 0 2",
# "08 1 3 2 1 4 4 7 8 9 0"), which phones.py reads only as groups of 2-5 digits. A longer
# group comes from folding (redaction.folding joins ten or more single spaced digits).
_SPACED = regex.compile(
    r"(?<![\p{L}\d_+])\+?\d{1,4}(?:(?:[ \t]{1,3}|[ \t]?[.-][ \t]?)\d{1,11}){1,12}"
    r"(?![\p{L}\d_]|[.-]\d)"
)


def _spaced_mobiles(text: str) -> list[Span]:
    taken = None  # what phones.py reads in the text: looked up only for a candidate
    found = []
    for match in _SPACED.finditer(text):
        start, end = match.span()
        number = "".join(ch for ch in match.group() if ch.isdigit())
        if not _mobile(number):
            continue
        if taken is None:
            taken = _MOBILE.analyze(text, [_MOBILE.ENTITY])
        if any(r.start < end and start < r.end for r in taken):
            continue  # phones.py reads it already
        if _phone_cue(text, start) and not _MOBILE.reject(text, start, end):
            found.append(Span(start, end, 0.8))
    return found


class SpokenNumberRecognizer(TypedSpanRecognizer):
    """Phone, account, BPJS and NIK numbers and one-time codes dictated in words after their
    cue, and mobile numbers typed as oddly spaced digits after a phone cue."""

    ENTITIES = ("PHONE_NUMBER", "BANK_ACCOUNT", "ID_BPJS", "ID_NIK", "SECRET")

    def typed_spans(self, text: str) -> list[tuple[str, Span]]:
        runs = _runs(text)
        spaced = [("PHONE_NUMBER", span) for span in _spaced_mobiles(text)]
        return _spoken_numbers(text, runs) + spaced + _spoken_codes(text, runs)


def recognizers() -> list[EntityRecognizer]:
    return [SpokenNumberRecognizer()]
