"""Values in data dumps, voice-note transcripts and pasted card details: birth dates in a
dump's fields or said in words, a card's back code after its number, phone numbers dictated
in Javanese, passports typed with spaced digits, an NPWP glued to its label."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"nama": "YOHANES TANAEM", "tgl_lahir": "05-05-1988", "agama": "KRISTEN"}', "05-05-1988"),
        ("nik=1171066905990002\nnama=NURUL FADHILAH\ntgl_lhr=29/05/1999", "29/05/1999"),
        ("birth_date: 1990-05-12", "1990-05-12"),
    ],
)
def test_birth_dates_in_a_dumps_fields(analyzer: Analyzer, text: str, value: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("nomernya 4598 0553 0114 0491 masa berlakunya 08 27 belakangnya 372", "372"),
        ("kartu ibu ya\n5103 6854 5020 7322\nberlaku smp 0925 kode blkg 614", "614"),
    ],
)
def test_a_cards_back_code_after_its_number(analyzer: Analyzer, text: str, code: str) -> None:
    assert found(analyzer, text, "SECRET") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "rek 1234 5678 9012 3456 kamar belakang 205",  # no card's number (Luhn) before
        "rumah yg belakang 12",
    ],
)
def test_a_number_at_the_back_of_something_else(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "SECRET") == []


def test_a_phone_number_dictated_in_javanese(analyzer: Analyzer) -> None:
    text = "nomer hp ne nol wolu siji telu, papat lima enem, pitu wolu sanga kosong nggih"
    assert found(analyzer, text, "PHONE_NUMBER") == [
        "nol wolu siji telu, papat lima enem, pitu wolu sanga kosong"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bapak saya lahir 1970, paspornya X 7 7 4 5 1 0 2, itu X ya kak", "X 7 7 4 5 1 0 2"),
        ("Son: Jonathan Liem\nOld passport: B 9021 447\nDOB: 3 Oct 2009", "B 9021 447"),
    ],
)
def test_a_passport_with_spaced_digits(analyzer: Analyzer, text: str, value: str) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == [value]


def test_a_queue_number_after_a_passport_word(analyzer: Analyzer) -> None:
    assert found(analyzer, "paspor jadi tgl 12, antrian B 1234 567", "ID_PASSPORT") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "umurnya enam puluh tujuh, lahirnya tuh tujuh belas agustus lima puluh enam, eh",
            ("tujuh belas agustus lima puluh enam"),
        ),
        (
            "nomornya 1272024304820006, lahir tiga April delapan dua, saya kerja",
            ("tiga April delapan dua"),
        ),
        (
            "my dad, he's seventy one, born March ninth nineteen fifty three, he's on",
            ("March ninth nineteen fifty three"),
        ),
    ],
)
def test_a_birth_date_said_in_words(analyzer: Analyzer, text: str, value: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize(
    "text", ["anak saya lahir bulan maret kemarin", "born on March with twins", "born in March"]
)
def test_a_month_alone_is_no_birth_date(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


def test_an_npwp_glued_to_its_label(analyzer: Analyzer) -> None:
    text = "NamaHENDRA GUNAWANNPWP24.889.057.6-406.500Dept.Finance"
    assert found(analyzer, text, "ID_NPWP") == ["24.889.057.6-406.500"]


def test_a_birth_date_after_its_city_in_a_forms_answer(analyzer: Analyzer) -> None:
    text = "a. Kayla Azzahra Putri\nb. Bogor, 9 Agustus 2018"
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["9 Agustus 2018"]


@pytest.mark.parametrize(
    "text",
    [
        "sewa kamar kos No. 7 bulan Juli 2024\nDenpasar, 1 Juli 2024\nYang menerima,",
        "Sabtu, 22 Juni 2019 kita reuni",  # a weekday, not a city
    ],
)
def test_a_receipts_city_and_date_and_a_weekday(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


def test_birth_dates_in_a_family_cards_rows(analyzer: Analyzer) -> None:
    text = (
        "1 YUDI SETIAWAN 3273051403870002 LAKI-LAKI BANDUNG 14-03-1987 ISLAM\n"
        "2 NENG YULIA 3273054507890003 PEREMPUAN GARUT 05-07-1989 ISLAM"
    )
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["14-03-1987", "05-07-1989"]


def test_a_mens_room_cleaned_on_a_date(analyzer: Analyzer) -> None:
    text = "toilet pria di lantai dua dibersihkan 14-03-2024"
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


def test_a_date_equal_to_a_niks_birth_date(analyzer: Analyzer) -> None:
    text = (
        "Format: nama, tgl lahir, NIK.\n1. Farhan Hidayat – 28/02/1998 – 3201142802980009\n"
        "2. Nadya Kusuma – 05/09/1992 – 3578124509920121"
    )
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["28/02/1998", "05/09/1992"]


@pytest.mark.parametrize(
    "text",
    [
        "NIK 3201142802980009, jadwal 28 Februari 2025",  # another year
        "KARTU KELUARGA No. 3507150704150005\nDikeluarkan Tanggal : 07-04-2015",  # issue date
    ],
)
def test_other_dates_beside_a_nik(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


def test_backup_codes_one_per_line(analyzer: Analyzer) -> None:
    text = "Backup codes (keep safe):\n4821 7730\n9012 5561\nGenerated 2024"
    assert found(analyzer, text, "SECRET") == ["4821 7730", "9012 5561"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("PIC: Natasha Gunadi, (021) 2955 8710 ext. 214", "(021) 2955 8710 ext. 214"),
        ("telp (0361) 471288 x 3 kali", "(0361) 471288"),
    ],
)
def test_a_landlines_extension(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]
