"""Shapes of personal data that name nobody: a company's public e-mail channel, a business's
landline, a network range, a tax bill's payment code; and the personal values next to them
(a rented vehicle's plate, a date of birth after a name and a slash, a bracketed phone)."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found

# --- e-mail: a company's public channel, a person's address ---


@pytest.mark.parametrize(
    "text",
    [
        "Lamaran dikirim ke karir@mitrasejahtera.co.id paling lambat Jumat",
        "Keluhan produk silakan email pengaduan@airminumsegar.id",
        "for bookings write to reservations@pantaiindahresort.com",
        "info lengkap: info@kopibumi.id atau cs@kopibumi.id",
        "Customer care: customer.care@tokosepatu.co.id",
        # a department customers write to
        "invoice ke finance@cvmajujaya.co.id",
        # a branch's, named by its city
        "email cabang cs.surabaya@kopibumi.id",
    ],
)
def test_company_channel_email_is_not_personal(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("email saya info.dewi@gmail.com ya", "info.dewi@gmail.com"),
        ("kirim ke cs@yahoo.co.id aja kak", "cs@yahoo.co.id"),
        ("hubungi rahmat.hidayat@kopibumi.id", "rahmat.hidayat@kopibumi.id"),
        ("invoice ke admin@cvmajujaya.co.id", "admin@cvmajujaya.co.id"),
        ("user login: support@kopibumi.id, pw Kopi#2031", "support@kopibumi.id"),
    ],
)
def test_personal_or_private_email_is_masked(analyzer: Analyzer, text: str, email: str) -> None:
    assert email in found(analyzer, text, "EMAIL_ADDRESS")


# --- landlines: a named business's, a person's ---


@pytest.mark.parametrize(
    "text",
    [
        "Servis resmi di Bengkel Sumber Rejeki, Jl. Ahmad Yani 12 Kudus, telp (0291) 443 210",
        "Pesan tempat di Rumah Makan Sederhana Jl. Diponegoro 8, telp 0341-552 118",
        "Kantor Cabang Sleman buka jam 8, telepon (0274) 868 120",
        # a business named after its owner
        "Rumah Makan Bu Sari, Jl. Gatot Subroto 9, telp (0281) 633 120",
    ],
)
def test_landline_after_a_named_business_is_public(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Interview di PT Sinar Maju lt 3. CP: Yohanes (021) 3344-5678", "(021) 3344-5678"),
        ("Bengkel Sumber Rejeki tutup, hubungi Pak Darto (0291) 443 210", "(0291) 443 210"),
        ("kerja di Toko Mas Jaya, ini telp rumah (0291) 443 210", "(0291) 443 210"),
        ("nomor saya (0291) 443 210", "(0291) 443 210"),
    ],
)
def test_persons_landline_is_masked(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER")


# --- the bracket that opens a phone number is not part of it ---


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("PIC: Rina (+62 813 2200 4411)", "+62 813 2200 4411"),
        ("contact Tom (+44 7700 918 233) pls", "+44 7700 918 233"),
        ("hp (+62) 813-2200-4411", "(+62) 813-2200-4411"),
        ("phone (+44) 7700 918 233", "(+44) 7700 918 233"),
    ],
)
def test_bracketed_phone_boundaries(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


# --- IP addresses: a host, a network ---


@pytest.mark.parametrize(
    "text",
    ["firewall allow 172.16.0.0/12 saja", "route 192.168.10.0/24 via gateway", "fd00::/8 ok"],
)
def test_network_range_is_not_an_ip_address(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("login dari IP 36.81.4.77 tadi", "36.81.4.77"),
        ("ip rumah saya 36.81.4.77/32", "36.81.4.77/32"),
        ("host 36.81.4.77/24 di subnet itu", "36.81.4.77/24"),
    ],
)
def test_host_address_is_masked(analyzer: Analyzer, text: str, ip: str) -> None:
    assert ip in found(analyzer, text, "IP_ADDRESS")


# --- payment codes: a tax bill's, a customer's virtual account ---


@pytest.mark.parametrize(
    "text",
    [
        "udah bayar pajak motor lewat e-samsat, kode bayar 3273 1190 4402 8813",
        "setor PBB tahun ini, kode pembayaran: 6410 2207 5531 0098",
        "kode billing pajak: 021190445812730",
    ],
)
def test_tax_bill_code_is_not_an_account(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("bayar pajak via VA BNI 9881 0813 2200 4411", "9881 0813 2200 4411"),
        ("kode bayar 70012 0813 2200 4411 ya kak", "70012 0813 2200 4411"),
        ("pajak sudah, sisanya tf ke BCA 5120 8833 01 a.n. Rina", "5120 8833 01"),
    ],
)
def test_account_near_tax_words_is_masked(analyzer: Analyzer, text: str, number: str) -> None:
    assert number in found(analyzer, text, "BANK_ACCOUNT")


# --- plates after "unit": a rented vehicle, a flat ---


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("unit AB 2231 KD siap diantar besok pagi", "AB 2231 KD"),
        ("sewa mobil: unit L 1892 TX sudah dicuci", "L 1892 TX"),
    ],
)
def test_rented_vehicle_unit_plate(analyzer: Analyzer, text: str, plate: str) -> None:
    assert plate in found(analyzer, text, "ID_PLATE")


@pytest.mark.parametrize(
    "text",
    ["apartemen unit B 1203 kosong", "unit A 1502 B view kolam", "unit D 808 lantai 8"],
)
def test_flat_unit_is_not_a_plate(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PLATE") == []


# --- a date of birth after a name and a slash ---


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pelamar:\nYusuf Maulana / 14-03-1996\nS1 Teknik", "14-03-1996"),
        ("Peserta: Dewi Lestari / 2 Mei 2001", "2 Mei 2001"),
    ],
)
def test_date_after_a_name_and_slash(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in found(analyzer, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "jadwal Senin / 09-09-2026 jam 10",
        "Surat No. 45 / 01-02-2003 sudah diarsip",
        "promo berlaku 1 / 12-12-2026",
    ],
)
def test_other_dates_after_a_slash(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


# --- a NIK-shaped number after an order label, a NIK after its word ---


@pytest.mark.parametrize(
    "text",
    ["no invoice 3273046512880004 sudah lunas", "ID transaksi: 3273046512880004"],
)
def test_nik_shaped_reference_number(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_NIK") == []


@pytest.mark.parametrize(
    "text",
    [
        "NIK-3273046512880004",
        "pesanan a.n. Rina NIK 3273046512880004",
        "3273046512880004 itu nik istri sy",
    ],
)
def test_nik_with_its_word_is_masked(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_NIK") == ["3273046512880004"]


# --- plate words ---


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("nomor kendaraan KT-2290-RW", "KT-2290-RW"),
        ("nopol/L4410QW", "L4410QW"),
        ("booking mobil L 4410 QW jam 7", "L 4410 QW"),
    ],
)
def test_plate_after_vehicle_words(analyzer: Analyzer, text: str, plate: str) -> None:
    assert found(analyzer, text, "ID_PLATE") == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "kode produk KT-2290-RW",
        "nomor seri AB-1234-CD",
        "kode barang L 4410 QW habis",
        "no resi: B 7781 MKT",
    ],
)
def test_dashed_code_without_vehicle_words(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PLATE") == []


# --- birthdays: a short year, no year ---


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("tgl lahir 21 Okt '93", "21 Okt '93"),
        ("ultah istri sy 14 februari", "14 februari"),
        ("my birthday is June 2nd", "June 2nd"),
    ],
)
def test_birthday_with_short_or_no_year(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in found(analyzer, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "ulang tahun toko ke-5 tanggal 14 Februari, ada diskon",
        "kirim tgl 21 Okt '26 ya",
        "rapat 14 februari jam 10",
    ],
)
def test_other_days_and_months(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


# --- e-mail addresses spelt out to dodge spam bots ---


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("email: yuni.astuti[at]gmail.com", "yuni.astuti[at]gmail.com"),
        ("kirim ke agus (at) cvmaju (dot) co (dot) id", "agus (at) cvmaju (dot) co (dot) id"),
        ("emailnya yuni dot astuti at yahoo dot com", "yuni dot astuti at yahoo dot com"),
        ("email sy yuni_a @ outlook.com", "yuni_a @ outlook.com"),
    ],
)
def test_spelt_email(analyzer: Analyzer, text: str, email: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize(
    "text",
    [
        "ketemu at cafe dot com aja",
        "we met at gmail.com's office",
        "follow ig @warungyuni.id ya kak",
        "see you at 10.30 dot",
        "I work at Tokoku dot id",
    ],
)
def test_not_spelt_email(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


# --- a business's official number, a person's ---


@pytest.mark.parametrize(
    "text",
    [
        "Pesan lewat official WhatsApp 0856 7000 1234 ya kak",
        "WA resmi Bakso Kumis: 0856 7000 1234",
        "nomor resmi kami 0856-7000-1234, hati2 penipuan",
    ],
)
def test_official_number_is_public(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text",
    [
        "ini wa pribadi sy 0856 7000 1234",
        "wa aku 0856 7000 1234, bukan nomor resmi ya",
        "hubungi admin kami di wa 0856 7000 1234",
    ],
)
def test_persons_number_near_official_words(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == ["0856 7000 1234"]


# --- a year of birth after a colon; a name that runs into an identifier ---


def test_year_of_birth_after_a_colon(analyzer: Analyzer) -> None:
    assert found(analyzer, "Nama: Sinta\nLahir: 1994", "DATE_OF_BIRTH") == ["1994"]


def test_founding_year_after_a_colon(analyzer: Analyzer) -> None:
    assert found(analyzer, "Berdiri: 1994, cabang 12", "DATE_OF_BIRTH") == []


def test_name_ends_before_a_plate(analyzer: Analyzer) -> None:
    text = "Driver a.n. Agus Salim B 2291 TKQ menuju lokasi"
    assert found(analyzer, text, "ID_PLATE") == ["B 2291 TKQ"]
    assert "B" not in " ".join(found(analyzer, text, "PERSON")).split()


def test_name_without_an_identifier_keeps_its_span(analyzer: Analyzer) -> None:
    assert found(analyzer, "Driver a.n. Agus Salim menuju lokasi", "PERSON") == ["Agus Salim"]


def test_a_count_of_births_is_not_a_year(analyzer: Analyzer) -> None:
    assert found(analyzer, "tahun ini lahir 2000 bayi di RS ini", "DATE_OF_BIRTH") == []
