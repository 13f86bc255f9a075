"""Recognizers: specific personal data (UU PDP Art. 4(2)) - dates of birth and health data.

DATE_OF_BIRTH needs a birth cue before the date ("tgl lahir", "TTL", "born on",
"DOB"): other dates (appointments, deliveries) are not reported. MEDICAL reports
conditions, treatments and medications: very specific terms ("HIV", "kanker",
"metformin") wherever they occur, ambiguous ones ("hamil", "depresi", "flu")
only after a trigger that says they are about a person ("saya punya", "anak
saya kena", "lagi", "didiagnosa", "minum").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.recognizers.context import Keywords, Span

DATE_OF_BIRTH = "DATE_OF_BIRTH"
MEDICAL = "MEDICAL"

DATE_OF_BIRTH_SCORE = 0.9
MEDICAL_SPECIFIC_SCORE = 0.75
MEDICAL_TRIGGERED_SCORE = 0.7
# A medication with its dose ("Sertraline 50 mg") is MEDICAL even where spaCy sees a PERSON.
MEDICAL_DOSE_SCORE = 0.9

_MONTHS = (
    r"(?:januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr"
    r"|mei|may|juni|june|jun|juli|july|jul|agustus|august|agu|agt|ags|aug|september|sept"
    r"|sep|oktober|october|okt|oct|november|nopember|nov|desember|december|des|dec)\.?"
)
_DATE = (
    r"(?:\d{1,2}[ \t]*[-/.][ \t]*\d{1,2}[ \t]*[-/.][ \t]*(?:19|20)?\d{2}\b"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTHS}[ \t,]*(?:19|20)\d{{2}}\b"
    rf"|{_MONTHS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]*(?:19|20)\d{{2}}\b)"
)
# Words allowed between a birth cue and the date: "lahir pada tanggal 3 maret 1985",
# "tgl lahir anak saya 5 Juni 2019", "date of birth: 1990-05-12".
_FILLER = (
    r"[ \t]*[:=-]?[ \t]*"
    r"(?:(?:anak|istri|suami|ibu|ayah|bapak|adik|kakak|mama|papa)[ \t]*)?"
    r"(?:(?:saya|aku|ku|gue|gw|kamu|anda|beliau|nya|dia|my|his|her)\b[ \t]*:?[ \t]*)?"
    r"(?:(?:pada|pd|tanggal|tgl\.?|on|is|adalah)[ \t]*:?[ \t]*)*"
)
_BIRTH_CUE = (
    r"(?:(?:tgl\.?|tanggal)[ \t]*(?:lahir|lhr|kelahiran)|lahir|kelahiran|d\.?o\.?b\.?"
    r"|date[ \t]+of[ \t]+birth|birth[ \t]*date|born|ulang[ \t]+tahun|ultah|birthday)"
)
# Place-and-date cues: the date after the place is the value ("TTL Jakarta, 12-05-1990"); a
# birthplace alone, like any city, is not reported.
_PLACE_DATE_CUE = (
    r"(?:ttl|tempat[ \t]*[,/]?[ \t]*(?:tgl\.?|tanggal)[ \t]*lahir|tempat[ \t]+lahir"
    r"|lahir[ \t]+di|born[ \t]+in)"
)
_DATE_OF_BIRTH_PATTERNS = (
    re.compile(
        rf"\b{_PLACE_DATE_CUE}[ \t]*[:=]?[ \t]*"
        rf"(?:[^\W\d_]+(?:[ .'-]{{1,2}}[^\W\d_]+){{0,4}}[ \t]*[,/]?[ \t]*)?"
        rf"{_FILLER}(?P<value>{_DATE})",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_BIRTH_CUE}{_FILLER}(?P<value>{_DATE})", re.IGNORECASE),
    # A year of birth alone: "lahir tahun 1990", "kelahiran 1985", "born in 1990".
    re.compile(
        r"\b(?:lahir|kelahiran|born)(?:[ \t]+(?:tahun|thn|th\.?|in))?[ \t]+"
        r"(?P<value>(?:19|20)\d{2})\b(?![-/.]\d)",
        re.IGNORECASE,
    ),
)

SPECIFIC_TERMS = words("medical_specific.txt")
TRIGGERED_TERMS = words("medical_terms.txt")
_TERM = re.compile(
    # not inside a word or a compound, except after "post-"/"pasca-" ("post-stroke")
    r"(?:(?<![\w-])|(?<=\bpost-)|(?<=\bpasca-))(?:"
    + "|".join(
        re.escape(term).replace(r"\ ", r"[ \t]+")
        for term in sorted(SPECIFIC_TERMS | TRIGGERED_TERMS, key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)
# What may follow a condition or medication as part of it: "diabetes tipe 2", "kanker
# payudara stadium 3", "hamil 5 bulan", "katarak mata kiri", "maag kronis", "influenza A",
# "metformin 500 mg", "salbutamol inhaler".
_QUALIFIER = re.compile(
    r"(?:[ \t]+(?:tipe|type|stadium|stage|grade)[ \t]*(?:\d|iv|i{1,3})\b"
    r"|[ \t]+(?:payudara|paru(?:-paru)?|serviks|rahim|usus|hati|darah|kulit|prostat|otak"
    r"|tulang|lambung|ovarium|nasofaring|tiroid|pankreas|ginjal|mulut[ \t]+rahim"
    r"|tenggorokan|tenggorokkan|lutut|mata|telinga|gigi|gusi|sendi|kaki|tangan|punggung"
    r"|pinggang|leher|dada|kepala|perut|knee|ankle|wrist|shoulder|back|throat|eyes?|acl)\b"
    r"|[ \t]+(?:kiri|kanan|left|right|kronis|kronik|akut|chronic|acute)\b"
    r"|[ \t]+(?-i:[AB])\b"
    r"|[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|g|ml|iu|unit)\b"
    r"|[ \t]+(?:inhaler|tablet|tab|kapsul|capsule|sirup|syrup|salep|injeksi|suntik)\b"
    r"|[ \t]+\d{1,2}[ \t]*(?:bulan|bln|minggu|mgg|months?|weeks?)\b"
    r"|[ \t]+(?:sudah[ \t]+|udah[ \t]+|sdh[ \t]+|selama[ \t]+)?\d{1,2}[ \t]*(?:hari|hr|days?)\b)*",
    re.IGNORECASE,
)
_DOSE = re.compile(r"\d[ \t]*(?:mg|mcg|µg|g|ml|iu|unit)\b", re.IGNORECASE)
# Pregnancy with its term said first: "18 weeks pregnant", "6 months pregnant".
_PREGNANT_TERM = re.compile(
    r"\b\d{1,2}[ \t]*(?:weeks?|months?|wks?|minggu|bulan)[ \t]+pregnant\b", re.IGNORECASE
)
# "riwayat" before a condition belongs to it ("riwayat hipertensi"), and makes an organ
# a condition ("riwayat jantung", "history of kidney disease").
_HISTORY_BEFORE = re.compile(
    r"\b(?:riwayat|history[ \t]+of)[ \t]+(?:penyakit[ \t]+|sakit[ \t]+)?\Z", re.IGNORECASE
)
_HISTORY_ORGAN = re.compile(
    r"\b(?:riwayat|history[ \t]+of)[ \t]+(?:penyakit[ \t]+|sakit[ \t]+)?"
    r"(?:jantung|ginjal|paru(?:-paru)?|hati|liver|lambung|heart|kidney|lung)"
    r"(?:[ \t]+(?:disease|problems?))?\b",
    re.IGNORECASE,
)
# What someone is allergic to: "alergi kacang" (the allergy), "allergic to eggs" (the
# allergen), "peanut allergy".
_ALLERGY = re.compile(
    r"\b(?:(?P<noun>alergi)(?:[ \t]+(?:terhadap|sama))?|allergic[ \t]+to|allerg(?:y|ies)[ \t]+to)"
    r"(?=[ \t]+\w)",
    re.IGNORECASE,
)
_ALLERGY_AFTER = re.compile(r"(?<![\w-])(\w+)[ \t]+(?:allergy|allergies)\b", re.IGNORECASE)
_ALLERGEN_WORD = re.compile(r"[ \t]+(?:\w+-)?\w+")
_MAX_ALLERGEN_WORDS = 3
# Words that end an allergen ("alergi kacang, mohon", "allergic to eggs but ...").
_NOT_ALLERGEN = (
    frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS) | words("chat_words.txt")
)
# A laboratory value: "gula darah puasa 180 mg/dL", "HbA1c 8,9%", "tensi 150/90".
_LAB_VALUE = re.compile(
    r"\b(?:gula[ \t]+darah(?:[ \t]+(?:puasa|sewaktu|2[ \t]*jam(?:[ \t]*pp)?))?|gdp|gds|gd2pp"
    r"|hba1c|kolesterol(?:[ \t]+total)?|ldl|hdl|trigliserida|asam[ \t]+urat|tensi"
    r"|tekanan[ \t]+darah|hemoglobin|hb|trombosit|leukosit|sgot|sgpt|kreatinin|ureum"
    r"|blood[ \t]+(?:sugar|pressure)|cholesterol|triglycerides|platelets?)"
    r"(?:nya)?[ \t]*(?:[:=]|is|was|sebesar)?[ \t]*"
    r"(?P<value>\d{1,3}(?:[.,]\d{1,2})?(?:[ \t]*(?:mg/dl|mmol/l|g/dl|u/l|/ul|/µl|%)"
    r"|[ \t]*/[ \t]*\d{2,3}(?:[ \t]*mmhg)?))",
    re.IGNORECASE,
)
# A health field of a form, up to the end of its clause: "Keluhan: sesak napas sejak 3 hari",
# "Procedure: right knee replacement", "Allergy: amoxicillin".
_HEALTH_FIELD = re.compile(
    r"(?:^|(?<=[.;]))[ \t]*(?:keluhan|diagnosa|diagnosis|riwayat(?:[ \t]+penyakit)?|alergi"
    r"|allerg(?:y|ies)|procedure|tindakan|medications?|conditions?|kondisi|penyakit)"
    r"[ \t]*:[ \t]*(?P<value>[^\W\d_][^\n,;.]*?)"
    r"(?=[ \t]+(?:sejak|since|selama|for|dari|sdh|sudah)\b|[ \t]*(?:[\n,;.(]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# A trigger within the few words before an ambiguous term makes it about a person.
_TRIGGERS = Keywords(*(re.escape(w) for w in words("medical_triggers.txt")))
_SUBJECTS = Keywords(*(re.escape(w) for w in words("medical_subjects.txt")))
_TRIGGER_WINDOW = 30  # characters before the term searched for a trigger ("kena", "lagi")
_SUBJECT_WINDOW = 12  # ... and for a subject right before it ("saya depresi")
_CLAUSE_END = re.compile(r"[.!?\n;]")


def find_dates_of_birth(text: str) -> list[Span]:
    """Dates of birth announced by a birth cue ("TTL Bandung, 12-05-1990" -> the date)."""
    found: list[Span] = []
    for pattern in _DATE_OF_BIRTH_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span("value")
            if not any(s.start < end and start < s.end for s in found):
                found.append(Span(start, end, DATE_OF_BIRTH_SCORE))
    return found


def find_medical(text: str) -> list[Span]:
    """Health conditions, treatments, test results and medications said of a person."""
    found: list[Span] = []
    for match in _TERM.finditer(text):
        term = " ".join(match.group().lower().split())
        end = _QUALIFIER.match(text, match.end()).end()
        history = _HISTORY_BEFORE.search(text, max(0, match.start() - 24), match.start())
        start = history.start() if history else match.start()
        if _DOSE.search(text, match.end(), end):
            found.append(Span(start, end, MEDICAL_DOSE_SCORE))
        elif term in SPECIFIC_TERMS:
            found.append(Span(start, end, MEDICAL_SPECIFIC_SCORE))
        elif _triggered(text, match.start()):
            found.append(Span(start, end, MEDICAL_TRIGGERED_SCORE))
    for match in _HISTORY_ORGAN.finditer(text):
        found.append(Span(match.start(), match.end(), MEDICAL_SPECIFIC_SCORE))
    for match in _PREGNANT_TERM.finditer(text):
        found.append(Span(match.start(), match.end(), MEDICAL_SPECIFIC_SCORE))
    for match in _LAB_VALUE.finditer(text):
        # the test with its result: "gula darah puasa 186 mg/dL" says which test it was
        found.append(Span(match.start(), match.end(), MEDICAL_TRIGGERED_SCORE))
    for match in _HEALTH_FIELD.finditer(text):
        found.append(Span(*match.span("value"), MEDICAL_TRIGGERED_SCORE))
    found.extend(_allergies(text))
    return found


def _allergies(text: str) -> list[Span]:
    """What a person is allergic to, with the allergy word: "alergi seafood", "peanut allergy"."""
    found = []
    for match in _ALLERGY.finditer(text):
        words_found = []
        pos = match.end()
        for _ in range(_MAX_ALLERGEN_WORDS):
            word = _ALLERGEN_WORD.match(text, pos)
            if word is None or word.group().strip().lower() in _NOT_ALLERGEN:
                break
            words_found.append(word)
            pos = word.end()
        if words_found:
            first = words_found[0]
            start = (
                match.start() if match.group("noun") else first.end() - len(first.group().lstrip())
            )
            found.append(Span(start, pos, MEDICAL_TRIGGERED_SCORE))
    for match in _ALLERGY_AFTER.finditer(text):
        if match.group(1).lower() not in _NOT_ALLERGEN:
            found.append(Span(match.start(), match.end(), MEDICAL_TRIGGERED_SCORE))
    return found


def _triggered(text: str, start: int) -> bool:
    """Whether a trigger word, or a subject right before, precedes ``start`` in its clause."""
    clause_start = max(0, start - _TRIGGER_WINDOW)
    for clause_end in _CLAUSE_END.finditer(text, clause_start, start):
        clause_start = clause_end.end()
    window = start - clause_start
    return _TRIGGERS.before(text, start, window) or _SUBJECTS.before(
        text, start, min(window, _SUBJECT_WINDOW)
    )


class _SpanRecognizer(LocalRecognizer):
    """A recognizer for one entity type whose spans come from a function of the text."""

    ENTITY = ""

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__)

    def load(self) -> None:
        pass

    def spans(self, text: str) -> list[Span]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        return [
            RecognizerResult(
                self.ENTITY,
                span.start,
                span.end,
                span.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for span in self.spans(text)
        ]


class DateOfBirthRecognizer(_SpanRecognizer):
    """DATE_OF_BIRTH: a date after "tgl lahir", "lahir tanggal", "TTL", "born on", "DOB"."""

    ENTITY = DATE_OF_BIRTH

    def spans(self, text: str) -> list[Span]:
        return find_dates_of_birth(text)


class MedicalRecognizer(_SpanRecognizer):
    """MEDICAL: health conditions, treatments and medications of a person."""

    ENTITY = MEDICAL

    def spans(self, text: str) -> list[Span]:
        return find_medical(text)


def recognizers() -> list[EntityRecognizer]:
    return [DateOfBirthRecognizer(), MedicalRecognizer()]
