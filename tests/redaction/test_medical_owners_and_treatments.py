"""MEDICAL: whose a condition is and how long it has lasted, borderline diagnoses,
devices fitted or worn, courses of treatment, verdicts said of a result, pressure readings
near their name, virus loads, other complaints in a message about someone's health; and what
is nobody's: suppositions, tests asked for, medicines a shop says need a prescription."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # whose the condition is, right after it
        ("pak, izin tanya soal insomnia saya, boleh konsul malam?", "insomnia"),
        ("mau beli bedak buat kurap adik sy di lipatan paha", "kurap"),
        # how often or how long a complaint has gone on
        ("cucu sy Bima usia 2 thn mencret 5x sehari", "mencret 5x sehari"),
        ("pak RT, bapak kos Doni muntaber sejak kemarin sore", "muntaber"),
        # borderline diagnoses
        ("kata dokter aku masih pradiabetes, harus diet", "pradiabetes"),
        ("my doctor says I'm prediabetic now", "prediabetic"),
        # devices fitted in the body or worn
        ("om sy Hendrik baru dipasang stent bulan lalu", "dipasang stent"),
        ("adik sy mau pasang pen di tulang paha kanan", "pasang pen di tulang paha kanan"),
        ("can we reschedule? my daughter's retainer broke", "retainer"),
        # a course of treatment, with its regimen
        ("mohon izin, istri sy masih kemo sampai Maret", "kemo"),
        ("sy sedang pengobatan ARV 3 bulan, perlu surat dokter?", "pengobatan ARV 3 bulan"),
        ("we are currently undergoing IVF, so no travel in June", "IVF"),
        # a verdict said of a result named in the message
        ("kemarin tes HBsAg, hasil punya a.n. Yudi ternyata reaktif", "reaktif"),
        ("my mom took the dengue test, results came back positive", "positive"),
        # a pressure reading a little after its name
        ("tensi pagi tadi lumayan, sekitar 170/105 kata perawat", "170/105"),
        # virus loads and cell counts
        ("kontrol bulan ini, viral load 50 copies/mL", "viral load 50 copies/mL"),
        # how an operation was done; the form a medicine comes in
        ("klaim a.n. Ferry: laparoscopic cholecystectomy 3 Juni", "laparoscopic cholecystectomy"),
        ("pak, anak sy dikasih sirup ambroxol sm oralit", "sirup ambroxol sm oralit"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in medical(text)


def test_other_complaints_in_a_message_about_someone() -> None:
    found = medical("suami sy kena stroke ringan minggu lalu, hari ini pendarahan gusi")
    assert "pendarahan gusi" in " ".join(found) or "pendarahan" in found


def test_a_dosed_medicine_asked_for_someone_with_a_condition() -> None:
    found = medical("ada amlodipine 5 mg? ibu sy hipertensi")
    assert any("amlodipine 5 mg" in f for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # suppositions about nobody in particular
        "Baik pak, kalau sesak napas lagi segera ke IGD terdekat ya",
        "syarat kerja: kalau ada buta warna tidak bisa daftar",
        "peserta lomba jika ada asma harap lapor panitia",
        # a test asked for is no diagnosis
        "mau tes HIV anonim bisa di klinik mana ya kak?",
        # a shop's rule about a medicine
        "Untuk amoxicillin harus pakai resep dokter ya kak",
        "Insulin needs a prescription, sorry",
        # a medicine asked for without a dose is a product, even in a message about someone
        "ada cetirizine? anak sy lagi pilek",
        # form questions
        "Any guests with food allergies?",
        # a pressure with no reading, numbers that are no reading
        "Tekanan ban mobil 32/34 psi ya pak",
        # a word that is no lock, no treatment
        "lagi rehab rumah, tukang datang jam 8",
        "Pasang ring basket di halaman belakang berapa?",
    ],
)
def test_not_found(text: str) -> None:
    found = medical(text)
    if text.startswith("ada cetirizine"):
        assert not any("cetirizine" in f for f in found)
    else:
        assert found == []


def test_a_supposition_about_someones_own_reading() -> None:
    assert medical("Bu, kalau tensinya naik lagi minum obatnya ya") != []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dok, suami sy didiagnosa disfungsi ereksi, obatnya apa ya", "disfungsi ereksi"),
        ("istri sy habis kuretase kemarin, boleh izin 3 hari?", "habis kuretase"),
        ("adik sy kena encok lagi, gak bisa bangun", "kena encok"),
    ],
)
def test_more_conditions(text: str, value: str) -> None:
    assert value in medical(text)


@pytest.mark.parametrize(
    "text",
    [
        "layanan promil tersedia di klinik kami, konsultasi gratis",
        "vaksin rabies untuk kucing tersedia setiap Sabtu",
    ],
)
def test_terms_that_need_someone(text: str) -> None:
    assert medical(text) == []
