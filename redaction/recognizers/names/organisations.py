"""Name-like words that belong to an organisation's, a street's or a place's name."""

from __future__ import annotations

import re

from redaction.recognizers.context import Keywords
from redaction.recognizers.names.tokens import DOT_GAP, PLAIN_GAP, POSSESSIVE, Token, tokens
from redaction.recognizers.names.vocabulary import (
    COMMON,
    HONORIFICS,
    LEXICON,
    NAMES,
    ORG_WORDS,
    PLACES,
    STOPWORDS,
    blocked,
    is_sure_name,
    name_evidence,
    name_shaped,
)

# Words right before a name-like run that make it an organisation or a place
# ("Toko Sinar Jaya", "Masjid Agung", "Kel. Sukamaju", "Tempat/Tgl Lahir BATANG CENAKU").
# Organisation words that are part of a role or a fee after these words: "RM Sederhana" is a
# restaurant but "our RM" a relationship manager, "Lapangan Banteng" a square but "pj
# lapangan" a field supervisor, "hasil lab Budi" Budi's results.
_ROLE_BEFORE = {
    "rm": r"our|my|your|his|her",
    "lapangan": r"pj|pic|petugas|staf|staff|koordinator|pengawas|mandor|tim|supervisor",
    # "uang sekolah Vincent": the fee of Vincent's school
    "sekolah": r"uang|biaya|iuran|tagihan|spp",
    # "hasil lab Budi Santoso": Budi's test results, not a lab of that name
    "lab": r"hasil|cek|tes|test|periksa|pemeriksaan",
    "laboratorium": r"hasil|pemeriksaan",
}
ORG_BEFORE = Keywords(
    *(
        rf"(?<!\b(?:{_ROLE_BEFORE[w]})\s+){re.escape(w)}" if w in _ROLE_BEFORE else re.escape(w)
        for w in ORG_WORDS
    )
)


def after_org_word(text: str, start: int) -> bool:
    """Whether a word of a business or place opens the name at ``start`` ("Toko Sinar
    Jaya"); not a field's label ("asuransi kantor: Gregorius Bayu Aji")."""
    return ORG_BEFORE.right_before(text, start, gap=" \t.#-")


PLACE_LABEL_BEFORE = Keywords(
    r"tempat(?:\s*/\s*(?:tgl|tanggal))?\s+lahir",
    "ttl",
    "lahir di",
    "tinggal di",
    "domisili",
    "berasal dari",
    "asal",
)
# Legal forms that open a company's name: every capitalised word after them is the company's.
_LEGAL_FORMS = frozenset({"pt", "cv", "ud", "ksp", "kspps", "koperasi", "yayasan", "firma"})
# Public institutions often named after a person: schools, campuses, airports, stations,
# ports, stadiums, museums and places of worship (not shops, whose owner may be meant).
_EPONYM_INSTITUTIONS = frozenset(
    {"sd", "sdn", "sdit", "smp", "smpn", "smpit", "sma", "sman", "smait", "smk", "smkn", "mts"}
    | {"mtsn", "madrasah", "pesantren", "ponpes", "universitas", "univ", "institut", "stikes"}
    | {"politeknik", "akademi", "sekolah", "bandara", "terminal", "stasiun", "pelabuhan"}
    | {"airport", "stadion", "gelora", "museum", "monumen", "masjid", "musala", "musholla"}
    | {"university", "college", "mosque"}
)


# Organisation words that start an address after a person's name rather than end a business.
_ADDRESS_STARTS = frozenset(
    {"jl", "jln", "jalan", "gg", "gang", "komplek", "kompleks", "komp", "perum", "perumahan"}
    | {"desa", "dusun", "kampung", "kelurahan", "kecamatan", "kabupaten"}
)


