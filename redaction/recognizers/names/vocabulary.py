"""Word lists and the tests of one word: sure names, blocked words, name shapes."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.recognizers.names.tokens import Token

# Word lists, lower-case. A gazetteer name that is also an ordinary word or a
# place ("indah", "putri", "jaya", "bima") is "ambiguous": evidence only with a cue.
NAMES = words("given_names.txt") | words("surnames.txt")
_STOP_WORDS = frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS)
COMMON = words("common_words.txt") | words("chat_words.txt") | _STOP_WORDS
# A larger dictionary of Indonesian words: it blocks unknown words only, never a name.
LEXICON = words("indonesian_words.txt") | words("indonesian_vocabulary.txt")
STOPWORDS = words("name_stopwords.txt")
PLACES = words("places.txt")
ORG_WORDS = words("org_words.txt")
HONORIFICS = words("honorifics.txt")
# Names from other countries: evidence for capitalised words only ("Sophie Dubois").
FOREIGN_NAMES = words("foreign_names.txt")
# Common English words: a capitalised one alone is no name without a cue ("Master", "Upgrade").
ENGLISH_WORDS = words("english_words.txt")
# Large English and Indonesian dictionaries: words that are no names unless a name list
# holds them too.
DICTIONARY = words("dictionary_words.txt")
# Medicines are no names: "ada Panadol Extra?"
MEDICINES = words("medications.txt")
FAMILY_NAMES = words("surnames.txt") - words("given_names.txt")
FUNCTION_WORDS = words("chat_words.txt") | _STOP_WORDS


_NON_NAME_SUFFIX = re.compile(r"(?:nya|kan|lah|kah|in)$")
_ENCLITIC = re.compile(r"(\w{2,}?)(?:ku|mu|nya)")
# Indonesian affixed words ("Pembangunan", "Dibesarkan", "Terbaik", "Berdasarkan"):
# unknown words of these shapes are ordinary words, not names.
AFFIXED_WORD = re.compile(
    r"\w{3,}(?:kan|nya|kah)|\w{3,}[^l]lah|(?:per|pe[mn]g?|pe|ke)\w{3,}an"
    r"|ber(?!n)\w{4,}|ter\w{4,}|me(?:m|n|ng|ny)\w{4,}|di\w{3,}(?:i|kan)"
)
# Typical endings of Javanese, Sundanese and Arabic-Indonesian names, and the old
# spelling ("Hartanto", "Indrawati", "Hasanuddin", "Soeharto", "Djamaluddin"): an
# unknown capitalised word of this shape counts as gazetteer evidence.
_NAME_SHAPED = re.compile(
    r"\w{2,}(?:wati|yati|ningsih|ningrum|ningtyas|yanti|yanto|anto|arto|ono|ojo|oyo|udin"
    # Javanese village names: "Poniyem", "Tukinem", "Dalijo", "Wagimin", "Sukinah"
    r"|iyem|inem|ijem|ijo|imin|inah|arsih"
    # Arabic women's names in "-lah": "Romlah", "Jamilah", "Nabilah"
    r"|mlah|ilah"
    r"|uddin|ullah|illah|syah)|(?:\w*oe|dj|tj)\w{3,}"
)


def is_sure_name(word: str) -> bool:
    """A gazetteer name that is not also an ordinary word or a place."""
    lower = word.lower()
    return lower in NAMES and not ambiguous(lower) and lower not in STOPWORDS


def ambiguous(lower: str) -> bool:
    return lower in COMMON or lower in PLACES


def name_evidence(token: Token) -> bool:
    """A sure gazetteer name, a capitalised foreign name, or an unknown capitalised word
    shaped like a name."""
    if is_sure_name(token.text):
        return True
    if token.capitalised and _joined_name_parts(token.lower):
        return True
    return foreign_name(token) or name_shaped(token)


# Name parts written together with another name: "Nurfadilah", "Sriwahyuni", "Triyanto".
_JOINED_NAME_PARTS = ("nur", "sri", "siti", "dwi", "tri")


def _joined_name_parts(lower: str) -> bool:
    """A word made of a name part and a gazetteer name, and no dictionary word."""
    return (
        lower not in LEXICON
        and lower not in COMMON
        and any(
            lower.startswith(part) and len(lower) - len(part) >= 4 and lower[len(part) :] in NAMES
            for part in _JOINED_NAME_PARTS
        )
    )


def name_shaped(token: Token) -> bool:
    return (
        token.capitalised
        and token.lower not in NAMES
        and not blocked(token)
        and _NAME_SHAPED.fullmatch(token.lower) is not None
    )


def foreign_name(token: Token) -> bool:
    """A capitalised (not all-caps) name of the foreign gazetteer."""
    return (
        token.capitalised
        and not token.all_caps
        and token.lower in FOREIGN_NAMES
        and not blocked(token, shapes=False)
    )


# Capitals inside a word: a brand's or a venue's ("JIExpo", "KirimCepat"), no name's (but
# "McDonald", "DeLuca", "MacArthur").
_MIXED_CASE = re.compile(r"[A-Z]{2,}[a-z]|[a-z]{2,}[A-Z]")
_CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _joined_names(text: str) -> bool:
    """Known names written together, each capitalised: "SitiAminah", or "Wulandari" and
    "Kusumaningrum" once an invisible space between them is folded away."""
    parts = _CASE_BOUNDARY.split(text)
    return len(parts) > 1 and all(p.lower() in NAMES and p.lower() not in STOPWORDS for p in parts)


def blocked(token: Token, *, shapes: bool = True) -> bool:
    """A word that is never part of a name: an ordinary, organisation or place word.

    With ``shapes``, also an unknown word shaped like an affixed Indonesian word.
    """
    lower = token.lower
    if _MIXED_CASE.search(token.text) and not _joined_names(token.text):
        return True  # a brand or a venue: "JIExpo", "KirimCepat", "PayNusa", "TowerAspen"
    if lower in NAMES and lower not in STOPWORDS and lower not in HONORIFICS:
        return False
    if _joined_name_parts(lower) and lower not in STOPWORDS:
        return False
    return (
        lower in COMMON
        or lower in LEXICON
        or lower in STOPWORDS
        or lower in HONORIFICS
        or lower in ORG_WORDS
        or lower in PLACES
        or lower in MEDICINES
        or (shapes and AFFIXED_WORD.fullmatch(lower) is not None)
        # a prefix on an ordinary word: "Ditransfer ke rek ...", "Pendaftar"
        or (shapes and prefixed_word(lower))
        or with_enclitic(lower)
        or derived_noun(lower)
    )


def derived_noun(lower: str) -> bool:
    """A noun made of an Indonesian word and "-an": "tulisan", "jualan", "makanan"."""
    return len(lower) > 5 and lower.endswith("an") and lower[:-2] in LEXICON


def with_enclitic(lower: str) -> bool:
    """An ordinary word with a possessive enclitic: "bosku", "tokomu", "barangnya"."""
    match = _ENCLITIC.fullmatch(lower)
    return match is not None and (match[1] in COMMON or match[1] in LEXICON)


def possible_unknown_name(token: Token) -> bool:
    """An unknown lower-case word that could still be a name.

    Not an affixed word ("barangnya", "kirimin"), and with two vowels at least: chat
    abbreviations ("bsk", "sdh", "udh", "brg") are not names.
    """
    lower = token.lower
    return (
        len(lower) >= 3
        and sum(ch in "aeiou" for ch in lower) >= 2
        # "-in" of a colloquial verb ("kirimin"), but not of a name ("zainuddin")
        and (not _NON_NAME_SUFFIX.search(lower) or _NAME_SHAPED.fullmatch(lower) is not None)
        and not _colloquial_verb(lower)
        and not prefixed_word(lower)  # "dijemput", "pendaftar"
    )


# Jakarta chat's nasal prefix on a verb, and the first letter it replaces: "ngasih" (kasih),
# "ngambil" (ambil), "nyuruh" (suruh), "nitip" (titip), "makai" (pakai).
_NASAL_PREFIXES = (("ng", ("", "k")), ("ny", ("s", "c")), ("n", ("t",)), ("m", ("p",)))


def _colloquial_verb(lower: str) -> bool:
    """An unknown word made of a nasal prefix and an Indonesian verb."""
    for prefix, replaced in _NASAL_PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) >= 4 and rest[0] in "aeiou":
            return any(letter + rest in LEXICON for letter in replaced)
    return False


_PREFIXES = (
    "peng",
    "peny",
    "pem",
    "pen",
    "per",
    "pe",
    "ber",
    "ter",
    "meng",
    "mem",
    "men",
    "me",
    "di",
)


def prefixed_word(lower: str) -> bool:
    """An Indonesian word made of a prefix and a known word: "pendatang", "perantau"."""
    return any(
        lower.startswith(prefix)
        and lower[len(prefix) :] in LEXICON
        # "me-" and "pe-" come before a consonant ("meng-" before a vowel): "Meisya" is a
        # name, not "me" + "isya"
        and not (prefix in ("me", "pe") and lower[len(prefix)] in "aeiou")
        for prefix in _PREFIXES
        if len(lower) - len(prefix) >= 4
    )


def dictionary_word(token: Token) -> bool:
    """A word of the large dictionaries that no name list holds ("Jarak", "Deposit")."""
    lower = token.lower
    return lower in DICTIONARY and lower not in NAMES and lower not in FOREIGN_NAMES


def english_word(token: Token) -> bool:
    lower = token.lower
    # also a plural: "Tickets", "Orders"
    english = lower in ENGLISH_WORDS or (lower.endswith("s") and lower[:-1] in ENGLISH_WORDS)
    return english and lower not in NAMES and lower not in FOREIGN_NAMES
