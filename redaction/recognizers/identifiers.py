"""Recognizers: Indonesian identity numbers (NIK, KK, NPWP, BPJS, passport, SIM, plate)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from redaction.recognizers.context import (
    NOT_AFTER_PLUS,
    NUMBER_END,
    NUMBER_START,
    ContextPatternRecognizer,
    Keywords,
    after_currency,
    after_reference,
    after_reference_or_currency,
    digits,
    listed_under,
    nearest,
    sim_registration_field,
)

# Province codes (first two digits of a NIK or KK number), as issued by Dukcapil.
PROVINCE_CODES = frozenset(
    [*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66), *range(71, 77)]
    + [81, 82, *range(91, 97)]
)

NIK_WORDS = Keywords("nik", "e-?ktp", "ktp", "nomor induk kependudukan", "kependudukan")
KK_WORDS = Keywords("kk", "kartu keluarga")
NPWP_WORDS = Keywords(
    "npwp", "npwo", "nomor pokok wajib pajak", "wajib pajak", "nomor pajak", "no pajak", "tax id",
    "tax number", "tax identification number", "taxpayer id", "taxpayer number",
)  # fmt: skip
# The nearest of these words decides what a valid 16-digit population number is.
_POPULATION_NUMBER_WORDS = {"nik": NIK_WORDS, "kk": KK_WORDS, "npwp": NPWP_WORDS}

# An NPWP said to be the NIK: "NPWP (sekarang pakai NIK) 3275...", "NPWP = NIK: 3275...".
_NPWP_AS_NIK_BEFORE = re.compile(
    r"\bnpwp\b[^\n\d]{0,40}?(?:pakai|pake|berbasis|basis|sama(?:[ \t]+(?:dengan|dgn|kayak|kyk))?"
    r"|=|based[ \t]+on|same[ \t]+as|menggunakan|gunakan|ikut|jadi|is[ \t]+the|dari)[ \t]+"
    r"(?:no\.?[ \t]*|nomor[ \t]+|your[ \t]+|my[ \t]+)?(?:nik|e-?ktp|ktp)\b[^\n\d]{0,20}\Z",
    re.IGNORECASE,
)


def _population_rival(text: str, start: int) -> str | None:
    """Which of NIK, KK, NPWP the words before a 16-digit number make it."""
    if _NPWP_AS_NIK_BEFORE.search(text, max(0, start - 80), start):
        return "npwp"
    if field := sim_registration_field(text, start):
        return field
    return nearest(text, start, _POPULATION_NUMBER_WORDS)


# 16 digits; a space, dot or dash may separate any two pairs:
# 3174055507900001, 3174 0555 0790 0001, 3174.0555.0790.0001, 317405-550790-0001.
SIXTEEN_DIGITS = NUMBER_START + r"\d\d(?:[ ._-]?\d\d){7}" + NUMBER_END
# ... or typed in uneven groups, after its label only ("NIK : 357 311 7 004710094", "NIK:
# 3372  155907 112353"); a recognizer checks the number of digits.
UNEVEN_GROUPS = NUMBER_START + r"\d{1,12}(?:(?: {1,2}|[.-])\d{1,12}){1,6}" + NUMBER_END
# ... or broken over lines by a narrow screen, after its label only ("NIK sy, tadi kepotong:\n3204
# 1150\n0389 0042").
SIXTEEN_OVER_LINES = (
    NUMBER_START
    + r"\d{2,12}(?:[ \t]\d{2,12})*(?:[ \t]*\n[ \t]*\d{2,12}(?:[ \t]\d{2,12})*){1,3}"
    + NUMBER_END
)


def _date_exists(day: int, month: int, yy: int) -> bool:
    """Whether DD-MM-YY is a date in the 1900s or the 2000s."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return any(day <= calendar.monthrange(century + yy, month)[1] for century in (1900, 2000))


def _population_number(number: str, *, female_day_offset: bool) -> bool:
    """Layout PP KK CC DDMMYY SSSS: province, regency, district, date, serial."""
    if len(number) != 16 or not number.isdigit():
        return False
    if int(number[:2]) not in PROVINCE_CODES or number[2:4] == "00" or number[4:6] == "00":
        return False
    day, month, yy = int(number[6:8]), int(number[8:10]), int(number[10:12])
    if female_day_offset and day > 40:
        day -= 40  # women's NIKs carry the birth day plus 40
    return _date_exists(day, month, yy) and number[12:] != "0000"


def is_nik(number: str) -> bool:
    """Whether 16 digits are a valid NIK (birth date, plus 40 on the day for women)."""
    return _population_number(number, female_day_offset=True)


def is_kk(number: str) -> bool:
    """Whether 16 digits are a valid Kartu Keluarga number (the date is the issue date)."""
    return _population_number(number, female_day_offset=False)


