"""MEDICAL: health statements built from terms, body parts and symptoms, results and lists."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a body part with its symptom, either order, with the side and more body parts
        ("anak sy lututnya bengkak sejak jatuh kemarin", ["lututnya bengkak"]),
        ("pergelangan kaki kiri sy memar dan nyeri", ["memar dan nyeri"]),
        ("bayiku kuning di mata dan kulit, normal gak?", ["kuning di mata dan kulit"]),
        ("suami patah tulang rusuk kanan habis jatuh", ["patah tulang rusuk kanan"]),
        ("My daughter sprained her left ankle at practice", ["sprained her left ankle"]),
        ("gusi sy berdarah terus tiap sikat gigi", ["berdarah"]),
        # lists of complaints are one span
        ("dari kemarin mual, pusing dan lemas, kayak masuk angin", ["mual, pusing dan lemas"]),
        ("obat untuk batuk, pilek dan demam", []),
        ("tangan gatal dan kemerahan setelah pakai sabun itu", ["tangan gatal dan kemerahan"]),
        # cues before the term belong to it, severity and side after it
        ("ibu mertua kena DBD minggu lalu", ["kena DBD"]),
        ("kata dokter gejala vertigo, disuruh istirahat", ["gejala vertigo"]),
        ("hasil rontgen dicurigai pneumonia", ["dicurigai pneumonia"]),
        ("He has mild asthma and eczema", ["mild asthma and eczema"]),
        ("adik sy autis ringan", ["autis ringan"]),
        ("nenek pakai kursi roda sejak jatuh", ["pakai kursi roda"]),
        ("tante sy lumpuh sebelah sejak stroke", ["lumpuh sebelah", "stroke"]),
        # pregnancy with its term, due date
        ("Istri sy hamil 12 minggu, mual parah", ["hamil 12 minggu, mual parah"]),
        ("usia kandungan 20 minggu, HPL 3 Maret", ["usia kandungan 20 minggu"]),
        ("sekarang hamil anak ketiga", ["hamil anak ketiga"]),
        # laboratory results in any unit, test results
        ("hasil lab: trombosit 98.000/µL", ["trombosit 98.000/µL"]),
        ("TSH 0,2 mIU/L katanya rendah", ["TSH 0,2 mIU/L"]),
        ("Kreatinin 2,1 mg/dL, ureum 80 mg/dL", ["Kreatinin 2,1 mg/dL, ureum 80 mg/dL"]),
        ("swab antigen positif kemarin", ["swab antigen positif"]),
        ("kemarin ferritin 12 ng/mL", ["ferritin 12 ng/mL"]),
        # medicines with dose and frequency
        ("resep buat bapak: bisoprolol 5 mg 1x1 pagi", ["bisoprolol 5 mg 1x1 pagi"]),
        ("Diagnosis: gastritis (K29.7)", ["gastritis (K29.7)"]),
    ],
)
def test_health_statements(text: str, values: list[str]) -> None:
    assert medical(text) == values


@pytest.mark.parametrize(
    "text",
    [
        # medicines asked for in a shop are products
        "kak ada ibuprofen sirup anak gak?",
        "Do you sell cetirizine 10 mg?",
        "apotek jual amoxicillin tanpa resep?",
        # products, pets, idioms and questions of a form
        "serum ini cocok untuk kulit gatal dan kemerahan",
        "obat sakit gigi yg ampuh apa ya kak",
        "anjing sy muntah2 dari pagi, vet buka?",
        "sakit hati banget sama kurirnya",
        "patah hati gara-gara dia",
        "Ada alergi obat?",
        "pusing mikirin ongkir",
        "kolesterol 2 box sama asam urat 3 botol",
        "mata uang rupiah melemah, harga naik",
        "kaki meja patah, bisa retur?",
    ],
)
def test_not_health_data(text: str) -> None:
    assert medical(text) == []


def test_figurative_symptom_only_inside_a_list() -> None:
    assert medical("aduh pusing") == []
    assert medical("anak sy demam dan pusing") == ["demam dan pusing"]


def test_bare_laboratory_numbers_in_a_report_of_results() -> None:
    assert medical("hasil lab ibu: asam urat 8,4, kolesterol 245") == [
        "asam urat 8,4, kolesterol 245"
    ]
    assert medical("kolesterol 2 box sama asam urat 3 botol") == []
    assert medical("mau cek kolesterol & asam urat buat bapak") == []


def test_a_subject_a_word_away_triggers_an_ambiguous_term() -> None:
    assert medical("istriku baru keguguran minggu lalu") == ["keguguran"]
