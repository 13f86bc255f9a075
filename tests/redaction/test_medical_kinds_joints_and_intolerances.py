"""MEDICAL: the kind, bone and side of a condition in medical words, a joint named before a
condition, doses written as times-and-strength, intolerances, readings with when they were
taken, a diagnosis field's qualifier, travel sickness, injuries, absences with their reason,
a one-digit strength, a pregnancy's term in brackets; and none of these in everyday text,
nor a condition in a rule for whoever has it."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the kind, bone and side in medical words
        ("anak sy dermatitis atopik sejak bayi", "dermatitis atopik"),
        ("Diagnosis: ulkus diabetikum pedis sinistra", "ulkus diabetikum pedis sinistra"),
        ("bapak jatuh, fraktur femur kanan", "fraktur femur kanan"),
        # a joint named first in English
        ("my mother has knee osteoarthritis", "knee osteoarthritis"),
        ("he has a high fever since Monday", "high fever"),
        # times a day and the strength together
        ("dikasih amoxicillin 3x500mg sama dokter", "amoxicillin 3x500mg"),
        ("bapak minum metformin 2x850 mg", "metformin 2x850 mg"),
        # intolerances
        ("my daughter is gluten intolerant, no bread please", "gluten intolerant"),
        ("sy intoleransi laktosa jd susu nya ganti oat ya", "intoleransi laktosa"),
        # a reading with when it was taken
        ("resume: trombosit masuk 38.000, sekarang membaik", "trombosit masuk 38.000"),
        ("tensi bapak kemarin 165/100 dok", "tensi bapak kemarin 165/100"),
        # a diagnosis field with its qualifier
        ("Diagnosa kerja: gastroenteritis akut", "gastroenteritis akut"),
        # travel sickness, injuries
        ("my son has severe motion sickness on buses", "severe motion sickness"),
        ("suami sy cedera lutut kiri pas futsal", "cedera lutut kiri"),
        ("adik sy ligamen robek, harus operasi", "ligamen robek"),
        ("dad has atrial fibrillation and takes warfarin", "atrial fibrillation"),
        # an absence with its reason
        ("bu guru, Dito izin tidak masuk, campak", "campak"),
        # a one-digit strength at the end of a clause
        ("sy masih minum candesartan 8 dok.", "candesartan 8"),
        # an acronym and a grade in brackets, a vaccine, a medicine taken when needed
        ("anak sy Demam Berdarah Dengue (DHF grade I)", "Demam Berdarah Dengue (DHF grade I)"),
        ("my son got bitten, he needs a rabies vaccine", "rabies vaccine"),
        ("resep: paracetamol 500 mg 3x1 k/p demam", "paracetamol 500 mg 3x1 k/p demam"),
        # someone's own condition in a rule about them
        ("anak sy yg asma gak boleh ikut renang ya", "asma"),
        ("suami sy yang diabetes tidak boleh makan manis", "diabetes"),
        # a pregnancy's term in brackets
        ("I'm pregnant (20 weeks), is the spa safe?", "pregnant (20 weeks)"),
    ],
)
def test_health_statements(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        # words that only look like medical ones
        "lampu LED tipe klasik, garansi 1 tahun",
        "the knee-high boots are back in stock",
        "kursus musik klasik 2x seminggu",
        # a sickness named in general advice
        "tips mencegah mabuk perjalanan saat mudik",
        # a reading's words without a reading
        "jadwal cek tensi masuk jam 8 pagi",
        # a diagnosis field in a form's instructions
        "Isi kolom Diagnosa kerja di halaman 2",
        # an absence without a condition
        "besok sy izin tidak masuk, ada acara keluarga",
        # a count after a medicine in a shop
        "paracetamol 2 strip sama vitamin C ya kak",
        # a rule for whoever has a condition
        "yg hipertensi atau baru vaksin gak boleh donor ya",
        "anyone with asthma cannot join the dive",
        "peserta yang hamil tidak diperbolehkan naik wahana",
        # a vaccine offered to all
        "vaksin rabies gratis untuk umum di puskesmas",
        # an injury to a thing
        "kardus paketnya robek, isinya aman",
        "the ligament of this chair is torn lol",
    ],
)
def test_no_health_data(text: str) -> None:
    assert medical(text) == [], medical(text)
