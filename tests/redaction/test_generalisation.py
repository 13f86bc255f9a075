"""Failure classes seen on unseen text, with new example sentences written for these tests."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found_typed


def of_type(analyzer: Analyzer, text: str, kind: str) -> list[str]:
    return [value for t, value in found_typed(analyzer, text) if t == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pw laptop kantor: Kucing_Hitam#77", "Kucing_Hitam#77"),
        ("pwd server nya Zx9!kLm_22 ya", "Zx9!kLm_22"),
        ("pass wifi nya rumahkita88 ya kak", "rumahkita88"),
        ("aku lupa password windows nya. Sebelumnya Mawar2023! kayaknya", "Mawar2023!"),
        (
            "token bot telegram: 6612345678:AAFk3jd8Jd92kdlLmPqRsTuVwXyZ0123abc",
            "6612345678:AAFk3jd8Jd92kdlLmPqRsTuVwXyZ0123abc",
        ),
        ("Kode ambil: 882031 di loket", "882031"),
        ("otp kamu 904 117 jangan dikasih", "904 117"),
    ],
)
def test_secrets(analyzer: Analyzer, text: str, value: str) -> None:
    assert of_type(analyzer, text, "SECRET") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "bisa pass 2 tiket ke kamu besok?",
        "ganti password tiap 3 bulan ya, iPhone15 baru",
        "password nya udah aku ganti kemarin, cek email budi2020@gmail.com",
    ],
)
def test_not_secrets(analyzer: Analyzer, text: str) -> None:
    assert of_type(analyzer, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Sertraline 50 mg tiap pagi masih lanjut dok?", ["Sertraline 50 mg tiap pagi"]),
        (
            "sudah seminggu batuk berdahak dan keringat malam, gusi bengkak juga",
            ["batuk berdahak dan keringat malam, gusi bengkak"],
        ),
        (
            "Dokter kasih oseltamivir sama azithromycin, plus asam mefenamat",
            ["oseltamivir sama azithromycin, plus asam mefenamat"],
        ),
        ("She is 18 weeks pregnant now", ["18 weeks pregnant"]),
        ("aku lagi haid jadi gak ikut renang", ["haid"]),
        ("My son has celiac disease", ["celiac disease"]),
        ("Hasil lab: gula darah puasa 186 mg/dL", ["gula darah puasa 186 mg/dL"]),
    ],
)
def test_medical(analyzer: Analyzer, text: str, values: list[str]) -> None:
    assert of_type(analyzer, text, "MEDICAL") == values
    assert of_type(analyzer, text, "PERSON") == []


def test_symptoms_listed_one_after_the_other(analyzer: Analyzer) -> None:
    # (as one span or one each: the labelled corpora do both, and the tagger follows them)
    text = "anak saya demam 3 hari, muncul ruam merah"
    found = " | ".join(of_type(analyzer, text, "MEDICAL"))
    assert "demam 3 hari" in found and "ruam merah" in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Kirim ke:\nJl. Cempaka Putih Raya No. 45\nKel. Sukaluyu, Kec. Cibeunying Kaler\n"
            "Kota Bandung 40123",
            "Jl. Cempaka Putih Raya No. 45\nKel. Sukaluyu, Kec. Cibeunying Kaler\n"
            "Kota Bandung 40123",
        ),
        (
            "alamat: Br. Dauh Peken, Desa Sidakarya, Kec. Denpasar Selatan, Denpasar, Bali",
            "Br. Dauh Peken, Desa Sidakarya, Kec. Denpasar Selatan, Denpasar, Bali",
        ),
        (
            "rumah ortu di Gampong Lamnyong, Kec. Syiah Kuala, Banda Aceh",
            "Gampong Lamnyong, Kec. Syiah Kuala, Banda Aceh",
        ),
        (
            "Jl. Sukajadi XII/41 Cipedes, Bandung 40162",
            "Jl. Sukajadi XII/41 Cipedes, Bandung 40162",
        ),
    ],
)
def test_addresses(analyzer: Analyzer, text: str, value: str) -> None:
    assert of_type(analyzer, text, "ADDRESS") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "ketemu di Indomaret Jl. Raya Parung KM 12 aja ya",
        "kantor PT Maju Bersama di Jl. Jend. Sudirman Kav. 21, Jakarta",
        "namanya Rosmawati br. Simanjuntak",
    ],
)
def test_business_addresses_and_boru_are_not_addresses(analyzer: Analyzer, text: str) -> None:
    assert of_type(analyzer, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("plat motor gue b2719 tjk", "b2719 tjk"),
        ("nopol mobil b 2631 siq warna hitam", "b 2631 siq"),
    ],
)
def test_lower_case_plates_with_vehicle_words(analyzer: Analyzer, text: str, value: str) -> None:
    assert of_type(analyzer, text, "ID_PLATE") == [value]


def test_lower_case_plate_shapes_need_context_and_no_unit(analyzer: Analyzer) -> None:
    assert of_type(analyzer, "motor d 125 cc bekas", "ID_PLATE") == []
    assert of_type(analyzer, "ada b 2631 siq kayaknya", "ID_PLATE") == []


def test_passports(analyzer: Analyzer) -> None:
    assert of_type(analyzer, "passport saya C 8813021 ya", "ID_PASSPORT") == ["C 8813021"]
    assert of_type(analyzer, "passport number: C01X00T47", "ID_PASSPORT") == ["C01X00T47"]


# Valid NIKs that also pass the Luhn check.
LUHN_NIK = "3275014507900002"
LUHN_NIK_JCB_FREE = "3515011208850007"


def test_valid_niks_are_not_cards(analyzer: Analyzer) -> None:
    assert found_typed(analyzer, f"data pelamar: {LUHN_NIK} alamat bekasi") == [
        ("ID_NIK", LUHN_NIK)
    ]
    assert found_typed(analyzer, f"ktp nya {LUHN_NIK_JCB_FREE} ya") == [
        ("ID_NIK", LUHN_NIK_JCB_FREE)
    ]
    text = f"bayar pakai kartu kredit {LUHN_NIK_JCB_FREE}"
    assert found_typed(analyzer, text) == [("CREDIT_CARD", LUHN_NIK_JCB_FREE)]


def test_npwp_said_to_be_the_nik(analyzer: Analyzer) -> None:
    text = f"NPWP baru saya (sekarang pakai NIK) {LUHN_NIK}"
    assert found_typed(analyzer, text) == [("ID_NPWP", LUHN_NIK)]


def test_chat_link_is_a_phone_number(analyzer: Analyzer) -> None:
    text = "chat aja wa.me/6281234567890 ya"
    assert found_typed(analyzer, text) == [("PHONE_NUMBER", "wa.me/6281234567890")]
    text = "chat https://api.whatsapp.com/send?phone=6281234567890&text=halo"
    assert found_typed(analyzer, text) == [
        ("PHONE_NUMBER", "https://api.whatsapp.com/send?phone=6281234567890")
    ]


def test_balinese_names(analyzer: Analyzer) -> None:
    assert of_type(analyzer, "yang jemput nanti I Wayan Sudarsana ya", "PERSON") == [
        "I Wayan Sudarsana"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wifi kantor mati lagi",
        "Gaji bulan ini udah masuk belum?",
        "Angsuran ke-5 belum dibayar",
        "motor Supra X sama Hiace nya di bengkel",
        "kuliah di Unpad, ngekos di Kemang lewat tol Jagorawi",
    ],
)
def test_capitalised_words_and_brands_are_not_people(analyzer: Analyzer, text: str) -> None:
    assert of_type(analyzer, text, "PERSON") == []
