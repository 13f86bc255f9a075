"""Passports in travellers' lists (spaced series letter, nationality in brackets), an airline
booking's DOCS line and a lone MRZ line, licences abroad, accounts in payment logs and
payroll tables, e-wallet top-up VAs, population numbers over lines, chat-log speakers after a
bare time, a NIK's holder in brackets, "(b. ...)" birth dates and a traveller's own hotel."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "passports"),
    [
        (
            "Rekap jamaah:\n1. Sarmini C 3321087 Bojonegoro\n2. Muhammad Arif Budiman E 6678123",
            ["C 3321087", "E 6678123"],
        ),
        ("E 8809127 itu no paspor sy kak", ["E 8809127"]),
        ("Kezia Tanoto – E 1029384\nLinda Halim – C 8817207", ["E 1029384", "C 8817207"]),
        (
            "- Hannah Müller (DE) C4J7RT9XK\n- Sofia Rossi (IT) 19AV47382",
            ["C4J7RT9XK", "19AV47382"],
        ),
        ("203\tPeter Hansen\t207743158 (DK)", ["207743158"]),
        ("SSR DOCS QZ HK1/P/IDN/E4718203/IDN/12MAR88/M/08FEB33/SANTOSO/ANDREAS", ["E4718203"]),
        ("gini:\nE1937245<2IDN9302174F3108266<<<<<<<<<<<<<<04\nsalah?", ["E1937245"]),
    ],
)
def test_passports(analyzer: Analyzer, text: str, passports: list[str]) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == passports


@pytest.mark.parametrize(
    "text",
    [
        "total Rp 1234567 ya",
        "kode booking C 1234567",
        "Jakarta - Singapore - 2450000",
        "rek (BRI) 12345678",
        "Order no. E 1234567-2",
    ],
)
def test_no_passport(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == []


@pytest.mark.parametrize(
    ("text", "birth_date"),
    [
        ("SSR DOCS QZ HK1/P/IDN/E4718203/IDN/12MAR88/M/08FEB33/SANTOSO/ANDREAS", "12MAR88"),
        ("baris bawahnya:\nE1937245<2IDN9302174F3108266<<<<<<<<<<<<<<04", "930217"),
        ("Members: Adam Novak (b. 12 Apr 1983), 2 children", "12 Apr 1983"),
    ],
)
def test_birth_dates(analyzer: Analyzer, text: str, birth_date: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == [birth_date]


def test_no_birth_date_after_a_size(analyzer: Analyzer) -> None:
    assert found(analyzer, "Ukuran (b. 12 cm), warna hitam", "DATE_OF_BIRTH") == []


def test_licence_abroad_of_six_digits(analyzer: Analyzer) -> None:
    text = "suami sy Aidan pakai licence Selandia Baru DK482913. Bisa nyetir kan?"
    assert found(analyzer, text, "ID_SIM") == ["DK482913"]


@pytest.mark.parametrize(
    ("text", "accounts"),
    [
        (
            "Tenant payment log:\nRoom 2\tFina\tIDR 1.3m\tfrom 1230 0054 9916 2\tpaid",
            ["1230 0054 9916 2"],
        ),
        ("I donated IDR 2,500,000 from 2740 1182 96 on 12 July", ["2740 1182 96"]),
        ("Siap kak, refund Rp 50.000 sdh kami kirim ke 1156339007 ya", ["1156339007"]),
        (
            "No\tNama\tRek BCA\tGaji\n1\tEko\t0883012741\t5.200.000\n"
            "2\tGunawan\t1880452297\t6.100.000",
            ["0883012741", "1880452297"],
        ),
        (
            "12/07 TRSF E-BANKING DB Rp 150.000,00 70001081234567890 SHOPEEPAY",
            ["70001081234567890"],
        ),
    ],
)
def test_accounts(analyzer: Analyzer, text: str, accounts: list[str]) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == accounts


@pytest.mark.parametrize(
    "text",
    [
        "transfer dari 081234567890 ya kak",  # a mobile: an e-wallet's or the sender's phone
        "bayar 1234567890123 dana darurat",
    ],
)
def test_no_account(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "09:14 Ayu: kak td aku tf\n09:15 Ayu: itu bener rek kakak kan?\n09:21 Bagas: bukan",
            ["Ayu", "Ayu", "Bagas"],
        ),
    ],
)
def test_names(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert found(analyzer, text, "PERSON") == names


def test_agenda_items_after_times_are_no_names(analyzer: Analyzer) -> None:
    text = "Rundown:\n08:00 Registrasi: peserta\n09:00 Pembukaan: sambutan\n12:00 Ishoma: makan"
    assert found(analyzer, text, "PERSON") == []


def test_a_travellers_own_hotel_is_an_address(analyzer: Analyzer) -> None:
    text = "Nama Jack Whitmore. Hotel sy di Jl. Monkey Forest No. 21, Ubud, Gianyar. Bayar cash"
    assert found(analyzer, text, "ADDRESS") == ["Jl. Monkey Forest No. 21, Ubud, Gianyar"]


def test_a_hotels_address_is_no_persons(analyzer: Analyzer) -> None:
    text = "Hotel Santika di Jl. Monkey Forest No. 21, Ubud ya kak"
    assert found(analyzer, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("NIK sy, kepotong:\n3204 1150\n0389 0042\nsorry", "ID_NIK", "3204 1150\n0389 0042"),
        ("No KK:\n3204 1115\n0308 0042", "ID_KK", "3204 1115\n0308 0042"),
    ],
)
def test_population_numbers_over_lines(
    analyzer: Analyzer, text: str, entity_type: str, value: str
) -> None:
    assert found(analyzer, text, entity_type) == [value]


def test_figures_over_lines_are_no_population_number(analyzer: Analyzer) -> None:
    assert found(analyzer, "harga:\n3204 1150\n0389 0042", "ID_NIK") == []


def test_a_numbers_holder_in_brackets(analyzer: Analyzer) -> None:
    text = "NIK istri: 3515115703820005 (Muslikah)"
    assert found(analyzer, text, "PERSON") == ["Muslikah"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("meja 5 (Outdoor)", "Outdoor"),
        ("total 1.250.000 (Lunas)", "Lunas"),
        ("tf ke Melati 0092-0116-3382 (Permata)", "Permata"),  # a bank that is also a name
        ("kartu 4111 1111 1111 1111 (Amex)", "Amex"),
    ],
)
def test_a_word_in_brackets_after_other_numbers_is_no_name(
    analyzer: Analyzer, text: str, word: str
) -> None:
    assert word not in found(analyzer, text, "PERSON")


def test_a_chat_abbreviation_opening_a_sentence_is_no_name(analyzer: Analyzer) -> None:
    text = "yg lama udh aku revoke ya. Jgn commit ke github lagi"
    assert found(analyzer, text, "PERSON") == []
