"""SECRET: lettered codes in dashed groups after an account code's keyword, passwords after
a colon further on or a change, smart-lock codes, codes known by their length or their SMS;
and button labels, chat reduplication, links, phone numbers and e-mail addresses that are
no secret."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def secrets(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "SECRET"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("kode aktivasi kartu member: QRT-5521-ZA, tolong dicek", ["QRT-5521-ZA"]),
        ("kode verifikasinya udah dateng: HB-90314", ["HB-90314"]),
        (
            "backup code akun email sy, simpan ya: k3v9-pq21-mm08 dan z7x1-44df-ab92",
            ["k3v9-pq21-mm08", "z7x1-44df-ab92"],
        ),
        ("recovery code a8Fz-29Qx", ["a8Fz-29Qx"]),
        ("password laptop kantor yg baru dibuat tadi: kopisusu2025", ["kopisusu2025"]),
        ("kode smart lock kosan gw 558201", ["558201"]),
        ("kak ini kode 6 digit nya 271940", ["271940"]),
        ("angka verifikasinya 66120 ya", ["66120"]),
        ("tolong ketik kode ini 904417 di aplikasi", ["904417"]),
        ("kode dari sms: 318820", ["318820"]),
        ("passwordnya udah aku ganti jadi mangga2026 ya", ["mangga2026"]),
    ],
)
def test_secrets(analyzer: Analyzer, text: str, values: list[str]) -> None:
    assert secrets(analyzer, text) == values


@pytest.mark.parametrize(
    "text",
    [
        'sy udh pencet tombol "lupa password" tp email gak masuk',
        'klik "Forgot PIN?" di halaman depan',
        "sy sudah reset password berkali2 tetep gagal",
        "pw nya beda2 tiap akun",
        "password reset link: https://akun.contoh.id/r/88213",
        "password baru aktif mulai jam 10:30 ya",
        "kode booking: BK-55210, check in jam 2",
        "kode verifikasi dikirim ke nomor 0813-2211-4455",
        "kode promo: HEMAT-25K berlaku sampai akhir bulan",
        "kode OTP gak masuk, resi pesanan sy: JX-88120",
        "password wifi nya tanya kasir: ada di struk",
        "lupa password, WA admin aja: 081355501234",
        "masukkan 6 digit terakhir nomor kartu",
        "kirim kode ini 50rb ke rekening",
        "minta kode itu 2 hari lalu",
        "kode dari sms berlaku 5 menit",
        "password nya diganti jadi 8 karakter minimal",
        "pw wifi diganti ke yg baru2 ya",
        "lupa pass ig, udh minta reset ke email: dina88@mail.com",
    ],
)
def test_not_secrets(analyzer: Analyzer, text: str) -> None:
    assert secrets(analyzer, text) == []
