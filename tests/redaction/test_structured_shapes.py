"""Shapes of structured values and their look-alikes: vanity and dotted plates next to
product models and doses, dates of birth written in more ways, a mobile number without its
0, a network's own addresses."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


def masked(analyzer: Analyzer, text: str, value: str) -> bool:
    """Whether every character of ``value`` in ``text`` is inside some finding."""
    start = text.index(value)
    covered = set()
    for e in analyzer.analyze(text):
        covered.update(range(e.start, e.end))
    return all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())


# --- plates: vanity numbers, vehicle words, dots and dashes ---


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("yg nyerempet tadi H 7 ARU, kabur ke arah pasar", "H 7 ARU"),
        ("tolong cek CCTV, plat DK 88 SRI masuk jam 2", "DK 88 SRI"),
        ("mobil dinas bapak Innova hitam B 27 MJ ya", "B 27 MJ"),
        ("motor adik sy N 5 KA hilang di parkiran", "N 5 KA"),
        ("mobil saya B.2617.KRT warna abu", "B.2617.KRT"),
        ("motor dk-4417-ab udah diservis", "dk-4417-ab"),
        ("nopol t 9 ur", "t 9 ur"),
        ("taksi nya AG 1204 PL, drivernya ramah", "AG 1204 PL"),
    ],
)
def test_plate_shapes(analyzer: Analyzer, text: str, plate: str) -> None:
    assert found(analyzer, text, "ID_PLATE") == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "minum vitamin D 1000 IU tiap pagi",
        "vitamin E 400 IU sama zinc",
        "motor sport R 250 CC bekas mulus",
        "AC split 1 PK, motor kipas N 1200 RPM",
        "printer Epson L 3150 BK tintanya habis",
        "laptop Asus A 416 MA masih garansi",
        "hp Poco F 5 PRO 256 GB",
        "lulusan S 1 TI, pengalaman 2 thn, D 3 AK juga boleh",
        "kendaraan R 2 dan R 4 parkir di basement",
        "mobil aku d 1 a jam lagi sampe",
        "nomor antrian B 12 AC",
        "SKU-B-12-XL ready",
        "KIRIM SAJA TGL DE 14 JAN",
        "ALAMAT RUKO B 12 NO 3",
        "KONFIRMASI PALING LAMBAT H 2 JAM SEBELUM",
    ],
)
def test_plate_look_alikes(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PLATE") == []


# --- dates of birth: distant cues, more ways to write a date ---


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The DOB on my ticket is wrong. It should read 14 October 1983, thanks",
            "14 October 1983",
        ),
        ("tgl lahir anak sy yg bungsu tuh 8 Juli 2017", "8 Juli 2017"),
        ("tgl lahir: 27-Okt-1992", "27-Okt-1992"),
        ("tanggal lahir 09/Des/1975", "09/Des/1975"),
        ("lahir 03 11 1968", "03 11 1968"),
        ("tgl lahir 21041995", "21041995"),
        ("lahir tgl 5 juni 87", "5 juni 87"),
        ("Date of birth: 2nd of April 1979", "2nd of April 1979"),
    ],
)
def test_date_of_birth_forms(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in found(analyzer, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "bayinya sudah lahir, jadwal imunisasi berikutnya 12 Mei 2099",
        "ultah kantor rame, 5 juni 20 orang datang",
        "lahiran normal, kontrol lagi minggu depan",
        "pesanan masuk 03 11 1968 pcs?",
        "kirim tanggal 27-Okt-2099 ya",
        "promo 12.12 berlaku sampai 31 Des",
        "berdiri sejak 14 Agustus 1985, toko kami",
        "invoice 21041995 sudah dibayar",
    ],
)
def test_other_dates_are_not_births(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


# --- a mobile number without its leading 0 ---


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("nomer wa ku 85712345678 ya", "85712345678"),
        ("hp: 813-2468-1357", "813-2468-1357"),
        ("kontak 878 1234 5678", "878 1234 5678"),
        ("hub 08 57 24 68 13 57 ya", "08 57 24 68 13 57"),
        ("nomornya 0 856 2244 1100", "0 856 2244 1100"),
    ],
)
def test_mobile_number_without_zero(analyzer: Analyzer, text: str, number: str) -> None:
    assert masked(analyzer, text, number)


@pytest.mark.parametrize(
    "text",
    [
        "kode voucher 85712345678",
        "total belanja 813246813 poin",
        "nomor pesanan 85712345678 sudah dikirim",
        "stok 878123456 unit di gudang",
        "skor 0 8 1 2 di babak kedua",
        "diskon 0 812 item hari ini",
    ],
)
def test_other_numbers_starting_with_8(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


# --- IP addresses: a device's is personal, a network's own are not ---


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("IP laptop saya 10.8.3.41 ga bisa konek", "10.8.3.41"),
        ("akun dia login dari 114.79.2.18 tadi malam", "114.79.2.18"),
        ("router at 192.168.0.254 keeps rebooting", "192.168.0.254"),
    ],
)
def test_device_addresses(analyzer: Analyzer, text: str, address: str) -> None:
    assert found(analyzer, text, "IP_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "DNS 10.8.0.53 sama DNS server cadangan 10.8.0.54",
        "pakai dns publik 8.8.8.8 atau 1.1.1.1 aja",
        "tes ping ke 127.0.0.1 dulu",
        "subnet mask 255.255.240.0",
        "default gateway: 172.20.0.1",
    ],
)
def test_network_addresses(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "IP_ADDRESS") == []


def test_public_gateway_with_a_login_is_masked(analyzer: Analyzer) -> None:
    text = "VPN user tamu02, the gateway IP is 45.64.122.9 until Friday"
    assert found(analyzer, text, "IP_ADDRESS") == ["45.64.122.9"]


# --- a card's number after its word that fails the card's check ---


@pytest.mark.parametrize(
    ("text", "entity_type", "number"),
    [
        ("NIK ibu saya 3578123456789012", "ID_NIK", "3578123456789012"),
        ("no KK: 3578 9999 8888 0001", "ID_KK", "3578 9999 8888 0001"),
        ("npwp pribadi 12.345.678.9-012.345", "ID_NPWP", "12.345.678.9-012.345"),
    ],
)
def test_unchecked_card_number_after_its_word(
    analyzer: Analyzer, text: str, entity_type: str, number: str
) -> None:
    assert found(analyzer, text, entity_type) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "no invoice 3578123456789012 sudah lunas",
        "kode pesanan NIK-nya nanti, resi 3578123456789012",
        "barcode 3578123456789012 di kemasan",
        "id transaksi 3578999988880001",
    ],
)
def test_unchecked_sixteen_digits_without_a_card_word(analyzer: Analyzer, text: str) -> None:
    for entity_type in ("ID_NIK", "ID_KK", "ID_NPWP"):
        assert found(analyzer, text, entity_type) == []


# --- links: a query string of a campaign or a page names nobody ---


@pytest.mark.parametrize(
    "text",
    [
        "lihat katalog https://sepatulokal.id/koleksi?page=2",
        "promo di https://sepatulokal.id/p/sneaker-44?utm_source=wa&utm_campaign=lebaran",
        "https://sepatulokal.id/p/sneaker-44?ref=home&warna=hitam",
    ],
)
def test_campaign_and_page_queries_are_public(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "URL") == []


@pytest.mark.parametrize(
    "text",
    [
        "link reset: https://akun.sepatulokal.id/reset?token=Q8r2kLm91",
        "https://sepatulokal.id/track?ref=home&uid=88120",
    ],
)
def test_queries_with_a_personal_key_are_masked(analyzer: Analyzer, text: str) -> None:
    assert len(found(analyzer, text, "URL")) == 1


# --- identity cards: a BPJS card by its shape, longer licences, other passports ---


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("kalau ga salah nomornya 0003 5519 2207 8, coba dicek", "ID_BPJS", "0003 5519 2207 8"),
        ("ini 0001882039114 ya dok", "ID_BPJS", "0001882039114"),
        ("sim saya yg baru no 8710 2204 5518 3307", "ID_SIM", "8710 2204 5518 3307"),
        ("passport 07HM55120 (French)", "ID_PASSPORT", "07HM55120"),
    ],
)
def test_card_numbers_by_shape(analyzer: Analyzer, text: str, entity_type: str, value: str) -> None:
    assert found(analyzer, text, entity_type) == [value]


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("no resi 0003551922078 sudah jalan", "ID_BPJS"),
        ("saldo Rp 0001882039114", "ID_BPJS"),
        ("simpan nomor 8710 2204 5518 3307 di catatan", "ID_SIM"),
        ("kode booking 07HM55120", "ID_PASSPORT"),
    ],
)
def test_card_shaped_look_alikes(analyzer: Analyzer, text: str, entity_type: str) -> None:
    assert found(analyzer, text, entity_type) == []


def test_word_before_a_phone_is_no_licence_prefix(analyzer: Analyzer) -> None:
    text = "SIM C 1305-8806-000457 HUB SY 0812 2788 4410"
    assert found(analyzer, text, "PHONE_NUMBER") == ["0812 2788 4410"]
    assert "SY 0812 2788 4410" not in found(analyzer, text, "ID_SIM")


# --- a plate whose letters spell a unit, after a vehicle word ---


def test_plate_spelling_a_unit_after_a_vehicle_word(analyzer: Analyzer) -> None:
    assert found(analyzer, "truk box W 7720 MB parkir di depan", "ID_PLATE") == ["W 7720 MB"]


@pytest.mark.parametrize(
    "text", ["hp Samsung A 512 GB", "kamera D 2400 DPI", "motor L 160 CC", "mobil B 200 JT"]
)
def test_units_stay_quantities(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "ID_PLATE") == []


# --- bank accounts: more groupings, the bank after "at", a recipient abroad ---


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rek Yucho 10170-41822903 atas nama anak sy", "10170-41822903"),
        ("my refund should go to 0319-01-662204-50-7 at BRI please", "0319-01-662204-50-7"),
        ("penerima Lin Wei, First Commercial 2210-4471-0983-15", "2210-4471-0983-15"),
    ],
)
def test_account_forms(analyzer: Analyzer, text: str, number: str) -> None:
    assert masked(analyzer, text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("contoh pengisian: BCA 5550001112 a.n. nama kamu", "5550001112"),
        ("rekening kas yg tercantum di spanduk: BRI 0330 01 000555 30 2", "0330 01 000555 30 2"),
        ("(Mandiri 1370099988877 itu resmi rekening panitia)", "1370099988877"),
        ("BNI 0445566778 is the official parish account", "0445566778"),
    ],
)
def test_published_or_example_accounts(analyzer: Analyzer, text: str, number: str) -> None:
    assert number not in found(analyzer, text, "BANK_ACCOUNT")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rekening saya BCA 0445566778, itu punya pribadi ya", "0445566778"),
        ("minta contoh kain dulu, nanti tf ke rek BRI 0330 01 000555 30 2", "0330 01 000555 30 2"),
    ],
)
def test_private_account_is_still_masked(analyzer: Analyzer, text: str, number: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [number]


# --- phones: a business's line labelled before or after, a foreign hotline ---


@pytest.mark.parametrize(
    "text",
    [
        "chat admin 0813-7000-2211 (no kantor) jam kerja",
        "pesan via 0856-4400-1212 (CS) aja kak",
        "Emergency hotline +65 6333 9000 for all passengers",
        "kunci cadangan di pengelola gedung (021) 5290 7711",
        "tanya ke satpam depan (022) 7301 455",
    ],
)
def test_business_lines(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("hp saya 0813-7000-2211 (kantor tutup jam 4)", "0813-7000-2211"),
        ("my number is +65 9123 4567 on WhatsApp", "+65 9123 4567"),
        ("telp rumah saya (022) 7301 455", "(022) 7301 455"),
    ],
)
def test_personal_lines_next_to_business_words(analyzer: Analyzer, text: str, number: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [number]


# --- e-mail: more public channels, a sentence's full stop ---


@pytest.mark.parametrize(
    "text",
    [
        "keberatan dikirim ke keluhan@pialangaman.co.id",
        "laporkan ke konsumen@otoritas.go.id",
        "pendaftaran@sekolahcerdas.sch.id untuk formulir",
    ],
)
def test_more_public_channels(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


def test_sentence_stop_after_an_email(analyzer: Analyzer) -> None:
    text = "sure, it's marie.dubois@free.fr. My phone is off"
    assert found(analyzer, text, "EMAIL_ADDRESS") == ["marie.dubois@free.fr"]


def test_person_at_a_company_is_masked(analyzer: Analyzer) -> None:
    text = "cc ke andi.saputra@pialangaman.co.id ya"
    assert found(analyzer, text, "EMAIL_ADDRESS") == ["andi.saputra@pialangaman.co.id"]


# --- a local network's first host is its router ---


def test_local_router_address(analyzer: Analyzer) -> None:
    assert found(analyzer, "buka 192.168.0.1 buat setting wifi", "IP_ADDRESS") == []
    assert found(analyzer, "printer di 192.168.0.12", "IP_ADDRESS") == ["192.168.0.12"]


# --- several dates of birth listed after one cue ---


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("tgl lahir si kakak 02/09/2015, adiknya 17/1/2019", ["02/09/2015", "17/1/2019"]),
        ("DOB: 4 March 1979 and 30 July 1981", ["4 March 1979", "30 July 1981"]),
    ],
)
def test_listed_dates_of_birth(analyzer: Analyzer, text: str, dates: list[str]) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    "text",
    [
        "tgl lahir 02/09/1985, jadwal vaksin 17/1/2026",
        "lahir 4 Maret 1979 ya, kontrol lagi 30 Juli 2026",
        "DOB 4 March 1979, appointment 30 July 2025",
    ],
)
def test_other_dates_after_a_date_of_birth(analyzer: Analyzer, text: str) -> None:
    assert len(found(analyzer, text, "DATE_OF_BIRTH")) == 1


@pytest.mark.parametrize(
    "text",
    ["update ke versi 6.3.0.2 dulu ya", "build 11.0.4.27 sudah stabil", "lihat pasal 2.1.3.4"],
)
def test_dotted_versions_and_sections_are_no_addresses(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "IP_ADDRESS") == []
