"""Health terms with their qualifiers, scored by whether they are said of someone."""

from __future__ import annotations

import re

from redaction.recognizers.medical.cues import (
    _FOR_SOMEONE_AFTER,
    _OWNER_AFTER,
    _SHOP_AFTER,
    _SHOP_QUESTION_AFTER,
    _TRIGGER_WINDOW,
    _asked_as_a_question,
    _asked_in_a_shop,
    _product_before,
    _triggered,
)
from redaction.recognizers.medical.qualifiers import _QUALIFIER, _with_prefix
from redaction.recognizers.medical.results import _TEST_BEFORE
from redaction.recognizers.medical.term_patterns import _DRUG_SUFFIX, _SUFFIX_TERM, _term_matches
from redaction.recognizers.medical.treatments import _BARE_STRENGTH, _DOSE
from redaction.recognizers.medical.vocabulary import (
    _ORGANS,
    _VERDICT,
    MEDICAL_DOSE_SCORE,
    MEDICAL_SPECIFIC_SCORE,
    MEDICAL_TRIGGERED_SCORE,
    MEDICATIONS,
    SPECIFIC_TERMS,
    SYMPTOMS,
    TRIGGERED_TERMS,
    _Piece,
)


def _terms(text: str) -> list[_Piece]:
    pieces = []
    for match in _term_matches(text):
        term = " ".join(match.group("term").lower().replace("-", " ").split())
        end = _QUALIFIER.match(text, match.end()).end()
        if term in _FINDINGS and (located := _LOCATED.match(text, end)) is not None:
            end = _QUALIFIER.match(text, located.end()).end()
        possessive = _POSSESSIVE_END.search(text, match.end("term"), match.end())
        if end == match.end() and possessive is not None:
            end = possessive.start()  # "katarak|ipun": the person, not the condition
        if (_is_medication(term) or _DRUG_SUFFIX.fullmatch(term)) and (
            strength := _BARE_STRENGTH.match(text, end)
        ) is not None:
            end = strength.end()
        start = _with_prefix(text, match.start())
        if _asked_as_a_question(text, match.start(), end):
            if _is_medication(term):  # "ada metformin 500 mg?": asked for in a shop
                # ... for someone: "ada amlodipine 10 mg? buat bapak sy"
                mine = _FOR_SOMEONE_AFTER.match(text, _QUESTION_MARKS.match(text, end).end())
                pieces.append(
                    _Piece(start, end, MEDICAL_TRIGGERED_SCORE if mine else None, shop=True)
                )
            continue
        if _is_medication(term) and _a_product(text, match.start(), end):
            pieces.append(_Piece(start, end, None, shop=True))
            continue
        if term in _FIELD_NAMES and _FIELD_COLON.match(text, match.end()):
            continue  # the name of a form's field: "Riwayat alergi: alergi seafood"
        if _TEST_BEFORE.right_before(text, match.start()) and not _VERDICT_IN.search(
            text, match.end(), end
        ):
            continue  # a test asked for is no diagnosis: "mau tes HIV", "cek diabetes"
        if _DOSE.search(text, match.end(), end) and (possessive is None or _is_medication(term)):
            score: float | None = MEDICAL_DOSE_SCORE
        elif (
            _in(term, SPECIFIC_TERMS)
            or _SUFFIX_TERM.fullmatch(term)
            or (_DRUG_SUFFIX.fullmatch(term) and not _in(term, TRIGGERED_TERMS))
        ):
            score = MEDICAL_SPECIFIC_SCORE
        elif (
            (
                (_in(term, TRIGGERED_TERMS) and _COURSE_AFTER.match(text, match.end()))
                # a fever with its bare temperature: "demam 38,5", "demamnya 39,8"
                or (term in _FEVERS and _TEMPERATURE.match(text, match.end()))
                # a complaint often figurative alone, with how often: "mencret 5x sehari"
                or (_in(term, SYMPTOMS) and _FREQUENCY_AFTER.match(text, match.end()))
            )
            and not _said_of_someone(text, match, end)
            and not _product_before(text, start, end)
        ):
            score = MEDICAL_TRIGGERED_SCORE  # known by its course: "diare 4x sehari"
            if (temperature := _TEMPERATURE.match(text, match.end())) is not None:
                end = temperature.end()
        elif (
            _in(term, TRIGGERED_TERMS)
            and _said_of_someone(text, match, end)
            and not _product_before(text, start, end)
        ):
            score = MEDICAL_TRIGGERED_SCORE
            relapse = _RELAPSE_AFTER.match(text, end)
            if relapse is not None and not relapse.group("filler"):
                end = relapse.end()  # "asam urat kambuh"
        else:
            score = None
        weak = score is None and (not _in(term, TRIGGERED_TERMS) or _in(term, _NOT_PROMOTED))
        pieces.append(_Piece(start, end, score, weak=weak, term_end=match.end()))
    return pieces


