"""MEDICAL: grades, degrees, middle severities and sides after a condition, conditions and
prescription brands known by one name, a doctor's verdict after a term, counts and readings
said in words, routine medicines, foods someone may not take for an allergy; and no health
data in a pharmacy's offer, a general rule or a duration."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a grade, degree, level or phase
        ("hasil rawat inap: DBD derajat III, sudah pulang", "DBD derajat III"),
        ("USG perut bapak: fatty liver grade 2", "fatty liver grade 2"),
        ("istri sy didiagnosa kanker payudara tingkat 2", "kanker payudara tingkat 2"),
        # a middle severity closing its clause
        ("kata psikolog aku depresi sedang, harus konseling", "depresi sedang"),
        ("anak sy dehidrasi sedang dan dirawat", "dehidrasi sedang"),
        ("my brother has asthma moderate, not severe", "asthma moderate"),
        # a side
        ("om sy stroke sisi kiri sejak tahun lalu", "stroke sisi kiri"),
        ("he had a stroke on the left side", "stroke on the left side"),
        # conditions and brands known by one name
        ("anak sy pernah anafilaksis waktu makan udang", "anafilaksis"),
        ("physio twice a week for my frozen shoulder", "frozen shoulder"),
        ("dokter resepin Paxlovid buat mama", "Paxlovid"),
        ("suami rutin minum Concor dan Lipitor", "Lipitor"),
        ("nenek sy bedridden setelah jatuh", "bedridden"),
        # medicines named by the stem of their class
        ("bapak minum rivaroxaban sejak operasi lutut", "rivaroxaban"),
        ("mama kemo pakai paclitaxel dan carboplatin", "paclitaxel dan carboplatin"),
        ("suami suntik adalimumab tiap 2 minggu", "adalimumab"),
        # a doctor's verdict after an ambiguous term
        ("adik izin sekolah, campak kata dokter", "campak"),
        ("Bu, Nadia cacar air menurut dokternya.", "cacar air"),
        # a count or a reading said with words between
        ("trombositnya masih 70 ribu, belum boleh pulang", "trombositnya masih 70 ribu"),
        ("trombosit naik jadi 120rb alhamdulillah", "trombosit naik jadi 120rb"),
        ("mbah (gula darah 310 minggu lalu) perlu kontrol", "gula darah 310"),
        # a strength read as a temperature, and a form of a medicine
        ("bapak minum simvastatin 40mg tiap malam", "simvastatin 40mg"),
        ("bapak minum atorvastatin 40 mg", "atorvastatin 40 mg"),
        ("anak sy dikasih moxifloxacin ear drops", "moxifloxacin ear drops"),
        # a medicine taken as a routine
        ("aku pesan pil KB rutin ya kak", "pil KB"),
        # a food someone may not take, with the allergy named nearby
        ("my son can't eat peanuts, severe allergy", "can't eat peanuts"),
        ("suami ga boleh makan udang, alergi parah", "ga boleh makan udang"),
        # a fracture of a body part joined to what it caused
        ("mum is bedridden after a hip fracture", "bedridden after a hip fracture"),
    ],
)
def test_health_statements(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "sedang" as "currently" stays out of the condition
        ("bapak hipertensi sedang minum obat apa ya dok", "hipertensi sedang"),
        # a doctor's rule about a vaccine, not a diagnosis
        ("imunisasi campak menurut dokter perlu diulang", "campak"),
        # a calorie count is no reading
        ("hasil cek menu: kolesterol 200 kkal per porsi", "kolesterol 200"),
        # nor a count of rooms is a blood count
        ("trombosit masih 95 ribu rupiah harganya?", "ribu rupiah"),
    ],
)
def test_not_taken_into_health_data(text: str, value: str) -> None:
    assert not any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        # a pharmacy's offer of a medicine
        "Siap kak, amlodipine 10 mg ready Rp 4.000/strip, wajib resep ya",
        "simvastatin 20 mg tersedia kak, harga 12rb per strip",
        # a food nobody is allergic to
        "kids can't eat candy before dinner, house rule",
        "ga boleh makan di dalam ruangan ya kak",
        # a general rule about a vaccine
        "vaksin campak menurut dokter anak sebaiknya usia 9 bulan",
        # a level or a grade of something else
        "kamar deluxe level 3, view kolam",
        "paket tour grade A, berangkat jam 7",
        "the left side of the building is closed",
        # words that only end like a medicine's class
        "dompet kulit ini bahannya platinum",
        "skripsi tentang platina dan paladium",
    ],
)
def test_no_health_data(text: str) -> None:
    assert medical(text) == [], medical(text)
