"""PERSON: names a longer spaCy span swallowed, "an" without its dot, lists of names,
capitals, and English possessives."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import found, persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # spaCy's "dari Yanto tetangga Gg" overlaps the address and is dropped: the name stays
        ("kabar duka, ibunda dari Yanto tetangga Gg. Kenari RT 5 RW 1 wafat pagi ini", "Yanto"),
        # spaCy's "Rafa batuk" overlaps a symptom
        ("keponakan saya Rafa batuk pilek sejak kemarin", "Rafa"),
    ],
)
def test_name_inside_a_dropped_spacy_span(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mohon tf ke rek Mandiri 1420 0098 7711 an Sulastri ya", "Sulastri"),
        ("paket ke kec. cibeber kab. cianjur an wagiyo", "wagiyo"),
        ("rek bca 5520193847 an Hendro Wibisono", "Hendro Wibisono"),
    ],
)
def test_bare_an_before_a_name(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order 4471 has an Apple Watch strap inside",
        "the hotel is 5 minutes from an Ocean beach",
        "I booked 2 rooms, an Executive suite",
    ],
)
def test_english_an_is_no_cue(text: str) -> None:
    assert found(text) == []


def test_list_of_names_with_ambiguous_items(analyzer: Analyzer) -> None:
    text = "jadwal ronda malam minggu: Joko, Mawar, Intan, Slamet, Yudi"
    assert {"Mawar", "Intan"} <= set(persons(analyzer, text))


def test_list_of_names_with_an_unknown_nickname() -> None:
    assert "Ucok" in found("yg ultah minggu ini: Hartini, Ucok, Wahyuni")


@pytest.mark.parametrize(
    "text",
    [
        "warna ready: Merah, Biru, Hijau, Hitam",
        "cabang kami: Jakarta, Bandung, Surabaya, Medan",
        "ukuran tersedia S, M, L, XL",
    ],
)
def test_lists_that_are_no_names(text: str) -> None:
    assert found(text) == []


def test_capitals_given_name_and_unknown_surname() -> None:
    text = "mohon SK mutasi KETUT WIRANATHA & DEWI KUSUMAWARDHANI segera diproses"
    assert found(text) == ["KETUT WIRANATHA", "DEWI KUSUMAWARDHANI"]


def test_capitals_name_and_a_word_are_no_name() -> None:
    assert found("DISKON BUDI MOTOR 20%") == []


def test_english_possessive(analyzer: Analyzer) -> None:
    assert "Sophia" in persons(analyzer, "Dad, Sophia's school fee is due on Monday")


def test_name_joined_before_a_found_name(analyzer: Analyzer) -> None:
    text = "selamat bergabung Zeffa & Maharani di divisi gudang"
    assert {"Zeffa", "Maharani"} <= set(persons(analyzer, text))


def test_word_before_a_joined_name_at_a_sentence_start(analyzer: Analyzer) -> None:
    assert "Sabun" not in persons(analyzer, "Sabun & Maharani")


def test_lower_case_name_joined_to_a_lower_case_name(analyzer: Analyzer) -> None:
    text = "booking kamar atas nama yohanes pratama & agustina ya"
    assert "agustina" in persons(analyzer, text)


def test_sign_off_with_a_name_that_is_also_a_word() -> None:
    assert found("bu, sy izin telat, ban motor bocor di jalan. mawar") == ["mawar"]


@pytest.mark.parametrize("text", ["barang sudah sampai. mantap", "ok kak. makasih"])
def test_sign_off_words_are_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Praktek dr. Melinda Sp.OG tiap Selasa", "Sp"),
        ("Klinik tutup jam 9. Parkir di belakang gedung", "Parkir"),
        ("Google Maps link nya error", "Maps"),
        ("Traveller 1: passport attached", "Traveller"),
        ("kata sandi wifi: Nanas#4471", "sandi"),
    ],
)
def test_words_that_are_no_names(analyzer: Analyzer, text: str, word: str) -> None:
    assert not any(word in p for p in persons(analyzer, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@dewi_lestari tolong rekap orderan hari ini", "dewi_lestari"),
        ("cc @yudi buat approval", "yudi"),
        ("@Kartika tolong cek stok warna navy", "Kartika"),
    ],
)
def test_mentions(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text", ["follow @tokosepatu_murah ya", "@admin tolong dibalas", "kirim ke rini@mail.com"]
)
def test_mentions_that_are_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tadi ketemu pak rt, katanya joko udah pulang kampung", "joko"),
        ("paketnya diterima si asep kemarin sore", "asep"),
    ],
)
def test_katanya_and_si_before_a_name(text: str, name: str) -> None:
    assert name in found(text)


def test_lower_case_names_joined_by_sama(analyzer: Analyzer) -> None:
    names = persons(analyzer, "yg jaga toko hari ini hendra sama yoga")
    assert {"hendra", "yoga"} <= set(names)


@pytest.mark.parametrize(
    "text", ["si kecil lagi tidur siang", "katanya bagus kak", "kaos sama celana ready"]
)
def test_si_katanya_sama_without_names(text: str) -> None:
    assert found(text) == []
