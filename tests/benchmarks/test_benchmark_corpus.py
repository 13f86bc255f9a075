"""The hand-labelled corpora: they load, have the intended mix, and their values are valid.

The mix and honorific checks apply to corpus/whatsapp.txt; the other corpora (the dev*.txt
tuning sets and the held-out holdout*.txt) get a lighter check.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

import pytest

from benchmarks.corpus import CORPUS_PATH, load_corpus
from benchmarks.documents import Document
from benchmarks.scoring import TARGET_TYPES

DOCUMENTS = load_corpus()
OTHERS = {
    name: load_corpus(CORPUS_PATH.parent / name)
    for name in (
        "holdout.txt",
        "dev.txt",
        "dev2.txt",
        "dev3.txt",
        "dev4.txt",
        "dev5.txt",
        "dev6.txt",
        "dev7.txt",
        "dev8.txt",
        "dev9.txt",
        "dev10.txt",
        "dev11.txt",
        "dev12.txt",
        "dev13.txt",
        "dev14.txt",
        "dev15.txt",
        "dev16.txt",
        "dev17.txt",
        "dev18.txt",
        "dev19.txt",
        "dev20.txt",
        "dev21.txt",
        "dev22.txt",
        "dev23.txt",
        "dev24.txt",
        "dev25.txt",
        "dev26.txt",
        "dev27.txt",
        "dev28.txt",
        "dev29.txt",
        "dev30.txt",
        "dev31.txt",
        "dev32.txt",
        "dev33.txt",
        "dev34.txt",
        "dev35.txt",
        "dev36.txt",
        "dev37.txt",
        "dev38.txt",
        "dev39.txt",
        "dev40.txt",
        "dev41.txt",
        "dev42.txt",
        "dev43.txt",
        "dev44.txt",
        "dev45.txt",
        "dev46.txt",
        "dev47.txt",
        "dev48.txt",
        "dev49.txt",
        "dev50.txt",
        "dev51.txt",
        "dev52.txt",
        "dev53.txt",
        "dev54.txt",
        "dev55.txt",
        "dev56.txt",
        "dev57.txt",
        "dev58.txt",
        "dev59.txt",
        "dev60.txt",
        "dev61.txt",
        "dev62.txt",
        "dev63.txt",
        "dev64.txt",
        "dev65.txt",
        "dev66.txt",
        "dev67.txt",
        "dev68.txt",
        "dev69.txt",
        "dev70.txt",
        "dev71.txt",
        "dev72.txt",
        "dev73.txt",
        "dev74.txt",
        "dev75.txt",
        "dev76.txt",
        "dev77.txt",
        "dev78.txt",
        "dev79.txt",
        "dev80.txt",
        "dev81.txt",
        "dev82.txt",
        "dev83.txt",
        "dev84.txt",
        "dev85.txt",
        "dev86.txt",
        "dev87.txt",
        "dev88.txt",
        "dev89.txt",
        "dev90.txt",
        "dev91.txt",
        "dev92.txt",
        "dev93.txt",
        "dev94.txt",
        "dev95.txt",
        "dev96.txt",
        "dev97.txt",
        "dev98.txt",
        "dev99.txt",
        "dev100.txt",
        "dev101.txt",
        "dev102.txt",
        "dev103.txt",
        "dev104.txt",
        "dev105.txt",
        "dev106.txt",
        "dev107.txt",
        "dev108.txt",
        "dev109.txt",
        "dev110.txt",
        "dev111.txt",
        "dev112.txt",
        "dev113.txt",
        "dev114.txt",
        "dev115.txt",
        "dev116.txt",
        "dev117.txt",
        "dev118.txt",
        "dev119.txt",
        "dev120.txt",
        "dev121.txt",
        "dev122.txt",
        "dev123.txt",
        "dev124.txt",
        "dev125.txt",
        "dev126.txt",
        "dev127.txt",
        "holdout2.txt",
        "holdout3.txt",
        "holdout4.txt",
        "holdout5.txt",
        "holdout6.txt",
        "holdout7.txt",
        "holdout8.txt",
        "holdout9.txt",
        "holdout10.txt",
        "holdout11.txt",
        "holdout12.txt",
        "holdout13.txt",
        "holdout14.txt",
        "holdout15.txt",
        "holdout16.txt",
        "holdout17.txt",
        "holdout18.txt",
        "holdout19.txt",
        "holdout20.txt",
        "holdout21.txt",
        "holdout22.txt",
        "holdout23.txt",
        "holdout24.txt",
        "holdout25.txt",
        "holdout26.txt",
        "holdout27.txt",
        "holdout28.txt",
        "holdout29.txt",
        "holdout30.txt",
        "holdout31.txt",
        "holdout32.txt",
    )
}

# Province codes (the first two digits of a NIK or KK number).
PROVINCES = {
    *range(11, 20),
    21,
    *range(31, 37),
    *range(51, 54),
    *range(61, 66),
    *range(71, 77),
    81,
    82,
    *range(91, 97),
}
HONORIFICS = re.compile(
    r"(?i)^(pak|bu|ibu|bapak|bpk|kak|mas|mbak|bang|mbah|om|tante|h|hj|mr|mrs|ms|dr|drg)\.?\s"
)


def values(entity_type: str, documents: list[Document] = DOCUMENTS) -> list[str]:
    return [d.text[s.start : s.end] for d in documents for s in d.spans if s.type == entity_type]


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(number)):
        d = int(char) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def region_and_date_ok(number: str, birth: bool) -> bool:
    """A NIK (birth date, +40 on the day for women) or KK (issue date) number."""
    if len(number) != 16 or int(number[:2]) not in PROVINCES or number[-4:] == "0000":
        return False
    if number[2:4] == "00" or number[4:6] == "00":
        return False
    day, month, year = int(number[6:8]), int(number[8:10]), int(number[10:12])
    if birth and day > 40:
        day -= 40
    try:
        datetime.date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def has_personal_data(document: Document) -> bool:
    return any(span.type != "NEG" for span in document.spans)


def test_size_and_mix() -> None:
    assert len(DOCUMENTS) >= 300
    languages = Counter(d.lang for d in DOCUMENTS)
    share = {lang: n / len(DOCUMENTS) for lang, n in languages.items()}
    assert share["id"] == pytest.approx(0.40, abs=0.05)
    assert share["en"] == pytest.approx(0.25, abs=0.05)
    assert share["mix"] == pytest.approx(0.35, abs=0.05)
    without = sum(not has_personal_data(d) for d in DOCUMENTS) / len(DOCUMENTS)
    assert without == pytest.approx(0.15, abs=0.03)


def test_spans_are_trimmed_and_disjoint() -> None:
    for document in DOCUMENTS:
        end = 0
        for span in document.spans:
            value = document.text[span.start : span.end]
            assert value == value.strip(), document.id
            assert span.start >= end, document.id
            end = span.end


def test_person_spans_leave_out_honorifics() -> None:
    assert [v for v in values("PERSON") if HONORIFICS.match(v)] == []


def test_nik_numbers_are_valid() -> None:
    assert [v for v in values("ID_NIK") if not region_and_date_ok(digits(v), birth=True)] == []


def test_kk_numbers_are_valid() -> None:
    assert [v for v in values("ID_KK") if not region_and_date_ok(digits(v), birth=False)] == []


def test_npwp_check_digit() -> None:
    for value in values("ID_NPWP"):
        number = digits(value)
        assert len(number) == 15, value
        assert luhn_ok(number[:9]), value


def test_card_numbers_pass_luhn() -> None:
    assert [v for v in values("CREDIT_CARD") if not luhn_ok(digits(v))] == []


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def test_iban_checksum() -> None:
    assert [v for v in values("IBAN_CODE") if not iban_ok(v)] == []


def npwp_ok(value: str) -> bool:
    """15 digits with the check digit (Luhn over the first 8 in the 9th), or a 16-digit NIK."""
    number = digits(value)
    if len(number) == 16:
        return region_and_date_ok(number, birth=True)
    return len(number) == 15 and luhn_ok(number[:9])


@pytest.mark.parametrize("name", sorted(OTHERS))
def test_other_corpora_load_with_every_type_and_valid_numbers(name) -> None:
    documents = OTHERS[name]
    assert len(documents) >= 200
    assert TARGET_TYPES - {"US_SSN"} <= {s.type for d in documents for s in d.spans}
    assert [v for v in values("ID_NIK", documents) if not region_and_date_ok(digits(v), True)] == []
    assert [v for v in values("ID_KK", documents) if not region_and_date_ok(digits(v), False)] == []
    assert [v for v in values("ID_NPWP", documents) if not npwp_ok(v)] == []
    assert [v for v in values("CREDIT_CARD", documents) if not luhn_ok(digits(v))] == []
    assert [v for v in values("IBAN_CODE", documents) if not iban_ok(v)] == []
    assert [v for v in values("PERSON", documents) if HONORIFICS.match(v)] == []
