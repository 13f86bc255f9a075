"""PERSON: third parties, names in capitals or lower case, sign-offs, user names, repeated
and listed mentions, and words that only look like names."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import found, persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative or friend named after "anak sy", "suami saya", "my son"
        ("Anak sy Kirana mau daftar les piano", "Kirana"),
        ("suami saya Hendrawan yg akan ambil", "Hendrawan"),
        ("adik saya yang bernama Salsabila ikut", "Salsabila"),
        ("anak sy naufal umur 7 th", "naufal"),
        ("My son Oliver has a cold", "Oliver"),
        ("my wife, Yuki Tanaka, will pick it up", "Yuki Tanaka"),
    ],
)
def test_third_party_after_a_relation(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "anak sy demam dari kemarin",
        "suami saya udah transfer ya",
        "my kids are fine, thanks",
        "Anak sy ADHD ringan",
    ],
)
def test_relation_without_a_name(text: str) -> None:
    assert found(text) == []


def test_an_acronym_after_a_name_is_not_part_of_it() -> None:
    assert found("Anak sy Naufal ADHD ringan") == ["Naufal"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Atas nama NUR AISYAH BINTI AHMAD dan MOHD HAFIZ BIN RAZAK", None),
        ("data sy:\nSUMARNI\nNIK 3321075812630509", ["SUMARNI"]),
        ("halo kak, dewi anggraini yg kemarin order", ["dewi anggraini"]),
        ("bisa kontrol lebih cepat? nadia", ["nadia"]),
        ("Silakan hubungi kami kembali — Sophie Dubois", ["Sophie Dubois"]),
        ("Hi, I'm Kenji Takahashi from Osaka", ["Kenji Takahashi"]),
    ],
)
def test_names_in_capitals_lower_case_and_sign_offs(text: str, names: list[str] | None) -> None:
    if names is None:
        names = ["NUR AISYAH BINTI AHMAD", "MOHD HAFIZ BIN RAZAK"]
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "PROVINSI JAWA TIMUR",
        "MOHON DIBANTU SEGERA",
        "PROMO AKHIR TAHUN DISKON 50%",
        "ok siap, makasih",
        "Lander siap dikirim besok",  # a foreign name alone at a sentence start may be a word
    ],
)
def test_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("IG: @yuliana.piliang", "yuliana.piliang"),
        ("User ID rizkyananda ya", "rizkyananda"),
        ("username: dewiputri88", "dewiputri88"),
    ],
)
def test_user_names(text: str, name: str) -> None:
    assert found(text) == [name]


def test_user_name_of_words_is_not_a_name() -> None:
    assert found("username: tokobajuku") == []


def test_listed_and_repeated_mentions(analyzer: Analyzer) -> None:
    text = "Lead guest Budi Santoso, kids Ethan & Lily. Ethan has asthma."
    assert persons(analyzer, text) == ["Budi Santoso", "Ethan", "Lily", "Ethan"]
    text = "Kenji Takahashi lahir di Osaka. Pada waktu itu, Takahashi masih bersekolah."
    assert persons(analyzer, text) == ["Kenji Takahashi", "Takahashi"]


def test_form_name_runs_to_the_end_of_its_line() -> None:
    assert found("Nama: Andi Baso Tenri Angka\nNIK: 7304190311890582") == ["Andi Baso Tenri Angka"]
    assert found("Name: Yusak Ngabut\nSIM A: 6208 1105 7723") == ["Yusak Ngabut"]


@pytest.mark.parametrize(
    "text",
    [
        "Full name: Olga Ivanova\nPassport: 75 4418092",
        "Sdh terkirim Pak. Ringkasan: gula darah normal",
        "Upgrade aktif 1x24 jam ya kak",
        "I'd like to apply for the Warehouse Admin position",
        "Kak kucing sy Mochi gk mau makan",
        "Booking grooming utk 2 anjing: Bruno (golden) & Cici",
        "transfer a.n. Helvetia Trading AG ya",
        "Pengurus KSP Sejahtera Bersama",
        "Ref BLK-0611-77402",
    ],
)
def test_labels_words_pets_and_companies_are_not_people(analyzer: Analyzer, text: str) -> None:
    assert not any(
        value in ("Passport", "Ringkasan", "Upgrade", "Warehouse", "Mochi", "Bruno", "Cici")
        or "Helvetia" in value
        or "Sejahtera" in value
        or "Ref" in value
        for value in persons(analyzer, text)
    )


def test_words_after_a_legal_form_are_a_company(analyzer: Analyzer) -> None:
    assert persons(analyzer, "transfer ke BCA a.n. PT Sinar Mas Abadi") == []
    assert persons(analyzer, "pesanan dari CV Budi Santoso Jaya") == []