def _a_product(text: str, start: int, end: int) -> bool:
    """Whether a medicine is asked for in a shop or described by its rules, and nobody's
    ("di tas ada obat insulin anak sy" says whose it is)."""
    return bool(
        (_asked_in_a_shop(text, start) and not _OWNER_AFTER.match(text, end))
        or _SHOP_QUESTION_AFTER.match(text, end)
        or _SHOP_AFTER.match(text, end)  # a pharmacy's answer: "amlodipine 10 mg ready"
        or _PRESCRIPTION_AFTER.match(text, end)
    )


# What an examination found is named with where it is: "infiltrat di paru kanan atas", "flek
# di paru", "nodul di tiroid kiri".
_FINDINGS = frozenset({"infiltrat", "flek", "nodul", "nodule", "nodules", "lesi", "lesion"})
_LOCATED = re.compile(
    rf"[ \t]+(?:di|pada|in|on)[ \t]+(?:(?:the|my|his|her|bagian|sebelah)[ \t]+)?(?:{_ORGANS})\b",
    re.IGNORECASE,
)
_QUESTION_MARKS = re.compile(r"[ \t]*[?!.,]*")
_FIELD_NAMES = frozenset({"alergi", "allergy", "allergies", "alergi obat", "drug allergy"})
_FIELD_COLON = re.compile(r"[ \t]*:")
_POSSESSIVE_END = re.compile(r"(?:nya|nyo|n?ipun|ku|mu)\Z", re.IGNORECASE)
_FEVERS = frozenset({"demam", "fever", "panas", "meriang"})
_TEMPERATURE = re.compile(
    r"[ \t]+(?:3[5-9]|4[0-2])(?:[.,]\d)?(?!\d|[.,]\d|[ \t]*(?:°|derajat|celsius|c\b))",
    re.IGNORECASE,
)


# A product's rule said after a medicine: "insulin perlu resep dokter", "needs a prescription".
_PRESCRIPTION_AFTER = re.compile(
    r"[ \t]+(?:perlu|harus|wajib|butuh|pakai|pake|pakai|dengan|dgn|tanpa|needs?|requires?"
    r"|without)[ \t]+(?:pakai[ \t]+|pake[ \t]+|dengan[ \t]+|dgn[ \t]+|a[ \t]+)?"
    r"(?:resep|prescription)\b"
    # its class: "sertraline termasuk obat keras", "is a prescription-only medicine"
    r"|[ \t]+(?:termasuk|adalah|merupakan|itu|is|is[ \t]+a)[ \t]+(?:obat[ \t]+keras"
    r"|(?:a[ \t]+)?prescription(?:-only)?[ \t]+(?:drug|medicine|medication))\b",
    re.IGNORECASE,
)
_VERDICT_IN = re.compile(_VERDICT, re.IGNORECASE)


# A doctor's or a lab's verdict right after a term, closing its clause: "cacar air kata
# dokter", "DBD menurut lab.", "flu, the doctor said".
_VERDICT_GIVEN_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:kata|kt|menurut|dari|dr|says?|said)[ \t]+(?:the[ \t]+)?"
    r"(?:dokter(?:nya)?|dok|bidan(?:nya)?|psikiater(?:nya)?|lab|doctor|doc|gp)\b"
    r"|[ \t]*,?[ \t]*(?:the[ \t]+)?(?:doctor|doc|dokter(?:nya)?)[ \t]+(?:said|says|bilang)\b)"
    # closing the clause (not "campak menurut dokter perlu diulang", a general rule)
    r"(?=[ \t]*(?:[,.;!?)\n]|$))",
    re.IGNORECASE,
)


def _said_of_someone(text: str, match: re.Match[str], end: int) -> bool:
    """Whether an ambiguous term is a person's: a trigger or subject before it, a relapse or
    a severity right after it ("sariawan parah"), whose it is ("depresi saya", "panu anak
    sy"), or someone it is for after its qualifiers."""
    return bool(
        _triggered(text, match.start())
        or _RELAPSE_AFTER.match(text, end)
        or _SEVERITY_AFTER.match(text, match.end())
        or _OWNER_AFTER.match(text, match.end())
        or _VERDICT_GIVEN_AFTER.match(text, end)
        or _CARED_FOR_AFTER.match(text, end)
        or (
            _FOR_SOMEONE_AFTER.match(text, end)  # but "cek asam urat buat bapak saya" is a test
            and not _TEST_BEFORE.before(text, match.start(), _TRIGGER_WINDOW)
        )
    )


