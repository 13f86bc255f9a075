"""find_addresses, and the ADDRESS recognizer that cleans up the spans it finds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.addresses.anchors import address_at
from redaction.recognizers.addresses.businesses import DELIVERY_BEFORE, business_before
from redaction.recognizers.addresses.foreign import (
    CHINESE,
    ENGLISH,
    ENGLISH_NUMBER_AFTER,
    EUROPEAN,
    GERMANIC,
    HONG_KONG,
    ITALIAN,
    JAPANESE,
    JAPANESE_SCRIPT,
    KOREAN,
    NUMBERED_PARTS,
    SINGAPORE_BLOCK,
    TAIWAN,
    TYPE_FIRST,
    japanese,
    japanese_value,
)
from redaction.recognizers.addresses.forms import (
    CARD_AREA_FIELD,
    CARD_FIELD,
    CARD_MIN_FIELDS,
    labelled_addresses,
    one_line,
)
from redaction.recognizers.addresses.houses import (
    DESCRIBED_HOUSE_NUMBER,
    FLAT_START,
    LODGING_ROOM,
    OWN_HOME,
    TOWER,
    UNIT_TOWER,
)
from redaction.recognizers.addresses.landmarks import VERB_SHAPE
from redaction.recognizers.addresses.leading import ESTATE
from redaction.recognizers.addresses.parts import tail
from redaction.recognizers.addresses.patterns import BLOCK, NUMBER, RT_RW, STREET_ANCHOR
from redaction.recognizers.addresses.place_names import name_words
from redaction.recognizers.addresses.vocabulary import (
    ADDRESS,
    ENGLISH_SCORE,
    LABEL_SCORE,
    LEXICON,
    STREET_NAME_ONLY_SCORE,
)
from redaction.recognizers.context import Span, SpanRecognizer

_I = re.IGNORECASE


def find_addresses(text: str) -> Iterator[Span]:
    """Street-level addresses in ``text``, each as one span."""
    candidates = sorted(
        [(m.start(), "street", m) for m in STREET_ANCHOR.finditer(text)]
        + [(m.start(), "rt", m) for m in RT_RW.finditer(text)]
        + [(m.start(), "block", m) for m in BLOCK.finditer(text)]
        + [(m.start(), "english", m) for m in ENGLISH.finditer(text)]
        + [(m.start(), "english", m) for m in ENGLISH_NUMBER_AFTER.finditer(text)]
        + [(m.start(), "english", m) for m in SINGAPORE_BLOCK.finditer(text)]
        + [(m.start(), "estate", m) for m in ESTATE.finditer(text)]
        + [(m.start(), "tower", m) for m in TOWER.finditer(text)]
        + [(m.start(), "unit tower", m) for m in UNIT_TOWER.finditer(text)]
        + [(m.start(), "lodging", m) for m in LODGING_ROOM.finditer(text)]
        + [(m.start(), "home", m) for m in OWN_HOME.finditer(text)]
        + [(m.start(), "house", m) for m in DESCRIBED_HOUSE_NUMBER.finditer(text)]
        + [(m.start(), "flat", m) for m in FLAT_START.finditer(text)]
        + [(m.start(), "european", m) for m in EUROPEAN.finditer(text)]
        + [(m.start(), "european", m) for m in GERMANIC.finditer(text)]
        + [(m.start(), "european", m) for m in ITALIAN.finditer(text)]
        + [(m.start(), "european", m) for m in NUMBERED_PARTS.finditer(text)]
        + [(m.start(), "european", m) for m in TYPE_FIRST.finditer(text)],
        key=lambda c: c[0],
    )
    card = len(CARD_FIELD.findall(text)) >= CARD_MIN_FIELDS
    spans: list[Span] = []
    covered = 0
    for start, kind, match in candidates:
        if start < covered:
            continue
        span = address_at(text, kind, match)
        if span is None and kind == "street" and business_before(text, start):
            # a business's street: its house number, block or RT are the business's too
            name_end = name_words(text, match.end())
            if name_end is not None:
                covered = max(covered, tail(text, name_end, after_name=True)[0])
            continue
        if span is not None:
            if card:
                span = one_line(text, span)
            covered = span.end
            spans.append(span)
    spans += labelled_addresses(text, spans)
    spans += [japanese(text, m) for m in JAPANESE.finditer(text) if japanese_value(m.group())]
    spans += [
        Span(m.start(), m.end(), ENGLISH_SCORE)
        for pattern in (KOREAN, JAPANESE_SCRIPT, CHINESE, HONG_KONG, TAIWAN)
        for m in pattern.finditer(text)
    ]
    if card and spans:
        spans += [
            Span(m.start("value"), m.end("value"), LABEL_SCORE)
            for m in CARD_AREA_FIELD.finditer(text)
        ]
    return iter(_disjoint(text, spans, card=card))


# Between the lines of a card's address: the next fields' labels, and an empty RT/RW ("-").
_CARD_ADDRESS_GAP = re.compile(
    r"(?:[ \t]*\n[ \t]*(?i:RT/RW|Kel/Desa|Desa/Kelurahan|Kelurahan|Kecamatan|Kabupaten/Kota"
    r"|Kode[ \t]+Pos)[ \t]*:?[ \t]*(?:-[ \t]*(?=\n))?)+"
)


# One word between a street and its house number: "jl. kayu manis 2 lama no 5a".
_ONE_WORD_GAP = re.compile(r"[ \t]+[A-Za-z]{2,12}[ \t]+")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")


def _disjoint(text: str, spans: list[Span], *, card: bool = False) -> list[Span]:
    """Overlapping spans as their union, with the best score; a street and the house number
    one word after it, or two parts with only a comma between them, are one span too, and so
    are an identity card's address fields, one a line, with their labels ("JL. PASIRKALIKI NO
    41\nRT/RW : 003/007\nKel/Desa : PAMOYANAN\nKecamatan : CICENDO")."""
    result: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if result and (
            span.start < result[-1].end
            or _one_word_apart(text, result[-1], span)
            or (card and _CARD_ADDRESS_GAP.fullmatch(text, result[-1].end, span.start))
        ):
            last = result.pop()
            span = Span(last.start, max(last.end, span.end), max(last.score, span.score))
        result.append(span)
    return result