def org_word_after(text: str, start: int, end: int) -> bool:
    """Whether an organisation word follows the name-like words at ``start:end``: a business
    named after its owner ("Maya Collection", "Lily's Bakery"; but "Sophia's school fee")."""
    possessive = POSSESSIVE.match(text, end) is not None
    after = end + 2 if possessive else end
    following = tokens(text, after, min(len(text), after + 20))[:1]
    return bool(
        following
        and following[0].lower in ORG_WORDS
        # an address or a company after a person: "bu Marni Jl. Belimbing 2", "Hendra PT ..."
        and following[0].lower not in _ADDRESS_STARTS
        and following[0].lower not in _LEGAL_FORMS
        and (following[0].capitalised or not possessive)
        # a lower-case Indonesian word may just follow a name ("Budi toko ..."), and any
        # lower-case word a lower-case name ("namanya kevin smp 5")
        and (
            following[0].capitalised
            or (
                text[start].isupper()
                and following[0].lower not in LEXICON
                and following[0].lower not in COMMON
                # (a chat abbreviation: "Mukhtar Effendi pd hari ini", "pd" for "pada")
                and following[0].lower not in STOPWORDS
                # a person addressed, then what the message is about: "kak Tia laundry an
                # pak Haris udh jadi?"
                and not _after_honorific(text, start)
            )
        )
        and PLAIN_GAP.fullmatch(text[after : following[0].start])
    )


def _after_honorific(text: str, start: int) -> bool:
    before = tokens(text, max(0, start - 12), start)[-1:]
    return (
        bool(before) and before[0].lower in HONORIFICS and not text[before[0].end : start].strip()
    )


def in_organisation(text: str, start: int, end: int) -> bool:
    """Whether the name-like words at ``start:end`` are part of an organisation's name.

    An organisation word follows them ("Ray Properti") or, for words without name evidence,
    opens the capitalised words before them ("Klinik Pratama Sehat Sentosa", "kereta Argo
    Bromo Anggrek"; but "Partai Demokrat Anas Urbaningrum" is a person after a party).
    """
    if (
        org_word_after(text, start, end)
        or _FIRM_AFTER.match(text, end)
        or _LEGAL_FORM_AFTER.match(text, end)
    ):
        return True
    if _after_legal_form(text, start):
        return True  # "PT Sinar Mas Abadi", "CV Budi Jaya": a company, whatever its words
    if after_business_honorific(text, start, end):
        return True  # "Toko Pak Harjono", "Warung Makan Bu Tini": a business named after its owner
    if _named_after_saint_or_day(text, start):
        return True  # "paroki St. Yoseph", "dalam rangka Hari Kartini"
    if _NAMED_ROOM_BEFORE.search(text, max(0, start - 20), start) and _NUMBER_AFTER.match(
        text, end
    ):
        return True  # "kamar Khadijah 3", "Ruang Diponegoro 2": a room named after a person
    if _in_street_name(text, start):
        return True  # "Jl. Ahmad Yani", "Gg. Haji Umar": streets named after people
    if _named_after_person(text, start):
        return True
    words_in = tokens(text, start, end)
    if (
        len(words_in) > 1
        and words_in[0].lower in ORG_WORDS
        and not any(name_evidence(t) for t in words_in[1:])
    ):
        return True  # a place's word that is also a name: "Tanjung Priok"
    if any(is_sure_name(t.text) or name_shaped(t) for t in words_in):
        return False
    right = start
    before = tokens(text, max(0, start - 60), start)[-4:]
    # the rest of a place's name: "Labuan Bajo", or after a city: "Padang Bai"
    if (
        before
        and before[-1].capitalised
        and PLAIN_GAP.fullmatch(text[before[-1].end : start])
        and (
            before[-1].lower in PLACES or f"{before[-1].lower} {text[start:end].lower()}" in PLACES
        )
    ):
        return True
    for token in reversed(before):
        if not PLAIN_GAP.fullmatch(text[token.end : right]):
            return False
        if token.lower in ORG_WORDS:
            return True
        if not token.capitalised or token.lower in HONORIFICS:
            return False  # "rumah Tante Lany" is a person's home
        right = token.start
    return False


