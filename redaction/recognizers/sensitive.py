"""Recognizers: specific personal data (UU PDP Art. 4(2)) - dates of birth and health data.

DATE_OF_BIRTH needs a birth cue before the date ("tgl lahir", "TTL", "born on",
"DOB"): other dates (appointments, deliveries) are not reported. MEDICAL (health data) is
found by ``redaction.recognizers.medical``.
"""

from __future__ import annotations

import re
from datetime import date

import regex
from presidio_analyzer import EntityRecognizer

from redaction.data import words
from redaction.recognizers.context import Span, SpanRecognizer, after_reference
from redaction.recognizers.identifiers import SIXTEEN_DIGITS, is_nik
from redaction.recognizers.months import MONTH, MONTH_NUMBERS
from redaction.recognizers.names.vocabulary import NAMES

DATE_OF_BIRTH = "DATE_OF_BIRTH"

DATE_OF_BIRTH_SCORE = 0.9
# A full date in a birth year without a cue: in chats mostly someone's date of birth.
UNCUED_DATE_OF_BIRTH_SCORE = 0.55
_FIRST_BIRTH_YEAR, _LAST_BIRTH_YEAR = 1925, 2009

# A year after a month's name: "1990", or "'90" / "90" as people shorten it (not a count
# that follows: "3 mei 20 orang").
_YEAR = (
    r"(?:(?:19|20)\d{2}|['’]?\d{2}(?![ \t]*(?:orang|org|tahun|thn|th|jam|menit|hari|bulan|kg|%)\b))"
    r"\b"
)
# A day and a month's name, joined by spaces, dashes, dots or slashes: "12 Mei", "12-Mei",
# "12th of May".
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?(?:[ \t]+|[ \t]*[-/.][ \t]*){MONTH}"
_DATE = (
    # (not the start of a longer run: "34 / 12-05-1990" is an age, then the date)
    r"(?:\d{1,2}[ \t]*[-/.][ \t]*\d{1,2}[ \t]*[-/.][ \t]*(?:19|20)?\d{2}\b(?![-/.]\d)"
    # spaced or unbroken digits with a four-digit year: "12 05 1990", "12051990"
    r"|\d{1,2}[ \t]+\d{1,2}[ \t]+(?:19|20)\d{2}\b"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}\b"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b"
    rf"|{_DAY_MONTH}[ \t,/.-]*{_YEAR}"
    rf"|{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]*{_YEAR})"
)
# A birthday without its year, after a birth cue: "ultah aku 3 juni", "birthday: May 3rd".
_DAY_AND_MONTH = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?![ \t,]*\d)(?![^\W\d_])"
)
# A month and a year, after a birth cue: "lahir bulan Mei 2019".
_MONTH_YEAR = rf"{MONTH}[ \t,]*(?:19|20)\d{{2}}\b"
# Words allowed between a birth cue and the date: "lahir pada tanggal 3 maret 1985",
# "tgl lahir anak saya 5 Juni 2019", "date of birth: 1990-05-12", and an age the label asks
# for first ("usia/tgl lahir: 34 / 12-05-1990").
_FILLER = (
    # (a field of a data dump may be quoted: '"tgl_lahir": "05-05-1988"')
    r"[\"']?[ \t]*[:=-]?[ \t]*[\"']?"
    r"(?:(?:anak|istri|suami|ibu|ayah|bapak|adik|kakak|mama|papa)[ \t]*)?"
    r"(?:(?:saya|sy|aku|ku|gue|gw|kamu|anda|beliau|nya|dia|my|his|her)\b[ \t]*:?[ \t]*)?"
    r"(?:(?:pada|pd|tanggal|tgl\.?|bulan|bln|on|is|adalah)[ \t]*:?[ \t]*)*"
    r"(?:\d{1,3}[ \t]*(?:tahun|thn|th|years?|yrs?|yo)?[ \t]*/[ \t]*(?=\d))?"
)
# (also as a field's name in a data dump: "tgl_lhr=29/05/1999", "birth_date"; and "born"
# shortened in brackets: "Adam Novak (b. 12 Apr 1983)")
_BIRTH_CUE = (
    r"(?:(?:tgl\.?|tanggal)[ \t_]*(?:lahir|lhr|kelahiran)|lahir|lhr|kelahiran|d\.?o\.?b\.?"
    r"|date[ \t_]+of[ \t_]+birth|birth[ \t_]*dates?|born|ulang[ \t]+tahun|ultah|birthday"
    r"|(?<=\()b\.(?=[ \t]*\d))"
)
# Place-and-date cues: the date after the place is the value ("TTL Jakarta, 12-05-1990"); a
# birthplace alone, like any city, is not reported.
_PLACE_DATE_CUE = (
    r"(?:ttl|tempat[ \t]*[,/]?[ \t]*(?:tgl\.?|tanggal)[ \t]*lahir|tempat[ \t]+lahir"
    r"|lahir[ \t]+di|born[ \t]+in)"
)
# A birthplace of one to three capitalised words, maybe with a comma: "Medan", "Padang Panjang,".
_PLACE = r"(?-i:[A-Z])[a-z]+(?:[ \t]+(?-i:[A-Z])[a-z]+){0,2}[ \t]*,?"
# Words after a number that make it a count or a duration, not a year.
_COUNT_WORDS = (
    r"(?:orang|org|bayi|anak|jiwa|kg|menit|jam|hari|minggu|bulan|bln|tahun|thn|detik|babies"
    r"|people)\b"
)
# A date said in words, as a voice note's transcript gives it: "lahirnya tuh tujuh belas
# agustus lima puluh enam", "born March ninth nineteen fifty three".
_NUMBER_WORD = (
    r"(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh"
    r"|seratus|ribu|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen(?:th)?|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|oh|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|\d{1,4})"
)
_NUMBER_WORDS = rf"{_NUMBER_WORD}(?:[ \t-]+{_NUMBER_WORD}){{0,4}}"
_SPOKEN_DATE = (
    rf"(?:{_NUMBER_WORDS}(?:[ \t]+of)?[ \t]+{MONTH}(?:[ \t,]+{_NUMBER_WORDS})?"
    rf"|{MONTH}[ \t]+{_NUMBER_WORDS})(?![\w-])"
)
_SPOKEN_DATE_OF_BIRTH = re.compile(
    rf"\b{_BIRTH_CUE}(?:nya)?(?:[ \t]+(?:di|in)[ \t]+{_PLACE})?"
    r"(?:[ \t]+(?:tuh|itu|tu|ya|is|was|on|pada|tanggal|tgl|saya|sy|aku|beliau|my|his|her))*"
    r"[ \t,:]+"
    rf"(?P<value>{_SPOKEN_DATE})",
    re.IGNORECASE,
)
_DATE_OF_BIRTH_PATTERNS = (
    re.compile(
        rf"\b{_PLACE_DATE_CUE}[ \t]*[:=]?[ \t]*"
        rf"(?:[^\W\d_]+(?:[ .'-]{{1,2}}[^\W\d_]+){{0,4}}[ \t]*[,/]?[ \t]*)?"
        rf"{_FILLER}(?P<value>{_DATE})",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_BIRTH_CUE}{_FILLER}(?P<value>{_DATE}|{_DAY_AND_MONTH}|{_MONTH_YEAR})",
        re.IGNORECASE,
    ),
    # A year of birth alone: "lahir tahun 1990", "kelahiran 1985", "born in 1990", "Lahir: 1990",
    # maybe after the birthplace ("sy kelahiran Medan 1990", "lahir di Padang, 1987").
    re.compile(
        r"\b(?:lahir|lhr|kelahiran|born)(?:[ \t]+(?:di|in)?[ \t]*" + _PLACE + r")?"
        r"(?:[ \t]+(?:tahun|thn|th\.?|in))?(?:[ \t]*[:=][ \t]*|[ \t]+)"
        # (not a count: "lahir 2000 bayi", "born 1990 babies")
        r"(?P<value>(?:19|20)\d{2})\b(?![-/.]\d|[ \t]+(?:orang|bayi|anak|jiwa|babies|people))",
        re.IGNORECASE,
    ),
    # ... or in two digits: "sy kelahiran 98", "lahir thn '85".
    re.compile(
        r"\b(?:kelahiran(?:[ \t]+(?:tahun|thn|th\.?))?|(?:lahir|lhr)[ \t]+(?:tahun|thn|th\.?))"
        r"[ \t]*(?P<value>['’]\d{2}|[4-9]\d|0\d)\b(?![ \t]*(?:[-/.,%]|" + _COUNT_WORDS + r"))",
        re.IGNORECASE,
    ),
)

