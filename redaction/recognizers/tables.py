"""Recognizers: personal values in pasted tables, typed by their column's header.

A spreadsheet paste or a CSV-like export ("No | Nama | NIK | Tgl Lahir | No HP", then one
row a line) gives a cell no context words of its own: "15-06-1988" or "0098172635" alone
is only a date or a number. The header row says what each column holds, so a cell of a
column labelled "tgl lahir" or "no rek" is reported when its content has that type's shape.
Columns of amounts, order dates or row numbers ("NOMINAL", "TANGGAL", "NO") are not typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.context import Span, TypedSpanRecognizer, digits
from redaction.recognizers.finance import BANKS
from redaction.recognizers.months import MONTH_STEM

# A header says what a column is: as sure as a context word right before the value.
COLUMN_SCORE = 0.85

# Cell separators, tried in this order on a candidate header line; the rows use the same.
_SEPARATORS = (
    re.compile(r"\t"),
    re.compile(r"\|"),
    re.compile(r";"),
    re.compile(r" {2,}"),
    re.compile(r","),  # a CSV export
)

# Column labels (lower case, punctuation as spaces: "No. HP" -> "no hp") of typed columns.
_NUMBER = r"(?:no|nomor|nomer|nmr|nr)"
_BANK_NAMES = "|".join(BANKS)
_COLUMN_TYPES = (
    (
        "DATE_OF_BIRTH",
        re.compile(
            r"(?:tempat )?(?:tgl|tanggal|tg) ?(?:lahir|lhr)|ttl|lahir|dob|d o b"
            r"|date of birth|birth ?date|birthday"
        ),
    ),
    (
        "BANK_ACCOUNT",
        re.compile(
            # (the bank's name may follow: "Rek BCA", "No Rek Mandiri")
            rf"(?:{_NUMBER} ?)?(?:rek|rekening|norek)(?: (?:{_BANK_NAMES}))?"
            r"|(?:bank )?(?:account|acc|acct)(?: no| number| nr)?|(?:no|nomor) akun bank"
        ),
    ),
    (
        "PHONE_NUMBER",
        re.compile(
            rf"(?:{_NUMBER} ?)?(?:hp|handphone|telp|tlp|telepon|telpon|tel|wa|whatsapp|ponsel)"
            r"(?: (?:hp|wa|whatsapp))?|(?:phone|mobile|contact)(?: no| number)?|nohp|notelp"
        ),
    ),
    ("ID_NIK", re.compile(rf"(?:{_NUMBER} )?(?:nik|ktp|e ktp)(?: ktp)?|nomor induk kependudukan")),
    ("EMAIL_ADDRESS", re.compile(r"(?:alamat )?(?:e ?mail|surel)(?: address)?")),
    ("ID_PASSPORT", re.compile(rf"(?:{_NUMBER} )?(?:paspor|passport)(?: no| number| nr)?")),
    (
        "ID_PLATE",
        re.compile(rf"(?:{_NUMBER} )?(?:nopol|plat|plat nomor|polisi|plate|license plate)"),
    ),
)
# Words of column labels in general: a header row is made mostly of these.
_LABEL_TEXT = """
    no nomor nomer nmr nr number num id kode code urut nama name lengkap full first last
    alamat address domisili kota city kabupaten kab kecamatan kec kelurahan desa provinsi rt rw
    pos nominal jumlah jml total subtotal sub qty kuantitas harga price satuan unit tanggal tgl
    tg date keterangan ket catatan note notes remark remarks bank cabang branch jabatan posisi
    position divisi division departemen department dept status kelas class jenis kelamin jk
    gender sex l p umur usia age tempat lahir lhr birth of dob ttl agama religion pekerjaan
    occupation job gaji salary upah amount deskripsi description produk product item barang
    invoice inv ttd tanda tangan signature sekolah school npwp kk ktp nik e rek rekening norek
    account acc acct hp handphone telp tlp telepon telpon tel phone mobile wa whatsapp ponsel
    email mail surel kontak contact periode bulan month tahun year ukuran size warna color
    tipe type nim nis nisn nip pangkat golongan gol bpjs sku asal hubungan relation pendidikan
    ayah ibu wali orang tua anak ke metode method pembayaran payment tujuan masuk keluar saldo
    balance debit kredit credit uraian potongan tunjangan bersih net bruto gross bonus lembur
    hari kerja hadir jam waktu time shift lokasi location area outlet toko store user username
    paket layanan service nopol plat kendaraan merk brand model masa berlaku exp stok stock
    diskon discount ongkir berat weight resi kurir courier order pesanan customer pelanggan
    penerima pengirim atas an s d transfer induk kependudukan akun paspor passport polisi
    license plate
