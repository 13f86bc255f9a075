"""Names in short casual messages (lower case after "an", a greeting or "ya", foreign and
Balinese names in lower case, a second lower-case name after a relation), what is no name
(a month next to its day, a dictionary word after "kak", businesses named by a food, a tax
office, a meeting room), birth dates in lists of people, and passports and plates in typed
table columns."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("kirim ke jl kenanga 3 no 14 bandung 40191\nan rina 081221783340", ["rina"]),
        ("brg yg dtg salah warna, mau retur gmn. an mikhaela", ["mikhaela"]),
        ("iya bun, semoga cepet sembuh ya nayla 🤗 surat izinnya nanti", ["nayla"]),
        ("tp temen sy jonas di jerman minta iban sy", ["jonas"]),
        ("ok book wed. ask for rosa at the gate", ["rosa"]),
        (
            "i gede putu ariawan sm ni luh made sukerti, brgkt dr denpasar",
            ["i gede putu ariawan", "ni luh made sukerti"],
        ),
        ("anak sy alya putri, no bpjs 0002318890472", ["alya putri"]),
        ("Parent: Hanung 0274 886 412", ["Hanung"]),
        ("2. SPXID05102938502 – pembeli Melati S – Rp 145.000", ["Melati S"]),
        ("wah harus perpanjang dl bu, paspor bu hj. romlah bisa diurus", ["romlah"]),
        ("bisa nego tipis kak. sy marcell dr Ray White", ["marcell"]),
    ],
)
def test_names_in_casual_messages(analyzer: Analyzer, text: str, names: list) -> None:
    assert found(analyzer, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "I'd like an apple",
        "pengen beli an ayam 2",
        "halo gaes, besok rapat",
        "ok ya sayang",
        "hi team, reminder",
        "i made it yesterday",
        "Kak booking creambath utk Sabtu",
        "Mas internet kantor mati total",
        "kak rental kamera a7 iii 2 hari",
        "Guest name Keiko, arrival Oct 14, 3 nights.",
        "Hi kak, jadwal kirim Kamis 30 Mei, tim pengiriman 2 org",
        "Bakpia Mei Ling enak",
        "kami dari KPP Pratama Bandung Karees. Mohon",
        "townhall jam 3 sore di Ruang Borobudur lt. 12 ya",
        "pembeli baru bulan ini 20 org",
        "ke sinilah pak",
        "sy pesen dari Shopee",
    ],
)
def test_words_that_are_no_names_here(analyzer: Analyzer, text: str) -> None:
    assert [n for n in found(analyzer, text, "PERSON") if n != "Keiko"] == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("registering:\n1) Daniel Saputra – M – 1990-07-14 – size L", ["1990-07-14"]),
        ("Wahyudi – 03/03/1983 – alergi telur", ["03/03/1983"]),
        ("Nama | Tgl lahir\nSURYADI HALIM | 03-01-1966", ["03-01-1966"]),
    ],
)
def test_birth_dates_in_lists_of_people(analyzer: Analyzer, text: str, dates: list) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == dates


def test_a_contract_period_is_no_birth_date(analyzer: Analyzer) -> None:
    assert found(analyzer, "kontrak berlaku 2019-01-01 - 2023-12-31", "DATE_OF_BIRTH") == []


def test_passports_and_plates_in_typed_columns(analyzer: Analyzer) -> None:
    text = (
        "Manifest:\nNo | Nama | Paspor | Tgl lahir\n1 | SURYADI HALIM | E 1049823 | 03-01-1966\n"
        "2 | KEZIA HALIM | E 3381207 | 11-11-2003\nVisa on process"
    )
    assert found(analyzer, text, "ID_PASSPORT") == ["E 1049823", "E 3381207"]
    plates = "Nama;Nopol;Jam\nBudi;B 1234 KJT;08.00\nSari;D 991 AB;09.00"
    assert found(analyzer, plates, "ID_PLATE") == ["B 1234 KJT", "D 991 AB"]
