"""Addresses in English and foreign layouts: house number first, European, Japanese, and in
Korean, Japanese or Chinese script."""

from __future__ import annotations

import re

from redaction.recognizers.addresses.leading import leading_parts
from redaction.recognizers.addresses.patterns import LETTERS
from redaction.recognizers.addresses.vocabulary import ENGLISH_SCORE, PLACES
from redaction.recognizers.context import Span

ENGLISH = re.compile(
    # "221B Baker Street", "Blk 412 Bedok North Ave 2" (a Singapore block and its street)
    # a flat or floor before it, with its comma: "Apt 5C, 350 Fifth Avenue", "3/F, 88 ..."
    r"(?:(?:\b(?i:apt|apartment|unit|flat|suite|room|rm|tower|block)\.?[ \t]*#?\d[0-9A-Z-]{0,5}"
    r"|\b\d{1,2}/F),?[ \t]*){0,3}"
    # a street name may hold a possessive ("88 Queen's Road"), a compass point or an ordinal
    # ("350 W 57th St")
    # ... and a unit written before the number with a slash: "5/12 Collins Street" (not a
    # fraction: "1/2 Kilo Street Food")
    r"(?<![/\d])\b(?:(?:Blk|Block|Apt|Unit)\.?[ \t]*)?"
    r"(?:\d{1,4}[A-Z]?/(?![2348][ \t]))?\d{1,6}[A-Z]?[ \t]+"
    r"(?:(?:[A-Z][a-z]+(?:['’]s)?|[NSEW]|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Jalan|Lorong|Crescent|Close"
    # (Australian and British ones too: "14/22 Anzac Parade", "5 Elm Grove")
    r"|Parade|Pde|Grove|Esplanade)\b\.?"
    r"(?:[ \t]+\d{1,3}\b)?"
)
# An English street with its number after it, the Indonesian way: "Poppies Lane II No. 15".
ENGLISH_NUMBER_AFTER = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr)\b\.?"
    r"(?:[ \t]+[IVX]{1,4}\b)?,?[ \t]*(?i:no|nomor)\.?[ \t]*\d{1,4}[A-Za-z]?\b"
)
# A Singapore block and its street, before its flat or the country: "Blk 88 Bedok North 3,
# #04-12", "Block 7 Jurong West Street 4, Singapore 640007".
SINGAPORE_BLOCK = re.compile(
    r"\b(?:Blk|Block)\.?[ \t]*\d{1,4}[A-Z]?(?:[ \t]+[A-Z][a-z]+){1,4}(?:[ \t]+\d{1,3})?\b"
    r"(?=,?[ \t]*(?:\#[ \t]?\d{1,3}-\d{1,5}|Singapore\b))"
)

