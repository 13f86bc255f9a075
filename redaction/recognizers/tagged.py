"""The statistical taggers' names, addresses, health data and secrets, added to the rules'.

The taggers (``redaction.tagger``) find what the rules' cues and anchors miss: values
written in ways no rule foresaw. Their names go through the same clean-up as every other
PERSON (``names.clean_person_entities``), the sure ones kept whole; an address must hold
an address word and not follow a shop or company word (then it is the business's, as
for the rules), and on an identity card the rules' card fields alone give the address
(values, not the printed labels between them); health data must hold a known health
term and not be a public mention (an offer, a price list, a stock list); a secret is one
word of at least three letters or digits. Their scores stay below the rules' so that where
both find something, the rule's type names the merged span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redaction.entities import Entity
from redaction.recognizers.addresses.businesses import business_before
from redaction.recognizers.addresses.foreign import ENGLISH
from redaction.recognizers.addresses.forms import CARD_FIELD, CARD_MIN_FIELDS
from redaction.recognizers.addresses.patterns import RT_RW, STREET_ANCHOR
from redaction.recognizers.addresses.vocabulary import KEYWORDS, PLACES, STREET_WORDS
from redaction.recognizers.medical.public import public_mention
from redaction.recognizers.medical.vocabulary import (
    MEDICATIONS,
    SPECIFIC_TERMS,
    SYMPTOMS,
    TRIGGERED_TERMS,
)
from redaction.tagger import MODELS, Tagger, bundled, find_all

TAGGED_TYPES = frozenset(t for types in MODELS.values() for t in types)
# Thresholds on the probability of a word being inside an entity, chosen on chat corpora
# the model was not trained on: lower ones add a little recall for more over-masking.
MIN_PROBABILITY = 0.5
# A name this sure (on average) is kept whole, not cut where the clean-up of names doubts
# a word ("Rachel Wong", where "wong" is also a Javanese word).
SURE_NAME = 0.9
# Reported scores: above the analyzer's threshold, below most rules' scores.
MIN_SCORE, MAX_SCORE = 0.45, 0.6


def tagged_entities(
    text: str, others: Iterable[Entity], taggers: Iterable[Tagger] | None = None
) -> tuple[list[Entity], list[Entity]]:
    """(the taggers' entities, the names among them they are sure of); by default the
    bundled taggers'. ``others`` are the rules' entities: a tagged span over a value of
    another type (a link, an e-mail address, a number) is part of that value."""
    entities, sure = [], []
    structured = [e for e in others if e.type not in TAGGED_TYPES]
    card = len(CARD_FIELD.findall(text)) >= CARD_MIN_FIELDS
    for found in find_all(text, taggers or bundled(), MIN_PROBABILITY):
        if any(found.start < e.end and e.start < found.end for e in structured):
            continue
        value = text[found.start : found.end]
        if found.type == "ADDRESS" and (
            card or _business_address(text, found.start) or not _address_like(value)
        ):
            continue
        if found.type == "MEDICAL" and (
            not _medical_like(value) or public_mention(text, found.start, found.end)
        ):
            continue
        if found.type == "PERSON" and "<<" in _line_of(text, found.start):
            continue  # a passport's machine-readable zone: its layout says where the name is
        end = found.end
        if found.type == "ADDRESS" and (long_number := _LONG_NUMBER.search(value)):
            # an address ends before a parcel's or an account's number after it
            end = found.start + len(value[: long_number.start()].rstrip(" \t,;:-–"))
            if end <= found.start:
                continue
        if found.type == "SECRET":
            value = _secret_value(text, found.start)
            if len(_SECRET_CHARACTER.findall(value)) < MIN_SECRET_LENGTH or (
                value.isdigit() and _MORE_DIGITS.match(text, found.start + len(value))
            ):
                continue  # a lone number, or a group of a longer one: "token: 5521 0093 ..."
            end = found.start + len(value)
        entity = Entity(found.type, found.start, end, _score(found.confidence))
        entities.append(entity)
        if found.type == "PERSON" and found.confidence >= SURE_NAME:
            sure.append(entity)
    return entities, sure


# A street's word the tagger left out of the span: "Toko Sinar Jaya Jl. [Melati No. 5]".
_STREET_WORD_BEFORE = re.compile(r"\b(?i:jl|jln|jalan|gg|gang)\.?[ \t]*\Z")


def _business_address(text: str, start: int) -> bool:
    """Whether a tagged address is a business's, its street's word before it or not."""
    street = _STREET_WORD_BEFORE.search(text, max(0, start - 8), start)
    return business_before(text, street.start() if street else start)


def _line_of(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if end < 0 else end]


# No part of an address is this long a run of digits (postcodes have five).
_LONG_NUMBER = re.compile(r"(?<!\d)\d{9,}")


def _address_like(value: str) -> bool:
    """Whether a tagged address holds a street, estate, house or area word or a known place:
    a run of prices, dates or prose is not an address, however the words around it read."""
    if STREET_ANCHOR.search(value) or RT_RW.search(value) or ENGLISH.search(value):
        return True
    return any(
        word in KEYWORDS or word in STREET_WORDS or word in PLACES
        for word in re.findall(r"\w+", value.lower())
    )


# The health terms the rules know, as whole words ("demam", "gagal ginjal").
_HEALTH_TERM = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(term)
        for term in sorted(SPECIFIC_TERMS | TRIGGERED_TERMS | SYMPTOMS | MEDICATIONS, key=len)[::-1]
    )
    + r")\b",
    re.IGNORECASE,
)


def _medical_like(value: str) -> bool:
    """Whether tagged health data holds a known health term."""
    return _HEALTH_TERM.search(value) is not None


# A secret has at least this many letters and digits: not a separator line or a lone number.
MIN_SECRET_LENGTH = 3
_SECRET_CHARACTER = re.compile(r"[^\W_]")


_TO_SPACE = re.compile(r"\S*")
_MORE_DIGITS = re.compile(r"[ \t]\d")


def _secret_value(text: str, start: int) -> str:
    """A tagged secret from its start to the next space, without a sentence's punctuation
    after it: the tagger's span sometimes runs on into the words after a key ("ghp_... scope
    repo") or stops inside one ("VPN-7QX2-KL09" of "VPN-7QX2-KL09-MMZ4-R8TA")."""
    return _TO_SPACE.match(text, start).group().rstrip(".,;:")


def _score(confidence: float) -> float:
    return MIN_SCORE + (MAX_SCORE - MIN_SCORE) * confidence
