"""ADDRESS: area lines with a postcode, blocks with "/No", flats before an estate, boarding
houses before a block, Javanese directions in village names, places named with a word,
gangs told by a landmark, homes named before the street, and a business's street after
"alamat" or "kantor"."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import AddressRecognizer


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AddressRecognizer().spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the last line of a multi-line address: areas, then the postcode
        (
            "kirim ke:\nSiti Aminah\nPerum Bumi Asri Blok D4 No 7\nKel. Tamalate, Kec. Rappocini"
            "\nMakassar, Sulsel 90221",
            "Perum Bumi Asri Blok D4 No 7\nKel. Tamalate, Kec. Rappocini\nMakassar, Sulsel 90221",
        ),
        (
            "Unit 3, Jl. Pantai Berawa No. 12\nTibubeneng, Badung, Bali 80361\nCheck-in: 2pm",
            "Unit 3, Jl. Pantai Berawa No. 12\nTibubeneng, Badung, Bali 80361",
        ),
        # a block with its house written "/No 8"
        (
            "Perumahan Taman Sari Cluster Anggrek Blok BC 4/No 11, Cileungsi, Bogor",
            "Perumahan Taman Sari Cluster Anggrek Blok BC 4/No 11, Cileungsi, Bogor",
        ),
        # a flat in a named tower before its estate
        (
            "pin unit gw 1234. Tower Cempaka 08-15, Apartemen Gading Mas, Jl. Boulevard No. 3",
            "Tower Cempaka 08-15, Apartemen Gading Mas, Jl. Boulevard No. 3",
        ),
        # a boarding house named on the line before its street
        (
            "paketnya ke\nKost Pak Harjo\nJl. Gejayan Gg. Kenari No 8\nSleman, DIY 55283",
            "Kost Pak Harjo\nJl. Gejayan Gg. Kenari No 8\nSleman, DIY 55283",
        ),
        # a dormitory named before its block
        (
            "send it to Asrama Mahasiswa Unpad Blok C Kamar 105, Jl. Raya Jatinangor, Sumedang",
            "Asrama Mahasiswa Unpad Blok C Kamar 105, Jl. Raya Jatinangor, Sumedang",
        ),
        # Javanese directions inside village and street names
        ("sy warga dusun Ngaglik wetan rt 04 rw 02, mau tanya", "dusun Ngaglik wetan rt 04 rw 02"),
        ("antar ke jl kaliurang kulon no 12 sleman aja", "jl kaliurang kulon no 12 sleman"),
        # a capitalised word inside a village's name
        (
            "Kel. Cinta Kasih, Kec. Medan Baru, Kota Medan",
            "Kel. Cinta Kasih, Kec. Medan Baru, Kota Medan",
        ),
        # an abbreviated ring road as an area
        (
            "antar ke Jl. Merdeka No. 5, Lkr. Utara, Kebon Jeruk, Jakarta Barat ya",
            "Jl. Merdeka No. 5, Lkr. Utara, Kebon Jeruk, Jakarta Barat",
        ),
        # one word between a street and its house number
        (
            "alamat: jl. cempaka 3 baru no 8 rt 2 rw 5 tebet",
            "jl. cempaka 3 baru no 8 rt 2 rw 5 tebet",
        ),
        # a district named with an ordinary word, after a village
        (
            "gg kenari rt 2 rw 4 kelurahan lenteng agung pasar minggu. makasih",
            "gg kenari rt 2 rw 4 kelurahan lenteng agung pasar minggu",
        ),
        # a gang told by its landmark
        (
            "nenek sy tinggal di Gg. Sempit belakang langgar Al Amin, tolong dicek",
            "Gg. Sempit belakang langgar Al Amin",
        ),
        # a lower-case gang before its landmark, before the kampung
        (
            "paket taruh aja. gang kenari sebelah toko kelontong, kp. pulo rt 03/04 kel. cipinang",
            "gang kenari sebelah toko kelontong, kp. pulo rt 03/04 kel. cipinang",
        ),
        # the house of someone known, before the street
        (
            "tolong antar ke rumah bu Kades, Jl. Cemara No. 4 RT 2 RW 1 Ds. Sukamaju",
            "rumah bu Kades, Jl. Cemara No. 4 RT 2 RW 1 Ds. Sukamaju",
        ),
        # a shophouse rented by its street
        (
            "yang disewa: ruko Jl. Gatot Subroto No. 12B Medan",
            "ruko Jl. Gatot Subroto No. 12B Medan",
        ),
        # the writer's home near a clinic: the home's street, not the clinic's
        (
            "mau pindah faskes ke klinik dekat rumah sy di Jl. Anggrek No. 7 Pontianak",
            "Jl. Anggrek No. 7 Pontianak",
        ),
        # a shop named as the home's landmark, in the clause before the street
        (
            "rumah sy persis depan Apotek Sentosa, Jl. Cendrawasih No 8 Kendari",
            "rumah sy persis depan Apotek Sentosa, Jl. Cendrawasih No 8 Kendari",
        ),
        # the writer's own office
        (
            "kirim ke kantor sy aja, Jl. Diponegoro No. 41, Bandung",
            "Jl. Diponegoro No. 41, Bandung",
        ),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    ("text", "leftover"),
    [
        # a postcode ends the address: the word after it is chat
        ("my lease at Jl. Kemang Raya No. 8, Jakarta Selatan 12730 expires soon", "expires"),
        ("kirim ke Jl. Mawar No. 3, Bogor 16112 besok pagi", "besok"),
    ],
)
def test_ends_at_postcode(text: str, leftover: str) -> None:
    assert all(leftover not in value for value in addresses(text))


@pytest.mark.parametrize(
    "text",
    [
        # a business's address after "alamat" in its own notice
        "Salon Cantik Ayu buka tiap hari 09.00-20.00, alamat Jl. Kartini No. 15 Kudus",
        "Bengkel Maju Jaya buka Senin-Sabtu, lokasi Jl. Ahmad Yani No. 80 Tegal",
        "Optik Terang buka tiap hari, alamat: Jl. Diponegoro No. 7 Kediri",
        # a company before its street, its name four words long
        "interview di PT Sentosa Makmur Abadi Jaya, Jl. Raya Serang Km 12 No. 4 Tangerang",
        # a shop named right before its street, with no home or landmark word
        "sy kerja di Toko Bangunan Maju, Jl. Imam Bonjol No. 12 Padang",
        # an office named before its street
        "silakan datang ke kantor GoPay Pontianak, Jl. Tanjungpura No. 5.",
        "info lebih lanjut di kantor pemasaran di Jl. Pahlawan No. 9 Madiun",
        # a shop's branch, the shop word a few words before the street
        "kunjungi cabang Toko Sari Rasa Bu Lina di Jl. Merdeka No. 20 Bogor",
        # a street as a meeting point, with a landmark
        "ketemu di Jl. Asia Afrika depan Gedung Merdeka ya",
        # a gang without a landmark
        "jalan kaki lewat gang sebelah aja",
        "Gg. Sekolah dekat sini kok",
        # "kos" as a word on the line before a street is not its name
        "sy udah di kos\nJl. Gejayan macet banget",
        # chat before a landmark is no gang
        "nanti sy tunggu sebelah warung bu ani",
        # "Blok M" is a place, and the block after an estate stays a block
        "ketemu di Blok M aja jam 5",
    ],
)
def test_not_found(text: str) -> None:
    assert addresses(text) == []


def test_estate_block_with_place_name_inside() -> None:
    # an estate whose block is named like a place: the block still ends the estate's name
    text = "Perum Griya Indah Blok M3/12, Jember"
    assert addresses(text) == ["Perum Griya Indah Blok M3/12, Jember"]


def test_recipient_line_after_label_is_not_the_address() -> None:
    text = "Alamat penerima:\nDewi Lestari (081355512345)\nPerum Puri Hijau Blok A2 No 5, Sidoarjo"
    assert addresses(text) == ["Perum Puri Hijau Blok A2 No 5, Sidoarjo"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a note in brackets after the postcode or city is not the address
        (
            "Dusun Sukorejo RT 02 RW 05 Desa Wringin Kec. Ambulu Jember 68172 (depan langgar)",
            "Dusun Sukorejo RT 02 RW 05 Desa Wringin Kec. Ambulu Jember 68172",
        ),
        (
            "kirim ke Jl. Flamboyan No. 3, Kel. Sidorejo, Salatiga (samping toko besi ya)",
            "Jl. Flamboyan No. 3, Kel. Sidorejo, Salatiga",
        ),
    ],
)
def test_bracketed_note_after_city(text: str, value: str) -> None:
    assert addresses(text) == [value]


def test_bracketed_landmark_before_city_stays() -> None:
    text = "Jl Kenari no 4 (rumah pagar hijau sebelah warung Bu Yem), Kel. Cibogo, Bogor"
    assert addresses(text) == [
        "Jl Kenari no 4 (rumah pagar hijau sebelah warung Bu Yem), Kel. Cibogo, Bogor"
    ]
