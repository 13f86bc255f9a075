"""Names without a cue: capitalised words with evidence, names in capitals or lower case."""

from __future__ import annotations

import re

from redaction.recognizers.context import MOBILE_START
from redaction.recognizers.names.cued import known_first_name
from redaction.recognizers.names.organisations import (
    after_org_word,
    in_organisation,
    place_after_preposition,
)
from redaction.recognizers.names.parts import (
    BALINESE_ORDER,
    balinese_name_start,
    chinese_given_names,
    particle_at,
    patronymic,
)
from redaction.recognizers.names.tokens import (
    LINE_END,
    MAX_FORM_VALUE_TOKENS,
    MAX_NAME_TOKENS,
    PLAIN_GAP,
    NameSpan,
    Token,
    free,
    glued_to_digit,
    joined,
    sentence_start,
)
from redaction.recognizers.names.vocabulary import (
    COMMON,
    ENGLISH_WORDS,
    FOREIGN_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    LEXICON,
    NAMES,
    ORG_WORDS,
    PLACES,
    STOPWORDS,
    blocked,
    dictionary_word,
    english_word,
    foreign_name,
    is_sure_name,
    name_evidence,
    possible_unknown_name,
)

# Scores of capitalised names found without a cue.
_MULTI_WORD_SCORE = 0.65
_MID_SENTENCE_SCORE = 0.55
_SENTENCE_START_SCORE = 0.45
_CAPS_NAME_SCORE = 0.6
_LOWER_NAMES_SCORE = 0.5
# Particles and Malay name parts in names written in capitals ("MOHD HAFIZ BIN RAZAK").
_CAPS_PARTICLES = frozenset({"bin", "binti", "bt", "bte", "br", "boru", "van", "de"})
_CAPS_NAME_PARTS = frozenset({"mohd", "muhd", "mohamad", "mohammad", "nur", "siti", "abdul"})
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")
# A hyphen and a lower-case word after a capitalised word make a compound, not a name
# (but "Rina-nya", "Budi-ku" are names with an enclitic).
COMPOUND_AFTER = re.compile(r"-(?!(?:nya|ku|mu|lah|kah)\b)[a-z]{2,}")
# A code's label right before a word in capitals: "kode HEMATJUNI", "voucher: GRATISONGKIR".
CODE_BEFORE = re.compile(
    r"\b(?i:kode|code|voucher|vocer|kupon|coupon|promo)(?:[ \t]+(?i:promo|voucher|diskon))?"
    r"[ \t]*:?[ \t]*\Z"
)


def capitalised_name(text: str, toks: list[Token], i: int) -> NameSpan | None:
    """A run of capitalised words from ``toks[i]`` with name evidence in it (no cue)."""
    first = toks[i]
    balinese = balinese_name_start(text, toks, i)
    if (
        not first.capitalised
        or first.all_caps
        or first.initial
        or (blocked(first) and not balinese)
    ):
        return None
    if after_org_word(text, first.start):
        return None  # "Toko Sinar Jaya", "Masjid Agung", "Gunung Salak"
    k = i
    while k > max(0, i - 3) and toks[k - 1].capitalised and joined(text, toks[k - 1], toks[k]):
        k -= 1
        if after_org_word(text, toks[k].start) or in_organisation(text, toks[k].start, first.end):
            # "Alfamart Ahmad Yani", "RSUP Dr. Hasan Sadikin", "RSIA Sitti Khadijah": the rest
            # of its name
            return None
    end = i + 1
    while end < len(toks) and end - i < MAX_NAME_TOKENS:
        token = toks[end]
        if particle_at(text, toks, end):
            end += 2
        elif (
            joined(text, toks[end - 1], token)
            and (
                token.initial
                or (
                    token.capitalised
                    and not blocked(token, shapes=not known_first_name(toks[end - 1]))
                )
            )
            and not token.all_caps
            and not glued_to_digit(text, token)
        ):
            end += 1
        else:
            break
    end = max(end, chinese_given_names(text, toks, i))
    if toks[end - 1].initial:
        end -= 1
    run = toks[i:end]
    if len(run) > 1 and english_word(first):
        return None  # a label or word before a name: "Employee Nicholas Hartono"
    if COMPOUND_AFTER.match(text, run[-1].end):
        return None  # "Drop-off point"
    if text.startswith("_", run[-1].end) or text[first.start - 1 : first.start] == "_":
        return None  # a part of an identifier: "Santika_Guest" (user names are found whole)
    evidence = (
        balinese
        or patronymic(run)
        or any(name_evidence(t) for t in run)
        or _contact_line(text, run)
    )
    if not evidence or " ".join(t.lower for t in run) in PLACES:
        return None
    if (
        len(run) == 1
        and sentence_start(text, toks, i)
        and not is_sure_name(first.text)
        and foreign_name(first)
    ):
        return None  # a foreign name alone at a sentence start may be a word ("Lander")
    if in_organisation(text, first.start, run[-1].end) or place_after_preposition(text, run):
        return None
    if len(run) > 1:
        score = _MULTI_WORD_SCORE
    elif sentence_start(text, toks, i):
        score = _SENTENCE_START_SCORE
    else:
        score = _MID_SENTENCE_SCORE
    return NameSpan(first.start, run[-1].end, score)


