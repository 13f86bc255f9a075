"""Recognizers: street-level addresses (Indonesian and English) as one span.

An address starts at an anchor (``Jl.``/``Jalan``/``Gg.``/``Komp.``/``Perum``/
``Apartemen``, ``RT 03 RW 05``, ``Blok C3`` with a number, or an English house
number and street type) and takes every address part that follows it, so that
``Jl. Kebon Jeruk Raya No 12 RT 003/RW 005, Kec. Kebon Jeruk, Jakarta Barat
11530`` is one ADDRESS and no fragment is left in clear. It ends at a sentence
end or at the first word that is not an address part (". No HP", ", tolong
kirim"). A city or province alone ("tinggal di Bandung") is not an address.

It also takes what is written before the anchor as part of the address: units, towers
and estates ("Unit 5B, Tower A, ...", also on the line before), a house number ("nomor 5
gang kelinci") and landmark clauses that locate the house ("rumah kuning depan masjid,
samping tambal ban, Desa ...").
"""

from __future__ import annotations

from redaction.recognizers.addresses.recognizer import (
    AddressRecognizer,
    find_addresses,
    recognizers,
)
from redaction.recognizers.addresses.vocabulary import (
    ADDRESS,
    ENGLISH_SCORE,
    LABEL_SCORE,
    LEXICON,
    PLACES,
    RT_ONLY_SCORE,
    RT_RW_SCORE,
    STREET_NAME_ONLY_SCORE,
    STREET_SCORE,
)

__all__ = [
    "ADDRESS",
    "AddressRecognizer",
    "ENGLISH_SCORE",
    "LABEL_SCORE",
    "LEXICON",
    "PLACES",
    "RT_ONLY_SCORE",
    "RT_RW_SCORE",
    "STREET_NAME_ONLY_SCORE",
    "STREET_SCORE",
    "find_addresses",
    "recognizers",
]
