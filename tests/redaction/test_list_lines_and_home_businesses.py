"""Phones in a list's dashed line, in a typed group of eight, in a foreign local form after
"text me" or near a country or city named with "-nya"; an identity number given "when
booking"; a name before "pd" (pada); a population number's holder opening a list's line; a
home business's address with its RT and RW; a handle that only contains a shop word."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Yakobus Wenda – Jayapura – 0813 4400 7211 – 15 kg", ["0813 4400 7211"]),
        ("Apakah bisa dijadwalkan ulang? Ferdi Ardiansyah, 08211234 5567", ["08211234 5567"]),
        ("Namanya Takahashi Kenji, HP jepangnya 090-3318-7462 tp roaming mati", ["090-3318-7462"]),
        ("selling a winter coat? Size M. Text me 07700 900 871 — Dimas", ["07700 900 871"]),
        ("kamu dah sampe Narita? Kalo ada apa2 tlp mas Bagus di 080-9921-3107", ["080-9921-3107"]),
    ],
)
def test_phones(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


@pytest.mark.parametrize(
    "text",
    [
        "no order 0812-3456-7890-1234",  # a dash that continues the number
        "ORD 0813-4400-7211 - 15 pcs",  # a dashed number, then a spaced dash
        "total 0812345 67 item",  # too short for a phone
    ],
)
def test_digit_runs_that_stay_no_phone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_an_identity_number_given_when_booking(analyzer: Analyzer) -> None:
    text = "nomor identitas yg dipake pas booking: 3374114506920003 dan 3374111009900001"
    assert found(analyzer, text, "ID_NIK") == ["3374114506920003", "3374111009900001"]
    assert found(analyzer, "kode booking: 3374114506920003", "ID_NIK") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("telah wafat Bpk. H. Mukhtar Effendi pd hari ini pukul 04.30", "Mukhtar Effendi"),
        ("Budi Santoso pd tgl 5 datang", "Budi Santoso"),
    ],
)
def test_a_name_before_pd(analyzer: Analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name]


def test_a_population_numbers_holder_opening_a_list_line(analyzer: Analyzer) -> None:
    text = (
        "Ini list penerima PKH yg blm ambil:\n"
        "Sukarni – 3507224511690001\n"
        "Juminten – 3507225102800004\n"
        "Total – 3507225102800004\n"
        "tlg diinfokan ke warga ya"
    )
    assert found(analyzer, text, "PERSON") == ["Sukarni", "Juminten"]


def test_a_form_label_before_a_population_number_is_no_holder(analyzer: Analyzer) -> None:
    text = "PROVINSI JAWA TENGAH\nNlK : 3374080211840003\nNama : AGUS WICAKSONO"
    assert "NlK" not in found(analyzer, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "usaha warung di Kp. Rawa Bebek RT 06/RW 12, Kel. Kota Baru, Kec. Bekasi Barat",
            "Kp. Rawa Bebek RT 06/RW 12, Kel. Kota Baru, Kec. Bekasi Barat",
        ),
        (
            "30 karton dari Gudang Pak Haji Udin, Kp. Cilalung RT 04/02, Jombang, Ciputat",
            "Kp. Cilalung RT 04/02, Jombang, Ciputat",
        ),
        (
            "Username @ayuu_shop99, alamat Jl. Merdeka Gg. Sawo No. 17, Kel. Tanjung Priok",
            "Jl. Merdeka Gg. Sawo No. 17, Kel. Tanjung Priok",
        ),
    ],
)
def test_home_addresses_near_business_words(analyzer: Analyzer, text: str, address: str) -> None:
    # (the warehouse named before it may join the span)
    assert [a for a in found(analyzer, text, "ADDRESS") if a.endswith(address)] != []


def test_a_shops_street_without_rt_and_rw_stays_the_shops(analyzer: Analyzer) -> None:
    assert found(analyzer, "Toko Sinar Jaya Jl. Melati No. 5, Bandung", "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Questions to transport@greenhill.sch.id please.",
        "Interview invitations will be sent from talent@sumberdanafinance.com.",
        "kirim scan KTP ke email legal@griyasentosa.co.id",
        "komplain ke seller-support@tokoku.co.id aja kak",
    ],
)
def test_more_desks_mailboxes_are_no_persons(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


def test_a_claim_number_glued_to_its_code_is_no_kpj(analyzer: Analyzer) -> None:
    assert found(analyzer, "your JHT claim JHT-240617-55019 has been approved", "ID_BPJS") == []
    assert found(analyzer, "no KPJ saya 24061755019", "ID_BPJS") == ["24061755019"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mandor lapangan Suroto 0813-2512-7743", "Suroto"),
        ("nomor HP keluarga utk jamaah Mardiyah diganti ya", "Mardiyah"),
    ],
)
def test_older_javanese_given_names(analyzer: Analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name]


def test_a_condolence_wish_is_no_name(analyzer: Analyzer) -> None:
    assert found(analyzer, "turut berduka cita, semoga almarhum husnul khotimah", "PERSON") == []


def test_passports_listed_under_a_header_that_names_them(analyzer: Analyzer) -> None:
    text = (
        "Need to add passport numbers for the booking TRV-009127:\n"
        "Oliver Bennett – 548203917\n"
        "Leo Bennett (child) – 561129044\n"
        "Isla Bennett (child) – 561129052"
    )
    assert found(analyzer, text, "ID_PASSPORT") == ["548203917", "561129044", "561129052"]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("HR: Kim Min-jung 010-4421-7783", ["010-4421-7783"]),
        ("tp sy ada hernia, masih bisa lolos medical check?\nhp 070-3381-9025", ["070-3381-9025"]),
        ("2) Hiroshi Tanaka – 090-1234-5678", ["090-1234-5678"]),
        ("no resi 080-1234-5678", []),
    ],
)
def test_korean_and_japanese_mobiles(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


def test_an_account_paid_out_with_its_holder_in_brackets(analyzer: Analyzer) -> None:
    text = "payroll sept: basic IDR 9,500,000, tax IDR 487,000, net to 5430 1122 88 (Yogi)"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["5430 1122 88"]


@pytest.mark.parametrize(
    ("text", "emails"),
    [
        (
            "Applicant email is marco dot rossi at libero dot it",
            ["marco dot rossi at libero dot it"],
        ),
        (
            "cc olivia dot chen at balibreeze dot com dot au",
            ["olivia dot chen at balibreeze dot com dot au"],
        ),
        ("we met at school dot com", []),
    ],
)
def test_spoken_emails_abroad(analyzer: Analyzer, text: str, emails: list[str]) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == emails


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("keluarga di Saudi: Aminah binti Kasim, 00966 54 880 2143", ["00966 54 880 2143"]),
        ("Ticket number 0098-2231-4410-77 & 0098-2231-4410-78.", []),
        ("token 5123 8841 0092 7731 4420", []),
        ("cicilan KPR No. 0045-22-118830 GAGAL", []),
    ],
)
def test_numbers_dialled_with_00(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


def test_a_policy_number_is_a_reference_not_its_holders_phone(analyzer: Analyzer) -> None:
    assert found(analyzer, "Nomor polis 010-2248-8873 itu bukan no hp ya", "PHONE_NUMBER") == []
    text = (
        "nomor HP pemegang polis... sebentar... nol delapan satu delapan, nol sembilan,"
        " delapan tujuh, enam lima, empat tiga"
    )
    assert len(found(analyzer, text, "PHONE_NUMBER")) == 1


@pytest.mark.parametrize(
    ("text", "accounts"),
    [
        ("angpao digital:\nMandiri\n137-00-\n2209183-6\nan Felix Gunawan", ["137-00-\n2209183-6"]),
        ("bank: BRI\nno: 5521-01-\n009834-53-6\nnama: Wiwik", ["5521-01-\n009834-53-6"]),
        (
            "Contract no: KRD/24/03/009182\nDisbursed to: 1950199261 (Yosua Manurung)",
            ["1950199261"],
        ),
        (
            ":20: REF24031800044\n:57A: BRINIDJA\n:59: /861995360194270\nSITI MAISAROH",
            ["861995360194270"],
        ),
    ],
)
def test_accounts_in_dashed_lines_payouts_and_swift_messages(
    analyzer: Analyzer, text: str, accounts: list[str]
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == accounts


@pytest.mark.parametrize(
    ("text", "passports"),
    [
        ("1. Lucas Bernard (FR) psp 18AV91827", ["18AV91827"]),
        ("No | Name | Nationality | Passport/ID\n3 | Ricardo Alves | PT | CB412973", ["CB412973"]),
    ],
)
def test_passports_after_psp_or_a_portuguese_nationality(
    analyzer: Analyzer, text: str, passports: list[str]
) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == passports


@pytest.mark.parametrize(
    "text",
    [
        "Bayar via Alfamart kode bayar 8870241123991. Struk ada no AM-0719-22817",
        "Pembayaran angsuran ke-12 via Alfamart\nKode pembayaran: 8871 0021 1840 9932",
        "dibayar ke VA sekolah, kode bayar 88210-7331-0042 (bukan no rek pribadi ya bu)",
    ],
)
def test_a_bills_payment_code_is_no_account(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_an_e_wallets_top_up_code_holding_a_mobile_stays_an_account(analyzer: Analyzer) -> None:
    text = "top up saldo OVO 500rb dari rek BNI. Kode bayarnya 8740 0856 9112 3340 kan?"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["8740 0856 9112 3340"]


def test_a_price_after_a_year_is_no_plate(analyzer: Analyzer) -> None:
    assert found(analyzer, "Avanza 2019 IDR 158M · Ayla 1.0 M 2021 IDR 102M", "ID_PLATE") == []
    assert found(analyzer, "plat sy B 2021 IDR", "ID_PLATE") == ["B 2021 IDR"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("They gave me Maybank MBBEMYKL and account 161845463510", "MBBEMYKL"),
        ("dia tanya SWIFT code BNI. BNINIDJA ya? rek sy 3730771462", "BNINIDJA"),
        ("CIMB 7009 2841 7730 52\na/n Lim Chee Keong\nswift CIBBMYKL\nRM 4,800.00", "CIBBMYKL"),
    ],
)
def test_a_banks_swift_code_is_no_name(analyzer: Analyzer, text: str, code: str) -> None:
    assert [n for n in found(analyzer, text, "PERSON") if code in n] == []


def test_a_chinese_family_name_first_after_a_holders_cue(analyzer: Analyzer) -> None:
    text = "tf HKD 800 ke rek 966757776302 (HSBC HK) a.n. Wong Ka Yee biar kiriman sy cair"
    assert found(analyzer, text, "PERSON") == ["Wong Ka Yee"]