"""
_LABEL_WORDS = frozenset(_LABEL_TEXT.split())
_MAX_LABEL_WORDS = 5
# A markdown table's alignment row ("|---|:--:|"): part of the table, no values.
_RULE_CELL = re.compile(r":?-{2,}:?")

# Cell shapes per type; the group ``value`` is what is reported.
_DATE = (
    r"(?P<d>\d{1,2})[ \t]*[-/.][ \t]*(?P<m>\d{1,2})[ \t]*[-/.][ \t]*(?P<y>(?:19|20)?\d{2})"
    r"|(?P<d2>\d{1,2})[ ](?P<m2>\d{1,2})[ ](?P<y2>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})"
    rf"|(?P<d4>\d{{1,2}})[ \t-]*{MONTH_STEM}[a-z]*\.?[ \t,.-]*(?P<y4>(?:19|20)?\d{{2}})"
    rf"|{MONTH_STEM}[a-z]*\.?[ \t]+(?P<d5>\d{{1,2}}),?[ \t]+(?P<y5>(?:19|20)\d{{2}})"
)
# A birthplace may come before the date in a "TTL" column: "Bogor, 12-08-1995".
_PLACE = r"(?:[^\W\d_]+(?:[ .'-]{1,2}[^\W\d_]+)*[ \t]*[,/]?[ \t]*)?"
_SHAPES = {
    "DATE_OF_BIRTH": re.compile(rf"{_PLACE}(?P<value>{_DATE})", re.IGNORECASE),
    # maybe with the bank's name: "BCA 5270198823", "0098172635 (BRI)"
    "BANK_ACCOUNT": re.compile(
        r"(?:(?!(?:rp|idr|usd)(?![a-z]))[a-z]{2,12}[ \t]*[:-]?[ \t]*)?(?P<value>\d[\d .-]{4,26}\d)"
        r"(?:[ \t]*\(?[a-z]{2,12}\)?)?",
        re.IGNORECASE,
    ),
    "PHONE_NUMBER": re.compile(
        r"(?P<value>(?:\+|\(\+?)?\d[\d .()-]{7,20}\d)(?:[ \t]*\((?:wa|hp|whatsapp)\))?",
        re.IGNORECASE,
    ),
    "ID_NIK": re.compile(r"(?P<value>\d[\d .-]{14,22}\d)"),
    "EMAIL_ADDRESS": re.compile(r"(?P<value>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
    "ID_PASSPORT": re.compile(r"(?P<value>[A-Z]{1,2}[ -]?\d{6,8}|\d{8,9})"),
    "ID_PLATE": re.compile(r"(?P<value>[A-Z]{1,2}[ -]?\d{1,4}(?:[ -]?[A-Z]{1,3})?)", re.IGNORECASE),
}
# "1.250.000" / "1,250,000" is an amount, whatever the column says.
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def _label(cell: str) -> str:
    """A cell as a label: lower case, punctuation and underscores as spaces ("NO_REK")."""
    return " ".join(re.sub(r"[^\w#]+|_", " ", cell.lower()).split())


def _column_type(label: str) -> str | None:
    for entity, pattern in _COLUMN_TYPES:
        if pattern.fullmatch(label):
            return entity
    return None


def _is_label(label: str) -> bool:
    words = label.split()
    return 0 < len(words) <= _MAX_LABEL_WORDS and all(w in _LABEL_WORDS for w in words)


def _cells(line: str, offset: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The cells of a line as spans of the text, without surrounding spaces or quotes; a
    pipe table's outer pipes ("| a | b |") open and close no cell."""
    bounds, start = [], 0
    for match in separator.finditer(line):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(line)))
    if separator.pattern == r"\|" and len(bounds) > 2:
        if not line[: bounds[0][1]].strip():
            bounds = bounds[1:]
        if not line[bounds[-1][0] :].strip():
            bounds = bounds[:-1]
    cells = []
    for low, high in bounds:
        while low < high and line[low] in " \t\"'":
            low += 1
        while high > low and line[high - 1] in " \t\"'\r":
            high -= 1
        cells.append((offset + low, offset + high))
    return cells


