"""The clean-up of other recognizers' PERSON results, and more mentions of names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from redaction.entities import Entity
from redaction.recognizers.context import Keywords
from redaction.recognizers.finance import BANKS, BANKS_ABROAD
from redaction.recognizers.months import FULL_MONTHS, MONTH_NUMBERS
from redaction.recognizers.names.cued import (
    FIELD_LABEL_AFTER,
    first_score,
    grandparent_title,
    team_name,
)
from redaction.recognizers.names.cues import Cue, cue_positions
from redaction.recognizers.names.organisations import (
    PLACE_LABEL_BEFORE,
    after_business_honorific,
    after_org_word,
    in_organisation,
    named_place,
    org_word_after,
    place_after_preposition,
)
from redaction.recognizers.names.parts import (
    BALINESE_ORDER,
    PARTICLES,
    PATRONYMIC_PARTICLES,
    patronymic,
)
from redaction.recognizers.names.recognizer import PERSON, find_names
from redaction.recognizers.names.tokens import (
    SENTENCE_GAP,
    NameSpan,
    Token,
    glued_to_digit,
    joined,
    sentence_start,
    tokens,
)
from redaction.recognizers.names.uncued import CODE_BEFORE, COMPOUND_AFTER
from redaction.recognizers.names.vocabulary import (
    COMMON,
    ENGLISH_WORDS,
    FAMILY_NAMES,
    FOREIGN_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    LEXICON,
    NAMES,
    PLACES,
    STOPWORDS,
    blocked,
    dictionary_word,
    english_word,
    is_sure_name,
    name_evidence,
    name_shaped,
)

# A pet's name is no person's: "kucing sy Mochi", "2 anjing: Bruno (golden) & Cici".
_ANIMAL_BEFORE = re.compile(
    r"\b(?:kucing|kucingku|anjing|anjingku|kitten|puppy|cat|dog|kelinci|hamster|burung|anabul"
    r"|peliharaan|pet)\b(?:[^.!?\n]{0,20}?[ \t:,&(]|[ \t]+"
    # further on, with what names it: "dog, brown mixed breed named Coco"
    r"|[^.!?\n]{0,40}?\b(?:named|called|bernama|namanya)[ \t]+)\Z",
    re.IGNORECASE,
)


def _after_animal(text: str, start: int) -> bool:
    return _ANIMAL_BEFORE.search(text, max(0, start - 70), start) is not None


# A product in an order: after its quantity ("2x Large Pepperoni", "3 pcs Garlic Bread"),
# before its size or dose, maybe after more words of its name ("Tumbler Stanley 887ml",
# "Prenagen Mommy Coklat 400g", "Folamil Genio 30 kapsul", "Lacto-B isi 10 sachet"), or before
# its model's code ("Sony WH-1000XM5", "Philips Air Fryer HD9252").
_QUANTITY_BEFORE = re.compile(
    r"(?<![\w.,])\d{1,3}[ \t]?(?:x|pcs|pc|buah|bh|porsi|pack|box|botol|lusin)[ \t]+\Z",
    re.IGNORECASE,
)
_PRODUCT_NAME_WORDS = r"(?:[ \t]+[A-Z][a-z]+){0,3}"
_SIZE_AFTER = re.compile(
    rf"(?:-\w+)?{_PRODUCT_NAME_WORDS}[ \t]+(?:isi[ \t]+)?\d+(?:[.,]\d+)?(?:[ \t]?"
    r"(?i:ml|gb|tb|mah|inch|watt|liter|ltr|mg|mcg|kapsul|kaplet|tablet|sachet)|(?i:gr?|gram))\b"
)  # (grams glued to the number: "titip Rina 500 gram gula" is a person's errand)
# (at most five digits: "Marco Rossi YA1234567" gives a passport)
_MODEL_AFTER = re.compile(
    rf"{_PRODUCT_NAME_WORDS}[ \t]+[A-Z]{{1,4}}-?\d{{3,5}}(?:[A-Z]{{1,3}}\d?)?\b"
)


# A package's tier: "MCU paket Basic", "Medical Check Up Basic", "membership Gold".
_TIER_BEFORE = re.compile(
    r"\b(?i:paket|package|plan|tipe|type|kelas|class|member|membership|check[ -]?up|mcu"
    r"|layanan|tier|level)[ \t]+\Z"
)
_TIERS = frozenset(
    {
        "basic", "standard", "premium", "gold", "silver", "platinum", "plus", "pro", "lite",
        "deluxe", "executive", "regular", "reguler", "ultimate", "starter", "advance",
        "advanced", "complete", "vip", "diamond",
    }
)  # fmt: skip


def _product(text: str, entity: Entity) -> bool:
    return entity.type == PERSON and (
        _QUANTITY_BEFORE.search(text, max(0, entity.start - 12), entity.start) is not None
        or _SIZE_AFTER.match(text, entity.end) is not None
        or _MODEL_AFTER.match(text, entity.end) is not None
        or (
            text[entity.start : entity.end].lower() in _TIERS
            and _TIER_BEFORE.search(text, max(0, entity.start - 14), entity.start) is not None
        )
    )


_MENTION_SCORE = 0.6
# The score from which a name found after a cue is sure enough to look for its other mentions.
_CUED_SCORE = 0.8
# A second name joined to a found one: "Ethan & Lily", "Waters dan Gilmour".
_JOINED_NAME = re.compile(r"[ \t]*(?:&|dan|and|serta|atau|or|sama|ama|sm|dgn)[ \t]+")
# A word joined before a found name: "Aryo & Maharani", "tono sama rudi".
_JOINED_BEFORE = re.compile(
    r"(?<![\w.])(?P<name>[A-Za-z][a-z]{2,})[ \t]*(?:&|dan|and|sama|ama|sm)[ \t]+\Z"
)


def clean_person_entities(
    text: str, entities: list[Entity], sure: Iterable[Entity] = ()
) -> list[Entity]:
    """Trim and drop PERSON results that are not names (mostly spaCy's on Indonesian words).

    This package's own names are kept as found, the ``sure`` ones whole (``_sure_name``).
    Any other PERSON span is cut into runs of words that can be part of a name (no
    honorific, Indonesian word, stopword, place or organisation word; no punctuation
    between them); a run is kept if it has name evidence, or is capitalised and not only
    ambiguous names and places, or follows a cue. PERSON spans overlapping an ADDRESS or
    MEDICAL, and runs after an organisation word ("Toko Sinar Jaya") or a birthplace label
    are dropped.
    """
    # a PERSON over an address or a medication ("Sertraline 50 mg") is not a name
    addresses = [e for e in entities if e.type in ("ADDRESS", "MEDICAL")]
    # (a product is looked for in the raw span, "2x Large Pepperoni", and in the names kept,
    # which may have grown to "Tumbler Stanley" from "Stanley 887ml")
    entities = [
        e
        for e in entities
        if e.type != PERSON or not (_after_animal(text, e.start) or _product(text, e))
    ]
    own_spans = find_names(text)
    own = {(s.start, s.end) for s in own_spans}
    sure_spans = {(s.start, s.end) for s in sure}
    cues: dict[int, Cue] | None = None
    result: list[Entity] = []
    for entity in entities:
        if entity.type != PERSON:
            result.append(entity)
            continue
        if any(entity.overlaps(a) for a in addresses):
            continue
        if (entity.start, entity.end) in own:
            result.append(entity)
            continue
        if (entity.start, entity.end) in sure_spans:
            name = _sure_name(text, entity)
            if name is not None:
                result.append(name)
                continue
        for run in _name_runs(text, entity.start, entity.end):
            start = run[0].start
            if any(s.start <= start and run[-1].end <= s.end for s in own_spans):
                continue  # part of this package's longer name: "Kwee Liang Hwa"
            if (
                after_org_word(text, start)
                or _business_with_month(text, start)
                or PLACE_LABEL_BEFORE.right_before(text, start)
                or in_organisation(text, start, run[-1].end)
                or named_place(text, start, run[-1].end)
            ):
                continue
            if (
                len(run) == 1
                and FIELD_LABEL_AFTER.match(text, run[0].end)
                and not is_sure_name(run[0].text)
            ):
                continue  # a form's field label: "Passport:", "Ringkasan:", "Card no:"
            if len(run) <= 2 and team_name(run, dictionary=True):
                continue  # "Master", "Upgrade", "Building Management", "HR Department"
            if english_word(run[0]) and not any(name_evidence(t) for t in run[1:]):
                continue  # a word before names that are words too: "Batch Juli", "Yamaha Putra"
            if place_after_preposition(text, run):
                continue  # "kiriman dari Enrekang"
            if COMPOUND_AFTER.match(text, run[-1].end):
                continue  # the first half of a compound word: "Drop-off", "Check-in"
            if run[0].all_caps and CODE_BEFORE.search(text, max(0, start - 30), start):
                continue  # a promo or voucher code: "pakai kode HEMATJUNI"
            if _bank_code(text, run):
                continue  # "Maybank MBBEMYKL", "SWIFT code BNI. BNINIDJA"
            if not _has_evidence(run):
                if cues is None:
                    cues = cue_positions(text)
                if start not in cues or first_score(run[0], cues[start]) is None:
                    continue
            result.append(Entity(PERSON, start, run[-1].end, entity.score))
    result = _with_swallowed_names(text, result, addresses)
    found = [_whole_name(text, e) for e in result + _more_mentions(text, result)]
    return [
        e
        for e in found
        if not (
            _date_word(text, e)
            or _product(text, e)
            or _javanese_greeting(text, e)
            or _prayer_time(text, e)
            or _bank_abroad(text, e)
            or grandparent_title(text, e.start, e.end)
        )
    ]


def _bank_abroad(text: str, entity: Entity) -> bool:
    """Whether a PERSON result is a bank abroad named like a person: "gaji masuk ke Al Rajhi"."""
    words = " ".join(text[entity.start : entity.end].lower().split())
    return entity.type == PERSON and words in BANKS_ABROAD


# A time told by a prayer: "ba'da Dzuhur", "Waktu: Ba'da Isya", "setelah sholat Ashar".
_AFTER_PRAYER = r"ba['’]?da|bakda"
_PRAYERS = r"subuh|shubuh|dzuhur|zuhur|dhuhur|duhur|lohor|ashar|asar|maghrib|magrib|isya|isha"
_PRAYER_TIME = re.compile(rf"(?i:(?:{_AFTER_PRAYER})(?:[ \t]+(?:{_PRAYERS}))?|(?:{_PRAYERS}))\Z")
_PRAYER_TIME_BEFORE = re.compile(
    rf"(?i:\b(?:{_AFTER_PRAYER}|sebelum|setelah|sesudah|habis|abis|sblm|stlh|sholat|shalat"
    r"|salat|solat|waktu|jam))[ \t]+\Z"
)


def _prayer_time(text: str, entity: Entity) -> bool:
    if entity.type != PERSON:
        return False
    words = text[entity.start : entity.end]
    if not _PRAYER_TIME.match(words):
        return False
    # (the prayer alone may be a name: "Pak Ashar Rahman")
    return words.lower().startswith("ba") or bool(
        _PRAYER_TIME_BEFORE.search(text, max(0, entity.start - 12), entity.start)
    )


# "Sugeng" is a given name, and the Javanese "good ..." of a greeting: "Sugeng enjing mbak"
# (Javanese times only: "Pak Sugeng sore ini datang").
_GREETING_AFTER = re.compile(r"[ \t]+(?i:enjing|injing|sonten|dalu|ndalu|rawuh|ambal[ \t]+warsa)\b")


def _javanese_greeting(text: str, entity: Entity) -> bool:
    return (
        entity.type == PERSON
        and text[entity.start : entity.start + 6].lower() == "sugeng"
        and _GREETING_AFTER.match(text, entity.start + 6) is not None
    )


# A bank's SWIFT (BIC) code: four letters of the bank, a country's two, two of the place and
# maybe three of the branch, after the bank or a SWIFT word.
_BIC = re.compile(
    r"[A-Z]{4}(?:ID|MY|SG|HK|JP|KR|TW|CN|AU|US|GB|NL|DE|FR|AE|SA|QA|TH|PH|VN|IN)[A-Z0-9]{2}"
    r"(?:[A-Z0-9]{3})?"
)
_BIC_WORDS = Keywords("swift", "bic", *BANKS, r"\p{L}{3,}bank")
_BIC_WINDOW = 40


def _bank_code(text: str, run: list[Token]) -> bool:
    return any(_BIC.fullmatch(t.text) for t in run) and _BIC_WORDS.before(
        text, run[-1].end, window=run[-1].end - run[0].start + _BIC_WINDOW
    )


# A month's name next to a day's number is a date's: "Kamis 30 Mei", "arrival Oct 14"; so is
# a weekday's.
_DAY_BEFORE = re.compile(r"(?<![\d.,:/])\d{1,2}[ \t]+\Z")
_DAY_AFTER = re.compile(
    r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\d.:/]|[ \t]*(?:orang|org|people|pax|pcs|x\b))"
)


# An English weekday is never a name here: "check-in Sat 5 Oct", "arrival Fri night".
_WEEKDAYS = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "monday", "tuesday"}
    | {"wednesday", "thursday", "friday", "saturday", "sunday"}
)


# A business named with a month's word after its own: "Bakpia Mei Ling", "Toko Juni Jaya".
_MONTH_WORD_BEFORE = re.compile(r"(?<![\w.])(\w+)[ \t]+\Z")


def _business_with_month(text: str, start: int) -> bool:
    before = _MONTH_WORD_BEFORE.search(text, max(0, start - 16), start)
    return (
        before is not None
        and before.group(1).lower() in MONTH_NUMBERS
        and after_org_word(text, before.start())
    )


def _date_word(text: str, entity: Entity) -> bool:
    """Whether a PERSON result is a weekday, or a month next to its day's number."""
    if entity.type != PERSON:
        return False
    lower = text[entity.start : entity.end].lower()
    if lower in _WEEKDAYS:
        return True
    if lower not in MONTH_NUMBERS:
        return False
    return (
        _DAY_BEFORE.search(text, max(0, entity.start - 4), entity.start) is not None
        or _DAY_AFTER.match(text, entity.end) is not None
    )


# A name ending in an initial, or opening with a shortened given name, keeps its dot
# ("Penerima: Nadia P., benar?", "Kepala keluarga Moch. Ilham", Catholic baptismal names:
# "STNK a.n. Ign. Yoga Prasetya", "Yoh. Wibisono", "FX. Hadi").
_INITIAL_AT_END = re.compile(
    r"(?<![\w.])(?:[A-Z]|Moch|Moh|Muh|Mhd|Mochd|Abd|Ach|Achm|Ign|Yoh|Fr|Th|Chr|Ag|FX|Fx)\Z"
)
# A bank shows a payee's name masked: "IRWAN S***".
_MASKED_REST = re.compile(r"\*+")
# A Balinese man's "I" before his birth-order name belongs to the name ("I WAYAN SUDARSANA").
_BALINESE_I_BEFORE = re.compile(r"(?<![\w.])I[ \t]+\Z")
# A Javanese or Balinese noble title is written as part of the name, on identity cards too
# ("Raden Ayu Kusumawardhani", "RADEN MAS SURYO").
_NOBLE_TITLE_BEFORE = re.compile(
    r"(?<![\w.])(?:(?i:raden)(?:[ \t]+(?i:ayu|mas|ajeng|roro|rara|bagus|ngabehi))?"
    # ... and Balinese ones: "Anak Agung Sri Wahyuni", "Ida Bagus Putu", "Cokorda Gede"
    r"|(?i:anak[ \t]+agung|ida[ \t]+bagus|ida[ \t]+ayu|cokorda|tjokorda))[ \t]+\Z"
)
# ... its first word alone where the second is also a given name ("Anak Agung Gede Wirawan"),
# capitalised ("anak Agung" is a child).
_TITLE_SECOND_WORDS = frozenset({"agung", "bagus", "ayu"})
_TITLE_FIRST_WORD_BEFORE = re.compile(r"(?<![\w.])(?:Anak|ANAK|Ida|IDA)[ \t]+\Z")
# The father's name after "bin", "binti", "br." or "boru" belongs to the name even where a
# finder stopped before the particle ("Bapak H. Abdul Karim bin Sulaiman, warga ...").
_PATRONYM_AFTER = re.compile(
    r"[ \t]+(?i:bin|binti|br\.?|boru)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}"
)


def _whole_name(text: str, entity: Entity) -> Entity:
    """A name with the parts a finder may leave out: a final initial's dot, a masked rest, a
    Balinese "I", a noble title, the father's name after a patronymic particle."""
    if entity.type != PERSON:
        return entity
    start, end = entity.start, entity.end
    if text[end : end + 1] == "." and _INITIAL_AT_END.search(text, start, end):
        end += 1
    elif (masked := _MASKED_REST.match(text, end)) and text[end - 1].isalpha():
        end = masked.end()
    elif patronym := _PATRONYM_AFTER.match(text, end):
        end = patronym.end()
    first = text[start:end].split(maxsplit=1)[0].lower()
    if first in BALINESE_ORDER and (
        prefix := _BALINESE_I_BEFORE.search(text, max(0, start - 4), start)
    ):
        start = prefix.start()
    elif title := _NOBLE_TITLE_BEFORE.search(text, max(0, start - 20), start):
        start = title.start()
    elif first in _TITLE_SECOND_WORDS and (
        title := _TITLE_FIRST_WORD_BEFORE.search(text, max(0, start - 8), start)
    ):
        start = title.start()  # a finder took the title's second word for a given name
    return (
        entity
        if (start, end) == (entity.start, entity.end)
        else Entity(PERSON, start, end, entity.score)
    )


def _sure_name(text: str, entity: Entity) -> Entity | None:
    """A name the statistical tagger is sure of, whole but for the address forms and
    particles before it ("Tn. Hasan Basri", "boru Tobing"); None where it is a business's
    or a place's, runs over lines, or has only ordinary words (the runs then decide)."""
    words = tokens(text, entity.start, entity.end)
    while words and (words[0].lower in HONORIFICS or words[0].lower in PATRONYMIC_PARTICLES):
        words = words[1:]
    if not words or all(blocked(t) or english_word(t) for t in words):
        return None
    start, end = words[0].start, words[-1].end
    if (
        "\n" in text[start:end]
        or after_org_word(text, start)
        or PLACE_LABEL_BEFORE.right_before(text, start)
        or in_organisation(text, start, end)
    ):
        return None
    return Entity(PERSON, start, end, entity.score)


def _with_swallowed_names(text: str, kept: list[Entity], others: list[Entity]) -> list[Entity]:
    """``kept`` with this package's names that a longer spaCy PERSON swallowed (Presidio drops
    a span inside a same-type span of a higher score) when that span was then dropped or
    trimmed away: "dari Tono warga Gg. ..." over an address, "Acil kejang" over a symptom;
    or trimmed before a hyphenated given name: "aku Kim Dong-hyun bilang" to "Kim" ("dong" is
    a chat word)."""
    result = list(kept)
    for span in find_names(text):
        inside = [
            e for e in result if e.type == PERSON and e.start < span.end and span.start < e.end
        ]
        if inside and not _cut_before_hyphenated(text, span, inside):
            continue
        if any(o.start < span.end and span.start < o.end for o in others):
            continue
        if _after_animal(text, span.start):
            continue
        result = [e for e in result if e not in inside]
        result.append(Entity(PERSON, span.start, span.end, span.score))
    return result


def _cut_before_hyphenated(text: str, span: NameSpan, inside: list[Entity]) -> bool:
    """Whether the names kept inside a name found here are its start, cut before a hyphenated
    given name ("Kim" of "Kim Dong-hyun")."""
    end = max(e.end for e in inside)
    rest = text[end : span.end]
    return (
        all(e.start == span.start for e in inside)
        and end < span.end
        and "-" in rest
        and " " not in rest.strip()
    )


def _more_mentions(text: str, entities: list[Entity]) -> list[Entity]:
    """Names joined to a found name ("Ethan & Lily", "Budi dan Rina"), and the other mentions
    of a found name's words in the same text ("Koshi Inaba ... Inaba yang ...")."""
    persons = [e for e in entities if e.type == PERSON]
    if not persons:
        return []
    taken = sorted((e.start, e.end) for e in entities)
    added: list[Entity] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken) and not any(
            a.start < end and start < a.end for a in added
        )

    known = set()
    for person in persons:
        words_in = tokens(text, person.start, person.end)
        for token in words_in:
            # a word of a two-word name, a name with evidence, or a name that is also a word
            # after a sure cue ("anak sy Melati ... ulang tahun Melati") is the same person
            if _mention_word(token) and (
                len(words_in) >= 2
                or name_evidence(token)
                or token.lower not in NAMES  # an unknown word is no ordinary word
                or person.score >= _CUED_SCORE
            ):
                known.add(token.text)
        before = _JOINED_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before is not None and free(before.start("name"), before.end("name")):
            token = tokens(text, before.start("name"), before.end("name"))[0]
            if not token.capitalised:
                # a lower-case name before a lower-case one: "tono sama rudi"
                if is_sure_name(token.text) and not text[person.start].isupper():
                    added.append(Entity(PERSON, token.start, token.end, _MENTION_SCORE))
            elif (
                len(token.text) >= 3
                and not token.all_caps
                and not blocked(token, shapes=False)
                and not english_word(token)
                and (
                    token.lower in NAMES
                    or token.lower in FOREIGN_NAMES
                    or name_shaped(token)
                    or SENTENCE_GAP.search(text[max(0, token.start - 3) : token.start]) is None
                    and token.start > 0
                )
            ):
                added.append(Entity(PERSON, token.start, token.end, _MENTION_SCORE))
        conjunction = _JOINED_NAME.match(text, person.end)
        if conjunction is not None:
            toks = tokens(text, conjunction.end(), min(len(text), conjunction.end() + 40))
            run = []
            for token in toks:
                if run and not joined(text, run[-1], token):
                    break
                lower_name = (
                    not token.capitalised
                    and not text[person.start].isupper()
                    and is_sure_name(token.text)
                )  # "atas nama thomas aquino & bernadeta"
                if not lower_name and (
                    not token.capitalised or token.all_caps or blocked(token, shapes=False)
                ):
                    break
                run.append(token)
            if (
                run
                and run[0].start == conjunction.end()
                and len(run[0].text) >= 3
                and free(run[0].start, run[-1].end)
            ):
                added.append(Entity(PERSON, run[0].start, run[-1].end, _MENTION_SCORE))
    if known:
        lower_known = {w.lower() for w in known if _plain_lower_mention(w.lower())}
        toks = tokens(text)
        for k, token in enumerate(toks):
            if (
                (token.text in known or token.text in lower_known)
                and free(token.start, token.end)
                # the owner's name again in the business's: "Wisma Melati ... bu Melati",
                # "a.n Maya Angelina ... akun toko a.n Maya Collection", "Toko Bu Endang"
                and not after_org_word(text, token.start)
                and not org_word_after(text, token.start, token.end)
                and not after_business_honorific(text, token.start, token.end)
                # a name that is also a month's, opening a sentence: "Bu Mei ... Mei nanti"
                and not (token.lower in FULL_MONTHS and sentence_start(text, toks, k))
            ):
                added.append(Entity(PERSON, token.start, token.end, _MENTION_SCORE))
    return added


