"""SECRET: whole connection strings, provider keys of other lengths and after the
provider's name, recovery codes by their Indonesian name, a card's code by where it is
printed, a code that arrives later in the message, and descriptions of a password."""

from __future__ import annotations

import pytest

from tests.redaction.test_secrets import values


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a URL with a password in it, whole
        (
            "staging db: postgresql://svc_ops:Kl0ud!77@db-stg.internal:5433/orders ya",
            "postgresql://svc_ops:Kl0ud!77@db-stg.internal:5433/orders",
        ),
        (
            "uri nya mongodb+srv://kasir01:Zp4wQ9rT@cl9.xy7z1.mongodb.net/pos, jgn share",
            "mongodb+srv://kasir01:Zp4wQ9rT@cl9.xy7z1.mongodb.net/pos",
        ),
        ("amqp://guest:R4bb1tMQ@10.9.8.7:5672", "amqp://guest:R4bb1tMQ@10.9.8.7:5672"),
        # a SendGrid key whose first part is shorter than the documented one
        (
            "sendgrid key: SG.Ab3dE5gH7jK9.mN1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hJ1kL3mN5pQ7r",
            "SG.Ab3dE5gH7jK9.mN1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hJ1kL3mN5pQ7r",
        ),
        # a key after the name of the service it opens
        (
            "twilio auth nya Ka82LpQz7XmW3vN9tR5yB1cD4fG6hJ0s",
            "Ka82LpQz7XmW3vN9tR5yB1cD4fG6hJ0s",
        ),
        ("mailgun: Qm7Rt2Yx9Lp4Zk8Wn3Vb6Hc1Jd5Fg0Se", "Qm7Rt2Yx9Lp4Zk8Wn3Vb6Hc1Jd5Fg0Se"),
        # recovery codes by their Indonesian name
        ("kode pemulihan FB ku: 4417 2093 8856 1120", "4417 2093"),
        ("kode pemulihan FB ku: 4417 2093 8856 1120", "8856 1120"),
        ("ini kode backup nya 66120934 ya", "66120934"),
        # the card's security code by where it is printed
        ("nomor kartunya udah ya, 3 angka di belakang kartu 417", "417"),
        ("the three digits on the back are 903", "903"),
        ("kode di belakang kartu: 2291", "2291"),
        # the code arrives later in the message
        ("OTP ga masuk2 kak dari tadi. eh udah masuk nih 552018", "552018"),
        ("verification code didn't come, wait... ok got it: 7741", "7741"),
        ("kode verifikasi nya lama bgt, baru dapet 880213", "880213"),
    ],
)
def test_secret_values(text: str, secret: str) -> None:
    assert secret in values(text), values(text)


@pytest.mark.parametrize(
    "text",
    [
        # descriptions of a password, not a password
        "Password policy: minimal 10 karakter, ada angka dan simbol",
        "Password file excel = tanggal lahir kamu ya",
        "pass wifi: tanya resepsionis aja kak",
        "password: sama kayak yang lama",
        "Pass rules: at least one capital letter",
        # OTP mentions without a value
        "OTP nya ga masuk2 ke nomor saya, udah 3 kali coba",
        "kode OTP masuk 5 menit kemudian",
        # a commit hash or a repo name after a provider's name
        "github commit 3f9a1c7e2b8d4f6a0c5e9b1d7f3a8c2e4b6d0f1a sudah di-merge",
        "cek di github repo TokoKueBunda ya",
        # a configuration line's name is not its value
        "STRIPE_SECRET=",
        # no card code: a house number, an amount
        "rumah nomor belakang 12 ya",
        "card fee on the back page: Rp 5.000",
    ],
)
def test_no_secret(text: str) -> None:
    assert values(text) == []


def test_config_line_value_only() -> None:
    text = "TWILIO_AUTH_TOKEN=Zq81mKp3Lr7Xw2Vn9Bt4Yc6Hd0Jf5Gs1"
    assert values(text) == ["Zq81mKp3Lr7Xw2Vn9Bt4Yc6Hd0Jf5Gs1"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a screen lock's code
        ("kunci layar hp nya 7720 kak", "7720"),
        ("screen lock pin: 5093", "5093"),
        # an e-mail address and its password, after a service's name or alone
        ("akun spotify: rina.k@mail.com / Lagu#2021", "Lagu#2021"),
        ("dipake aja rina.k@mail.com | rinaSenja88", "rinaSenja88"),
        # a connection string without a user name, a GitHub token pasted a little short
        ("REDIS_URL=redis://:Cache9pass@10.2.0.7:6379", "redis://:Cache9pass@10.2.0.7:6379"),
        (
            "pake ini: ghp_Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8",
            "ghp_Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8",
        ),
    ],
)
def test_more_secret_values(text: str, secret: str) -> None:
    assert secret in values(text), values(text)


@pytest.mark.parametrize(
    "text",
    [
        # an address and a phone number, or two addresses
        "cc ke rina.k@mail.com / 0813-2244-6688 ya",
        "kirim ke rina.k@mail.com/dodi@mail.com",
        # a screen without a code
        "kunci layar nya error terus",
        # a link with a port and no password, a branch name after "gh" words
        "buka http://intranet.local:8080/login ya",
        "cek branch ghp_fix-login di repo",
    ],
)
def test_no_more_secret(text: str) -> None:
    assert values(text) == []


def test_new_rules_do_not_backtrack() -> None:
    import time

    texts = [
        "OTP " + "masuk " * 2000,
        "a@b.c / " * 2000,
        "postgres://" + "u:" * 3000,
        "3 digit at the back " * 500,
        "sendgrid " + "Ab1" * 3000,
    ]
    start = time.perf_counter()
    for text in texts:
        values(text)
    assert time.perf_counter() - start < 2.0
