"""Names known by what surrounds a word: a greeting, a doing, a role, a sign-off."""

from __future__ import annotations

import re
from collections import Counter

from redaction.recognizers.context import digits
from redaction.recognizers.identifiers import is_kk, is_nik
from redaction.recognizers.names.cues import SIGNATURE_ROLE
from redaction.recognizers.names.parts import BALINESE_ORDER
from redaction.recognizers.names.tokens import NameSpan, Token, free
from redaction.recognizers.names.vocabulary import (
    ENGLISH_WORDS,
    FOREIGN_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    LEXICON,
    NAMES,
    PLACES,
    STOPWORDS,
    blocked,
    english_word,
    is_sure_name,
    possible_unknown_name,
)

_SIGN_OFF_SCORE = 0.5
# What may stand before a signature name at the end of a message: a sentence end, a line
# break, a dash, an emoji ("... alergi kali ya? 😣 dewi").
_SIGN_OFF_BEFORE = re.compile(r"(?:[.!?\n\-–—~]|[^\w\s\x00-\x7f])[ \t]*\Z")
# Before a signature that is no gazetteer name: a line break or an emoji only ("🙏 Anyi").
_SIGN_OFF_APART = re.compile(r"(?:\n|[^\w\s\x00-\x7f])[ \t]*\Z")
# What may follow a signature: a company's acronym, a role in brackets, a tenant's room
# ("SURYADI J&T", "Rina (CS)", "rosmini kmr 7"), then punctuation and emoji only.
_SIGN_OFF_AFTER = re.compile(
    r"(?:[ \t]*[,/\-–][ \t]*[A-Z][A-Z&]{1,3}|[ \t]+[A-Z][A-Z&]{1,3}|[ \t]*\([A-Za-z \t]{2,20}\)"
    r"|[ \t]*,?[ \t]*(?i:kmr|kamar|room|unit|blok|no)\.?[ \t]*[A-Za-z]?\d{1,4}[A-Za-z]?)?"
    r"(?:[\s.!]|[^\w\s\x00-\x7f])*"
)
# A greeting that addresses someone, then a comma or "!": "Hi Dan, ...", "Halo Melati!".
_GREETING_BEFORE = re.compile(
    r"(?i:\b(?:hi|hai|halo|hallo|hello|hey|dear|pagi|siang|sore|malam))[ \t]+\Z"
)
_ADDRESS_END = re.compile(r"[ \t]*[,!]")
# What only a person does, right after a name that is also a word: "Melati cuti ...",
# "Jaya udah izin", "Bunga bilang ...".
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:lagi|lg|sedang|sdg|udah|udh|sudah|sdh|mau|akan|baru|belum|blm|ga|gak"
    r"|nggak|tidak|td|tadi|kemarin|kmrn|barusan|juga|jg)[ \t]+)?"
    r"(?:cuti|izin|ijin|resign|bilang|blg|nanya|minta|melahirkan|lahiran|nikah|menikah"
    r"|opname|dirawat|telat|absen|wfh|sakit|pulang|datang|dateng|berangkat|bayar|transfer"
    r"|nelpon|telpon|ngomong|cerita|ngabarin|nanyain|meninggal"
    # a person's health: "Sekar alergi kepiting", "Intan demam dari semalam"
    r"|alergi|demam|pilek|batuk|muntah|mual|pingsan|kejang|hamil)\b",
    re.IGNORECASE,
)
# A person's role or department after a capitalised word: "Yohan bagian gudang",
# "Sisca (CS)", "Ferry dari divisi IT".
_ROLE_AFTER = re.compile(
    r"[ \t]*\((?:cs|admin|finance|hrd?|kasir|kurir|sales|marketing|gudang|owner|manager|spv"
    r"|supervisor|driver|sopir|teknisi|akunting|accounting|keuangan|satpam|security"
    # a parcel's two ends: "Intan (penerima): 0822 ..."
    r"|pengirim|penerima|sender|recipient|receiver)\)"
    r"|[ \t]+(?:(?:dari|di)[ \t]+)?(?:bagian|divisi|departemen|dept)\b"
    # a relative of theirs in English: "Danu's dad", "Arka's teacher"
    r"|['’]s[ \t]+(?:mom|mum|mother|dad|father|parents?|son|daughter|wife|husband|brother"
    r"|sister|kid|child|baby|teacher|nanny|friend|boss)\b",
    re.IGNORECASE,
)
_ADDRESSED_SCORE = 0.6
# A request right after a name that opens a message: "yanti, ...", "rudi tolong ...".
_CALLED_AFTER = re.compile(r"[ \t]*,|[ \t]+(?:tolong|tlg|coba|mohon|jangan|jgn)\b", re.I)


