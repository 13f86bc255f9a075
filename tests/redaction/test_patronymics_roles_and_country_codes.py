"""Names joined by "binti"/"bin", names after care roles, participant labels and roles that
share a word with businesses ("our RM", "pj lapangan"), with a final initial's dot; bureaus,
tour firms, labs and camel-case brands are no names; a mobile written with its country code after
account words, passports listed after "passports", foreign numbers before their country in
brackets, and tagged keys kept whole."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from redaction.recognizers.tagged import _secret_value
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nama jamaah no 1 Rukayah binti Saman sesuai paspor", "Rukayah binti Saman"),
        ("Our RM Felicia Tanudjaja will assist you.", "Felicia Tanudjaja"),
        ("jln raya bogor. pj lapangan Wayan Sudarsana 0878 6012 4451", "Wayan Sudarsana"),
        ("jadwal konseling lanjutan dengan psikolog Yudhistira, Rabu jam 1", "Yudhistira"),
        ("Your therapist Amanda will call you tomorrow", "Amanda"),
        ("Paket diantar hari ini. Penerima: Nadia P., benar? Reply YA", "Nadia P."),
        ("Status: NONAKTIF. Peserta: WARSINAH. Tunggakan Rp840.000", "WARSINAH"),
    ],
)
def test_names_after_particles_and_roles(analyzer: Analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "makan siang di RM Sederhana Bintaro",  # a restaurant
        "upacara di Lapangan Merdeka Medan",  # a square
        "Sampah Organik bin Hijau",  # a waste bin, not "child of"
        "konsultasi ke psikolog Anak Bangsa Center",
        "Pagi Biro Jasa Amanah, mau perpanjang STNK motor, bisa?",
        "Hello! From Pesona Dewata Tours here, could I have the full name",
        "kami dari tim keamanan PayNusa. Untuk verifikasi, mohon info nomor HP",
        "Good morning, Prima Lab Diagnostics here.",
    ],
)
def test_businesses_places_and_bins_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


def test_a_mobile_with_its_country_code_after_account_words(analyzer: Analyzer) -> None:
    text = "Your DANA account linked to +62 896 7110 3842 was accessed from a new device."
    assert found(analyzer, text, "PHONE_NUMBER") == ["+62 896 7110 3842"]
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_a_banks_hotline_with_its_country_code_stays(analyzer: Analyzer) -> None:
    text = "silakan hubungi Halo BCA 1500888 atau +62 21 2358 8000 dari luar negeri."
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_passports_listed_after_the_plural(analyzer: Analyzer) -> None:
    text = "please bring original passports (B 4481902, B 4481903) and the certificates"
    assert found(analyzer, text, "ID_PASSPORT") == ["B 4481902", "B 4481903"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("HP Korea 010-4471-2093 (+82), ortu di Kendal", "010-4471-2093"),
        ("Paspor sy mau habis, nomer baru sy 0987-114-236 (taiwan). Kabari ya", "0987-114-236"),
    ],
)
def test_a_local_number_before_its_country(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    ("text", "start", "value"),
    [
        ("License key: VPN-7QX2-KL09-MMZ4-R8TA. Thanks", 13, "VPN-7QX2-KL09-MMZ4-R8TA"),
        ("token ghp_a1B2c3D4e5F6g7H8 scope repo", 6, "ghp_a1B2c3D4e5F6g7H8"),
    ],
)
def test_a_tagged_secret_runs_to_the_next_space(text: str, start: int, value: str) -> None:
    assert _secret_value(text, start) == value


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('btw anak sy dipanggil "Ara" di rumah hehe', ["Ara"]),
        ("Papa Fendy tolong transfer uang sekolah Vincent ya", ["Fendy", "Vincent"]),
        ("daftar ke Sekolah Santa Maria", []),
    ],
)
def test_quoted_nicknames_and_school_fees(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert found(analyzer, text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("or my friend here Citra 0812 9930 4475, she can help", ["Citra"]),
        ("titip ke Wawan 0813 2210 0456 ya", ["Wawan"]),
        ("Hubungi CS 0812 3456 7890 untuk info", []),  # an acronym before the number
    ],
)
def test_a_name_right_before_a_mobile_number(
    analyzer: Analyzer, text: str, names: list[str]
) -> None:
    assert found(analyzer, text, "PERSON") == names
