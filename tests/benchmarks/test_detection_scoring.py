"""The detection benchmark's scoring, markup loader and results file, on tiny examples."""

from __future__ import annotations

import pytest

from benchmarks.corpus import CORPUS_PATH, CorpusError, parse_corpus, parse_markup
from benchmarks.detection import _corpus_order
from benchmarks.documents import Document, Span, relabel_birth_dates
from benchmarks.results import replace_section
from benchmarks.scoring import Tally, f_beta, iou, match, score_document


def doc(text: str, *spans: Span) -> Document:
    return Document("t", "id", text, spans)


def at(text: str, value: str, entity_type: str, score: float = 1.0) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), entity_type, score)


# ---- matching ----------------------------------------------------------------------------


def test_iou() -> None:
    assert iou(Span(0, 4, "X"), Span(0, 4, "Y")) == 1.0
    assert iou(Span(0, 4, "X"), Span(2, 6, "X")) == pytest.approx(2 / 6)
    assert iou(Span(0, 4, "X"), Span(4, 8, "X")) == 0.0


def test_match_needs_iou_of_one_half() -> None:
    text = "Pak Budi dan Mbak Sri"
    gold = [at(text, "Budi", "PERSON"), at(text, "Sri", "PERSON")]
    # "Pak Budi" vs "Budi": IoU 4/8 = 0.5 matches; "Mbak Sri" vs "Sri": 3/8 does not.
    predicted = [at(text, "Pak Budi", "PERSON"), at(text, "Mbak Sri", "PERSON")]
    assert match(gold, predicted) == [(0, 0)]


def test_match_needs_a_compatible_type() -> None:
    text = "Jl. Merdeka 5"
    gold = [Span(0, len(text), "ADDRESS")]
    assert match(gold, [Span(0, len(text), "PERSON")]) == []
    assert match(gold, [Span(0, len(text), "LOCATION")]) == [(0, 0)]  # alias


def test_match_is_one_to_one_best_iou_first() -> None:
    gold = [Span(0, 10, "PERSON")]
    predicted = [Span(0, 8, "PERSON"), Span(0, 10, "PERSON")]
    assert match(gold, predicted) == [(0, 1)]


# ---- span precision and recall -----------------------------------------------------------


def test_true_positive_false_positive_false_negative() -> None:
    text = "halo kak, sy Budi, hp 0812-3456-7890"
    document = doc(text, at(text, "Budi", "PERSON"), at(text, "0812-3456-7890", "PHONE_NUMBER"))
    tally = score_document(document, [at(text, "Budi", "PERSON"), at(text, "halo kak", "PERSON")])
    assert tally.true_positives == {"PERSON": 1}
    assert tally.false_positives == {"PERSON": 1}
    assert tally.gold == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert tally.precision("PERSON") == 0.5
    assert tally.recall("PERSON") == 1.0
    assert tally.recall("PHONE_NUMBER") == 0.0
    assert tally.recall() == 0.5


def test_prediction_inside_another_is_not_a_false_positive() -> None:
    text = "mail budi@gmail.com"
    document = doc(text, at(text, "budi@gmail.com", "EMAIL_ADDRESS"))
    predicted = [at(text, "budi@gmail.com", "EMAIL_ADDRESS"), at(text, "gmail.com", "URL")]
    tally = score_document(document, predicted)
    assert tally.true_positives == {"EMAIL_ADDRESS": 1}
    assert not tally.false_positives


def test_identical_spans_of_two_types_count_once() -> None:
    text = "hp 0812-3456-7890"
    document = doc(text, at(text, "0812-3456-7890", "PHONE_NUMBER"))
    predicted = [
        at(text, "0812-3456-7890", "DATE_TIME", 0.85),
        at(text, "0812-3456-7890", "PHONE_NUMBER", 0.4),
    ]
    tally = score_document(document, predicted)
    assert tally.true_positives == {"PHONE_NUMBER": 1}
    assert not tally.false_positives
    # Two unmatched identical predictions: one false positive, not two.
    tally = score_document(doc(text), [Span(3, 17, "US_BANK_NUMBER"), Span(3, 17, "ID")])
    assert sum(tally.false_positives.values()) == 1