# A birth cue further before the date, words but no number between, in the same line: "my DOB
# is wrong. It should be 29 February 1988", "tgl lahir anak sy yg bungsu 3 Juni 2019".
_DISTANT_CUE_DATE = re.compile(
    rf"\b{_BIRTH_CUE}(?:nya)?\b(?P<gap>[^\d\n]{{0,60}}?)(?<![\w/.-])(?P<value>{_DATE})",
    re.IGNORECASE,
)
# ... unless another date's label stands between, in a later sentence: "kirim foto akta
# kelahiran ya. Pembagian rapor tgl 20 Juni 2025", "date of birth in DDMMYYYY. Statement
# date: 31 May 2025".
_LABEL_AFTER_BREAK = re.compile(r"[.!?;][ \t].*\b(?:tgl|tanggal|date|dated)\b", re.IGNORECASE)
# A birth cue anywhere before, heading the form or list the date answers ("butuh nama & tgl
# lahir ya:\n1. Fery Andrianto 04/11/1990\n2. Bima 09/09/2017 (anak)").
_EARLIER_BIRTH_CUE = re.compile(rf"\b{_BIRTH_CUE}", re.IGNORECASE)
_EARLIER_BIRTH_CUE_WINDOW = 300
_FOUR_DIGIT_YEAR = re.compile(r"(?:19|20)\d{2}")
# A date of this year or later is an appointment's or a deadline's, not a birth being told.
_THIS_YEAR = date.today().year


