"""Recognizers: links that lead to a person, and e-mail addresses written to dodge spam bots.

Presidio's UrlRecognizer finds every link, bare domains included ("toko-anda.co.id"),
with one large pattern that costs more than all the project's recognizers together.
Only links that lead to a person are personal data here (``PERSONAL_URL``); the others
are dropped after analysis (``recognizers.postprocess``). So the pattern runs only on
texts where such a link can be: the same results, for a fraction of the time.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from redaction.recognizers.context import Span, SpanRecognizer

# Links that lead to a person: a social-media profile, a shared file or document, or any link
# with a query string (tokens, e-mail addresses, ids) other than a campaign's or a page's
# ("?utm_source=ig", "?ref=home", "?page=2"). Other links (a shop's site, a payment page,
# "Sp.KG" read as a domain) are not personal data; the values inside any link (a phone
# number, an e-mail address) are found by their own recognizers.
_PUBLIC_QUERY_KEYS = (
    r"utm_\w+|ref|src|source|fbclid|gclid|page|lang|hl|sort|q|variant|size|color|warna|ukuran"
)
PERSONAL_URL = regex.compile(
    r"(?i)(?:instagram|facebook|fb|tiktok|twitter|x|linkedin|threads|youtube|github|gitlab"
    r"|medium|t|wa|line|telegram)\.(?:com|me|in|gg)/[\w@.~-]+|drive\.google|docs\.google"
    r"|dropbox|onedrive|1drv\.ms|wetransfer|forms\.gle|bit\.ly|s\.id/"
    rf"|[?&](?!(?:{_PUBLIC_QUERY_KEYS})=)[\w-]+="
)


class PersonalUrlRecognizer(UrlRecognizer):
    """Presidio's UrlRecognizer, run only on texts that hold a link to a person."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if PERSONAL_URL.search(text) is None:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


# An e-mail address spelt out: "budi.s[at]gmail.com", "rina (at) yahoo (dot) com",
# "rina dot putri at yahoo dot com", "siti @ gmail .com", said in a voice note ("fitri
# underscore handayani at gmail titik com") or cut over lines ("kurniawan.adi\n@gmail.com").
# Presidio's EmailRecognizer reads only the plain form. A bracketed "at" is evidence alone; a
# bare word "at" needs a mail provider's name after it, and spaces around "@" and the dots a
# provider's name or a bracketed or spoken "dot" before the end (spaces on one side of "@"
# only is a handle: "ig @tokoku.id"). A mail provider's domain typed with a comma, without
# its dot or with a slip in ".com" is a typo: "andi.pratama@gmail,com", "tiaraamalia@gmailcom",
# "andreas.k@gmail.con". A number in the local part may be set apart ("nicole . tan 92 @ gmail
# . com"), and a whole address spelt letter by letter ("y u s r i n a . s @ g m a i l . c o m").
_AT = (
    r"(?:[ \t]*[\[({<][ \t]*at[ \t]*[\])}>][ \t]*|[ \t]+at[ \t]+|[ \t]+@[ \t]+|[ \t]*\n[ \t]*@"
    r"|[ \t]+@|@[ \t]+|@)"
)
_DOT = (
    r"(?:[ \t]*[\[({<][ \t]*dot[ \t]*[\])}>][ \t]*|[ \t]+(?:dot|titik)[ \t]+|[ \t]?\.[ \t]*\n[ \t]*"
    r"|[ \t]?\.[ \t]?)"
)
_LOCAL_SEPARATOR = rf"(?:{_DOT}|[ \t]+(?:underscore|garis[ \t]+bawah)[ \t]+|[ \t]+(?=\d))"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?"
_TOP_LEVEL = (
    r"(?:com|id|net|org|co|ac|go|sch|me|io|info|biz|edu|gov|uk|au|sg|my|de|nl|jp|it|fr|es|pt"
    r"|be|ch|se|dk|fi|pl|cz|ru|kr|cn|tw|hk|in|ph|th|vn|nz|ca|us|br|ie)"
)
_MAIL_PROVIDER = r"(?:gmail|yahoo|hotmail|outlook|icloud|ymail)"
_GLUED_PROVIDER = rf"{_MAIL_PROVIDER}com"
_MISTYPED_COM = rf"{_MAIL_PROVIDER}\.(?:con|cm|cmo|comm|vom|xom|cpm)"
_SPELT_EMAIL = regex.compile(
    rf"(?i)(?<![\w.@-])(?P<local>[a-z0-9_+-]+(?:{_LOCAL_SEPARATOR}[a-z0-9_+-]+){{0,3}})"
    rf"(?P<at>{_AT})(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{0,3}}(?:{_DOT}|,){_TOP_LEVEL}"
    rf"|{_GLUED_PROVIDER}|{_MISTYPED_COM})"
    r"(?![\w-]|\.\w)"
)
_LETTER_BY_LETTER = regex.compile(r"(?<!\S)(?:[\w.@+-] ){8,}\w(?!\S)")
_BRACKETED = regex.compile(r"[\[({<]")
# Mail providers where anyone can have an address.
FREE_MAIL_PROVIDERS = frozenset(
    {
        "gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "live",
        "msn", "icloud", "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "mail",
        "yandex", "zoho", "hey", "fastmail", "tutanota", "tuta", "bigpond", "email", "inbox",
        # abroad: Europe's, Korea's, China's and India's
        "libero", "virgilio", "orange", "wanadoo", "laposte", "btinternet", "bluewin", "seznam",
        "ziggo", "xs4all", "telenet", "optusnet", "naver", "daum", "hanmail", "qq", "sina",
        "rediffmail",
    }
)  # fmt: skip
_SPELT_HINT = regex.compile(r"(?i)@|[\[({<][ \t]*at[ \t]*[\])}>]|[ \t](?:dot|titik|at)[ \t]")
_PLAIN_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SPELT_EMAIL_SCORE = 0.9