def test_predictions_on_neutral_spans_are_ignored_unless_they_touch_a_hard_negative() -> None:
    text = "kirim ke Surabaya via Toko Sinar Jaya"
    document = doc(text, at(text, "Surabaya", "LOCATION"), at(text, "Toko Sinar Jaya", "NEG"))
    tally = score_document(document, [at(text, "Surabaya", "LOCATION")])
    assert not tally.false_positives
    assert tally.neutral_touched == {"LOCATION": 1}
    mostly_neutral = Span(text.index("Surabaya"), text.index("Toko") + 2, "ORGANIZATION")
    tally = score_document(document, [mostly_neutral])
    assert tally.false_positives == {"ORGANIZATION": 1}


def test_prediction_mostly_outside_neutral_spans_is_a_false_positive() -> None:
    text = "ke Bogor naik kereta"
    document = doc(text, at(text, "Bogor", "LOCATION"))
    tally = score_document(document, [at(text, "Bogor naik kereta", "PERSON")])
    assert tally.false_positives == {"PERSON": 1}


def test_unknown_gold_type_is_an_error() -> None:
    with pytest.raises(ValueError, match="SHOE_SIZE"):
        score_document(doc("size 42", Span(5, 7, "SHOE_SIZE")), [])


# ---- leak recall, character precision, hard negatives --------------------------------------


def test_leak_recall_counts_coverage_by_any_type_ignoring_whitespace() -> None:
    text = "alamat Jl. Mawar 5\nRT 02 RW 03 ok"
    address = at(text, "Jl. Mawar 5\nRT 02 RW 03", "ADDRESS")
    document = doc(text, address)
    pieces = [at(text, "Jl. Mawar 5", "LOCATION"), at(text, "RT 02 RW 03", "PERSON")]
    tally = score_document(document, pieces)
    assert tally.leak_recall("ADDRESS") == 1.0
    assert tally.recall("ADDRESS") == 0.0  # neither piece has IoU >= 0.5 with the whole
    tally = score_document(document, pieces[:1])
    assert tally.leak_recall() == 0.0


def test_char_precision_leaves_out_neutral_characters() -> None:
    text = "aaaa bbbb cccc dddd"
    document = doc(
        text,
        at(text, "aaaa", "PERSON"),
        at(text, "bbbb", "ORGANIZATION"),
        at(text, "cccc", "NEG"),
    )
    tally = score_document(document, [Span(0, 14, "PERSON")])
    # 14 predicted characters, 4 of them neutral: 4 of the remaining 10 are in the PERSON.
    assert tally.char_precision() == pytest.approx(0.4)
    # Overlapping predictions do not count characters twice.
    tally = score_document(document, [Span(0, 4, "PERSON"), Span(2, 4, "URL")])
    assert tally.char_precision() == 1.0


def test_hard_negative_is_intact_only_without_any_predicted_character() -> None:
    text = "total Rp 1.250.000 ya"
    document = doc(text, at(text, "Rp 1.250.000", "NEG"))
    assert score_document(document, [at(text, "total", "PERSON")]).hard_negatives_intact == 1
    tally = score_document(document, [at(text, "1.250", "PHONE_NUMBER")])
    assert tally.hard_negatives == 1
    assert tally.hard_negatives_intact == 0
    assert tally.hard_negatives_intact_rate() == 0.0
    assert tally.false_positives == {"PHONE_NUMBER": 1}


def test_tally_adds_up_and_undefined_metrics_are_none() -> None:
    text = "Budi"
    total = Tally()
    total += score_document(doc(text, Span(0, 4, "PERSON")), [Span(0, 4, "PERSON")])
    total += score_document(doc("x y"), [Span(0, 1, "PERSON")])
    assert total.documents == 2
    assert total.precision() == 0.5
    assert total.f2() == pytest.approx(5 * 0.5 / (4 * 0.5 + 1))
    assert Tally().precision() is None
    assert Tally().hard_negatives_intact_rate() is None
    assert f_beta(0.0, 0.0, 2) == 0.0
    assert f_beta(None, 1.0, 2) is None


# ---- markup loader -----------------------------------------------------------------------


def test_markup_offsets() -> None:
    text, spans = parse_markup("hi [[PERSON|Budi]] bayar [[NEG|Rp 5.000]]!")
    assert text == "hi Budi bayar Rp 5.000!"
    assert spans == (Span(3, 7, "PERSON"), Span(14, 22, "NEG"))
    assert [text[s.start : s.end] for s in spans] == ["Budi", "Rp 5.000"]


