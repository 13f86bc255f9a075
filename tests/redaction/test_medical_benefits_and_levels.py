"""MEDICAL: liver and kidney levels said in words, pregnancies with their term in English,
glasses worn, medicines whose owner is named, drug regimens, devices after a trigger, oxygen
someone uses; and
care a policy covers, services, advice, groups of sufferers, general questions, times of
day and "atas nama" that are nobody's health data."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kata dokter SGOT bapak naik, disuruh kurangi gorengan", "SGOT bapak naik"),
        ("hasil cek darah suami: kreatinin tinggi", "kreatinin tinggi"),
        ("my sister is pregnant 5 months and needs a ride", "pregnant 5 months"),
        ("she has been pregnant for 20 weeks now", "pregnant for 20 weeks"),
        ("data peserta: tinggi 165, berkacamata minus 2,5", "berkacamata minus 2,5"),
        ("di laci ada obat salbutamol adik sy, tolong dibawa", "salbutamol"),
        ("pasien wajib minum ARV TDF tiap malam", "ARV TDF"),
        ("dokter meresepkan obat, anak diresepkan nebulizer tiap malam", "nebulizer"),
        ("gula darah puasa nya 175 kata lab", "gula darah puasa nya 175"),
        ("nenek sy pake oksigen tiap malam", "pake oksigen"),
        ("adik sy alergi udang, pernah sampai sesak napas", "pernah sampai sesak napas"),
        ("my grandpa uses a CPAP at night", "uses a CPAP"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in " | ".join(medical(text))


def test_a_question_about_someone_is_theirs() -> None:
    assert medical("apakah kanker Bu Wati sudah membaik?") == ["kanker"]
    assert medical("apakah diabetes ayah sy bisa sembuh?") == ["diabetes"]


def test_services_and_groups_yield_to_a_person() -> None:
    assert medical("mau daftar layanan cuci darah utk ibu sy") == ["cuci darah"]
    assert medical("Pak Yoga penderita diabetes sejak lama") == ["diabetes"]
    assert medical("sy cari promo operasi katarak buat bapak sy") == ["operasi katarak"]


def test_owned_medicine_asked_with_strength() -> None:
    text = "kak ada cefadroxil 500 gak? buat suami sy, radang amandel"
    assert "cefadroxil 500" in medical(text)


@pytest.mark.parametrize(
    "text",
    [
        "polis keluarga ini cover kemoterapi dan cuci darah gak kak?",
        "produk ini menanggung rawat inap & operasi sampai 300 juta",
        "mau klaim rawat jalan, dokumen apa aja?",
        "apakah persalinan ditanggung di tahun pertama?",
        "klaim rawat inap atas nama peserta sudah kami terima",
        "ada insulin pen gak kak?",
        "jual nebulizer portable, harga 450rb",
        "pregnant women get a free seat on the train",
        "kacamata minus 2 ready kak, frame titanium",
        "berkaca pada pengalaman tahun lalu, minus 3 poin",
        "SGPT itu singkatan apa ya?",
        "asuransi ini cover fisioterapi ga?",
        "berapa limit klaim rawat inap per tahun?",
        "sewa nebulizer harian 50rb, antar jemput",
        "the plan covers chemotherapy up to the yearly limit",
        "klinik kami melayani operasi katarak dan cuci darah",
        "tips menjaga kehamilan trimester pertama",
        "resep kue rendah gula untuk penderita diabetes",
        "kami jual tabung oksigen, bisa antar",
        "ruang rapat ini pakai oksigen sentral",
        "apakah kemoterapi bikin rambut rontok?",
        "berapa lama pemulihan operasi lasik kak?",
        "does chemotherapy always cause hair loss?",
        "promo operasi lasik diskon 3jt bulan ini",
        "syarat donor: tidak sedang hamil, tidak demam",
        "sedia obat hipertensi, diabetes, kolesterol lengkap",
    ],
)
def test_not_found(text: str) -> None:
    assert medical(text) == []


def test_time_of_an_event_is_no_dosing_time() -> None:
    assert medical("pak RT meninggal krn serangan jantung pagi tadi") == ["serangan jantung"]
    assert medical("bapak minum amlodipine 10 mg malam") == ["amlodipine 10 mg malam"]


def test_regimen_keeps_its_qualifiers() -> None:
    assert medical("suami sy minum OAT KDT 1x1 dari puskesmas") == ["OAT KDT 1x1"]
    assert medical("om sy minum ARV DI puskesmas") == ["ARV"]