# A mobile number, an identity number or an address right after a name and a separator:
# "Ardana, 0878 ...", "Yakobus Ndun – 0813 ...", "Sumirah, NIK 3471...", "Paiman - Gg. ...".
_CONTACT_AFTER = re.compile(
    r"[ \t]*[,\-–—|][ \t]*(?:(?:\+?62[ \t-]?|0)8\d"
    r"|(?i:nik|no\.?[ \t]*hp|hp|wa|telp|blok|jl|jln|jalan|gg|gang|rt|perum|komplek)\b)"
)
# A line's start, or an item's start in a numbered or bulleted list ("3. ", "- ").
_ITEM_START = re.compile(r"(?:\A|\n)[ \t]*(?:(?:\d{1,2}[.)]|[-•*])[ \t]*)?\Z")


# ... or a mobile number right after a name inside a sentence: "or my friend here Citra 0812
# 9930 4475", "titip ke Wawan 0813 ..." (a lower-case word before the name).
_MOBILE_AFTER = re.compile(r"[ \t]+" + MOBILE_START + r"\d")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w.])[a-z]{2,}[ \t]+\Z")


def _contact_line(text: str, run: list[Token]) -> bool:
    """Capitalised words alone at a line's (or list item's) start, then a mobile or identity
    number: a contact ("Ardana, 0878 1234 5678", "2. Sumirah, NIK 3471..."); or inside a
    sentence, right before a mobile number."""
    if any(t.all_caps or t.lower in ENGLISH_WORDS for t in run):
        return False
    start = max(0, run[0].start - 40)
    if _CONTACT_AFTER.match(text, run[-1].end) is not None:
        return _ITEM_START.search(text, start, run[0].start) is not None
    return (
        _MOBILE_AFTER.match(text, run[-1].end) is not None
        and _LOWER_WORD_BEFORE.search(text, start, run[0].start) is not None
    )


