"""SECRET: a short token after its label ("token: aZ9kLm3PqR7t"), a code for an app named WA."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def secrets(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("token: aZ9kLm3PqR7t", "aZ9kLm3PqR7t"),
        ("ini tokennya = Kx82mPq1 jgn disebar", "Kx82mPq1"),
        ("kode akses: X7pQ2 ya kak", "X7pQ2"),
        ("kode akses: A1B2C3", "A1B2C3"),
    ],
)
def test_short_tokens(analyzer: Analyzer, text: str, value: str) -> None:
    assert value in secrets(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "token: 50rb aja kak",
        "beli token: 20k buat listrik",
        "token: v2.3.1 sudah rilis",
        "token listrik: 100ribu",
    ],
)
def test_amounts_and_versions_are_no_token(analyzer: Analyzer, text: str) -> None:
    assert secrets(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kode verifikasi WA kamu 123-456", "123-456"),
        ("kode verifikasi WhatsApp: 123-456", "123-456"),
        ("OTP WA: 774411 jangan dikasih ke siapa2", "774411"),
    ],
)
def test_code_for_an_app_named_wa(analyzer: Analyzer, text: str, value: str) -> None:
    assert value in secrets(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "jangan kasih OTP ke siapapun, WA kami 14045",
        "jgn kasih kode OTP. WA CS 1500-888",
    ],
)
def test_hotline_on_wa_is_no_code(analyzer: Analyzer, text: str) -> None:
    assert secrets(analyzer, text) == []