def _lines(text: str) -> list[tuple[int, str]]:
    result, offset = [], 0
    for line in text.split("\n"):
        result.append((offset, line))
        offset += len(line) + 1
    return result


def _header(text: str, cells: list[tuple[int, int]]) -> dict[int, str] | None:
    """The typed columns of a header row (a row of mostly column labels), else None."""
    labels = [_label(text[start:end]) for start, end in cells]
    known = sum(_is_label(label) for label in labels)
    typed = {i: t for i, label in enumerate(labels) if (t := _column_type(label)) is not None}
    if len(cells) < 2 or not typed or 2 * known <= len(cells):
        return None
    return typed


def _plausible_date(match: re.Match[str]) -> bool:
    """Whether a date is a day that has passed: a birth, not a due date or a code."""
    day = next(match.group(g) for g in ("d", "d2", "d3", "d4", "d5") if match.group(g))
    month = next((match.group(g) for g in ("m", "m2", "m3") if match.group(g)), "1")
    year = next(match.group(g) for g in ("y", "y2", "y3", "y4", "y5") if match.group(g))
    day_first = 1 <= int(day) <= 31 and 1 <= int(month) <= 12
    month_first = 1 <= int(month) <= 31 and 1 <= int(day) <= 12  # "04/23/1990"
    return (day_first or month_first) and (len(year) == 2 or 1900 <= int(year) <= date.today().year)


def _value(entity: str, cell: str) -> tuple[int, int] | None:
    """Where in a cell its column's type of value is, if the cell has that shape."""
    match = _SHAPES[entity].fullmatch(cell)
    if match is None:
        return None
    value = match.group("value")
    number = digits(value)
    if entity == "DATE_OF_BIRTH" and not _plausible_date(match):
        return None
    if entity == "BANK_ACCOUNT" and (
        not 6 <= len(number) <= 20 or len(set(number)) == 1 or _THOUSANDS.fullmatch(value)
    ):
        return None
    if entity == "PHONE_NUMBER" and not (
        8 <= len(number) <= 15 and (value[0] == "+" or number.startswith(("0", "62")))
    ):
        return None
    if entity == "ID_NIK" and len(number) != 16:
        return None
    return match.span("value")


def _rows(text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """(type, cell) of each typed column's cells, below each header row."""
    lines = _lines(text)
    index = 0
    while index < len(lines):
        offset, line = lines[index]
        index += 1
        for separator in _SEPARATORS:
            if not separator.search(line):
                continue
            header = _cells(line, offset, separator)
            typed = _header(text, header)
            if typed is None:
                continue
            while index < len(lines):
                row_offset, row = lines[index]
                cells = _cells(row, row_offset, separator) if separator.search(row) else []
                if len(cells) != len(header):
                    break  # the table ends
                index += 1
                for column, entity in typed.items():
                    yield entity, cells[column]
            break


def find_table_values(text: str) -> list[tuple[str, Span]]:
    """(type, value) of the cells in the typed columns of the tables in ``text``."""
    found = []
    for entity, (start, end) in _rows(text):
        cell = text[start:end]
        if _RULE_CELL.fullmatch(cell):
            continue
        span = _value(entity, cell)
        if span is not None:
            found.append((entity, Span(start + span[0], start + span[1], COLUMN_SCORE)))
    return found


class TableColumnRecognizer(TypedSpanRecognizer):
    """Birth dates, accounts, phones, NIKs, e-mail addresses, passports and plates in typed
    table columns."""

    ENTITIES = tuple(entity for entity, _ in _COLUMN_TYPES)

    def typed_spans(self, text: str) -> list[tuple[str, Span]]:
        return find_table_values(text)


def recognizers() -> list[EntityRecognizer]:
    return [TableColumnRecognizer()]
