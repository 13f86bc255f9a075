"""ADDRESS: foreign addresses with units before them ("Room 1203, 12/F, Tower 2, ...",
"5/12 Collins Street", "Lot 5, Jalan ..."), German and Dutch streets with the number after
the name, French streets in lower case, and abbreviated district names ("Kb. Sirih")."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import AddressRecognizer


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AddressRecognizer().spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "pls send to 7/30 Chapel Street, Prahran VIC 3181 thanks",
            "7/30 Chapel Street, Prahran VIC 3181",
        ),
        (
            "office: Room 805, 8/F, Tower 1, 33 Canton Road, Tsim Sha Tsui, Hong Kong",
            "Room 805, 8/F, Tower 1, 33 Canton Road, Tsim Sha Tsui, Hong Kong",
        ),
        (
            "alamat adik sy Lot 12, Jalan Ampang Hilir, 55000 Kuala Lumpur ya",
            "Lot 12, Jalan Ampang Hilir, 55000 Kuala Lumpur",
        ),
        ("ship to Goethestraße 8, 60313 Frankfurt please", "Goethestraße 8, 60313 Frankfurt"),
        ("my flat is Prinsengracht 210, 1016 HD Amsterdam", "Prinsengracht 210, 1016 HD Amsterdam"),
        ("c'est au 8 rue de la Paix, 75002 Paris", "8 rue de la Paix, 75002 Paris"),
        (
            "kirim ke Jl. Kramat No. 3, RT 2/RW 4, Tj. Priok, Jakarta Utara",
            "Jl. Kramat No. 3, RT 2/RW 4, Tj. Priok, Jakarta Utara",
        ),
    ],
)
def test_foreign_and_abbreviated_addresses(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ordering 3 batik shirts and 2 sarongs",
        "resep: 1/2 Cup Sugar Road trip snack 3 pcs",
        "Bring 2 via Gojek, 3 via Grab",
        "Offering 5 discounts on Monday",
        "Aku suka rue 5 kali",
        "pesan 3/4 Kilo Street Food ya",
        "Meeting room 3 lantai 2 ya",
    ],
)
def test_no_address(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # numbered parts first, the Gulf, Taiwanese and Malaysian way
        (
            "alamat majikan Villa 14, Street 310, Al Olaya District, Riyadh 12214, Saudi Arabia ya",
            "Villa 14, Street 310, Al Olaya District, Riyadh 12214, Saudi Arabia",
        ),
        (
            "ke No. 8, Lane 45, Section 3, Minsheng East Road, Songshan District, Taipei City 105",
            "No. 8, Lane 45, Section 3, Minsheng East Road, Songshan District, Taipei City 105",
        ),
        (
            "bilik di No. 5, Jalan 2/7, Seksyen 2, 43650 Bandar Baru Bangi, Selangor",
            "No. 5, Jalan 2/7, Seksyen 2, 43650 Bandar Baru Bangi, Selangor",
        ),
        # a flat in a named building, then its areas
        (
            "the owner lives at Apartment 905, Palm Heights Tower, Jumeirah Lake, Dubai. ok?",
            "Apartment 905, Palm Heights Tower, Jumeirah Lake, Dubai",
        ),
        # an English city name for Jakarta's parts, a block with a direction
        (
            "Consignee: Jl. Muara Karang Blok Z Utara No. 8, Penjaringan, North Jakarta 14450.",
            "Jl. Muara Karang Blok Z Utara No. 8, Penjaringan, North Jakarta 14450",
        ),
        # a district whose name holds an ordinary word between name words
        (
            "rumah sy Jl. Setia Budi Gg. Rukun No. 3, Tanjung Sari Baru, Medan Selayang. makasih",
            "Jl. Setia Budi Gg. Rukun No. 3, Tanjung Sari Baru, Medan Selayang",
        ),
        # lower-case villages named one inside the other
        (
            "kirim ke jorong sungai tanang nagari koto tinggi kec baso agam ya",
            "jorong sungai tanang nagari koto tinggi kec baso agam",
        ),
        (
            "tiang di banjar kaja desa sibang gede badung",
            "banjar kaja desa sibang gede badung",
        ),
    ],
)
def test_numbered_and_nested_addresses(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # a family (keluarga), not a village
        "mohon doa dari kel. Budi Simanjuntak, Jl. Merpati No. 3, Medan",
        # a road crossing
        "pos ronda di perempatan Jl. Anggrek - Jl. Kenanga",
        # a dormitory named by a chat word
        "obatnya sy titip di asrama ya. kamar 5 nanti diambil",
        # "desa" as a word
        "pulang ke desa sebelah kota bandung",
    ],
)
def test_not_a_home_address(text: str) -> None:
    found = addresses(text)
    assert not any(
        v.lower().startswith(("kel.", "jl. anggrek", "asrama ya", "desa")) for v in found
    )
