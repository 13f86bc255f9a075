"""Body parts with their symptoms, eyesight, periods, fevers, senses and body measures."""

from __future__ import annotations

import re

from redaction.recognizers.context import Keywords
from redaction.recognizers.medical.cues import (
    _PRODUCT_BEFORE,
    _SHOP_AFTER,
    _asked_in_a_shop,
    _clause_start,
)
from redaction.recognizers.medical.qualifiers import _QUALIFIER, _with_prefix
from redaction.recognizers.medical.results import _REQUIREMENT
from redaction.recognizers.medical.term_patterns import _institution_before
from redaction.recognizers.medical.treatments import _DRUG_ACRONYM, _THERAPY_ACRONYM
from redaction.recognizers.medical.vocabulary import (
    _BODY,
    _SIDE,
    _SYMPTOM,
    BODY_PARTS,
    MEDICAL_SPECIFIC_SCORE,
    MEDICAL_TRIGGERED_SCORE,
    SYMPTOMS,
    _first_letters,
    _Piece,
)

# Words that may stand between a body part and its symptom: "muka sy malah merah2".
_BODY_FILLER = (
    r"(?:sy|saya|aku|gue|gw|dia|anak|malah|jadi|jd|agak|sangat|sering|mulai|kok|udah|sudah"
    r"|sdh|lagi|lg|masih|terasa|kerasa|rasanya|sedikit|dikit|makin|semakin|tambah|tiba2"
    r"|tiba-tiba|kayak|jg|juga|is|are|was|feels?|got|gets?|became|very|really|so)"
)
# A body part, then its symptom: "kaki bengkak", "gigi gerahamnya berlubang", "muka sy malah
# merah2", "my knee is swollen".
_BODY_THEN_SYMPTOM = re.compile(
    rf"(?<![\w-]){_first_letters(BODY_PARTS)}(?P<body>{_BODY}(?:[ \t]+(?:{_BODY}|{_SIDE}))*)"
    rf"(?P<filler>(?:[ \t]+{_BODY_FILLER}){{0,2}})[ \t]+(?P<symptom>{_SYMPTOM})(?![\w-])",
    re.IGNORECASE,
)
# A symptom, then its body part: "sakit gigi", "kuning di mata dan kulit", "patah tulang
# selangka kiri", "chipped my front tooth", "nyeri di lutut kanan".
_SYMPTOM_THEN_BODY = re.compile(
    rf"(?<![\w-]){_first_letters(SYMPTOMS)}(?P<symptom>{_SYMPTOM})"
    r"(?:[ \t]+(?:di|pada|on|in|bagian))?"
    rf"(?:[ \t]+(?:my|his|her|their|the|a))?(?:[ \t]+{_SIDE})?[ \t]+{_BODY}"
    rf"(?:[ \t]+(?:{_BODY}|{_SIDE}))*"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:dan|&|and)[ \t]+){_BODY}(?:[ \t]+{_SIDE})?)*(?![\w-])",
    re.IGNORECASE,
)

# An eye's prescription: "mata minus 3", "mata kanan silinder 0,75", "berkacamata minus 3".
_EYE_PRESCRIPTION = re.compile(
    r"\b(?:berkaca[ \t]*mata|mata(?:nya|ku)?(?:[ \t]+(?:sy|saya|aku|anak|kanan|kiri|ku|nya))*)"
    r"[ \t]+(?:minus|min"
    r"|plus|silinder|silindris|cylinder)[ \t]*\d{1,2}(?:[.,]\d{1,2})?\b",
    re.IGNORECASE,
)
# ... worn by someone: "pake kacamata minus 3" (the prescription; "kacamata minus 3" alone
# may be a shop's product).
_GLASSES_PRESCRIPTION = re.compile(
    r"\b(?:pake|pakai|memakai|pakek|wear|wears|wearing)[ \t]+(?:kacamata|kaca[ \t]+mata|softlens"
    r"|lensa[ \t]+kontak|glasses|contacts|contact[ \t]+lenses)[ \t]+(?P<value>(?:minus|min|plus"
    r"|silinder|cylinder|cyl|-)[ \t]*\d{1,2}(?:[.,]\d{1,2})?)\b",
    re.IGNORECASE,
)

