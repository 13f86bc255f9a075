"""Structured numbers written the hard ways: the SIM registration SMS inside a sentence,
foreign mobiles in long groups, a fleet's plates, passports of one letter and eight digits
or in groups of three, an NPWP whose word came a sentence before, accounts given to "to" or
"ke" after a transfer, named by their bank on the next line or by a rejected payroll row,
BRI's savings layout; phones glued to their label; and a card's last digits after a PIN
warning, which are no PIN."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(cache_size=0)


@pytest.mark.parametrize(
    "text",
    [
        "udh ketik REG 3578210906640001#3578050309190045# kirim ke 4444 balasannya gagal",
        "Sy ketik REG#3578210906640001#3578050309190045# kirim ke 4444, nama Siska",
        "reg 3578210906640001 # 3578050309190045 # td gagal",
    ],
)
def test_registration_sms_in_a_sentence(analyzer: Analyzer, text: str) -> None:
    # (its fields: REG#<NIK>#<KK>#; "kartu" perdana makes neither a payment card)
    assert found(analyzer, text, "ID_NIK") == ["3578210906640001"]
    assert found(analyzer, text, "ID_KK") == ["3578050309190045"]
    assert found(analyzer, text, "CREDIT_CARD") == []


def test_a_registered_nik_that_passes_the_card_check_stays_a_nik(analyzer: Analyzer) -> None:
    # (3216066011980005 is Luhn-valid: neither card recognizer may take it)
    text = "registrasi kartu gagal trs? Sy ketik REG#3216066011980005#3216061407170003# kirim"
    assert found(analyzer, text, "ID_NIK") == ["3216066011980005"]
    assert found(analyzer, text, "CREDIT_CARD") == []


def test_an_example_registration_with_placeholder_digits_stays(analyzer: Analyzer) -> None:
    text = "ketik REG#NIK#NoKK# kirim ke 4444. Contoh: REG#1234567890123456#6543210987654321#"
    assert found(analyzer, text, "ID_NIK") == []
    assert found(analyzer, text, "ID_KK") == []


def test_an_order_number_after_a_hash_stays(analyzer: Analyzer) -> None:
    assert found(analyzer, "pesanan #3578210906640001 udah dikirim", "ID_NIK") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("I'm Sophie, +44 7700 900418", "+44 7700 900418"),
        ("You can reach him on +44 7700 900431 or by mail.", "+44 7700 900431"),
    ],
)
def test_foreign_mobile_with_a_long_last_group(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


def test_a_score_with_a_plus_is_no_phone(analyzer: Analyzer) -> None:
    assert found(analyzer, "skor akhir +12 345678 pts", "PHONE_NUMBER") == []


def test_every_plate_of_a_fleet(analyzer: Analyzer) -> None:
    text = "perpanjang STNK 3 unit armada:\n1) L 1970 NA\n2) L 8823 UT\n3) W 4410 PK\nsemua a.n. PT"
    assert found(analyzer, text, "ID_PLATE") == ["L 1970 NA", "L 8823 UT", "W 4410 PK"]


def test_an_air_conditioners_horsepower_is_no_plate(analyzer: Analyzer) -> None:
    assert found(analyzer, "AC LG 1 PK cuma 3jt, yg AC B 2 PK lebih mahal", "ID_PLATE") == []


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("booking 2 rooms:\n1) Wang Lei E48210736\n2) Liu Yang E91734052", "E48210736"),
        ("Ketua rombongan Razak bin Osman, paspot A55820194, tel +60 19-338 2041", "A55820194"),
        ("Thomas Whitaker, passport no. 533 918 274 (UK)", "533 918 274"),
        ("nama fatimah az zahra, paspor e 2290341, porsi haji no 1200219983", "e 2290341"),
    ],
)
def test_passports_in_other_shapes(analyzer: Analyzer, text: str, passport: str) -> None:
    assert passport in found(analyzer, text, "ID_PASSPORT")


@pytest.mark.parametrize(
    "text",
    ["Order #A77120933 refunded to your card", "harga paspor Rp 350 000 000 ya"],
)
def test_codes_and_amounts_are_no_passports(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == []


@pytest.mark.parametrize(
    ("text", "npwp"),
    [
        ("eh nomor npwp td kurang lengkap ya? ini lengkapnya 421483959270997", "421483959270997"),
        ("npwo: 580978716042000 (iya tanpa titik, copy dr efin)", "580978716042000"),
    ],
)
def test_npwp_with_its_word_a_sentence_before(analyzer: Analyzer, text: str, npwp: str) -> None:
    assert found(analyzer, text, "ID_NPWP") == [npwp]


def test_fifteen_digits_failing_the_check_stay(analyzer: Analyzer) -> None:
    # (the check digit over the first nine digits fails: no NPWP, whatever the word)
    text = "nomor npwp td kurang lengkap ya? ini lengkapnya 421483950270997"
    assert found(analyzer, text, "ID_NPWP") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Please transfer the first-year rent of Rp 285.000.000 to 0123 4556 7789 (PT Bali).",
            "0123 4556 7789",
        ),
        ("saldo sisa Rp 12.400 tarik aja ke 1090012233445", "1090012233445"),
        ("sorry, correct number is 4250887120, BCA KCU Denpasar", "4250887120"),
        ("kalo mau kirim ke mas:\n5271093318\nBCA\nArif Kurniawan", "5271093318"),
        ("yg 0382-01-019457-50-3 buk, yg buat kiriman ke kampung", "0382-01-019457-50-3"),
        ("Payroll gagal:\n1. Yanti – 0061234578 – invalid account", "0061234578"),
    ],
)
def test_accounts_told_by_the_words_around_them(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


@pytest.mark.parametrize(
    "text",
    [
        "resi 1234567890\nBCA sudah terima paketnya",
        "nomor pesanan 0382-01-019457-50-3 ya kak",
        "transfer ke 081234567890 ya",  # a mobile: an e-wallet's
    ],
)
def test_numbers_that_stay_no_accounts(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_a_cards_last_digits_after_a_pin_warning_are_no_pin(analyzer: Analyzer) -> None:
    text = "Silakan ganti PIN di ATM. Kartu debit berakhiran 8812 sudah kami catat."
    assert found(analyzer, text, "SECRET") == []
    assert found(analyzer, "PIN saya 8812 tolong diganti", "SECRET") == ["8812"]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("nmr hp0812 3345 0071, alamatnya Gg. Kenari No. 4A", ["0812 3345 0071"]),
        ("Makassar 90231 telp0411 452 770 / hp082192204417", ["0411 452 770", "082192204417"]),
    ],
)
def test_phones_glued_to_their_label(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


def test_a_product_code_ending_in_a_mobiles_digits_is_no_phone(analyzer: Analyzer) -> None:
    assert found(analyzer, "kode SKU ABC0812345678 ya", "PHONE_NUMBER") == []


def test_a_phones_imei_is_no_card(analyzer: Analyzer) -> None:
    text = "Nomor IMEI HP Kakak yang terdaftar: 356938035643809. Bila HP dibeli di luar negeri"
    assert found(analyzer, text, "CREDIT_CARD") == []
    assert found(analyzer, "kartu amex sy 371449635398431 ya", "CREDIT_CARD") == ["371449635398431"]
    assert found(analyzer, "my old JCB card 180000826105910", "CREDIT_CARD") == ["180000826105910"]


def test_an_account_word_in_the_next_sentence_names_no_account(analyzer: Analyzer) -> None:
    text = "a success from 103.47.133.208 (Vietnam range). Account locked, MFA enforced."
    assert found(analyzer, text, "IP_ADDRESS") == ["103.47.133.208"]
    assert found(analyzer, text, "BANK_ACCOUNT") == []
