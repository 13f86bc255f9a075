"""User names after "is", in capitals or closing a sentence; grandparents' titles, wifi
network names, district names, package tiers, teams and greetings that are no names; a card
code asked about and then given, a code given as the reply in a pasted chat; laboratory
readings with where they went, tests named with their virus, procedures and addictions; a
pharmacy's stock list that is nobody's health data."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import persons
from tests.redaction.support import found


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(cache_size=0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My username is rkurniawan and the password I use is Rk#2024", "rkurniawan"),
        ("user id sy ANTONIUSHA1205 kayaknya, passwordnya lupa", "ANTONIUSHA1205"),
        ("sy udh daftar, username nadyaputri04. tolong dicek ya", "nadyaputri04"),
        ("web down lagi, panel login andriyani / Toko!Andr1y4n1", "andriyani"),
    ],
)
def test_user_names_after_their_label(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("login pake email aja kak, username is admin", "admin"),
        ("Welcome to Hotel Santika! Wifi: SANTIKA_GUEST, password: santika2024.", "SANTIKA"),
        ("Welcome to Hotel Santika Bandung! Wi-Fi network: Santika_Guest. Breakfast", "Santika"),
        ("Akun sedang diverifikasi. Nanti password login dikirim via email ya kak.", "dikirim"),
        ("Mas Bayu td Eyang Putri jatuh di kamar mandi", "Putri"),
        ("mbah putri sakit, udah ke dokter", "putri"),
        ("besok mbah kakung ulang tahun ke 80", "kakung"),
        ("From: Fadhil Rahman <fadhil.rahman@outlook.com>\nTo: HR Department\nDate: 8 March", "HR"),
        ("From: Talent Acquisition <recruitment@nusantara.co.id>\nSubject: interview", "Talent"),
        ("Staff Finance kami akan menghubungi Bapak besok", "Finance"),
        ("Hi Finance, pls check the invoice", "Finance"),
        ("Om Swastiastu, Bapak/Ibu. Upacara piodalan di pura besok", "Swastiastu"),
    ],
)
def test_words_that_are_no_names(analyzer: Analyzer, text: str, word: str) -> None:
    assert not any(word in value for value in persons(analyzer, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bu Putri sakit, besok izin ya", "Putri"),
        ("td mbah kakung Slamet udah dijemput", "Slamet"),
        ("ig: rina_putri ya kak", "rina_putri"),
        ("Nama: SUBUH HARI CAHYANTO\nNIK: -", "SUBUH HARI CAHYANTO"),
        ("To: Mark\nSubject: invoice", "Mark"),
        ("- Emergency contact: Laksmi (istri) 0812 9910 3476", "Laksmi"),
        ("Hi Grace, pls check the invoice", "Grace"),
        ("Dear Ms Price, we found both items", "Price"),
        ("Penerimanya mbah Kasmini, hp om Gun 0823 2288 0917", "Gun"),
    ],
)
def test_names_next_to_them_stay(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hendrik, 11/07/1979, cabang Manado. cvv nya jg perlu? 062", "062"),
        (
            "Bot: Please enter the 6-digit code we sent to your registered email to continue."
            "\nUser: 305918\nBot: Thanks! Ticket SUP-66310 is now linked.",
            "305918",
        ),
    ],
)
def test_codes_given_after_a_question(analyzer: Analyzer, text: str, code: str) -> None:
    assert found(analyzer, text, "SECRET") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "cvv nya apa? 3 digit di belakang kartu",
        "Bot: Please enter the 6-digit code we sent to your email.\nUser: udah kak\nTotal 250000",
    ],
)
def test_no_code_without_one(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ternyata gula darahnya drop 54, dia diabetes tipe 1", "gula darahnya drop 54"),
        ("tensi bapak naik jadi 180/110 td pagi", "tensi bapak naik jadi 180/110"),
        ("kolesterol sy kmrn tembus 260", "kolesterol sy kmrn tembus 260"),
        ("hasil lab: trombosit 62.000, hematokrit 44, NS1 positif", "hematokrit 44"),
        ("hasil PCR SARS-CoV-2 negatif sudah kami kirim", "PCR SARS-CoV-2 negatif"),
        ("Hasil pemeriksaan: Anti-HIV non reaktif.", "Anti-HIV non reaktif"),
        ("massa di payudara kiri. Disarankan biopsi. Mohon segera konsul", "biopsi"),
        ("istrinya baru chemo siklus ke-3, dia yg nemenin", "chemo"),
        ("oh dia lg rehab, kecanduan sabu katanya", "kecanduan sabu"),
    ],
)
def test_lab_readings_covered_whole(analyzer: Analyzer, text: str, value: str) -> None:
    start = text.index(value)
    spans = [(e.start, e.end) for e in analyzer.analyze(text) if e.type == "MEDICAL"]
    assert any(s <= start and start + len(value) <= e for s, e in spans)


@pytest.mark.parametrize(
    "text",
    [
        "harga naik jadi 180 ribu mulai besok",
        "Apotek K-24 Cipete buka 24 jam, antar obat gratis",
        "Paket Medical Check Up Basic Rp 650.000: darah lengkap, kolesterol total",
        "mau upgrade ke membership Gold kak, bisa bayar di kasir?",
        "Stok obat hari ini:\n- Metformin 500 mg: 120 box\n- Salbutamol 2 mg: kosong",
    ],
)
def test_no_health_data_or_name_in_notices(analyzer: Analyzer, text: str) -> None:
    assert [e.type for e in analyzer.analyze(text) if e.type in ("MEDICAL", "PERSON")] == []
