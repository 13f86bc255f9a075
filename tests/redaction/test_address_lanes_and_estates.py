"""ADDRESS: spans that stopped early or started late, and their hard negatives.

Every example is made up for the rule it tests.
"""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import find_addresses


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a lorong or gang inside a street's name starts a part of its own
        (
            "kirim ke Jl. Kartini Lrg. Damai No. 8, Kel. Sukajadi, Kec. Rappocini ya",
            "Jl. Kartini Lrg. Damai No. 8, Kel. Sukajadi, Kec. Rappocini",
        ),
        (
            "antar ke Jl. Sisingamangaraja Lr. 5 No. 12, Binjai",
            "Jl. Sisingamangaraja Lr. 5 No. 12, Binjai",
        ),
        # a street named after a kampung, abbreviated
        ("paket ke jl. kp. bali ujung no 14 ya", "jl. kp. bali ujung no 14"),
        # an estate, shophouse or warehouse named before its block or house
        ("ambil di ruko mega sentosa blok B no 9, cikupa", "ruko mega sentosa blok B no 9, cikupa"),
        (
            "sy tinggal di BTN Bumi Damai Blok F3 No. 2, Mamuju",
            "BTN Bumi Damai Blok F3 No. 2, Mamuju",
        ),
        ("kirim ke Gudang Blok K2 No. 7, Cibitung", "Gudang Blok K2 No. 7, Cibitung"),
        (
            "alamat: perum taman indah 3 D4/11 rt 02/rw 07, cileungsi, bogor",
            "perum taman indah 3 D4/11 rt 02/rw 07, cileungsi, bogor",
        ),
        # "rumah" before a house number
        ("titip di rumah no. 9 Gg. Cempaka 2 ya", "rumah no. 9 Gg. Cempaka 2"),
        # a block with its house number, alone
        ("Rina, blok G2/14. makasih", "blok G2/14"),
        # a room in a named boarding house, and its landmark
        (
            "aku ngekos di kos pak darmin kamar 7, depan musholla al hidayah karangmalang",
            "kos pak darmin kamar 7, depan musholla al hidayah karangmalang",
        ),
        # a named tower with its floor and unit; a flat code with two numbers
        ("Note for courier: Tower C, 21st floor, unit 2107", "Tower C, 21st floor, unit 2107"),
        ("kurir: tower d lt 9 no 3 ya kak", "tower d lt 9 no 3"),
        (
            "Antar ke The Peak Sudirman, Tower Jade, CX-08-12, Setiabudi, Jaksel ya",
            "The Peak Sudirman, Tower Jade, CX-08-12, Setiabudi, Jaksel",
        ),
        (
            "sewa Kuningan View, Tower Lotus, Unit 9-03, Jl. Denpasar Raya No. 2, Jakarta Selatan",
            "Kuningan View, Tower Lotus, Unit 9-03, Jl. Denpasar Raya No. 2, Jakarta Selatan",
        ),
        # an area of two capitalised words that are also words, between commas
        (
            "Jl. Setia Budi No. 45, Tanjung Sari, Medan Selayang, Medan 20132",
            "Jl. Setia Budi No. 45, Tanjung Sari, Medan Selayang, Medan 20132",
        ),
        # lower-case areas after a house code or a clause in capitals
        (
            "kirim ke griya lestari C2/8 rt 01/rw 04, sukahati, cibinong",
            "griya lestari C2/8 rt 01/rw 04, sukahati, cibinong",
        ),
        (
            "jemput di asrama putra UIN, jl. ahmad yani km 5, sukarami, palembang",
            "asrama putra UIN, jl. ahmad yani km 5, sukarami, palembang",
        ),
        # the writer's home told by its landmarks
        (
            "rumah saya yang cat putih depan SMP 3 Malinau, sebelah bengkel pak Udin, kak",
            "rumah saya yang cat putih depan SMP 3 Malinau, sebelah bengkel pak Udin",
        ),
        (
            "rumah aku di seberang masjid Al Huda, samping toko besi, desa Cikole ya",
            "rumah aku di seberang masjid Al Huda, samping toko besi, desa Cikole",
        ),
        # a house described at length before its landmark and estate
        (
            "anter ke rumah pagar coklat no 12 pas depan lapangan basket, perum griya hijau ya",
            "rumah pagar coklat no 12 pas depan lapangan basket, perum griya hijau",
        ),
        # a European street, its type first
        (
            "Send it to 8 Rue des Lilas, 75019 Paris, France please",
            "8 Rue des Lilas, 75019 Paris, France",
        ),
    ],
)
def test_address(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a signature after a dash is not an area
        ("Kost Bu Sri kamar 2, Jl. Kenanga No. 4, Depok — Yosef", "Yosef"),
        # a neighbourhood as a list heading
        ("Iuran sampah RT 02 RW 09:\n1. Pak Amir lunas", "RT 02 RW 09"),
        # a bank branch office or a resort's street
        ("Buku tabungan bisa diambil di KCP Jl. Diponegoro ya Pak", "Jl. Diponegoro"),
        ("Pickup from Kayu Manis Resort, Jl. Raya Sanggingan, Ubud at 9", "Jl. Raya Sanggingan"),
        # a street named as a landmark in an advert
        ("Tanah dijual, lokasi strategis dekat Jl. Gatot Subroto Timur. Hub 0812", "Gatot"),
        # a tower without its flat, or with the word "unit"
        ("Disewakan: Tower Orchid lantai 15, full furnished", "Tower"),
        ("Yes, the Tower Lily unit is still free this month", "Tower"),
        ("rumah saya di Cirebon, kak. besok ke sana", "rumah"),
        # a villa as a word
        ("We loved your villa in Canggu, 3-7 May, thanks!", "villa"),
    ],
)
def test_not_an_address(text: str, value: str) -> None:
    assert not any(value in found for found in addresses(text))