def _past_date(value: str) -> bool:
    year = _FOUR_DIGIT_YEAR.search(value)
    return year is None or int(year.group()) < _THIS_YEAR


# A whole date (day, month, four-digit year); its year is checked against birth years.
_OLD_DATE = re.compile(
    r"(?<![\w/.-])(?:\d{1,2}[ \t]*[-/.][ \t]*\d{1,2}[ \t]*[-/.][ \t]*(?P<year>(?:19|20)\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+{MONTH}[ \t,]*(?P<year2>(?:19|20)\d{{2}})"
    # the month first, as English writes it: "March 3rd, 1990"
    rf"|{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?P<year4>(?:19|20)\d{{2}})"
    # the year first, as a form or an app writes it: "1990-07-14"
    r"|(?P<year3>(?:19|20)\d{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
# Words before a date that make it an event's, not a birth: "sejak", "berdiri", "menikah".
_EVENT_BEFORE = re.compile(
    r"\b(?:sejak|since|berdiri|didirikan|founded|established|menikah|nikah|married|wafat|meninggal"
    r"|died|lulus|graduated|masuk|joined|bergabung|terbit|published|dibangun|built|merdeka"
    r"|proklamasi|peristiwa|tragedi|perang|war|kejadian|terjadi|diresmikan|berlaku|valid"
    r"|issued|dikeluarkan|diterbitkan|kontrak|periode|tahun)\b[^\n.]{0,20}\Z",
    re.IGNORECASE,
)

# Where a date given as an answer stands: at the start of the message or a line, or after a
# name and a comma, a colon, a slash or a dash ("Hannah Weber, 23.06.1990",
# "Rudi Hartono / 1-2-1990", "Wahyudi – 03/03/1983 – alergi telur"),
# not inside a sentence ("pada ...") nor in a table's cell, which its column's header types;
# a reply may quote ("> 14/06/1965, 2319").
_ANSWER_BEFORE = re.compile(r"(?:(?:\A|\n)[ \t]*>|\A|\n|[,:(]|[ \t][–—-]|[^\W\d_][ \t]+/)[ \t]*\Z")
# ... or right after a capitalised name or family member, as in a list ("Bambang Hermawan
# 12/04/1986, Dewi Puspitasari 30/09/1989", "Dad 2 Feb 1957, Mum 18 Dec 1958"; not "Pada 27
# Januari 2008", nor a table's cell after a tab).
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) +\Z")
_FAMILY = frozenset(
    {"dad", "mum", "mom", "father", "mother", "husband", "wife", "son", "daughter", "grandpa"}
    | {"grandma", "ayah", "bapak", "ibu", "papa", "mama", "suami", "istri", "kakek", "nenek"}
)


