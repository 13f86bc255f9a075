"""Recognizers: PERSON names in Indonesian (and mixed) chat text.

The English spaCy model finds English names but misses lower-case Indonesian
names ("aku rina mau tanya") and tags Indonesian words as persons ("Jl", "Kec",
"Barat", "Halo", "kasih Pak Wahyu"). This package adds a recognizer that finds
names where a cue announces one (honorifics, "nama saya", "atas nama", "saya",
"ini", ...), with a gazetteer of Indonesian names as supporting evidence, and
capitalised gazetteer names without a cue; and a clean-up of the other
recognizers' PERSON results (trimming honorifics and Indonesian words, dropping
spans with no name left in them).

A cue gives the position, the gazetteer the evidence: "indah" in "pemandangan
indah" is no name, "Kak Indah" is.
"""

from redaction.recognizers.names.cleanup import clean_person_entities
from redaction.recognizers.names.recognizer import (
    PERSON,
    IndonesianNameRecognizer,
    find_names,
    recognizers,
)
from redaction.recognizers.names.tokens import NameSpan

__all__ = [
    "PERSON",
    "IndonesianNameRecognizer",
    "NameSpan",
    "clean_person_entities",
    "find_names",
    "recognizers",
]
