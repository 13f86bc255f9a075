"""SECRET: other code keywords, codes further along the sentence or on the next
line, passwords near "pw", quoted passwords and passwords inside URLs."""

from __future__ import annotations

import pytest

from tests.redaction.test_secrets import values


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Use this one-time password to sign in, valid 5 minutes: 604418", "604418"),
        ("kode sekali pakai kamu 339027, jangan dibagikan", "339027"),
        ("login code for your portal, never share it: 5520 1187", "5520 1187"),
        ("recovery codes sy buat jaga2 kalau hp ilang: 7301 4456, 2209 8813", "2209 8813"),
        ("tadi admin minta OTP lewat WA, terus aku kirim 460213", "460213"),
        ("ini kode verifikasinya kak\n 771593\n", "771593"),
        ("kodenya barusan masuk: 902714", "902714"),
        ("pw email kantor lupa, kemarin masih Sinar@2023 kok", "Sinar@2023"),
        ('sandi wifi lantai 2 "Kopi Tubruk 88"', "Kopi Tubruk 88"),
        ("DB_URL=postgresql://admin:Tr0ub4dor&3@10.2.0.14:5432/crm", "Tr0ub4dor&3"),
        ("redis://default:k9Lm2PqX@cache.internal:6379", "k9Lm2PqX"),
        # lower-case keys and digests after their cue
        ("apikey nya 7d1e0c9a4b3f2e8d6c5b4a39f8e7d6c5", "7d1e0c9a4b3f2e8d6c5b4a39f8e7d6c5"),
        ("Bearer 0f9e8d7c6b5a41302f1e0d9c8b7a6f5e", "0f9e8d7c6b5a41302f1e0d9c8b7a6f5e"),
    ],
)
def test_secret_values(text: str, secret: str) -> None:
    assert secret in values(text), values(text)


def test_codes_listed_in_space_separated_pairs() -> None:
    text = "backup code: 5512 8830 1047 2291"
    assert {"5512 8830", "1047 2291"} <= set(values(text))


@pytest.mark.parametrize(
    "text",
    [
        "password salah terus kak, gimana resetnya?",
        "kode OTP tidak masuk2 dari tadi",
        "jangan pernah kasih OTP ke siapapun ya kak",
        "kode OTP berlaku 5 menit, total tagihan kamu: 250000",
        "OTP dikirim via SMS. Info lebih lanjut hubungi kami: 14045",
        "cek https://shop.example.com:8080/promo ya kak",
        'pass "VIP" untuk konser sudah habis',
        "the key takeaway is the growth-2030-roadmap",
    ],
)
def test_no_secret(text: str) -> None:
    assert values(text) == []
