"""Where listed health terms occur, and conditions and medicines named by their suffix."""

from __future__ import annotations

import re

from redaction.data import words
from redaction.recognizers.context import Keywords
from redaction.recognizers.medical.vocabulary import (
    SPECIFIC_TERMS,
    SYMPTOMS,
    TRIGGERED_TERMS,
    _alternation,
)


# A term, maybe reduplicated ("merah2", "gatal-gatal", "muntah2"); not inside a word or a
# compound, except after "post-"/"pasca-" ("post-stroke").
def _term_pattern(terms: set[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?:(?<![\w-])|(?<=\bpost-)|(?<=\bpasca-))(?P<term>"
        + _alternation(terms)
        + r")(?:2|-(?P=term)|(?<=[a-z])e?s)?(?:nya|nyo|n?ipun|ku|mu)?(?![\w-])",
        re.IGNORECASE,
    )


def _terms_by_first_word(terms: frozenset[str]) -> dict[str, re.Pattern[str]]:
    """One small pattern per first word: matching is tried only where such a word starts
    (one pattern of all the terms, tried at every position, was the slowest step)."""
    groups: dict[str, set[str]] = {}
    for term in terms:
        groups.setdefault(re.split(r"[^\w]", term, maxsplit=1)[0], set()).add(term)
    return {first: _term_pattern(group) for first, group in groups.items()}


_TERMS_BY_FIRST_WORD = _terms_by_first_word(SPECIFIC_TERMS | TRIGGERED_TERMS | SYMPTOMS)
# Whose a term is may be written onto it: "demamnya", "asmaku", Javanese "katarakipun",
# "glaukomanipun",
# Minang "gulanyo"; and English plurals: "antidepressants", "fibroids".
_WORD_ENDINGS = ("nya", "nyo", "nipun", "ipun", "ku", "mu", "es", "s")
_WORD = re.compile(r"[^\W\d_]+")
# Inflammations and removals are named by their suffix: "gastritis", "tonsilitis",
# "histerektomi", "appendectomy" (a stem of 4+ letters: "kritis", "politis" are adjectives).
# Likewise blood and metabolic conditions ("dislipidemia", "hiperglikemia"), degenerations and
# infestations ("osteoporosis", "psoriasis"), diseases of an organ ("neuropati"), paralyses
# ("hemiplegia") and stomas ("kolostomi").
_SUFFIX_TERM = re.compile(
    r"(?P<term>[^\W\d_]{4,}(?:itis|ektomi|ectomy|emia|iasis|opati|opathy|plegia|ostomi|ostomy)"
    # looking inside, cutting into and repairing an organ: "kolonoskopi", "endoscopy",
    # "kraniotomi", "episiotomy", "angioplasty", "rinoplasti"
    r"|[^\W\d_]{3,}(?:oskopi|oscopy|otomi|otomy|oplasty|oplasti)"
    r"|[^\W\d_]{3,}osis)(?![\w-])",
    re.IGNORECASE,
)
# Medicines are named by the stem of their class: "-pril", "-sartan", "-olol", "-statin",
# "-prazole", "-cillin", "-mycin", "-floxacin", "-azepam", "-vir", "-izine" ("flunarizine",
# "levodopa", "prednisolon", "acyclovir").
_DRUG_SUFFIX = re.compile(
    r"[^\W\d_]{3,}(?:pril|sartan|olol|statin|prazole|prazol|tidine|tidin|dipine|dipin|azepam"
    r"|zolam|oxetine|oksetin|triptan|[aiou]vir|izine|azine|izin|profen|semide|semid|thiazide"
    r"|tiazid|gliptin|gliflozin|parin|lukast|cillin|silin|mycin|misin|floxacin|floksasin"
    r"|cycline|siklin|conazole|konazol|dazole|dazol|tadine|tadin|setron|pramine|triptyline"
    r"|triptilin|peridol|peridone|peridon|apine|mazepine|mazepin|formin|dopa|solone|solon"
    r"|nisone|nison|methasone|metason|caine|okain|amol|terol|phylline|filin"
    # anticoagulants, GLP-1 drugs, bone and lung medicines, cancer drugs and antibodies
    # ("rivaroxaban", "dulaglutide", "alendronate", "tiotropium", "imatinib", "rituximab")
    r"|xaban|gatran|glutide|dronate|dronat|tropium|tinib|platin|rubicin|taxel|umab|ximab"
    # pain and arthritis, epilepsy, mood, prostate, diabetes, malaria and other families
    # ("diklofenak", "meloxicam", "celecoxib", "levetiracetam", "escitalopram", "tamsulosin",
    # "lamotrigine", "pioglitazone", "hydroxychloroquine", "methotrexate", "tretinoin"),
    # the azole antifungals and antiparasitics ("albendazole"), cephalosporins ("ceftriaxone",
    # "sefadroksil"), opioids ("tramadol", "oxycodone")
    r"|fenac|fenak|oxicam|oksikam|coxib|koksib|racetam|rasetam|alopram|faxine|faksin|afil"
    r"|sulosin|azosin|trigine|trigin|glitazone|glitazon|glinide|glinid|oquine|okuin|trexate"
    r"|treksat|tinoin|barbital|azole|azol|micin|cortisone|kortison|pramide|pramid|peramide"
    r"|peramid|madol|codone|kodon|triaxone|triakson|adroxil|adroksil|uroxime|uroksim|otaxime"
    r"|otaksim|tazidime|tazidim|ixime|iksim|epime"
    # blood thinners and heart-rate drugs: "clopidogrel", "ticagrelor", "diltiazem"
    r"|dogrel|sugrel|grelor|tiazem)",
    re.IGNORECASE,
)
# ... but not these words, nor names (Latvian surnames end in "-itis": "Rudzitis").
_NOT_SUFFIX_TERMS = (
    frozenset({"analitis", "diagnosis", "prognosis", "hipnosis", "hypnosis", "osmosis"})
    | frozenset({"misdiagnosis", "dikotomi", "dichotomy", "mikroskopi", "microscopy", "kuwaitis"})
    | frozenset({"simbiosis", "symbiosis", "metamorfosis", "metamorphosis", "mitosis", "meiosis"})
    | frozenset({"academia", "akademia", "bohemia", "homeopati", "homeopathy", "naturopathy"})
    | frozenset({"kolesterol", "cholesterol", "magazine", "mazagine", "wolverine"})
    | words("surnames.txt")
    | words("foreign_names.txt")
    | words("given_names.txt")
)


def _term_matches(text: str) -> list[re.Match[str]]:
    """The terms in ``text``, left to right, the longest at each position, not overlapping."""
    matches = []
    end = 0
    for word in _WORD.finditer(text):
        if word.start() < end:
            continue
        lowered = word.group().lower()
        pattern = _TERMS_BY_FIRST_WORD.get(lowered)
        if pattern is None and lowered.endswith(_WORD_ENDINGS):
            pattern = next(
                (
                    stem_pattern
                    for ending in _WORD_ENDINGS
                    if lowered.endswith(ending)
                    # a plural of a longer English stem ("antidepressants", "migraines"), not an
                    # Indonesian profession ("fisioterapis")
                    and (
                        ending[-1] != "s"
                        or (
                            len(lowered) - len(ending) >= 6
                            and lowered[-len(ending) - 1] not in "aiou"
                        )
                    )
                    and (stem_pattern := _TERMS_BY_FIRST_WORD.get(lowered[: -len(ending)]))
                ),
                None,
            )
        match = pattern.match(text, word.start()) if pattern is not None else None
        if (
            match is None
            and len(lowered) > 6
            and lowered.endswith(_TERM_ENDINGS)
            and lowered not in _NOT_SUFFIX_TERMS
            and not (word.group()[0].isupper() and _PLACE_BEFORE.right_before(text, word.start()))
        ):
            match = _SUFFIX_TERM.fullmatch(text, word.start(), word.end()) or (
                _DRUG_TERM.fullmatch(text, word.start(), word.end())
            )
        if match is not None and _institution_before(text, match.start()):
            end = match.end()
            continue
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


# The endings above as plain strings: a cheap test before the patterns.
_TERM_ENDINGS = tuple(
    ending
    for pattern in (_SUFFIX_TERM, _DRUG_SUFFIX)
    for group in re.findall(r"\(\?:([a-z|\[\]]+)\)", pattern.pattern)
    for alternative in group.split("|")
    for ending in (
        [vowel + alternative[6:] for vowel in "aiou"]
        if alternative.startswith("[aiou]")
        else [alternative]
    )
    if alternative and "[" not in ending
) + ("osis",)
_DRUG_TERM = re.compile(r"(?P<term>" + _DRUG_SUFFIX.pattern + r")(?![\w-])", re.IGNORECASE)
# A health word in the name of a hospital, a clinic or a foundation is nobody's: "Rumah Sakit
# Mata Aini", "RS Jantung Harapan Kita", "Yayasan Stroke Indonesia", "Klinik Kulit".
_INSTITUTION = Keywords(
    "rumah", "rs", "rsu", "rsud", "rsia", "rsj", "yayasan", "klinik", "poli", "poliklinik",
    "komunitas", "foundation", "society", "association", "asosiasi", "perhimpunan", "persatuan",
)  # fmt: skip


# A name that only looks like a condition, after the kind of place it names: "Pantai
# Parangtritis", "Desa Sukamiskinitis".
_PLACE_BEFORE = Keywords(
    "pantai", "jl", "jln", "jalan", "gg", "gang", "desa", "ds", "kampung", "dusun", "dsn",
    "gunung", "pulau", "kota", "kec", "kecamatan", "kel", "kelurahan", "hotel", "villa", "candi",
    "danau", "teluk", "tanjung", "bukit", "pura", "masjid", "museum", "beach", "street",
)  # fmt: skip


def _institution_before(text: str, start: int) -> bool:
    if not _INSTITUTION.right_before(text, start):
        return False
    before = text[max(0, start - 8) : start].lower().split()
    # "rumah" names a hospital only before "sakit": "rumah sakit mata"
    return not before or before[-1] != "rumah" or text[start : start + 5].lower() == "sakit"
