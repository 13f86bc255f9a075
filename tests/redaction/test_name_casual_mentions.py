"""A found name written again in lower case later in the same message."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import persons


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pak Joko sudah sampai gerbang, nanti joko bawa kuncinya", "joko"),
        ("Bu Rini transfer sudah masuk ya, makasih bu rini", "rini"),
        ("ini mamanya Kevin kelas 2B, kevin hari ini izin dulu", "kevin"),
    ],
)
def test_lower_case_repeat_of_a_found_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bu Indah, taman di depan rumah indah sekali", "indah"),
        ("Mas Bagus, hasil cetaknya bagus banget", "bagus"),
        ("Kak Putri, gaunnya warna putih buat putri kecilnya", "putri"),
        ("Pak Budi, ini rumah kos murah dekat kampus", "murah"),
    ],
)
def test_ordinary_word_like_a_found_name_stays(analyzer: Analyzer, text: str, word: str) -> None:
    assert word not in persons(analyzer, text)
