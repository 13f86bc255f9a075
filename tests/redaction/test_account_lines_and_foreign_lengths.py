"""Bank accounts retyped over several lines, foreign account numbers shorter than any
Indonesian bank's after an account label, and a payment's own numbers, which are no one's
account."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def accounts(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "BANK_ACCOUNT"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Lengkapnya:\nBank Mandiri\n1400\n0188\n2297 3\na.n. Bonaventura Sinaga",
            "1400\n0188\n2297 3",
        ),
        (
            "refund ke rek ini ya, cimb niaga\n7071 4420\n9836 10\nan Melati Sukma",
            "7071 4420\n9836 10",
        ),
    ],
)
def test_an_account_over_lines_is_one_account(analyzer: Analyzer, text: str, account: str) -> None:
    assert accounts(analyzer, text) == [account]


@pytest.mark.parametrize(
    "text",
    [
        "Mutasi rekening minggu ini:\n150000\n250000\n175000",  # a column of amounts
        "rek BCA 1234567890\n2 pcs ya kak",  # the account, then an order's quantity
    ],
)
def test_numbers_on_the_lines_after_an_account_word_are_not_joined(
    analyzer: Analyzer, text: str
) -> None:
    assert all("\n" not in value for value in accounts(analyzer, text))


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Penerima Michelle Tan, BSB 062-000, account number 1067 3342 di Commonwealth",
            "1067 3342",
        ),
        ("UK transfer: sort code 20-00-00, account no. 73410852", "73410852"),
        ("Statement request: Fransiska Widjaja, acct 5330119874, for January", "5330119874"),
    ],
)
def test_foreign_and_short_accounts_after_an_account_label(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert accounts(analyzer, text) == [account]


@pytest.mark.parametrize(
    "text",
    [
        "Total 1067 3342 poin, tukar di aplikasi",  # no account label: a count
        "Done via Wise, transfer ID 1042887713. Ship to Strasbourg please",
        "paid via VA, receipt number 0019228471. Could you send the invoice?",
    ],
)
def test_counts_and_a_payments_own_numbers_are_no_accounts(analyzer: Analyzer, text: str) -> None:
    assert accounts(analyzer, text) == []