# A European street, its type first: "14 Rue de la République", "5 Via Roma", "Calle Mayor".
EUROPEAN = re.compile(
    r"\b\d{1,4}[a-z]?,?[ \t]+(?:[Rr]ue|Avenue|Boulevard|Bd|Via|Viale|Calle|Avenida|Rua|Chemin"
    r"|All[ée]e|Quai|Piazza|Plaza)[ \t]+(?:(?:de|du|des|la|le|les|del|della|di|da|do|dos"
    r"|l['’])[ \t]*)*[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}"
    # its postcode and city: ", 69002 Lyon"
    r"(?:,?[ \t]+\d{4,5}[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)?"
)
# A Spanish, Portuguese or Italian street, its type first and its number after it, with the
# floor and door ("3º B") and the postcode and city: "Calle de Alcalá 152, 3º B, 28009 Madrid".
_PROPER = rf"[A-ZÀ-Ö][{LETTERS}'-]*"  # a capitalised word, accents included
TYPE_FIRST = re.compile(
    r"\b(?:Calle|C/|Avenida|Avda\.|Paseo|Carrer|Rua|Travessa|Corso|Viale)[ \t]*"
    r"(?:(?:de|del|la|las|los|el|da|das|do|dos|di|della|dei)[ \t]+)*"
    rf"{_PROPER}(?:[ \t]+{_PROPER}){{0,2}},?[ \t]+\d{{1,4}}[A-Za-z]?\b"
    # ... "º" is folded to "o" before; the door: "B", "Esq", "Dcha."
    r"(?:,?[ \t]*\d{1,2}[ºª°oa](?:[ \t]?[A-Z][a-z]{0,3}\b\.?)?)?"
    rf"(?:,?[ \t]+\d{{4,5}}(?:-\d{{3}})?[ \t]+{_PROPER}(?:[ \t]+{_PROPER})?)?"
)
# An Italian street with its postcode and city, so that "Via" is no other word's: "Via Nizza
# 142, 10126 Torino" (not "via Zoom 3 orang").
ITALIAN = re.compile(
    r"\b(?:Via|Piazza|Strada)[ \t]+(?:(?:di|della|del|dei|delle)[ \t]+)*"
    rf"{_PROPER}(?:[ \t]+{_PROPER}){{0,2}},?[ \t]+\d{{1,4}}[A-Za-z]?,?[ \t]+\d{{5}}[ \t]+{_PROPER}"
)
# A foreign address that starts with numbered parts ("Villa 23, Way 4412, ...", "No. 56, Lane
# 123, ...", "No. 27, Jalan 3/2, ...") or with a flat in a named building ("Apartment 1704,
# Marina Heights Tower, ...").
NUMBERED_PARTS = re.compile(
    r"\b(?:No\.?|Villa|Flat|Apartment|House|Building|Bldg\.?)[ \t]*\d{1,5}[A-Z]?"
    # (Taiwan's lane, alley and section: "No. 15, Ln. 120, Sec. 2, Zhongshan Rd.")
    r"(?:,[ \t]*(?:Lane|Ln\.?|Alley|Aly\.?|Street|St\.?|Way|Road|Jalan|Section|Sec\.?|Block"
    r"|Seksyen)[ \t]*\d{1,5}(?:/\d{1,3})?\b){1,3}"
    r"|\b(?:Apartment|Apt\.?|Flat|Unit|Suite|Room)[ \t]*[A-Z0-9-]{1,6},[ \t]*(?:\d{1,2}/F,[ \t]*)?"
    r"(?:[A-Z][\w'-]*[ \t]+){1,3}(?:Tower|Building|Mansion|Court|Residence|Residences|Heights"
    r"|Plaza|Centre|Center|House)\b"
)
# A German or Dutch street, its number after it: "Lindenstraße 12, 10115 Berlin", "Kerkstraat
# 45, 1017 GC Amsterdam".
GERMANIC = re.compile(
    # (a person's name may open it: "Roland Holstlaan 905, 2624 HZ Delft", "Karl-Marx-Straße
    # 87"; or the street's type: "Laan van Meerdervoort 214")
    r"\b(?:(?:[A-Z][a-z]+[ \t]+)?(?:[A-Z][a-zäöüß]+-)*[A-Z][a-zäöüß]+(?:straße|strasse|str\."
    r"|-Straße|-Strasse|weg|gasse|platz|allee|damm|straat|laan"
    r"|gracht|plein|kade|steeg)"
    r"|(?:Laan|Plein|Straat|Weg)[ \t]+(?:van|op|aan)[ \t]+(?:(?:de|der|den)[ \t]+)?[A-Z][a-z]+)"
    # (a flat's number after a dash or a slash: "Keizersgracht 214-2", "Prinsegracht 33-III",
    # "Praterstraße 31/14")
    r"[ \t]+\d{1,4}[a-z]?(?:[-/](?:\d{1,3}|[IVX]{1,4}))?\b"
    r"(?:,?[ \t]+\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)?"
)
# A Japanese address in Latin letters, its parts between commas: "2-14-7 Shibuya, Shibuya-ku,
# Tokyo 150-0002", "〒150-0001 Tokyo-to, Shibuya-ku, Jingumae 4-12-8, Harajuku Heights 302".
# Korean ones in Latin letters too: "45 Gongdan-ro 12beon-gil, Juchon-myeon, Gimhae-si, ...".
_JP_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Za-z]+)?|\d{1,5}(?:-\d{1,4}){0,2}(?:ho|beon-gil|[A-Za-z])?)"
_JP_SEGMENT = rf"(?:〒[ \t]?)?{_JP_TOKEN}(?:[ \t]+{_JP_TOKEN}){{0,3}}"
JAPANESE = re.compile(rf"(?<![\w-]){_JP_SEGMENT}(?:,[ \t]*{_JP_SEGMENT}){{2,7}}")
# A ward, city or prefecture ("Shibuya-ku", "Osaka-shi", "Tokyo-to"); a block ("4-12-8").
_JP_WARD = re.compile(
    r"\b[A-Z][a-z]+-(?:ku|shi|cho|machi|mura|gun|ken|to|fu|gu|si|do|dong|myeon|eup)\b"
)
_JP_EVIDENCE = re.compile(_JP_WARD.pattern + r"|\d-\d|〒|\b[A-Z][a-z]+-(?:ro|gil)\b")
# (a Korean road's number before or after it: "45 Gongdan-ro", "Uiryong-ro 112")
_JP_BLOCK = re.compile(
    r"\b\d{1,4}-\d{1,4}\b|\b\d{1,4}[ \t]+[A-Z][a-z]+-(?:ro|gil)\b"
    r"|\b[A-Z][a-z]+-(?:ro|gil)[ \t]+\d{1,4}\b"
)
_JP_PART = re.compile(r"[^,\s][^,]*")
_JP_ROOM = re.compile(r"[A-Z][a-z]+[ \t]+\d{1,4}\Z")


def japanese_value(value: str) -> bool:
    return bool(_JP_WARD.search(value) and _JP_BLOCK.search(value))


