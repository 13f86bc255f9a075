"""MEDICAL: possessive and plural forms of terms, suffix families of conditions and
medicines, eyesight without "mata", period disorders, febrile seizures, aids, blindness, blood
groups, regional and advice triggers, verdicts before their test, and public events."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a term with whose it is written onto it, or an English plural
        ("dok asmanya kambuh terus tiap malam", "asma"),
        ("anak sy panas, demamnya 39,2 dari subuh", "39,2"),
        ("Simbah glaukomanipun sampun parah", "glaukoma"),
        ("my uncle takes antibiotics for his chest", "antibiotics"),
        # conditions and medicines named by their suffix
        ("hasil cek kemarin hiperurisemia sama osteoporosis", "hiperurisemia"),
        ("hasil cek kemarin hiperurisemia sama osteoporosis", "osteoporosis"),
        ("papa kena neuropati diabetik di kaki", "neuropati"),
        ("sudah dikasih ondansetron sama domperidone", "ondansetron"),
        ("ibu rutin minum losartan sama rosuvastatin", "rosuvastatin"),
        ("resep dari dokter valacyclovir 500 tiap hari", "valacyclovir 500"),
        # eyesight without the word "mata", in a message about eyes
        ("adikku minus 3,5 kiri minus 2 kanan, mau cek mata lagi", "minus 3,5"),
        ("adikku minus 3,5 kiri minus 2 kanan, mau cek mata lagi", "minus 2"),
        ("matanya Dinda silinder 0,75 ya kak", "silinder 0,75"),
        # period disorders, febrile seizures, blindness with its extent
        ("sy udah setengah tahun mens ga teratur dok", "mens ga teratur"),
        ("bayi sy tadi malam sempat step, badannya panas bgt", "step"),
        ("kakek sudah rabun jauh sejak lama", "rabun"),
        # an aid someone walks with, said of them
        ("mertua sy pakai kursi roda, tolong kamar lantai dasar", "pakai kursi roda"),
        ("my grandmother uses a cane so we need a lift", "uses a cane"),
        # verdicts before their test, test strips
        ("she got positive PCR yesterday, sorry", "positive PCR"),
        ("tespek 2 garis pagi ini, deg2an", "tespek 2 garis"),
        # a reading after the name of the condition
        ("hipertensi papa kumat, tadi 170/100", "170/100"),
        # treatments started, counselling, therapies by acronym
        ("anakku mulai fisioterapi dan terapi wicara minggu ini", "fisioterapi dan terapi wicara"),
        ("sy masih konseling sama psikolog tiap kamis", "konseling"),
        ("suami sy minum ARV dari puskesmas", "ARV"),
        # a doctor's advice and regional words
        ("dokter menyarankan operasi buat ayah sy", "operasi"),
        ("Bapa abdi kaserang tipes minggon kamari", "tipes"),
        # medicines with a bare strength, a route, a brand in brackets
        ("ibu sy pakai Symbicort 160 tiap pagi", "Symbicort 160"),
        ("dikasih paracetamol rektal sama bidan buat anak sy", "paracetamol rektal"),
        ("my dad's insulin pen (Lantus) is empty", "insulin pen (Lantus)"),
        # an operation on a body part, a removal, a spine level
        ("istri sy minggu depan operasi lutut kanan", "operasi lutut"),
        ("besok bapak operasi pengangkatan kista", "operasi pengangkatan kista"),
        ("hasil MRI ibu saya HNP L5-S1", "HNP L5-S1"),
        # a pin set in a broken bone
        ("adik sy patah tulang kaki, sudah dipasang pen", "pen"),
        # someone's own medicine, named after "obat"
        ("mau beli lagi obat asam lambung nya ya kak", "asam lambung"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        # public events, offers and institutions
        "Penyuluhan hipertensi untuk lansia hari Minggu di balai desa",
        "Ikuti webinar Kenali Gejala Diabetes, gratis untuk umum",
        "Pemeriksaan katarak gratis untuk warga, daftar di kantor desa",
        "Rumah Sakit Jantung Sehat buka poli baru",
        "Yayasan Kanker Nusantara membuka lowongan relawan",
        # minus and plus that are not eyesight
        "saldo aku minus 4 juta gara2 cicilan",
        "skor tim kita minus 2 poin",
        "kacamata minus 1,5 ready kak, harga 350rb",
        # names and words that only look like suffixed terms
        "diagnosis awal dari mekanik: aki soak",
        "beli tiket April, pulang Mei",
        "nanti tulis aja di catatan",
        "akademia dan industri harus kolaborasi",
        # aids and blood that are not someone's
        "sewa kursi roda harian tersedia",
        "pakai tongkat selfie biar fotonya lebar",
        "cari donor darah untuk stok PMI",
        # a blood group is a form's field, as on every identity card
        "Gol. Darah O\nAgama ISLAM",
        "golongan darah saya AB rhesus negatif",
        # "step" without a fever, therapies that are not a patient's
        "next step kita kirim invoice ya",
        "ini step pertama buat daftar akun",
        "mau tanya terapi ABA di sini harganya berapa?",
        # a test result required, not found
        "syarat masuk: wajib negatif antigen maksimal H-1",
    ],
)
def test_not_found(text: str) -> None:
    assert medical(text) == []
