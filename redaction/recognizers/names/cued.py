"""Names after a cue: the score of the first word and the words that continue it."""

from __future__ import annotations

import re

from redaction.recognizers.names.cues import (
    BARE_LINE_TIME,
    CHAT_LINE_TIME,
    SCORES,
    STRONG_CUES,
    Cue,
)
from redaction.recognizers.names.organisations import in_business_name, in_organisation
from redaction.recognizers.names.parts import (
    CHINESE_FAMILY_NAMES,
    PARTICLES,
    chinese_given_names,
    particle_at,
)
from redaction.recognizers.names.tokens import (
    LINE_END,
    MAX_FORM_VALUE_TOKENS,
    MAX_NAME_TOKENS,
    NameSpan,
    Token,
    joined,
)
from redaction.recognizers.names.vocabulary import (
    AFFIXED_WORD,
    COMMON,
    FOREIGN_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    LEXICON,
    MEDICINES,
    NAMES,
    ORG_WORDS,
    PLACES,
    STOPWORDS,
    ambiguous,
    blocked,
    derived_noun,
    dictionary_word,
    english_word,
    foreign_name,
    is_sure_name,
    possible_unknown_name,
    prefixed_word,
    with_enclitic,
)

_CHAT_LINE_TIME_BEFORE = re.compile(CHAT_LINE_TIME + r"\Z", re.MULTILINE)
_BARE_LINE_TIME_BEFORE = re.compile(BARE_LINE_TIME + r"\Z", re.MULTILINE)
# A form's field label after a word: "Passport:", "Card no:".
FIELD_LABEL_AFTER = re.compile(r"[ \t]*(?:no\.?|number|nomor|#)?[ \t]*:")
_SELF_PRONOUNS = frozenset({"saya", "sy", "aku", "aq", "gue", "gw", "gua", "abdi"})


def first_score(token: Token, cue: Cue | None) -> float | None:
    """Score of a name starting with ``token`` after ``cue`` (None: not a name)."""
    if (
        cue in STRONG_CUES
        and token.capitalised
        and token.lower in CHINESE_FAMILY_NAMES
        and token.lower not in HONORIFICS  # ("Koh Aming": an elder brother)
    ):
        return SCORES[cue][3]  # "a.n. Wong Ka Yee": a family name first ("wong" is a word too)
    if cue is None or token.initial or blocked(token) or token.lower in STOPWORDS:
        return None
    if not token.capitalised and (token.lower in PARTICLES or token.lower in _SELF_PRONOUNS):
        return None  # "Opung boru ...", "Akang abdi" (my brother)
    sure, ambiguous_cap, ambiguous_lower, unknown_cap, unknown_lower = SCORES[cue]
    lower = token.lower
    if lower in NAMES:
        if not ambiguous(lower):
            return sure
        return ambiguous_cap if token.capitalised else ambiguous_lower
    if foreign_name_word(token) and token.lower not in PLACES:
        # "temen sy jonas di jerman", "ask for rosa at the gate", "IBAN yg dari Jonas"
        return ambiguous_cap if token.capitalised else ambiguous_lower
    if token.capitalised:
        if (cue is Cue.SELF or token.all_caps) and english_word(token):
            return None  # "I'm Happy", "- IT Support", "Reimburse to: IBAN ..."
        # A short all-caps word after a weak cue is an acronym ("dari JNE").
        if token.all_caps and len(token.text) <= 4 and cue not in STRONG_CUES:
            return None
        return unknown_cap
    if cue is Cue.HONORIFIC and dictionary_word(token):
        return None  # "kak booking ...", "Mas internet kantor mati"
    return unknown_lower if possible_unknown_name(token) else None


def _fits_after(first: Token, token: Token, cue: Cue) -> bool:
    """Whether ``token`` continues a name (found after ``cue``) that began with ``first``."""
    if token.initial:
        return first.capitalised
    if token.all_caps and len(token.text) <= 5 and not first.all_caps:
        return False  # an acronym after a name: "Naufal ADHD", "Budi BCA"
    if token.capitalised and token.lower in CHINESE_FAMILY_NAMES and known_first_name(first):
        return True  # "Rachel Wong" ("wong" is also a Javanese word)
    # After a known first name, a capitalised surname may look affixed ("Klaus Bergmann").
    if blocked(token, shapes=not (known_first_name(first) and token.capitalised)):
        return False
    lower = token.lower
    if first.all_caps and len(first.text) > 1 and token.capitalised and not token.all_caps:
        return False  # a name in capitals, then the next field's label: "NAKAMURA  Given names"
    if token.capitalised:
        return first.capitalised or lower in NAMES or cue in STRONG_CUES
    if first.capitalised:
        return False
    # A lower-case name ("rina", "siti nur aisyah"): more gazetteer names, or any
    # word that could be a name after a strong cue ("nama saya yuyun sulastri").
    if lower in NAMES:
        return is_sure_name(lower) or cue in (*STRONG_CUES, Cue.HONORIFIC, Cue.RELATION, Cue.LABEL)
    return cue in STRONG_CUES and possible_unknown_name(token)


