"""ADDRESS: houses told by their look and number after landmark directions ("gang sebelah
indomaret, rumah pagar ijo no 9A, ..."), flats told by unit, floor and tower alone, area names
that end a clause before chat particles, regional village words, and what stays unmasked:
quantities after a street, businesses and institutions at their own address, residents of a
whole neighbourhood, house paint.

Every example is made up for the rule it tests.
"""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import AddressRecognizer


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AddressRecognizer().spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a house by its fence or paint and number, with the landmark clause before it and
        # the areas after it
        (
            "mas sy di gang sebelah alfamart Kedung, rumah pagar biru no 7B, Kedung Jaya, Kudus ya",
            "gang sebelah alfamart Kedung, rumah pagar biru no 7B, Kedung Jaya, Kudus",
        ),
        ("lurus terus mentok kiri, rmh no 12 cat kuning", "rmh no 12 cat kuning"),
        ("deket lapangan voli, rumah cat abu no 3", "deket lapangan voli, rumah cat abu no 3"),
        # a house by its number alone after landmark directions, also after a list's dash
        (
            "masuk gang depan musholla, rumah no 21 ya bang",
            "masuk gang depan musholla, rumah no 21",
        ),
        (
            "3. Darmi (lansia) - seberang pasar, rumah cat biru no 6",
            "seberang pasar, rumah cat biru no 6",
        ),
        # a flat by its unit, floor and tower, without the building's name
        ("unit 2305 lt 23 tower B kak, titip lobby aja", "unit 2305 lt 23 tower B"),
        ("aku di tower Jasmine lantai 9 unit 9F ya", "tower Jasmine lantai 9 unit 9F"),
        # a flat's code after a named tower
        (
            "antar ke Apartemen Gading Mas Tower Akasia 12-C, Kelapa Gading",
            "Apartemen Gading Mas Tower Akasia 12-C, Kelapa Gading",
        ),
        # areas after the house that end the clause before chat particles
        ("anter ke jl kenari 3 no 8 pondok kelapa ya.", "jl kenari 3 no 8 pondok kelapa"),
        (
            "kirim ke Jl. Seroja No. 4 Tegal Rejo Ngawi ya kak",
            "Jl. Seroja No. 4 Tegal Rejo Ngawi",
        ),
        # estate and street names with "Grand" or a fruit in them
        (
            "alamat Cluster Kenari Blok C No. 2, Grand Harmoni, Setu, Bekasi",
            "Cluster Kenari Blok C No. 2, Grand Harmoni, Setu, Bekasi",
        ),
        ("alamat sy jl. mangga besar dalam gg. 3 no. 10", "jl. mangga besar dalam gg. 3 no. 10"),
        # a gang numbered in Roman numerals with its house, and Balinese area names
        (
            "kirim ke Jl. Gatot Subroto Gg. IV/21, Dauh Puri Kelod, Denpasar Barat",
            "Jl. Gatot Subroto Gg. IV/21, Dauh Puri Kelod, Denpasar Barat",
        ),
        # Toraja's lembang and Lampung's pekon with their districts
        (
            "alamat rumah Lembang Marante, Kec. Rindingallo, Toraja Utara",
            "Lembang Marante, Kec. Rindingallo, Toraja Utara",
        ),
        ("kirim ke Pekon Way Jaya RT 03, Kec. Pagelaran", "Pekon Way Jaya RT 03, Kec. Pagelaran"),
        # a Balinese banjar in lower case with two districts after it
        (
            "makeup di rumah tiang br. kaja kauh desa sibang kec. abiansemal badung",
            "br. kaja kauh desa sibang kec. abiansemal badung",
        ),
        # the house by its corner, and a rented room before a gang named alone
        ("taruh di rmh pojok gg. nangka 4 rt 2 rw 9", "rmh pojok gg. nangka 4 rt 2 rw 9"),
        ("kontrakan bu Sri pintu 3, Gg. Delima", "kontrakan bu Sri pintu 3, Gg. Delima"),
        # an identity card's village and district under its address
        (
            "NIK : 3201010101900001\nTempat/Tgl Lahir : BOGOR, 01-01-1990\n"
            "Alamat : JL. SALAK NO. 9\nRT/RW : 001/002\nKel/Desa : BABAKAN\nKecamatan : TENGAH",
            "JL. SALAK NO. 9\nRT/RW : 001/002\nKel/Desa : BABAKAN\nKecamatan : TENGAH",
        ),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a quantity after a street is not its house number
        ("beliin martabak di Jl. Kenanga 3 bungkus ya", "Jl. Kenanga 3 bungkus"),
        # a phone number after a boarding house's owner is not a house
        ("tanya penjaga kos Bu Yati 0813 2200 1188", "kos Bu Yati 0813"),
        # after the postcode, property papers are not an area
        (
            "dijual rumah Jl. Sawo No. 2, Bogor 16111, SHM a.n pemilik",
            "Jl. Sawo No. 2, Bogor 16111, SHM",
        ),
    ],
)
def test_address_stops_before(text: str, value: str) -> None:
    assert value not in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # businesses and institutions at their own address
        "Catering kami di Jl. Kaliurang KM 5 No. 3, Sleman, pesan H-1 ya",
        "Lab kami buka di Jl. Veteran No. 10, Malang setiap hari",
        "Kantor Pertanahan Kota Bogor beralamat di Jl. Ahmad Yani No. 9, Tanah Sareal",
        "Klinik Sehat Bersama berlokasi di Jl. Merdeka No. 21, Garut",
        "SIM bisa diambil di Satpas Polresta Bogor, Jl. Kapten Muslihat Km 2",
        "STNK diurus di Samsat Kota, Jl. Pajajaran No. 1",
        "Pick-up points: our outlets at Jl. Pemuda No. 4, Semarang (Tue)",
        "collect it from our clinic at Jl. Diponegoro No. 8, Malang",
        # all residents of a neighbourhood, not a house in it
        "Pembagian sembako: warga yang tinggal di RW 04 Kel. Sukasari ambil di balai",
        "penduduk yg berdomisili di RW 11 Desa Cibodas harap hadir",
        # house paint, an air conditioner on a floor, a listing's tower
        "mau beli cat rumah warna hijau no 7 ada?",
        "AC di lantai 2 unit 1 bocor, tolong teknisi",
        "I'm interested in the 2BR unit at Tower C, is it still available?",
        "stok 5 unit, lantai 3 gudang penuh",
        # a gang where something happened, and the town of Lembang
        "ada maling di gang kenari, plat B 1234 XY motor merah",
        "liburan ke Lembang, Bandung Barat kemarin seru",
        "wisata Lembang Park and Zoo buka jam 9",
        # a colour word that is a question, a house number without directions
        "rumah no 5 cat apa ya bagusnya",
        "rumah no 5 dijual murah",
        "sebelah rumah no 5 ada yg jual kucing",
        "Rosmawati br. Simanjuntak lahir di Medan",
    ],
)
def test_not_found(text: str) -> None:
    assert addresses(text) == []


def test_landmark_gang_without_house_is_no_address() -> None:
    assert addresses("masuk gang sebelah indomaret aja mas nanti sy jemput") == []


def test_family_at_an_address_is_no_business() -> None:
    assert addresses("I'm staying with our parents at Jl. Cemara No. 4, Bogor") == [
        "Jl. Cemara No. 4, Bogor"
    ]


def test_home_above_a_business_word_stays_an_address() -> None:
    # "rumah kami" is a home, not premises
    assert addresses("rumah kami di Jl. Kaliurang KM 5 No. 3, Sleman") == [
        "Jl. Kaliurang KM 5 No. 3, Sleman"
    ]
