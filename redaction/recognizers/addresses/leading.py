"""Parts written before an anchor that belong to the address: units, estates, lodgings."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.recognizers.addresses.businesses import business_before
from redaction.recognizers.addresses.landmarks import (
    LANDMARK_START,
    LANDMARK_STOP,
    landmarks_before,
)
from redaction.recognizers.addresses.patterns import BLOCK, NUMBER, RT_RW, STREET_ANCHOR, WORD

_I = re.IGNORECASE


# Parts written before a street that belong to the address: "Unit 5B, Tower A, Taman Anggrek
# Residence, Jl. ...", "The Pakubuwono Spring, Tower Magnolia, Jl. ...".
_LEADING_PART = re.compile(
    # a unit, floor or tower number, also without a comma: "Tower 2 Floor 23 Unit 2305, Jl. ...",
    # or a house number: "nomor 5 gang kelinci"
    r"(?i:\b(?:unit|lantai|lt|tower|twr|suite|kamar|kmr|room|rm|floor|fl|flat|apt|no|nomor|nmr"
    r"|sektor|sector|house|rumah|rmh|lot|pintu)\b)"
    r"\.?[ \t]*(?:[A-Za-z]?\d{1,4}[A-Za-z]{0,2}(?:[.-]\d{1,4})?|[A-Z]{1,2})[ \t]*,?[ \t]*"
    r"(?:\r?\n[ \t]*)?\Z"
    # a floor written number first: "5th floor, Jl. ..."
    r"|\b\d{1,3}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)\b\.?[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?\Z"
    # a building named by a number, before its floor: "Wisma 46 lt. 22, Jl. ..."
    r"|\b(?:Wisma|Menara|Graha|Gedung|Gd\.?)[ \t]+\d{1,3}[A-Za-z]?[ \t]*,?[ \t]*\Z"
    # a guest's lodging, too: "Homestay Bunga Amed, Banjar ...", "Guest House Melati, Gg. ..."
    r"|(?:\b(?:Tower|Cluster|Menara|Wisma|Blok|Homestay|Guest[ \t]?[Hh]ouse|Hostel|Losmen"
    r"|Penginapan|Villa)[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?"
    # ... with the flat in it: "Tower Jasmine 11-09, Apartemen ..."
    r"(?:[ \t]+\d{1,3}[A-Za-z]?(?:-\d{1,3})?)?"
    r"|(?:\bThe[ \t]+)?\b(?:[A-Z][\w'-]*[ \t]+){0,4}(?:Residence|Residences|Apartment"
    r"|Apartments|Park|Spring|Springs|Garden|Gardens|Regency|Village|Hills|City|Mansion|Mansions"
    r"|Court|Townhouse|Estate|Suites|Heights|Terrace|Condominium|Condo|Residensial|Residen"
    r"|Townhome|Pavilion|Lagoon|Bay|Tower|Building|Center|Centre|View|Indah|Permai|Asri"
    r"|Homestay|Guesthouse|Bungalow|Bungalows|Cottage|Cottages|Villas|Inn|Hostel|Lodge)"
    # a building named with its area: "Residence 8 @ Senopati", "Residence 8 Senopati",
    # "Alila Villas Uluwatu"
    r"(?:[ \t]+\d{1,4})?(?:[ \t]*@?[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
    # a building named with "The": "The Mansion Kemayoran, Tower ..."
    r"|\bThe[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})"
    # ... on the line before, too: "Casa Grande Residence, Tower Bella\nJl. ..."; an office
    # tower also without a comma: "Sequis Tower Lt. 12"
    r"[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*"
    r"|(?:(?<=Tower)|(?<=Building)|(?<=Center)|(?<=Centre))[ \t]+)\Z"
)


# A boarding house, hostel or flat named before its room: "Kost Melati Kamar 4", "Asrama
# Putri Kenanga kamar 12", "Rusunawa Marunda unit 5".
_ROOM = re.compile(r"(?:kamar|kmr|room|unit|no|nomor|pintu)\b", _I)
_LODGING_BEFORE = re.compile(
    r"(?i)\b(?:kost?|kos-kosan|kosan|asrama|rusun|rusunawa|rusunami|kontrakan|pondokan|mess)"
    r"[ \t]+(?P<name>(?:[a-z][\w'-]*\.?[ \t]+){0,2}[a-z][\w'-]*\.?)"
    r",?(?:[ \t]+|[ \t]*\r?\n[ \t]*)\Z"  # also on the line before: "Kos Bu Yati\nJl. ..."
)

# An estate, shophouse or warehouse before its block or house number: "ruko grand galaxy ",
# "BTN Antara ", "griya asri 2 C7/15 ", "Gudang ".
_ESTATE_ANCHOR_BEFORE = re.compile(
    r"(?i:\b(?:perum|perumahan|perumnas|btn|komp|kompl|komplek|kompleks|ruko|rukan|griya"
    r"|cluster|klaster|villa|vila|townhouse|gudang|blok|kav|kavling|kapling)\b)\.?"
    r"(?P<name>(?:[ \t]+[\w'-]+){0,3}?)"
    r"(?:[ \t]+[A-Z]{1,2}-?\d{1,4}[A-Za-z]?(?:/\d{1,4})?)?[ \t]*,?[ \t]+\Z"
)
# A shophouse, kiosk or rented room named by its street alone: "sewa ruko Jl. Kenari No. 4".
# ... or the house by its corner: "rmh pojok gg. mawar 3".
_BUILDING_TYPE_BEFORE = re.compile(
    r"\b(?:ruko|rukan|kios|kontrakan|(?:rumah|rmh)[ \t]+(?:pojok|ujung|paling[ \t]+ujung))[ \t]+\Z",
    _I,
)
_HOUSE_WORD_BEFORE = re.compile(r"\b(?:rumah|rmh|house)[ \t]+\Z", _I)


# Words that end a boarding house's name ("di kos dekat jl. ..."), but not an owner's
# honorific ("Kost Pak Darmo").
_LODGING_NAME_STOP = (frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS)) - words(
    "honorifics.txt"
)


# Words that end the name of a housing estate: "Cendana Residence", "Sawangan Permai".
_ESTATE_WORDS = (
    r"(?:Residence|Residences|Residen|Residensial|Regency|Garden|Gardens|Park|Village|Hills"
    r"|Permai|Asri|Estate|Townhouse|Mansion|Green|Town)"
)
# An estate's name and a house in it: "Cendana Residence B5", "Bukit Hijau Regency No. 7".
ESTATE = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,3}" + _ESTATE_WORDS + r"\b"
    r"(?=[ \t]*,?[ \t]*(?:(?i:no|nomor)\b\.?[ \t]*\d|[A-Z]{1,2}[ -]?\d{1,4}[A-Za-z]?\b"
    # or its tower, floor, unit or block: "Kemang Village Residence, Tower Ritz, unit 12A"
    r"|(?i:tower|twr|unit|lantai|lt|floor|blok|block)\b\.?[ \t]*\w))"
)
# An estate's name right before its block: "Sawangan Permai blok A2/15".
_ESTATE_BEFORE = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,3}" + _ESTATE_WORDS + r"(?:[ \t]+\d{1,2})?[ \t]+\Z"
)  # ... numbered: "Citra Garden 6 Blok J3"


_MAX_LEADING_PARTS = 6

# A house number before a capitalised street word, the Malaysian and Singaporean way.
_BARE_HOUSE_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,4}[A-Za-z]?,?[ \t]+\Z")
_MALAY_STREET = re.compile(r"(?:Jalan|Jln|Lorong)\b")


def leading_parts(text: str, start: int) -> int:
    """``start`` moved back over units and estate names before it ("Unit 5B, Tower A, ..."),
    and over a boarding house's name before a room ("Kost Bu Haji kamar 12, ...")."""
    for _ in range(_MAX_LEADING_PARTS):
        part = _LEADING_PART.search(text, max(0, start - 60), start)
        if part is None:
            break
        start = part.start()
    house = _BARE_HOUSE_BEFORE.search(text, max(0, start - 8), start)
    if house is not None and _MALAY_STREET.match(text, start):
        start = house.start()  # "15 Jalan Sultan": the house number first
    start = landmarks_before(text, start)
    if BLOCK.match(text, start):
        estate = _ESTATE_BEFORE.search(text, max(0, start - 50), start)
        if estate is not None and not business_before(text, start):
            start = estate.start()  # "Sawangan Permai blok A2/15"
    if _ROOM.match(text, start) or STREET_ANCHOR.match(text, start) or BLOCK.match(text, start):
        lodging = _LODGING_BEFORE.search(text, max(0, start - 40), start)
        if lodging is not None and lodging_name(lodging.group("name")):
            start = lodging.start()
    if STREET_ANCHOR.match(text, start):
        building = _BUILDING_TYPE_BEFORE.search(text, max(0, start - 20), start)
        start = building.start() if building is not None else start
    return estate_before(text, start)


