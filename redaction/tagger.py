"""A statistical second opinion on person names, street addresses, health data and secrets.

Linear-chain CRFs (CRFsuite) label word tokens B-/I-<type> or O from the words around
them, their shapes and the bundled word lists. Rules find what they were written for;
the taggers generalise from labelled chats to phrasings no rule foresaw. The models are
trained by ``benchmarks/tagger_training.py`` on the labelled chat corpora and the news
and synthetic sets, and bundled in ``redaction/data`` (``MODELS``): one for names and
addresses, one for health data, one for secrets (one model for several types found fewer
addresses).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pycrfsuite

from redaction.data import words

# The bundled models and the types each finds.
MODELS = {
    "tagger_names_addresses.crfsuite": ("PERSON", "ADDRESS"),
    "tagger_health.crfsuite": ("MEDICAL",),
    "tagger_secrets.crfsuite": ("SECRET",),
}

TOKEN = re.compile(r"\w+|[^\w\s]")
_WINDOW = 3  # words each side that describe a token

# Word lists a token may be in, by the short name its features use.
_LISTS = {
    "given": "given_names.txt",
    "surname": "surnames.txt",
    "foreign": "foreign_names.txt",
    "honorific": "honorifics.txt",
    "street": "street_words.txt",
    "place": "places.txt",
    "common": "common_words.txt",
    "indonesian": "indonesian_words.txt",
    "chat": "chat_words.txt",
    "stop": "name_stopwords.txt",
    "org": "org_words.txt",
    "english": "english_words.txt",
}


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Words (letters and digits together) and single punctuation marks."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _shape(word: str) -> str:
    """Letters as X/x, digits as d, runs of one kind shortened to two ("Xxx", "dd")."""
    shape = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if len(shape) < 2 or shape[-1] != kind or shape[-2] != kind:
            shape.append(kind)
    return "".join(shape)


@cache
def _lists() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((name, words(filename)) for name, filename in _LISTS.items())


@lru_cache(maxsize=8192)
def _describe(word: str) -> tuple[str, ...]:
    """What a word is on its own, without its position (words recur: cached)."""
    lower = word.lower()
    found = [f"w={lower}", f"shape={_shape(word)}"]
    if word[0].isalpha():
        found += [f"suffix={lower[-3:]}", f"prefix={lower[:3]}"]
        found += [f"in={name}" for name, entries in _lists() if lower in entries]
    elif word.isdigit():
        found.append(f"digits={min(len(word), 6)}")
    return tuple(found)


def features(text: str, tokens: list[Token]) -> list[list[str]]:
    """The features of each token: its own description and its neighbours'."""
    described = [_describe(token.text) for token in tokens]
    # what a neighbour contributes: all but its affixes
    context = [
        [item for item in d if not item.startswith(("suffix=", "prefix="))] for d in described
    ]
    result = []
    for index, token in enumerate(tokens):
        own = list(described[index])
        if index == 0 or "\n" in text[tokens[index - 1].end : token.start]:
            own.append("line_start")
        if index == len(tokens) - 1 or "\n" in text[token.end : tokens[index + 1].start]:
            own.append("line_end")
        if index > 0:
            own.append(f"bigram={tokens[index - 1].text.lower()}|{token.text.lower()}")
        for offset in range(-_WINDOW, _WINDOW + 1):
            other = index + offset
            if offset == 0:
                continue
            if not 0 <= other < len(tokens):
                own.append(f"{offset}:edge")
                continue
            own += [f"{offset}:{item}" for item in context[other]]
        result.append(own)
    return result


@dataclass(frozen=True, slots=True)
class Found:
    type: str
    start: int
    end: int
    confidence: float  # the mean probability of its tokens being inside it


class Tagger:
    """One model (a file's path, or its bytes), safe to share between threads."""

    def __init__(self, model: str | bytes) -> None:
        self._tagger = pycrfsuite.Tagger()
        if isinstance(model, bytes):
            self._model = model  # CRFsuite reads the model from this buffer: keep it alive
            self._tagger.open_inmemory(model)
        else:
            self._tagger.open(model)
        self._labels = frozenset(self._tagger.labels())
        self._types = sorted({label[2:] for label in self._labels if label.startswith("B-")})
        self._lock = threading.Lock()  # a CRFsuite tagger holds the last sequence

    def find(self, text: str, min_probability: float = 0.5) -> list[Found]:
        """The entities in ``text`` (see ``find_all``)."""
        return find_all(text, [self], min_probability)

    def find_tokens(
        self, tokens: list[Token], items: list[list[str]], min_probability: float
    ) -> list[Found]:
        """The entities in a text's ``tokens`` described by ``items`` (its features)."""
        if not tokens or not self._types:
            return []
        with self._lock:
            self._tagger.set(items)
            begins = {t: self._marginals(f"B-{t}", len(tokens)) for t in self._types}
            insides = {t: self._marginals(f"I-{t}", len(tokens)) for t in self._types}
        inside = {t: [b + i for b, i in zip(begins[t], insides[t], strict=True)] for t in begins}
        return _decode(tokens, begins, inside, min_probability)

    def _marginals(self, label: str, count: int) -> list[float]:
        """The probability of ``label`` at each position of the sequence last set."""
        if label not in self._labels:
            return [0.0] * count  # a type whose values were all one word long in training
        return [self._tagger.marginal(label, i) for i in range(count)]


def find_all(text: str, taggers: Iterable[Tagger], min_probability: float = 0.5) -> list[Found]:
    """The entities the ``taggers`` find in ``text``: runs of tokens inside an entity of one
    type with at least ``min_probability`` (the marginals, not the single best labelling,
    so that doubt about one word of a long address does not drop the address). The text is
    described once for all taggers."""
    tokens = tokenize(text)
    if not tokens:
        return []
    items = features(text, tokens)
    return [
        found for tagger in taggers for found in tagger.find_tokens(tokens, items, min_probability)
    ]


def _decode(
    tokens: list[Token],
    begins: dict[str, list[float]],
    inside: dict[str, list[float]],
    min_probability: float,
) -> list[Found]:
    """Runs of tokens whose likeliest type reaches ``min_probability``; a token likelier
    to begin an entity than to continue one starts a new run ("Budi, Sari")."""
    found: list[Found] = []
    run_type, first = None, 0
    for index in range(len(tokens) + 1):
        best = None
        if index < len(tokens):
            best = max(inside, key=lambda t: inside[t][index])
            if inside[best][index] < min_probability:
                best = None
        starts_anew = best is not None and begins[best][index] > inside[best][index] / 2
        if run_type is not None and (best != run_type or starts_anew):
            probabilities = inside[run_type][first:index]
            confidence = sum(probabilities) / len(probabilities)
            found.append(Found(run_type, tokens[first].start, tokens[index - 1].end, confidence))
            run_type = None
        if best is not None and run_type is None:
            run_type, first = best, index
    return found


@cache
def bundled() -> tuple[Tagger, ...]:
    """The bundled models, loaded once per process."""
    data = resources.files("redaction.data")
    return tuple(Tagger(data.joinpath(name).read_bytes()) for name in MODELS)
