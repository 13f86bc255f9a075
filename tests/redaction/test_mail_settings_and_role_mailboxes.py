"""E-mail addresses in a setting ("MAIL_FROM=noreply@shop.id"), at a company's subdomain
("security@mail.platform.com") and role mailboxes for reporting abuse are nobody's; the
same shapes at a free mail provider, or a person's address after "=", stay masked."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def emails(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    "text",
    [
        "config mailer:\nMAIL_FROM=noreply@kedaibatik.id\nMAIL_PORT=587",
        "sy dapet email dari security@mail.fotogram.com, itu asli ga?",
        "Suspicious message? Forward it to security@nusantaracorp.com and delete it.",
        "report phishing to abuse@hostingku.co.id",
        "notifikasi dikirim dari SENDER=no-reply@tokosepatu.co.id",
    ],
)
def test_a_settings_or_role_address_is_not_masked(analyzer: Analyzer, text: str) -> None:
    assert emails(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("ADMIN_EMAIL=rudi.hartanto@gmail.com", "rudi.hartanto@gmail.com"),
        ("email sy security@gmail.com ya kak", "security@gmail.com"),
        ("kirim ke siska.w@mail.tokoku.co.id", "siska.w@mail.tokoku.co.id"),
        ("user=dewi.a@yahoo.co.id password nya nanti sy kirim", "dewi.a@yahoo.co.id"),
    ],
)
def test_a_persons_address_stays_masked(analyzer: Analyzer, text: str, email: str) -> None:
    assert emails(analyzer, text) == [email]
