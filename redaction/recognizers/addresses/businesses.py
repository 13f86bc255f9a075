"""A shop's, office's or institution's own address, which is no person's."""

from __future__ import annotations

import re

from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.recognizers.addresses.landmarks import LANDMARK_START

# A shop, brand or company right before a street: its address, not a person's
# ("Indomaret Jl. Raya Bogor", "kantor PT Maju di Jl. ..."). Looked for in the few words
# before the anchor, in the same clause.
_BUSINESS_WORDS = frozenset(
    {
        "pt", "cv", "ud", "tbk", "persero", "toko", "warung", "kedai", "resto", "restoran",
        "restaurant", "kafe", "cafe", "apotek", "apotik", "klinik", "bank", "minimarket",
        "supermarket", "swalayan", "mall", "mal", "plaza", "hotel", "bengkel", "salon",
        "laundry", "optik", "butik", "bakery", "depot", "rs", "rsu", "rsud", "rsia",
        "puskesmas", "hospital", "resort", "kcp", "kcu", "tailor", "penjahit",
        # English shop words and public institutions (an embassy, school, mosque, church)
        "clinic", "store", "shop", "studio", "gallery", "workshop", "hall", "aula", "kedutaan",
        "embassy", "konsulat", "consulate", "kbri", "imigrasi", "ponpes", "pesantren", "sekolah",
        "kampus", "universitas", "masjid", "gereja", "church", "mosque", "igd", "notaris",
        # police and licensing offices
        "polres", "polresta", "polrestabes", "polsek", "polda", "satpas", "samsat",
    }
)  # fmt: skip
_BRANDS = frozenset(
    {
        "indomaret", "alfamart", "alfamidi", "lawson", "familymart", "starbucks", "mcd",
        "mcdonald's", "mcdonalds", "kfc", "janji", "pertamina", "spbu", "shell", "gramedia",
        "hypermart", "transmart", "carrefour", "superindo", "ikea", "ace", "informa",
        "headquarters", "hq", "cabang", "outlet", "showroom", "gudang", "pabrik", "factory",
        "warehouse", "branch", "company", "perusahaan", "atm",
    }
)  # fmt: skip


