"""SECRET: recovery phrases some words after their cue, backup codes one per line, codes
typed a character at a time with dashes (pattern locks), recovery codes of digits in dashed
groups; and no secret in a sentence after a phrase's cue, a phone number after a code's
keyword, numbers on lines after a code, or an English contraction after "password"."""

from __future__ import annotations

import pytest

from tests.redaction.test_secrets import values

PHRASE = "maple rocket sunny bridge violin garden pepper island candle frost meadow anchor"


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a recovery phrase words and an emoji away from its cue
        (f"seed phrase dompet kripto aku tulis di notes hp 🙏 {PHRASE}. tolong bantu", [PHRASE]),
        (f"my recovery phrase, the one I saved last year -> {PHRASE}", [PHRASE]),
        # backup codes one per line
        ("Backup codes:\n4410 9921\n7730 1185\n2296 5047\nSimpan", ["4410 9921", "2296 5047"]),
        ("kode cadangan nya\n55102287\n90134476", ["55102287", "90134476"]),
        # a pattern lock told a character at a time
        ("pola kunci hp sy 1-5-9-6-3 ya mas", ["1-5-9-6-3"]),
        ("kunci layarnya M-4-K-2-9, tolong jgn di-reset", ["M-4-K-2-9"]),
        # recovery codes of digits in dashed groups
        ("recovery key: 48210-77301-11524", ["48210-77301-11524"]),
        ("backup codes saya 3301-7752-9904", ["3301-7752-9904"]),
    ],
)
def test_found(text: str, secrets: list[str]) -> None:
    found = values(text)
    assert all(secret in found for secret in secrets), found


@pytest.mark.parametrize(
    "text",
    [
        # sentences after a phrase's cue
        "seed phrase saya hilang gimana cara balikin akun kripto yang lama soalnya semua aset"
        " ada disana tolong",
        "never share your recovery phrase with anyone, not even with our support team please",
        "jangan pernah kasih seed phrase ke siapapun termasuk admin karena semua aset bisa hilang",
        # a phone number after a code's keyword
        "backup code dikirim ke nomor 0812-3456-7890 ya",
        # dashes between words or a date
        "pola makan anak: pagi-siang-sore-malam",
        "kode promo A-B-C-D berlaku sampai 1-2-2027",
        # an English contraction after "password"
        "the wifi password at the front desk doesn't work",
        "password reset? it's on the settings page",
    ],
)
def test_not_found(text: str) -> None:
    assert values(text) == []


def test_numbers_on_lines_after_a_code_need_a_line_of_their_own() -> None:
    text = "OTP: 449120\n2 menit lagi expired\n3 kali salah akun terkunci"
    assert values(text) == ["449120"]