def _one_word_apart(text: str, first: Span, second: Span) -> bool:
    if _COMMA_GAP.fullmatch(text, first.end, second.start):
        return True  # "Flat 12A, Block 3, Taikoo Shing, 18 Taikoo Shing Road": one address
    return (
        _ONE_WORD_GAP.fullmatch(text, first.end, second.start) is not None
        and NUMBER.match(text, second.start) is not None
    )


class AddressRecognizer(SpanRecognizer):
    """ADDRESS: Indonesian and English street-level addresses."""

    ENTITY = ADDRESS

    def spans(self, text: str) -> list[Span]:
        return [
            _trimmed(text, _with_building_word(text, span))
            for span in find_addresses(text)
            if not _no_home_in(text, span)
        ]


# A word and a preposition before an address: "the apartment at Taman ...".
_LEADING_PREPOSITION = re.compile(r"[a-z]+[ \t]+(?:at|in|on|di|ke)[ \t]+(?=[A-Z0-9])")
# A lower-case "jalan" and a word after an address: "..., jalan ditutup" (the road closed).
_TRAILING_ROAD = re.compile(r"[,;]?[ \t]*jalan[ \t]+(?P<word>[a-z]+)\Z")


# The kind of a boarding house, in lower case, before its address or its name: "kos putra
# jl. ...", "Kos putri Kost Melati ..." (not a name: "Kos Putri Melati").
_LODGING_KIND = re.compile(
    r"(?:kost?|kosan|kos-kosan|asrama)[ \t]+(?-i:putra|putri|campur|pasutri|karyawan|karyawati"
    r"|mahasiswa|mahasiswi)[ \t]*,?[ \t]+(?=(?:kost?|kosan|asrama)\b|"
    + STREET_ANCHOR.pattern
    + ")",
    _I,
)


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    leading = _LEADING_PREPOSITION.match(text, start, end) or _LODGING_KIND.match(text, start, end)
    if leading is not None:
        start = leading.end()
    trailing = _TRAILING_ROAD.search(text, start, end)
    if trailing is not None and (
        trailing["word"] in LEXICON or VERB_SHAPE.fullmatch(trailing["word"]) is not None
    ):
        end = trailing.start()
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.score)