_CHAT_PARTICLES = frozenset(
    {"ya", "yah", "yaa", "deh", "dong", "nih", "sih", "kok", "aja", "kak", "nya"}
)


def lodging_name(name: str) -> bool:
    """Whether ``name`` names a boarding house ("Melati", "Pak Darmo"), not chat ("dekat")."""
    return not any(
        w.lower() in _LODGING_NAME_STOP
        or w.lower() in _CHAT_PARTICLES  # "di asrama ya. kamar ..."
        or LANDMARK_START.fullmatch(w)
        for w in WORD.findall(name)
    )


def estate_before(text: str, start: int) -> int:
    """``start`` moved back over an estate, shophouse or warehouse named before a house number,
    block or RT ("ruko grand galaxy blok A no 5", "griya asri 2 C7/15 rt 4"), and over "rumah"
    before a house number ("rumah no. 17 Gg. Kenari")."""
    if not (NUMBER.match(text, start) or BLOCK.match(text, start) or RT_RW.match(text, start)):
        return start
    estate = _ESTATE_ANCHOR_BEFORE.search(text, max(0, start - 60), start)
    if estate is not None and not any(
        w[0].islower() and w in LANDMARK_STOP for w in WORD.findall(estate.group("name"))
    ):
        return estate.start()
    house = _HOUSE_WORD_BEFORE.search(text, max(0, start - 8), start)
    return house.start() if house is not None and NUMBER.match(text, start) else start
