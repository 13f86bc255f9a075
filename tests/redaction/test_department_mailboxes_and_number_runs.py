"""Departments' mailboxes, local numbers inside longer runs of digit groups, references of
contracts, hajj queues and card approvals, an e-mail address with a space after "@", account
numbers with look-alike letters or a last digit set apart, identifiers listed under a header
that names them or broken over lines, a dictated account, chat logs' speakers (times with
dates, no times), and a few health terms."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    "text",
    [
        "Invoice ke finance@nusakargo.co.id ya",
        "kirim berkas ke hr-onboarding@sentosagroup.com",
        "slip gaji dari payroll@majujaya.co.id",
    ],
)
def test_a_departments_mailbox_is_no_persons(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


def test_a_persons_address_at_a_mail_provider_stays(analyzer: Analyzer) -> None:
    text = "email sy budi.finance@gmail.com atau rudy.hartanto@ gmail.com"
    assert found(analyzer, text, "EMAIL_ADDRESS") == [
        "budi.finance@gmail.com",
        "rudy.hartanto@ gmail.com",
    ]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        (
            "Token topped up: 5817 2930 4418 2265 0193. Tenant Sebastian, +49 172 918 4407.",
            ["+49 172 918 4407"],
        ),
        ("AWB 1Z 999 AA1 01 2345 6784, tel +49 151 2384 7710", ["+49 151 2384 7710"]),
        ("sy dari Singapore. no sg 9876 2214 ya", ["9876 2214"]),
    ],
)
def test_local_numbers_inside_runs_of_groups(analyzer: Analyzer, text: str, phones) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("Nomor porsi 0900218847. Mohon bantuan cek", "PHONE_NUMBER"),
        ("kartu kredit BCA, No. approval 082731", "PHONE_NUMBER"),
        ("VA pembayaran sy hilang. no kontrak 01123240087719", "BANK_ACCOUNT"),
        ("transfer sewa ke rek Bapak. NIB kami 9120001234567 a.n PT Kirana", "BANK_ACCOUNT"),
        ("ID pelanggan IndiHome 122304219983, atas nama Ratna", "BANK_ACCOUNT"),
    ],
)
def test_references(analyzer: Analyzer, text: str, entity_type: str) -> None:
    assert found(analyzer, text, entity_type) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("NO REKENlNG: 0l23-Ol-O45678-5O-9\nA/N : SlTl AMINAH", "0l23-Ol-O45678-5O-9"),
        ("My account 0092447185 3. Please help.", "0092447185 3"),
        ("VA ananda Rafael: 8810202207034 1 — maaf typo", "8810202207034 1"),
        ("rek BCA 1234567890 2 kali sy tf", "1234567890"),
    ],
)
def test_accounts(analyzer: Analyzer, text: str, account: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("anak sy DM tipe 1 sejak umur 8", "DM tipe 1"),
        ("dia minum antihistamin tiap malam", "antihistamin"),
        ("ibu sy kadang sundowning kalau sore", "sundowning"),
        ("didiagnosa gangguan cemas", "gangguan cemas"),
    ],
)
def test_health_terms(analyzer: Analyzer, text: str, term: str) -> None:
    assert term in " ".join(found(analyzer, text, "MEDICAL"))


@pytest.mark.parametrize(
    ("text", "entity_type", "values"),
    [
        (
            "Rekap KPJ karyawan outlet Tebet:\nDian Puspita – 19023318764\nSigit – blm terbit\n"
            "Yuni Astuti – 19023318780",
            "ID_BPJS",
            ["19023318764", "19023318780"],
        ),
        (
            "Daftar sopir yg SIM B2 nya habis bulan depan:\n1. Suroto – 3578-7601-000455 – habis"
            " 03/06/2024\n2. Bagus – 357982090478 – habis 28/06/2024",
            "ID_SIM",
            ["3578-7601-000455", "357982090478"],
        ),
        (
            "foto KTP sy burem, OCR nya:\nNIK : 3201\n065503900007\nNama : LINDA",
            "ID_NIK",
            ["3201\n065503900007"],
        ),
    ],
)
def test_identifiers_under_their_label(
    analyzer: Analyzer, text: str, entity_type: str, values: list[str]
) -> None:
    assert found(analyzer, text, entity_type) == values


def test_a_list_under_another_label_is_not_typed_by_it(analyzer: Analyzer) -> None:
    text = "Daftar SIM yg habis:\n1. Suroto\n\nHarga paket:\n1. Reguler – 3578760100045"
    assert found(analyzer, text, "ID_SIM") == []


def test_a_dictated_account_named_sentences_before(analyzer: Analyzer) -> None:
    text = (
        "ke rekening BRI atas nama Tumini, nomernya... bentar aku liat buku dulu... nol tiga "
        "empat satu, nol satu, nol nol tiga sembilan delapan tujuh, lima nol, enam. makasih"
    )
    assert found(analyzer, text, "BANK_ACCOUNT") == [
        "nol tiga empat satu, nol satu, nol nol tiga sembilan delapan tujuh, lima nol, enam"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[10.12, 14/11/2024] Tia: kak, ini no adikku 0895 3301 7724\n"
            "[10.13, 14/11/2024] Admin Toko: siap kak",
            ["Tia"],
        ),
        ("[13/06 21.40] Parti HK: dek aku udh tf\n[13/06 21.41] Parti HK: ref 8812", ["Parti"] * 2),
        (
            "Fikri: kurirnya ud deket?\nAdmin: sudah kak, sebentar lagi\nFikri: oke makasih",
            ["Fikri", "Fikri"],
        ),
        ("Fikri (pengirim): 0857 3310 2284\nIntan (penerima): 0822 9910 4471", ["Fikri", "Intan"]),
    ],
)
def test_chat_log_speakers(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert found(analyzer, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "Catatan: jangan dibanting\nTotal: Rp 50.000\nCatatan: isi kaca",
        "Status: dikirim\nKurir: JNE\nStatus: diterima",
    ],
)
def test_repeated_field_labels_are_no_speakers(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("Kalau ibu nya sibuk. Nomor sekolah (021) 8779 1100 sering ga diangkat", "PHONE_NUMBER"),
        ("Kalau butuh driver hubungi reception +62 361 975 220.", "PHONE_NUMBER"),
        ("Layanan vaksin tanpa perjanjian. Info: 0812-1500-770 (hotline klinik).", "PHONE_NUMBER"),
        ("IMEI 1: 356938035643809, IMEI 2: 356938035643817", "CREDIT_CARD"),
        ("denda dibayar sesuai surat tilang no C4812903", "ID_PASSPORT"),
    ],
)
def test_business_lines_and_device_numbers(analyzer: Analyzer, text: str, entity_type) -> None:
    assert found(analyzer, text, entity_type) == []


def test_a_pupils_parent_keeps_their_mobile(analyzer: Analyzer) -> None:
    text = "no hp anak sekolah sy 0812 3456 7890"
    assert found(analyzer, text, "PHONE_NUMBER") == ["0812 3456 7890"]
