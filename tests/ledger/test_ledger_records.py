"""The record's hash, the data-subject tokens and the specific-data categories."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from proxy.config import ConfigError, LedgerSettings
from proxy.ledger import subjects
from proxy.ledger.records import GENESIS, Kind, Outcome, Record
from proxy.ledger.retention import months_before
from redaction.categories import specific_categories
from redaction.normalize import normalize


def _record() -> Record:
    return Record(
        tenant_id="acme",
        kind=Kind.TRANSFER,
        transfer_id="t1",
        outcome=Outcome.PENDING,
        country="US",
        cross_border=True,
        entity_counts='{"PERSON":1}',
        chars_sent=10,
    ).chained(1, GENESIS, "2026-01-01T00:00:00.000000Z")


def test_every_field_is_covered_by_the_hash():
    record = _record()
    assert record.hash == record.digest()
    for field in fields(Record):
        if field.name == "hash":
            continue
        value = getattr(record, field.name)
        if isinstance(value, bool):
            changed: object = not value
        elif isinstance(value, int):
            changed = value + 1
        else:
            changed = f"{value}x"
        assert replace(record, **{field.name: changed}).digest() != record.hash, field.name


def test_a_stored_row_reads_back_to_the_same_hash():
    record = _record()
    row = {**record.to_row(), "id": 7}
    assert row["cross_border"] == 1 and row["kind"] == "transfer"
    again = Record.from_row(row)
    assert again.cross_border is True
    assert again.digest() == record.hash


def test_one_phone_written_three_ways_is_one_subject():
    key = subjects.subject_key(b"master", "acme")
    stored = subjects.tokens(key, {("PHONE_NUMBER", normalize("PHONE_NUMBER", "0812-3456-7890"))})
    for form in ("0812-3456-7890", "+62 812 3456 7890", "6281234567890"):
        hashes = subjects.lookup_hashes(key, form)
        assert subjects.matched_types(stored, hashes) == ["PHONE_NUMBER"], form
    assert subjects.matched_types(stored, subjects.lookup_hashes(key, "0812-3456-7891")) == []


def test_subject_tokens_are_keyed_per_tenant_and_hold_no_value():
    nik = "3174051203900002"
    identity = {("ID_NIK", normalize("ID_NIK", nik))}
    acme = subjects.tokens(subjects.subject_key(b"master", "acme"), identity)
    globex = subjects.tokens(subjects.subject_key(b"master", "globex"), identity)
    assert acme != globex
    assert nik not in acme and acme.startswith("ID_NIK:")
    other_key = subjects.lookup_hashes(subjects.subject_key(b"master", "globex"), nik)
    assert subjects.matched_types(acme, other_key) == []


def test_names_and_emails_match_in_any_case_and_spacing():
    key = subjects.subject_key(b"master", "acme")
    stored = subjects.tokens(
        key,
        {
            ("PERSON", normalize("PERSON", "Siti  Rahmawati")),
            ("EMAIL_ADDRESS", normalize("EMAIL_ADDRESS", "Siti.R@Example.com")),
        },
    )
    assert subjects.matched_types(stored, subjects.lookup_hashes(key, "siti rahmawati")) == [
        "PERSON"
    ]
    assert subjects.matched_types(stored, subjects.lookup_hashes(key, "siti.r@example.com")) == [
        "EMAIL_ADDRESS"
    ]


def test_specific_categories_of_uu_pdp():
    assert specific_categories(["PERSON", "PHONE_NUMBER"]) == set()
    assert specific_categories(["CREDIT_CARD", "BANK_ACCOUNT", "PERSON"]) == {"financial"}
    assert specific_categories(["MEDICAL", "CHILD"]) == {"health", "children"}


def test_months_before_clamps_to_the_end_of_the_month():
    from datetime import UTC, datetime

    assert months_before(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 13) == datetime(
        2024, 12, 15, tzinfo=UTC
    )


def test_ledger_settings_are_checked():
    settings = LedgerSettings.from_json(
        {"url": "sqlite:///x.db", "retention_months": 12, "tenant_retention_months": {"a": 3}}
    )
    assert (settings.url, settings.retention_months, settings.tenant_retention_months) == (
        "sqlite:///x.db",
        12,
        {"a": 3},
    )
    for bad in ({"retention_months": 0}, {"tenant_retention_months": {"a": "x"}}, {"url": 5}):
        with pytest.raises(ConfigError):
            LedgerSettings.from_json(bad)
