"""Pasted tables: a cell is typed by its column's header ("Tgl Lahir", "No Rek", "No HP"),
not by words around it; amounts, order dates, row numbers and other columns stay untouched."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "entity", "values"),
    [
        # pipes, with a NIK and a phone column beside the dates
        (
            "No | Nama | NIK | Tgl Lahir | No HP\n"
            "1 | Wulan Sari | 3204114708920002 | 07-08-1992 | 081390127788\n"
            "2 | Hendra Gunawan | 3471062503870001 | 25/03/1987 | 0856-4410-2291",
            "DATE_OF_BIRTH",
            ["07-08-1992", "25/03/1987"],
        ),
        # a payroll export without spaces around the pipes
        (
            "NO REKENING|NAMA|NOMINAL|KETERANGAN\n"
            "7730551902|YOGI PRASETYO|3.150.000|gaji nov\n"
            "0046213387|LINDA ANGGRAENI|2.900.000|gaji nov",
            "BANK_ACCOUNT",
            ["7730551902", "0046213387"],
        ),
        # a header written as identifiers: "NO_REK"
        (
            "NO_REK|NAMA|NOMINAL\n5520913377|AGUS|4800000\n5520914488|DINA|5100000",
            "BANK_ACCOUNT",
            ["5520913377", "5520914488"],
        ),
        # a spreadsheet paste: tabs, accounts of 8 digits and grouped ones
        (
            "Nama\tBank\tNo. Rek\tJumlah\n"
            "Putri\tJago\t10442871\t750000\n"
            "Rizal\tBRI\t0331-01-018845-50-2\t1250000",
            "BANK_ACCOUNT",
            ["10442871", "0331-01-018845-50-2"],
        ),
        # semicolons, English labels, a date with a month's name
        (
            "Name;Date of Birth;Account No;Email\n"
            "Kevin Ho;14 Feb 1979;612009834;kevin.ho79@gmail.com\n"
            "Ayu Lestari;1996-11-30;8890172234;ayu.lestari@yahoo.co.id",
            "DATE_OF_BIRTH",
            ["14 Feb 1979", "1996-11-30"],
        ),
        (
            "Name;Date of Birth;Account No;Email\n"
            "Kevin Ho;14 Feb 1979;612009834;kevin.ho79@gmail.com\n"
            "Ayu Lestari;1996-11-30;8890172234;ayu.lestari@yahoo.co.id",
            "BANK_ACCOUNT",
            ["612009834", "8890172234"],
        ),
        # columns aligned with spaces; a "TTL" cell's date after the birthplace
        (
            "NO  NAMA PESERTA   TTL                      NO WA\n"
            "1   Gita           Cirebon, 19-04-2003      081255660077\n"
            "2   Arman          Padang, 2 Januari 2001   082177004411",
            "DATE_OF_BIRTH",
            ["19-04-2003", "2 Januari 2001"],
        ),
        # a markdown table, outer pipes and the alignment row
        (
            "| Nama | Tanggal Lahir | Nomor Rekening |\n"
            "|------|---------------|----------------|\n"
            "| Sinta | 03.10.1990 | BNI 0217734459 |",
            "BANK_ACCOUNT",
            ["0217734459"],
        ),
        (
            "| Nama | Tanggal Lahir | Nomor Rekening |\n"
            "|------|---------------|----------------|\n"
            "| Sinta | 03.10.1990 | BNI 0217734459 |",
            "DATE_OF_BIRTH",
            ["03.10.1990"],
        ),
        # phone numbers in a "WhatsApp" column are reported too
        (
            "Nama\tWhatsApp\tKelas\nNadia\t0813 2200 4517\t7B\nFajar\t+62 857 3301 6624\t7C",
            "PHONE_NUMBER",
            ["0813 2200 4517", "+62 857 3301 6624"],
        ),
    ],
)
def test_cells_of_typed_columns_are_found(
    analyzer: Analyzer, text: str, entity: str, values: list[str]
) -> None:
    assert found(analyzer, text, entity) == values


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a plain "Tanggal" column is a transaction's date, "Qty" and "Harga" are not accounts
        (
            "No|Tanggal|No Invoice|Qty|Harga\n1|14-03-1999|77120034561|2|185000\n"
            "2|15-03-1999|77120034562|1|92000",
            "DATE_OF_BIRTH",
        ),
        (
            "No|Tanggal|No Invoice|Qty|Harga\n1|14-03-1999|77120034561|2|185000\n"
            "2|15-03-1999|77120034562|1|92000",
            "BANK_ACCOUNT",
        ),
        # amounts next to the accounts: "Nominal", "Jumlah", with or without thousands dots
        (
            "No Rek|Nama|Nominal|Jumlah\n-|Bagus|12.500.000|125000000\n-|Rara|8.000.000|80000000",
            "BANK_ACCOUNT",
        ),
        # a price in an account column is still a price
        ("Nama;Rekening;Ket\nTono;Rp1500000;lunas\nSiti;IDR 2750000;dp", "BANK_ACCOUNT"),
        # a bank's name and a row number in the account's row, no account given
        ("No\tNama Bank\tNo Rek\n1\tMandiri\tcash\n2\tBCA\t-", "BANK_ACCOUNT"),
        # a due date of the future in a birth column is no birth, nor an age
        (
            "Nama | Tgl Lahir | Usia\nDoni | 12-09-2031 | 34\nEka | belum diisi | 29",
            "DATE_OF_BIRTH",
        ),
        # a row of another width is not part of the table
        ("Nama | No HP\nIra | 10 | 20-11-1989 | 0812", "PHONE_NUMBER"),
        # a key and its value on one line is no header: the next line is not its column
        ("NIK | lihat lampiran\n1990 | 3312", "ID_NIK"),
        # a row of labels that type no column: order dates and quantities
        ("Tanggal  Produk  Qty  Harga\n12-05-2024  Kaos  2  85000", "DATE_OF_BIRTH"),
        # a NIK column in a payroll list holds employee numbers, shorter than a NIK
        ("NIK\tNama\tGaji\nK2019044\tIwan\t4.500.000\n2018117\tSari\t4.200.000", "ID_NIK"),
        # prose with pipes is no table
        ("harga | ongkir | total semua 1250000 | 0812 nanti ya", "PHONE_NUMBER"),
    ],
)
def test_other_cells_and_columns_stay_untouched(analyzer: Analyzer, text: str, entity: str) -> None:
    assert found(analyzer, text, entity) == []


def test_only_the_birth_column_of_a_row_is_a_birth(analyzer: Analyzer) -> None:
    text = "Nama\tTgl Daftar\tTgl Lahir\nMira\t02-01-1998\t17-06-1975\nOka\t03-01-1998\t09-12-1980"
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["17-06-1975", "09-12-1980"]


def test_the_account_column_is_found_not_the_amounts(analyzer: Analyzer) -> None:
    text = "Acc No;Amount;Qty\n5503318820;1500000;3\n7201456612;2250000;1"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["5503318820", "7201456612"]
    assert all(text[e.start : e.end] not in {"1500000", "2250000"} for e in analyzer.analyze(text))


def test_the_table_ends_at_a_line_without_its_separator(analyzer: Analyzer) -> None:
    text = (
        "Nama | Tgl Lahir | No Rek\nDoni | 12-09-1990 | 4410293385\nmutasi 11-02-1994 | 7710293386"
    )
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["12-09-1990"]
    assert found(analyzer, text, "BANK_ACCOUNT") == ["4410293385"]
