"""The project's recognizers, added to Presidio's, and the clean-up of their results."""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer

from redaction.entities import Entity
from redaction.recognizers import (
    addresses,
    finance,
    identifiers,
    medical,
    names,
    phones,
    secrets,
    sensitive,
    urls,
)
from redaction.recognizers.context import Keywords, after_reference

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
    # replaced by redaction.recognizers.urls, which runs it only where it matters
    "UrlRecognizer",
)

# Types Presidio or spaCy report that are not personal data on their own here:
# dates and times of appointments, nationalities, company names, cities.
IGNORED_TYPES = frozenset({"DATE_TIME", "NRP", "ORGANIZATION", "LOCATION"})


def project_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the project adds to Presidio's defaults."""
    modules = (identifiers, phones, finance, secrets, names, addresses, sensitive, medical, urls)
    return [recognizer for module in modules for recognizer in module.recognizers()]


def postprocess(text: str, entities: list[Entity]) -> list[Entity]:
    """Drop ignored types and known false positives (spaCy's PERSON on Indonesian words)."""
    kept = [e for e in entities if e.type not in IGNORED_TYPES]
    kept = _resolve_card_numbers(text, kept)
    return names.clean_person_entities(text, kept)


# Words that make a number a payment card's ("kartu kredit", "CC BCA", "Visa").
_CARD_WORDS = Keywords(
    "kartu kredit", "kartu debit", "credit card", "debit card", "card", "kartu", "cc", "kk bca",
    "visa", "mastercard", "master card", "jcb", "amex", "unionpay", "cvv", "expired", "exp",
)  # fmt: skip
_ID_WORDS = Keywords("nik", "e-?ktp", "ktp", "kk", "kartu keluarga", "npwp", "kependudukan")
# Issuer ranges of 16-digit cards that a province code (11-96) can share: Mastercard 51-55 and
# 2221-2720, JCB 3528-3589, Discover 6011/644-649/65, UnionPay 62.
_CARD_IIN = regex.compile(
    r"5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|35(?:2[89]|[3-8]\d)"
    r"|6011|64[4-9]|65|62"
)
# A chat link around a phone number: "wa.me/62812...", "api.whatsapp.com/send?phone=62812...".
_CHAT_LINK = regex.compile(r"(?i)(?:https?://)?(?:www\.)?(?:wa\.me/|api\.whatsapp\.com/send)")
_IDENTITY_TYPES = frozenset({"ID_NIK", "ID_KK", "ID_NPWP", "PHONE_NUMBER"})


def _resolve_card_numbers(text: str, entities: list[Entity]) -> list[Entity]:
    """A valid NIK/KK (or a phone in a chat link) that also passes Luhn is not a card.

    A CREDIT_CARD that an identity number or a phone number covers is dropped unless card
    words precede it, or it is in a card issuer's range and no identity word precedes it;
    one after an order, invoice or tracking label is dropped unless card words precede it.
    A URL that is only a chat link around a phone number is dropped (the number stays).
    """
    rivals = [e for e in entities if e.type in _IDENTITY_TYPES]
    phones = [e for e in entities if e.type == "PHONE_NUMBER"]
    result = []
    for entity in entities:
        if entity.type == "CREDIT_CARD":
            if after_reference(text, entity.start) and not _CARD_WORDS.before(text, entity.start):
                continue  # "No. Pesanan: 3517240618213344" passes Luhn by chance
            covered = [r for r in rivals if r.start <= entity.start and entity.end <= r.end]
            if covered and not _CARD_WORDS.before(text, entity.start):
                number = "".join(ch for ch in text[entity.start : entity.end] if ch.isdigit())
                is_phone = any(r.type == "PHONE_NUMBER" for r in covered)
                if is_phone or _ID_WORDS.before(text, entity.start) or not _CARD_IIN.match(number):
                    continue
        if (
            entity.type == "URL"
            and _CHAT_LINK.match(text, entity.start)
            and any(entity.overlaps(p) for p in phones)
        ):
            continue
        if entity.type == "URL" and not urls.PERSONAL_URL.search(text, entity.start, entity.end):
            continue  # a shop's or an institution's site: "pmb.univ-nusantara.ac.id"
        result.append(entity)
    return result
