"""UU PDP (Law 27/2022, Art. 4(2)) *specific* personal data among the entity types.

Specific data (health, biometric, genetic, criminal records, children's data,
personal financial data, ...) needs stricter handling; a tenant's policy can
block it or pseudonymize it, and the ledger flags transfers that carried it.
"""

from __future__ import annotations

from collections.abc import Iterable

SPECIFIC_CATEGORY = {
    "MEDICAL": "health",
    "BIOMETRIC": "biometric",
    "GENETIC": "genetic",
    "CRIMINAL_RECORD": "criminal_record",
    "CHILD": "children",
    "BANK_ACCOUNT": "financial",
    "CREDIT_CARD": "financial",
    "IBAN_CODE": "financial",
    "ID_NPWP": "financial",
}


def specific_categories(entity_types: Iterable[str]) -> set[str]:
    """The specific-data categories present among ``entity_types``."""
    return {SPECIFIC_CATEGORY[t] for t in entity_types if t in SPECIFIC_CATEGORY}


def is_specific(entity_type: str) -> bool:
    return entity_type in SPECIFIC_CATEGORY
