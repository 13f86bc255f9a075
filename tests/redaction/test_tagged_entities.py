"""The taggers' findings next to the rules': what is kept, what is dropped, what they add."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from redaction.entities import Entity
from redaction.recognizers import tagged
from redaction.recognizers.names import clean_person_entities
from redaction.tagger import Found, Token, tokenize


class _Fixed:
    """A tagger that finds the given values wherever they occur, with one confidence."""

    def __init__(self, entity_type: str, *values: str, confidence: float = 0.8) -> None:
        self._type, self._values, self._confidence = entity_type, values, confidence

    def find_tokens(
        self, tokens: list[Token], items: list[list[str]], min_probability: float
    ) -> list[Found]:
        words = [t.text for t in tokens]
        found = []
        for value in self._values:
            wanted = [t.text for t in tokenize(value)]
            first = next(i for i in range(len(words)) if words[i : i + len(wanted)] == wanted)
            last = tokens[first + len(wanted) - 1]
            found.append(Found(self._type, tokens[first].start, last.end, self._confidence))
        return found


def _values(text: str, entities: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in entities]


def _kept(text: str, tagger: _Fixed, others: tuple[Entity, ...] = ()) -> list[tuple[str, str]]:
    return _values(text, tagged.tagged_entities(text, others, [tagger])[0])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kirim ke rumah nenek, dusun krajan rt 3", "rumah nenek, dusun krajan rt 3"),
        ("antar ke 14 Orchard Lane, Springfield", "14 Orchard Lane, Springfield"),
        ("tinggal di Sleman dekat Kaliurang", "Sleman dekat Kaliurang"),  # a known place
    ],
)
def test_an_address_with_an_address_word_is_kept(text: str, value: str) -> None:
    assert _kept(text, _Fixed("ADDRESS", value)) == [("ADDRESS", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Outstanding IDR 12,904,300, minimum payment IDR 1,290,430", "IDR 12,904,300, minimum"),
        ("Validity 14 days, delivery 3 weeks", "Validity 14 days, delivery 3 weeks"),
        ("Versi Outlook 16.0.17531 sudah terbaru", "Outlook 16.0.17531"),
    ],
)
def test_an_address_without_an_address_word_is_dropped(text: str, value: str) -> None:
    assert _kept(text, _Fixed("ADDRESS", value)) == []


def test_an_address_after_a_shop_word_is_the_shops() -> None:
    text = "Toko Sinar Jaya, Jl. Pemuda No. 12 Semarang buka jam 8"
    assert _kept(text, _Fixed("ADDRESS", "Jl. Pemuda No. 12 Semarang")) == []
    home = "rumah saya Jl. Pemuda No. 12 Semarang"
    assert _kept(home, _Fixed("ADDRESS", "Jl. Pemuda No. 12 Semarang")) != []


def test_health_data_needs_a_word_of_a_known_health_term() -> None:
    text = "anak saya demam tinggi, closing bulan ini kurang 500rb"
    tagger = _Fixed("MEDICAL", "demam tinggi", "closing", "kurang 500rb")
    assert _kept(text, tagger) == [("MEDICAL", "demam tinggi")]


def test_a_secret_needs_three_letters_or_digits() -> None:
    text = "Label pengiriman\n----------\nwifi: kopi2019, kode 10"
    tagger = _Fixed("SECRET", "----------", "kopi2019", "10")
    assert _kept(text, tagger) == [("SECRET", "kopi2019")]


def test_a_secret_ends_at_its_first_space_without_the_sentence_after_it() -> None:
    text = "pake token baru: ghp_4fT9kLmQ2xZr8VbN1cW7 scope repo. limit ok"
    tagger = _Fixed("SECRET", "ghp_4fT9kLmQ2xZr8VbN1cW7 scope repo.")
    assert _kept(text, tagger) == [("SECRET", "ghp_4fT9kLmQ2xZr8VbN1cW7")]
    assert _kept("wifi: Bunga2024!.", _Fixed("SECRET", "Bunga2024!.")) == [("SECRET", "Bunga2024!")]


def test_a_tagged_span_over_a_value_of_another_type_is_dropped() -> None:
    text = "cek ig aku instagram.com/rina.putri ya"
    url = text.index("instagram")
    link = Entity("URL", url, url + len("instagram.com/rina.putri"), 0.6)
    assert _kept(text, _Fixed("PERSON", "rina"), (link,)) == []
    other_name = Entity("PERSON", 0, 3, 0.9)  # the rules' own name does not block it
    assert _kept(text, _Fixed("PERSON", "rina"), (other_name,)) == [("PERSON", "rina")]


def test_only_confident_names_are_sure() -> None:
    text = "sy Andreas Gunung"
    entities, sure = tagged.tagged_entities(text, (), [_Fixed("PERSON", "Andreas Gunung")])
    assert len(entities) == 1 and sure == []
    confident = _Fixed("PERSON", "Andreas Gunung", confidence=0.95)
    _, sure = tagged.tagged_entities(text, (), [confident])
    assert _values(text, sure) == [("PERSON", "Andreas Gunung")]


def test_tagged_scores_stay_below_the_rules() -> None:
    text = "kirim ke rumah nenek, dusun krajan rt 3"
    sure = _Fixed("ADDRESS", "rumah nenek, dusun krajan rt 3", confidence=1.0)
    (entity,) = tagged.tagged_entities(text, (), [sure])[0]
    assert tagged.MIN_SCORE <= entity.score <= tagged.MAX_SCORE < 0.7


# ---- sure names in the clean-up of names ---------------------------------------------------


def _person(text: str, value: str, score: float = 0.6) -> Entity:
    start = text.index(value)
    return Entity("PERSON", start, start + len(value), score)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        # a surname that is also a word stays with the name
        ("Hi, I'm Rachel Wong, the one who called", "Rachel Wong", "Rachel Wong"),
        ("yang ambil barang nanti Andreas Gunung", "Andreas Gunung", "Andreas Gunung"),
        # address forms and a joining particle before it are not part of it
        ("atas nama Tn. Hasan Basri ya", "Tn. Hasan Basri", "Hasan Basri"),
        ("atas nama boru Tobing ya kak", "boru Tobing", "Tobing"),
        # a Dutch surname keeps its particles
        ("Hi Mr. van der Berg, please", "van der Berg", "van der Berg"),
    ],
)
def test_a_sure_name_is_kept_whole(text: str, value: str, kept: str) -> None:
    name = _person(text, value)
    assert _values(text, clean_person_entities(text, [name], sure=[name])) == [("PERSON", kept)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Toko Emas Pak Haji Mahmud pindah ke ruko sebelah", "Mahmud"),  # a business
        ("Rumah Sakit Mata Ayu Lestari membuka operasi gratis", "Ayu Lestari"),
        ("macet parah di Jl. Agus Salim tadi pagi", "Agus Salim"),  # a street
        ("Selamat pagi semuanya", "Selamat"),  # an ordinary word
    ],
)
def test_a_sure_name_of_a_business_street_or_word_is_dropped(text: str, value: str) -> None:
    name = _person(text, value)
    assert clean_person_entities(text, [name], sure=[name]) == []


# ---- through the analyzer --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("mas tolong ambil di rumah pak rt, gang haji naim nomer 21", "gang haji naim nomer 21",
         "ADDRESS"),
        ("yang ambil barang nanti Andreas Gunung, supir kami", "Andreas Gunung", "PERSON"),
    ],
)  # fmt: skip
def test_the_taggers_find_what_the_rules_miss(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, text: str, value: str, entity_type: str
) -> None:
    def covered(found: tuple[Entity, ...]) -> bool:
        start = text.index(value)
        return any(e.start <= start and start + len(value) <= e.end for e in found)

    assert covered(analyzer.analyze(text))
    monkeypatch.setattr(tagged, "tagged_entities", lambda text, others, taggers=None: ([], []))
    assert not covered(Analyzer(cache_size=0).analyze(text))


def test_on_an_identity_card_the_rules_give_the_address() -> None:
    card = (
        "NIK 3171234567890001\nNama BUDI SANTOSO\nAlamat JL. MAWAR NO. 5\nRT/RW 001/002\n"
        "Kel/Desa KEBON JERUK\nKecamatan KEBON JERUK\nAgama ISLAM"
    )
    block = card[card.index("JL.") : card.index("\nAgama")]
    assert _kept(card, _Fixed("ADDRESS", block)) == []
    assert _kept("Alamat JL. MAWAR NO. 5", _Fixed("ADDRESS", "JL. MAWAR NO. 5")) != []
