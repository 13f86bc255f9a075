"""Secrets: vendor keys and tokens, JWTs, PEM private keys, passwords, PINs and OTPs."""

from __future__ import annotations

import time

import pytest

from redaction.analyzer import DEFAULT_THRESHOLD, Analyzer
from redaction.recognizers import secrets


def values(text: str) -> list[str]:
    """What the secret recognizers find in ``text`` above the analyzer threshold."""
    found = []
    for recognizer in secrets.recognizers():
        results = recognizer.analyze(text, recognizer.supported_entities)
        found += [r for r in results if r.score >= DEFAULT_THRESHOLD]
    return sorted({text[r.start : r.end] for r in found})


# Shaped like real credentials, but made up here.
TOKENS = [
    "AKIAIOSFODNN7EXAMPLE",
    "ghp_" + "a1B2c3D4e5" * 3 + "f6G7h8",
    "gho_" + "Z9y8X7w6V5" * 4,
    "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789",
    "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp",
    "sk_live_51HxYzAbCdEfGhIjKlMnOp",
    "pk_live_51HxYzAbCdEfGhIjKlMnOp",
    "rk_live_51HxYzAbCdEfGhIjKlMnOp",
    "SB-Mid-server-AbCdEfGh12345678",
    "Mid-server-AbCdEfGh12345678_xyz",
    "xnd_production_AbCdEfGh1234567890abcdef",
    "xnd_development_AbCdEfGh1234567890abcdef",
    "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "sk-abc123def456ghi789jkl012mno345",
    "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
]


@pytest.mark.parametrize("token", TOKENS)
def test_tokens(token: str) -> None:
    assert values(f"ini key nya {token} jangan disebar") == [token]
    assert values(f"key={token}") == [token]


@pytest.mark.parametrize(
    "text",
    [
        "AKIAIOSFODNN7EXAMPL",  # one character short
        "sk-ii facial treatment essence",
        "sk-this-is-not-a-real-key-at-all",  # no digit: an English compound
        "ghp_short",
        "eyJhbGciOiJIUzI1NiJ9 saja",
        "xoxo-sayang",
    ],
)
def test_token_look_alikes(text: str) -> None:
    assert values(text) == []


PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEA1c2VydmVyLWtleS1leGFtcGxl\n"
    "bm90LWEtcmVhbC1rZXktanVzdC1hLXRlc3Q=\n"
    "-----END RSA PRIVATE KEY-----"
)


def test_private_key_block_is_one_span() -> None:
    assert values(f"ini key server:\n{PEM}\nmakasih") == [PEM]
    openssh = PEM.replace("RSA", "OPENSSH")
    assert values(openssh) == [openssh]


def test_cut_off_private_key_runs_to_the_end() -> None:
    cut = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
    assert values(f"tolong cek {cut}") == [cut]


def test_public_key_is_not_a_secret() -> None:
    assert values("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----") == []


@pytest.mark.parametrize(
    "text, secret",
    [
        ("passwordnya Rahasia123!", "Rahasia123!"),
        ("password: rahasia", "rahasia"),
        ("pass: abc12345", "abc12345"),
        ("pwd=Qwerty!9", "Qwerty!9"),
        ("kata sandi aku adalah m4war_merah", "m4war_merah"),
        ("sandinya budi2024.", "budi2024"),
        ("password wifi nya: tamu2024, jangan disebar", "tamu2024"),
        ("username: budi\npassword:\nS3cret#pw", "S3cret#pw"),
        ("api key: abcdef123456", "abcdef123456"),
        ("kode OTP kamu 482913", "482913"),
        ("kode OTP kamu adalah 482913, jangan berikan ke siapa pun", "482913"),
        ("PIN ATM 123456", "123456"),
        ("pin: 1234", "1234"),
        ("OTP-nya 482 913", "482 913"),
        ("kode verifikasi: 5521", "5521"),
        ("cvv 123", "123"),
    ],
)
def test_value_after_keyword(text: str, secret: str) -> None:
    assert values(text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "lupa password gimana ya kak",
        "password nya apa kak?",
        "passwordnya salah terus",
        "passport A1234567",
        "kode booking 12345678",
        "pinjam 2000000 dulu",
        "OTP sudah dikirim ke 081234567890",
        "PIN 12",
        "pass 2 hari lagi",
        "kode pos 12950",
    ],
)
def test_keyword_without_a_secret(text: str) -> None:
    assert values(text) == []


def test_scores() -> None:
    by_class = {type(r).__name__: r for r in secrets.recognizers()}
    assert [r.score for r in by_class["ApiKeyRecognizer"].analyze(TOKENS[0], [])] == [0.9]
    assert [r.score for r in by_class["OneTimeCodeRecognizer"].analyze("OTP 482913", [])] == [0.75]


def secrets_in(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "SECRET"]


def test_end_to_end_chat_messages(analyzer: Analyzer) -> None:
    assert secrets_in(analyzer, "kak passwordnya Rahasia123! ya, jangan dikasih orang") == [
        "Rahasia123!"
    ]
    assert secrets_in(analyzer, "kode OTP kamu 482913. Jangan berikan kode ini") == ["482913"]
    assert secrets_in(analyzer, f"pakai key {TOKENS[13]} buat tes") == [TOKENS[13]]
    assert secrets_in(analyzer, f"ini private key nya\n{PEM}") == [PEM]
    assert secrets_in(analyzer, "lupa password akun shopee, gimana resetnya?") == []


def test_no_catastrophic_backtracking() -> None:
    texts = [
        "password " * 3000,
        "password wifi nya " * 2000,
        "-----BEGIN PRIVATE KEY-----" * 1000,
        "eyJ" + "a" * 20000,
        "kode OTP kamu adalah " * 2000,
    ]
    for text in texts:
        start = time.perf_counter()
        values(text)
        assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("kak CVV nya 381 ya", "381"),
        ("your OTP for transaction Rp 2.300.000 is 038471. Do not share", "038471"),
        ("minta OTP penerimaan, itu kode 5521 yg masuk SMS", "5521"),
        ("2FA backup code: 8841-2290", "8841-2290"),
        ("The admin login is admin / Villa!2024#sun - please change it", "Villa!2024#sun"),
    ],
)
def test_codes_and_credentials_phrased_in_other_ways(text: str, secret: str) -> None:
    assert secret in values(text)


def test_login_pair_needs_a_password_shaped_value() -> None:
    assert values("login pakai Google / Facebook bisa") == []
    assert values("kode booking K7XNQ2, OTP belum masuk") == []
