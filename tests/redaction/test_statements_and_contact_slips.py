"""Accounts on bank statements and fraud reports, numbers after a courier's or a country's
name, phones with underscores or a small town's area code, grouped foreign numbers, and
e-mail addresses with a stray space before the "@"."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kurir: rumahnya yg mana ya? Sy Andri dr J&T 0857-1124-7790", "0857-1124-7790"),
        ("no darurat: suami Deni Irawan 0812_7740_3319. makasih", "0812_7740_3319"),
        ("HP: 0634 21 447 (rumah) / 0812-6577-0342", "0634 21 447"),
        (
            "router kantor cabang Medan ga konek. gw Togar 061-846-2207, kalau ga diangkat",
            "061-846-2207",
        ),
        ("Rebecca Stone, +44 7911 623 048, bex.stone@btinternet.com", "+44 7911 623 048"),
        (
            "Penerima rek 0071 2340 9981 BRI. No UAE +971 50 418 2277, makasih",
            "+971 50 418 2277",
        ),
    ],
)
def test_phones(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", ["saldo +1 250 000 hari ini", "dapat +500 000 poin"])
def test_amounts_after_a_plus_are_no_phones(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_passport_after_its_short_word(analyzer: Analyzer) -> None:
    text = "1. Hendrik Pattiasina — 0811 4780 229 — pasp C 4872219"
    assert found(analyzer, text, "ID_PASSPORT") == ["C 4872219"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Here's the extract from my statement:\n03/06 TRSF E-BANKING DB 0306/FTSCY/WS95031"
            " 1,500,000.00 7380119924 DENI SUPRIADI",
            "7380119924",
        ),
        ("unauthorized transfers.\nFunds sent to 0370 1188 452 (Rudy Tanoto).", "0370 1188 452"),
        ("Wahyu Nugroho / Bank Jateng 2-034-18827-4", "2-034-18827-4"),
        ("Your instalment will be auto-debited from 1293 0487 6612, please", "1293 0487 6612"),
        ("Interest will be credited to savings 0188 4421 00.", "0188 4421 00"),
        (
            "fake transfer receipt showing\nFrom: Agustinus Wenas 7721 0036 481",
            "7721 0036 481",
        ),
    ],
)
def test_accounts(analyzer: Analyzer, text: str, account: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


def test_a_name_in_brackets_needs_a_transfer_to_make_an_account(analyzer: Analyzer) -> None:
    assert found(analyzer, "Tiket 0370 1188 452 (Rudy Tanoto) sudah terbit", "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("hasilnya dikirim ke email yuni.astuti83 @yahoo.com ya", "yuni.astuti83 @yahoo.com"),
        ("cek ig dewi_88 @gmail.com", "dewi_88 @gmail.com"),
    ],
)
def test_a_stray_space_before_the_at(analyzer: Analyzer, text: str, email: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize("text", ["follow ig kami @tokoku.id ya", "sy rina @gmail.com"])
def test_handles_and_words_before_an_at_are_no_emails(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


def test_a_withdrawal_goes_to_an_account(analyzer: Analyzer) -> None:
    text = "Withdrawal of Rp 14.200.000 went to 0071 2245 9930 which is NOT mine."
    assert found(analyzer, text, "BANK_ACCOUNT") == ["0071 2245 9930"]


def test_a_plate_ending_in_jt_after_a_vehicle(analyzer: Analyzer) -> None:
    text = "Mas, motor nmax sy AD 5829 JT udh bisa diambil?"
    assert found(analyzer, text, "ID_PLATE") == ["AD 5829 JT"]


@pytest.mark.parametrize("text", ["mobil D 150 JT nego", "harga motor 2500 JT"])
def test_prices_in_millions_stay_prices(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PLATE") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[07.44] Mama Kezia: oh ok thx ya\n[07.50] Lydia: btw besok field trip ya",
            ["Kezia", "Lydia"],
        ),
        ("[20.11] Maya C-12: welcome mbak Hannah!", ["Maya", "Hannah"]),
        ("12/06/24, 20.11 - Citra: noted bon", ["Citra"]),
    ],
)
def test_speakers_in_a_chat_log(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert found(analyzer, text, "PERSON") == names


@pytest.mark.parametrize(
    "text", ["[10.00] Admin: promo hari ini", "[10.00] Catatan: bawa KTP", "[10.00] Total: Rp 5"]
)
def test_labels_after_a_chat_time_are_no_speakers(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


def test_a_dutch_flat_after_its_house_number(analyzer: Analyzer) -> None:
    text = (
        "Penerima: Annelies de Vries, Keizersgracht 214-2, 1016 DZ Amsterdam, tel +31 6 4821 7736"
    )
    assert found(analyzer, text, "ADDRESS") == ["Keizersgracht 214-2, 1016 DZ Amsterdam"]


def test_a_british_driving_licence(analyzer: Analyzer) -> None:
    text = "I have a UK licence FLETC807122T99XK and a KITAS."
    assert found(analyzer, text, "ID_SIM") == ["FLETC807122T99XK"]


def test_a_licence_shape_without_its_word_is_no_licence(analyzer: Analyzer) -> None:
    assert found(analyzer, "kode voucher FLETC807122T99XK", "ID_SIM") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Reply with your date of birth and the last 4 digits of your card.\n> 14/06/1965, 2319",
            "14/06/1965",
        ),
        ("konfirmasi tanggal lahir kakak ya.\n> 30-01-1991 kak", "30-01-1991"),
    ],
)
def test_a_birth_date_in_a_quoted_reply(analyzer: Analyzer, text: str, date: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("eh iya maaf kak, 4380221976 itu udh 10 kok, tadi sy spasi nya aneh", "4380221976"),
        ("4129883051 is correct, 10 digits 👍", "4129883051"),
        ("Hi Bima, finance asks: 6092234118 itu BCA KCU mana?", "6092234118"),
        ("I used CENAIDJA and acc 4471209835. Transfer ID TW-839201744", "4471209835"),
        ("udh bayar via VA 393580878 12345530 ya, tp status msh pending", "393580878 12345530"),
        (
            "Betul Pak, VA berubah setiap periode tagihan. Untuk Desember gunakan"
            " 8528001977812001 ya Pak.",
            "8528001977812001",
        ),
    ],
)
def test_accounts_checked_by_length_bank_or_va(analyzer: Analyzer, text: str, account: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no polis aku 3174051234560001 (16 digit), bukan NIK ya kak", "3174051234560001"),
        (
            "Bayar ke VA yang tertera di aplikasi. Jika ragu, hubungi CS resmi 021-5091-7700.",
            "021-5091-7700",
        ),
        (
            "bayarnya lewat VA 88888 0003318076452 kan?\nno kartu kepala keluarga 0003318076452",
            "0003318076452",
        ),
    ],
)
def test_policies_hotlines_and_cards_near_a_va_are_no_accounts(
    analyzer: Analyzer, text: str, value: str
) -> None:
    assert value not in found(analyzer, text, "BANK_ACCOUNT")


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("NIK : 357 311 7 004710094\nNo BPJS : 0001487209361", "ID_NIK", "357 311 7 004710094"),
        ("nama Aisyah\nKTP 3173096803 9 71 199", "ID_NIK", "3173096803 9 71 199"),
        ("No KK: 3372  130412 173626", "ID_KK", "3372  130412 173626"),
        ("the card number on the letter is 49 1 0386 090788377 — weird", "CREDIT_CARD",
         "49 1 0386 090788377"),
    ],
)  # fmt: skip
def test_numbers_in_uneven_groups_after_their_label(
    analyzer: Analyzer, text: str, entity_type: str, value: str
) -> None:
    assert found(analyzer, text, entity_type) == [value]


def test_uneven_groups_without_a_label_are_nothing(analyzer: Analyzer) -> None:
    assert found(analyzer, "order 357 311 7 004710094", "ID_NIK") == []


def test_a_familys_line_after_a_clinic_in_another_sentence(analyzer: Analyzer) -> None:
    text = "Rujukan dari Puskesmas Kalasan. Keluarga bisa dihubungi di 0274-496-102 ya"
    assert found(analyzer, text, "PHONE_NUMBER") == ["0274-496-102"]