def japanese(text: str, match: re.Match[str]) -> Span:
    """A Japanese address, from its first part with a number, ward or postcode to its last
    one, or to a place or a building's room after it ("..., Harajuku Heights 302, Japan");
    not a name before it ("Akira Tanaka, 2-14-7 Shibuya, ...")."""
    segments = list(_JP_PART.finditer(match.group()))
    evidence = [n for n, seg in enumerate(segments) if _JP_EVIDENCE.search(seg.group())]
    last = evidence[-1]
    while last + 1 < len(segments) and (
        segments[last + 1].group().lower() in PLACES or _JP_ROOM.search(segments[last + 1].group())
    ):
        last += 1
    start = match.start() + segments[evidence[0]].start()
    return Span(leading_parts(text, start), match.start() + segments[last].end(), ENGLISH_SCORE)


# Addresses in Korean, Japanese or Chinese script, as migrant workers pass on their
# employers', dormitories' and friends' addresses abroad.
_HAN = r"\u4e00-\u9fff"
_KANA = r"\u3040-\u30ff"
_HANGUL = r"\uac00-\ud7a3"
# Korean: provinces, cities, districts and towns ("경기도 안산시 단원구"), then a road or lane and
# its number ("원곡로 45", "발안공단로 112"), maybe a building, block and room ("302호",
# "기숙사 3동 204호").
KOREAN = re.compile(
    rf"(?:[{_HANGUL}]+(?:도|시|군|구|읍|면|동)[ \t]+){{1,5}}[{_HANGUL}\d]+(?:로|길)[ \t]*\d{{1,5}}"
    r"(?:-\d{1,4})?"
    rf"(?:,?[ \t]*(?:[{_HANGUL}]+[ \t]*)?(?:\d{{1,3}}동[ \t]*)?\d{{1,5}}호)?"
)
# Japanese: a postcode maybe, then prefecture, city or ward and block numbers ("〒812-0011
# 福岡県福岡市博多区博多駅前4-12-3"), maybe a building and room ("コーポ博多201").
JAPANESE_SCRIPT = re.compile(
    r"(?:〒[ \t]?\d{3}-\d{4}[ \t]*)?"
    rf"[{_HAN}{_KANA}]*(?:都|道|府|県|市|区|町|村)[{_HAN}{_KANA}]*"
    r"\d{1,4}(?:(?:-|丁目|番地?|号)\d{1,4}){1,3}(?:号)?"
    rf"(?:[ \t]*[{_HAN}{_KANA}A-Za-z]+[ \t]*\d{{1,4}}(?:号室?)?)?"
)
# Chinese: city or county, district, road or street and its number ("台中市西屯區福科路218號5樓").
CHINESE = re.compile(
    rf"[{_HAN}]{{1,6}}(?:市|縣|县|省)[{_HAN}]{{0,12}}(?:路|街|道|巷|弄)"
    rf"[{_HAN}\d]{{0,8}}?\d{{1,5}}(?:號|号)(?:[ \t]*\d{{1,3}}(?:樓|楼|F|室))?"
)
# Taiwan's, from the floor to the city, as written in Latin letters: "3F, No. 18, Aly. 5, Ln.
# 250, Sec. 5, Nanjing E. Rd., Songshan Dist., Taipei City 105", "No. 7, Zhongzheng Rd.,
# Xinzhuang Dist., New Taipei City".
_TW_ROAD = r"(?:[A-Z][a-z]+[ \t]+){1,3}(?:[NSEW]\.[ \t]*)?(?:Rd|Road|St|Street|Blvd|Ave)\b\.?"
TAIWAN = re.compile(
    r"\b(?:\d{1,2}F\.?(?:-\d{1,2})?,[ \t]*)?No\.?[ \t]*\d{1,5}(?:-\d{1,3})?"
    r"(?:,[ \t]*(?:Aly|Ln|Sec|Alley|Lane|Section)\.?[ \t]*\d{1,5}){0,3}"
    rf",[ \t]*{_TW_ROAD}"
    r"(?:,[ \t]*(?:[A-Z][a-z]+[ \t]+){1,2}(?:Dist|District|Township|Vil|Village)\b\.?){1,2}"
    r"(?:,[ \t]*(?:[A-Z][a-z]+[ \t]+){1,2}(?:City|County)\b(?:[ \t]+\d{3,6})?)?"
)
# Hong Kong's flat, floor and block in any order, then the estate and district: "Block 5,
# 17/F, Flat D, Laguna City, Kwun Tong", "Flat 12B, 23/F, Tower 2, Metro Harbour View".
_HK_PART = (
    r"(?:(?:Flat|Rm|Room|Unit)[ \t]*[A-Z0-9]{1,4}|\d{1,2}/F|(?:Block|Blk|Tower)[ \t]*[A-Z0-9]{1,3})"
)
HONG_KONG = re.compile(
    # (a flat or a floor among the parts: "Tower 2, Block A" alone may be a listing's)
    r"(?=[^\n]{0,30}?(?:\d/F|Flat|Rm\b|Room|Unit))"
    rf"\b{_HK_PART}(?:,[ \t]*{_HK_PART}){{1,3}}\b"
    r"(?:,[ \t]*[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}){0,3}"
)