# Care given for it, said right after: "DBD dirawat 4 hari", "tifus sampai opname", "pneumonia,
# was hospitalised".
_CARED_FOR_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:sudah|udah|sdh|lagi|lg|sedang|sampai|sampe|harus|hrs|jadi|jd|and|was"
    r"|is)[ \t]+)?(?:dirawat|diopname|opname|rawat[ \t]+inap|masuk[ \t]+(?:rs|rumah[ \t]+sakit"
    r"|igd|icu|ugd)|admitted|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
# A severity or extent says a case is someone's: "sariawan parah", "buta warna parsial".
_SEVERITY_AFTER = re.compile(
    r"[ \t]+(?:parah|kronis|kronik|akut|menahun|kambuhan|parsial|partial|chronic|acute)\b",
    re.IGNORECASE,
)

# How long or how often a complaint has gone on, right after it: "diare 4x sehari", "batuk
# 2 minggu", "muntah sejak semalam", "demam dari kemarin", "fever for 3 days".
_COURSE_AFTER = re.compile(
    r"[ \t]+(?:\d{1,2}[ \t]*(?:x|kali)[ \t]*(?:sehari|semalam|seminggu|hari[ \t]+ini"
    r"|per[ \t]+hari|a[ \t]+day|today)"
    r"|(?:sudah[ \t]+|udah[ \t]+|sdh[ \t]+|dah[ \t]+|selama[ \t]+)?\d{1,2}[ \t]*(?:hari|hr"
    r"|minggu|mgg|bulan|bln)"
    r"|(?:sejak|dari|dr|semenjak)[ \t]+(?:kemarin|kemaren|kmrn|kmarin|semalam|tadi|pagi|siang"
    r"|sore|malam|minggu[ \t]+lalu|\d{1,2}[ \t]*(?:hari|minggu|bulan))"
    r"|for[ \t]+(?:\d{1,2}|two|three|four|five|a[ \t]+few)[ \t]+(?:days|weeks|months)"
    # taken as a routine: "pil KB rutin tiap bulan", "inhaler rutin"
    r"|rutin|routinely"
    r"|since[ \t]+(?:yesterday|last[ \t]+night|this[ \t]+morning|monday|last[ \t]+week))\b",
    re.IGNORECASE,
)
_FREQUENCY_AFTER = re.compile(
    r"[ \t]+\d{1,2}[ \t]*(?:x|kali)[ \t]*(?:sehari|semalam|seminggu|hari[ \t]+ini|per[ \t]+hari"
    r"|a[ \t]+day|today)\b",
    re.IGNORECASE,
)
# A relapse said after an ambiguous term makes it a person's: "vertigo sy kambuh lagi",
# "asam urat kambuh", "maag nya kumat".
_RELAPSE_AFTER = re.compile(
    r"(?P<filler>(?:[ \t]+(?:sy|saya|aku|ku|gue|gw|dia|ibu|bapak|ayah|mama|papa|anak|lagi|lg"
    r"|sering|suka)){0,2})[ \t]*(?:[ \t]|nya[ \t]+)(?:kambuh|kumat|relapse|flare[ \t]+up)\b",
    re.IGNORECASE,
)


def _in(term: str, terms: frozenset[str]) -> bool:
    return term in terms or term.replace(" ", "-") in terms


def _is_medication(term: str) -> bool:
    """A listed medicine, maybe with its form ("salbutamol inhaler")."""
    return _in(term, MEDICATIONS) or _in(term.split()[0], MEDICATIONS)


# Care, aids and states that a message about someone's health may name of anybody (a
# request for a wheelchair, a ward, a therapy session): not taken as that person's.
_NOT_PROMOTED = frozenset({
    "rawat inap", "opname", "kursi roda", "fisioterapi", "physiotherapy", "terapi wicara",
    "speech therapy", "operasi", "dioperasi", "alat bantu dengar", "hamil", "pregnant",
    "alergi", "allergy", "menyusui", "breastfeeding", "haid", "menstruasi", "datang bulan",
    "lasik", "nebulizer", "nebuliser",
})  # fmt: skip
