"""A phone or account number sent in two messages: the first part where a message ends with a
number too short for its label, the rest where a message opens with digits and says it
finishes a number; a mobile number broken over two lines. Amounts, references and whole
numbers keep their own reading."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [
        (e.type, text[e.start : e.end])
        for e in analyzer.analyze(text)
        if e.type in ("PHONE_NUMBER", "BANK_ACCOUNT")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pak kurir, my number is 0812 5521", "0812 5521"),
        ("sy mau sewa kamar utk anak sy. No wa saya 0821 9944 🙏", "0821 9944"),
        ("kontak darurat: +62 813 770", "+62 813 770"),
    ],
)
def test_a_mobile_cut_short_after_its_label(analyzer: Analyzer, text: str, value: str) -> None:
    assert found(analyzer, text) == [("PHONE_NUMBER", value)]


def test_an_account_cut_short_after_its_holder(analyzer: Analyzer) -> None:
    text = "mas tf ke rek BSI sy aja ya a/n Nurul Fadhilah 712345"
    assert found(analyzer, text) == [("BANK_ACCOUNT", "712345")]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("8890 sorry kepotong. Paketnya taruh di lobby aja ya", "8890", "PHONE_NUMBER"),
        ("3107 maaf kepencet kirim 🙏 itu no lengkapnya", "3107", "PHONE_NUMBER"),
        ("0061 (kepotong td hehe)", "0061", "PHONE_NUMBER"),
        ("4471 02 kepotong, itu lanjutan rekening yg tadi", "4471 02", "BANK_ACCOUNT"),
    ],
)
def test_the_rest_of_a_number_opening_a_message(
    analyzer: Analyzer, text: str, value: str, entity: str
) -> None:
    assert found(analyzer, text) == [(entity, value)]


@pytest.mark.parametrize(
    "text",
    [
        "transfer ke rek BCA a.n. Toko Maju 15000",  # an amount after the holder
        "total 150000 kepotong ongkir ya",  # not a number finishing another
        "saldo sy kepotong Rp 250.000",
        "no pesanan 0812 334",  # a reference's number
        "2 pcs kepotong harganya?",
        "rek BCA a.n. Budi 15 menit lagi ya",
    ],
)
def test_amounts_and_references_are_not_fragments(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_a_whole_number_at_the_end_is_read_whole(analyzer: Analyzer) -> None:
    text = "my number is 0812 3456 7890"
    assert found(analyzer, text) == [("PHONE_NUMBER", "0812 3456 7890")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0838 1290\n4456", "0838 1290\n4456"),
        ("nomor aku 0812 3456\n7890 ya kak", "0812 3456\n7890"),
    ],
)
def test_a_mobile_over_two_lines(analyzer: Analyzer, text: str, value: str) -> None:
    assert found(analyzer, text) == [("PHONE_NUMBER", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hp 0812 3456 7890\n2 pcs", [("PHONE_NUMBER", "0812 3456 7890")]),
        ("harga 0812\n4456", []),
    ],
)
def test_a_whole_number_and_a_line_after_it_are_not_joined(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(analyzer, text) == expected
