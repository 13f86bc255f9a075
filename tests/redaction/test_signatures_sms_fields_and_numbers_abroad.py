"""A person's desk line in a signature; e-mail addresses typed half spelt or with a space
before "@"; identity numbers in an SMS command's fields; tax numbers after "Tax ID"; more
nationalities before a passport; numbers abroad typed without "+", or near a district's
name; e-wallet top-up codes; money paid into an account; more desks' mailboxes; addresses
in Korean, Japanese and Chinese script, Hong Kong's, Korea's in Latin letters, more European
streets and flats in towers; a name after "Name" opening a sentence."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # "Niaga" is a bank's word too: a "+" number is still no account
        (
            "Robert Tanoto\nDirector, PT Graha Niaga Sentosa\n"
            "M: +62 816 880 2211 | T: +62 21 5290 4416",
            ["+62 816 880 2211", "+62 21 5290 4416"],
        ),
        (
            "contact my former manager at PT Sumber Alfaria. Direct line (021) 2995 7714 ext. 310",
            ["(021) 2995 7714 ext. 310"],
        ),
        (
            "sy Komang dr kantor cabang Denpasar. Kontak: 0361 4710 882 (meja sy). Trims",
            ["0361 4710 882"],
        ),
    ],
)
def test_a_persons_desk_line(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


def test_a_companys_line_stays_the_companys(analyzer: Analyzer) -> None:
    text = "Info lebih lanjut hubungi kantor PT Sinar Jaya (021) 5795 2744"
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("email aku ratna.dewi at kompas dot com ya pak", "ratna.dewi at kompas dot com"),
        ("email sy andi.fikri19 @student.unhas.ac.id, jgn", "andi.fikri19 @student.unhas.ac.id"),
    ],
)
def test_half_spelt_email_addresses(analyzer: Analyzer, text: str, email: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize(
    "text",
    ["follow ig @tokoku.id ya kak", "mulai jam 10.30 at kantor dot com", "meet at school dot com"],
)
def test_prose_and_handles_are_no_email(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "DAFTAR#KIA#Ayu Wandira#7271010403940002",
        "Puji Astuti#7271010403940002#Blok Karangsong RT 011 RW 003",
    ],
)
def test_a_population_number_in_an_sms_commands_fields(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_NIK") == ["7271010403940002"]


@pytest.mark.parametrize("text", ["INV#2024#7271010403940002", "cek pesanan #7271010403940002 ya"])
def test_a_number_glued_to_a_reference_stays_a_reference(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_NIK") == []


def test_a_tax_number_after_tax_id(analyzer: Analyzer) -> None:
    text = "Tax ID for the rental income report: 66 038 719 2 123 000 a.n Robert Kho"
    assert found(analyzer, text, "ID_NPWP") == ["66 038 719 2 123 000"]


def test_a_passport_after_more_nationalities(analyzer: Analyzer) -> None:
    text = "Manifest:\n4. Carlos Mendoza – MX – G28471956 – DOB 9 Sep 1987"
    assert found(analyzer, text, "ID_PASSPORT") == ["G28471956"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "nomor WA aku ganti, yg lama +60 11-2391 4670 hilang. skrg pake 601139827714. ok",
            "601139827714",
        ),
        ("di shelter Mongkok, nomor 6824 0195", "6824 0195"),
    ],
)
def test_numbers_abroad(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "tf ke rek maybank 601139827714 ya, aku di malaysia",  # an account's
        "Order 601139827714 udah dikirim",  # no country named
    ],
)
def test_numbers_like_numbers_abroad(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_an_ewallet_top_up_code_holding_a_mobile(analyzer: Analyzer) -> None:
    text = (
        "top up GoPay via Livin': Bayar > E-Wallet > GoPay Customer > masukkan kode 70001 + "
        "nomor HP, contoh utk nomor Kakak: 70001085771203349. Minimal Rp 10.000"
    )
    assert found(analyzer, text, "BANK_ACCOUNT") == ["70001085771203349"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("someone is asking outlets to pay into 0098321765. Not ours.", "0098321765"),
        ("Rek aku ANZ Australia, BSB 012-003 acc 4411 3920 7. Thanks", "4411 3920 7"),
    ],
)
def test_accounts_paid_into_and_a_last_digit_apart(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


@pytest.mark.parametrize(
    "text",
    [
        "email fakultas akademik@unhas.ac.id",
        "laporkan ke servicedesk@telkomsigma.co.id",
        "hubungi layanan.nasabah@bni-care.info",
        "cc corporate.secretary@megasentosa.co.id ya",
        "kirim ke hr.benefit@kalbe.co.id",
    ],
)
def test_more_desks_mailboxes(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


def test_no_name_is_read_in_a_companys_mailbox(analyzer: Analyzer) -> None:
    text = "From: Ms. Grace Wong <grace.wong@school.sch.id>\nTo: parents@school.sch.id\nRe: trip"
    assert found(analyzer, text, "PERSON") == ["Grace Wong"]
    assert found(analyzer, text, "EMAIL_ADDRESS") == ["grace.wong@school.sch.id"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "min aku di Ansan, kirim ke 경기도 안산시 단원구 원곡로 45, 302호 a.n Teguh ya",
            "경기도 안산시 단원구 원곡로 45, 302호",
        ),
        ("Alamat 台中市西屯區福科路218號5樓, nama penerima Lestiani", "台中市西屯區福科路218號5樓"),
        (
            "kirim ke 〒812-0011 福岡県福岡市博多区博多駅前4-12-3 コーポ博多201 ya",
            "〒812-0011 福岡県福岡市博多区博多駅前4-12-3 コーポ博多201",
        ),
        (
            "Block 5, 17/F, Flat D, Laguna City, Kwun Tong, bilang security mau ambil box",
            "Block 5, 17/F, Flat D, Laguna City, Kwun Tong",
        ),
        (
            "ke alamat Seongjeong-dong 812-4, 201ho, Seobuk-gu, Cheonan-si, Chungcheongnam-do",
            "Seongjeong-dong 812-4, 201ho, Seobuk-gu, Cheonan-si, Chungcheongnam-do",
        ),
        (
            "Alamat kamarnya Laan van Meerdervoort 214, 2563 AK Den Haag",
            "Laan van Meerdervoort 214, 2563 AK Den Haag",
        ),
        (
            "alamat Prinsegracht 33-III, 2512 EX Den Haag, HP",
            "Prinsegracht 33-III, 2512 EX Den Haag",
        ),
        ("My new address: Praterstraße 31/14, 1020 Wien. Thanks", "Praterstraße 31/14, 1020 Wien"),
        (
            "alamat aku Karl-Marx-Straße 87, 12043 Berlin. Nomor",
            "Karl-Marx-Straße 87, 12043 Berlin",
        ),
        (
            "akses lift gak bisa. Unit Tower Sapphire 31-F, The Mansion Kemayoran. Nama penghuni",
            "Tower Sapphire 31-F, The Mansion Kemayoran",
        ),
        ("Felicia, unit Tower C 11/07 Green Bay Pluit. thanks", "Tower C 11/07 Green Bay Pluit"),
    ],
)
def test_addresses_abroad_and_flats(analyzer: Analyzer, text: str, address: str) -> None:
    assert found(analyzer, text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "pesan 2 box, Tower 2, Block A harganya sama",
        "harga unit tower A 2 BR 850jt",
        "Tagihan IPL unit Tower B 17-08 bulan Juni: Rp 1.160.000",  # an estate's own listing
        "yg lama udah ga bisa. unit Tower B 17-08, Okta",
    ],
)
def test_listings_are_no_addresses(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ADDRESS") == []


def test_a_name_after_name_opening_a_sentence(analyzer: Analyzer) -> None:
    text = "mau buka rekening tabungan. Name Siriporn Chaiyasit, passport AB4471902"
    assert found(analyzer, text, "PERSON") == ["Siriporn Chaiyasit"]


def test_a_chinese_given_name_that_is_also_a_word(analyzer: Analyzer) -> None:
    assert found(analyzer, "Pak Liu Yang, untuk pengurusan RPTKA", "PERSON") == ["Liu Yang"]
    assert found(analyzer, "Pak Tan yang baik hati", "PERSON") == ["Tan"]


def test_a_korean_given_name_that_holds_a_chat_word(analyzer: Analyzer) -> None:
    text = "min, sajangnim aku Kim Dong-hyun bilang gaji lembur dibayar bulan depan"
    assert found(analyzer, text, "PERSON") == ["Kim Dong-hyun"]


def test_a_population_number_with_underscores(analyzer: Analyzer) -> None:
    text = "NIK aku ke-split pas copy dr pdf:\n3471_0205_0400_0002\nmaaf pake garis bawah"
    assert found(analyzer, text, "ID_NIK") == ["3471_0205_0400_0002"]
    assert found(analyzer, "file IMG_3471_0205_0400_0002.jpg", "ID_NIK") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "your transfer of IDR 3,000,000 to Yulia Siregar (4580 1123 98) was successful.",
            "4580 1123 98",
        ),
        ("3) Wen Jie Lim – DBS SG 072-318846-5 – USD 2,900", "072-318846-5"),
    ],
)
def test_accounts_of_recipients_and_banks_abroad(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


def test_a_passport_for_a_passenger_manifest(analyzer: Analyzer) -> None:
    text = "Passport for the boat manifest: PA4471936, Chloe Anderson."
    assert found(analyzer, text, "ID_PASSPORT") == ["PA4471936"]
    assert found(analyzer, "kode booking: AB1234567", "ID_PASSPORT") == []
    assert found(analyzer, "install update KB5037771 dulu", "ID_PASSPORT") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Jakarta: +62 21 3005 8812 x 4410\nMobile: +65 8133 9027", "+62 21 3005 8812 x 4410"),
        ("supplier contact Wang Lei, mobile 138 2745 0916 / +86 138 2745 0916", "138 2745 0916"),
        ("Delivery contact in Darwin: Sophie Nguyen, (08) 8941 2275. Bill", "(08) 8941 2275"),
        (
            "I'm Lina Wijaya, account 8290 1144 57, direct line (022) 8730 4412 ext. 8.",
            "(022) 8730 4412 ext. 8",
        ),
    ],
)
def test_more_lines_and_numbers_abroad(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER")


def test_a_chinese_mobiles_shape_alone_is_no_phone(analyzer: Analyzer) -> None:
    assert found(analyzer, "harga 138 2745 0916 total", "PHONE_NUMBER") == []


def test_a_plate_whose_letters_are_a_unit_after_a_vehicle(analyzer: Analyzer) -> None:
    text = "Data pelanggar: Dani Saputra, motor KT 2048 RB. Denda Rp 250.000."
    assert found(analyzer, text, "ID_PLATE") == ["KT 2048 RB"]
    assert found(analyzer, "DP 500 RB dulu ya kak", "ID_PLATE") == []
