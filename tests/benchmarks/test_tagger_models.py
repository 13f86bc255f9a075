"""The bundled tagger models are the ones the training script makes from today's data."""

from __future__ import annotations

import pytest

from benchmarks import tagger_training
from benchmarks.corpus import load_corpus
from redaction.tagger import MODELS, Tagger, bundled


@pytest.mark.skipif(
    not tagger_training.DATASETS_DIR.exists(), reason="the shared datasets are not beside the repo"
)
def test_bundled_models_match_a_fresh_training(tmp_path) -> None:
    """Fails when the corpora, the datasets or the features changed without retraining
    (``python -m benchmarks.tagger_training``)."""
    tagger_training.main(["--out-dir", str(tmp_path)])
    texts = [document.text for document in load_corpus()[:150]]
    for name, shipped in zip(MODELS, bundled(), strict=True):
        fresh = Tagger(str(tmp_path / name))
        for text in texts:
            assert _rounded(fresh.find(text)) == _rounded(shipped.find(text)), (name, text)


def _rounded(found: list) -> list[tuple[str, int, int, float]]:
    return [(f.type, f.start, f.end, round(f.confidence, 3)) for f in found]