def luhn_valid(number: str) -> bool:
    """The Luhn (mod 10) check over a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def is_npwp(number: str) -> bool:
    """15-digit NPWP (9th digit a Luhn check), or the 16-digit form: a NIK or 0 + 15 digits."""
    if len(number) == 15:
        return luhn_valid(number[:9])
    if len(number) == 16:
        return is_nik(number) or (number[0] == "0" and luhn_valid(number[1:10]))
    return False


class NikRecognizer(ContextPatternRecognizer):
    """NIK, the 16-digit population number on the KTP.

    A valid NIK is strong evidence alone; after KK or NPWP words it is left to those types.
    """

    ENTITY = "ID_NIK"
    PATTERNS = (
        Pattern("NIK (16 digits)", SIXTEEN_DIGITS, 0.6),
        Pattern("NIK (uneven groups)", UNEVEN_GROUPS, 0.2),
        Pattern("NIK (over lines)", SIXTEEN_OVER_LINES, 0.2),
    )
    CONTEXT = NIK_WORDS

    def validate_result(self, pattern_text: str) -> bool:
        return is_nik(digits(pattern_text))

    def reject(self, text: str, start: int, end: int) -> bool:
        rival = _population_rival(text, start)
        if rival is None:
            # "no invoice 3174...": an order's number of the NIK's shape, no NIK word said
            return after_reference(text, start)
        if rival == "kk":
            # a woman's NIK (day + 40) is no KK number, whatever words precede it
            return is_kk(digits(text[start:end]))
        return rival == "npwp"


class KkRecognizer(ContextPatternRecognizer):
    """Kartu Keluarga (family card) number: the NIK layout, only after KK words."""

    ENTITY = "ID_KK"
    PATTERNS = (
        Pattern("KK (16 digits)", SIXTEEN_DIGITS, 0.6),
        Pattern("KK (uneven groups)", UNEVEN_GROUPS, 0.2),
        Pattern("KK (over lines)", SIXTEEN_OVER_LINES, 0.2),
    )
    CONTEXT = KK_WORDS

    def validate_result(self, pattern_text: str) -> bool:
        return is_kk(digits(pattern_text))

    def reject(self, text: str, start: int, end: int) -> bool:
        return _population_rival(text, start) != "kk"


# An NPWP's 15 digits in its groups (09.254.294.3-407.000) or any other ("0925 4294 3407 000").
_FIFTEEN_DIGITS = (
    NUMBER_START
    + r"(?:\d{2}[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d[ .-]?\d{3}[ .-]?\d{3}|\d{2,5}(?:[ .-]\d{1,5}){2,6})"
    + NUMBER_END
)


_NPWP_WINDOW = 90


class NpwpRecognizer(ContextPatternRecognizer):
    """NPWP tax number: 99.999.999.9-999.999 (Luhn check digit), or 16 digits after NPWP words."""

    ENTITY = "ID_NPWP"
    PATTERNS = (
        # (its layout is evidence enough to read it glued to words, as text pasted from a
        # payslip loses its spaces: "NPWP24.889.057.6-406.500Dept.Finance"; a keyboard may
        # type its dots as commas: "19,023,087,0-000,407"; its dash may be spaced:
        # "18.154.211.9 -627.000")
        Pattern(
            "NPWP (formatted)",
            r"(?<![\d_]|\d[.,-])\d{2}([.,])\d{3}\1\d{3}\1\d ?- ?\d{3}\1\d{3}(?![\d_]|[.,-]\d)",
            0.7,
        ),
        # ... or its groups parted by spaces: "95 289 078 8 666 617"
        Pattern(
            "NPWP (spaced groups)",
            r"(?<![\d_]|\d[ .,-])\d{2} \d{3} \d{3} \d ?[ -] ?\d{3} \d{3}(?![\d_]|[ .,-]\d)",
            0.7,
        ),
        # unformatted 15 digits are also the length of BRI account numbers: need context
        Pattern(
            "NPWP (15 digits)",
            _FIFTEEN_DIGITS,
            0.3,
        ),
        # the 16-digit NPWP (since 2024: the NIK, or 0 + the old 15 digits)
        Pattern("NPWP (16 digits)", SIXTEEN_DIGITS, 0.6),
    )
    CONTEXT = NPWP_WORDS

    def validate_result(self, pattern_text: str) -> bool:
        return is_npwp(digits(pattern_text))

    def has_context(self, text: str, start: int, end: int) -> bool:
        # its check digit holds, so its word may be a sentence away: "nomor npwp td kurang
        # lengkap ya? ini lengkapnya 4214..."
        return self.CONTEXT.before(text, start, _NPWP_WINDOW) or super().has_context(
            text, start, end
        )

    def reject(self, text: str, start: int, end: int) -> bool:
        if len(digits(text[start:end])) != 16:
            return False
        return _population_rival(text, start) != "npwp"


class _UncheckedCardNumber(ContextPatternRecognizer):
    """A number of a card's length after the card's word that fails the card's check (a typo,
    a made-up number): to whoever reads it, still that card's number."""

    WORD: ClassVar[str]  # the card, as ``_population_rival`` names it

    def validate_result(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        return not (is_nik(number) or is_kk(number) or is_npwp(number))

    def reject(self, text: str, start: int, end: int) -> bool:
        # (a SIM registration's fields are checked numbers: "Contoh: REG#1234567890123456#...")
        return (
            after_reference(text, start)
            or sim_registration_field(text, start) is not None
            or _population_rival(text, start) != self.WORD
        )


class UncheckedNikRecognizer(_UncheckedCardNumber):
    ENTITY = "ID_NIK"
    WORD = "nik"
    PATTERNS = (Pattern("NIK (unchecked)", SIXTEEN_DIGITS, 0.1),)
    CONTEXT = NIK_WORDS


class UncheckedKkRecognizer(_UncheckedCardNumber):
    ENTITY = "ID_KK"
    WORD = "kk"
    PATTERNS = (Pattern("KK (unchecked)", SIXTEEN_DIGITS, 0.1),)
    CONTEXT = KK_WORDS


class UncheckedNpwpRecognizer(_UncheckedCardNumber):
    ENTITY = "ID_NPWP"
    WORD = "npwp"
    PATTERNS = (
        Pattern("NPWP (unchecked, 16 digits)", SIXTEEN_DIGITS, 0.1),
        Pattern(
            "NPWP (unchecked, 15 digits)",
            _FIFTEEN_DIGITS,
            0.1,
        ),
    )
    CONTEXT = NPWP_WORDS

    def validate_result(self, pattern_text: str) -> bool:
        return len(digits(pattern_text)) in (15, 16) and super().validate_result(pattern_text)


def _not_all_zeros(pattern_text: str) -> bool:
    return digits(pattern_text).strip("0") != ""


class BpjsKesehatanRecognizer(ContextPatternRecognizer):
    """BPJS Kesehatan / KIS card number: 13 digits (usually 000...), with context."""

    ENTITY = "ID_BPJS"
    PATTERNS = (
        Pattern(
            "BPJS Kesehatan (13 digits)",
            # also in other groupings: "0002 3341 9087 6", "0002-1190-4473-8"
            NUMBER_START
            + r"(?:\d{4}[ .-]?\d{4}[ .-]?\d{5}|\d{4}(?:[ .-]\d{1,5}){2,3})"
            + NUMBER_END,
            0.2,
        ),
    )
    CONTEXT = Keywords(
        "bpjs",
        "kis",
        "jkn",
        "askes",
        "kartu indonesia sehat",
        "kartu",
        "peserta",
        "faskes",
    )

    def validate_result(self, pattern_text: str) -> bool:
        return len(digits(pattern_text)) == 13 and _not_all_zeros(pattern_text)


class BpjsCardShapeRecognizer(ContextPatternRecognizer):
    """A BPJS Kesehatan card number by its shape alone: 000, then ten more digits
    ("0001 3328 7761 4", "0000973310548"), wherever the card was named."""

    ENTITY = "ID_BPJS"
    PATTERNS = (
        Pattern(
            "BPJS Kesehatan (000 + 10 digits)",
            NUMBER_START + r"000(?:[ .-]?\d){10}" + NUMBER_END,
            0.4,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        # "0000973310548" too, but not a run of zeros with a digit or two at the end
        return len(digits(pattern_text).lstrip("0")) >= 8

    def reject(self, text: str, start: int, end: int) -> bool:
        return after_reference_or_currency(text, start)


class BpjsKetenagakerjaanRecognizer(ContextPatternRecognizer):
    """BPJS Ketenagakerjaan (KPJ) number: 11 digits, with context."""

    ENTITY = "ID_BPJS"
    PATTERNS = (
        Pattern(
            "BPJS Ketenagakerjaan (11 digits)",
            # in any grouping: "2103 4418 770", "21 03 4418 770"
            NUMBER_START + r"\d{2,4}(?:[ .-]?\d{2,4}){1,4}" + NUMBER_END,
            0.2,
        ),
    )
    CONTEXT = Keywords(
        "bpjs",
        "bpjs ?tk",
        "ketenagakerjaan",
        "bpjamsostek",
        "jamsostek",
        "kpj",
        "jht",
        "kepesertaan",
    )

    def validate_result(self, pattern_text: str) -> bool:
        return len(digits(pattern_text)) == 11 and _not_all_zeros(pattern_text)

    def reject(self, text: str, start: int, end: int) -> bool:
        # a claim's or a payment's number: "JHT claim JHT-240617-55019"
        return after_reference_or_currency(text, start)


# Words that make the value after them a code of a product, a voucher, a booking or a payment
# ("kode bayar GP8820193", "booking code ...").
_CODE_BEFORE = Keywords(
    r"kode(?: \p{L}+)?", r"(?:\p{L}+ )?code", "voucher", "promo", "kupon", "coupon", "seri",
    "serial", "model", "tipe", "type", "part", "sn", "antrian", "queue",
)  # fmt: skip
# A passport word may stand a question or two before its number ("Paspor bapak no berapa?
# Sesuai yg di foto kan C 8813021?").
_PASSPORT_WINDOW = 64
# ... and in a list of travellers a nationality stands between a name and it instead: "Noah
# Williams, USA, 584417874", "Zhang Wei - China - E22259242" (codes in capitals only, and not
# those that are also words or labels: ID, NO, IN, IT), or a code in brackets before or after
# it: "Sofia Rossi (IT) YB2291847", "Peter Hansen 207743158 (DK)" ...
_NATIONALITY = (
    r"(?i:usa|united[ \t]+states|united[ \t]+kingdom|australia"
    r"|new[ \t]+zealand|canada|germany|jerman|france|prancis|perancis|netherlands|belanda"
    r"|holland|china|tiongkok"
    r"|japan|jepang|korea|south[ \t]+korea|korsel|malaysia|singapore|singapura|india"
    r"|philippines|filipina|thailand|vietnam|italy|italia|spain|spanyol|russia|rusia|brazil"
    r"|saudi[ \t]+arabia|arab[ \t]+saudi|switzerland|austria|belgium|belgia|sweden|swedia"
    r"|norway|norwegia|denmark|finland|ireland|irlandia|poland|polandia|taiwan|hong[ \t]+kong"
    r"|american|british|australian|canadian|german|french|dutch|chinese|japanese|korean"
    r"|malaysian|singaporean|indian|filipino|thai|vietnamese|italian|spanish|russian"
    r"|brazilian|swiss|swedish|norwegian|danish|irish|polish|taiwanese|portugal|portuguese"
    r"|mexico|meksiko|mexican|argentina|argentinian|chile|chilean|colombia|colombian|peru"
    r"|peruvian|south[ \t]+africa|egypt|mesir|egyptian|turkey|turki|turkish|pakistan"
    r"|pakistani|bangladesh|bangladeshi|sri[ \t]+lanka|nepal|nepali|myanmar|cambodia|kamboja"
    r"|nigeria|nigerian|kenya|kenyan|greece|yunani|greek|czech|hungary|hungarian|romania"
    r"|romanian|ukraine|ukrainian|israel|israeli|iran|iranian|timor[ \t]+leste|brunei)"
    r"|US|UK|GB|AU|NZ|CA|DE|FR|NL|CN|JP|KR|MY|SG|PH|TH|VN|ES|RU|BR|CH|AT|BE|SE|DK|FI|IE|PL|PT"
    r"|TW|HK|AE|QA|MX|AR|CL|CO|PE|ZA|EG|TR|SA|PK|BD|LK|NP|MM|KH|NG|KE|GR|CZ|HU|RO|UA|IL|BN"
)
_NATIONALITY_IN_BRACKETS = r"\((?:" + _NATIONALITY + r"|IT|ID|TL|IDN|IND)\)"
_NATIONALITY_BEFORE = re.compile(
    r"[A-Z][\w'.]*[ \t]*(?:[,|–—-][ \t]*(?:"
    + _NATIONALITY
    + r")[ \t]*[,|–—-]|"
    + _NATIONALITY_IN_BRACKETS
    + r"[ \t]*[,:|–—-]?)[ \t]*\Z"
)
_NATIONALITY_AFTER = re.compile(r"[ \t]*" + _NATIONALITY_IN_BRACKETS)
# ... where it is no price: "Jakarta - Singapore - 2450000".
_PRICE_LIKE = re.compile(r"\d{1,7}|\d+000")


_PASSPORT_WORDS = Keywords(
    "paspor", "passports?", "pasport", "pasfor", "paspot", r"pasp\.?", "psp"
)  # fmt: skip
_MANIFEST = Keywords("manifest")


class PassportRecognizer(ContextPatternRecognizer):
    """Passport number: Indonesian (a letter and 7 digits) and others (letters, 6-9 digits).

    An upper-case letter or two right before exactly seven digits ("C2291844", "YA1234567"),
    or one letter before eight (China's "E48210736", Malaysia's "A55820194"), is a passport's
    shape and evidence alone; other shapes ("B 9923401", "548812330") need a passport word.
    """

    ENTITY = "ID_PASSPORT"
    PATTERNS = (
        Pattern(
            "Passport (shape)",
            r"(?<![\p{L}\d_])(?:[A-Z]{1,2}\d{7}|[A-Z]\d{8})(?![\p{L}\d_])",
            0.4,
        ),
        # an Indonesian one with a space after its letter ("C 3321087", "E 1029384"), as
        # travel agents list pilgrims and workers: a plate has at most four digits
        Pattern(
            "Passport (shape, spaced)",
            r"(?<![\p{L}\d_])[A-Z] \d{7}(?![\p{L}\d_]|[ \t.,-]?\d)",
            0.4,
        ),
        Pattern(
            "Passport",
            r"(?<![\p{L}\d_])(?:[A-Z]{1,2} ?|[a-z]{1,2}|[a-z] )?\d{6,9}(?![\p{L}\d_]|[.,-]\d)",
            0.2,
        ),
        # in three groups of three digits ("passport no. 533 918 274"), after a passport word
        Pattern(
            "Passport (three-digit groups)",
            r"(?<![\p{L}\d_]|\d[ .,-])\d{3} \d{3} \d{3}(?![\p{L}\d_]|[ .,-]\d)",
            0.1,
        ),
        # series and number in digit groups ("75 4418092", "45 07 123456"), after a passport word
        Pattern(
            "Passport (digit groups)",
            r"(?<![\p{L}\d_])\d{2} (?:\d{2} ?)?\d{6,7}(?![\p{L}\d_]|[.,-]\d)",
            0.1,
        ),
        # a letter and seven digits typed spaced or in two groups ("X 7 7 4 5 1 0 2", "B 9021
        # 447"), only after a passport word
        Pattern(
            "Passport (spaced digits)",
            r"(?<![\p{L}\d_])[A-Z][ \t]?(?:\d(?:[ \t]\d){6}|\d{3,4}[ \t-]\d{3,4})"
            r"(?![\p{L}\d_]|[ \t.,-]\d)",
            0.1,
        ),
        # other countries' letters-and-digits numbers ("C01X00T47", "21KT83302", a Dutch
        # "NWR7K4PL1"), only after a passport word
        Pattern(
            "Passport (alphanumeric)",
            r"(?<![\p{L}\d_])(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){3})[A-Z0-9]{8,9}(?![\p{L}\d_])",
            0.1,
        ),
    )
    CONTEXT = _PASSPORT_WORDS

    def invalidate_result(self, pattern_text: str) -> bool:
        # a software update's knowledge-base article: "update KB5037771"
        return pattern_text.startswith("KB")

    def reject(self, text: str, start: int, end: int) -> bool:
        return (
            # (a passenger manifest lists passports: "Passport for the boat manifest: PA4471936")
            (after_reference(text, start) and not _MANIFEST.before(text, start))
            or after_currency(text, start)
            or _CODE_BEFORE.right_before(text, start)
        )

    def has_context(self, text: str, start: int, end: int) -> bool:
        return (
            self.CONTEXT.before(text, start, window=_PASSPORT_WINDOW)
            or listed_under(text, start, self.CONTEXT)
            or (
                (
                    _NATIONALITY_BEFORE.search(text, max(0, start - 40), start) is not None
                    or _NATIONALITY_AFTER.match(text, end) is not None
                )
                and not _PRICE_LIKE.fullmatch(text, start, end)
            )
        )


_UK_LICENCE = r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}"
_UK_LICENCE_REGEX = re.compile(_UK_LICENCE)
# A shorter number after the letters of a licence's series: a New Zealand one ("DK482913").
_LETTERS_AND_SIX_DIGITS = re.compile(r"[A-Z]{2}\d{6}")


# The licence named right after its number: "9104 1207 0045 12 — itu nomor SIM C sy".
_SIM_AFTER = re.compile(
    r"[ \t]*[.,—–-]?[ \t]*(?:itu|ini|is)[ \t]+(?:(?:no|nomor|nomer|number|my)[ \t]+)?"
    r"(?:sim(?![ \t]?card)|licen[cs]e)\b",
    re.IGNORECASE,
)


class SimRecognizer(ContextPatternRecognizer):
    """Driving licence number, with context: a SIM's 12-16 digits such as 1234-5678-901234,
    or another country's (8-14 digits, maybe after letters or a class: "DL 8841 2290 11",
    "B2 774 198 305"; a British one's letters and digits)."""

    ENTITY = "ID_SIM"
    PATTERNS = (
        Pattern(
            "SIM (12-16 digits)",
            NUMBER_START
            + NOT_AFTER_PLUS
            + r"\d{4}[ .-]?\d{4}[ .-]?\d{4}(?:[ .-]?\d{1,4})?"
            + NUMBER_END,
            0.2,
        ),
        Pattern(
            "Licence (other countries)",
            r"(?<![\p{L}\d_])"
            + NOT_AFTER_PLUS
            + r"(?:[A-Z]{1,2}\d?[ -]?)?\d{3,14}(?:[ -]\d{2,6}){0,3}"
            + NUMBER_END,
            0.1,
        ),
        # a British licence: the surname's first five letters, the birth date, the initials
        # and check letters ("FLETC807122T99XK")
        Pattern("Licence (UK)", r"(?<![\p{L}\d_])" + _UK_LICENCE + r"(?![\p{L}\d_])", 0.1),
    )
    # "sim card" / "simcard" is the phone's card, not the licence
    CONTEXT = Keywords(
        "sim(?!\\s?card)",
        "surat izin mengemudi",
        "driving licen[cs]e",
        "driver'?s? licen[cs]e",
        "licen[cs]e",
        "idp",
    )

    def validate_result(self, pattern_text: str) -> bool:
        return (
            8 <= len(digits(pattern_text)) <= 16
            or _UK_LICENCE_REGEX.fullmatch(pattern_text) is not None
            or _LETTERS_AND_SIX_DIGITS.fullmatch(pattern_text) is not None
        )

    def reject(self, text: str, start: int, end: int) -> bool:
        # a parcel's tracking number ("resi SICEPAT 000441298876")
        return after_reference(text, start)

    def has_context(self, text: str, start: int, end: int) -> bool:
        # an Indonesian licence's 12-16 digits may come a sentence after its word, in the
        # same line: "fotoin SIM papa, mau perpanjang online. nomornya 720914556781"
        if super().has_context(text, start, end) or _SIM_AFTER.match(text, end):
            return True
        line_start = text.rfind("\n", 0, start) + 1
        return len(digits(text[start:end])) >= 12 and self.CONTEXT.before(
            text, start, window=min(_SIM_WINDOW, start - line_start)
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        # "HUB SY 0812 2788 4410": letters before a mobile number are a word, not a prefix
        return _LETTERS_THEN_MOBILE.match(pattern_text) is not None

    def spans(self, match: re.Match[str]) -> Iterator[tuple[int, int]]:
        # "SIM A 9812-0451-203344": the class of an Indonesian licence (A, B1, B2, C, D) is
        # not part of its number
        start, end = match.span()
        head = match.string[max(0, start - 8) : start]
        if _SIM_CLASS.match(match.group()) and _SIM_BEFORE.search(head):
            start += _SIM_CLASS.match(match.group()).end()
        if end > start:
            yield start, end


_SIM_WINDOW = 90
_SIM_CLASS = re.compile(r"(?:A|B1|B2|C|D)[ -](?=\d)")
_LETTERS_THEN_MOBILE = re.compile(r"[A-Z]{1,2}[ -]?(?:0|62)8[1-9]")
_SIM_BEFORE = re.compile(r"(?i:\bsim)[ \t]*\Z")


class SsnRecognizer(ContextPatternRecognizer):
    """A United States social security number (999-99-9999), only after its name: expats
    asked for it by their bank or tax adviser."""

    ENTITY = "US_SSN"
    PATTERNS = (Pattern("SSN", NUMBER_START + r"\d{3}-\d{2}-\d{4}" + NUMBER_END, 0.1),)
    CONTEXT = Keywords("ssn", "social security(?: number| no\\.?)?")

    def validate_result(self, pattern_text: str) -> bool:
        area, group, serial = pattern_text.split("-")
        return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# Vehicle registration area codes (the plate's first letters).
PLATE_REGIONS = (
    # Java
    "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z",
    "AA", "AB", "AD", "AE", "AG",
    # Sumatra
    "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP",
    # Bali and Nusa Tenggara
    "DK", "DR", "DH", "EA", "EB", "ED",
    # Kalimantan
    "DA", "KB", "KH", "KT", "KU",
    # Sulawesi
    "DB", "DC", "DD", "DL", "DM", "DN", "DP", "DT", "DW",
    # Maluku and Papua
    "DE", "DG", "DS", "PA", "PB",
)  # fmt: skip
_REGION = "(?:" + "|".join(sorted(PLATE_REGIONS, key=len, reverse=True)) + ")"

# Letters after a number that make it a quantity or a price, not a plate: "DP 500 RB", "L 120 CM",
# "vitamin D 1000 IU", "R 150 CC".
_UNIT_SUFFIXES = frozenset(
    {"K", "RB", "JT", "KG", "GR", "ML", "CM", "MM", "GB", "MB", "TB", "PCS", "MAH", "V", "W", "KW",
     "IU", "MG", "MCG", "LTR", "CC", "PK", "HZ", "KHZ", "MHZ", "GHZ", "RPM", "DPI", "KWH", "PSI",
     "MPH", "FPS",
     # a price: "Ayla 1.0 M 2021 IDR 102M"
     "IDR", "RP", "USD", "SGD", "MYR", "EUR", "AUD", "HKD", "JPY"}
)  # fmt: skip
# ... and, in lower-case text, words of time and distance: "d 125 cc", "b 300 km", "n 120 jam".
_LOWER_UNIT_SUFFIXES = _UNIT_SUFFIXES | {"KM", "JAM", "HR", "THN", "TH", "BLN", "MGG", "X"}
# Units of things other than vehicles: after a vehicle word such letters are a plate's
# ("mobil pickup K 8812 GB"), unlike an engine's "motor R 150 CC" or a price's "mobil D 150 JT".
_NON_VEHICLE_UNITS = frozenset(
    {"GB", "MB", "TB", "MAH", "IU", "MG", "MCG", "HZ", "KHZ", "MHZ", "GHZ", "DPI", "FPS", "PCS",
     "KW", "W", "V"}  # a vehicle's power is not written after a plate-like region code
)  # fmt: skip
# ... and, after a number of one or two digits, words of a product's model ("Poco F 5 PRO",
# "Vivo Y 21 NFC"), of time ("DE 12 JAN", "H 2 JAM") or of an address ("RUKO B 12 NO 3").
_SHORT_NUMBER_WORDS = frozenset(
    {"PRO", "MAX", "NFC", "NEO", "GEN", "AIR", "LTE", "HD", "FHD", "UHD",
     "JAN", "FEB", "MAR", "APR", "MEI", "MAY", "JUN", "JUL", "AGS", "AGT", "AGU", "AUG", "SEP",
     "OKT", "OCT", "NOV", "DES", "DEC", "JAM", "MIN", "HR", "BLN", "TH", "THN", "KM", "X",
     "NO", "RT", "RW", "LT", "JL", "JLN", "GG"}
)  # fmt: skip
# Units whose quantity has at most three digits: millions of rupiah, an air conditioner's
# horsepower.
_FEW_DIGIT_UNITS = frozenset({"JT", "PK", "RB"})  # ("motor KT 2048 RB": no price)
_PLATE_SUFFIX = re.compile(r"[A-Za-z]*\Z")

_FULL_PLATE = rf"{_REGION} ?[1-9]\d{{2,3}} ?[A-Z]{{1,3}}"
# A vanity number (1-2 digits) between an area code and two or three letters, each part set
# apart by a space ("L 1 NDA", "B 12 RI"), reads as a plate too; degrees ("S 1 TI", "D 3 AK")
# share the shape.
_VANITY_PLATE = rf"(?![SD] [1-4] ){_REGION} [1-9]\d? [A-Z]{{2,3}}"
# Any case, spaces, dots or dashes ("b2719 tjk", "B.1234.XYZ", "dk-1234-ab"): needs context.
_ANY_PLATE = rf"(?i:{_REGION}[ .-]?[1-9]\d{{0,3}}[ .-]?[A-Z]{{1,3}})"
_ANY_PLATE_REGEX = re.compile(_ANY_PLATE)
_PLATE_WORDS = (
    r"no\.?\s*pol\.?",
    "plat",
    "plat nomor",
    "pelat",
    r"(?:nomor|no\.?) polisi",
    "tnkb",
    "stnk",
    "bpkb",
    r"no\.? kendaraan",
    "nomor kendaraan",
    "plate",
    "number plate",
    "license plate",
)
_PLATE_CONTEXT = Keywords(*_PLATE_WORDS)
# Words of a vehicle: with letters after its number, a plate after them needs no plate word
# ("mobil sy Avanza putih L 1 NDA").
_VEHICLE_WORDS = (
    "motor", "mobil", "kendaraan", "car", "vehicle", "truk", "truck", "pickup", "pick up",
    "bike", "motorbike", "motorcycle", "scooter",
    "bus", "taksi", "taxi", "ojek", "ojol", "sopir", "supir", "driver", "parkir", "valet",
    "toyota", "honda", "yamaha", "suzuki", "daihatsu", "mitsubishi", "kawasaki", "nissan",
    "wuling", "hyundai", "mazda", "isuzu", "vespa", "avanza", "xenia", "innova", "fortuner",
    "pajero", "brio", "ertiga", "xpander", "terios", "agya", "ayla", "sigra", "calya",
    "livina", "alphard", "hrv", "crv", "beat", "vario", "scoopy", "nmax", "aerox", "pcx",
    "vixion", "supra", "grand max", "grandmax",
)  # fmt: skip
# Words that name a place, a model or a queue ticket, not a vehicle: "blok F 123 A".
_NOT_PLATE_BEFORE = Keywords(
    "blok", "lantai", "lt", "kamar", "ruang", "gedung", "tower", "kav", "kavling",
    "gang", "gg", "tipe", "type", "seri", "series", "kelas", "ukuran", "size", "loket",
    "antrian", "meja", "kursi", "seat", "gate", "pintu", "kode", "versi", "vitamin", "vit",
    # devices and their makers: "printer Epson L 3210 BK", "laptop Asus A 416 MA"
    "printer", "laptop", "notebook", "tv", "monitor", "kamera", "camera", "epson", "canon",
    "brother", "asus", "acer", "lenovo", "samsung", "galaxy", "xiaomi", "redmi", "poco",
    "oppo", "vivo", "realme", "infinix", "tecno", "iphone", "sony", "lg", "sharp",
    "panasonic", "polytron", "daikin", "dell", "msi",
)  # fmt: skip

# "unit" is a flat's ("unit B 12") or a rented vehicle's ("unit H 8821 NB"): a full plate
# with a two- or three-letter suffix after it is the vehicle.
_UNIT_BEFORE = Keywords("unit")
_VEHICLE_PLATE_REGEX = re.compile(rf"{_REGION} ?[1-9]\d{{2,3}} ?[A-Z]{{2,3}}")

# A plate does not start right after a letter or digit joined by a dot or dash ("SKU-B-12-XL").
_PLATE_START = r"(?<![\p{L}\d_])(?<![\p{L}\d][.-])"
_PLATE_END = r"(?![\p{L}\d_]|[.-][\p{L}\d])"


class PlateRecognizer(ContextPatternRecognizer):
    """Vehicle plate (TNKB): area code, 1-4 digits, up to 3 letters; "B 1234 XYZ", "D 1 A".

    An upper-case full plate (3-4 digits and a suffix, "B 1234 XYZ") or a spaced vanity one
    ("L 1 NDA") is evidence alone. Another plate with letters after its number ("D 12 A",
    "b 2719 tjk", "B.1234.XYZ") needs a plate or vehicle word before it; one without ("B 12",
    but also the sizes "S 2 L"), or a short lower-case one ("d 1 a"), a plate word such as
    "nopol" or "plat".
    """

    ENTITY = "ID_PLATE"
    PATTERNS = (
        Pattern("Plate (full)", rf"{_PLATE_START}{_FULL_PLATE}{_PLATE_END}", 0.5),
        Pattern("Plate (vanity)", rf"{_PLATE_START}{_VANITY_PLATE}{_PLATE_END}", 0.5),
        Pattern(
            "Plate (short)",
            rf"{_PLATE_START}{_REGION} ?[1-9]\d{{0,3}}(?: ?[A-Z]{{1,3}})?{_PLATE_END}",
            0.2,
        ),
        Pattern("Plate (any case or separator)", rf"{_PLATE_START}{_ANY_PLATE}{_PLATE_END}", 0.1),
    )
    CONTEXT = Keywords(*_PLATE_WORDS, *_VEHICLE_WORDS)

    def invalidate_result(self, pattern_text: str) -> bool:
        suffix = _PLATE_SUFFIX.search(pattern_text).group().upper()
        return len(digits(pattern_text)) <= 2 and suffix in _SHORT_NUMBER_WORDS

    def reject(self, text: str, start: int, end: int) -> bool:
        if (
            _quantity(text[start:end])
            and not self._vehicle_unit_plate(text, start, end)
            and not _PLATE_CONTEXT.before(text, start)  # "plat DK 4419 KW": a plate, said so
        ):
            return True
        if _UNIT_BEFORE.right_before(text, start):
            return _VEHICLE_PLATE_REGEX.fullmatch(text, start, end) is None
        # "kode barang B 1203 ZX", "order #B 2231 KD": a product's or an order's code
        if after_reference(text, start) and not _PLATE_CONTEXT.before(text, start):
            return True
        if _visa_index(text, start, end):
            return True
        return _NOT_PLATE_BEFORE.right_before(text, start)

    def has_context(self, text: str, start: int, end: int) -> bool:
        if _vehicle_words_suffice(text[start:end]):
            return super().has_context(text, start, end)
        return _PLATE_CONTEXT.before(text, start)

    def _vehicle_unit_plate(self, text: str, start: int, end: int) -> bool:
        suffix = _PLATE_SUFFIX.search(text, start, end).group().upper()
        # (no vehicle costs thousands of millions, nor has an air conditioner's thousands of
        # horsepower: "motor nmax sy AD 5829 JT", "balik nama motor AD 6093 PK" are plates)
        price_like = suffix not in _FEW_DIGIT_UNITS or len(digits(text[start:end])) < 4
        return (suffix in _NON_VEHICLE_UNITS or not price_like) and self.CONTEXT.before(text, start)


# A visa's index written like a plate without spaces ("extend my B211A visa", "C312"), in a
# message about visas.
_VISA_INDEX = re.compile(r"[A-E]\d{3}[A-Z]?")
_VISA_WORDS = Keywords(
    "visa", "kitas", "kitap", "voa", "imigrasi", "immigration", "izin tinggal", "stay permit"
)  # fmt: skip
_VISA_WINDOW = 120


def _visa_index(text: str, start: int, end: int) -> bool:
    return _VISA_INDEX.fullmatch(text, start, end) is not None and (
        _VISA_WORDS.before(text, start, _VISA_WINDOW) or _VISA_WORDS.after(text, end, _VISA_WINDOW)
    )


def _quantity(value: str) -> bool:
    """Whether a plate shape ends in a unit: "DP 500 RB", "L 120 CM", "d 125 cc"."""
    suffix = _PLATE_SUFFIX.search(value).group()
    if suffix.upper() == "PK" and len(digits(value)) >= 3:
        return False  # no air conditioner has hundreds of horsepower: "W 4410 PK" is a plate
    units = _LOWER_UNIT_SUFFIXES if suffix.islower() else _UNIT_SUFFIXES
    return suffix.upper() in units


def _vehicle_words_suffice(value: str) -> bool:
    """Whether a plate shape is enough of a plate that a vehicle word makes it one: letters
    after the number, in one case, and upper case or 3-4 digits ("mobil d 1 a" is not, nor
    "kendaraan R 2 dan R 4")."""
    if _ANY_PLATE_REGEX.fullmatch(value) is None:
        return False
    if value.isupper():
        return True
    return value.islower() and len(digits(value)) >= 3


def recognizers() -> list[EntityRecognizer]:
    return [
        NikRecognizer(),
        KkRecognizer(),
        NpwpRecognizer(),
        UncheckedNikRecognizer(),
        UncheckedKkRecognizer(),
        UncheckedNpwpRecognizer(),
        BpjsKesehatanRecognizer(),
        BpjsCardShapeRecognizer(),
        BpjsKetenagakerjaanRecognizer(),
        PassportRecognizer(),
        SimRecognizer(),
        SsnRecognizer(),
        PlateRecognizer(),
    ]