def find_spelt_emails(text: str) -> list[Span]:
    """E-mail addresses written with "[at]", " at ", " dot " or spaces around "@" and "."."""
    if _SPELT_HINT.search(text) is None:
        return []
    found = []
    for match in _SPELT_EMAIL.finditer(text):
        if _PLAIN_EMAIL.match(match.group()) and not _PROVIDER_TYPO.fullmatch(
            match.group("domain")
        ):
            # the plain form is Presidio's; what follows it is prose ("...@orange.fr. My ...")
            continue
        if _ABBREVIATION_BEFORE.search(match.group("local")) and match.group("at") == "@":
            # "hub. cs@shop.co.id": a word's abbreviation, then a plain address (Presidio's)
            continue
        if _spelt_at(match.group("local"), match.group("at"), match.group("domain").lower()):
            found.append(Span(match.start(), match.end(), SPELT_EMAIL_SCORE))
    for match in _LETTER_BY_LETTER.finditer(text):
        compact = match.group().replace(" ", "")
        if _PLAIN_EMAIL.fullmatch(compact) and _SPELT_EMAIL.fullmatch(compact):
            found.append(Span(match.start(), match.end(), SPELT_EMAIL_SCORE))
    return found


def _spelt_at(local: str, at: str, domain: str) -> bool:
    if _PROVIDER_TYPO.fullmatch(domain):
        return True  # (the pattern names only mail providers)
    if "," in domain:
        return _provider(domain) in FREE_MAIL_PROVIDERS
    if (at[0] in " \t") != (at[-1] in " \t"):
        # a space on one side of "@" only: a handle ("ig @tokoku.id"), or a slip in an
        # address at a mail provider ("yuni.astuti83 @yahoo.com", "rudy.hartanto@ gmail.com")
        # or after a local part no word is ("andi.fikri19 @student.unhas.ac.id")
        if _INNER_DOT.search(local):
            return True
        return (
            _provider(domain) in FREE_MAIL_PROVIDERS
            and _ADDRESS_LIKE_LOCAL.search(local) is not None
        )
    if "@" in at or _BRACKETED.search(at):
        return True
    # a bare "at" is a word of prose ("meet at school dot com", "we met at gmail.com's
    # office") unless a mail provider follows it, and a spoken dot or a local part that is no
    # word ("intan.permata at gmail.com")
    # ("marco dot rossi at studio dot it": spoken dots on both sides are no prose either)
    # ("ratna.dewi at kompas dot com": a spoken dot after a local part no word is, too)
    if _SPOKEN_DOT.search(domain) is not None and (
        _SPOKEN_DOT.search(local) is not None or _INNER_DOT.search(local) is not None
    ):
        return True
    return _provider(domain) in FREE_MAIL_PROVIDERS and (
        _SPOKEN_DOT.search(domain) is not None or _ADDRESS_LIKE_LOCAL.search(local) is not None
    )


# A mail provider's domain with its dot left out or a slip in ".com" ("gmailcom", "gmail.con").
_PROVIDER_TYPO = regex.compile(rf"(?i){_GLUED_PROVIDER}|{_MISTYPED_COM}")
_SPOKEN_DOT = regex.compile(r"(?i)\b(?:dot|titik)\b")
_ADDRESS_LIKE_LOCAL = regex.compile(r"(?i)[._\d+-]|\bunderscore\b")
# A dot with a space after it only: an abbreviation's or a sentence's end ("hub. cs@...").
_ABBREVIATION_BEFORE = regex.compile(r"[^ \t]\.[ \t]")
# A dot or an underscore between a local part's letters or digits: "ratna.dewi", "andi_f".
_INNER_DOT = regex.compile(r"\p{L}[._][\p{L}\d]|\d[._]\p{L}")


def _provider(domain: str) -> str:
    """The first label of a spelt domain: "gmail" of "gmail dot com" or "gmail,com"."""
    return regex.split(r"[ \t]*(?:[\[({<]|\.|,|dot\b|titik\b)", domain, maxsplit=1)[0]


class SpeltEmailRecognizer(SpanRecognizer):
    """EMAIL_ADDRESS written out to dodge spam bots: "budi[at]gmail[dot]com"."""

    ENTITY = "EMAIL_ADDRESS"

    def spans(self, text: str) -> list[Span]:
        return find_spelt_emails(text)


def recognizers() -> list[EntityRecognizer]:
    return [PersonalUrlRecognizer(), SpeltEmailRecognizer()]