def _answer_before(text: str, start: int, asked: bool = False) -> bool:
    """Whether the date stands where an answer does; after a capitalised word, one that is a
    name or a family member, any when a birth cue before ``asked`` for the dates."""
    window = max(0, start - 40)
    if _ANSWER_BEFORE.search(text, window, start):
        return True
    word = _CAPITALISED_BEFORE.search(text, window, start)
    if word is None:
        return False
    lower = word.group(1).lower()
    return asked or lower in NAMES or lower in _FAMILY


def _asked_answer(text: str, start: int) -> bool:
    """A past date answering a birth cue earlier in the message, not another date's label."""
    return (
        _EARLIER_BIRTH_CUE.search(text, max(0, start - _EARLIER_BIRTH_CUE_WINDOW), start)
        is not None
        and not _OTHER_DATE_WORDS.search(text, max(0, start - 30), start)
        and (
            _answer_before(text, start, asked=True)
            or _STATED_BEFORE.search(text, max(0, start - 12), start) is not None
        )
    )


# ... or stated after an "is": "birth dates: mine is March 3rd, 1990 and my husband's is ..."
_STATED_BEFORE = re.compile(r"\b(?:is|adalah|yaitu|yakni|ialah)[ \t]+\Z", re.IGNORECASE)


# ... or a document's number: "SK nomor 12/05/1990", "No. 01-02-2003".
_NUMBER_BEFORE = re.compile(r"\b(?:no|nomor|nmr|nr|number|ref|#)\.?[ \t]*:?[ \t]*\Z", re.IGNORECASE)


def _other_date_between(text: str, cue: int, start: int) -> bool:
    """Whether words between a birth cue and a date say the date is another's ("Isi tgl lahir
    di profil ya. Promo berlaku sampai 30 Juni 2025")."""
    return bool(
        _OTHER_DATE_WORDS.search(text, cue, start) or _LABEL_AFTER_BREAK.search(text, cue, start)
    )