_TITLES_IN_NAMES = frozenset({"dr", "prof", "h", "hj", "kh", "ir", "st"})
# Health facilities, offices and halls, often named after a person ("RSUP Dr. Kariadi",
# "Klinik Gigi Sehat Ayu", "Kantor Notaris Sutanto", "Gedung Serbaguna Kartika").
_FACILITIES = frozenset(
    {"rs", "rsu", "rsud", "rsia", "rsup", "rspad", "rsal", "rsau", "rsj", "rsab", "rsk", "rsgm"}
    | {"rsb", "rumah", "klinik", "apotek", "apotik", "puskesmas", "optik", "lab", "laboratorium"}
    | {"kantor", "gedung", "aula", "balai", "wisma", "graha"}
)


def _named_after_person(text: str, start: int) -> bool:
    """Whether a name at ``start`` ends an institution named after a person: an organisation
    word, then a title or capitalised ordinary words ("RSUD Dr. Soetomo", "Rumah Sakit Mata
    Aini", "Klinik Gigi Sehat Ayu"). A name right after the organisation word ("rumah Budi",
    "Toko Budi") may be its owner and is not taken here."""
    right = start
    town = False  # a dish's town of origin: "Martabak Bangka Acong", "Soto Lamongan Cak Har"
    for between, token in enumerate(reversed(tokens(text, max(0, start - 60), start)[-5:])):
        gap = text[token.end : right]
        titled = token.lower in _TITLES_IN_NAMES and DOT_GAP.fullmatch(gap) is not None
        if not titled and not PLAIN_GAP.fullmatch(gap):
            return False
        if not token.capitalised:
            return False
        if between and ((token.lower in _FACILITIES and not town) or token.lower in _FOOD_STALLS):
            return True
        if token.lower in ORG_WORDS:
            return False  # "Partai Persatuan Pembangunan Hajrul Azwar": a person after a party
        town = town or (token.lower in PLACES and not titled)
        if not titled and not town and (token.lower in HONORIFICS or not blocked(token)):
            return False  # "Bank Indonesia Mutiara Sibarani": a person after an institution
        right = token.start
    return False


# Dishes and stalls that open a food business's name, often with a town and the cook's name
# ("Martabak Bangka Acong", "Bakso Solo Pak Min", "Sate Madura Cak Ri").
_FOOD_STALLS = frozenset(
    {"martabak", "bakso", "sate", "soto", "nasi", "ayam", "mie", "bakmi", "gudeg", "pecel"}
    | {"rawon", "warung", "warteg", "kedai", "depot", "rm", "bebek", "kopi", "roti", "kue"}
)


def _after_legal_form(text: str, start: int) -> bool:
    """Whether capitalised words right before ``start`` begin with a company's legal form,
    or with a public institution's word, before a name that is then the institution's own
    ("SDIT Al Fikri", "Terminal Internasional I Gusti Ngurah Rai", "Stadion Gelora Bung Tomo");
    not a CV before an honorific, a person's curriculum vitae ("CV Kang Asep Saepudin")."""
    for token in _capitalised_before(text, start, 6):
        if token.lower in _LEGAL_FORMS or token.lower in _EPONYM_INSTITUTIONS:
            return not _curriculum_vitae(text, token)
    return False


def _curriculum_vitae(text: str, token: Token) -> bool:
    """Whether ``token`` is "CV" before an honorific: a person's curriculum vitae."""
    following = tokens(text, token.end, min(len(text), token.end + 12))[:1]
    return token.lower == "cv" and bool(following) and following[0].lower in HONORIFICS


