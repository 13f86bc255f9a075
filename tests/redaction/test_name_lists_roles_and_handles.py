"""PERSON: names in lists of several shapes, after staff roles and in signatures with a role,
lower-case self-introductions, user names after "@", names before an address; and words in
such places that are no names."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import found, persons


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(cache_size=0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # list items of two words, in lower case, in capitals, and after a note in brackets
        (
            "Peserta:\n1. Gita Anjani\n2. Bondan Arrasyid – kelas 5\n3. Tania Puspita",
            "Bondan Arrasyid",
        ),
        ("Daftar:\n1. Hendro +1\n2. Wulan Dari\n3. Rudi Hartono\n4. tika\n5. Agus", "tika"),
        ("tulisan di kaos: RUDI, JOKO, BAGUS, ACONG, nanti dikabari", "ACONG"),
        ("- Reza Pahlevi (8 th)\n- Kinar (6 th)\n- Dodi Irawan (10 th)", "Kinar"),
        ("pemain: pak Ujang, Heru, Tan Sen Hok, Baskoro", "Baskoro"),
        # a name before an address
        ("rapat di rumah bu Sumarsih Jl. Kenanga 3 no 4", "Sumarsih"),
        # staff who serve a customer, a contact person, a family
        ("Our concierge Wayan will bring the keys", "Wayan"),
        ("acara tahlilan, cp Sarmidi", "Sarmidi"),
        ("Dokter Kristabel praktik jam 4 sore", "Kristabel"),
        ("rumahnya keluarga Lau Ka Ming di ujung gang", "Lau Ka Ming"),
        # signatures with a role or a company after the name
        ("izin besok cuti ya bu 🙏 Bunga Citra - marketing", "Bunga Citra"),
        ("Noted with thanks. Regards, Putri – Front Office", "Putri"),
        ("berkas sudah kami kirim. – Slamet PT Maju Sentosa", "Slamet"),
        # a lower-case name after "aku"/"nama" at the end or before a relation or a verb
        ("tolong antar ke kos no 7 ya, aku melati 😊", "melati"),
        ("motor vario plat AB 1234 CD nama upik", "upik"),
        ("sy intan istrinya pak Budi", "intan"),
        ("punten, abdi asep ti Garut", "asep"),
        # user names with a name after "@"
        ("akun pelakunya @sintadewi kak", "sintadewi"),
        ("ig nya @rina.ayu.official", "rina.ayu.official"),
        # a Batak name in lower case, a name-shaped lower-case name after an honorific
        ("kue nya buat tiurma br simanjuntak ya", "tiurma br simanjuntak"),
        ("bu nasrudin sudah bayar", "nasrudin"),
        # the head of a family on a family card
        ("Kepala Keluarga : PARJIMAN\nAlamat : DUSUN KRAJAN", "PARJIMAN"),
        # a name after a form label aligned with wide gaps
        ("NAMA WALI MURID   SUKARDI\nALAMAT   SOLO", "SUKARDI"),
    ],
)
def test_name(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # this module's longer name wins over a shorter piece of the other recognizer's
        ("Oei Kian Hwa & keluarga sudah datang", "Oei Kian Hwa"),
        # a lower-case word or a degree after a name is not part of it
        ("ini sy Tarsih tki hongkong mau tanya", "Tarsih"),
        ("sudah kami teruskan ke notaris Maria Halim SH MKn", "Maria Halim"),
        # the letters of "A.N" are no initials
        ("KTP A.N BUDI SANTOSO HILANG", "BUDI SANTOSO"),
    ],
)
def test_whole_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # lists of things
        "Menu:\n- Nasi: 2 porsi\n- Ayam: 3\n- Sate: 10",
        "Stok:\n- Hitam (3)\n- Putih (2)\n- Merah (5)",
        "kirim via JNE, JNT, SICEPAT ya",
        # a role word before a sentence end, an acronym, a word that is no name
        "Do not share this code with bank staff. Valid for 5 minutes.",
        "tolong panggil teknisi AC besok",
        "dokter Spesialis anak praktik sore",
        "Promo - Sales",
        # a word after "saya"/"nama" that is no introduction
        "saya hadir",
        "sy paham",
        "tolong cek nama barang",
        "aku bingung 😭",
        # a Balinese hamlet after "br.", and "br" for "baru"
        "acaranya di br. tegal sari",
        "pake kabel br aja",
        # a shop's user name after "@"
        "follow @tokobaju_murah ya",
    ],
)
def test_no_name(text: str) -> None:
    assert found(text) == []


def test_a_lower_case_word_after_a_name_is_left_out(analyzer: Analyzer) -> None:
    assert persons(analyzer, "bro Yusuf nebeng ya") == ["Yusuf"]
