"""Fixed lines with spaced dashes, mobiles parted by slashes, passports in lists of travellers,
accounts on transfer receipts and statements, noble titles whose second word is a given name,
and what is no personal data: billing codes, parcels after a courier's name, electricity
tokens."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("sy Yustinus, no 0361 - 4120 77 (rumah) ya pak", "0361 - 4120 77"),
        ("031 - 734 - 2281 (rumah) atau hp suami", "031 - 734 - 2281"),
        ("antar ke rumah duka. yg terima Yeni 0751 - 28 41 09", "0751 - 28 41 09"),
        ("Penerima: Tiurma, hp: 0812/6401/2287", "0812/6401/2287"),
        ("td salah ketik, nomornya 0813-7012/4456 ya", "0813-7012/4456"),
    ],
)
def test_phones_in_unusual_separators(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "promo khusus kartu perdana 0812/0813/0857 aja kak",
        "periode 08/12/2024 - 10/12/2024",
        "Harga Rp 021 - 500.000",
    ],
)
def test_prefix_lists_dates_and_prices_are_no_phones(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("Manifest:\n1. Noah Williams, USA, 584417874, DOB 14 Feb 1992", "584417874"),
        ("1. Zhang Wei - China - E22259242 - 1990-08-15", "E22259242"),
        ("I'm from Netherlands, passport NWR7K4PL1.", "NWR7K4PL1"),
    ],
)
def test_passports_after_a_nationality_or_with_few_digits(
    analyzer: Analyzer, text: str, passport: str
) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == [passport]


@pytest.mark.parametrize(
    "text", ["ongkir ke Malaysia - 150000 ya", "Tiket Jakarta - Singapore - 2450000"]
)
def test_prices_after_a_country_are_no_passports(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Transfer Berhasil\nRp 15.000.000\nDari ARDIANSYAH PUTRA - 1224087585838",
            "1224087585838",
        ),
        (
            "BRImo - Transaksi Berhasil\nSumber Dana: WAHYUDI - 0792-01-454287-59-3",
            "0792-01-454287-59-3",
        ),
        ("mutasi:\n16/03 BI-FAST DB ke 003115240834 1250000.00", "003115240834"),
    ],
)
def test_accounts_on_receipts_and_statements(analyzer: Analyzer, text: str, account: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


def test_a_receipts_holder_needs_a_transfer_in_the_message(analyzer: Analyzer) -> None:
    text = "Daftar peserta:\nDari BUDI SANTOSO - 1224087585838"
    assert found(analyzer, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    "text",
    [
        "BPHTB estimasi Rp 17.500.000, kode billing 0182 4471 2290.",
        "Bea masuk dibayar via kode billing 820240529118742",
        "2. Kurniawan - Blok M4 no 11 - SiCepat 004411992817",
    ],
)
def test_billing_codes_and_parcels_are_no_accounts(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_an_address_ends_before_a_parcels_number(analyzer: Analyzer) -> None:
    text = "2. Kurniawan - Blok M4 no 11 - SiCepat 004411992817"
    assert all("0044" not in value for value in found(analyzer, text, "ADDRESS"))


def test_an_electricity_token_is_no_secret(analyzer: Analyzer) -> None:
    text = "guys token listrik abis, sy isi dulu ya. token: 5521 0093 7715 2284 6610 udh masuk."
    assert found(analyzer, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sy Anak Agung Gede Wirawan, pindahan dari Bali", "Anak Agung Gede Wirawan"),
        ("ANAK AGUNG GEDE WIRAWAN", "ANAK AGUNG GEDE WIRAWAN"),
    ],
)
def test_a_noble_title_whose_second_word_is_a_name(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert found(analyzer, text, "PERSON") == [name]


def test_a_child_named_agung_keeps_anak_out(analyzer: Analyzer) -> None:
    assert found(analyzer, "anak Agung namanya", "PERSON") == ["Agung"]


@pytest.mark.parametrize(
    "text",
    [
        "Just checking if the Sony WH-1000XM5 is back in stock?",
        "sy mau ambil Philips Air Fryer HD9252 yg diskon",
        "beli Folamil Genio 30 kapsul sama Lacto-B isi 10 sachet",
        "susu Prenagen Mommy Coklat 400g 2 kotak",
        "lahiran di RSIA Sitti Khadijah kemarin",
        "besok sy ke Kanim Soekarno-Hatta buat wawancara paspor",
    ],
)
def test_products_and_offices_are_no_names(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


def test_a_person_before_grams_in_an_errand_stays_a_name(analyzer: Analyzer) -> None:
    assert found(analyzer, "titip Rina 500 gram gula", "PERSON") == ["Rina"]


def test_a_parcel_after_an_international_courier_is_no_account(analyzer: Analyzer) -> None:
    text = "Transfer sudah. Dokumen dikirim via DHL 4471829301 ke kantor"
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_names_before_passports_are_no_products(analyzer: Analyzer) -> None:
    text = "Here you go: Marco Rossi YA1234567, Giulia Bianchi YB7654321"
    assert found(analyzer, text, "PERSON") == ["Marco Rossi", "Giulia Bianchi"]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("email sy andreas.k@gmail.con ya", "andreas.k@gmail.con"),
        ("emailnya nicole . tan 92 @ gmail . com ya kak", "nicole . tan 92 @ gmail . com"),
        (
            "email: y u s r i n a . s @ g m a i l . c o m",
            "y u s r i n a . s @ g m a i l . c o m",
        ),
    ],
)
def test_emails_with_a_slip_in_com_or_spaced_out(analyzer: Analyzer, text: str, email: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize(
    "text", ["h e l l o w o r l d", "sales@acme.con is not our domain", "kamar 12 @ lantai 3"]
)
def test_spaced_words_and_other_domains_are_no_emails(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name in booking: WONG KAR YEE\nPassport: A37227110", "WONG KAR YEE"),
        ("Name as per passport: Lee Min Jung", "Lee Min Jung"),
    ],
)
def test_names_after_an_english_label_with_its_document(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert found(analyzer, text, "PERSON") == [name]


def test_an_anticonvulsant_taken_is_health_data(analyzer: Analyzer) -> None:
    assert found(analyzer, "anak sy minum valproat tiap malam", "MEDICAL") == ["valproat"]