def find_dates_of_birth(text: str) -> list[Span]:
    """Dates of birth announced by a birth cue ("TTL Bandung, 12-05-1990" -> the date), and
    full dates of a birth year without one ("17-08-1969" as the answer to "tgl lahir?")."""
    found: list[Span] = []
    for pattern in _DATE_OF_BIRTH_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span("value")
            if not _other_date_between(text, match.start(), start) and not any(
                s.start < end and start < s.end for s in found
            ):
                found.append(Span(start, end, DATE_OF_BIRTH_SCORE))
    for match in _SPOKEN_DATE_OF_BIRTH.finditer(text):
        start, end = match.span("value")
        if not any(s.start < end and start < s.end for s in found):
            found.append(Span(start, end, DATE_OF_BIRTH_SCORE))
    for match in _DISTANT_CUE_DATE.finditer(text):
        start, end = match.span("value")
        if (
            _past_date(match.group("value"))
            and not _EVENT_BEFORE.search(text, max(0, start - 30), start)
            and not _other_date_between(text, match.start("gap"), start)
            and not any(s.start < end and start < s.end for s in found)
        ):
            found.append(Span(start, end, DATE_OF_BIRTH_SCORE))
    found.extend(_listed_after(text, found))
    found.extend(
        s
        for s in _dates_of_niks(text)
        if not any(s.start < f.end and f.start < s.end for f in found)
    )
    uncued: list[Span] = []
    for match in _OLD_DATE.finditer(text):
        start, end = match.span()
        year = int(next(y for y in match.group("year", "year2", "year3", "year4") if y))
        if any(s.start < end and start < s.end for s in found):
            continue
        adult, child = (
            _FIRST_BIRTH_YEAR <= year <= _LAST_BIRTH_YEAR,
            _FIRST_BIRTH_YEAR <= year <= _LAST_CHILD_BIRTH_YEAR,
        )
        # (a date an event's or a number's label stands before is no answer)
        labelled = _EVENT_BEFORE.search(text, max(0, start - 30), start) or _NUMBER_BEFORE.search(
            text, max(0, start - 12), start
        )
        if (
            _SEX_AND_BIRTHPLACE_BEFORE.search(text, max(0, start - 50), start)
            or (child and _birthplace_before(text, start))
            or (adult and not labelled and _answer_before(text, start))
            or (child and not labelled and _asked_answer(text, start))
        ):
            uncued.append(Span(start, end, UNCUED_DATE_OF_BIRTH_SCORE))
            found.append(uncued[-1])
    # (a family's list goes on with the children: "Dewi Puspitasari 30/09/1989, Rafa 07/01/2014")
    found.extend(
        s
        for s in _listed_after(text, uncued, UNCUED_DATE_OF_BIRTH_SCORE)
        if not any(s.start < f.end and f.start < s.end for f in found)
    )
    found.extend(
        s
        for s in _compact_birth_dates(text)
        if not any(s.start < f.end and f.start < s.end for f in found)
    )
    return found


# A birth date typed as eight digits, DDMMYYYY, the way a payslip's or a bank statement's
# password is made of it ("I typed 07111996 which is my birthday"): no other number of that
# shape is a whole old date.
_COMPACT_DATE_SCORE = 0.45
# ... after a password's word the secret finders name it ("pass nya 11091993 kan?").
_PASSWORD_BEFORE = re.compile(r"(?i:\b(?:pass\w*|pw|pwd|sandi|pin)\b)[^\n]{0,30}\Z")
_COMPACT_DATE = re.compile(r"(?<![\w/.,-])(\d{2})(\d{2})(\d{4})(?![\w/-]|[.,]\d)")


def _compact_birth_dates(text: str) -> list[Span]:
    found = []
    for match in _COMPACT_DATE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        if (
            not _FIRST_BIRTH_YEAR <= year <= _LAST_BIRTH_YEAR
            or _NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start())
            or after_reference(text, match.start())
            or _PASSWORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue
        try:
            date(year, month, day)
        except ValueError:
            continue
        found.append(Span(match.start(), match.end(), _COMPACT_DATE_SCORE))
    return found


# A city and a comma before a date, as in the place and date of birth of a form's answer
# ("b. Bogor, 9 Agustus 2018"); a city's letter or receipt heading carries a recent date, so
# a child's birth year is allowed but not the last five years.
_CITY_COMMA_BEFORE = re.compile(
    r"(?<![\w-])(?P<city>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?),[ \t]*\Z"
)
_LAST_CHILD_BIRTH_YEAR = _THIS_YEAR - 5
# A family card's row read as text: sex, birthplace, then the date of birth ("3273051403870002
# LAKI-LAKI BANDUNG 14-03-1987 ISLAM").
_SEX_AND_BIRTHPLACE_BEFORE = re.compile(
    r"\b(?i:laki-laki|laki[ \t]laki|perempuan|pria|wanita)[ \t|,;]+"
    r"[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,2}[ \t|,;]+\Z"
)
_CITIES = words("places.txt")


def _birthplace_before(text: str, start: int) -> bool:
    match = _CITY_COMMA_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group("city").lower() in _CITIES


