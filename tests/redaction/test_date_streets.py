"""ADDRESS: streets named after a date ("Jl. 17 Agustus"), house numbers glued to "no"."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import find_addresses


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kirim ke Jl. 17 Agustus No. 5, Manado", "Jl. 17 Agustus No. 5, Manado"),
        ("antar ke Jalan 10 November no 3 Surabaya", "Jalan 10 November no 3 Surabaya"),
        ("rumahnya di Jl. 10 November Raya no 8", "Jl. 10 November Raya no 8"),
        ("rumah baru kami di Jln 11 Maret no 21", "Jln 11 Maret no 21"),
    ],
)
def test_date_named_streets(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "tgl 17 Agustus kita libur ya kak",
        "di jalan 17 Agustus macet bgt",
        "pengiriman 10 November sampai",
    ],
)
def test_dates_alone_are_no_address(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jl pemuda no12 semarang", "jl pemuda no12 semarang"),
        ("kirim ke Jl. Melati no5A ya", "Jl. Melati no5A"),
        ("jl mawar nomor12", "jl mawar nomor12"),
    ],
)
def test_house_number_glued_to_no(text: str, value: str) -> None:
    assert value in addresses(text)


def test_long_number_after_no_is_no_house() -> None:
    assert addresses("Jl. Sudirman, no123456 order") == ["Jl. Sudirman"]
    assert addresses("pesanan no12 sudah dikirim") == []
