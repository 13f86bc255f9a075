"""A CSV export typed by its header, an IBAN whose check digits hold but whose length is off,
backup codes several to a line, a virtual account dictated in words and a regional bank's
account."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


def test_a_csv_export_typed_by_its_header(analyzer: Analyzer) -> None:
    text = (
        "name,bank_code,account_number,amount,remark\n"
        "Lestari Wulandari,014,4380991275,3250000,komisi maret\n"
        "Dony Saputra,008,1230008876541,2800000,komisi maret"
    )
    assert found(analyzer, text, "BANK_ACCOUNT") == ["4380991275", "1230008876541"]


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        (
            "Pierre Lambert\tFR49 2004 1010 0773 0002 K815 06\t4120.55",
            ("FR49 2004 1010 0773 0002 K815 06"),
        ),
        ("Reimburse to: IBAN CH19 0076 2077 3401 8829", "CH19 0076 2077 3401 8829"),
    ],
)
def test_an_iban_of_an_odd_length(analyzer: Analyzer, text: str, iban: str) -> None:
    assert found(analyzer, text, "IBAN_CODE") == [iban]
    assert "IBAN" not in found(analyzer, text, "PERSON")  # the label is no name


def test_a_code_of_that_shape_without_its_check_digits(analyzer: Analyzer) -> None:
    assert found(analyzer, "kode promo AB12 CDEF GHIJ 1234", "IBAN_CODE") == []


def test_backup_codes_several_to_a_line(analyzer: Analyzer) -> None:
    text = "Your one-time recovery codes (store them safely):\n7H2K-9QXM  P4WD-3LRT  ZC8N-61FY"
    assert found(analyzer, text, "SECRET") == ["7H2K-9QXM", "P4WD-3LRT", "ZC8N-61FY"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Nomor VA nya delapan delapan nol delapan, satu dua tiga empat, lima enam tujuh",
            ("delapan delapan nol delapan, satu dua tiga empat, lima enam tujuh"),
        ),
        (
            "3. Tri Handayani – jahit – BPD DIY 001.221.019283 – NIK 3404026208850002",
            ("001.221.019283"),
        ),
    ],
)
def test_accounts(analyzer: Analyzer, text: str, account: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]