# A NIK holds its owner's birth date (plus 40 on the day for women): a date in the same text
# equal to it is that person's date of birth, with or without a label ("1. Farhan Hidayat –
# 28/02/1998 – 3201142802980009").
_SIXTEEN_DIGITS = regex.compile(SIXTEEN_DIGITS)
_ANY_DATE = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})(?:[ \t]*[-/.][ \t]*(?P<month>\d{1,2})[ \t]*[-/.]|[ \t]+"
    rf"(?P<name>{MONTH})[ \t,]*)[ \t]*(?P<year>(?:19|20)?\d{{2}})(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
# (a family card's number holds its issue date instead)
_FAMILY_CARD_BEFORE = re.compile(r"(?i:\b(?:kk|kartu[ \t]+keluarga|family[ \t]+card))[^\d]{0,30}\Z")


def _dates_in_niks(text: str) -> set[tuple[int, int, int]]:
    """(day, month, two-digit year) of the birth dates in the text's valid NIKs."""
    dates = set()
    for match in _SIXTEEN_DIGITS.finditer(text):
        number = "".join(ch for ch in match.group() if ch.isdigit())
        if is_nik(number) and not _FAMILY_CARD_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            day = int(number[6:8])
            dates.add((day - 40 if day > 40 else day, int(number[8:10]), int(number[10:12])))
    return dates


def _dates_of_niks(text: str) -> list[Span]:
    niks = _dates_in_niks(text)
    if not niks:
        return []
    found = []
    for match in _ANY_DATE.finditer(text):
        name = match.group("name")
        month = MONTH_NUMBERS[name.lower().rstrip(".")] if name else int(match.group("month"))
        key = (int(match.group("day")), month, int(match.group("year")[-2:]))
        if key in niks:
            found.append(Span(match.start(), match.end(), DATE_OF_BIRTH_SCORE))
    return found


# The next date of a list after a date of birth: "tgl lahir anak pertama 14/02/2018, anak
# kedua 3/7/2021", "DOB: 1 May 1980 and 2 June 1982" (a comma or "dan", then a few words).
_NEXT_DATE = re.compile(
    # (or a correction: "12-05-1990 bukan 21-05-1990")
    r"[ \t]*(?:[,;&]|\b(?:dan|and|serta|atau|or|bukan|bkn|not)\b)[ \t]*"
    r"(?P<words>(?:[^\W\d_]+[ \t]*){0,3})[:=-]?[ \t]*"
    rf"(?P<value>{_DATE})",
    re.IGNORECASE,
)
# ... unless those words say what else the date is: "..., jadwal kontrol 12-06-2025".
_OTHER_DATE_WORDS = re.compile(
    r"\b(?:jadwal|kontrol|janji|appointment|booking|daftar|kirim|bayar|tempo|due|expir\w*"
    r"|berlaku|valid|visit|kunjungan|cek|check|operasi|periksa|vaksin|imunisasi|tiba|datang"
    r"|berangkat|pulang|mulai|selesai|start|until|sampai|sampe|masuk|nikah|menikah"
    # a death's date after a birth's: "lahir 10-10-1955, meninggal 2 Mei 2025"
    r"|meninggal|wafat|died|passed|dimakamkan|buried)\b",
    re.IGNORECASE,
)


def _listed_after(text: str, births: list[Span], score: float = DATE_OF_BIRTH_SCORE) -> list[Span]:
    """Dates listed right after the dates of birth found, each the next one's anchor."""
    listed: list[Span] = []
    for birth in births:
        end = birth.end
        while (match := _NEXT_DATE.match(text, end)) is not None:
            start, end = match.span("value")
            if (
                _OTHER_DATE_WORDS.search(match.group("words"))
                or not _past_date(match.group("value"))
                or any(s.start < end and start < s.end for s in births + listed)
            ):
                break
            listed.append(Span(start, end, score))
    return listed


class DateOfBirthRecognizer(SpanRecognizer):
    """DATE_OF_BIRTH: a date after "tgl lahir", "lahir tanggal", "TTL", "born on", "DOB"."""

    ENTITY = DATE_OF_BIRTH

    def spans(self, text: str) -> list[Span]:
        return find_dates_of_birth(text)


def recognizers() -> list[EntityRecognizer]:
    return [DateOfBirthRecognizer()]
