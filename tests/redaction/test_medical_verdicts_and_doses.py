"""MEDICAL: verdicts of tests, readings with their subject, medicines by their dose,
suffix-named conditions, severities, listed complaints and allergens, worn prescriptions."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a test's verdict, right after the test or after its label
        ("Hasil PCR a.n. Teguh Santoso: POSITIF, mohon isolasi", "POSITIF"),
        ("rapid test results for Mrs. Lim: negative", "negative"),
        ("tes HBsAg non-reaktif, aman buat donor?", "HBsAg non-reaktif"),
        ("hasil skrining kemarin: hepatitis C reaktif", "hepatitis C reaktif"),
        # readings with whose they are and a word before the value
        ("dok, Hb istri sy cuma 8,2 waktu cek kemarin", "Hb istri sy cuma 8,2"),
        ("asam urat bapak 9, jempol kakinya bengkak", "asam urat bapak 9"),
        ("my blood sugar was 265 after lunch", "blood sugar was 265"),
        ("dok, gulanya ibu naik lagi semalam", "gulanya ibu naik"),
        # medicines known by a dose, and when they are taken
        ("adik sy rutin minum levetiracetam 500 mg", "levetiracetam 500 mg"),
        ("resep: Zyrtexa 10 mg 1x1 malam", "Zyrtexa 10 mg 1x1 malam"),
        ("suntik insulin 12 unit sesudah makan", "insulin 12 unit sesudah makan"),
        # conditions named by their suffix
        ("kata dokter suami sy kena pankreatitis", "pankreatitis"),
        ("mama baru operasi kolesistektomi minggu lalu", "kolesistektomi"),
        ("my daughter has conjunctivitis again", "conjunctivitis"),
        # severity, stage, organ and extent
        ("jd sariawan parah sampe ga bisa makan", "sariawan parah"),
        ("my aunt has stage 2 lung cancer", "stage 2 lung cancer"),
        ("hasil tes mata: buta warna parsial", "buta warna parsial"),
        # an ambiguous condition for someone, even after "obat"
        ("mau cari obat maag buat ibu sy", "maag"),
        # complaints listed with chat spellings of "and"
        ("anak sy muntah2 sm mencret dari pagi", "muntah2 sm mencret"),
        # allergens listed
        ("bapak alergi telur dan kacang tanah", "alergi telur dan kacang tanah"),
        # a prescription worn by someone
        ("sy pake kacamata minus 4,5 kak", "minus 4,5"),
        # conditions said as adjectives; suicide attempts
        ("my father is diabetic, no sugar please", "diabetic"),
        ("adik sy pernah mencoba bunuh diri tahun lalu", "mencoba bunuh diri"),
        # a bare body temperature, oxygen saturation, a verdict before the condition
        ("anak sy rewel, demam 38,7 dari subuh", "demam 38,7"),
        ("saturasi oksigen nenek 89% tadi malam", "saturasi oksigen nenek 89%"),
        ("my wife tested positive for covid on Monday", "covid"),
    ],
)
def test_health_statements(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        # requirements, products and shops, not anyone's health
        "syarat masuk: hasil swab antigen negatif maksimal 1x24 jam",
        "peserta wajib bawa hasil PCR negatif",
        "kacamata minus 2 frame titanium harganya berapa?",
        "harga gula naik lagi, gula pasir jadi 18rb",
        "obat maag untuk anak ada kak?",
        "jual obat sariawan ampuh",
        "obat nyamuk bakar ada kak?",
        "minum air 600 ml setiap bangun tidur",
        "cek gula darah 2 kali seminggu di apotek kami",
        "Mau cek kolesterol & asam urat buat bapak saya",
        # adjectives ending in -itis, and Latvian surnames
        "pendekatannya lebih analitis dan politis",
        "kondisi pasar lagi kritis",
        "meeting with Mr. Rudzitis at 3 pm",
        "diabetic socks ready kak",
        "the positive side of the covid years was remote work",
        "promo demam diskon 40 persen",
        "jangan lupa total tagihan 250000 ya",
    ],
)
def test_not_a_health_statement(text: str) -> None:
    assert medical(text) == []
