"""ADDRESS: Indonesian and English street-level addresses, each as one span."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from redaction.recognizers.addresses import AddressRecognizer, find_addresses


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "alamat Jl. Kebon Jeruk Raya No 12 RT 003/RW 005, Kec. Kebon Jeruk, "
            "Jakarta Barat 11530. No HP 0812 3456 7890",
            "Jl. Kebon Jeruk Raya No 12 RT 003/RW 005, Kec. Kebon Jeruk, Jakarta Barat 11530",
        ),
        ("kirim ke jln mawar 5 ya kak", "jln mawar 5"),
        ("alamat gg. kelinci no.3, tolong kirim besok", "gg. kelinci no.3"),
        ("di perum griya asri blok B2/15 ya", "perum griya asri blok B2/15"),
        ("Blok C3 No. 5, Cluster Melati", "Blok C3 No. 5, Cluster Melati"),
        ("Jalan Gatot Subroto No. 1, Jakarta", "Jalan Gatot Subroto No. 1, Jakarta"),
        ("di Jl. Jend. Sudirman Kav. 52-53, Jakarta", "Jl. Jend. Sudirman Kav. 52-53, Jakarta"),
        ("Jl. H. Agus Salim No.10 Bandung", "Jl. H. Agus Salim No.10 Bandung"),
        (
            "Komp. Bumi Asri Blok A1 No 7, Kel. Sukamaju, Kab. Bogor 16913",
            "Komp. Bumi Asri Blok A1 No 7, Kel. Sukamaju, Kab. Bogor 16913",
        ),
        (
            "Apartemen Kalibata City Tower B lt 12 no 5",
            "Apartemen Kalibata City Tower B lt 12 no 5",
        ),
        (
            "RT.03 RW.05 Kel. Sukamaju Kec. Cibinong Kab. Bogor",
            "RT.03 RW.05 Kel. Sukamaju Kec. Cibinong Kab. Bogor",
        ),
        ("rt 3 rw 5 desa sukamaju", "rt 3 rw 5 desa sukamaju"),
        ("JL PROF DR SUPOMO SH BL A/5-A", "JL PROF DR SUPOMO SH BL A/5-A"),
        (
            "He lives at 123 Main Street, Springfield, IL 62704. Call him.",
            "123 Main Street, Springfield, IL 62704",
        ),
    ],
)
def test_street_level_addresses_are_one_span(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Jl. Melati No. 5. Tolong kirim besok", "Jl. Melati No. 5"),
        ("Jl. Melati No 5, tolong kirim besok ya", "Jl. Melati No 5"),
        ("Jl. Melati No 5\nNo HP 0812", "Jl. Melati No 5"),
        ("jln mawar 5 kak, ditunggu", "jln mawar 5"),
        ("Jalan Sultan Agung terkenal dengan kulinernya", "Jalan Sultan Agung"),
    ],
)
def test_address_ends_at_sentence_end_or_non_address_words(text: str, address: str) -> None:
    assert found(text) == [address]


def test_village_before_rt_rw_is_part_of_the_address() -> None:
    text = "alamat saya di desa sukamaju rt 2 rw 3 kec cibinong ya"
    assert found(text) == ["desa sukamaju rt 2 rw 3 kec cibinong"]


def test_form_rt_rw_value_without_its_label() -> None:
    assert found("Alamat JL. CIPINANG RAYA 12\nRT/RW 017/007") == [
        "JL. CIPINANG RAYA 12",
        "017/007",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "saya tinggal di Bandung",
        "kirim ke Surabaya ya kak",
        "asal saya dari Jawa Barat",
        "lagi di jalan nih kak",
        "jalan kaki aja ke sana",
        "pulang kampung minggu depan",
        "di Dusun Garon sampai sore",
        "harga no 1 di Indonesia",
    ],
)
def test_a_city_or_an_ordinary_word_alone_is_not_an_address(text: str) -> None:
    assert found(text) == []


def test_scores() -> None:
    (street,) = find_addresses("Jl. Melati No 5")
    (name_only,) = find_addresses("kantor di Jl. Sudirman dekat bundaran")
    (rt_rw,) = find_addresses("RT 03 RW 05")
    (rt_only,) = find_addresses("saya tinggal di rt 5")
    assert street.score >= 0.9
    assert rt_rw.score >= 0.9
    assert 0.6 <= name_only.score < street.score
    assert 0.6 <= rt_only.score < rt_rw.score


def test_recognizer_reports_presidio_results() -> None:
    text = "kirim ke Jl. Melati No 5 ya"
    results = AddressRecognizer().analyze(text, ["ADDRESS"])
    assert [(text[r.start : r.end], r.entity_type) for r in results] == [
        ("Jl. Melati No 5", "ADDRESS")
    ]


def test_address_outranks_names_and_places_inside_it(analyzer: Analyzer) -> None:
    text = "Tolong kirim ke Jl. Sudirman No. 10, Kec. Menteng, Jakarta Pusat 10310 ya"
    entities = analyzer.analyze(text)
    assert [(e.type, text[e.start : e.end]) for e in entities] == [
        ("ADDRESS", "Jl. Sudirman No. 10, Kec. Menteng, Jakarta Pusat 10310")
    ]


def test_city_alone_through_the_analyzer(analyzer: Analyzer) -> None:
    assert [e for e in analyzer.analyze("saya tinggal di Bandung") if e.type == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "kirim ke gg. Masjid Al Ikhlas no 7 rt 2 rw 4 kel. Pasar Minggu",
            "gg. Masjid Al Ikhlas no 7 rt 2 rw 4 kel. Pasar Minggu",
        ),
        (
            "Lokasiku di Apartemen Kalibata City Tower Jasmine Lt 9 No 12",
            "Apartemen Kalibata City Tower Jasmine Lt 9 No 12",
        ),
        (
            "ke Gedung Graha Pena Lt. 5, Jl. Ahmad Yani 88, Surabaya, up. Bpk. Yohanes",
            "Gedung Graha Pena Lt. 5, Jl. Ahmad Yani 88, Surabaya",
        ),
        (
            "di Perumahan Citra Indah, Jl. Anggrek 3 Blok AJ No. 8, Jonggol, Bogor, LT 120 m2",
            "Perumahan Citra Indah, Jl. Anggrek 3 Blok AJ No. 8, Jonggol, Bogor",
        ),
        (
            "Jl. Soekarno Hatta Gg. 7 No. 15, Kel. Jatimulyo, Kota Malang",
            "Jl. Soekarno Hatta Gg. 7 No. 15, Kel. Jatimulyo, Kota Malang",
        ),
        (
            "Jl. Gatot Subroto Km 4,5 Komplek Tasbi Blok II No. 88, Medan Sunggal, Medan 20122",
            "Jl. Gatot Subroto Km 4,5 Komplek Tasbi Blok II No. 88, Medan Sunggal, Medan 20122",
        ),
        (
            "Jl. Sam Ratulangi No. 31 Lingkungan II, Kel. Titiwungen Utara, Manado 95114",
            "Jl. Sam Ratulangi No. 31 Lingkungan II, Kel. Titiwungen Utara, Manado 95114",
        ),
        (
            "Apartemen Taman Rasuna Tower 9 Unit 23C\nJl. HR Rasuna Said, Setiabudi\n"
            "Jakarta Selatan 12960\nPenerima: Jonathan",
            "Apartemen Taman Rasuna Tower 9 Unit 23C\nJl. HR Rasuna Said, Setiabudi\n"
            "Jakarta Selatan 12960",
        ),
    ],
)
def test_buildings_streets_inside_estates_districts_and_lines(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "kata Didik di Gedung DPR RI, Jakarta, Rabu.",
        "Israel meratakan gedung apartemen 13 lantai.",
        "Rumah dijual LT 120 m2 LB 90 m2",
    ],
)
def test_buildings_without_a_floor_unit_or_street(text: str) -> None:
    assert found(text) == []
