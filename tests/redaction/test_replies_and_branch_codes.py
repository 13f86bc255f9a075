"""A number sent alone as a message (the answer to a question only the conversation shows);
accounts after a transfer's destination word, after the label and the bank's name, after a
branch's code abroad (BSB, sort code); a post office's or a long first group's account."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize("text", ["8730412256", "  0061928835\n", "5410 2298 71.", "4412-0039-88!"])
def test_a_number_sent_alone_is_kept_out_of_sight(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [text.strip(" \n.!")]


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        # its shape still gives a mobile, a NIK or a card its own type
        ("081328774105", "PHONE_NUMBER"),
        ("3275041807932892", "ID_NIK"),
        ("0001489263077", "ID_BPJS"),
        ("103.147.9.212", "IP_ADDRESS"),
        ("4799 4762 5387 0694", "CREDIT_CARD"),
    ],
)
def test_a_number_sent_alone_keeps_its_own_type(
    analyzer: Analyzer, text: str, entity_type: str
) -> None:
    assert found(analyzer, text, entity_type) == [text]
    assert found(analyzer, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    "text",
    [
        # not alone: words around it without an account's evidence
        "8730412256 itu nomor resi ya kak",
        "order 8730412256",
        "tolong cek 8730412256",
        # a short number alone is a code or a quantity
        "902118",
        "1500888",
    ],
)
def test_a_number_with_words_around_it_needs_evidence(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Min kenapa tf ke seabank dr bca blm masuk2 ya, udh 3 jam. ref 020240819114522001, "
            "tujuan 9012 7746 3381",
            "9012 7746 3381",
        ),
        ("Sender acc: POSB 188-73340-6 | Beneficiary: Sumiati", "188-73340-6"),
        ("My NAB acc: BSB 083-004 51-882-4417", "51-882-4417"),
        ("Sent! From my ANZ 4291 55806 – Rafi Nasution.", "4291 55806"),
        ("my Australian account NAB 58-301-4472, BSB 083-170", "58-301-4472"),
        ("UK account, sort code 20-45-77 44182093, name J Smith", "44182093"),
        ("no rek Taiwan sy di 郵局 0001342-0728815 bisa ga langsung", "0001342-0728815"),
        ("gaji masuk ke Chunghwa Post aku 0001023-0448172 tiap bulan", "0001023-0448172"),
    ],
)
def test_accounts_after_destination_bank_and_branch_code(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert account in found(analyzer, text, "BANK_ACCOUNT")


@pytest.mark.parametrize(
    "text",
    [
        # a destination that is a place, and a destination without a transfer
        "tiket bus tujuan Purwokerto 1234567890 kursi 12",
        "paket tujuan 1234567890 sudah sampai gudang",
        # a BSB alone, and a sort code's own digits
        "BSB 083-004",
        "rek BCA 123456789",
        "sort code 20-45-77",
    ],
)
def test_no_account_without_its_evidence(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []
