"""ADDRESS: a business's own premises ("our studio is at", "gerai kami di", "see you at"),
institutions before their street, dates after a street, the neighbourhood's hall or head
("Balai RW 03"), lodgings and numbered estates before a street, rented rooms ("pintu 2"),
lower-case area names up to a city, regional chat words after an address and parts with only
a comma between them."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import AddressRecognizer


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AddressRecognizer().spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a business's own premises and invitations
        "Thanks for the order! Our studio is at Jl. Bumbak No. 21 if you want to pick it up.",
        "Glad to help. See you at Jl. Kemang Raya No. 9! - Dina",
        "Please come to our showroom at Jl. Panjang No. 5, Kedoya any weekday.",
        "Workshop is at Jl. Cempaka Putih Raya No. 14, open daily.",
        "Apotek 24 jam? IGD kami buka terus di Jl. Dr. Wahidin No. 3.",
        "Showroom baru kami berada di Jl. Gajah Mada No. 18, Pontianak",
        "halo kak, kami Sambal Bu Rudy cab. Sidoarjo di Jl. Pahlawan No. 10",
        # institutions named before their street
        "Pengambilan visa di Kedutaan Jepang di Jl. M.H. Thamrin No. 24, Jakarta",
        "Wisuda santri di Ponpes Al Falah, Jl. Raya Ciparay No. 2, Bandung",
        # a place with a date after it, not a house number
        "ditilang di Jl. Ahmad Yani 12/10/2026 pagi",
        "kecelakaan di Jl. Diponegoro Surabaya, 3 Okt 2026",
        # the neighbourhood's hall, field or head, and a web address
        "senam pagi di Balai RW 03, gratis untuk warga",
        "Ketua RT 02 RW 07 Kelurahan Cempaka Baru mengumumkan jadwal ronda",
        "donasi bisa lewat warga-rt04.id ya",
    ],
)
def test_no_private_address(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a home or a delivery is still private
        ("our house is at Jl. Kenari No. 5, Bogor", "Jl. Kenari No. 5, Bogor"),
        ("rumah kami di Jl. Kenari No. 5, Bogor", "Jl. Kenari No. 5, Bogor"),
        ("pls deliver to our office at Jl. Kenari No. 5, Bogor", "Jl. Kenari No. 5, Bogor"),
        ("our lease at Jl. Kenari No. 5, Bogor ends soon", "Jl. Kenari No. 5, Bogor"),
        # a resident's neighbourhood with its village
        (
            "warga rt 003/rw 002 kel. sukamaju yg blm ambil beras harap ke posko",
            "rt 003/rw 002 kel. sukamaju",
        ),
        # a guest's lodging before its street
        (
            "we stay at Sunrise Garden Homestay, Jl. Raya Sanggingan No. 3, Ubud. thanks",
            "Sunrise Garden Homestay, Jl. Raya Sanggingan No. 3, Ubud",
        ),
        (
            "nginep di Guest House Kenanga, Gg. Bima No. 4, Legian, Kuta",
            "Guest House Kenanga, Gg. Bima No. 4, Legian, Kuta",
        ),
        (
            "We're at Ocean Breeze Bungalows, Jl. Pantai Balangan No. 8, Jimbaran",
            "Ocean Breeze Bungalows, Jl. Pantai Balangan No. 8, Jimbaran",
        ),
        # a numbered residence or estate before its tower or block
        (
            "we're at Residence 9 Kuningan, Tower 1, Unit 808, Jakarta.",
            "Residence 9 Kuningan, Tower 1, Unit 808, Jakarta",
        ),
        (
            "tinggal di Bukit Garden 3 Blok C4 No. 10, Cibubur",
            "Bukit Garden 3 Blok C4 No. 10, Cibubur",
        ),
        # a rented room by its door number
        (
            "sy tinggal di kontrakan Pak Haji Dul pintu 4, Jl. Kemuning 3 RT 02/05 Ciledug",
            "kontrakan Pak Haji Dul pintu 4, Jl. Kemuning 3 RT 02/05 Ciledug",
        ),
        # lower-case area names up to a city
        (
            "kirim ke gg kelinci no 7 rt 3 rw 1 sukapura kiaracondong bandung yg pintu biru",
            "gg kelinci no 7 rt 3 rw 1 sukapura kiaracondong bandung",
        ),
        (
            "jl. durian 4 rt 2 rw 6 ngaliyan tambakaji semarang barat",
            "jl. durian 4 rt 2 rw 6 ngaliyan tambakaji semarang barat",
        ),
        (
            "anter ke jalan bakti gang aman 3 nomor 2 medan tembung ya kak",
            "jalan bakti gang aman 3 nomor 2 medan tembung",
        ),
        # a regional chat word after the address is not part of it
        (
            "kirim neng dusun krajan rt 1 rw 2 desa sumberejo kec. ngawen blora yo, suwun",
            "dusun krajan rt 1 rw 2 desa sumberejo kec. ngawen blora",
        ),
        (
            "antar ke kost bu sri kmr 4 jl. dahlia no 2 jatinangor makasii",
            "kost bu sri kmr 4 jl. dahlia no 2 jatinangor",
        ),
        # two parts with only a comma between them are one address
        (
            "alamat kerja Flat 7B, Block 2, Kornhill, 9 Hong On Street, Quarry Bay, Hong Kong.",
            "Flat 7B, Block 2, Kornhill, 9 Hong On Street, Quarry Bay, Hong Kong",
        ),
    ],
)
def test_address_found_whole(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # unit and lot codes with letters: "unit 12BF", "Kav. UA 32", "Lot 5.1"
        (
            "ship to apartemen green bay tower coral unit 9AC jakarta utara thx",
            "apartemen green bay tower coral unit 9AC jakarta utara",
        ),
        ("I'm at Jl. Kemang Raya Kav. BC 12, Jakarta. Rina", "Jl. Kemang Raya Kav. BC 12, Jakarta"),
        (
            "antar ke Gedung Sinar Lt 9 Jl. Mega Kuningan Lot 8.2 Jaksel ya",
            "Gedung Sinar Lt 9 Jl. Mega Kuningan Lot 8.2 Jaksel",
        ),
        # a town quarter written "Lk.", an estate's sector
        (
            "alamat Jl. Cokro No. 2 Lk. IV, Sidodadi, Kisaran Barat, Asahan ya",
            "Jl. Cokro No. 2 Lk. IV, Sidodadi, Kisaran Barat, Asahan",
        ),
        (
            "home is Cluster Kenari Blok B2 No. 4, Bintaro Jaya Sektor 7, Pondok Aren",
            "Cluster Kenari Blok B2 No. 4, Bintaro Jaya Sektor 7, Pondok Aren",
        ),
        # an estate's house by its block letter, after a street
        (
            "kirim ke Jl. Kaliurang km 9 Perum Griya Indah B-7 ya",
            "Jl. Kaliurang km 9 Perum Griya Indah B-7",
        ),
        # a hamlet called "blok" with a name
        (
            "alamat sy Blok Pahing RT 03 RW 01 Desa Karangampel Kec. Karangampel Kab. Indramayu",
            "Blok Pahing RT 03 RW 01 Desa Karangampel Kec. Karangampel Kab. Indramayu",
        ),
        # a lower-case village after a house number, before a Sundanese chat word
        (
            "abdi di blok cempaka no 8 desa sukasari kec. cisarua kbb, hoyong pesen",
            "blok cempaka no 8 desa sukasari kec. cisarua kbb",
        ),
    ],
)
def test_codes_quarters_and_hamlets(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "blok ini isinya 20 rumah, desa kami aman kec. sebelah ramai",
        "Lot 5 sudah terjual ya pak",
        "kav 2 harga 500jt",
    ],
)
def test_codes_alone_are_no_address(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a lower-case street named after a date, and a town quarter by its number
        (
            "alamat jl. 10 november lingk. 2 tikala baru manado ya",
            "jl. 10 november lingk. 2 tikala baru manado",
        ),
        (
            "Kel. Ranotana Weru Lingk. III, Sario — kontrol gula",
            "Kel. Ranotana Weru Lingk. III, Sario",
        ),
    ],
)
def test_date_streets_and_numbered_quarters(text: str, value: str) -> None:
    assert value in addresses(text)


def test_date_in_lower_case_alone_is_no_address() -> None:
    assert addresses("di jalan 10 november macet bgt, lingkungan kotor") == []
