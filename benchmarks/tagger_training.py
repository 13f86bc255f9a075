"""Trains the bundled taggers (``redaction/tagger.py``, ``MODELS``).

Run from the repository root::

    python -m benchmarks.tagger_training [--out-dir redaction/data]

Training data: the labelled chat corpora except the blind ones (``BLIND``), and the DEV
parts of the shared news and synthetic sets (their upstream test splits are never read
here). The news sets give names only: their places are cities and regions, which are not
street addresses, so they count as outside; they have no health data, so for that model
all their words are outside. Training is deterministic: the same data gives the same
models.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycrfsuite

from benchmarks.corpus import CORPUS_PATH, load_corpus
from benchmarks.documents import DATASETS_DIR, Document, load_jsonl
from redaction.tagger import MODELS, features, tokenize

# Scored as unseen text: never trained on.
BLIND = frozenset(
    {
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout16",
        "holdout17",
        "holdout18",
        "holdout19",
        "holdout20",
        "holdout21",
        "holdout22",
        "holdout23",
        "holdout24",
        "holdout25",
        "holdout26",
        "holdout27",
        "holdout28",
        "holdout29",
        "holdout30",
        "holdout31",
        "holdout32",
    }
)
# Shared sets and the types they label the way the chat corpora do.
DATASETS = {
    "nergrit": ("PERSON",),
    "idner2k": ("PERSON",),
    "presidio_synth": ("PERSON", "ADDRESS"),
}
DEFAULT_OUT_DIR = Path(__file__).resolve().parents[1] / "redaction" / "data"
PARAMS = {
    "c1": 0.3,  # L1: drops features that do not help, which keeps the model small
    "c2": 0.05,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}

Example = tuple[list[list[str]], list[str]]


def chat_corpora(exclude: Iterable[str] = ()) -> dict[str, list[Document]]:
    """The trainable chat corpora by name."""
    skip = BLIND | set(exclude)
    return {
        path.stem: load_corpus(path)
        for path in sorted(CORPUS_PATH.parent.glob("*.txt"))
        if path.stem not in skip
    }


def examples(documents: Iterable[Document], types: Sequence[str]) -> list[Example]:
    """Token features and BIO labels; a token touching a span of ``types`` is inside it."""
    result = []
    for document in documents:
        tokens = tokenize(document.text)
        if not tokens:
            continue
        labels = ["O"] * len(tokens)
        for span in document.spans:
            if span.type not in types:
                continue
            inside = [i for i, t in enumerate(tokens) if t.start < span.end and span.start < t.end]
            for position, i in enumerate(inside):
                labels[i] = f"{'B' if position == 0 else 'I'}-{span.type}"
        result.append((features(document.text, tokens), labels))
    return result


def training_examples(types: Sequence[str], exclude: Iterable[str] = ()) -> list[Example]:
    """The examples for a model of ``types``, without the chat corpora in ``exclude``."""
    result = [
        example
        for documents in chat_corpora(exclude).values()
        for example in examples(documents, types)
    ]
    for name, labelled in DATASETS.items():
        documents = load_jsonl(DATASETS_DIR / f"{name}.dev.jsonl")
        result += examples(documents, [t for t in types if t in labelled])
    return result


def train(data: Iterable[Example], out: Path, params: dict | None = None) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for items, labels in data:
        trainer.append(items, labels)
    trainer.set_params({**PARAMS, **(params or {})})
    trainer.train(str(out))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    args = parser.parse_args(argv)
    for name, types in MODELS.items():
        data = training_examples(types)
        out = args.out_dir / name
        train(data, out)
        print(f"{'/'.join(types)}: {len(data)} texts -> {out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
