"""Indonesian identity numbers: NIK, KK, NPWP, BPJS, passport, SIM, vehicle plate."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from presidio_analyzer import EntityRecognizer

from redaction.analyzer import DEFAULT_THRESHOLD, Analyzer
from redaction.recognizers.identifiers import (
    PROVINCE_CODES,
    BpjsKesehatanRecognizer,
    BpjsKetenagakerjaanRecognizer,
    KkRecognizer,
    NikRecognizer,
    NpwpRecognizer,
    PassportRecognizer,
    PlateRecognizer,
    SimRecognizer,
    is_kk,
    is_nik,
    is_npwp,
    luhn_valid,
)

ID_TYPES = {"ID_NIK", "ID_KK", "ID_NPWP", "ID_BPJS", "ID_PASSPORT", "ID_SIM", "ID_PLATE"}


def detect(recognizer: EntityRecognizer, text: str) -> list[tuple[str, float]]:
    """(value, score) of what ``recognizer`` finds in ``text`` above the analyzer threshold."""
    results = recognizer.analyze(text, recognizer.supported_entities)
    return [(text[r.start : r.end], r.score) for r in results if r.score >= DEFAULT_THRESHOLD]


def values(recognizer: EntityRecognizer, text: str) -> list[str]:
    return [value for value, _ in detect(recognizer, text)]


def make_nik(
    province: int = 31,
    regency: int = 74,
    district: int = 5,
    day: int = 15,
    month: int = 7,
    yy: int = 90,
    serial: int = 1,
    *,
    female: bool = False,
) -> str:
    """A NIK (or, with female=False and an issue date, a KK number) from its parts."""
    day_field = day + 40 if female else day
    return (
        f"{province:02d}{regency:02d}{district:02d}{day_field:02d}{month:02d}{yy:02d}{serial:04d}"
    )


def random_niks(count: int, seed: int = 7) -> Iterator[tuple[str, bool]]:
    """Valid NIKs over every province, random places, dates and serials; (nik, female)."""
    rng = random.Random(seed)
    provinces = sorted(PROVINCE_CODES)
    for i in range(count):
        female = rng.random() < 0.5
        nik = make_nik(
            provinces[i % len(provinces)],
            rng.randint(1, 99),
            rng.randint(1, 99),
            rng.randint(1, 28),
            rng.randint(1, 12),
            rng.randint(0, 99),
            rng.randint(1, 9999),
            female=female,
        )
        yield nik, female


def spaced(number: str, sep: str, groups: tuple[int, ...] = (4, 4, 4, 4)) -> str:
    parts, i = [], 0
    for size in groups:
        parts.append(number[i : i + size])
        i += size
    return sep.join(parts)


# --- NIK -----------------------------------------------------------------------------------


def test_generated_niks_are_valid_and_detected_alone() -> None:
    recognizer = NikRecognizer()
    for nik, _ in random_niks(200):
        assert is_nik(nik), nik
        assert detect(recognizer, f"ini {nik} ya") == [(nik, 0.6)]


@pytest.mark.parametrize("sep", [" ", ".", "-"])
def test_nik_written_in_groups(sep: str) -> None:
    nik = make_nik()
    for groups in ((4, 4, 4, 4), (6, 6, 4), (2, 2, 2, 6, 4)):
        written = spaced(nik, sep, groups)
        assert values(NikRecognizer(), f"NIK: {written}.") == [written]


@pytest.mark.parametrize(
    "context",
    ["nik aku", "NIK:", "no KTP", "nomor induk kependudukan", "e-KTP", "niknya", "ktp saya"],
)
def test_nik_context_raises_score(context: str) -> None:
    nik = make_nik(female=True)
    assert detect(NikRecognizer(), f"{context} {nik}") == [(nik, pytest.approx(0.95))]


@pytest.mark.parametrize(
    "nik",
    [
        make_nik(province=10),
        make_nik(province=20),
        make_nik(province=37),
        make_nik(province=41),
        make_nik(province=97),
        make_nik(regency=0),
        make_nik(district=0),
        make_nik(month=13),
        make_nik(month=0),
        make_nik(day=32),
        make_nik(day=0),
        make_nik(day=32, female=True),  # day field 72
        make_nik(day=30, month=2),
        make_nik(day=31, month=4),
        make_nik(day=29, month=2, yy=23),  # neither 1923 nor 2023 is a leap year
        make_nik(serial=0),
    ],
)
def test_invalid_nik_structure_is_not_a_nik(nik: str) -> None:
    assert not is_nik(nik)
    assert detect(NikRecognizer(), f"nik {nik}") == []


def test_leap_day_accepted_when_either_century_is_a_leap_year() -> None:
    assert is_nik(make_nik(day=29, month=2, yy=0))  # 2000
    assert is_nik(make_nik(day=29, month=2, yy=96, female=True))


def test_nik_inside_longer_numbers_or_words_is_not_matched() -> None:
    nik = make_nik()
    assert values(NikRecognizer(), f"1{nik}") == []
    assert values(NikRecognizer(), f"{nik}9") == []
    assert values(NikRecognizer(), f"ID{nik}") == []
    assert values(NikRecognizer(), f"{spaced(nik, '-')}-12") == []


# --- KK --------------------------------------------------------------------------------------


@pytest.mark.parametrize("context", ["no kk", "KK:", "kartu keluarga", "nomor KK aku", "kknya"])
def test_kk_words_make_a_valid_number_a_kk(context: str) -> None:
    kk = make_nik(day=12, month=3, yy=15, serial=7)  # issue date 12-03-2015
    text = f"{context} {kk}"
    assert detect(KkRecognizer(), text) == [(kk, pytest.approx(0.95))]
    assert detect(NikRecognizer(), text) == []


def test_without_kk_words_a_valid_number_is_a_nik() -> None:
    kk = make_nik(day=12, month=3, yy=15)
    assert detect(KkRecognizer(), f"ini {kk}") == []
    assert values(NikRecognizer(), f"ini {kk}") == [kk]


def test_nearest_words_decide_between_kk_and_nik() -> None:
    kk, nik = make_nik(serial=9), make_nik(regency=71, day=3, serial=12)
    text = f"no KK {kk}, NIK {nik}"
    assert values(KkRecognizer(), text) == [kk]
    assert values(NikRecognizer(), text) == [nik]


def test_kk_number_has_no_day_offset() -> None:
    womans_nik = make_nik(day=20, female=True)
    assert not is_kk(womans_nik)
    # after KK words it is still personal data: a NIK, not lost
    assert values(KkRecognizer(), f"no kk {womans_nik}") == []
    assert values(NikRecognizer(), f"no kk {womans_nik}") == [womans_nik]


# --- NPWP ------------------------------------------------------------------------------------


def npwp_from(first_eight: str, rest: str = "412000") -> str:
    """15-digit NPWP: 8 digits, the Luhn check digit, then branch and status."""
    check = next(d for d in "0123456789" if luhn_valid(first_eight + d))
    return first_eight + check + rest


def formatted_npwp(number: str) -> str:
    n = number
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def test_luhn() -> None:
    assert luhn_valid("018550814")
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("018550815")


def test_formatted_npwp_is_detected_alone_and_context_raises_it() -> None:
    rng = random.Random(3)
    for _ in range(50):
        npwp = formatted_npwp(npwp_from(f"{rng.randint(0, 99_999_999):08d}"))
        assert detect(NpwpRecognizer(), f"ini {npwp}") == [(npwp, 0.7)]
        assert detect(NpwpRecognizer(), f"NPWP: {npwp}") == [(npwp, pytest.approx(1.0))]


def test_npwp_with_a_bad_check_digit_is_rejected() -> None:
    good = npwp_from("01855081")
    bad = good[:8] + str((int(good[8]) + 1) % 10) + good[9:]
    assert is_npwp(good) and not is_npwp(bad)
    assert detect(NpwpRecognizer(), f"npwp {formatted_npwp(bad)}") == []
    assert detect(NpwpRecognizer(), f"npwp {bad}") == []


def test_unformatted_npwp_needs_context() -> None:
    npwp = npwp_from("09254294")
    assert detect(NpwpRecognizer(), f"nomor {npwp}") == []
    assert values(NpwpRecognizer(), f"npwp {npwp}") == [npwp]


def test_sixteen_digit_npwp_after_npwp_words() -> None:
    nik = make_nik()
    new_company_npwp = "0" + npwp_from("01855081")
    for number in (nik, new_company_npwp):
        text = f"NPWP baru {number}"
        assert values(NpwpRecognizer(), text) == [number]
        assert values(NikRecognizer(), text) == []
    assert values(NpwpRecognizer(), f"nik {nik}") == []


# --- BPJS ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("no BPJS aku 0001234567890", "0001234567890"),
        ("kartu KIS: 0002 3456 78901", "0002 3456 78901"),
        ("no JKN 0001234567890 ya", "0001234567890"),
    ],
)
def test_bpjs_kesehatan_with_context(text: str, value: str) -> None:
    assert detect(BpjsKesehatanRecognizer(), text) == [(value, pytest.approx(0.55))]


def test_bpjs_needs_context() -> None:
    assert values(BpjsKesehatanRecognizer(), "resi JNE 0001234567890") == []
    assert values(BpjsKesehatanRecognizer(), "bpjs 0000000000000") == []
    assert values(BpjsKetenagakerjaanRecognizer(), "kode 12345678901") == []


def test_bpjs_ketenagakerjaan_with_context() -> None:
    assert values(BpjsKetenagakerjaanRecognizer(), "no KPJ 12345678901") == ["12345678901"]
    assert values(BpjsKetenagakerjaanRecognizer(), "bpjs tk 123 4567 8901") == ["123 4567 8901"]


# --- passport, SIM -----------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["A1234567", "C 1234567", "X123456", "AB1234567", "e1234567"])
def test_passport_with_context(number: str) -> None:
    assert values(PassportRecognizer(), f"no paspor {number}") == [number]
    assert values(PassportRecognizer(), f"passport: {number}") == [number]


@pytest.mark.parametrize("text", ["kode A1234567", "ID 1234567", "AB12345678", "A12345"])
def test_passport_shape_without_context_or_wrong_length(text: str) -> None:
    assert values(PassportRecognizer(), text) == []


@pytest.mark.parametrize("number", ["1234-5678-901234", "1234 5678 9012", "12345678901234"])
def test_sim_with_context(number: str) -> None:
    assert values(SimRecognizer(), f"no SIM C aku {number}") == [number]
    assert values(SimRecognizer(), f"surat izin mengemudi {number}") == [number]


def test_sim_card_is_not_a_driving_licence() -> None:
    assert values(SimRecognizer(), "nomor simcard 1234-5678-901234") == []
    assert values(SimRecognizer(), "sim card 1234 5678 9012") == []
    assert values(SimRecognizer(), "1234-5678-901234") == []


# --- plates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "plate", ["B 1234 XYZ", "AB 1234 CD", "B1234XYZ", "DK 123 AB", "KT 4321 Z"]
)
def test_full_plate_alone_and_with_context(plate: str) -> None:
    assert detect(PlateRecognizer(), f"yang {plate} itu") == [(plate, 0.5)]
    assert detect(PlateRecognizer(), f"nopol {plate}") == [(plate, pytest.approx(0.85))]
    assert detect(PlateRecognizer(), f"motor aku {plate}") == [(plate, pytest.approx(0.85))]


@pytest.mark.parametrize("plate", ["D 1 A", "B 12", "B 1234", "AA 12 B"])
def test_short_plate_needs_a_plate_word(plate: str) -> None:
    assert values(PlateRecognizer(), f"ini {plate}") == []
    assert values(PlateRecognizer(), f"plat nomor {plate}") == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "ukuran S 2 L",
        "mau naik motor, baju size S 2 L",
        "B 12",
        "DP 500 RB ya kak",
        "panjang L 120 CM",
        "motor dr 2 jam lalu",
        "b 1234 xyz",
        "Q 1234 AB",  # no such area code
        "B 0123 AB",  # plate numbers do not start with 0
        "BCA 1234567890",
        "rumah di blok F 123 A",
        "nomor antrian A 123 B",
        "lantai: B 1234 XYZ",
    ],
)
def test_plate_negatives(text: str) -> None:
    assert values(PlateRecognizer(), text) == []


# --- end to end ------------------------------------------------------------------------------


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in analyzer.analyze(text) if e.type in ID_TYPES]


def test_end_to_end_chat_messages(analyzer: Analyzer) -> None:
    nik = make_nik(province=32, regency=73, district=12, day=5, month=11, yy=98, female=True)
    kk = make_nik(province=32, regency=73, district=12, day=20, month=1, yy=20, serial=3)
    cases = [
        (f"kak ini nik aku {nik} ya", [("ID_NIK", nik)]),
        (f"KK: {kk}\nNIK: {spaced(nik, ' ')}", [("ID_KK", kk), ("ID_NIK", spaced(nik, " "))]),
        ("npwp ku 01.855.081.4-412.000 kak", [("ID_NPWP", "01.855.081.4-412.000")]),
        ("no bpjs kesehatan 0001234567890 faskes puskesmas", [("ID_BPJS", "0001234567890")]),
        ("paspor aku C 1234567, sampai 2030", [("ID_PASSPORT", "C 1234567")]),
        ("mobil aku yg B 1234 XYZ udah di bengkel", [("ID_PLATE", "B 1234 XYZ")]),
    ]
    for text, expected in cases:
        assert found(analyzer, text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "ongkir Rp 15.000, resi JNE 0123456789012",
        "total Rp1.250.000,00 ya kak, atau IDR 500000",
        "jadwal 12-05-2024 jam 14.30, ukuran S 2 L",
        "SKU 8992761111234 stok 2 pcs, kode pos 12950",
        "invoice INV/2024/03/0012 tahun 2024",
    ],
)
def test_end_to_end_hard_negatives(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


@pytest.mark.parametrize("number", ["C2291844", "YA1234567"])
def test_passport_shape_alone(number: str) -> None:
    assert values(PassportRecognizer(), f"Guest 1: Reynaldo ({number})") == [number]
    assert values(PassportRecognizer(), f"order {number}") == []
    assert values(PassportRecognizer(), f"kode voucher {number}") == []


def test_passport_of_nine_digits_needs_context() -> None:
    assert values(PassportRecognizer(), "passport 548812330") == ["548812330"]
    assert values(PassportRecognizer(), "order 548812330") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("my driver's licence 04832917560 inside", "04832917560"),
        ("Driver: Andrew Walsh, licence DL 8841 2290 11", "DL 8841 2290 11"),
        ("It's B2 774 198 305 (Australian licence)", None),
    ],
)
def test_other_countries_driving_licences(text: str, number: str | None) -> None:
    assert values(SimRecognizer(), text) == ([number] if number else [])


def test_plates_written_with_dashes_after_a_plate_word(analyzer) -> None:
    for text, plate in (("nopol: DK-1234-AB", "DK-1234-AB"), ("plat B-1234-XYZ", "B-1234-XYZ")):
        assert [(e.type, text[e.start : e.end]) for e in analyzer.analyze(text)] == [
            ("ID_PLATE", plate)
        ]
    assert analyzer.analyze("SKU BK-1234-XL ready") == ()


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("plat DK 4419 KW ya pak", "DK 4419 KW"),  # a plate word outweighs a unit-like suffix
        ("Your bike: DK 4419 KW. Keep the papers", "DK 4419 KW"),
        ("scooter sewaan AB 2231 V", "AB 2231 V"),
    ],
)
def test_plates_ending_in_unit_letters_after_plate_or_vehicle_words(
    analyzer, text: str, plate: str
) -> None:
    assert ("ID_PLATE", plate) in found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "genset B 5000 W hemat bbm",
        "inverter L 3000 W ready",
        "AC B 1200 W, freon R32",
        "motor R 150 CC bekas",
    ],
)
def test_power_and_engine_sizes_are_no_plates(analyzer, text: str) -> None:
    assert [f for f in found(analyzer, text) if f[0] == "ID_PLATE"] == []
