"""Context around a match, and the pattern-recognizer base class that scores with it.

Presidio's own context enhancement compares spaCy's English lemmas of whole tokens in a
window before the match with a recognizer's context words. On Indonesian chat text that is
of little use: "niknya", "no.rek" or "a.n." are not tokens it can match, and it can only
raise a score, never say "this number follows the word *resi*, so it is not a phone".
The recognizers here therefore look at the raw characters around a match themselves.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

import regex
from presidio_analyzer import (
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

# The analyzer's language (redaction.engine.LANGUAGE); recognizers are registered for it.
LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text a rule-based finder matched, with its score."""

    start: int
    end: int
    score: float


# How far before a match context words are looked for (a few short words of chat text).
CONTEXT_WINDOW = 40

# What a context word adds to a match's score (the same as Presidio's context enhancer).
CONTEXT_BOOST = 0.35

# A number starts neither inside a word or a longer number, nor after a digit and a dot or
# dash that join it to more digits ("1.250.000" must not yield "250.000"). `regex` (unlike
# `re`) allows the variable-width look-behind.
NUMBER_START = r"(?<![\p{L}\d_]|\d[.-])"
# ... and does not end inside one, or before a dot or dash that continues it ("0812-3456-7890-1").
NUMBER_END = r"(?![\p{L}\d_]|[.-]\d)"
# Digits right after a "+" are a phone number's, after its country code ("+966 50 329 8100"):
# the patterns of shapes a phone number may also have start elsewhere.
NOT_AFTER_PLUS = r"(?<!\+)"
# How an Indonesian mobile number starts: "08..", "628..", "+62 8..".
MOBILE_START = r"(?:\+?62[ .-]?|0)8[1-9]"

# Currency right before a number makes it a price: "Rp 1.250.000", "Rp1250000", "IDR 500000".
_CURRENCY_BEFORE = regex.compile(r"(?i:\b(?:rp|idr|usd|sgd)\.?|[$€£¥])[ \t]*\Z")


def digits(value: str) -> str:
    """The digits of ``value`` ("3174.0555-0790 0001" -> "3174055507900001")."""
    return "".join(ch for ch in value if ch.isdigit())


_DIGITS_AS_NINES = str.maketrans("0123456789", "9999999999")
_LETTER = regex.compile(r"\p{L}")


def layout(value: str) -> str:
    """How a value is written, its digits as 9 and letters as A: "X 1029384" -> "A 9999999"."""
    return _LETTER.sub("A", value.translate(_DIGITS_AS_NINES))


# A country code right before a number makes it the rest of a phone number: "+62 896 7110".
_COUNTRY_CODE_BEFORE = regex.compile(r"(?<![\p{L}\d])\+\d{1,3}[ \t.-]?\Z")