def test_markup_value_may_span_lines_and_contain_a_bar() -> None:
    text, spans = parse_markup("[[ADDRESS|Jl. A 1\nRT 2]] pw [[SECRET|a|b]]")
    assert text == "Jl. A 1\nRT 2 pw a|b"
    assert [text[s.start : s.end] for s in spans] == ["Jl. A 1\nRT 2", "a|b"]


def test_corpus_messages_headers_comments_and_blank_lines() -> None:
    lines = [
        "// comment",
        "@@ id shop",
        "halo [[PERSON|Rina]]",
        "baris dua",
        "",
        "@@ en",
        "hi",
        "",
    ]
    first, second = parse_corpus(lines)
    assert (first.id, first.lang, first.domain) == ("whatsapp-0001", "id", "shop")
    assert first.text == "halo Rina\nbaris dua"
    assert first.spans == (Span(5, 9, "PERSON"),)
    assert (second.lang, second.domain, second.text, second.spans) == ("en", "", "hi", ())


@pytest.mark.parametrize(
    ("marked", "problem"),
    [
        ("hi [[PERSON|Budi", "never closed"),
        ("hi PERSON|Budi]]", "without"),
        ("hi [[Budi]]", "missing '|'"),
        ("hi [[NAME|Budi]]", "unknown type"),
        ("hi [[PERSON|]]", "empty value"),
        ("hi [[PERSON| Budi]]", "outer whitespace"),
        ("hi [PERSON|Budi]]", "single"),
        ("hi [[PERSON|Budi [[NEG|5]]", "nested"),
    ],
)
def test_malformed_markup_is_an_error(marked: str, problem: str) -> None:
    with pytest.raises(CorpusError, match=problem):
        parse_markup(marked)


def test_error_names_the_line() -> None:
    with pytest.raises(CorpusError, match="line 4:"):
        parse_corpus(["@@ id", "ok", "", "sy [[PERSON|Budi"])


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (["teks tanpa header"], "before the first"),
        (["@@ fr", "bonjour"], "language"),
        (["@@ id", "", "@@ en", "hi"], "no text"),
    ],
)
def test_malformed_corpus_is_an_error(lines: list[str], problem: str) -> None:
    with pytest.raises(CorpusError, match=problem):
        parse_corpus(lines)


# ---- datasets and results file -----------------------------------------------------------


def test_ktp_birth_date_becomes_date_of_birth() -> None:
    text = "NIK 3174\nTempat/Tgl Lahir JAKARTA, 17-03-1974\nBerlaku 16-06-2019"
    birth, issued = at(text, "17-03-1974", "DATE_TIME"), at(text, "16-06-2019", "DATE_TIME")
    relabelled = relabel_birth_dates(doc(text, birth, issued))
    assert [s.type for s in relabelled.spans] == ["DATE_OF_BIRTH", "DATE_TIME"]


def test_replace_section_keeps_other_sections() -> None:
    before = "# Results\n\n## Speed\n\nfast\n\n## Detection quality\n\nold\n\n## Other\n\nkeep\n"
    after = replace_section(before, "Detection quality", "new\n\n### sub\n")
    assert after == (
        "# Results\n\n## Speed\n\nfast\n\n"
        "## Detection quality\n\nnew\n\n### sub\n\n"
        "## Other\n\nkeep\n"
    )
    assert replace_section(after, "Detection quality", "new\n\n### sub") == after


def test_replace_section_appends_when_missing() -> None:
    assert replace_section("# Results\n", "Speed", "x") == "# Results\n\n## Speed\n\nx\n"
    assert replace_section("", "Speed", "x") == "## Speed\n\nx\n"
    last = replace_section("# R\n\n## Speed\n\nold\n", "Speed", "new")
    assert last == "# R\n\n## Speed\n\nnew\n"


def test_corpora_are_listed_whatsapp_first_then_by_name_and_number(tmp_path) -> None:
    names = ["holdout2.txt", "dev10.txt", "dev.txt", "holdout.txt", "dev2.txt"]
    paths = [tmp_path / name for name in names] + [CORPUS_PATH]
    ordered = [p.stem for p in sorted(paths, key=_corpus_order)]
    assert ordered == ["whatsapp", "dev", "dev2", "dev10", "holdout", "holdout2"]
