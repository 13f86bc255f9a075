"""ADDRESS: foreign layouts: accented names ("Montréal"), Canadian postcodes, Japanese
addresses in Latin letters ("2-14-7 Shibuya, Shibuya-ku, Tokyo"), Spanish and Portuguese
streets with the type first and the floor and door after the number ("Calle de Alcalá 152,
3º B"), and the city, state and postcode line of a multi-line label.

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
        (
            "send it to 88 Rue Sainte-Catherine, Montréal, QC H3B 1A7, Canada pls",
            "88 Rue Sainte-Catherine, Montréal, QC H3B 1A7, Canada",
        ),
        ("apt 2C, 15 Rue Saint-Denis, Québec", "apt 2C, 15 Rue Saint-Denis, Québec"),
        (
            "My new address is 1-4-12 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan.",
            "1-4-12 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan",
        ),
        (
            "kirim ke 〒530-0001 Osaka-fu, Kita-ku, Umeda 2-5-9, Umeda Heights 604 ya",
            "〒530-0001 Osaka-fu, Kita-ku, Umeda 2-5-9, Umeda Heights 604",
        ),
        (
            "Kenji Sato, 3-7-2 Minami, Naka-ku, Yokohama 231-0001",
            "3-7-2 Minami, Naka-ku, Yokohama 231-0001",
        ),
        (
            "address Calle de Goya 47, 2º A, 28001 Madrid, thanks",
            "Calle de Goya 47, 2º A, 28001 Madrid",
        ),
        ("morada: Rua das Laranjeiras 12, 1º Dto, Porto", "Rua das Laranjeiras 12, 1º Dto, Porto"),
        (
            "Ship to:\nAnna Lee\nUnit 3, 41 George Street\nSydney NSW 2000\nAustralia\nTel 02",
            "Unit 3, 41 George Street\nSydney NSW 2000\nAustralia",
        ),
        (
            "Mail to:\n1200 Oak Ridge Drive\nDenver, CO 80202\nUSA",
            "1200 Oak Ridge Drive\nDenver, CO 80202\nUSA",
        ),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # Japanese words and numbers that are no address
        "liburan ke Tokyo 2-3 hari, mampir Shibuya-ku sama Shinjuku-ku",
        "Hi Kenji, Yuki, Haruto, see you at Shibuya-ku station 3-4 pm",
        "skor akhir 2-1, 3-0, Osaka menang",
        # a Spanish-sounding name that is no street
        "lagi di Calle Ocho nonton 2 jam",
        "Avenida Bar buka jam 10, Kemang",
        # an accented city alone
        "I'm flying to Montréal next week",
        "cuaca di Québec dingin banget",
        "Kode produk 12-34 dan 56-78 sudah dikirim ke Tokyo",
    ],
)
def test_not_found(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a contact line after a street, not a city, state and postcode
        ("Jl. Melati No 5\nNo HP 0812", "Jl. Melati No 5"),
        ("Jl. Kenanga 7\nTelp WA 08123", "Jl. Kenanga 7"),
    ],
)
def test_contact_line_is_no_city_line(text: str, value: str) -> None:
    assert addresses(text) == [value]
