"""Laboratory readings with a bare number in a report (triglycerides, eGFR, oxygen
saturation, AMH) and a swab's result named with its method ("swab PCR positif")."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(cache_size=0)


def _covered(analyzer: Analyzer, text: str, value: str) -> bool:
    """Whether one MEDICAL entity holds the whole of ``value``."""
    start, end = text.index(value), text.index(value) + len(value)
    return any(
        e.start <= start and end <= e.end for e in analyzer.analyze(text) if e.type == "MEDICAL"
    )


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Lab results for Budi: fasting glucose 126 mg/dL, triglycerides 310.",
            "triglycerides 310",
        ),
        (
            "dok ini hasil lab nyokap: HbA1c 9,4, kreatinin 1,8, eGFR 38. apa harus cuci darah?",
            "eGFR 38",
        ),
        ("dok sy Ketut, kmrn swab PCR positif, saturasi 93. bahaya ga?", "saturasi 93"),
        ("dok sy Ketut, kmrn swab PCR positif, saturasi 93. bahaya ga?", "swab PCR positif"),
        ("We're doing our 2nd IVF cycle; my wife's AMH is 0.9.", "AMH is 0.9"),
    ],
)
def test_readings_in_a_report(analyzer: Analyzer, text: str, reading: str) -> None:
    assert _covered(analyzer, text, reading)


@pytest.mark.parametrize(
    "text",
    [
        "saturasi 93 unit ruangan, 120 kamar",  # no report, no one's reading
        "syarat: hasil swab antigen negatif",  # a requirement, nobody's result
    ],
)
def test_no_reading_without_a_report_or_a_person(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "MEDICAL") == []