# A street, estate or building named without a house in it: "Jl. Sudirman" (a street a
# shop, a map pin or a listing is on), "Cluster Alamanda, BSD" (an estate and its area),
# "Gedung Onkologi lt 3" (a floor of a hospital), "ruko Sentra Niaga blok AB2" (a
# shophouse's block): a place, not where someone lives, unless the writer says they live
# there ("rumah saya di Jl. Kenanga").
_BARE_STREET = re.compile(
    r"(?i:jl|jln|jalan|gg|gang|lr|lrg|lorong)\b\.?[ \t]*(?:[A-Za-z][\w'.-]*[ \t]*){1,5}"
)
_ESTATE_NAME = re.compile(
    r"(?i:cluster|klaster|perum|perumahan|komplek|kompleks|komp|kompl|ruko|rukan|gedung|gd"
    r"|wisma|menara|graha)\b[^\d\n]*"
)
_FLOOR_ONLY = re.compile(
    r"(?:Gedung|Gd|Wisma|Menara|Graha)\b\.?(?:[ \t]+[A-Z][\w'-]*){1,3}[ \t]*,?[ \t]*"
    r"(?i:lantai|lt|floor)\.?[ \t]*\d{1,2}"
)
_SHOPHOUSE_BLOCK = re.compile(
    r"(?i:ruko|rukan)\b(?:[ \t]+[\w'-]+){1,4}[ \t]+(?i:blok|block|blk)\.?[ \t]*[A-Z]{1,3}\d{0,3}"
)
_LIVES_BEFORE = re.compile(
    r"(?i:\b(?:tinggal|tgl|rumah|rmh|domisili|alamat|alamatnya|kos|kost|kontrakan|live|stay"
    r"|staying|home)\b(?:[ \t]+(?:saya|sy|aku|ku|kami|gue|gw|kita|skrg|sekarang|my|at|in))?"
    r"[ \t]+(?:di|ke|at|in|on|:)?[ \t]*\Z)"
)


def _no_home_in(text: str, span: Span) -> bool:
    """Whether ``span`` names a street, estate or building without a house in it."""
    value = text[span.start : span.end]
    bare = (
        (span.score <= STREET_NAME_ONLY_SCORE and _BARE_STREET.fullmatch(value) is not None)
        or _ESTATE_NAME.fullmatch(value) is not None
        or _FLOOR_ONLY.fullmatch(value) is not None
        or _SHOPHOUSE_BLOCK.fullmatch(value) is not None
    )
    if not bare:
        return False
    if DELIVERY_BEFORE.search(text, max(0, span.start - 60), span.start):
        return False  # "leave it with the security at Cluster Emerald": where to deliver
    return _LIVES_BEFORE.search(text, max(0, span.start - 40), span.start) is None


# A building word before a building's own name: "Gedung Graha Mandiri Lt. 14, Jl. ...".
_BUILDING_WORD_BEFORE = re.compile(r"\b(?:Gedung|Gd\.?)[ \t]+\Z")


def _with_building_word(text: str, span: Span) -> Span:
    before = _BUILDING_WORD_BEFORE.search(text, max(0, span.start - 8), span.start)
    if before is None or not text[span.start].isupper():
        return span
    return Span(before.start(), span.end, span.score)


def recognizers() -> list[EntityRecognizer]:
    return [AddressRecognizer()]
