"""Words inside or before a name: particles, Chinese given names, Balinese prefixes."""

from __future__ import annotations

import re

from redaction.recognizers.names.tokens import DOT_GAP, PLAIN_GAP, Token, glued_to_digit, joined
from redaction.recognizers.names.vocabulary import (
    ENGLISH_WORDS,
    HONORIFICS,
    NAMES,
    ORG_WORDS,
    PLACES,
    blocked,
    english_word,
    is_sure_name,
)

# Lower-case words inside a name: Batak "br"/"boru", Arabic "bin"/"binti", Dutch "van"/"de".
PARTICLES = frozenset({"br", "boru", "bin", "binti", "van", "von", "de", "der", "den"})
# Capitalised words before a name that are part of it: Balinese "Ni", Sasak "Lalu", "Baiq".
# Capitalised between two names, also with a dot: Batak "Br.", Bugis-Makassar "Daeng".
_CAPITALISED_PARTICLES = frozenset({"br", "boru", "bin", "binti", "daeng"})
NAME_PREFIXES = frozenset({"Ni", "Lalu", "Baiq"})
BUTONESE_PREFIXES = frozenset({"La", "Wa"})
PREFIXED_NAME_SCORE = 0.9
BALINESE_ORDER = frozenset(
    {"wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "gusti", "nengah"}
)


# Particles that say "child of": a name stands on both sides ("Rukayah binti Saman"), never
# opens one, unlike "van der Berg".
PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "br", "boru"})


def patronymic(run: list[Token]) -> bool:
    """Whether capitalised words are joined by "bin", "binti", "br" or "boru": a name even
    when neither word is known as one."""
    return (
        len(run) >= 3
        and run[0].capitalised
        and run[-1].capitalised
        and any(t.lower in PATRONYMIC_PARTICLES for t in run[1:-1])
    )


def particle_at(text: str, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a particle joining two capitalised names ("Debora br Tarigan")."""
    if not 0 < k < len(toks) - 1:
        return False
    particle = toks[k]
    if _syllable_between_names(text, toks, k):
        return True
    if particle.capitalised:
        # "Tiurma Br. Simanjuntak", "Baso Daeng Tojeng"
        fits = particle.lower in _CAPITALISED_PARTICLES and not particle.all_caps
        gap = text[particle.end : toks[k + 1].start]
        after = PLAIN_GAP.fullmatch(gap) or DOT_GAP.fullmatch(gap)
    else:
        fits = particle.lower in PARTICLES
        after = joined(text, particle, toks[k + 1])
    left, right = toks[k - 1], toks[k + 1]
    # in lower case, a Batak "br" before a sure surname: "tiurma br simanjuntak"
    lower_batak = (
        particle.text in ("br", "boru")
        and not left.capitalised
        and not right.capitalised
        and is_sure_name(right.text)
    )
    return (
        fits
        and after is not None
        and ((left.capitalised and right.capitalised) or lower_batak)
        and not blocked(right)
        and joined(text, left, particle)
    )


_CONJUNCTIONS = frozenset({"dan", "and", "atau", "or", "sama", "ama", "sm", "dgn", "vs"})
# Chinese-Indonesian family names, which open a name of one or two one-syllable given names.
CHINESE_FAMILY_NAMES = frozenset(
    {"tan", "lim", "liem", "ong", "oei", "oey", "lie", "goh", "go", "tjoa", "gouw", "liong"}
    | {"tjhin", "thio", "tio", "njoo", "khoe", "kho", "tjan", "kwik", "kwee", "lauw", "siauw"}
    | {"phoa", "tjong", "tjia", "oen", "tjioe", "tjiong", "liauw", "ang", "yap", "wong"}
    | {"chan", "cheung", "leung", "lau", "chen", "wang", "zhang", "liu", "huang", "kwee"}
    | {"lo", "ng", "koh", "teo", "chua", "yeo", "ho", "lai", "sie", "tee", "lee", "kang", "foo"}
)
# (a capitalised "Yang" after a family name is a given name: "Pak Liu Yang")
_NOT_SYLLABLES = _CONJUNCTIONS | {"ya", "yg", "di", "ke", "the", "in", "on", "at", "to"}
# One romanised Hokkien syllable: "Bun", "Kiat", "Liong", "Tjoen", "Hua".
_HOKKIEN_SYLLABLE = re.compile(r"[bcdfghjklmnprstwyz]{0,3}[aeiou]{1,3}(?:ng|[nkthmp])?")


def _syllable_between_names(text: str, toks: list[Token], k: int) -> bool:
    """A short capitalised word after a gazetteer name and before a name or an unknown word,
    even one that is also a word, is part of the name: Chinese given names ("Lim Kok Hua",
    "Tan Ai Ling")."""
    left, middle, right = toks[k - 1], toks[k], toks[k + 1]
    return (
        middle.capitalised
        and not middle.all_caps
        and len(middle.text) <= 3
        and left.capitalised
        and left.lower in NAMES
        and right.capitalised
        and not right.all_caps
        and (right.lower in NAMES or not (blocked(right) or english_word(right)))
        and middle.lower not in ORG_WORDS
        and middle.lower not in PLACES
        and middle.lower not in HONORIFICS
        and middle.lower not in _CONJUNCTIONS  # "Budi Dan Rina" are two
        and joined(text, left, middle)
        and joined(text, middle, right)
    )


def chinese_given_names(text: str, toks: list[Token], i: int) -> int:
    """The index after the given names that follow a Chinese family name at ``toks[i]``:
    one-syllable capitalised words, even ordinary ones ("Tan Bun Kiat", "Lim Sen Hok")."""
    end = i + 1
    if not toks[i].capitalised or toks[i].lower not in CHINESE_FAMILY_NAMES:
        return end
    while end < len(toks) and end - i <= 2:
        token = toks[end]
        if not (
            token.capitalised
            and not token.all_caps
            and _HOKKIEN_SYLLABLE.fullmatch(token.lower)
            and PLAIN_GAP.fullmatch(text[toks[end - 1].end : token.start])
            and token.lower not in PLACES
            and token.lower not in _NOT_SYLLABLES
            and not glued_to_digit(text, token)
        ):
            break
        end += 1
    return end


def balinese_name_start(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised Balinese birth-order name before a capitalised unknown word: "Gede
    Ardana", "Made Arsawan" ("Gede" alone is also the word "big")."""
    first = toks[i]
    if i + 1 >= len(toks) or first.lower not in BALINESE_ORDER:
        return False
    after = toks[i + 1]
    return (
        first.capitalised
        and not first.all_caps
        and joined(text, first, after)
        and after.capitalised
        and not after.all_caps
        and not after.initial
        and not blocked(after)
        and after.lower not in ENGLISH_WORDS  # "Made Sure"
    )
