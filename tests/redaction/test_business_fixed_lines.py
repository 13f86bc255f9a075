"""A company's fixed line is not a person's phone number, written with +country code too
("contact us at +65 6221 4400"); an admin's line in a shop's notice; words of a business
count only in the sentence of the number; a person's own office line stays masked."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def phones(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text",
    [
        "Your refund is on its way. Questions? Call +62 21 3047 9100.",
        "Our team will call you from our official line +62 21 6180 2200 tomorrow.",
        "Outstanding balance SGD 88.10, please contact us at +65 6312 0800.",
        "For any enquiries please contact the front office at (031) 7425 118.",
        "Les bahasa Inggris dibuka, hubungi admin di nomor kantor (0274) 883 140",
        "Katering nasi box Rp 25.000/box, min 20 box. Hub admin 0812-7703-4456",
        "Pesan kue lebaran bisa ke 0857-2210-9934 (WA admin)",
        "Paket sudah dikirim. Ada pertanyaan? hubungi +62 31 5990 1200",
    ],
)
def test_a_business_line_is_not_a_persons_phone(analyzer: Analyzer, text: str) -> None:
    assert phones(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("You can reach me at +62 21 7781 4420 in the evening", "+62 21 7781 4420"),
        ("my office line is +62 21 5530 9012, ext 3", "+62 21 5530 9012, ext 3"),
        ("Driver please call +62 361 447 902 when you arrive", "+62 361 447 902"),
        ("telp kantor 021-5551234 kalau hp sy mati", "021-5551234"),
        (
            "rumahnya depan pos satpam. nanti telpon aja (021) 5830 2716 ya",
            "(021) 5830 2716",
        ),
        ("admin Wulan 0813-2240-7781 yg pegang data ya", "0813-2240-7781"),
        ("sy pinjam hp suami ya, 0812-4471-0932 (admin grup td salah ketik)", "0812-4471-0932"),
        ("Name Chloe Martin, +61 412 889 034", "+61 412 889 034"),
    ],
)
def test_a_persons_line_stays_masked(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phones(analyzer, text) == [phone]
