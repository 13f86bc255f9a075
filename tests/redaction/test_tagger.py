"""The statistical taggers: tokens, features, decoding, the bundled models and training."""

from __future__ import annotations

import pytest

from benchmarks import tagger_training
from benchmarks.documents import Document, Span
from redaction.tagger import MODELS, Tagger, bundled, features, tokenize


def test_tokens_are_words_and_single_marks_with_offsets() -> None:
    text = "Jl. Melati No.5, a.n. Budi"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "Jl", ".", "Melati", "No", ".", "5", ",", "a", ".", "n", ".", "Budi"
    ]  # fmt: skip
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_features_describe_the_word_its_neighbours_and_its_line() -> None:
    text = "Nama: Siti\nAlamat: Jl. Mawar"
    tokens = tokenize(text)
    siti, alamat = features(text, tokens)[2], features(text, tokens)[3]
    assert "w=siti" in siti and "shape=Xxx" in siti and "in=given" in siti
    assert "-2:w=nama" in siti and "1:w=alamat" in siti and "line_end" in siti
    assert "line_start" in alamat and "line_start" not in siti
    assert "-3:edge" in siti  # before the first word


def _example(text: str, value: str, entity_type: str) -> Document:
    start = text.index(value)
    return Document("x", "id", text, (Span(start, start + len(value), entity_type),))


# A small invented training set: a name after "nama saya", never elsewhere.
_NAMES = ["Budi", "Sari", "Joko", "Rina", "Wati", "Agus", "Dewi", "Eko", "Tono", "Lina"]
_TRAINING = [_example(f"halo, nama saya {n} dari kantor", n, "PERSON") for n in _NAMES] + [
    Document("y", "id", f"halo, harga {n} dari kantor", ()) for n in ("promo", "paket", "stok")
]


@pytest.fixture(scope="module")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tagger") / "small.crfsuite"
    tagger_training.train(tagger_training.examples(_TRAINING, ["PERSON"]), path)
    return str(path)


def test_a_trained_model_finds_its_type_in_new_text(small_model: str) -> None:
    text = "halo, nama saya Kartini dari kantor"
    (found,) = Tagger(small_model).find(text)
    assert (found.type, text[found.start : found.end]) == ("PERSON", "Kartini")
    assert 0.5 <= found.confidence <= 1.0
    assert Tagger(small_model).find("halo, harga promo dari kantor") == []


def test_a_stricter_probability_finds_no_more(small_model: str) -> None:
    tagger = Tagger(small_model)
    text = "halo, nama saya Kartini dari kantor. nama saya juga"
    assert len(tagger.find(text, 0.99)) <= len(tagger.find(text, 0.5))
    assert all(f.confidence >= 0.99 for f in tagger.find(text, 0.99))


def test_a_model_in_memory_tags_as_from_its_file(small_model: str) -> None:
    with open(small_model, "rb") as file:
        in_memory = Tagger(file.read())
    text = "halo, nama saya Kartini dari kantor"
    assert in_memory.find(text) == Tagger(small_model).find(text)


def test_training_is_deterministic(small_model: str, tmp_path) -> None:
    again = tmp_path / "again.crfsuite"
    tagger_training.train(tagger_training.examples(_TRAINING, ["PERSON"]), again)
    with open(small_model, "rb") as file:
        assert again.read_bytes() == file.read()


def test_examples_label_the_tokens_of_a_span_begin_then_inside() -> None:
    document = _example("kirim ke Jl. Mawar 5 ya", "Jl. Mawar 5", "ADDRESS")
    ((_, labels),) = tagger_training.examples([document], ["ADDRESS"])
    assert labels == ["O", "O", "B-ADDRESS", "I-ADDRESS", "I-ADDRESS", "I-ADDRESS", "O"]
    ((_, outside),) = tagger_training.examples([document], ["PERSON"])
    assert set(outside) == {"O"}


def test_training_never_reads_the_blind_corpora() -> None:
    names = set(tagger_training.chat_corpora())
    assert names and not names & tagger_training.BLIND
    assert "dev13" in names and "dev13" not in tagger_training.chat_corpora(exclude=["dev13"])


def test_the_bundled_models_find_their_types() -> None:
    taggers = bundled()
    assert len(taggers) == len(MODELS)
    text = (
        "Halo kak, saya Wulandari Kusumastuti. Kirim ke Jl. Cempaka Putih Raya No 12, "
        "Jakarta Pusat ya. Anak saya lagi demam berdarah, minum paracetamol 500 mg. "
        "Password wifi rumah: Cempaka#2024"
    )
    found = {f.type: text[f.start : f.end] for tagger in taggers for f in tagger.find(text)}
    assert set(found) == {t for types in MODELS.values() for t in types}
    assert found["SECRET"] == "Cempaka#2024"


@pytest.mark.parametrize(
    "text",
    [
        "Total Rp 1.250.000, ongkir 15rb, resi JNE 0123456789",
        "Order INV-2024-0815 dikirim Senin 12 Agustus jam 10.00",
        "Promo Ramadhan diskon 20% untuk semua produk",
    ],
)
def test_the_bundled_models_leave_ordinary_shop_text_alone(text: str) -> None:
    assert [f for tagger in bundled() for f in tagger.find(text)] == []
