"""A second account number in the same digit groups as one just named (a correction, an
alternative) is an account too; a return's receipt number is not; a payment code of a
passport's shape is not a passport, while a passport word a question before still counts."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "accounts"),
    [
        (
            "sy salah kirim, harusnya ke rek 6120 3387 45 tp yg sy ketik malah 6120 3378 45",
            ["6120 3387 45", "6120 3378 45"],
        ),
        (
            "rekening BRI 0331-01-004417-50-2, kalau gagal pakai yg satunya 0331-01-004471-50-8",
            ["0331-01-004417-50-2", "0331-01-004471-50-8"],
        ),
    ],
)
def test_a_corrected_account_is_masked(analyzer: Analyzer, text: str, accounts: list) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == accounts


@pytest.mark.parametrize(
    "text",
    [
        "refund ke rek BCA 4410 2287 93 ya kak. resi retur JNE 0117 2287 9301",
        "no rek BCA 7710349921. pesanan kakak kemarin kodenya 7710349922 ya",
        "rek 6120 3387 45 sudah benar. no order 6120 3387 46",
    ],
)
def test_other_numbers_after_an_account_are_not_accounts(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT")[1:] == []


@pytest.mark.parametrize(
    "text",
    [
        "top up sy blm masuk, kode bayar KP4471920 udh sy bayar di indomaret",
        "booking code TX8830145 ya kak",
        "kode voucher ZQ7712093 masih berlaku?",
        "paspor udah jadi, biayanya Rp 350000 ya",
    ],
)
def test_a_code_of_a_passports_shape_is_not_a_passport(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == []


@pytest.mark.parametrize(
    ("text", "passport"),
    [
        ("Paspor ibu no berapa ya? Yang di foto kemarin kan B 4471920?", "B 4471920"),
        ("passport no. A 3318420", "A 3318420"),
    ],
)
def test_a_passport_after_its_question_is_masked(
    analyzer: Analyzer, text: str, passport: str
) -> None:
    assert found(analyzer, text, "ID_PASSPORT") == [passport]