def _plain_lower_mention(lower: str) -> bool:
    """Whether a found name may come back in lower case ("Pak Joko ... joko bawa kunci"):
    only when that lower-case word is no ordinary word ("Bu Indah ... indah sekali")."""
    return (
        len(lower) >= 4
        and lower not in COMMON
        and lower not in LEXICON
        and lower not in STOPWORDS
        and lower not in ENGLISH_WORDS
        and lower not in FAMILY_NAMES  # a clan or family named in lower case: "marga lubis"
    )


def _mention_word(token: Token) -> bool:
    return (
        len(token.text) >= 3
        and token.capitalised
        and not token.all_caps
        and token.lower not in HONORIFICS
        and not blocked(token)
        and not english_word(token)
    )


# Formal words for a child or a sibling before their name, names only when capitalised:
# "khitanan ananda Rafa", "adinda Salsa".
_LOWER_CASE_TITLES = frozenset({"ananda", "adinda", "kakanda"})


def _name_runs(text: str, start: int, end: int) -> list[list[Token]]:
    """Runs of joined, unblocked words in ``text[start:end]``. A lower-case function word
    that is also a name ends a run: "Keisha hari ini" ("Hari" is a name)."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in tokens(text, start, end):
        if (
            blocked(token)
            or (token.initial and not run)
            or (len(token.text) == 1 and not token.capitalised)  # "a.n Theo": "n"
            or (not token.capitalised and token.lower in _LOWER_CASE_TITLES)
            or glued_to_digit(text, token)
            or (not token.capitalised and token.lower in FUNCTION_WORDS)
            or (not run and token.lower in PATRONYMIC_PARTICLES)  # "atas nama boru tobing"
        ):
            run = []
            continue
        if run and not joined(text, run[-1], token):
            run = []
        if run and run[-1].capitalised and not token.capitalised and token.lower not in PARTICLES:
            run = []  # a lower-case word after a name: "Warsini tkw", "Johan nebeng"
        if run and not run[-1].all_caps and token.all_caps and len(token.text) <= 4:
            run = []  # an acronym or a degree after a name: "Linda Halim SH"
        if not run:
            runs.append(run)
        run.append(token)
    return runs


def _has_evidence(run: list[Token]) -> bool:
    """Whether a run of words is a name without a cue before it."""
    if all(dictionary_word(t) for t in run):
        return False  # "Jarak 2,4 km", "Deposit Rp 1.000.000"
    if any(name_evidence(t) for t in run):
        return True
    if patronymic(run):
        return True  # "Rukayah binti Saman", "Rosmaida br Sitompul"
    if len(run) == 1 and not any(ch in "aeiouy" for ch in run[0].lower):
        return False  # a chat abbreviation opening a sentence: "Jgn lupa", "Tdk bisa"
    if not all(t.capitalised for t in run):
        return False
    if " ".join(t.lower for t in run) in PLACES:
        return False
    if all(t.initial or (t.all_caps and len(t.text) <= 5) for t in run):
        return False  # acronyms and codes: "NIK", "JNE", "PTKP K", "KTR-MTR"
    # Only ambiguous names and places ("Sari", "Indah Jaya", "Bandung"): needs a cue.
    return not all(t.lower in NAMES or t.lower in PLACES for t in run)
