"""Values that name nobody: a format's example, a company's service number near code words,
a word with a letter prefix after "password", an HR mailbox, a firmware version, and a
business's own office in its notice; but a delivery to an office is to a person there."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found_typed


@pytest.mark.parametrize(
    "text",
    [
        "password default = tanggal lahir (ddmmyyyy). Contoh: 01012012. Harap segera diganti.",
        "Segera ganti PIN & password m-banking Anda dan blokir kartu lewat 1500888.",
        "Questions about the form → hr@ptmaju.id",
        "Firmware version on the router is 1.0.3.14, please update",
        "Servis kulkas panggilan. Kantor: Jl. Kertajaya Indah Timur No. 11, Surabaya 60116",
        "Processing 5-7 working days. Our office: Jl. Sunset Road No. 88, open Mon-Fri 9-5",
        "Please send it back to our warehouse at Jl. Raya Serpong KM 7 No. 18, Tangerang",
        "barang bisa dijemput di gudang kami Jl. Raya Narogong KM 12, Bekasi",
    ],
)
def test_nothing_personal(analyzer: Analyzer, text: str) -> None:
    assert found_typed(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tgl lahir anak saya 01012012", ("DATE_OF_BIRTH", "01012012")),
        ("kode OTP kamu 482913, jangan kasih siapa2", ("SECRET", "482913")),
        ("password e-mail saya Rahasia-99", ("SECRET", "Rahasia-99")),
        (
            "kirim ke kantor: Jl. Sunset Road No. 88, Kuta",
            ("ADDRESS", "Jl. Sunset Road No. 88, Kuta"),
        ),
        ("login pakai user hr@ptmaju.id ya", ("EMAIL_ADDRESS", "hr@ptmaju.id")),
        (
            "kak laundry aku antar ke Apartemen Kalibata City Tower B Lt. 12 No. 07, Pancoran",
            ("ADDRESS", "Apartemen Kalibata City Tower B Lt. 12 No. 07, Pancoran"),
        ),
        (
            "paket buat kantor cabang Yogya tujuan Jl. Magelang Km 7,2 No. 31, Sleman",
            ("ADDRESS", "Jl. Magelang Km 7,2 No. 31, Sleman"),
        ),
        (
            "Tolong dijemput di gudang Jl. Raya Narogong KM 12,5, Bantargebang, Bekasi",
            ("ADDRESS", "Jl. Raya Narogong KM 12,5, Bantargebang, Bekasi"),
        ),
    ],
)
def test_the_same_shapes_of_a_person_stay_masked(
    analyzer: Analyzer, text: str, value: tuple[str, str]
) -> None:
    assert value in found_typed(analyzer, text)
