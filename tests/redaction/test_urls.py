"""Links: only those that lead to a person are personal data, and Presidio's URL pattern
runs only on texts that can hold one, with the same results as running it everywhere."""

from __future__ import annotations

from types import MethodType

import pytest
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from redaction.analyzer import Analyzer
from redaction.engine import build_engine
from redaction.recognizers import urls

TEXTS = [
    "follow ig aku ya instagram.com/budi.santoso88",
    "file KTP nya di https://drive.google.com/file/d/1AbC/view?usp=sharing",
    "bayar lewat https://pay.tokoku.co.id/checkout?order=INV123&email=budi@mail.com",
    "cek katalog di www.tokoku.co.id atau tokopedia.com/tokoku",
    "chat aja wa.me/6281234567890",
    "Sp.KG praktek di klinik.sehat.id",
    "ok kak makasih",
]


@pytest.fixture(scope="module")
def everywhere() -> Analyzer:
    """An analyzer whose URL recognizer runs on every text (Presidio's own behaviour)."""
    engine = build_engine()
    for recognizer in engine.registry.recognizers:
        if isinstance(recognizer, urls.PersonalUrlRecognizer):
            recognizer.analyze = MethodType(UrlRecognizer.analyze, recognizer)
    return Analyzer(engine, cache_size=0)


@pytest.mark.parametrize("text", TEXTS)
def test_same_results_as_the_pattern_run_everywhere(analyzer, everywhere, text):
    assert Analyzer(analyzer._engine, cache_size=0).analyze(text) == everywhere.analyze(text)


def test_the_pattern_is_skipped_where_no_link_to_a_person_can_be():
    recognizer = urls.PersonalUrlRecognizer()
    assert recognizer.analyze("cek www.tokoku.co.id ya", ["URL"]) == []
    found = recognizer.analyze("ig: instagram.com/budi.santoso88 ya", ["URL"])
    assert [r.entity_type for r in found] == ["URL"]


def test_a_link_to_a_person_is_kept_and_a_shops_site_is_not(analyzer):
    kept = analyzer.analyze(TEXTS[0])
    assert [(e.type, TEXTS[0][e.start : e.end]) for e in kept] == [
        ("URL", "instagram.com/budi.santoso88")
    ]
    assert [e.type for e in analyzer.analyze(TEXTS[3])] == []
