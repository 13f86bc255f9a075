"""Passport pages and their machine-readable zone, tickets with a title after the label,
names in capitals joined by a lower-case "binti", Sundanese digit words and spoken birth
dates after a birthplace."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found_typed


def test_a_passports_machine_readable_zone(analyzer: Analyzer) -> None:
    text = (
        "Date of issue: 12 JAN 2022   Date of expiry: 12 JAN 2032\n"
        "P<IDNWIDJAJA<<FELICIA<ANGELINE<<<<<<<<<<<<<<\n"
        "B9038217<6IDN7906063F3201128<<<<<<<<<<<<<<02\n\nIs this enough?"
    )
    assert found_typed(analyzer, text) == [
        ("PERSON", "WIDJAJA<<FELICIA<ANGELINE"),
        ("ID_PASSPORT", "B9038217"),
        ("DATE_OF_BIRTH", "790606"),
    ]


def test_a_line_of_capitals_and_fillers_alone_is_no_zone(analyzer: Analyzer) -> None:
    assert found_typed(analyzer, "PROMO<<DISKON<BESAR<<<<<<\nberlaku sampai Jumat") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Passenger 1: MR HARTANTO/KEVIN\nPassenger 2: MRS HARTANTO/CLARISSA",
            [("PERSON", "HARTANTO/KEVIN"), ("PERSON", "HARTANTO/CLARISSA")],
        ),
        (
            "1) Surname: NAKAMURA  Given names: YUKI",
            [("PERSON", "NAKAMURA"), ("PERSON", "YUKI")],
        ),
        ("3. MAEMUNAH binti RASIDI", [("PERSON", "MAEMUNAH binti RASIDI")]),
        (
            "nomer abdi nu anyar nya, nol dalapan lima tujuh, dua hiji kosong salapan, opat opat"
            " genep dalapan. hatur nuhun",
            [
                (
                    "PHONE_NUMBER",
                    "nol dalapan lima tujuh, dua hiji kosong salapan, opat opat genep dalapan",
                )
            ],
        ),
        (
            "Saya Fajar, lahir di Bekasi sembilan Oktober sembilan sembilan, rumahnya di",
            [("PERSON", "Fajar"), ("DATE_OF_BIRTH", "sembilan Oktober sembilan sembilan")],
        ),
        (
            "a refill before then. Date of birth third of April, nineteen seventy-one.",
            [("DATE_OF_BIRTH", "third of April, nineteen seventy-one")],
        ),
    ],
)
def test_forms_and_transcripts(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found_typed(analyzer, text) == expected


def test_a_forms_date_labels_are_no_names(analyzer: Analyzer) -> None:
    assert found_typed(analyzer, "Date of issue: 12 JAN 2022   Date of expiry: 12 JAN 2032") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "{'card': '5292820102761613', 'exp': '11/27', 'holder': 'SETIAWATI HANDAYANI'}",
            ("PERSON", "SETIAWATI HANDAYANI"),
        ),
        (
            "Tanggal lahir saya dua puluh delapan Juli delapan dua kalau buat verifikasi.",
            ("DATE_OF_BIRTH", "dua puluh delapan Juli delapan dua"),
        ),
    ],
)
def test_quoted_fields_and_spoken_dates(
    analyzer: Analyzer, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found_typed(analyzer, text)


def test_a_camel_case_brand_is_no_name(analyzer: Analyzer) -> None:
    text = "Halo Kak, kami dari tim keamanan PayNusa. Untuk verifikasi, mohon info"
    assert found_typed(analyzer, text) == []
