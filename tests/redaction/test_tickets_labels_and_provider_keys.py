"""Names on tickets and cards after their label (SURNAME/GIVEN), after "nama nya", and with
a Balinese "I"; a provider's key in the live/test style and a code an act is done with."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Card No. 4927 1832 4742 1890\nCardholder HALIM/KEVIN\nStatement", "HALIM/KEVIN"),
        ("AIRASIA QZ 512\nPassenger: LESTARI/NI KADEK AYU\nDPS → NRT", "LESTARI/NI KADEK AYU"),
        ("klo gk diangkat telp suami 0813 1190 6625 nama nya jaenudin", "jaenudin"),
        ("IBAN: DE29 2103 0000 0123 9876 54\nBeneficiary: I WAYAN SUDARSANA", "I WAYAN SUDARSANA"),
        ("Beneficiary added: MARIA GORETI BILI – BNI. If this wasn't you", "MARIA GORETI BILI"),
    ],
)
def test_names(analyzer: Analyzer, text: str, name: str) -> None:
    assert found(analyzer, text, "PERSON") == [name]


def test_a_route_is_no_ticket_name(analyzer: Analyzer) -> None:
    assert found(analyzer, "Route: CGK/DPS, seat 14F", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Your API key has been generated:\nkc_live_9f3Ab71QeZ0x8LmN2pR4tVw6\nStore it",
            ("kc_live_9f3Ab71QeZ0x8LmN2pR4tVw6"),
        ),
        ("Aktivasi m-banking dengan kode: KQ7-221-XM", "KQ7-221-XM"),
    ],
)
def test_keys_and_codes(analyzer: Analyzer, text: str, secret: str) -> None:
    assert found(analyzer, text, "SECRET") == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "use the flag feature_test_enabledForAllUsers1 in config",
        "aktivasi paket internet dengan kode promo HEMAT-10",
    ],
)
def test_flags_and_promo_codes(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "SECRET") == []