def foreign_name_word(token: Token) -> bool:
    """A word of the foreign name lists that no dictionary holds ("jonas", "mikhaela")."""
    return (
        token.lower in FOREIGN_NAMES
        and not dictionary_word(token)
        and possible_unknown_name(token)  # not "maks" (at most): two vowels at least
    )


def known_first_name(token: Token) -> bool:
    """A sure name or a capitalised foreign name: a surname after it may look like an
    affixed Indonesian word ("Annika Bergmann", "Yohanes Berchmans")."""
    return is_sure_name(token.text) or foreign_name(token)


def name_after_cue(text: str, toks: list[Token], i: int, cue: Cue) -> NameSpan | None:
    """The name that starts at ``toks[i]`` right after ``cue``, if there is one."""
    if cue is Cue.HONORIFIC and grandparent_title(text, toks[i].start, toks[i].end):
        return None
    if cue is Cue.FORM:
        span = _form_value(text, toks, i)
        if span is not None:
            return span
    score = first_score(toks[i], cue)
    if score is None and cue is Cue.SELF and _introduced(text, toks, i):
        score = _INTRODUCED_SCORE
    if (
        score is None
        and cue is Cue.HONORIFIC
        and (_rare_word_name(text, toks, i) or _surname_after_title(toks, i))
    ):
        score = _RARE_WORD_NAME_SCORE
    if score is None and cue is Cue.LABEL and _introduced(text, toks, i, label=True):
        score = _INTRODUCED_SCORE  # "... plat DD 5612 XM nama ical"
    if score is None and cue is Cue.SELF and _lower_full_name(text, toks, i):
        return NameSpan(toks[i].start, toks[i + 1].end, _INTRODUCED_SCORE)
    if score is None or (toks[i].text == "hari" and _DAY_AFTER.match(text, toks[i].end)):
        return None  # (a day: "dijemput Bapak/Ibu hari ini")
    end = i + 1
    while end < len(toks) and end - i < MAX_NAME_TOKENS:
        if particle_at(text, toks, end):
            end += 2
        elif joined(text, toks[end - 1], toks[end]) and _fits_after(toks[i], toks[end], cue):
            end += 1
        else:
            break
    end = max(end, chinese_given_names(text, toks, i))
    if cue is Cue.FORM and toks[i].capitalised:
        end = _rest_of_form_line(text, toks, end)
        if any(t.capitalised and t.lower in ORG_WORDS for t in toks[i + 1 : end]):
            return None  # a place or a business: "for the driver: Alaya Resort, Jl. ..."
    elif in_organisation(text, toks[i].start, toks[end - 1].end):
        return None  # "a.n. Helvetia Trading AG"
    while end > i + 1 and toks[end - 1].initial and text.startswith("-", toks[end - 1].end):
        end -= 1  # a house's block after a name, not its initial: "Maya C-12:"
    if team_name(toks[i:end]) and (
        # (after an honorific or a title an English word may be a name: "om Gun", "Ms Price")
        cue is not Cue.HONORIFIC
        or any(t.lower in _TEAM_NOUNS or t.lower in ORG_WORDS for t in toks[i:end])
    ):
        # a team in a mail's header or after a role: "To: HR Department", "Staff Finance"
        return None
    if (
        end == i + 1
        and not is_sure_name(toks[i].text)
        and FIELD_LABEL_AFTER.match(text, toks[i].end)
        and not _speaker(text, toks, i, cue)
    ):
        return None  # a field label: "Pak. Ringkasan: ..."
    return NameSpan(toks[i].start, toks[end - 1].end, score)


# Javanese grandparents are told apart by sex, not named: "Eyang Putri", "mbah kakung".
_GRANDPARENT_BEFORE = re.compile(r"(?<![\w.])(?i:eyang|mbah|simbah|yang|nenek|kakek)[ \t]+\Z")
_GRANDPARENT_SEX = frozenset({"putri", "putra", "kakung", "kakong", "uti", "kung"})


