"""ADDRESS: landmarks before and between address parts, units and estates before a
street (also on the line before), lodgings and flats with a room or block, streets named with
a common word, areas without a comma, lower-case villages, labelled postcodes and English
forms; and the hard negatives these rules must leave alone."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import find_addresses


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # landmark clauses before the address, after a colon
        (
            "patokan: rumah hijau depan masjid Nurul Huda, belakang SD Negeri 3, Desa "
            "Karangsari, Kec. Pulosari, Pemalang. makasih",
            "rumah hijau depan masjid Nurul Huda, belakang SD Negeri 3, Desa Karangsari, "
            "Kec. Pulosari, Pemalang",
        ),
        # a described house and its landmark between two parts, with its owner's name
        (
            "kirim ke gg. mawar no 3, yg rumah pagar biru samping warung bu sri, rt 2 rw 7 "
            "kebon jeruk",
            "gg. mawar no 3, yg rumah pagar biru samping warung bu sri, rt 2 rw 7 kebon jeruk",
        ),
        # units and an estate on the line before the street
        (
            "Unit 12B, Tower Orchid\nJl. Kemang Raya No. 9, Jakarta Selatan",
            "Unit 12B, Tower Orchid\nJl. Kemang Raya No. 9, Jakarta Selatan",
        ),
        (
            "Palm Court Residence, Tower Lily, Unit 18-03\nJl. Pangeran Antasari Kav. 7, Jaksel",
            "Palm Court Residence, Tower Lily, Unit 18-03\nJl. Pangeran Antasari Kav. 7, Jaksel",
        ),
        # a building named with its area, and many units before the street
        (
            "from Park 9 @ Kuningan, Tower 1 Floor 12 Unit 1203, Jl. Setiabudi No. 4, Jaksel.",
            "Park 9 @ Kuningan, Tower 1 Floor 12 Unit 1203, Jl. Setiabudi No. 4, Jaksel",
        ),
        # a house number before its gang
        (
            "nomor 5 gang kelinci rt 03 rw 04 kebayoran lama",
            "nomor 5 gang kelinci rt 03 rw 04 kebayoran lama",
        ),
        # a boarding house, a flat and a dormitory with a room or block, without a street
        (
            "kost putri Anggrek kamar 9 deket kampus UNAIR",
            "kost putri Anggrek kamar 9 deket kampus UNAIR",
        ),
        ("pak saya di rusun Cipinang blok 4 lantai 3 no 8", "rusun Cipinang blok 4 lantai 3 no 8"),
        (
            "Asrama Brimob Blok D No. 3, Jl. Kelapa Dua, Depok",
            "Asrama Brimob Blok D No. 3, Jl. Kelapa Dua, Depok",
        ),
        (
            "Townhouse Cipete Blok B2, Jl. Cipete Raya No 11",
            "Townhouse Cipete Blok B2, Jl. Cipete Raya No 11",
        ),
        # a boarding house's name with a comma before the street
        (
            "Kos Bu Endang, Jl. Gejayan Gg. Kenanga No. 2, Sleman",
            "Kos Bu Endang, Jl. Gejayan Gg. Kenanga No. 2, Sleman",
        ),
        # a hamlet quarter ("lingkungan") before its urban village
        (
            "Lingk. Karanganyar, Kel. Mojoroto, Kec. Kota Kediri",
            "Lingk. Karanganyar, Kel. Mojoroto, Kec. Kota Kediri",
        ),
        # a gang or estate named with a common word
        (
            "Jl. Brigjen Katamso Gg. Masjid No. 4 Medan Maimun",
            "Jl. Brigjen Katamso Gg. Masjid No. 4 Medan Maimun",
        ),
        (
            "Komplek Kejaksaan Blok C No 7 Pasar Minggu",
            "Komplek Kejaksaan Blok C No 7 Pasar Minggu",
        ),
        ("Wisma BNI lt 12 Jl. Jend. Sudirman Kav. 1", "Wisma BNI lt 12 Jl. Jend. Sudirman Kav. 1"),
        # areas without a comma: up to a city, or to the end of the clause after a house
        (
            "Perum Taman Cibodas Blok H No 2 Cibodas Baru Tangerang",
            "Perum Taman Cibodas Blok H No 2 Cibodas Baru Tangerang",
        ),
        ("gg. Nangka no 6 RT 01/RW 09 Tembalang, ya kak", "gg. Nangka no 6 RT 01/RW 09 Tembalang"),
        ("rt 5 rw 1 tanah baru", "rt 5 rw 1 tanah baru"),
        # a lower-case village with two address parts after it
        (
            "jorong koto baru nagari sungai tarab kec sungai tarab kab tanah datar",
            "jorong koto baru nagari sungai tarab kec sungai tarab kab tanah datar",
        ),
        # a labelled postcode
        (
            "Jl. Dewi Sartika No 3, Cimahi, kode pos 40521",
            "Jl. Dewi Sartika No 3, Cimahi, kode pos 40521",
        ),
        # an office tower before its floor, without a comma
        (
            "kirim ke kantor: Mayapada Tower Lt. 9, Jl. Jend. Sudirman Kav. 28, Jaksel",
            "Mayapada Tower Lt. 9, Jl. Jend. Sudirman Kav. 28, Jaksel",
        ),
        # an estate with its tower and unit, without a street
        (
            "we live at Pakubuwono Residence, Tower Orchid, unit 9B",
            "Pakubuwono Residence, Tower Orchid, unit 9B",
        ),
        # a numbered urban village (Palembang)
        ("Lr. Damai No 4 Kel. 16 Ilir Palembang", "Lr. Damai No 4 Kel. 16 Ilir Palembang"),
        # the house number before a street with a name alone
        ("rumah no 9 gg kenari ya", "no 9 gg kenari"),
        # the house number first, the Malaysian way
        ("send to 18 Jalan Ampang Hilir, Kuala Lumpur", "18 Jalan Ampang Hilir, Kuala Lumpur"),
        # area lines in a multi-line address: before a city line, or ending in a city
        (
            "Jl. Kenanga No 8\nCileungsi, Klapanunggal\nKab. Bogor 16820",
            "Jl. Kenanga No 8\nCileungsi, Klapanunggal\nKab. Bogor 16820",
        ),
        (
            "Apartemen Kebagusan City\nTower B Unit 17C\nPasar Minggu, Jakarta Selatan",
            "Apartemen Kebagusan City\nTower B Unit 17C\nPasar Minggu, Jakarta Selatan",
        ),
        # a labelled postcode on its own line
        (
            "Alamat: Jl. Durian 4\nKota: Padang\nKode Pos: 25111",
            "Jl. Durian 4\nKota: Padang\nKode Pos: 25111",
        ),
        # RT/RW written with dashes or a dotted label
        ("Jl. Salak 9 RT-04 RW-02 Sindangbarang", "Jl. Salak 9 RT-04 RW-02 Sindangbarang"),
        ("Gg. Duku 3 RT.RW 06/01 Cigadung", "Gg. Duku 3 RT.RW 06/01 Cigadung"),
        # parts separated by dashes or slashes instead of commas
        (
            "Jl. Jambu No 7 - Cibeunying - Bandung 40191",
            "Jl. Jambu No 7 - Cibeunying - Bandung 40191",
        ),
        ("Jl. Jambu No 7/ Coblong/ Bandung", "Jl. Jambu No 7/ Coblong/ Bandung"),
        # a landmark at the end of a chat clause before RT/RW
        (
            "paketnya ke rumah sy yg belakang pasar Cibubur, RT 05 RW 03 Kel. Ciracas",
            "rumah sy yg belakang pasar Cibubur, RT 05 RW 03 Kel. Ciracas",
        ),
        # a floor written number first before the street
        (
            "Our new office: 8th floor, Jl. Tebet Raya No. 12, Jakarta",
            "8th floor, Jl. Tebet Raya No. 12, Jakarta",
        ),
        # English forms: a flat before the house, compass points and ordinals, rooms and floors
        ("Apt 7C 215 E 34th St, New York, NY 10016", "Apt 7C 215 E 34th St, New York, NY 10016"),
        (
            "Room 802, 12/F, 33 Nathan Road, Tsim Sha Tsui",
            "Room 802, 12/F, 33 Nathan Road, Tsim Sha Tsui",
        ),
    ],
)
def test_address(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "aku tinggal di Surabaya kak",
        "Alamat: Surabaya",
        "beli di Alfamart Jl. Raya Pajajaran kemarin",
        "harga 3 blok batako 45rb",
        "kode produk JL-4410 ready",
        "Kost putra 750rb, kamar mandi dalam",
        "kos murah dekat UNS 600rb/bulan",
        "DP sewa ruko Rp 20jt udah masuk ya",
        "desa kami kena longsor",
        "rumah kuning depan masjid",
        "Lantai 5 rapat jam 2",
        "Tower C lift mati",
        "no 14 kak yg warna navy ukuran XL",
        "Ketua RT 06 minta iuran",
        "tanggal 12 Mei jam 3 sore",
        "Dinas Lingkungan Hidup Kota Semarang tutup",
        "kontrol di RS Siloam Jl. Raya Bekasi lt 3",
    ],
)
def test_not_an_address(text: str) -> None:
    assert addresses(text) == []


def test_landmark_after_the_address_is_not_taken_without_a_part_after_it() -> None:
    text = "jl. flamboyan 2 no 11 rt 4 rw 1 pagar hitam sebelah warung. makasih"
    assert addresses(text) == ["jl. flamboyan 2 no 11 rt 4 rw 1"]


def test_postcode_ends_the_address() -> None:
    text = "Perum Griya Lestari Blok A 3/9, Sukatani, Bekasi 17520 SHM, LT 72 LB 45"
    assert addresses(text) == ["Perum Griya Lestari Blok A 3/9, Sukatani, Bekasi 17520"]


def test_person_after_the_house_is_not_an_area() -> None:
    text = "Jl. Melati No 5 Budi yg terima"
    assert addresses(text) == ["Jl. Melati No 5"]


def test_name_on_the_line_after_the_address_is_not_an_area() -> None:
    text = "Jl. Kenanga No 8\nBudi Santoso\n0812 3456 7890"
    assert addresses(text) == ["Jl. Kenanga No 8"]


def test_chat_before_a_landmark_is_not_taken() -> None:
    text = "besok tolong anter ke belakang pasar Kranji, gg. Sawo 2 no 8"
    assert addresses(text) == ["belakang pasar Kranji, gg. Sawo 2 no 8"]