# A home named between a business and the street: the street is the home's.
_HOME_WORDS = frozenset({"rumah", "rmh", "kos", "kost", "kosan", "kontrakan", "tinggal"})
_MINE = frozenset({"sy", "saya", "aku", "ku", "gue", "gw", "gua", "my"})
_OFFICE_NOT_NAMED = frozenset(INDONESIAN_STOP_WORDS) | _MINE
# Premises that are the writer's when "mine" follows: a reseller's own store room, the hotel
# a traveller stays at.
_OWN_WHEN_MINE = frozenset({"gudang", "hotel"})
# Premises a business calls "ours" ("kitchen kami", "gerai baru kami", "kantor pusat kami").
_OUR_PREMISES = frozenset(
    {"kitchen", "dapur", "studio", "gerai", "workshop", "lokasi", "kantor", "gedung", "aula"}
    | {"gallery", "galeri", "kos", "kost", "igd"}
    | {"catering", "katering", "lab", "laboratorium", "toko", "outlet", "usaha", "cabang"}
)
# A form's field for a business's address: "Alamat usaha: ...", "Alamat kantor: ...".
_BUSINESS_ADDRESS_LABEL = re.compile(
    r"\b(?i:alamat|almt|lokasi)[ \t]+(?i:usaha|toko|kantor|bisnis|outlet|cabang|gudang|pabrik"
    r"|kios|warung|tempat[ \t]+usaha)[ \t]*[:=]?[ \t]*\Z"
)
# A business's own premises in English ("our studio is at"), and its invitation ("see you
# at"); not a home ("our house is at").
_HOME_NOUNS = (
    r"(?:home|house|place|flat|apartment|apt|villa|room|condo|unit|family|rumah|rmh|kontrakan"
    r"|alamat|tempat|keluarga|anak|apartemen|kamar|kampung|desa)"
)
_OUR_PREMISES_BEFORE = re.compile(
    r"(?i:\bour[ \t]+(?!" + _HOME_NOUNS + r"\b)[a-z]+[ \t]+(?:is|are)(?:[ \t]+located)?"
    r"[ \t]+(?:at|in|on)[ \t]+\Z"
    r"|\bour[ \t]+(?:outlet|store|shop|office|branch|clinic|studio|showroom|warehouse|kitchen"
    r"|restaurant|cafe|booth|gallery)(?:s|es)?[ \t]+(?:at|in|on)[ \t]+\Z"  # "our outlets at"
    r"|\b(?:come|visit|welcome)(?:[ \t]+to)?[ \t]+our[ \t]+[a-z]+[ \t]+(?:at|in|on)[ \t]+\Z"
    r"|\b(?:see[ \t]+you|visit[ \t]+us|find[ \t]+us)[ \t]+(?:at|in|on)[ \t]+\Z)"
)
# A business introducing itself before its street: "kami Aqiqah Barokah cab. Tegal di Jl. ...".
_WE_ARE_NAMED = re.compile(r"\bkami[ \t]+[A-Z][\w'&-]*(?:[ \t]+[\w.'&-]+){0,5}?[ \t]+di[ \t]+\Z")
# A business's own office as a notice's field: "Kantor: Jl. ...", "Our office: Jl. ..." (not
# "ke kantor:"). A bare "kami di Jl. ..." is as often a family's home ("kami di Gg. Kenari II
# No. 5") as a business's.
_OFFICE_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:Kantor(?:[ \t]+[Pp]usat)?|(?i:our[ \t]+)?(?i:head[ \t]+)?"
    r"[Oo]ffice)[ \t]*:[ \t]*\Z"
)
# "Lokasi" before a street in a business's notice: "Klinik Sehat buka promo ... . Lokasi Jl. ...".
_LOCATION_WORD_BEFORE = re.compile(r"\b(?i:lokasi|lokasinya)[ \t]*:?[ \t]*\Z")
_MAX_NOTICE_CHARS = 200
# "alamat" right before the street, without a pronoun ("alamat saya" is the writer's), or
# an institution's "beralamat di" ("Kantor Imigrasi ... beralamat di Jl. ...").
_ADDRESS_WORD_BEFORE = re.compile(
    r"\b(?i:alamat|alamatnya|almt|lokasi|lokasinya"
    r"|(?:beralamat|berlokasi|terletak|bertempat)(?:[ \t]+di)?)[ \t]*:?[ \t]*\Z"
)
_SENTENCE_START = re.compile(r"(?:[.!?](?=[ \t\n])|\n)")
_MAX_SENTENCE_CHARS = 120


def _business_in(words: list[str]) -> bool:
    """Whether a business word is among ``words`` with no home word after it ("puskesmas dekat
    rumah baru di ..." is the home's street); an office is a business unless it is someone's
    ("kantor sy") or unnamed ("kantor di ...")."""
    business = False
    for n, word in enumerate(words):
        lower = word.lower()
        if lower in _OWN_WHEN_MINE and n + 1 < len(words) and words[n + 1].lower() in _MINE:
            business = False  # "alamat gudang aku Jl. ...", "Hotel sy di Jl. ..."
        elif lower in _BRANDS or lower in _BUSINESS_WORDS:
            # (unless a landmark: "kos pink belakang indomaret Jl. ...")
            business = business or n == 0 or not LANDMARK_START.fullmatch(words[n - 1])
        elif lower == "kantor" and n + 1 < len(words):
            business = words[n + 1].lower() not in _OFFICE_NOT_NAMED or words[n + 1] == "kami"
        elif lower == "kami" and any(w.lower() in _OUR_PREMISES for w in words[max(0, n - 2) : n]):
            business = True  # "di kitchen kami Ruko ...": a business's own premises
        elif lower in _HOME_WORDS:
            business = False
    return business


# A word, not a part of a handle, an e-mail address or a code ("@ayuu_shop99" names no shop).
_WORD = re.compile(r"(?<![\w@])[A-Za-z][A-Za-z'&]*(?![\w@])")


def _sentence_words(text: str, start: int) -> list[str]:
    """The words of the sentence before ``start``."""
    sentence_start = max(0, start - _MAX_SENTENCE_CHARS)
    for end in _SENTENCE_START.finditer(text, sentence_start, start):
        sentence_start = end.end()
    return _WORD.findall(text[sentence_start:start])