# An eye's prescription without the word "mata": "aku minus 4 kiri minus 4,5 kanan, plus
# silinder 1" (in a message about eyes: "mata", "lasik", "rabun"; not "saldo minus 4 juta").
_EYE_VALUE = re.compile(
    r"(?<![\w-])(?:minus|silinder|silindris|cylinder|cyl|plus)[ \t]*\d{1,2}(?:[.,]\d{1,2})?"
    r"(?![\w%/]|[.,]\d|[ \t]*(?:juta|jt|rb|ribu|hari|jam|kg|derajat|poin|points?|orang|kali)\b)"
    r"",
    re.IGNORECASE,
)
_EYE_CONTEXT = re.compile(
    r"\b(?:(?:kaca[ \t]*)?mata(?:nya|ku)?|eyes?|lasik|rabun|astigmat\w*|glasses|lensa|softlens"
    r"|spectacles)\b",
    re.IGNORECASE,
)
_EYE_WINDOW = 120
# ... not a lens named by its power: "kacamata minus 2 frame titanium harganya berapa?" (the
# power of glasses someone wears: "pake kacamata minus 3", "klaim kacamata ... dipake buat
# minus 4,5")
_LENS = Keywords("kacamata", "kaca mata", "lensa", "softlens", "glasses", "lens", "lenses")

# A period out of order: "haid tidak teratur", "mens ga lancar", "siklus haidnya berantakan".
_MENSTRUAL_DISORDER = re.compile(
    r"\b(?:siklus[ \t]+)?(?:haid|mens|menstruasi|datang[ \t]+bulan|period|periods)"
    r"(?:[ \t]*(?:nya|ku|sy|saya|aku))?[ \t]+(?:(?:tidak|tdk|ga|gak|nggak|ngga|enggak|g|kurang"
    r"|jadi|not|is|are)[ \t]+)?(?:teratur|lancar|berantakan|kacau|irregular|regular)\b",
    re.IGNORECASE,
)
# A febrile seizure in chat ("dia step pas demamnya 39,8"): "step" after the child or
# "sempat", with a fever named nearby.
_FEBRILE_STEP = re.compile(
    r"\b(?:sempat|pernah|kena|jadi|sampai|sampe|dia|anak\w*|bayi\w*|adik\w*|adek\w*|dedek"
    r"|si[ \t]+kecil)[ \t]+(?P<value>step|setep)\b",
    re.IGNORECASE,
)
_FEVER = re.compile(r"\b(?:demam|panas|kejang|fever|febris)", re.IGNORECASE)

# Blindness, deafness and paralysis with their extent: "buta sebelah", "tuli total",
# "lumpuh separuh badan", "blind in one eye".
_SENSE_LOSS = re.compile(
    r"\b(?P<value>buta|tuli|budek|rabun|lumpuh|blind|deaf)[ \t]+(?:sebelah|total|permanen|separuh"
    r"|sejak[ \t]+lahir|kedua[ \t]+(?:mata|telinga|kaki)|in[ \t]+(?:one|both)[ \t]+(?:eyes?|ears?)"
    r"|jauh|dekat)\b",
    re.IGNORECASE,
)
# A weight or height, someone's health data only in a message about their health: "BB 6,1 kg",
# "TB nya 79 cm", "lahir prematur, berat 1,4 kg", "BB cuma 8,5 kg".
_BODY_MEASURE = re.compile(
    r"\b(?:BB|TB|PB|berat(?:[ \t]+(?:badan|lahir))?|tinggi[ \t]+badan|panjang[ \t]+badan"
    r"|lingkar[ \t]+kepala|(?:birth[ \t]+)?weight|height)(?:[ \t]*nya)?"
    r"(?:[ \t]*:|[ \t]+(?:cuma|cm(?=[ \t]+\d)|hanya|skrg|sekarang|tinggal|masih|naik|turun|jadi|jd"
    r"|is|was|only))*[ \t]*"
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:kg|cm|gram|gr)\b",
    re.IGNORECASE,
)
# The verdict before the test: "positive antigen this morning", "positif covid".
_VERDICT_THEN_TEST = re.compile(
    r"\b(?:positif|negatif|positive|negative|reaktif|reactive)[ \t]+(?:for[ \t]+|untuk[ \t]+)?"
    r"(?:ns1|igg|igm|pcr|swab|antigen|rapid[ \t]+test|widal|hbsag|hpv|hiv|covid(?:-19)?|tbc|tb"
    r"|dengue)\b",
    re.IGNORECASE,
)


