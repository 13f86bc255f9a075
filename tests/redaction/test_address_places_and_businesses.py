"""ADDRESS: places without a house, business streets, building and Acehnese names."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import AddressRecognizer


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AddressRecognizer().spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a street named alone: a map pin, a listing, a food street, an incomplete address
        "Ruko yg di Jl. Cempaka Putih itu masih disewakan?",
        "Pinnya nunjuk ke Jl. Raya Kerobokan, bukan rumah saya kak",
        "nanti malam kita kulineran di Jalan Sabang aja",
        "Alamat 'Jl. Ahmad Yani' saja kurang lengkap, mohon tambah nomor rumah",
        # an estate and its area, a shophouse's block, a floor of a hospital
        "Promo: rumah 1 lantai di Cluster Bougainvillea, Cibubur, DP 0%",
        "Kantor pemasaran pindah ke ruko Sentra Niaga blok BC2 mulai Senin",
        "Jadwal terapi di Gedung Rehabilitasi lt 2, bawa kartu berobat",
        # a business's street with its number
        "Servis di Toko Elektronik Jaya, Jl. Pasar Baru Blok C No. 12, Bandung ya kak",
    ],
)
def test_no_one_lives_there(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the writer lives on the street, or wants something delivered there
        ("rumah saya di Jl. Flamboyan dekat pos ronda", "Jl. Flamboyan"),
        (
            "pls leave the parcel at the guard post Cluster Orchid, Kota Wisata Cibubur",
            "Cluster Orchid, Kota Wisata Cibubur",
        ),
        # a building word before the building's own name
        (
            "kirim ke Gedung Wisma Karya Lt. 7, Jl. Gajah Mada No. 18, Jakarta Pusat",
            "Gedung Wisma Karya Lt. 7, Jl. Gajah Mada No. 18, Jakarta Pusat",
        ),
        # an Acehnese title inside a street's name
        (
            "alamat: Jl. Tgk. Daud Beureueh Lr. Damai No. 4, Banda Aceh",
            "Jl. Tgk. Daud Beureueh Lr. Damai No. 4, Banda Aceh",
        ),
    ],
)
def test_address(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "I lived in the flat at Kalibata Residences Tower B, Unit 12-C, Jl. Raya Kalibata 1",
            "Kalibata Residences Tower B, Unit 12-C, Jl. Raya Kalibata 1",
        ),
        (
            "ada pengajian di Jl. Kenari Gg. 2 No. 14 RT 03, jalan ditutup sampai sore",
            "Jl. Kenari Gg. 2 No. 14 RT 03",
        ),
    ],
)
def test_address_edges(text: str, value: str) -> None:
    assert addresses(text) == [value]