def business_before(text: str, start: int) -> bool:
    """Whether a shop, brand or company word is among the few words before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 48) : start]
    clauses = re.split(r"[.,;:!?]", window)
    # (a business's words in the clause of a delivery name what is sent, or the office it
    # goes to: "laundry aku antar ke Apartemen ...", "kantor cabang Yogyakarta tujuan Jl. ...")
    if _business_in(_WORD.findall(clauses[-1])[-6:]) and not _DELIVERY_CLAUSE.search(clauses[-1]):
        return True
    if _ADDRESS_WORD_BEFORE.search(window) and _business_in(_sentence_words(text, start)):
        return True  # "Laundry Bu Endang buka jam 7-21, alamat Jl. ...": the shop's address
    if _OUR_PREMISES_BEFORE.search(window) and not DELIVERY_BEFORE.search(window):
        return True  # "Our kitchen is at Jl. ...", "see you at Jl. ...": the business's own
    if _WE_ARE_NAMED.search(text, max(line_start, start - 100), start):
        return True  # "kami Aqiqah Barokah cab. Tegal di Jl. ...": a business introducing itself
    if _OFFICE_LABEL_BEFORE.search(window):
        return True  # "Kantor: Jl. ...", "Our office: ..."
    if _LOCATION_WORD_BEFORE.search(window) and _named_business(
        text[max(0, start - _MAX_NOTICE_CHARS) : start]
    ):
        return True
    # a business named right before its street: "Alaya Resort, Jl. Hanoman", "Cabang kami:
    # Jl. ...", or a business word opening that name: "Gudang Sinar Abadi, Jl. ...", "PT Maju
    # Jaya, Jl. ..."
    if len(clauses) > 1 and not clauses[-1].strip() and window.rstrip().endswith((",", ":")):
        last = _WORD.findall(clauses[-2])[-5:]
        if any(w.lower() in _HOME_WORDS or LANDMARK_START.fullmatch(w) for w in last):
            return False  # the home's landmark: "rumah sy sebelah Apotek Sehat, Jl. ..."
        if last and last[-1].lower() in _BUSINESS_WORDS:
            return True
        if last and last[-1] == "kami" and _business_in(last):
            return True  # "Gerai baru kami: Jl. ..."
        return any(
            (word[0].isupper() and (word.lower() in _BUSINESS_WORDS or word.lower() in _BRANDS))
            or (word.lower() == "kantor" and nxt[0].isupper())  # "kantor GoCorp Medan, Jl. ..."
            for word, nxt in zip(last, last[1:], strict=False)
        )
    return False


# A delivery's or a pick-up's verb or destination in the same clause, not to the business's
# own premises ("send it back to our warehouse at Jl. ..."): "tolong dijemput di gudang Jl. ..."
_DELIVERY_CLAUSE = re.compile(
    r"(?i:\b(?:antar|anter|antarkan|kirim|kirimkan|kirimin|deliver|ship|send|tujuan|jemput"
    r"|dijemput|jemputnya|pick[ \t-]?up)\b)"
    r"(?!.*\b(?i:our|kami)\b)"
)


def business_street(text: str, start: int, end: int) -> bool:
    """Whether a business's address field names its street and area without a house
    ("Alamat usaha: Jl. Ahmad Yani, Kendari"): with a number it may be the owner's home."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _BUSINESS_ADDRESS_LABEL.search(text, max(line_start, start - 30), start)
    return label is not None and not any(ch.isdigit() for ch in text[start:end])


def _named_business(text: str) -> bool:
    """Whether ``text`` names a business with a capitalised business word ("Klinik Sehat")."""
    return any(
        word[0].isupper() and (word.lower() in _BUSINESS_WORDS or word.lower() in _BRANDS)
        for word in _WORD.findall(text)
    )


# A delivery or drop-off to the place: "tolong antar ke ...", "pls leave it at ...".
DELIVERY_BEFORE = re.compile(
    r"(?i:\b(?:antar|anter|antarkan|kirim|kirimkan|kirimin|titip|taruh|taro|leave|deliver"
    r"|drop|ship|send)\b)"
)