# A company's legal form a few capitalised words after: "Feldmann Design GmbH",
# "Saigon Fresh Import JSC".
_LEGAL_FORM_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][A-Za-z&]*){0,3}[ \t]+(?:GmbH|Ltd|LLC|Inc|PLC|Pte|BV|NV|JSC|Corp|Tbk|AG"
    r"|Limited|Company|Holdings)\b"
)
# A law firm or a company named after its partners: "Lubis & Rekan", "Tan & Partners".
_FIRM_AFTER = re.compile(r"[ \t]*(?:&|dan|and)[ \t]+(?:Rekan|Partners?|Associates|Sons|Co)\b")
# A saint's name ("Santo Yakobus", "Sta. Maria"), and "St." after a parish's, a church's or a
# school's word ("paroki St. Yoseph"; but "– St. Bernard Manurung" is a church elder).
_SAINT_BEFORE = re.compile(
    r"\b(?:Santo|Santa|Sto\.|Sta\.|(?P<church>(?i:paroki|gereja|kapel|stasi|lingkungan|wilayah"
    r"|biara|kolese|asrama|sekolah|sd|smp|sma|smk|rs|yayasan)))[ \t]+(?P<st>St\.[ \t]*)?\Z"
)
# A day named after a hero: "dalam rangka Hari Kartini", "Selamat Hari Kartini".
_HOLIDAY_BEFORE = re.compile(
    r"\b(?i:rangka|peringatan|memperingati|selamat|merayakan|menyambut|perayaan|lomba)[ \t]+"
    r"(?P<day>Hari[ \t]+)?\Z"
)


def _named_after_saint_or_day(text: str, start: int) -> bool:
    """Whether a name at ``start`` (or "St."/"Hari" there, before one) is a saint's in a
    parish's name or a hero's in a holiday's."""
    saint = _SAINT_BEFORE.search(text, max(0, start - 40), start)
    if saint is not None and (not saint["church"] or saint["st"] or text.startswith("St.", start)):
        return True
    day = _HOLIDAY_BEFORE.search(text, max(0, start - 40), start)
    return day is not None and (day["day"] is not None or text.startswith("Hari ", start))


# A room or a hall named after a person, with its number: "kamar Khadijah 3", "Aula Hatta 2".
_NAMED_ROOM_BEFORE = re.compile(
    r"\b(?i:kamar|ruang|ruangan|aula|asrama|bangsal|paviliun|room|ward|hall)[ \t]+\Z"
)
_NUMBER_AFTER = re.compile(r"[ \t]+[A-Za-z]?\d{1,3}\b(?![.,:/-]?\d)")
# Words of a home, not a business: "Rumah Bu Yuyun" (but "Rumah Makan Bu Tini" is one).
_HOME_WORDS = frozenset({"rumah", "omah"})


def after_business_honorific(text: str, start: int, end: int) -> bool:
    """Whether honorifics right before ``start`` follow a business's capitalised words: a
    business named after its owner ("Toko Pak Harjono", "Toko Emas Pak Haji Mahmud", "Klinik
    dr. Hendra"; but "ke rumah Bu Lestari", "tokonya Pak Harjono" name a person)."""
    right = start
    for token in reversed(tokens(text, max(0, start - 40), start)[-3:]):
        gap = text[token.end : right]
        if token.lower not in HONORIFICS and token.text != "H":
            break
        if not (PLAIN_GAP.fullmatch(gap) or DOT_GAP.fullmatch(gap)):
            break
        right = token.start
    if right == start:
        return False
    lodging = _LODGING_BEFORE.search(text, max(0, right - 12), right)
    if lodging is not None and (text[lodging.start()].isupper() or _ROOM_AFTER.match(text, end)):
        return True
    return in_business_name(text, right)


# A boarding house named after its keeper: "Kost Bu Harjo", "kos bu harjo kamar 4" (but
# "penjaga kost mas Parjo", "bapak kos Doni" are the keepers themselves).
_LODGING_BEFORE = re.compile(r"\b(?i:kost?|indekos)[ \t]+\Z")
_ROOM_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:kamar|kmr|room)\b")


