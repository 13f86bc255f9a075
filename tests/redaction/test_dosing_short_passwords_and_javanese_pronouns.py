"""A medicine's dosing in English (every few hours, as needed, for some days, in percent);
digits after "pw nya"; the Javanese pronoun "kulo" and greeting "sugeng enjing" are nobody's
names; nor are a chat log's roles, prayer times, prefixed verbs, and everyday and regional
words ("serah terima", "Ambo"), banks abroad."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "medical"),
    [
        (
            "- Paracetamol 500 mg every 6 hours as needed",
            ["Paracetamol 500 mg every 6 hours as needed"],
        ),
        ("- Cefixime 200 mg twice daily for 5 days", ["Cefixime 200 mg twice daily for 5 days"]),
        ("minum ibuprofen 400 mg 3 times a day", ["ibuprofen 400 mg 3 times a day"]),
        ("udh pake hydrocortisone cream 1% ga mempan", ["pake hydrocortisone cream 1%"]),
    ],
)
def test_dosing_belongs_to_the_medicine(analyzer: Analyzer, text: str, medical: list[str]) -> None:
    assert found(analyzer, text, "MEDICAL") == medical


def test_a_percentage_without_a_health_term_is_left(analyzer: Analyzer) -> None:
    assert found(analyzer, "diskon 20% untuk pembelian kedua, berlaku 5 days", "MEDICAL") == []


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("pw nya 07081992 kan min? soalnya tgl lahir sy 7 Agustus", ["07081992"]),
        ("passnya: 11091993", ["11091993"]),
        ("pass nya 2 orang ya kak", []),
        ("passnya 150000 rb per orang", []),
    ],
)
def test_digits_after_pw_nya(analyzer: Analyzer, text: str, secrets: list[str]) -> None:
    assert found(analyzer, text, "SECRET") == secrets


def test_kulo_is_a_pronoun_not_a_name(analyzer: Analyzer) -> None:
    text = (
        "Dok, niki hasil lab kulo wingi: kolesterol 287, asam urat 9,2. Kulo Sumirah, umur "
        "66. Kulo wedi, bapakipun riyin seda amargi stroke."
    )
    assert found(analyzer, text, "PERSON") == ["Sumirah"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sugeng enjing mbak, kulo badhe daftar periksa kagem bapak ku", []),
        ("sugeng rawuh ing acara kami", []),
        ("Sugeng dalu Pak Budi", ["Budi"]),
        ("Pak Sugeng sore ini datang ya", ["Sugeng"]),
    ],
)
def test_sugeng_greets_unless_it_is_a_name(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert found(analyzer, text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a chat log's sides named by their roles
        ("Bot: Ketik NIK sesuai KTP\nUser: 3509241106005191\nBot: NIK tidak sesuai.", []),
        ("Ria: kurirnya ud deket?\nAdmin: sudah kak\nRia: oke", ["Ria", "Ria"]),
        # a time told by a prayer
        ("Dimakamkan hari ini ba'da Dzuhur di TPU Kebon Kopi.", []),
        ("Waktu: Ba'da Isya (19.30)", []),
        ("Pak Ashar Rahman datang", ["Ashar Rahman"]),
        # a verb with a prefix opening a line
        ("Take home pay: Rp 5.613.000\nDitransfer ke rek 1300018827654", []),
        ("Hi Meisya,\nJust flagging that I'll be out", ["Meisya"]),
    ],
)
def test_roles_prayer_times_and_prefixed_verbs(
    analyzer: Analyzer, text: str, names: list[str]
) -> None:
    assert found(analyzer, text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Serah terima laptop\nDari: Andi Mappasessu", ["Andi Mappasessu"]),
        ("Rek pencairan BCA 4410 221 008 a.n. pemegang polis", []),
        ("Assalamualaikum. Ambo Syafruddin, umua 67, nio daftar umroh", ["Syafruddin"]),
        ("Bisa kirim montir? Engkok Sulaiman, 0813 3019 4427.", ["Sulaiman"]),
        ("Wilujeng siang Teh 🙏 Alphard putih + driver 12 jam", []),
    ],
)
def test_everyday_and_regional_words_are_no_names(
    analyzer: Analyzer, text: str, names: list[str]
) -> None:
    assert found(analyzer, text, "PERSON") == names


def test_a_bank_abroad_is_no_person(analyzer: Analyzer) -> None:
    text = "Sy TKI di Saudi. Gaji masuk ke Al Rajhi, IBAN SA1999848640334525589953. Tujuan Budi"
    assert found(analyzer, text, "PERSON") == ["Budi"]
