"""Phone and account numbers dictated in words or typed as oddly spaced digits."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found_typed


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(cache_size=0)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (
            "nomer aku nol delapan lima tujuh dua dua satu tiga empat enam sembilan ya",
            "nol delapan lima tujuh dua dua satu tiga empat enam sembilan",
            "PHONE_NUMBER",
        ),
        (
            "wa sy kosong delapan satu satu, tiga empat lima, enam tujuh dua nol",
            "kosong delapan satu satu, tiga empat lima, enam tujuh dua nol",
            "PHONE_NUMBER",
        ),
        (
            "you can call me at zero eight seven seven double one four two six nine three",
            "zero eight seven seven double one four two six nine three",
            "PHONE_NUMBER",
        ),
        (
            "hubungi anak saya enam dua delapan satu tiga lima lima tujuh dua empat satu nol",
            "enam dua delapan satu tiga lima lima tujuh dua empat satu nol",
            "PHONE_NUMBER",
        ),
        (
            "tlp rumah nol dua dua tujuh tiga satu delapan empat enam",
            "nol dua dua tujuh tiga satu delapan empat enam",
            "PHONE_NUMBER",
        ),
        (
            "tolong kirim ke rek mandiri satu tiga tujuh nol nol dua sembilan delapan "
            "lima satu enam empat atas nama bapak",
            "satu tiga tujuh nol nol dua sembilan delapan lima satu enam empat",
            "BANK_ACCOUNT",
        ),
        (
            "my account number is five two one zero, three three eight four, six one",
            "five two one zero, three three eight four, six one",
            "BANK_ACCOUNT",
        ),
        (
            "transfer ke BRI dua kali tiga nol satu lima enam tujuh delapan empat",
            "dua kali tiga nol satu lima enam tujuh delapan empat",
            "BANK_ACCOUNT",
        ),
    ],
)
def test_dictated_numbers(analyzer: Analyzer, text: str, value: str, entity: str) -> None:
    assert (entity, value) in found_typed(analyzer, text), found_typed(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no telp:  0857 1 2 2 4 6 8 0 3 9 makasih", "0857 1 2 2 4 6 8 0 3 9"),
        ("wa 08 5 7 3 9 1 2 6 4 8 0 ya bu", "08 5 7 3 9 1 2 6 4 8 0"),
        ("hp anak 0821  44  6 1 9 3 2 7", "0821  44  6 1 9 3 2 7"),
        ("nomer saya 62 813 9 0 4 4 2 1 7 6", "62 813 9 0 4 4 2 1 7 6"),
    ],
)
def test_oddly_spaced_mobiles(analyzer: Analyzer, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in found_typed(analyzer, text), found_typed(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # prices, quantities, times and dates said in words
        "harganya dua ratus lima puluh ribu, ongkir sembilan ribu",
        "pesan satu dua tiga empat lima enam tujuh delapan box ya",
        "nomor antrian dua satu, jam delapan lewat lima belas",
        "tanggal dua satu bulan delapan tahun dua ribu dua empat",
        # a code or a count, not a phone: too short, or not 0 / 62 at the start
        "kode otp nya satu dua tiga empat lima enam",
        "no kamar satu satu dua tiga empat lima enam tujuh delapan",
        "tes mic satu dua tiga empat lima enam tujuh delapan sembilan",
        # reference numbers and service lines dictated in words
        "no resi nol delapan satu dua tiga empat lima enam tujuh delapan sembilan",
        "nomor pesanan kosong delapan satu tiga dua dua empat lima enam tujuh",
        "call center kosong delapan nol nol satu dua tiga empat lima enam",
        "hotline kami nol delapan satu satu satu dua tiga empat lima enam",
        # the same digit over and over is no account
        "rekening nol nol nol nol nol nol nol nol nol nol",
        # an amount of money after a bank word
        "transfer ke BCA lima juta dua ratus ribu rupiah",
    ],
)
def test_no_dictated_number(analyzer: Analyzer, text: str) -> None:
    found_here = [
        f for f in found_typed(analyzer, text) if f[0] in ("PHONE_NUMBER", "BANK_ACCOUNT")
    ]
    assert found_here == []


@pytest.mark.parametrize(
    "text",
    [
        # no phone cue: oddly spaced digits may be anything
        "ukuran 0813 2 1 4 4 7 8 9 0 2",
        # an order number, a price, a product code
        "no order 0857 1 2 2 4 6 8 0 3 9",
        "total Rp 0 812 3 4 5 6 7 8 9",
        "kode produk 0812 3 4 5 6 7 8 9 0",
        # too short or too long for a mobile number
        "no hp 0812 3 4 5 6",
        "no hp 0812 3 4 5 6 7 8 9 0 1 2 3 4",
        # not a mobile prefix
        "no telp 0800 1 2 3 4 5 6 7",
        "wa 0110 2 3 4 5 6 7 8 9",
    ],
)
def test_no_oddly_spaced_mobile(analyzer: Analyzer, text: str) -> None:
    assert [f for f in found_typed(analyzer, text) if f[0] == "PHONE_NUMBER"] == []


def test_digit_groups_left_to_phones(analyzer: Analyzer) -> None:
    # a number in ordinary groups keeps the span phones.py gives it
    text = "wa 0812 3456 7890 2 pcs"
    assert found_typed(analyzer, text) == [("PHONE_NUMBER", "0812 3456 7890")]


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        (
            "kartu BPJS ibu yang nomornya nol nol nol satu dua tiga empat lima enam tujuh "
            "delapan sembilan nol itu masih aktif?",
            "ID_BPJS",
        ),
        (
            "NIK saya tiga dua tujuh tiga nol satu empat satu nol satu sembilan nol nol nol "
            "nol satu",
            "ID_NIK",
        ),
        (
            "BPJS aman, wa saya nol delapan satu tiga dua dua satu nol nol empat lima enam tujuh",
            "PHONE_NUMBER",
        ),
        (
            "rekening BRI saya nomornya nol tiga tiga satu nol satu nol satu dua tiga empat lima "
            "lima tiga satu",
            "BANK_ACCOUNT",
        ),
        (
            "transfer ke BCA ya, nomornya lima dua tujuh satu nol delapan delapan tiga empat satu",
            "BANK_ACCOUNT",
        ),
        (
            "rek BCA aman, nomor hp saya nol delapan satu tiga dua dua satu nol nol empat "
            "lima enam",
            "PHONE_NUMBER",
        ),
    ],
)
def test_card_and_account_numbers_dictated_after_a_number_word(
    analyzer: Analyzer, text: str, entity_type: str
) -> None:
    assert [t for t, _ in found_typed(analyzer, text)] == [entity_type]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "mas ini kodenya udah masuk, empat delapan dua sembilan satu tiga, eh terus gimana",
            ["empat delapan dua sembilan satu tiga"],
        ),
        ("the code is four four one two nine zero", ["four four one two nine zero"]),
        ("kode pos empat nol satu satu lima ya", []),  # a postcode
        ("kodenya ada dua, satu buat kamu satu buat aku", []),
    ],
)
def test_a_one_time_code_dictated_after_its_word(
    analyzer: Analyzer, text: str, codes: list[str]
) -> None:
    assert [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "SECRET"] == codes
