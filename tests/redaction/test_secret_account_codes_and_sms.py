"""SECRET: codes named only "kode" / "code" in chats about an account's security (given
after being asked for, arriving later, read out of an SMS that puts the code first), bank
token codes, BitLocker-style recovery keys; and no code in product, postal, promo or error
codes, nor in a hotline named after a warning."""

from __future__ import annotations

import pytest

from tests.redaction.test_secrets import values


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # "kode" alone with its value, in a message about a login, an SMS or a scam
        ("barusan ada sms kode 604518 padahal sy ga minta, ini aman?", "604518"),
        ("akun tiktok sy di-hack, td dikirimi kode 771204 buat pemulihan", "771204"),
        ("got a code 3390 by SMS but I never tried to log in", "3390"),
        ("JANGAN BERIKAN KODE INI. Kode: 283746", "283746"),
        ("kodenya ZT4-8821 kak, abis itu password sy ganti", "ZT4-8821"),
        # the code given after it was asked for, later on the line
        ("ada org ngaku dari ekspedisi minta kode, trus sy kasih 9021", "9021"),
        ("someone pretending to be support asked for the code and I told them 448172", "448172"),
        ("minta kode aktivasi aplikasi, udah aku kirim PX8-27QD ke dia", "PX8-27QD"),
        ("they called, pretending to be the bank, I gave them the code 662190", "662190"),
        ("sy kasih kode nya 7431 ke orang itu", "7431"),
        # a code that arrived, named only "kode"
        ("kode nya baru masuk nih 557120", "557120"),
        # an SMS that puts the code first
        ("<#> 731842 adalah kode verifikasi Tokopedia Anda", "731842"),
        ("G-418265 is your Google verification code.", "418265"),
        ("902116 is your login code. Do not share it.", "902116"),
        # a secret code, a locker's combination
        ("kode rahasia brankas kantor 5093", "5093"),
        ("kombinasi loker gym sy 3318", "3318"),
        # lettered recovery codes listed with spaces alone between them
        ("recovery codes: q7w2-e9r4 t6y1-u3i8", "t6y1-u3i8"),
        # a bank token's code, in pairs
        ("kode token approval transfer nya 38 17 40 92 ya pak", "38 17 40 92"),
        # a recovery key of eight groups of six digits
        (
            "recovery key laptop: 112233-445566-778899-001122-334455-667788-990011-223344",
            "112233-445566-778899-001122-334455-667788-990011-223344",
        ),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert secret in values(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bare "kode" with no word of an account's security
        "kode 8812 masih ada kak? sy transfer via m-banking ya",
        "barang kode 5521 warna hitam ready?",
        # codes that name something else
        "login gagal terus, muncul error code 5003 di layar",
        "kode pos 40115, akun sy atas nama ibu",
        "kode promo nya udah sy kasih 2024 kemarin, sms dari toko",
        "HS code 0804.50.00 for the shipment, login to the portal to check",
        # an order's number given, not a code
        "sy kasih 5000 ke kurirnya td, akun gojek sy aman",
        "order 77812 belum sampai, sudah cek di akun shopee",
        # a hotline after a warning about codes
        "Bank tidak pernah meminta kode OTP lewat WhatsApp. Info resmi di 14045.",
        "Never share your OTP. Official line: 1500-888",
        # digits groups that are no recovery key
        "recovery key dikirim ke 0812-3456-7890 ya",
        "2024 is the year we moved, no PIN here",
        "kode rahasia resep nenek itu 3 sendok gula",
        "kombinasi warna loker biru putih",
        "recovery code lewat email ya, bukan COVID-19 hotline",
    ],
)
def test_not_found(text: str) -> None:
    assert values(text) == []
