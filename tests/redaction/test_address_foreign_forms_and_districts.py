"""ADDRESS: English streets numbered after the name, Singapore blocks, lower-case districts
named after their city, lower-case "kota" districts and Palembang's numbered villages."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import AddressRecognizer


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AddressRecognizer().spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an English street with its number after it
        ("we're staying at Sunset Road No. 88, Seminyak, pls come", "Sunset Road No. 88, Seminyak"),
        ("my villa is on Coconut Lane III No. 4, Ubud", "Coconut Lane III No. 4, Ubud"),
        # a Singapore block, its street and flat
        (
            "ship to Blk 203 Woodlands Avenue 9, #11-305, Singapore 730203 pls",
            "Blk 203 Woodlands Avenue 9, #11-305, Singapore 730203",
        ),
        (
            "Block 45 Serangoon North, Singapore 550045",
            "Block 45 Serangoon North, Singapore 550045",
        ),
        # a lower-case district named after its city, ending the clause
        ("rumah sy di jl. anggrek no 9 medan johor", "jl. anggrek no 9 medan johor"),
        # Palembang's urban villages named by number, after a comma
        (
            "kirim ke Lr. Sei Tawar No. 4, 3-4 Ulu, Seberang Ulu I, Palembang 30257",
            "Lr. Sei Tawar No. 4, 3-4 Ulu, Seberang Ulu I, Palembang 30257",
        ),
        # a lower-case "kota" district after "kel."
        (
            "gg. dahlia rt 02/03 kel. kota lama semarang utara. titip satpam",
            "gg. dahlia rt 02/03 kel. kota lama semarang utara",
        ),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    ("text", "leftover"),
    [
        # after a city: a chat word, a known word, or more of the sentence
        ("kirim ke jl melati no 5 bandung besok ya", "besok"),
        ("antar ke jl melati no 5 surabaya sekarang", "sekarang"),
        ("kirim ke jl melati no 5 bogor ya kak", "ya"),
        ("jl melati no 5 malang cepat sampai kan", "cepat"),
    ],
)
def test_district_after_city_stops(text: str, leftover: str) -> None:
    assert all(leftover not in value.split() for value in addresses(text))


@pytest.mark.parametrize(
    "text",
    [
        # a block without a Singapore flat or the country
        "Blk 5 Tampines nanti aku cek",
        "ambil di Block 12 Harbour Front area",
        # a street name without a number
        "meet me at Sunset Road tonight",
        "Monkey Forest Road is closed today",
        # "Lane" and a number that is no house number
        "Memory Lane No more",
        # a number before "Ulu" outside an address
        "stok 20 Ulu pcs ready ya kak",
        # "kota" as an ordinary word
        "kel. kami di kota",
    ],
)
def test_not_found(text: str) -> None:
    assert addresses(text) == []
