"""Numbers joined by dashes of any width, digits spaced one by one in dashed groups, a mobile
number dialled from abroad with 0062, a foreign number in its local form after a phone
label, a digital bank's pocket, a BPJS Ketenagakerjaan number in pairs of digits and a BPJS
Kesehatan card number that starts with four zeros, an NPWP in groups of four."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from redaction.folding import fold
from tests.redaction.support import found_typed


def test_wide_dashes_fold_to_hyphens_keeping_offsets() -> None:
    folded, origin = fold("no 0856–4712—0983")
    assert folded == "no 0856-4712-0983"
    assert origin == list(range(len(folded)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Salsa – NIK 3307–1966–0997–0028", ("ID_NIK", "3307–1966–0997–0028")),
        ("nama Wiwik, no 0856–4712–0983 ya", ("PHONE_NUMBER", "0856–4712–0983")),
        ("📱 +62 812–7766–3301", ("PHONE_NUMBER", "+62 812–7766–3301")),
        ("pengirim:\n0 8 1 3 - 5 5 2 1 - 0 0 9 8", ("PHONE_NUMBER", "0 8 1 3 - 5 5 2 1 - 0 0 9 8")),
        ("norek:\n0 9 8 7 - 6 5 4 - 3 2 1\nbca", ("BANK_ACCOUNT", "0 9 8 7 - 6 5 4 - 3 2 1")),
        ("aku Nadia, wa 0062 812 1544 9078", ("PHONE_NUMBER", "0062 812 1544 9078")),
        ("Jago: kantong utama no 1022 3344 9871", ("BANK_ACCOUNT", "1022 3344 9871")),
        ("bpjs tk, no kepesertaan KPJ 21 03 4418 770", ("ID_BPJS", "21 03 4418 770")),
        ("1. Lamhot Pardede\n2. 17-07-83\n3. 0000973310548", ("ID_BPJS", "0000973310548")),
        ("NPWP 0925 4294 3407 000 ya kak", ("ID_NPWP", "0925 4294 3407 000")),
        ("Name Rachel Ong, phone (65) 8123 4490. Visa ok?", ("PHONE_NUMBER", "(65) 8123 4490")),
        ("Aaron Mitchell, phone 04 1288 3390 (AU)", ("PHONE_NUMBER", "04 1288 3390")),
        ("call me at 07700 900123 (UK mobile)", ("PHONE_NUMBER", "07700 900123")),
    ],
)
def test_found(analyzer: Analyzer, text: str, value: tuple[str, str]) -> None:
    assert value in found_typed(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "skor akhir 1 - 2 - 3 - 4 - 5",  # a few digits, no number
        "beli kantong plastik 100 pcs",
        "WA 08 12 2024 jam 10",  # a date after a phone word
        "kode 0000000000012",  # zeros and a digit
        "NPWP 09 254 ya, sisanya nyusul",  # a part of a tax number
        "Bengkel Jaya Motor, telp (022) 7512 300",  # a business's line
    ],
)
def test_not_found(analyzer: Analyzer, text: str) -> None:
    assert found_typed(analyzer, text) == []
