"""Recognizers: a phone or account number sent in two messages or broken over two lines.

People hit send too early: "my number is 0812 5521" and then "8890 sorry kepotong", or
"tf ke rek BSI a/n Nurul Fadhilah 712345" then "0061 (kepotong td)". Each message is
analysed alone, and neither part has a whole number's shape, so each part is read here
from what surrounds it: the first where a message ends with a number too short for its
label, the second where a message opens with digits and says it finishes a number. A
mobile number typed on a narrow screen may also go on over a line break ("0838 1290⏎4456").
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer

from redaction.recognizers.context import (
    MOBILE_START,
    Keywords,
    Span,
    TypedSpanRecognizer,
    after_reference_or_currency,
    digits,
    nearest,
)
from redaction.recognizers.finance import ACCOUNT_WORDS
from redaction.recognizers.phones import NUMBER_WORDS, PHONE_WORDS, MobilePhoneRecognizer

# "my number is 0812 5521": a bare "number" is a phone's label unless an account word is nearer
_PHONE_OR_ACCOUNT = {"phone": PHONE_WORDS, "number": NUMBER_WORDS, "account": ACCOUNT_WORDS}
_LABEL_WINDOW = 48

# The end of a message: only spaces, punctuation and emoji may follow.
_MESSAGE_END = r"[\s\p{P}\p{So}\p{Sk}\p{Cf}]*\Z"
# A mobile number cut short: 08 or +62 8, an operator digit, then 4-7 more digits in any
# grouping, at the end of the message ("No wa saya 0821 9944").
_CUT_MOBILE = regex.compile(
    r"(?<![\p{L}\d_+])" + MOBILE_START + r"\d?(?:[ .-]?\d{1,4}){1,3}(?=" + _MESSAGE_END + ")"
)
_CUT_MOBILE_DIGITS = range(6, 10)  # after the 0: a whole mobile number has 9 or more
# The holder's name right before a number: "a/n Nurul Fadhilah 712345".
_HOLDER_BEFORE = regex.compile(
    r"(?i:\ba\.? ?n\.?|\ba/n|atas nama)[ \t]+(?:\p{Lu}[\p{L}'.-]*[ \t]+){1,4}\Z"
)
_CUT_ACCOUNT = regex.compile(
    r"(?<![\p{L}\d_])\d{3,5}(?:[ .-]?\d{2,5}){0,2}(?=" + _MESSAGE_END + ")"
)
_CUT_ACCOUNT_DIGITS = range(5, 10)  # fewer than an Indonesian account's 10

# The rest of a number opening a message, then words saying it finishes the last one:
# "8890 sorry kepotong", "3107 maaf kepencet kirim", "0061 (kepotong td hehe)".
_OPENING_DIGITS = regex.compile(r"\A[ \t]*(\d{2,5}(?:[ .-]\d{2,5}){0,2})(?![\p{L}\d_]|[.,-]\d)")
_CUT_WORDS = Keywords(
    "kepotong", "terpotong", "kepencet", "kepencet kirim", "kekirim", "kepencet send",
    "keputus", "terputus", "cut off", "got cut", "was cut", "sent too early", "lanjutan",
    "sambungan", "sambungannya", "no lengkapnya", "nomor lengkapnya", "nomer lengkapnya",
    "belum selesai", "blm selesai",
)  # fmt: skip
_CUT_WORDS_WINDOW = 40


def _cut_mobile(text: str) -> list[tuple[str, Span]]:
    match = _CUT_MOBILE.search(text)
    if match is None or len(digits(match.group()).removeprefix("62").lstrip("0")) + 1 not in (
        _CUT_MOBILE_DIGITS
    ):
        return []
    start = match.start()
    if after_reference_or_currency(text, start):
        return []
    if nearest(text, start, _PHONE_OR_ACCOUNT, _LABEL_WINDOW) in (None, "account"):
        return []
    return [("PHONE_NUMBER", Span(start, match.end(), 0.6))]


def _cut_account(text: str) -> list[tuple[str, Span]]:
    match = _CUT_ACCOUNT.search(text)
    number = digits(match.group()) if match else ""
    if len(number) not in _CUT_ACCOUNT_DIGITS or number.endswith("000"):
        return []  # "a.n. Toko Maju 15000" is an amount
    start = match.start()
    holder = _HOLDER_BEFORE.search(text, max(0, start - _LABEL_WINDOW), start)
    if holder is None or not ACCOUNT_WORDS.before(text, holder.start(), _LABEL_WINDOW):
        return []
    return [("BANK_ACCOUNT", Span(start, match.end(), 0.6))]


def _rest_of_number(text: str) -> list[tuple[str, Span]]:
    match = _OPENING_DIGITS.match(text)
    if match is None or not _CUT_WORDS.after(text, match.end(), _CUT_WORDS_WINDOW):
        return []
    start, end = match.span(1)
    entity = "BANK_ACCOUNT" if ACCOUNT_WORDS.after(text, end, len(text)) else "PHONE_NUMBER"
    return [(entity, Span(start, end, 0.6))]


# A mobile's first digits at the end of a line and the rest opening the next.
_MOBILE_OVER_LINES = regex.compile(
    r"(?<![\p{L}\d_+.-])" + MOBILE_START + r"[\d .-]{1,10}?[ \t]*\n[ \t]*\d[\d .-]{1,10}\d?"
    r"(?![\p{L}\d_]|[.-]\d)"
)
_MOBILE = MobilePhoneRecognizer()


def _mobile_over_lines(text: str) -> list[tuple[str, Span]]:
    found = []
    for match in _MOBILE_OVER_LINES.finditer(text):
        first_line = match.group().split("\n", 1)[0]
        value = match.group().rstrip(" .-")
        if _MOBILE.validate_result(first_line) or not _MOBILE.validate_result(value):
            continue  # a whole number on the first line, or no number across both
        if not _MOBILE.reject(text, match.start(), match.start() + len(value)):
            found.append(("PHONE_NUMBER", Span(match.start(), match.start() + len(value), 0.7)))
    return found


class NumberFragmentRecognizer(TypedSpanRecognizer):
    """The two parts of a phone or account number sent in two messages, and a mobile number
    broken over two lines."""

    ENTITIES = ("PHONE_NUMBER", "BANK_ACCOUNT")

    def typed_spans(self, text: str) -> list[tuple[str, Span]]:
        found = _cut_mobile(text) + _cut_account(text) + _rest_of_number(text)
        return found + _mobile_over_lines(text)


def recognizers() -> list[EntityRecognizer]:
    return [NumberFragmentRecognizer()]
