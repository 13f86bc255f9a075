"""Landmarks that locate a house ("dekat SPBU Cibinong"), after an address or before it."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.recognizers.addresses.patterns import STREET_ANCHOR
from redaction.recognizers.addresses.place_names import name_words, word_name
from redaction.recognizers.addresses.vocabulary import GIVEN_NAMES, INNER_GANG_WORDS

_I = re.IGNORECASE


# Landmarks that locate a house: "dekat SPBU Cibinong", "belakang kampus unpad", "masuk gang
# depan Masjid Al-Ikhlas", "rumah pagar hitam no 5", "(rumah cat hijau samping warung Bu Tin)".
LANDMARK_START = re.compile(
    r"(?:dekat|deket|dkt|depan|dpn|belakang|blkg|blakang|samping|sebelah|sblh|seberang|sebrang"
    r"|pojok|ujung|masuk|patokan(?:nya)?|near|opposite|behind|beside|next[ \t]+to"
    r"|across[ \t]+from|(?:rumah|rmh)(?=[ \t]+(?:cat|pagar|warna|pojok|paling|tingkat|lantai"
    r"|no|nomor|yg|yang|ke|pak|bu|bapak|ibu|mbah|haji)\b))\b(?:[ \t]*:)?",
    _I,
)
_LANDMARK_IN_BRACKETS = re.compile(
    r"\((?=[^()\n]{0,60}\b(?:dekat|deket|dkt|depan|dpn|belakang|samping|sebelah|sblh|seberang"
    r"|pojok|ujung|masuk|patokan|rumah|rmh|cat|pagar|warna|near|opposite|behind|next[ \t]+to)"
    r"(?:nya)?\b)"  # ("(toko Sinar Jaya sebelahnya)")
    r"[^()\n]{1,60}\)",
    _I,
)
# A house described before its landmark: "rumah kuning depan ...", "yg pagar ijo sebelah ...".
_DESCRIBED_HOUSE_START = re.compile(r"(?:rumah|rmh|pagar|pager|cat|warna)\b", _I)
_DESCRIBED_HOUSE = re.compile(
    r"(?:(?:yg|yang)[ \t]+)?" + _DESCRIBED_HOUSE_START.pattern + r"(?:[ \t]+[\w-]+){0,5}?[ \t]+"
    r"(?=" + LANDMARK_START.pattern + ")",
    _I,
)
# Honorifics inside a landmark, before the owner's name: "warung bu tini", "rumah pak RT".
_LANDMARK_HONORIFICS = frozenset({"pak", "bu", "mas", "mbak", "mba", "bang"})
# A clause before an address, from the last punctuation to its comma.
_CLAUSE_BEFORE = re.compile(
    r"(?:^|(?<=[,:;.!?()\n]))[ \t]*(?P<clause>[^,:;.!?()\n]{3,80}?)[ \t]*,[ \t]*\Z", re.MULTILINE
)
_MAX_LEADING_LANDMARKS = 3
_LANDMARK_WORD = re.compile(r"[ \t]+(\w[\w'’-]*)")
_MAX_LANDMARK_WORDS = 6
# Verbs end a landmark: "sebelah timur berbatasan dengan ...", "menempati gedung ...".
VERB_SHAPE = re.compile(r"(?:ber|ter|me[mny]?|meng|di)\w{3,}|\w{3,}(?:kan|nya)")
# Words that end a landmark: chat words and function words ("dekat masjid ya kak").
LANDMARK_STOP = (
    frozenset(INDONESIAN_STOP_WORDS)
    | frozenset(ENGLISH_STOP_WORDS)
    | {
        "ya",
        "yah",
        "yaa",
        "kak",
        "ka",
        "kk",
        "min",
        "gan",
        "sis",
        "bang",
        "mas",
        "mbak",
        "mba",
        "pak",
        "bu",
        "tolong",
        "tlg",
        "pls",
        "please",
        "makasih",
        "makasi",
        "thx",
        "thanks",
        "ok",
        "oke",
        "jam",
        "besok",
        "bsk",
        "nanti",
        "nnt",
        "skrg",
        "bisa",
        "bs",
        "mau",
        "aja",
        "aj",
        "dong",
        "deh",
        "nih",
        "sih",
        "kok",
        "yg",
        "sy",
        "gk",
        "ga",
        "gak",
        "nggak",
        "udah",
        "udh",
        "sdh",
        "blm",
        "belum",
        "trus",
        "terus",
        "sampai",
        "sampe",
        "kirim",
        "antar",
        "anter",
        "jd",
    }
) - {"dekat", "depan", "belakang", "samping", "sebelah", "seberang", "ujung", "no", "nomor"}


def starts_landmark(text: str, at: int) -> bool:
    """Whether a landmark or a described house starts at ``at`` ("pagar hitam ...")."""
    return bool(LANDMARK_START.match(text, at) or _DESCRIBED_HOUSE_START.match(text, at))


def described_landmark(text: str, at: int) -> int | None:
    """End of a house and its landmark: "rumah kuning depan masjid Al-Ikhlas"."""
    described = _DESCRIBED_HOUSE.match(text, at)
    return plain_landmark(text, described.end()) if described is not None else None


def plain_landmark(text: str, at: int) -> int | None:
    brackets = _LANDMARK_IN_BRACKETS.match(text, at)
    if brackets is not None:
        return brackets.end()
    start = LANDMARK_START.match(text, at)
    if start is None:
        return None
    end = pos = start.end()
    for _ in range(_MAX_LANDMARK_WORDS):
        word = _LANDMARK_WORD.match(text, pos)
        if word is None:
            break
        lower = word.group(1).lower()
        if VERB_SHAPE.fullmatch(lower):
            break
        if lower in LANDMARK_STOP and not _owner_follows(text, word):
            break
        end = pos = word.end()
    return end if end > start.end() else None


def _owner_follows(text: str, word: re.Match[str]) -> bool:
    """Whether ``word`` is an honorific before its owner's name ("warung bu tini"), not one
    that addresses the reader ("depan masjid pak, ...", "dekat masjid mas tolong ...")."""
    if word.group(1).lower() not in _LANDMARK_HONORIFICS:
        return False
    name = _LANDMARK_WORD.match(text, word.end())
    return name is not None and name.group(1).lower() not in LANDMARK_STOP


def landmarks_before(text: str, start: int) -> int:
    """``start`` moved back over landmark clauses before an address ("rumah kuning depan
    masjid Al-Ikhlas, samping tambal ban, Desa ...")."""
    for _ in range(_MAX_LEADING_LANDMARKS):
        clause = _CLAUSE_BEFORE.search(text, max(0, start - 90), start)
        if clause is None:
            break
        at = _landmark_in(text, clause.start("clause"), clause.end("clause"))
        if at is None or _named_owners_house(text, at):
            break
        start = at
        if at > clause.start("clause"):
            # a gang before its landmark: "gang mawar sebelah warung, kp. ..."; else chat
            # before the landmark: "kirim ke belakang pasar, rt 3 ..."
            return _gang_before(text, clause.start("clause"), at)
    return start


# A house named by its owner, before its address: "di rumah bu Kadek Wulandari, Jl. ...".
_OWNERS_HOUSE = re.compile(
    r"(?:rumah|rmh)[ \t]+(?:pak|bu|bapak|ibu|mbah|mas|mbak|om|tante)\.?[ \t]+(?P<name>[A-Z][a-z]+)",
    _I,
)


def _named_owners_house(text: str, at: int) -> bool:
    """Whether the landmark at ``at`` is a person's house named by their name: the house the
    address is, told by whose it is (the name is a person's, not part of the address)."""
    owner = _OWNERS_HOUSE.match(text, at)
    return owner is not None and owner.group("name").lower() in GIVEN_NAMES


# A gang told by its landmark alone: "gang sebelah indomaret".
_UNNAMED_GANG_BEFORE = re.compile(r"\b(?:gg|gang|lr|lrg|lorong)\.?[ \t]+\Z", _I)


def _gang_before(text: str, clause_start: int, at: int) -> int:
    """``at`` moved back to a gang right before it ("gang sebelah ..."), or to one named at
    the start of its clause ("gang mawar sebelah ...")."""
    unnamed = _UNNAMED_GANG_BEFORE.search(text, max(clause_start, at - 8), at)
    if unnamed is not None:
        return unnamed.start()
    gang = STREET_ANCHOR.match(text, clause_start)
    if gang is None or gang.group("kw").lower() not in INNER_GANG_WORDS:
        return at
    name_end = name_words(text, gang.end()) or word_name(text, gang.end())
    if name_end is None or text[name_end:at].strip():
        return at
    return clause_start


def _landmark_in(text: str, start: int, end: int) -> int | None:
    """Start of the first landmark in ``text[start:end]`` that runs to ``end``, or None."""
    for word in _WORD_START.finditer(text, start, end):
        at = word.start()
        if end in (plain_landmark(text, at), described_landmark(text, at)):
            return at
    return None


_WORD_START = re.compile(r"(?<![\w'-])\w")