def _body_state_pieces(text: str) -> list[_Piece]:
    """Eyesight, periods, febrile seizures, aids, blindness, body measures and verdicts said
    before their test. (Not blood groups: a form's field, as on every identity card.)"""
    pieces: list[_Piece] = []
    lowered = text.lower()
    if "minus" in lowered or "silinder" in lowered or "plus" in lowered:
        for m in _EYE_VALUE.finditer(text):
            window = text[max(0, m.start() - _EYE_WINDOW) : m.end() + _EYE_WINDOW]
            if (
                _EYE_CONTEXT.search(window)
                and not _asked_in_a_shop(text, m.start())
                and not _SHOP_AFTER.match(text, m.end())
                and not _LENS.right_before(text, m.start())
            ):
                pieces.append(_Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE))
    # each pattern only where a word it needs occurs (most messages have none)
    patterns = [
        pattern
        for pattern, cues in (
            (_MENSTRUAL_DISORDER, ("haid", "mens", "period", "datang bulan")),
            (_VERDICT_THEN_TEST, ("posit", "negat", "reakti", "reacti")),
        )
        if any(cue in lowered for cue in cues)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for pattern in patterns
        for m in pattern.finditer(text)
        if not _REQUIREMENT.before(text, m.start(), m.start() - _clause_start(text, m.start(), 40))
    ]
    if any(cue in lowered for cue in ("buta", "tuli", "budek", "rabun", "lumpuh", "blind", "deaf")):
        pieces += [
            _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE) for m in _SENSE_LOSS.finditer(text)
        ]
    if "step" in lowered:
        pieces += [
            _Piece(*m.span("value"), MEDICAL_SPECIFIC_SCORE)
            for m in _FEBRILE_STEP.finditer(text)
            if _FEVER.search(text, max(0, m.start() - 60), m.end() + 60)
        ]
    pieces += [
        _Piece(m.start("value"), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
        for m in _DRUG_ACRONYM.finditer(text)
    ]
    # a weight or a therapy in a message about someone's health (reported only with other
    # health data)
    if "kg" in lowered or "cm" in lowered:
        pieces += [_Piece(m.start(), m.end(), None) for m in _BODY_MEASURE.finditer(text)]
    if "terapi" in lowered or "therapy" in lowered:
        pieces += [_Piece(*m.span("value"), None) for m in _THERAPY_ACRONYM.finditer(text)]
    return pieces


def _body_symptoms(text: str) -> list[_Piece]:
    pieces = []
    for match in _BODY_THEN_SYMPTOM.finditer(text):
        # ("bypass heart surgery")
        start = (
            match.start("symptom") if match.group("filler") else _with_prefix(text, match.start())
        )
        if _PRODUCT_BEFORE.right_before(text, match.start()):
            continue
        end = _QUALIFIER.match(text, match.end()).end()
        pieces.append(_Piece(start, end, MEDICAL_TRIGGERED_SCORE))
    for match in _SYMPTOM_THEN_BODY.finditer(text):
        if _PRODUCT_BEFORE.right_before(text, match.start()) or _institution_before(
            text, match.start()
        ):
            continue
        end = _QUALIFIER.match(text, match.end()).end()
        pieces.append(_Piece(_with_prefix(text, match.start()), end, MEDICAL_TRIGGERED_SCORE))
    return pieces
