"""A home line after a hospital's name, foreign numbers with their country in the label or a
fictional range after "my number", accounts after an ATM bank code or in short first groups,
codes after "kode nya", a licence's number a sentence after its word, social security numbers,
a name after a colon-ended label that is a business word, a person addressed before a shop
word, products in an order, names after "it's" and birthday wishes, the numbers of a SIM card's
registration SMS, and visa indexes, places and speeds that are no personal data."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


def test_a_line_said_to_be_home_is_personal_after_a_hospital(analyzer: Analyzer) -> None:
    text = "She was admitted at RS Pondok Indah. Callback: 021 7654 3210 (home)."
    assert found(analyzer, text, "PHONE_NUMBER") == ["021 7654 3210"]


def test_a_hospitals_line_stays_unmasked(analyzer: Analyzer) -> None:
    text = "She was admitted at RS Pondok Indah. Callback: 021 7654 3210."
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Ref KR0610-77321. No hp korea sy 010-4829-3316", "010-4829-3316"),
        ("my Taiwan number: 0987-114-236", "0987-114-236"),
        ("Please add my number for school updates: +44 7700 900123.", "+44 7700 900123"),
    ],
)
def test_numbers_from_abroad(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


def test_a_local_foreign_form_needs_its_country_or_label(analyzer: Analyzer) -> None:
    assert found(analyzer, "kode booking 010-4829-3316", "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Betul kak, kode bank BCA 014. Jadi di ATM bersama masukkan 014 + 6045118392.",
            "6045118392",
        ),
        ("Ini rekening perusahaan lama ya, 00 123 456 7890 (CIMB).", "00 123 456 7890"),
        ("or wire to Maybank 2 4120 0567 4. Her NPWP is below", "2 4120 0567 4"),
        ("Pembayaran via VA Mandiri 89 508 0915 2024 06. Denda 2%", "89 508 0915 2024 06"),
    ],
)
def test_accounts_after_a_bank_code_or_in_short_groups(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


@pytest.mark.parametrize(
    "text",
    [
        "transfer BCA ya. Contact +65 8123 9907 kalau ada kendala",
        "bayar 150 + 2500000 ke BCA",
    ],
)
def test_country_codes_and_sums_are_no_accounts(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_a_code_after_kode_nya(analyzer: Analyzer) -> None:
    assert found(analyzer, "kode nya 482 913", "SECRET") == ["482 913"]


def test_a_licence_number_a_sentence_after_its_word(analyzer: Analyzer) -> None:
    text = "dek tolong fotoin SIM papa, mau perpanjang online. nomornya 720914556781 bukan?"
    assert found(analyzer, text, "ID_SIM") == ["720914556781"]


@pytest.mark.parametrize(
    "text",
    [
        "Hotline pelindungan WNI +966 50 329 8100, urusan SIM di KBRI",
        "ganti SIM dulu. kerugian Rp 1.200.000 resi SICEPAT 000441298876",
    ],
)
def test_phones_abroad_and_tracking_numbers_are_no_licences(analyzer: Analyzer, text) -> None:
    assert found(analyzer, text, "ID_SIM") == []


def test_a_social_security_number_after_its_name(analyzer: Analyzer) -> None:
    text = "I'm Kyle Jensen, US citizen living in Bali, SSN 536-82-4417. Please delete this"
    assert found(analyzer, text, "US_SSN") == ["536-82-4417"]


@pytest.mark.parametrize("text", ["call 536-82-4417", "SSN 000-12-3456 is a sample"])
def test_no_social_security_number_without_its_name_or_valid_groups(analyzer, text) -> None:
    assert found(analyzer, text, "US_SSN") == []


def test_a_name_after_a_label_ending_in_a_business_word(analyzer: Analyzer) -> None:
    text = "data suami sy utk tanggungan asuransi kantor: Gregorius Bayu Aji, lahir 30.11.1987"
    assert found(analyzer, text, "PERSON") == ["Gregorius Bayu Aji"]


def test_a_person_addressed_before_a_shop_word(analyzer: Analyzer) -> None:
    text = "kak Tia laundry an pak Haris udh jadi? 4 kg x 7"
    assert found(analyzer, text, "PERSON") == ["Tia", "Haris"]


def test_a_shop_named_after_its_owner_stays(analyzer: Analyzer) -> None:
    assert found(analyzer, "pesan di Rina Laundry ya", "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Order for pickup: 2x Large Pepperoni, 1x Garlic Bread. Name Jake.",
        "Order #SHP-99128 ya, 2x Tumbler Stanley 887ml warna sage",
    ],
)
def test_products_after_a_quantity_or_before_a_size_are_no_names(analyzer, text) -> None:
    assert set(found(analyzer, text, "PERSON")) <= {"Jake"}


def test_a_name_after_a_quantity_of_laundry_stays(analyzer: Analyzer) -> None:
    assert found(analyzer, "laundry a.n. Budi 4 kg", "PERSON") == ["Budi"]


def test_a_mail_providers_domain_typed_with_a_comma(analyzer: Analyzer) -> None:
    text = "invoicenya kirim ke andi.pratama@gmail,com ya kak"
    assert found(analyzer, text, "EMAIL_ADDRESS") == ["andi.pratama@gmail,com"]


def test_a_comma_in_a_company_domain_is_left_alone(analyzer: Analyzer) -> None:
    assert found(analyzer, "kirim ke info@tokoku,com ya", "EMAIL_ADDRESS") == []


def test_a_short_foreign_account_after_acc(analyzer: Analyzer) -> None:
    text = "Paid via Wise from my CommBank account BSB 062-000 acc 1048 2291, reference TW-4928."
    assert found(analyzer, text, "BANK_ACCOUNT") == ["1048 2291"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey coach it's Ray, i'll skip this week.", "Ray"),
        ("Name's Kat. Same number as before (0811 900 2211)", "Kat"),
        ("happy bday Nadia!! 🎂", "Nadia"),
        ("hbd dinda 🎂 semoga sehat", "dinda"),
    ],
)
def test_names_after_it_is_and_wishes(analyzer: Analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["it's Monday again", "It's Done, thanks", "it's Jakarta time"])
def test_it_is_before_a_word_or_a_place(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


def test_numbers_in_a_sim_registration_sms(analyzer: Analyzer) -> None:
    text = "udh sy ketik REG#3471076103010002#3471070904180003# tp reply nya gagal"
    # (the command's fields: REG#<NIK>#<KK>#)
    assert found(analyzer, text, "ID_NIK") == ["3471076103010002"]
    assert found(analyzer, text, "ID_KK") == ["3471070904180003"]


def test_a_number_glued_to_an_order_mark_stays(analyzer: Analyzer) -> None:
    assert found(analyzer, "order #3471076103010002 ya", "ID_NIK") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I want to extend my B211A visa, it expires on 14 March.",
        "Hi Bu, this is Anna Kowalski (Darmasiswa, Poland). Ini rekening BNI saya",
        "we're flying to Perth for my mom's surgery",
        "fast internet is a must (min 50 Mbps)",
        "Guide besok utk Batur sunrise ya",
    ],
)
def test_visa_indexes_places_and_speeds_are_no_personal_data(analyzer, text) -> None:
    assert {e.type for e in analyzer.analyze(text)} <= {"PERSON"}
    assert [n for n in found(analyzer, text, "PERSON") if n != "Anna Kowalski"] == []


def test_a_plate_like_a_visa_index_without_visa_words_stays_a_plate(analyzer) -> None:
    assert found(analyzer, "mobil sy B211A ya", "ID_PLATE") == ["B211A"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Udah masuk tadi pagi dari Khalid, Rp 8.612.000 setelah potongan.", "Khalid"),
        ("IBAN yg dari Jonas td kurang satu digit", "Jonas"),
    ],
)
def test_a_capitalised_foreign_name_after_a_weak_cue(analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name]


def test_a_mistyped_account_given_before_the_right_one(analyzer: Analyzer) -> None:
    text = "Yg sy tulis 1370012345678, yg bener 1370012345687 Mandiri a.n. Eka"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["1370012345678", "1370012345687"]


def test_an_order_number_before_an_account_stays(analyzer: Analyzer) -> None:
    text = "order 1370012345678 sudah, tf ke rek 1370012345687 Mandiri"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["1370012345687"]


@pytest.mark.parametrize(
    ("text", "retyped"),
    [
        (
            "yg di email 8808 0812 7734 1109 rek BCA, yg di app 880808127734110",
            "880808127734110",
        ),
        (
            "harusnya rek BCA 0571 3381 2204 (punya kakak sy), yg kekirim malah 0571 3381 2240",
            "0571 3381 2240",
        ),
    ],
)
def test_an_account_retyped_in_other_groups_or_digits(analyzer, text, retyped) -> None:
    assert retyped in found(analyzer, text, "BANK_ACCOUNT")


def test_an_order_number_sharing_an_accounts_first_digits_stays(analyzer) -> None:
    text = "rek BCA 1234567890, order 1234567800 sudah"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["1234567890"]


def test_a_short_chinese_family_name_after_a_known_first_name(analyzer) -> None:
    text = "Nanti tf dari rek CIMB 7600 1234 5678 a.n Hendra Lo"
    assert found(analyzer, text, "PERSON") == ["Hendra Lo"]
    assert found(analyzer, "a.n Budi lo ya", "PERSON") == ["Budi"]


def test_we_are_at_is_a_familys_address(analyzer: Analyzer) -> None:
    text = "anak sy demam 3 hari. kami di Gg. Kenari II No. 5 RT 3/RW 9 Kel. Sukabumi Selatan"
    assert found(analyzer, text, "ADDRESS") == [
        "Gg. Kenari II No. 5 RT 3/RW 9 Kel. Sukabumi Selatan"
    ]


def test_our_office_is_at_stays_a_business_address(analyzer: Analyzer) -> None:
    assert found(analyzer, "Kantor kami di Jl. Rasuna Said Kav. 5 blok B lt 3", "ADDRESS") == []


def test_a_registration_sms_with_a_space_after_reg(analyzer: Analyzer) -> None:
    text = "REG 9225242305841247#9228171505182801# kirim ke 4444"
    masked = {text[e.start : e.end] for e in analyzer.analyze(text)}
    assert {"9225242305841247", "9228171505182801"} <= masked


def test_a_shortened_baptismal_name_keeps_its_dot(analyzer: Analyzer) -> None:
    text = "STNK a.n. Ign. Yoga Prasetya. Sekalian tambah perluasan banjir"
    # (as one name or as the initial and the name)
    assert " ".join(found(analyzer, text, "PERSON")) == "Ign. Yoga Prasetya"


def test_a_vendor_key_with_a_base64_tail(analyzer: Analyzer) -> None:
    key = "xnd_development_P4qDfOss0OCpl8RtKrROHjaQYNCk9dN5lSfk+R1l9Wbe+rSiCwZ3jw=="
    assert found(analyzer, f"API key sandbox bocor di grup {key} tolong", "SECRET") == [key]


def test_a_password_four_words_after_its_word(analyzer: Analyzer) -> None:
    text = "password terakhir yg dia inget rafael2012. Atas nama Rafael"
    assert found(analyzer, text, "SECRET") == ["rafael2012"]


def test_a_card_number_typed_over_lines_after_card_words(analyzer: Analyzer) -> None:
    text = "mau bayar pakai kartu kredit tp error. Nomornya\n4512 7535\n4898 6915\nexp 11/26"
    assert found(analyzer, text, "CREDIT_CARD") == ["4512 7535\n4898 6915"]


def test_numbers_over_lines_without_card_words_stay(analyzer: Analyzer) -> None:
    assert found(analyzer, "stok gudang:\n4512 7535\n4898 6915", "CREDIT_CARD") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "pls contact me on 012-345 6789 (that's my Malaysian number, WhatsApp same)",
            "012-345 6789",
        ),
        ("Contact: 080-9876-5432 (JP), email later", "080-9876-5432"),
        ("Lead passenger Ben Clarke, AU mobile (04) 1234 5678.", "(04) 1234 5678"),
        ("Oxford OX4 1HP, United Kingdom, tel 07911 123456", "07911 123456"),
        ("in Singapore: Eric 9123 8765 (SG number, add +65)", "9123 8765"),
        ("my Indonesian number is 0812-9999-0101 and US number (646) 555-0172", "(646) 555-0172"),
    ],
)
def test_local_numbers_abroad_by_label_or_country(analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text", ["Questions? contact us at (021) 555-1234", "hubungi 021-500-123 (US office)"]
)
def test_a_business_line_stays_with_its_country_or_us(analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("mba emailnya intan.permata at gmail.com ya", "intan.permata at gmail.com"),
        (
            "emailnya fitri underscore handayani at gmail titik com. fitri pake i",
            "fitri underscore handayani at gmail titik com",
        ),
        ("email: kurniawan.adi\n@gmail.com (kepotong kak)", "kurniawan.adi\n@gmail.com"),
        ("email aku:\nmonica.\nsari@gmail.com\n(maap)", "monica.\nsari@gmail.com"),
        ("emailnya tiaraamalia@gmailcom kak", "tiaraamalia@gmailcom"),
    ],
)
def test_e_mail_addresses_said_cut_or_mistyped(analyzer, text: str, email: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize("text", ["meet at school dot com", "kita at gmail office ya"])
def test_at_in_prose_is_no_e_mail_address(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


def test_an_npwp_typed_with_commas(analyzer: Analyzer) -> None:
    text = "npwp 19,023,087,0-000,407\nmaaf hp sy titiknya jadi koma"
    assert found(analyzer, text, "ID_NPWP") == ["19,023,087,0-000,407"]