def _capitalised_before(text: str, start: int, count: int) -> list[Token]:
    """The capitalised words (at most ``count``) that run up to ``start``, nearest first."""
    run: list[Token] = []
    right = start
    for token in reversed(tokens(text, max(0, start - 12 * count), start)[-count:]):
        if not PLAIN_GAP.fullmatch(text[token.end : right]) or not token.capitalised:
            break
        run.append(token)
        right = token.start
    return run


_STREET_WORDS = frozenset({"jl", "jln", "jalan", "gg", "gang"})
_UNABBREVIATED_STREET_WORDS = frozenset({"jalan", "gang"})


def _in_street_name(text: str, start: int) -> bool:
    """Whether capitalised words (or initials) right before ``start`` open with a street word
    ("Jl. Ahmad Yani", "Jl. H.R. Rasuna Said")."""
    right = start
    for token in reversed(tokens(text, max(0, start - 50), start)[-5:]):
        gap = text[token.end : right]
        dotted = DOT_GAP.fullmatch(gap) is not None or gap == "."
        if token.lower in _STREET_WORDS:
            # a dot after a whole word ends a sentence: "sakit klo jalan. Saya Rudi"
            whole_word = token.lower in _UNABBREVIATED_STREET_WORDS
            return PLAIN_GAP.fullmatch(gap) is not None or (dotted and not whole_word)
        abbreviated = dotted and (token.initial or token.lower in _TITLES_IN_NAMES)
        if not token.capitalised or not (PLAIN_GAP.fullmatch(gap) or abbreviated):
            return False
        right = token.start
    return False


def in_business_name(text: str, start: int) -> bool:
    """Whether capitalised words right before ``start`` name a business: an organisation
    word among them, or a home's word opening two of them ("Rumah Makan", "Rumah Duka")."""
    run = _capitalised_before(text, start, 4)
    if run and run[-1].lower in _HOME_WORDS and len(run) > 1:
        return True
    return any(
        token.lower in ORG_WORDS and token.lower not in _HOME_WORDS
        for token in run
        if not _curriculum_vitae(text, token)
    )


# A capitalised article before a name makes it a venue's or a brand's: "The Kirana Canggu".
_VENUE_ARTICLE = re.compile(r"\bThe[ \t]+\Z")
_WORD = re.compile(r"[^\W\d_]+")
_HYPHENATED_BEFORE = re.compile(r"[^\W\d_]+-\Z")
_HYPHENATED_AFTER = re.compile(r"-[^\W\d_]+")


def named_place(text: str, start: int, end: int) -> bool:
    """Whether names at ``text[start:end]`` are a venue's ("The Kirana") or a place's named
    after people ("Soekarno-Hatta", "Puri Indah": several words, listed as a place)."""
    if _VENUE_ARTICLE.search(text, max(0, start - 8), start):
        return True
    # with the rest of a hyphenated compound: "Hatta" in "gudang Soekarno-Hatta"
    before = _HYPHENATED_BEFORE.search(text, max(0, start - 30), start)
    after = _HYPHENATED_AFTER.match(text, end)
    start = before.start() if before else start
    end = after.end() if after else end
    words = _WORD.findall(text[start:end])
    return len(words) > 1 and " ".join(words).lower() in PLACES


# Where a place's name follows: "di gudang Maros", "kiriman dari Enrekang", "via Sembalun".
_PLACE_PREPOSITION = re.compile(
    r"\b(?i:di|ke|dari|via|menuju|arah|sampai|sampe|daerah|kawasan|wilayah|area|asal|gudang"
    r"|cabang|kec|kab|kel|kecamatan|kabupaten|kelurahan|kota|desa|dusun)\.?[ \t]+\Z"
)


def place_after_preposition(text: str, run: list[Token]) -> bool:
    """One word that no Indonesian name list knows, after a word of place or direction: a
    town's name (the foreign gazetteer holds many: "Maros")."""
    return (
        len(run) == 1
        and not run[0].all_caps
        and run[0].lower not in NAMES
        and not name_shaped(run[0])
        and _PLACE_PREPOSITION.search(text, max(0, run[0].start - 12), run[0].start) is not None
    )
