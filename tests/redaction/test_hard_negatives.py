"""Hard negatives: medicines asked for in a shop, lodging and minimarket branches, lettered
pickup references."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


@pytest.mark.parametrize(
    "text",
    [
        "kak ada Bodrex Extra isi 4? harganya brp",
        "Is Loratadine 10mg available without a prescription?",
        "Booking 5521903 at Ubud Bamboo Resort Kedewatan is confirmed.",
        "titik ambil: Alfamart Ahmad Yani, buka 24 jam",
        "ambil paket pakai kode pickup JX-550193 ya",
    ],
)
def test_no_personal_data(analyzer: Analyzer, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in analyzer.analyze(text)] == []


def test_medicine_taken_by_a_person_is_still_health_data(analyzer: Analyzer) -> None:
    text = "anak saya minum loratadine 10mg tiap malam"
    assert any(e.type == "MEDICAL" for e in analyzer.analyze(text))