def grandparent_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the second word of a grandparent's title."""
    return text[start:end].lower() in _GRANDPARENT_SEX and bool(
        _GRANDPARENT_BEFORE.search(text, max(0, start - 12), start)
    )


# Nouns that name a company's teams, which the English word list may not hold.
_TEAM_NOUNS = frozenset(
    {
        "department", "dept", "division", "divisi", "acquisition", "management", "team", "tim",
        "desk", "helpdesk", "office", "operations", "resources", "relations", "reservations",
        "recruitment", "payroll", "procurement", "purchasing", "accounting", "administration",
        "finance", "keuangan", "marketing", "sales", "logistics", "logistik", "legal",
        "compliance", "audit", "engineering", "support", "security", "housekeeping", "billing",
        "treasury", "personalia", "admissions", "reception",
    }
)  # fmt: skip


def team_name(run: list[Token], dictionary: bool = False) -> bool:
    """Words that name a team, not a person: English words and acronyms ("HR Department",
    "Talent Acquisition"); with ``dictionary``, any words of the large dictionaries too (for
    spans without a cue: after a form's label a name may be such a word, "Laksmi")."""

    def acronym(t: Token) -> bool:
        return (
            t.all_caps
            and len(t.text) <= 4
            and t.lower not in NAMES
            and t.lower not in FOREIGN_NAMES
        )

    def word(t: Token) -> bool:
        return (
            english_word(t)
            or t.lower in ORG_WORDS
            or t.lower in _TEAM_NOUNS
            or (dictionary and dictionary_word(t))
        )

    return not all(acronym(t) for t in run) and all(word(t) or acronym(t) for t in run)


def _speaker(text: str, toks: list[Token], i: int, cue: Cue) -> bool:
    """Whether ``toks[i]`` is a speaker's name in a chat log: after an honorific without a dot
    ("~ Bu Erlin: selamat ...") or after the time that opens its line ("[07.50] Lydia: ...")."""
    if cue is Cue.HONORIFIC and toks[i].capitalised and toks[i - 1].end == toks[i].start - 1:
        return True
    line_start = text.rfind("\n", 0, toks[i].start) + 1
    if _CHAT_LINE_TIME_BEFORE.search(text, line_start, toks[i].start):
        return True
    if not _BARE_LINE_TIME_BEFORE.search(text, line_start, toks[i].start):
        return False
    lines = re.compile(BARE_LINE_TIME + re.escape(toks[i].text) + r"[ \t]*:", re.MULTILINE)
    return len(lines.findall(text)) > 1


