"""ADDRESS: house, flat and numbered-building words before a street, hamlets named before
their RT/RW, streets whose name holds an ordinary word, foreign postcodes after a state, and
business premises ("kitchen kami", "Alamat usaha:", a notice's "Lokasi") left in clear."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import AddressRecognizer


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AddressRecognizer().spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a house or flat number before the street
        (
            "we just moved into House 12, Jl. Cipete Raya II, RT 05/RW 01, Cilandak. Hi all",
            "House 12, Jl. Cipete Raya II, RT 05/RW 01, Cilandak",
        ),
        (
            "please post it to 9 Albert Crescent, Flat 2, Leeds LS6 3AB, United Kingdom. Thanks",
            "9 Albert Crescent, Flat 2, Leeds LS6 3AB, United Kingdom",
        ),
        # a building named by a number, with its floor
        (
            "antar ke Menara 27 lt. 9, Jl. Gatot Subroto Kav. 5, Jakarta 12930 ya",
            "Menara 27 lt. 9, Jl. Gatot Subroto Kav. 5, Jakarta 12930",
        ),
        # a suburb, state and four-digit postcode, then the country
        (
            "ship to Unit 3, 41 Brunswick Road, Fitzroy VIC 3065, Australia, name Dewi",
            "Unit 3, 41 Brunswick Road, Fitzroy VIC 3065, Australia",
        ),
        # a hamlet named right before its RT/RW
        (
            "omah ku Krajan Wetan RT 03 RW 07, Sidomulyo, Bantul. matur nuwun",
            "Krajan Wetan RT 03 RW 07, Sidomulyo, Bantul",
        ),
        # a street whose name ends with an ordinary word, before its house number
        (
            "Alamat: Jl. Batang Hari No. 9, Petisah, Medan",
            "Jl. Batang Hari No. 9, Petisah, Medan",
        ),
        # a guest house named after the street
        (
            "I'm at Jl. Raya Pengosekan Gg. Nuri, homestay Wayan Lila, Ubud. Help pls",
            "Jl. Raya Pengosekan Gg. Nuri, homestay Wayan Lila, Ubud",
        ),
        # "kampung" as a word before a village's own anchor
        (
            "KTP sy masih di kampung Desa Sukaraja Kec. Cibeber Kab. Cianjur",
            "Desa Sukaraja Kec. Cibeber Kab. Cianjur",
        ),
        # "jalan." ends a sentence; the address is what follows
        (
            "bapak sy susah jalan. alamatnya Perum Griya Indah blok C2 no 7, Klaten",
            "Perum Griya Indah blok C2 no 7, Klaten",
        ),
    ],
)
def test_address_found_whole(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # a business's own premises, named by the business ("kami")
        "Food tasting Sabtu jam 10 di kitchen kami Ruko Nusa Niaga Blok C No. 3, Cibubur",
        "Pelatihan dimulai pukul 09.00 di aula kantor kami Jl. Diponegoro No. 21 Semarang",
        "Kelas yoga pagi di studio kami Jl. Kaliurang Km 6 No. 12, Sleman",
        # a business's address field without a house
        "Alamat tinggal: Cibubur\nAlamat usaha: Jl. Sisingamangaraja, Medan",
        # a notice naming the business before its location
        "Promo! Apotek Sinar Sehat diskon 20% semua vitamin. Lokasi Jl. Pemuda No. 40, Klaten",
        # a full word before a dot is a sentence end, not an anchor
        "kaki sy sakit kalau jalan. Jadi besok izin dulu ya bu",
        "anak sy sdh pulang kampung. Nanti kabari lagi",
    ],
)
def test_no_private_address(text: str) -> None:
    found = addresses(text)
    assert not any("Jl." in v or "Ruko" in v or "RT" in v for v in found), found
    assert not any(v.lower().startswith(("jalan", "kampung")) for v in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pak Sugeng RT 02/05 belum bayar iuran", "Sugeng"),
        ("Sugeng RT 02/05 belum bayar iuran", "Sugeng"),
        ("Rapat Warga RT 02/05 ditunda minggu depan", "Rapat"),
        ("Kerja Bakti RT 04 RW 01 hari Minggu", "Kerja"),
    ],
)
def test_person_or_event_before_rt_is_no_hamlet(text: str, word: str) -> None:
    assert not any(word in v for v in addresses(text))


def test_business_field_with_a_house_is_an_address() -> None:
    text = "alamat usaha Jl. Raya Mas No. 17, Banjar Kutuh, Ubud, Gianyar"
    assert "Jl. Raya Mas No. 17, Banjar Kutuh, Ubud, Gianyar" in addresses(text)


def test_private_address_after_a_customers_shop_mention() -> None:
    text = "kak sy mau order dari toko kakak. alamat Jl. Melati No. 5, Bekasi ya"
    assert "Jl. Melati No. 5, Bekasi" in addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a landmark in brackets between its parts
        (
            "kirim ke Jl. Cempaka No. 3 (depan masjid), Kel. Sukasari, Bogor",
            "Jl. Cempaka No. 3 (depan masjid), Kel. Sukasari, Bogor",
        ),
        # the kind of a boarding house, in lower case, before its street or name
        (
            "kos putri jl. sumbersari gg. 2 no 8 lowokwaru masih ada kamar?",
            "jl. sumbersari gg. 2 no 8 lowokwaru",
        ),
        (
            "Kos putra Kost Anggrek Kamar 2, Jl. Kenari No. 5, Malang",
            "Kost Anggrek Kamar 2, Jl. Kenari No. 5, Malang",
        ),
        # a capitalised kind is the name: kept
        (
            "kirim ke kos Putri Kenanga kamar 3, Gg. Dahlia no 9, Jatinangor",
            "kos Putri Kenanga kamar 3, Gg. Dahlia no 9, Jatinangor",
        ),
    ],
)
def test_landmarks_and_lodging_kinds(text: str, value: str) -> None:
    assert addresses(text) == [value]


def test_apartment_number_before_an_english_street() -> None:
    text = "send it to Apartment 6, 18 Queen Street, Brisbane QLD 4000, Australia pls"
    assert addresses(text) == ["Apartment 6, 18 Queen Street, Brisbane QLD 4000, Australia"]


@pytest.mark.parametrize(
    "text",
    [
        "Gerai baru kami: Jl. Pandanaran No. 30, Semarang. Buka mulai Senin",
        "Toko Sumber Rejeki: Jl. Raya Bogor No. 9, Cibinong",
    ],
)
def test_business_named_before_a_colon(text: str) -> None:
    assert addresses(text) == []


def test_recipient_before_a_colon_keeps_the_address() -> None:
    text = "Penerima: Sinta, alamat: Jl. Flamboyan No. 2, Kediri"
    assert addresses(text) == ["Jl. Flamboyan No. 2, Kediri"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # whose house it is, by the owner's name: the name is no part of the address
        (
            "pengajian di rumah bu Sri Wahyuni, Gg. Kenari No. 8 RT 3 RW 2, Sabtu sore",
            "Gg. Kenari No. 8 RT 3 RW 2",
        ),
        (
            "kumpul di rmh pak Agus, Jl. Kutilang No. 12, Depok",
            "Jl. Kutilang No. 12, Depok",
        ),
        # a house next to someone's: a landmark, kept
        (
            "sebelah rumah pak Agus, Gg. Mawar no 3 rt 2 rw 4",
            "sebelah rumah pak Agus, Gg. Mawar no 3 rt 2 rw 4",
        ),
    ],
)
def test_owners_house_before_the_address(text: str, value: str) -> None:
    assert addresses(text) == [value]
