"""The context step gives exactly Presidio's results, without its copies and scans."""

from __future__ import annotations

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redaction.engine import LANGUAGE
from redaction.enhancer import ContextEnhancer

TEXTS = (
    "my credit card is 4111 1111 1111 1111, expires next year",
    "kartu kredit 5500 0000 0000 0004 atas nama Budi",
    "email me at budi.santoso@example.co.id or call 0812-3456-7890",
    "IBAN DE89 3704 0044 0532 0130 00 for the refund, IP 192.168.10.4",
    "NIK 3174055507900001, NPWP 09.254.294.3-407.000, no rek BCA 1234567890",
    "passport A1234567 and SIM 1234-5678-901234; website https://toko.example.com",
)


def _results(engine, enhancer, text):
    engine.context_aware_enhancer = enhancer
    found = engine.analyze(text=text, language=LANGUAGE, return_decision_process=True)
    return sorted(
        (r.entity_type, r.start, r.end, round(r.score, 9),
         getattr(r.analysis_explanation, "supportive_context_word", None))
        for r in found
    )  # fmt: skip


def test_scores_match_presidio_on_short_and_long_texts(analyzer):
    engine = analyzer._engine
    assert isinstance(engine.context_aware_enhancer, ContextEnhancer)
    long_text = "\n".join(TEXTS * 20)
    try:
        for text in (*TEXTS, long_text):
            ours = _results(engine, ContextEnhancer(), text)
            presidio = _results(engine, LemmaContextAwareEnhancer(), text)
            assert ours == presidio, text
        # context words did raise scores (the comparison is not of unchanged results)
        assert any(word for *_, word in _results(engine, ContextEnhancer(), TEXTS[0]))
    finally:
        engine.context_aware_enhancer = ContextEnhancer()