def addressed_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Names known by what surrounds them: a greeting ("Hi Dan,"), a person's doing ("Melati
    cuti melahirkan"), a person's role ("Yohan bagian gudang")."""
    return [
        NameSpan(t.start, t.end, _ADDRESSED_SCORE)
        for t in toks
        if (_role_follows(text, t) or _greeted_or_acting(text, t)) and free(found, t.start, t.end)
    ]


def _greeted_or_acting(text: str, token: Token) -> bool:
    """A capitalised gazetteer name that is also a word, after a greeting or before a
    person's doing; or a sure name in lower case before a person's doing ("bayu td nelpon")."""
    lower = token.lower
    if not token.capitalised:
        # or called at the start of a message: "yanti tolong bilangin ke ucok ..."
        called = token.start < 20 and not text[: token.start].strip()
        called = called and _CALLED_AFTER.match(text, token.end)
        return (
            is_sure_name(lower)
            and lower not in FUNCTION_WORDS
            and lower not in BALINESE_ORDER
            and (_PERSON_VERB_AFTER.match(text, token.end) is not None or bool(called))
        )
    if (
        token.all_caps
        or len(lower) < 3
        or (lower not in NAMES and lower not in FOREIGN_NAMES)
        or lower in STOPWORDS
        or lower in HONORIFICS
        or lower in PLACES
        or lower in ENGLISH_WORDS
    ):
        return False
    if _GREETING_BEFORE.search(text, max(0, token.start - 12), token.start) and (
        _ADDRESS_END.match(text, token.end)
    ):
        return True
    # "Dan bilang ...": an English name that is an Indonesian word needs a greeting, and a
    # Balinese birth-order name alone is also a word ("td Gede bilang")
    return (
        lower in NAMES
        and lower not in BALINESE_ORDER
        and _PERSON_VERB_AFTER.match(text, token.end) is not None
    )


# A speaker naming themself in English: "Oskar here.", "Hi, Dita here!"
_HERE_AFTER = re.compile(r"[ \t]+here[ \t]*[.!,]", re.IGNORECASE)
# A name called at the end of a wish or request: "lekas pulih ya Odelia!", "makasih ya Odi."
_VOCATIVE_BEFORE = re.compile(r"\b(?i:ya|yah|yaa|yuk|dong|deh)[ \t]+\Z")
_VOCATIVE_AFTER = re.compile(r"[ \t]*(?:[!?.,]|\Z)")


# A population number's holder in brackets after it: "NIK istri: 3515115703820005
# (Muslikah)" (after other numbers the word is as often a bank, a card or a country).
_SIXTEEN_DIGITS = r"(\d(?:[ .-]?\d){15})"
_HOLDER_BRACKET_BEFORE = re.compile(rf"(?<![\d.,]){_SIXTEEN_DIGITS}[ \t]*\([ \t]*\Z")
_HOLDER_BRACKET_AFTER = re.compile(r"[ \t]*\)")
# ... or the words opening a list's line before it: "Sukarni – 3507224511690001".
_HOLDER_LINE_BEFORE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*|[-•*][ \t]*)?(?:[A-Z][a-z]+[ \t]+){0,2}\Z", re.MULTILINE
)
_HOLDER_LINE_AFTER = re.compile(
    rf"(?:[ \t]+[A-Z][a-z]+){{0,2}}[ \t]*[-–—][ \t]*{_SIXTEEN_DIGITS}(?![\d.,])"
)


def _no_other_word(token: Token, *, shapes: bool = True) -> bool:
    """A name, or no word of another kind: not an ordinary, English, place, function word or
    an honorific."""
    return (
        (token.lower in NAMES or not blocked(token, shapes=shapes))
        and not english_word(token)
        and token.lower not in PLACES
        and token.lower not in STOPWORDS
        and token.lower not in HONORIFICS
    )


def _population_number(value: str) -> bool:
    number = digits(value)
    return is_nik(number) or is_kk(number)


def _role_follows(text: str, token: Token) -> bool:
    """An unknown capitalised word (or a name) before a person's role ("Yohan bagian
    gudang"), before "here" ("Oskar here."), called after "ya" ("pulih ya Odelia!"), or in
    brackets after a number it holds or before it on a list's line."""
    called = _VOCATIVE_BEFORE.search(
        text, max(0, token.start - 8), token.start
    ) and _VOCATIVE_AFTER.match(text, token.end)
    number = _HOLDER_BRACKET_BEFORE.search(text, max(0, token.start - 40), token.start)
    if number is not None and _HOLDER_BRACKET_AFTER.match(text, token.end) is not None:
        held = _population_number(number.group(1))
    else:
        line = _HOLDER_LINE_AFTER.match(text, token.end)
        held = (
            line is not None
            and _HOLDER_LINE_BEFORE.search(text, max(0, token.start - 40), token.start) is not None
            and _population_number(line.group(1))
        )
    return (
        token.capitalised
        and not token.all_caps
        and len(token.text) >= 3
        # (a word in brackets after a number only needs to be no known word: "(Muslikah)")
        and _no_other_word(token, shapes=not held)
        and (
            _ROLE_AFTER.match(text, token.end) is not None
            or _HERE_AFTER.match(text, token.end) is not None
            or bool(called)
            or held
        )
    )


