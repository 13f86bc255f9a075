"""MEDICAL: well-known diagnoses and drug families, regimens, lab names, temperatures, tests
someone has had, suspicions asked about, and what is not a person's (price lists, what a
policy covers, children in general, form answers of "no")."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # diagnoses by their usual names, Indonesian and English
        ("ibu sy dirujuk ke ICU karena gagal napas", "gagal napas"),
        ("my uncle was told he has emphysema", "emphysema"),
        ("adik ipar kena sepsis minggu lalu", "sepsis"),
        ("mertua sy pendarahan otak, skrg di ICU", "pendarahan otak"),
        ("pipi anak sy ada abses, bengkak merah", "abses"),
        ("she had a melanoma removed from her back", "melanoma"),
        # what an examination found, with where
        ("rontgen bapak: ada infiltrat di paru kiri bawah", "infiltrat di paru kiri bawah"),
        ("USG istri sy ada nodul di tiroid kanan", "nodul di tiroid kanan"),
        # drugs named by their family's stem
        ("saya rutin minum meloxicam 15 mg", "meloxicam 15 mg"),
        ("bapak diresepkan tamsulosin tiap malam", "tamsulosin"),
        ("dokter kasih ceftriaxone injeksi 2 hari", "ceftriaxone injeksi"),
        ("my mum is on ticagrelor after the stent", "ticagrelor"),
        # procedures named by their suffix
        ("jadwal kolonoskopi saya besok pagi", "kolonoskopi"),
        ("istri sy habis episiotomi, jahitannya perih", "episiotomi"),
        # a regimen after a medicine
        ("dokter kasih atorvastatin 20 mg 0-0-1", "atorvastatin 20 mg 0-0-1"),
        ("resep: cefadroxil 500 mg tid x7d", "cefadroxil 500 mg tid x7d"),
        ("ibu sy suntik Levemir 2x10 unit", "Levemir 2x10 unit"),
        # extent, attack, grade, year, side after a comma
        ("suami didiagnosa depresi mayor", "depresi mayor"),
        ("bapak didiagnosis gagal jantung kongestif", "gagal jantung kongestif"),
        ("Saya penyandang disabilitas netra", "disabilitas netra"),
        ("suami sy positif TB, lagi berobat", "positif TB"),
        ("My son uses an insulin pump at school", "insulin pump"),
        ("bapak kena serangan asma berat semalam", "serangan asma berat"),
        ("Assessment: grade 3 ACL tear, right knee", "grade 3 ACL tear, right knee"),
        ("riwayat: pernah operasi usus buntu 2017", "operasi usus buntu 2017"),
        # readings named by their test, temperatures
        ("lab: Sodium 128 mmol/L, repeat tomorrow", "Sodium 128 mmol/L"),
        ("her fasting glucose 140 mg/dL again", "fasting glucose 140 mg/dL"),
        ("suhu badan anak 38 derajat dari tadi", "suhu badan anak 38 derajat"),
        ("Nurse note: temp 39.1, given fluids", "temp 39.1"),
        ("HIV 1/2: non-reaktif", "HIV 1/2: non-reaktif"),
        # tests someone has had
        ("kemarin cek asam urat sama kolesterol, hasilnya kapan?", "asam urat sama kolesterol"),
        # a suspicion about someone named, a condition someone was cared for
        ("my dad's hands keep shaking, is it parkinson?", "parkinson"),
        ("anak sy tifus dirawat 3 hari di RSUD", "tifus"),
        ("the doctor confirmed measles, he stays home", "measles"),
        ("izin pak, Dodi gk masuk, campak kata bidan", "campak"),
        # an allergy named as a noun, a dose taken, an aid with its flow
        ("I have an allergy to penicillin", "allergy to penicillin"),
        ("I ran out of my pills, I take 10 mg daily", "10 mg daily"),
        ("Bapak sy sakit paru, skrg pakai oksigen 2 lpm di rumah", "pakai oksigen 2 lpm"),
        ("adik sy abis pasang behel kemarin", "abis pasang behel"),
        # a weight in a message about someone's illness
        ("anak sy 3 thn kena TBC, BB nya cuma 11 kg", "BB nya cuma 11 kg"),
        # the power of glasses someone wears, far from the word "kacamata"
        ("kacamata baru sy rusak, padahal buat minus 2,5 kiri kanan", "minus 2,5"),
        # medicines asked for someone, or with a condition named
        ("do you have salbutamol inhaler? my daughter has asthma", "salbutamol inhaler"),
        ("ada amlodipine 5 mg? buat ibu saya", "amlodipine 5 mg"),
        ("tangan sy eksim, apa bisa pake salep hydrocortisone?", "hydrocortisone"),
    ],
)
def test_health_statements(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        # price lists of a clinic or a pharmacy
        "Endoskopi mulai Rp 1.500.000, kolonoskopi Rp 2.000.000",
        "Vaksin influenza quadrivalent Rp 280.000 per dosis",
        "odontektomi (operasi gigi bungsu) Rp 3.000.000 tergantung posisi",
        "Paket Sehat Rp 350.000: darah rutin, urin rutin, gula darah, kolesterol",
        "We treat sports injuries, post-op rehab and back pain.",
        "amlodipine 10 mg Rp 15.000/strip, candesartan 8 mg Rp 40.000/strip",
        "kami menangani kemoterapi dan cuci darah dengan BPJS",
        # what a policy covers, a medicine's class
        "asthma is covered after a 12-month waiting period",
        "clonazepam termasuk obat keras ya kak",
        # children in general
        "Please keep children with fever or rashes at home",
        "siswa yang demam harap istirahat di rumah",
        # a form's "no"
        "Riwayat penyakit: tidak ada",
        "Allergies: none",
        "Riwayat alergi: tidak ada\nPerokok: tidak",
        # a question in general, a suspicion about nobody
        "apa itu parkinson?",
        "Is it parkinson? asking for a school essay",
        # tests offered or planned, not had
        "cek asam urat gratis tiap Jumat pagi",
        "mau cek kolesterol besok bisa?",
        # temperatures of the weather or a fridge
        "suhu 32 derajat di Jakarta siang ini",
        "suhu kulkas 4 derajat aja",
        "suhu ruangan 38,5 panas banget",
        "Temperature in the meeting room: 21 C",
        # a place that only looks like a condition
        "besok kita ke Pantai Marosis jam 7",
        "kirim ke Desa Sukapolitis RT 02",
        # words that look like drug stems
        "generasi micin jaman sekarang",
        "ini dikotomi yang keliru",
        "paket berat 2 kg ke bapak sy",
        "the parcel weighs 10 kg, I take 2 boxes",
        "saldo sy minus 3 juta bulan ini",
        "kacamata minus 2 frame titanium harganya berapa?",
        # what was done years ago to a building
        "renovasi rumah 2017 selesai",
        "kontrak kerja sesi 2 dimulai 2024",
        # a package's contents are not a promotion, but nobody's health either
        "isi paket: buku dan pulpen",
        # a test's name alone, a pump that is no device
        "TB nya 120 GB, cukup buat backup",
        "pump the tyres to 32 psi",
        "apa itu gagal jantung kongestif?",
        # a stain is no finding
        "flek di kaca mobil susah hilang",
        # a pet's illness
        "kucing sy kena abses di pipi",
        # a cut-off "ago" is when, not how long
        "3 weeks ago we moved to Bali",
        # a whole family of English phrases that are not complaints
        "I got the tickets and feel great",
        "feeling lucky today, got a promo",
        "he caught the bus at 7",
        "get 2 free drinks with every order",
    ],
)
def test_no_health_data(text: str) -> None:
    assert medical(text) == []


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        # a medicine asked for a passing complaint, or without a condition named
        ("ada cetirizine? anak sy lagi pilek", "cetirizine"),
        ("my son has a peanut allergy. Do you have EpiPen?", "EpiPen"),
        ("ada paracetamol sirup? stok habis", "paracetamol"),
    ],
)
def test_a_medicine_asked_for_in_a_shop_stays_a_product(text: str, medicine: str) -> None:
    assert not any(medicine in found for found in medical(text)), medical(text)


def test_a_schedule_is_part_of_the_dose_not_a_date() -> None:
    assert medical("R/ Quetiapine 25 mg 0-0-1") == ["Quetiapine 25 mg 0-0-1"]
    assert medical("jadwal 1-0-1 kelas pagi") == []


def test_surgery_weeks_ago_stops_at_the_operation() -> None:
    found = medical("he had bypass heart surgery 3 weeks ago")
    assert found == ["bypass heart surgery"]