def capital_letter_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Names written in capitals: "NUR AISYAH BINTI AHMAD", "MOHD HAFIZ BIN RAZAK", or a line
    holding nothing but a name ("SUMARNI")."""
    spans = []
    i = 0
    while i < len(toks):
        end = i
        while (
            end < len(toks)
            and (toks[end].all_caps or _lower_particle_in_capitals(toks, i, end))
            and end - i < MAX_FORM_VALUE_TOKENS
            and (end == i or joined(text, toks[end - 1], toks[end]))
        ):
            end += 1
        run = toks[i:end]
        names = [t for t in run if _caps_name(t)]
        alone = (
            run
            and _LINE_START.search(text, max(0, run[0].start - 40), run[0].start) is not None
            and LINE_END.match(text, run[-1].end) is not None
            and len(names) == len(run)
            and any(is_sure_name(t.text) for t in run)
        )
        # one word may be unknown if two are names: "MOHD HAFIZ BIN RAZAK"
        unknown = [t for t in run if not _caps_name(t) and t.lower not in _CAPS_PARTICLES]
        listed = len(names) >= 2 and len(unknown) <= 1 and not any(blocked(t) for t in unknown)
        # a sure given name and an unknown surname: "WAYAN SUDIARTA", "RATIH PRAMESWARI"
        paired = (
            len(run) == 2
            and is_sure_name(run[0].text)
            and unknown == [run[1]]
            and len(run[1].text) >= 4
            and not blocked(run[1])
            and not english_word(run[1])
            and run[1].lower not in FOREIGN_NAMES | ENGLISH_WORDS
        )
        listed = listed or paired or patronymic(run) or _caps_name_in_lower_text(text, toks, i, end)
        if run and (alone or listed) and free(found, run[0].start, run[-1].end):
            spans.append(NameSpan(run[0].start, run[-1].end, _CAPS_NAME_SCORE))
        i = max(end, i + 1)
    return spans


def _lower_particle_in_capitals(toks: list[Token], start: int, k: int) -> bool:
    """A lower-case "bin"/"binti" between names in capitals: "MAEMUNAH binti RASIDI"."""
    return start < k < len(toks) - 1 and toks[k].lower in _CAPS_PARTICLES and toks[k + 1].all_caps


def _caps_name_in_lower_text(text: str, toks: list[Token], i: int, end: int) -> bool:
    """A sure name alone in capitals among lower-case words: "yg ambil nanti WULANDARI ya"."""
    neighbours = toks[max(0, i - 1) : i] + toks[end : end + 1]
    return (
        end == i + 1
        and len(toks[i].text) >= 4
        and is_sure_name(toks[i].text)
        and not glued_to_digit(text, toks[i])  # a code: "kode SANTI10"
        and not CODE_BEFORE.search(text, max(0, toks[i].start - 30), toks[i].start)
        and bool(neighbours)
        and all(t.text.islower() for t in neighbours)
    )


def _caps_name(token: Token) -> bool:
    lower = token.lower
    return (lower in NAMES or lower in FOREIGN_NAMES or lower in _CAPS_NAME_PARTS) and not (
        lower in STOPWORDS
        or lower in PLACES
        or lower in ORG_WORDS
        or lower in HONORIFICS
        or (lower not in NAMES and (lower in COMMON or lower in LEXICON))
    )


def lower_case_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Two or three gazetteer names in lower case, one of them sure: "dewi anggraini"; and
    a Batak or a Balinese name in lower case: "butet br siahaan", "ni luh made sukerti"."""
    spans = _lower_case_batak_names(text, toks, found)
    spans += _lower_case_balinese_names(text, toks, found + spans)
    i = 0
    while i < len(toks):
        end = i
        while (
            end < len(toks)
            and not toks[end].capitalised
            and toks[end].lower in NAMES
            and toks[end].lower not in STOPWORDS
            and toks[end].lower not in COMMON
            and end - i < 3
            and (end == i or joined(text, toks[end - 1], toks[end]))
        ):
            end += 1
        run = toks[i:end]
        if (
            len(run) >= 2
            and sum(is_sure_name(t.text) for t in run) >= 1
            and all(is_sure_name(t.text) or t.lower not in LEXICON for t in run)
            and free(found, run[0].start, run[-1].end)
        ):
            spans.append(NameSpan(run[0].start, run[-1].end, _LOWER_NAMES_SCORE))
        i = max(end, i + 1)
    return spans


# The words of a Balinese name after its "I" or "Ni": birth order, caste and "Luh" (female).
_BALINESE_PARTS = BALINESE_ORDER | {"luh", "ayu", "agung", "anak"}


def _lower_case_balinese_names(
    text: str, toks: list[Token], found: list[NameSpan]
) -> list[NameSpan]:
    """A Balinese name in lower case: "i" or "ni", a birth-order name and more name words
    ("i gede putu ariawan", "ni luh made sukerti"; not "i made it")."""
    spans = []
    for k, prefix in enumerate(toks[:-2]):
        if prefix.text not in ("i", "ni") or toks[k + 1].text not in BALINESE_ORDER | {"luh"}:
            continue
        end = k + 1
        while (
            end < len(toks)
            and end - k <= MAX_NAME_TOKENS
            and not toks[end].capitalised
            and joined(text, toks[end - 1], toks[end])
            and (
                toks[end].text in _BALINESE_PARTS
                or toks[end].lower in NAMES
                or (not dictionary_word(toks[end]) and possible_unknown_name(toks[end]))
            )
            and toks[end].lower not in STOPWORDS
        ):
            end += 1
        if any(t.text not in _BALINESE_PARTS for t in toks[k + 1 : end]) and free(
            found, prefix.start, toks[end - 1].end
        ):
            spans.append(NameSpan(prefix.start, toks[end - 1].end, _LOWER_NAMES_SCORE))
    return spans


def _lower_case_batak_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """A given name, "br"/"boru" and a gazetteer surname in lower case: "butet br siahaan"."""
    spans = []
    for k in range(1, len(toks) - 1):
        given, particle, surname = toks[k - 1], toks[k], toks[k + 1]
        if (
            particle.text in ("br", "boru")
            and not given.capitalised
            and not surname.capitalised
            and is_sure_name(surname.text)
            and (given.lower in NAMES or not blocked(given))
            and given.lower not in FUNCTION_WORDS
            and PLAIN_GAP.fullmatch(text, given.end, particle.start)
            and PLAIN_GAP.fullmatch(text, particle.end, surname.start)
            and free(found, given.start, surname.end)
        ):
            spans.append(NameSpan(given.start, surname.end, _LOWER_NAMES_SCORE))
    return spans