# A chat log pasted without its times: "Ria: kurirnya ud deket?\nAdmin: sudah kak ...\nRia:
# oke". A word that opens two lines or more before a colon, with another speaker's lines
# among them, is a speaker's name.
_SPEAKER_LINE = re.compile(r"^[ \t]*([A-Z][a-z]{2,})[ \t]*:", re.MULTILINE)
_SPEAKER_SCORE = 0.6
# The roles a chat log names its sides by: "Bot: Ketik NIK ...\nUser: 3509...".
_CHAT_ROLES = frozenset(
    {"bot", "chatbot", "user", "admin", "agent", "system", "sistem", "customer", "pelanggan"}
    | {"pembeli", "penjual", "seller", "buyer", "kurir", "courier", "driver", "operator"}
    | {"pasien", "patient", "dokter", "doctor", "assistant", "asisten", "staff", "staf", "me"}
)


def chat_speakers(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Speakers' names at the starts of an untimed chat log's lines."""
    lines = [(m.start(1), m.group(1)) for m in _SPEAKER_LINE.finditer(text)]
    times = Counter(word for _, word in lines)
    if len(times) < 2:
        return []
    starts = {start for start, word in lines if times[word] > 1}
    return [
        NameSpan(t.start, t.end, _SPEAKER_SCORE)
        for t in toks
        if t.start in starts
        and t.lower not in _CHAT_ROLES
        and _no_other_word(t)
        and free(found, t.start, t.end)
    ]


def sign_off(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """A name alone at the end of a message: "... lebih cepat? nadia", "🙏 Anyi",
    "... TURUN YA. SURYADI J&T"."""
    for signer in toks[-3:]:
        # the writer's role first: "~ admin yusuf", "💕 admin Ayu"
        role = _SIGN_OFF_ROLE.search(text, max(0, signer.start - 20), signer.start)
        before = role.start() if role else signer.start
        apart = (
            role is not None
            or _SIGN_OFF_APART.search(text, max(0, before - 40), before) is not None
        )
        if (
            _sign_off_end(text, signer.end)
            and _SIGN_OFF_BEFORE.search(text, max(0, before - 40), before) is not None
            and _signer(signer, apart=apart)
            and free(found, signer.start, signer.end)
        ):
            return [NameSpan(signer.start, signer.end, _SIGN_OFF_SCORE)]
    return []


_SIGN_OFF_ROLE = re.compile(rf"(?<![\w])(?i:{SIGNATURE_ROLE})[ \t]+\Z")
# The writer's town after a signature: "nining - bekasi", "Rina, Depok".
_TOWN_AFTER = re.compile(r"[ \t]*[-–—,/][ \t]*(?P<town>[^\W\d_]+)")


def _sign_off_end(text: str, end: int) -> bool:
    """Whether only what may follow a signature comes after ``end``: a company's acronym, a
    role, a room, a town, then punctuation and emoji."""
    town = _TOWN_AFTER.match(text, end)
    if town is not None and town["town"].lower() in PLACES:
        end = town.end()
    return _SIGN_OFF_AFTER.fullmatch(text, end) is not None


def _signer(token: Token, *, apart: bool) -> bool:
    """Whether a word signing a message off is a name. Set ``apart`` by a line break or an
    emoji, it may also be a name that is a word ("dewi") or an unknown word ("ucup")."""
    if is_sure_name(token.text) or _sign_off_name(token, lexicon=apart):
        return True
    return (
        apart
        and not token.all_caps
        and token.lower not in NAMES
        and not blocked(token)
        and not english_word(token)
        and possible_unknown_name(token)
    )


def _sign_off_name(token: Token, *, lexicon: bool = False) -> bool:
    """A gazetteer name that is also a word, but no function word ("tiara"), nor (unless
    ``lexicon``) an Indonesian word ("dewi"): a name when it signs a message off."""
    lower = token.lower
    return (
        lower in NAMES
        and len(lower) >= 4
        and (lexicon or lower not in LEXICON)
        and lower not in STOPWORDS
        and lower not in HONORIFICS
        and lower not in PLACES
        and lower not in FUNCTION_WORDS
        and lower not in ENGLISH_WORDS
    )
