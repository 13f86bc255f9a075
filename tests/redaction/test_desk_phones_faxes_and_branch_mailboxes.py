"""A person's desk phone beside a company's fax, helpdesk and switchboard; mobiles with a
one-digit group; tax numbers in spaced groups; money credited back to an account; a branch's
mailbox named by its city, and a word's abbreviation before a plain e-mail address; numbers
abroad said with their plus; more vendors' tokens and health terms; addresses in Taiwan, and
Korea's with the road's number after it."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        (
            "Reporter: Fransiska Dewi | Desk phone: (021) 2953 8800 ext. 2217 | Device: PC-12",
            ["(021) 2953 8800 ext. 2217"],
        ),
        (
            "New: same email, desk +62 542 873 1400 ext. 210 (moved to Balikpapan site)",
            ["+62 542 873 1400 ext. 210"],
        ),
        (
            "PIC nya sy, Wiwik, desk (031) 746 2210 ext. 31, HP 0857 3390 1284.",
            ["(031) 746 2210 ext. 31", "0857 3390 1284"],
        ),
    ],
)
def test_a_persons_desk_phone(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


@pytest.mark.parametrize(
    "text",
    [
        "please contact our front desk at +62 361 847 2200 ext. 0",
        "Our sales office: enquiry@apexmarine.com.sg. Fax: +65 6221 7799.",
        "Helpdesk: (022) 4264813",
        "Please avoid calling the company switchboard (021) 521 5000, she left.",
        "For urgent matters use the general line +62 21 7280 1100.",
    ],
)
def test_a_companys_desk_fax_and_switchboard(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_fax_after_a_persons_office_line(analyzer: Analyzer) -> None:
    text = "HP 0815 1822 0094\nKantor sy (021) 7278 1212 fax (021) 7278 1213"
    assert found(analyzer, text, "PHONE_NUMBER") == ["0815 1822 0094", "(021) 7278 1212"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("agus 081 2 3345 9901", "081 2 3345 9901"),
        ("Rina 0812 9977 0 345 ya", "0812 9977 0 345"),
        ("Tono 085 7 23 45 67 89", "085 7 23 45 67 89"),
        # a quantity after the number stays out of it
        ("wa 0812 3456 7890 2 pcs", "0812 3456 7890"),
    ],
)
def test_mobile_with_a_one_digit_group(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


def test_tax_number_in_spaced_groups(analyzer: Analyzer) -> None:
    text = "data WP:\n95 289 078 8 666 617 (NPWP)\nAgustinus Lamadu (nama)"
    assert found(analyzer, text, "ID_NPWP") == ["95 289 078 8 666 617"]


def test_spaced_groups_failing_the_check_digit_are_no_tax_number(analyzer: Analyzer) -> None:
    assert found(analyzer, "kode 95 289 078 9 666 617", "ID_NPWP") == []


@pytest.mark.parametrize(
    "text",
    [
        "We'll credit it back to 0183992714 with the October salary.",
        "Selisihnya sudah dikreditkan ke 0183992714 kemarin sore.",
    ],
)
def test_money_credited_to_an_account(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == ["0183992714"]


@pytest.mark.parametrize(
    "text",
    [
        "Dokumen cabang kirim ke makassar@sentosalogistik.co.id",
        "cc hrga.surabaya@andalanfood.co.id utk absensi",
        "Laporan penipuan: lapor@bankmandala.co.id",
        "Resep dikirim ke resep@klinikpratamasehat.id",
        "PBC list to audit@kap-hadiwijaya.com please",
        "Untuk komplain silakan hub. cs@lintasnusa.co.id",
    ],
)
def test_branch_and_desk_mailboxes(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # a person's address after an abbreviation: the address alone
        ("Hub. andi.pratama@lintasnusa.co.id", "andi.pratama@lintasnusa.co.id"),
        # a name beside a city is a person's address
        ("email rizal.makassar@sentosalogistik.co.id", "rizal.makassar@sentosalogistik.co.id"),
        # an operations desk may be one person: masked
        ("kirim ke ops@warungdigital.co.id", "ops@warungdigital.co.id"),
    ],
)
def test_a_persons_address_stays_masked(analyzer: Analyzer, text: str, email: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        (
            "token Postman, jangan disebar: PMAK-67f2a91c3b04d8e1-9a7c5e2f1b3d4a6c8e0f. expired",
            "PMAK-67f2a91c3b04d8e1-9a7c5e2f1b3d4a6c8e0f",
        ),
        (
            "showing in plaintext in the config: ATATT3xFfGF0q8Zs1LmPv2Yd9KcR. Revoke it",
            "ATATT3xFfGF0q8Zs1LmPv2Yd9KcR",
        ),
        (
            "export LINEAR_KEY=lin_api_7Hq2mXv9Rk3LpT8wZs4YdN6bFc1JgE5aUo0",
            "lin_api_7Hq2mXv9Rk3LpT8wZs4YdN6bFc1JgE5aUo0",
        ),
    ],
)
def test_more_vendors_tokens(analyzer: Analyzer, text: str, token: str) -> None:
    assert found(analyzer, text, "SECRET") == [token]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("klaim rawat inap anak sy. Diagnosa bronkopneumonia. Apa bisa full?", "bronkopneumonia"),
        ("He'll miss school today, stomach flu. Thanks", "stomach flu"),
        ("ada surat rujukan dr puskesmas soalnya letak sungsang", "letak sungsang"),
    ],
)
def test_more_health_terms(analyzer: Analyzer, text: str, term: str) -> None:
    assert term in " ".join(found(analyzer, text, "MEDICAL"))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "My number is plus four four, seven seven zero zero, nine zero zero, four one two.",
            "plus four four, seven seven zero zero, nine zero zero, four one two",
        ),
        (
            "you can reach me at plus six five, nine one two three, four five six seven or email",
            "plus six five, nine one two three, four five six seven",
        ),
        (
            "his number is plus six two eight one one, nine eight seven, six five four three",
            "plus six two eight one one, nine eight seven, six five four three",
        ),
    ],
)
def test_number_abroad_said_with_its_plus(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


def test_said_plus_digits_without_a_phone_word_must_be_valid(analyzer: Analyzer) -> None:
    # the United Kingdom's range kept for fiction: possible, not valid
    text = "tickets: plus four four, seven seven zero zero, nine zero zero, four one two"
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "alamat baru majikan: 3F, No. 18, Aly. 5, Ln. 250, Sec. 5, Nanjing E. Rd., Songshan "
            "Dist., Taipei City 105. nomor nya nanti",
            "3F, No. 18, Aly. 5, Ln. 250, Sec. 5, Nanjing E. Rd., Songshan Dist., Taipei City 105",
        ),
        (
            "new employer: 5F.-2, No. 33, Ln. 12, Minsheng Rd., West Central Dist., Tainan City "
            "700. ok",
            "5F.-2, No. 33, Ln. 12, Minsheng Rd., West Central Dist., Tainan City 700",
        ),
        # Korea's in Latin letters, the road's number after it
        (
            "alamat terakhir yg dia kasih Gimhae-si, Jinyeong-eup, Uiryong-ro 112. sy istrinya",
            "Gimhae-si, Jinyeong-eup, Uiryong-ro 112",
        ),
    ],
)
def test_addresses_in_taiwan_and_korea(analyzer: Analyzer, text: str, address: str) -> None:
    assert found(analyzer, text, "ADDRESS") == [address]


def test_a_city_that_is_a_name_too_is_a_persons_mailbox(analyzer: Analyzer) -> None:
    text = "email ke bima@sentosalogistik.co.id ya"
    assert found(analyzer, text, "EMAIL_ADDRESS") == ["bima@sentosalogistik.co.id"]
