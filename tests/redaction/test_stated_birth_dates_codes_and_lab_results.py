"""Birth dates stated after an "is" once birth dates were asked, English dates with the month
first, other dates after a birth cue (another label between, a death's date); account codes
of capitals and digits, SIM cards' PUK codes, bank tokens' codes; a name after "hasil lab"."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "the bank needs both applicants' birth dates. Mine is March 3rd, 1990 and my "
            "husband's is November 21st, 1988.",
            ["March 3rd, 1990", "November 21st, 1988"],
        ),
        (
            "tgl lahir kami berdua ya kak: punya saya adalah 3 Maret 1990, suami yaitu 21 "
            "November 1988",
            ["3 Maret 1990", "21 November 1988"],
        ),
        ("Kevin, March 3, 1990", ["March 3, 1990"]),
    ],
)
def test_birth_dates_stated_after_they_were_asked(
    analyzer: Analyzer, text: str, dates: list[str]
) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    "text",
    [
        "the deadline is March 3, 2020",
        "birth certificate copy received. The invoice date is March 3, 2019",
        "my birthday party is on March 3, 2030",
        # another date's label in a later sentence than the birth cue
        "Mohon kirim foto akta kelahiran ya. Pembagian rapor tetap tgl 20 Juni 2025 di aula.",
        "Please enter your date of birth in DDMMYYYY format. Statement date: 31 May 2025.",
        "Isi tgl lahir di profil ya. Promo berlaku sampai 30 Juni 2025",
    ],
)
def test_other_dates_after_a_birth_cue_are_no_births(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the system emailed me a verification code: 8K2Q9W. Name Yusuf Halim", "8K2Q9W"),
        ("kode verifikasi akun kamu: AB12CD", "AB12CD"),
        ("nomor sy diblokir, kode puk 44820917 dari kartu perdana", "44820917"),
        ("PUK: 12345678", "12345678"),
        # a bank's token device
        ("pak ini kode keybca appli 1 nya 81930264, tolong transferin dulu", "81930264"),
        ("My internet banking token shows 552 019 if you need it", "552 019"),
    ],
)
def test_account_and_sim_codes(analyzer: Analyzer, text: str, code: str) -> None:
    assert found(analyzer, text, "SECRET") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "kode verifikasi sudah dikirim ke email ya",
        "verification code expired, please request a new one",
        "kode promo: HEMAT50",
        "token BCA sy rusak, ganti di cabang mana?",
        "beli token bank 2 biji",
    ],
)
def test_no_code_without_its_shape_or_keyword(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "SECRET") == []


def test_a_name_after_lab_results_is_the_patients(analyzer: Analyzer) -> None:
    assert found(analyzer, "hasil lab Budi Santoso sudah keluar", "PERSON") == ["Budi Santoso"]


def test_a_lab_named_after_its_founder_is_no_person(analyzer: Analyzer) -> None:
    assert found(analyzer, "cek darah di Lab Kartika Sari Kemang ya", "PERSON") == []


def test_a_death_after_a_birth_is_not_listed_with_it(analyzer: Analyzer) -> None:
    text = (
        "Nama Suwarno, lahir 10-10-1955, meninggal 2 Mei 2025. "
        "Markus, lahir 15 Maret 1971, wafat tgl 8 Juni 2025"
    )
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["10-10-1955", "15 Maret 1971"]


def test_a_birth_cue_sentences_before_still_names_the_date(analyzer: Analyzer) -> None:
    text = "my DOB is wrong. It should be 29 February 1988"
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["29 February 1988"]
