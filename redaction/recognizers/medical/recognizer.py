"""find_medical, and the MEDICAL recognizer."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.context import Span, SpanRecognizer
from redaction.recognizers.medical.allergies import _allergies
from redaction.recognizers.medical.body import (
    _EYE_PRESCRIPTION,
    _GLASSES_PRESCRIPTION,
    _body_state_pieces,
    _body_symptoms,
)
from redaction.recognizers.medical.cues import (
    _SUBJECT_WINDOW,
    _SUBJECTS,
    _about_an_animal,
    _clause_start,
)
from redaction.recognizers.medical.joining import _JOIN, _join
from redaction.recognizers.medical.public import _NAMED, _benefit, _general_question, _public
from redaction.recognizers.medical.qualifiers import _QUALIFIER, _with_prefix
from redaction.recognizers.medical.results import (
    _BODY_TEMPERATURE,
    _COUNT_IN_THOUSANDS,
    _HEALTH_FIELD,
    _LAB_BARE,
    _LAB_LEVEL,
    _LAB_REPORT,
    _LAB_REPORT_WINDOW,
    _LAB_UNIT_VALUE,
    _LAB_VALUE,
    _LOAD,
    _PRESSURE_NEAR,
    _REQUIREMENT,
    _RESULT_AFTER_LABEL,
    _RESULT_SAID,
    _RESULT_TEST_WINDOW,
    _TEST_RESULT,
    _TESTS_IN,
    _tests_done,
)
from redaction.recognizers.medical.terms import _terms
from redaction.recognizers.medical.treatments import (
    _AID_SUBJECT_WINDOW,
    _BONE_BEFORE,
    _DEVICE,
    _DOSED_MEDICINE,
    _HISTORY_ORGAN,
    _MOBILITY_AID,
    _MOBILITY_CUES,
    _PREGNANCY,
    _TAKEN_DOSE,
    _TAKING,
    _TREATMENT,
    _WORN,
)
from redaction.recognizers.medical.vocabulary import (
    MEDICAL,
    MEDICAL_DOSE_SCORE,
    MEDICAL_SPECIFIC_SCORE,
    MEDICAL_TRIGGERED_SCORE,
    _Piece,
)


def find_medical(text: str) -> list[Span]:
    """Health conditions, treatments, test results and medications said of a person."""
    pieces = _terms(text) + _body_symptoms(text)
    pieces += [
        _Piece(m.start(), _QUALIFIER.match(text, m.end()).end(), MEDICAL_SPECIFIC_SCORE)
        for m in _PREGNANCY.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_SPECIFIC_SCORE) for m in _HISTORY_ORGAN.finditer(text)
    ]
    # the test with its result: "gula darah puasa 186 mg/dL" says which test it was
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for pattern in (_LAB_VALUE, _LAB_UNIT_VALUE)
        for m in pattern.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _TEST_RESULT.finditer(text)
        if not _REQUIREMENT.before(text, m.start(), m.start() - _clause_start(text, m.start(), 40))
    ]
    pieces += [
        _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE)
        for pattern in (_HEALTH_FIELD, _RESULT_AFTER_LABEL, _GLASSES_PRESCRIPTION)
        for m in pattern.finditer(text)
    ]
    pieces += [
        _Piece(
            m.start(),
            m.end(),
            MEDICAL_TRIGGERED_SCORE
            if m.group("subject")
            or m.group("nya")  # "gula darahnya 250": someone's
            or _SUBJECTS.before(text, m.start(), _SUBJECT_WINDOW)  # "my blood sugar was 280"
            or _LAB_REPORT.before(text, m.start(), _LAB_REPORT_WINDOW)
            else None,
        )
        for m in _LAB_BARE.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for pattern in (_COUNT_IN_THOUSANDS, _LAB_LEVEL)
        for m in pattern.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _EYE_PRESCRIPTION.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), _QUALIFIER.match(text, m.end()).end(), MEDICAL_DOSE_SCORE)
        for m in _DOSED_MEDICINE.finditer(text)
        if m.group("frequency") or _TAKING.right_before(text, m.start())
    ]
    pieces += [
        _Piece(m.start("value"), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
        for m in _TAKEN_DOSE.finditer(text)
    ]
    # with when or why it was done: "habis pasang ring jantung", "operasi pemasangan pen"
    pieces += [
        _Piece(_with_prefix(text, m.start()), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _DEVICE.finditer(text)
        if m.group("ambiguous") is None or m.group("organ") is not None
    ]
    # a pin set in a bone broken a little before: "patah tulang selangka, udah dipasang pen"
    pieces += [
        _Piece(
            m.start() if _with_prefix(text, m.start()) < m.start() else m.start("ambiguous"),
            m.end(),
            MEDICAL_TRIGGERED_SCORE,
        )
        for m in _DEVICE.finditer(text)
        if m.group("ambiguous") is not None
        and m.group("organ") is None
        and _BONE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]
    pieces += [
        _Piece(m.start("value"), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
        for m in _TREATMENT.finditer(text)
    ]
    pieces += [_Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE) for m in _WORN.finditer(text)]
    pieces += [
        _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE)
        for m in _RESULT_SAID.finditer(text)
        if _TESTS_IN.search(text, max(0, m.start() - _RESULT_TEST_WINDOW), m.start("value"))
        and not _REQUIREMENT.before(text, m.start(), m.start() - _clause_start(text, m.start(), 40))
    ]
    pieces += [
        _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE) for m in _PRESSURE_NEAR.finditer(text)
    ]
    pieces += [_Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE) for m in _LOAD.finditer(text)]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _BODY_TEMPERATURE.finditer(text)
        if m.group("decimal") or m.group("body") or m.group("nya") or m.group("subject")
    ]
    pieces += _allergies(text)
    pieces += _tests_done(text)
    pieces += _body_state_pieces(text)
    ends = [p.end for p in pieces]
    pieces += (
        []
        if not _MOBILITY_CUES.search(text)
        else [
            _Piece(m.start(), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
            for m in _MOBILITY_AID.finditer(text)
            if _SUBJECTS.before(
                text, m.start(), m.start() - _clause_start(text, m.start(), _AID_SUBJECT_WINDOW)
            )
            # the aid of a condition just named adds nothing: "paraplegic and uses a wheelchair"
            and not any(e <= m.start() and _JOIN.fullmatch(text, e, m.start()) for e in ends)
        ]
    )
    anonymous = not _SUBJECTS.before(text, len(text), len(text)) and not _NAMED.search(text)
    pieces = [
        p
        for p in pieces
        if not _about_an_animal(text, p.start)
        and not _public(text, p)
        and not _benefit(text, p)
        and not (anonymous and _general_question(text, p))
    ]
    return _join(text, pieces)


class MedicalRecognizer(SpanRecognizer):
    """MEDICAL: health conditions, treatments and medications of a person."""

    ENTITY = MEDICAL

    def spans(self, text: str) -> list[Span]:
        return find_medical(text)


def recognizers() -> list[EntityRecognizer]:
    return [MedicalRecognizer()]
