"""ADDRESS: casual lower-case addresses that run on to their city, and estates by plot.

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
        # lower-case estate and area names after the house run on to a known city
        (
            "tolong antar ke cluster kenanga blok b3 no 2 grand harmoni bekasi",
            "cluster kenanga blok b3 no 2 grand harmoni bekasi",
        ),
        (
            "kirim ke jl. merdeka km 7 kompleks bri tanjung kota sorong",
            "jl. merdeka km 7 kompleks bri tanjung kota sorong",
        ),
        (
            "perum taman sari blok c1 no 9 sukamenak kidul margahayu bandung ya",
            "perum taman sari blok c1 no 9 sukamenak kidul margahayu bandung",
        ),
        # a district named like a chat word, between commas before its regency
        (
            "kami menginap di Banjar Kaja, Desa Sidemen, Abang, Karangasem",
            "Banjar Kaja, Desa Sidemen, Abang, Karangasem",
        ),
        # an estate named by its plot ("kavling") before the block
        (
            "mereka tinggal di Kav. Guru blok D no 12. salam kenal",
            "Kav. Guru blok D no 12",
        ),
    ],
)
def test_casual_addresses(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a chat word between the house and the city ends the address
        ("gg mawar no 3 lagi hujan deras bandung", "gg mawar no 3"),
        ("blok c no 5 sudah pindah ke bekasi", "blok c no 5"),
        ("rt 2 rw 6 ya kak nanti dikirim ke bogor", "rt 2 rw 6"),
        # a greeting between commas is no district
        ("kirim ke Jl. Dahlia No. 4, Kak, Bandung", "Jl. Dahlia No. 4"),
    ],
)
def test_casual_address_stops_before_chat(text: str, value: str) -> None:
    assert addresses(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "promo grand opening toko baru di bekasi besok",
        "harga kav 200 juta blok A sudah laku",
        "kota sorong panas banget hari ini",
        "kami buka cabang baru di grand wisata bekasi",
        "Kantor kami di Jl. Rasuna Said Kav. 5 blok B lt 3",
    ],
)
def test_casual_address_negatives(text: str) -> None:
    assert addresses(text) == []
