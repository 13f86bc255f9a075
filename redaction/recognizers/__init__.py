"""The project's recognizers, added to Presidio's, and the clean-up of their results."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.entities import Entity
from redaction.recognizers import (
    addresses,
    finance,
    identifiers,
    names,
    phones,
    secrets,
    sensitive,
)

# Presidio recognizers for other countries' identifiers: on Indonesian chat text they
# only produce false positives (bank accounts as US_BANK_NUMBER, NIKs as licences).
REMOVED_PRESIDIO_RECOGNIZERS = (
    "UsBankRecognizer",
    "UsLicenseRecognizer",
    "UsItinRecognizer",
    "UsPassportRecognizer",
    "UsSsnRecognizer",
    "NhsRecognizer",
    "MedicalLicenseRecognizer",
    # libphonenumber over the whole text for several regions: slow, and weak on Indonesian
    # numbers; redaction.recognizers.phones covers Indonesian and +country-code numbers.
    "PhoneRecognizer",
)

# Types Presidio or spaCy report that are not personal data on their own here:
# dates and times of appointments, nationalities, company names, cities.
IGNORED_TYPES = frozenset({"DATE_TIME", "NRP", "ORGANIZATION", "LOCATION"})


def project_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the project adds to Presidio's defaults."""
    modules = (identifiers, phones, finance, secrets, names, addresses, sensitive)
    return [recognizer for module in modules for recognizer in module.recognizers()]


def postprocess(text: str, entities: list[Entity]) -> list[Entity]:
    """Drop ignored types and known false positives (spaCy's PERSON on Indonesian words)."""
    kept = [e for e in entities if e.type not in IGNORED_TYPES]
    return names.clean_person_entities(text, kept)