def after_country_code(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` follows a written country code ("+62 ")."""
    return _COUNTRY_CODE_BEFORE.search(text, max(0, start - 6), start) is not None


def after_currency(text: str, start: int) -> bool:
    """Whether the value starting at ``start`` is an amount of money."""
    return _CURRENCY_BEFORE.search(text, max(0, start - 8), start) is not None


class Keywords:
    """Context words, found case-insensitively as whole words in the raw text.

    Each word is a regular-expression fragment (so "a\\.n\\." or "sim(?!\\s?card)" can be
    said precisely); a space in it matches any run of spaces. An Indonesian enclitic may
    follow a word: "niknya", "rekku", "nik-nya".
    """

    def __init__(self, *words: str) -> None:
        fragments = sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True)
        self._regex = regex.compile(
            r"(?<![\p{L}\d])(?:" + "|".join(fragments) + r")(?:-?(?:nya|ku|mu))?(?![\p{L}\d])",
            regex.IGNORECASE,
        )

    def last_end(self, text: str, start: int, window: int = CONTEXT_WINDOW) -> int:
        """End of the last of these words in the ``window`` characters before ``start``, or -1."""
        end = -1
        for match in self._regex.finditer(text, max(0, start - window), start):
            end = match.end()
        return end

    def before(self, text: str, start: int, window: int = CONTEXT_WINDOW) -> bool:
        """Whether one of these words occurs in the ``window`` characters before ``start``."""
        return self._regex.search(text, max(0, start - window), start) is not None

    def right_before(self, text: str, start: int, gap: str = " \t:.#-") -> bool:
        """Whether one of these words is the word just before ``start`` ("blok F 123 A"),
        with only ``gap`` characters between."""
        end = self.last_end(text, start, window=24)
        return end >= 0 and not text[end:start].strip(gap)

    def after(self, text: str, end: int, window: int) -> bool:
        """Whether one of these words occurs in the ``window`` characters after ``end``."""
        return self._regex.search(text, end, end + window) is not None


def nearest(
    text: str, start: int, candidates: Mapping[str, Keywords], window: int = CONTEXT_WINDOW
) -> str | None:
    """Which group of words occurs closest before ``start`` (None if none does).

    Decides between types that share a shape: a valid 16-digit number after "no KK" is a
    family-card number, after "NIK" a population number; a number after "no rek" is an
    account even when it also looks like a phone number.
    """
    best, best_end = None, -1
    for label, keywords in candidates.items():
        end = keywords.last_end(text, start, window)
        if end > best_end:
            best, best_end = label, end
    return best


# Words that introduce a reference number (order, invoice, shipment, booking): such a number
# is not personal data even when it is shaped like a phone or account number.
REFERENCE_WORDS = (
    "inv",
    "invoice",
    "faktur",
    "order",
    "ord",
    "orderan",
    "pesanan",
    "transaksi",
    "trx",
    "ref",
    "referensi",
    "resi",
    "awb",
    "tracking",
    "booking",
    "tiket",
    "ticket",
    "sku",
    "kode barang",
    "kode produk",
    "kode booking",
    "kode pesanan",
    # cargo receipts and consignment notes: "STT 0812345678901", "connote 0812..."
    "stt",
    "connote",
    "waybill",
    "manifest",
    "no kiriman",
    "nomor kiriman",
    # a payment's own number: "transfer ID 1042887713", "receipt number 0019228471"
    "transfer id",
    "transaction",
    "receipt",
    "kwitansi",
    "bukti bayar",
    # a utility's customer and meter numbers: "ID pel 14 2207 3381 05", "no meter 5620194887"
    "id ?pel",
    "id pelanggan",
    "meter",
    # a tax or fee's payment code: "kode billing 820240529118742"
    "billing",
    # a loan's or a lease's contract, a business's registration: "no kontrak 0112...", "NIB
    # 9120001234567"
    "kontrak",
    "contract",
    "nib",
    # a phone's device number, a traffic ticket's: "IMEI 1: 356938035643809", "surat tilang no
    # C4812903"
    "imei",
    "tilang",
    # a pilgrim's place in the hajj queue: "nomor porsi 0300145872"
    "porsi",
    # a card payment's approval code: "No. approval 082731"
    "approval",
    "approval code",
    # a bill's payment code at a shop's till or a school's bank: "Kode pembayaran kamu di
    # Indomaret: IDM 4410 2238 9917", "kode bayar UKT nya 8890 ..."
    "kode bayar",
    "kode pembayaran",
    "payment code",
    # an insurance policy's: "Nomor polis 010-2248-8873" (not its holder's)
    r"(?<!pemegang\s)polis",
    r"(?<!holder\s)policy",
)

# Words that may stand between a reference word and its number: "no", "id", a courier or shop.
_REFERENCE_FILLERS = (
    "no",
    "nomor",
    "nomer",
    "id",
    "number",
    "nya",
    # a return shipment's: "resi retur JNE 0123..."
    "retur",
    "return",
    "pengembalian",
    "jne",
    "j&t",
    "jnt",
    "spx",
    "tiki",
    "pos",
    "sicepat",
    "anteraja",
    "ninja",
    "lion",
    "wahana",
    "gosend",
    "grabexpress",
    "shopee",
    "tokopedia",
    "tokped",
    "lazada",
    "blibli",
    "tiktok",
    # which of a few: "IMEI 1: 3569...", "resi 2: 0012..."
    "1",
    "2",
    "3",
    # whose: "NIB kami 9120001234567", "no kontrak sy 0112..."
    "kami",
    "saya",
    "sy",
    "aku",
    # a utility's: "ID pelanggan IndiHome 1223...", "ID pel PLN ..."
    "indihome",
    "pln",
    "pdam",
)
# A reference word, then at most two such words and separators, right before the number:
# "resi JNE 0123...", "no. order: 0812...", "order id #...", but not "pesanan ke Budi 0812...",
# nor what is written on a receipt ("No hp penerima di resi 628123300441"), nor what was
# given at the time of one ("nomor identitas yg dipake pas booking: 3374...").
_REFERENCE_BEFORE = regex.compile(
    r"(?<![\p{L}\d])"
    r"(?<!\b(?i:di|pada|dalam|on|in|pas|saat|waktu|ketika|when|during)[ \t]+(?:the[ \t]+)?)(?:"
    + "|".join(w.replace(" ", r"\s+") for w in REFERENCE_WORDS)
    + r")(?:nya)?(?:[\s:#.-]+(?:"
    + "|".join(regex.escape(w) for w in _REFERENCE_FILLERS)
    + r")){0,2}[\s:#./-]*\Z",
    regex.IGNORECASE,
)
# A courier's name right before a number is its parcel's: "Kurniawan - SiCepat 004411992817".
_COURIER_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?i:jne|j&t|jnt|sicepat|anteraja|ninja(?:[ \t]+xpress)?|spx|tiki|wahana"
    r"|lion[ \t]+parcel|id[ \t]+express|dhl|fedex)[ \t:#-]*\Z"
)
# (but a courier's own mobile: "Sy Andri dr J&T 0857-1124-7790")
_MOBILE_START = regex.compile(MOBILE_START)
# A number glued to a code by "#", "/", "_" or "-" ("#0812...", "ORD/2024/0812...", "INV-0812...").
_GLUED_BEFORE = regex.compile(r"(?:[#/\\_]|[\p{L}\d]-)\Z")


# ... but not a field of an SMS command or a record whose fields "#" parts, the first opening
# with a word: the SMS that registers a SIM card ("REG#<NIK>#<KK>#", "REG <NIK>#<KK>#"),
# "DAFTAR#KIA#Ayu Wandira#<NIK>", "Puji Astuti#<NIK>#Blok ..." (not "INV#2024#...", a
# reference's, nor "pesanan #...", a "#" after a space).
_SMS_COMMAND_BEFORE = regex.compile(
    r"(?m)^[ \t]*(?!(?i:inv|ord|order|ref|trx|po|so|no|id)\b)\p{L}"
    r"[\p{L}\d .']{0,40}(?<! )#(?:[^#\n]{0,40}[^#\s]#)*\Z"
)
_SMS_COMMAND_WINDOW = 120
# The SIM registration command inside a sentence too ("udh ketik REG 3578...#3578...# kirim ke
# 4444"): its first field is the NIK, the second the family card's number.
_SIM_REGISTRATION_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?i:reg)[ \t]*#?[ \t]*(?:(\d{16})[ \t]*#[ \t]*)?\Z"
)


def sim_registration_field(text: str, start: int) -> str | None:
    """The field ("nik" or "kk") of a SIM registration SMS that starts at ``start``, if any."""
    found = _SIM_REGISTRATION_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return None
    return "kk" if found.group(1) else "nik"


def after_reference_or_currency(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a reference's (``after_reference``) or an amount of
    money (``after_currency``)."""
    return after_currency(text, start) or after_reference(text, start)


def after_reference(text: str, start: int) -> bool:
    """Whether the number at ``start`` is an order, invoice, tracking or booking number."""
    if _GLUED_BEFORE.search(text, max(0, start - 2), start):
        return not (
            _SMS_COMMAND_BEFORE.search(text, max(0, start - _SMS_COMMAND_WINDOW), start)
            or sim_registration_field(text, start)
        )
    return _REFERENCE_BEFORE.search(text, max(0, start - CONTEXT_WINDOW), start) is not None or (
        _COURIER_BEFORE.search(text, max(0, start - 16), start) is not None
        and not _MOBILE_START.match(text, start)
    )


_MAX_LIST_LINES = 12


def listed_under(text: str, start: int, keywords: Keywords) -> bool:
    """Whether the value at ``start`` is on a line of a list whose header (a line ending with
    a colon, right above the list's lines) holds one of ``keywords``: "Rekap KPJ karyawan:\n
    Dian Puspita – 19023318764\n...", "Daftar sopir yg SIM B2 nya habis:\n1. Suroto – 3578-..."."""
    end = text.rfind("\n", 0, start)  # the end of the line above
    for _ in range(_MAX_LIST_LINES):
        if end < 0:
            return False
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].rstrip()
        if not line:
            return False  # a blank line ends the list
        if line.endswith(":"):
            return keywords.before(text, end, window=end - line_start)
        end = line_start - 1
    return False


class ContextPatternRecognizer(PatternRecognizer):
    """A pattern recognizer scored by the value's structure and the words around it.

    Subclasses declare ``ENTITY``, ``PATTERNS`` (a valid structure alone scores >= 0.6, a
    shape that needs context < 0.4) and ``CONTEXT``, and may override ``validate_result``,
    ``invalidate_result`` (value only), ``reject`` and ``has_context`` (value in its text),
    and ``spans`` (where in a match the values are).

    Unlike Presidio's loop, a validated match keeps its pattern's score (Presidio sets it to
    1.0), so that context can still raise it and so that types sharing a shape stay ordered;
    context is checked in the raw text (see ``Keywords``) and the results are marked as
    enhanced, so Presidio's lemma-based enhancer does not add to them a second time. A
    pattern may capture the value in a group named ``value`` ("password: <value>").
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]]
    CONTEXT: ClassVar[Keywords | None] = None

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=LANGUAGE,
            patterns=list(self.PATTERNS),
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )
        self._compiled = [
            (pattern, regex.compile(pattern.regex, self.global_regex_flags))
            for pattern in self.patterns
        ]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, compiled in self._compiled:
            for match in compiled.finditer(text):
                for start, end in self.spans(match):
                    value = text[start:end]
                    if self.validate_result(value) is False or self.invalidate_result(value):
                        continue
                    if self.reject(text, start, end):
                        continue
                    score = pattern.score
                    if self.has_context(text, start, end):
                        score = min(EntityRecognizer.MAX_SCORE, score + CONTEXT_BOOST)
                    results.append(self._result(pattern, start, end, score))
        return EntityRecognizer.remove_duplicates(results)

    def reject(self, text: str, start: int, end: int) -> bool:
        """Whether the surroundings show that the value is not this entity."""
        return False

    def has_context(self, text: str, start: int, end: int) -> bool:
        """Whether a context word precedes the value, or heads the list it is listed in."""
        return self.CONTEXT is not None and (
            self.CONTEXT.before(text, start) or listed_under(text, start, self.CONTEXT)
        )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        """The value(s) a match holds: its group ``value`` if the pattern has one, else all."""
        start, end = match.span("value") if "value" in match.re.groupindex else match.span()
        if end > start:
            yield start, end

    def _result(self, pattern: Pattern, start: int, end: int, score: float) -> RecognizerResult:
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, pattern.score, True, self.global_regex_flags
        )
        explanation.score = score
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )


class TypedSpanRecognizer(LocalRecognizer):
    """A recognizer for several entity types whose (type, span) pairs come from one pass
    over the text (a table's columns, a dictated number's cue)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name=type(self).__name__)

    def load(self) -> None:
        pass

    def typed_spans(self, text: str) -> list[tuple[str, Span]]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not set(self.ENTITIES) & set(entities):
            return []
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return [
            RecognizerResult(
                entity, span.start, span.end, span.score, recognition_metadata=dict(metadata)
            )
            for entity, span in self.typed_spans(text)
            if entity in entities
        ]


class SpanRecognizer(TypedSpanRecognizer):
    """A recognizer for one entity type whose spans come from a function of the text."""

    ENTITY: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.ENTITIES = (cls.ENTITY,)

    def spans(self, text: str) -> list[Span]:
        raise NotImplementedError

    def typed_spans(self, text: str) -> list[tuple[str, Span]]:
        return [(self.ENTITY, span) for span in self.spans(text)]