_DAY_AFTER = re.compile(r"[ \t]+(?:ini|itu|ke|h|libur|kerja|raya|\d)", re.IGNORECASE)
# What a speaker says after their own name: "ini nofri mau tanya", "aku jeje yg kemarin".
_INTRO_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:mau|mo|ingin|pengen|pgn)[ \t]+(?:tanya|nanya|tny|order|pesan|pesen"
    r"|beli|konfirmasi|izin|ijin|daftar|komplain|cancel|batal|bayar|ambil)"
    r"|(?:yg|yang)[ \t]+(?:kemarin|kemaren|kmrn|td|tadi|pesan|pesen|order|beli|tinggal|dr|dari"
    r"|di)\b"
    # a verb or a relation right after the name: "sy anyelir pesen kue", "sy rahayu istrinya"
    r"|(?:pesan|pesen|order|beli|booking|daftar|titip)\b"
    r"|(?:istri|suami|ibu|mama|mamah|bunda|anak|adik|adek|kakak|ortu)(?:nya)?[ \t]+"
    r"|(?:kmr|kamar|blok|unit)[ \t]*[A-Za-z]?\d"
    # where the speaker is from: "sy marcell dr Ray White"
    r"|(?:dr|dari)[ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_INTRODUCED_SCORE = 0.5
# Nothing but punctuation or emoji to the end of the message: "... yo, aku sekar 😁".
_MESSAGE_END = re.compile(r"(?:[^\w\s]|\s)*\Z")


def _introduced(text: str, toks: list[Token], i: int, *, label: bool = False) -> bool:
    """An unknown lower-case word after "saya"/"ini" (or, with ``label``, after "nama") that
    introduces the speaker, or a name that is also a word after "saya" ("sy ayu yg kmrn beli";
    but "ini bunga yg kemarin")."""
    token = toks[i]
    word_name = (
        token.lower in NAMES
        and token.lower not in FUNCTION_WORDS
        and i > 0
        and (label or toks[i - 1].lower in _SELF_PRONOUNS)
    )
    return (
        not token.capitalised
        and (token.lower not in NAMES or word_name)
        and not blocked(token)
        and not english_word(token)
        and not prefixed_word(token.lower)
        and possible_unknown_name(token)
        and (
            _INTRO_AFTER.match(text, token.end) is not None
            or ((label or token.lower in NAMES) and _MESSAGE_END.match(text, token.end))
        )
    )


_RARE_WORD_NAME_SCORE = 0.5


# Greetings that follow a word also used as an honorific: "Om Swastiastu" (Balinese).
_GREETING_WORDS = frozenset({"swastiastu", "swasti"})


def _rare_word_name(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word only the large dictionary knows, after an honorific: a short name
    that is also a rare word ("Kang Jaja", "Mbok Jum", "nama satpamnya pak Jaja")."""
    token, lower = toks[i], toks[i].lower
    return (
        i > 0
        and toks[i - 1].lower in HONORIFICS
        # a business's nickname for its owner: "Bengkel Jaya Motor Pak Kumis", "Sate Pak Kumis"
        and not in_business_name(text, toks[i - 1].start)
        and token.capitalised
        and not token.all_caps
        and len(lower) >= 3
        and lower in LEXICON
        and not english_word(token)
        and not any(lower in s for s in (COMMON, STOPWORDS, ORG_WORDS, PLACES, MEDICINES))
        and lower not in HONORIFICS
        and lower not in _GREETING_WORDS
        and AFFIXED_WORD.fullmatch(lower) is None
        and not with_enclitic(lower)
        and not derived_noun(lower)
        and not prefixed_word(lower)
    )


# English titles, always followed by a surname or a full name.
_ENGLISH_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "mister"})


def _surname_after_title(toks: list[Token], i: int) -> bool:
    """A capitalised word after an English title, even one that is also an Indonesian word
    or an honorific: "Ms. Wong", "Mr. Koh" (not "Mr. Right")."""
    token = toks[i]
    return (
        i > 0
        and toks[i - 1].lower in _ENGLISH_TITLES
        and token.capitalised
        and not token.all_caps
        and len(token.lower) >= 2
        and not english_word(token)
        and token.lower not in STOPWORDS
    )


def _lower_full_name(text: str, toks: list[Token], i: int) -> bool:
    """Two lower-case gazetteer names after "saya", both also words: "sy indah lestari"."""
    pair = toks[i : i + 2]
    return (
        len(pair) == 2
        and i > 0
        and toks[i - 1].lower in _SELF_PRONOUNS
        and joined(text, *pair)
        and all(
            not t.capitalised
            and t.lower in NAMES
            and t.lower not in STOPWORDS
            and t.lower not in HONORIFICS
            and t.lower not in FUNCTION_WORDS
            for t in pair
        )
    )


def _rest_of_form_line(text: str, toks: list[Token], end: int) -> int:
    """A form's name value runs to its line end if only capitalised words follow it there
    ("Nama: Andi Baso Tenri Angka": "Angka" is also a word)."""
    rest = end
    while (
        rest < len(toks)
        and rest < end + 3
        and toks[rest].capitalised
        and joined(text, toks[rest - 1], toks[rest])
    ):
        rest += 1
    if rest > end and LINE_END.match(text, toks[rest - 1].end):
        return rest
    return end


def _form_value(text: str, toks: list[Token], i: int) -> NameSpan | None:
    """An all-caps form value after a name label, up to the end of its line.

    Forms such as ID cards print names in capitals, and such a name may contain
    words that are ordinary words elsewhere ("DAN BROWN", "SUBUH HARI CAHYANTO").
    """
    while i < len(toks) and toks[i].lower in HONORIFICS:
        i += 1  # "Nama: DR. HASYIM" -> "HASYIM"
    end = i
    while end < len(toks) and toks[end].text.isupper() and end - i < MAX_FORM_VALUE_TOKENS:
        if end > i and not joined(text, toks[end - 1], toks[end]):
            break
        end += 1
    if end == i or not toks[i].all_caps or not LINE_END.match(text, toks[end - 1].end):
        return None
    return NameSpan(toks[i].start, toks[end - 1].end, SCORES[Cue.FORM][0])
