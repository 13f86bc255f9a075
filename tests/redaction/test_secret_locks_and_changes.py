"""SECRET: codes given or asked for, lock and gate codes, codes listed with chat
words, chat reduplications before a code, tax EFINs, passwords changed to a new value; and
no password in "enable 2FA" nor a question mark in a password."""

from __future__ import annotations

import pytest

from tests.redaction.test_secrets import values


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a code asked for or given
        ("ada yg nelpon ngaku kurir, trus minta kode 604219, blm sy kasih", "604219"),
        ("I already gave the code 773105 to the caller, was that wrong?", "773105"),
        # lock, gate, alarm and keypad codes (a keypad's '#')
        ("the keypad code for the villa gate is 9043", "9043"),
        ("kode gerbang belakang skrg 7711# ya warga", "7711#"),
        ("alarm code: 55201, please disarm within 30 seconds", "55201"),
        # codes listed with chat words
        ("backup code sy 2291-4408 sm 6610-3057", "6610-3057"),
        # a reduplication before the code is no digit of it
        ("otp nya telat2 terus, barusan dapet 558 102", "558 102"),
        # a tax EFIN
        ("EFIN kantor kami 3108842271 tolong jgn disebar", "3108842271"),
        # a password changed to a new value
        ("sandi router udah aku ganti jadi Mawar!2025", "Mawar!2025"),
        ("I reset it yesterday to Harbor#77x", "Harbor#77x"),
        ("the wifi password, is it still nasi_goreng_12?", "nasi_goreng_12"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert secret in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please change your password and enable 2FA.",
        "jangan kasih kode OTP ke siapapun ya kak",
        "masukkan kode promo HEMAT25 saat checkout",
        "kirim kode pos 40115 ya kak",
        "lupa password akun, udah ganti jadi email baru",
        "gate 3 boarding jam 14.20, pesawat GA 408",
        "EFIN bisa diminta di KPP terdekat ya pak",
        "ganti ke iPhone15 aja kak lebih awet",
    ],
)
def test_not_found(text: str) -> None:
    assert values(text) == []


def test_no_question_mark_in_a_password() -> None:
    assert "nasi_goreng_12?" not in values("the wifi password, is it still nasi_goreng_12?")


def test_a_recovery_phrase_after_its_cue() -> None:
    phrase = "amber cloud violet pencil harbor quiet lunar basket mirror slogan velvet drift"
    assert phrase in values(f"tolong bantu restore, seed phrase wallet sy: {phrase}, makasih")
    assert phrase in values(f"frasa pemulihan:\n{phrase}")


def test_no_recovery_phrase_in_a_warning() -> None:
    assert values("admin tidak pernah meminta seed phrase atau frasa pemulihan kamu ya kak") == []
