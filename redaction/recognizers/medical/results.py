"""Laboratory values, test results, tests done, and the health fields of forms."""

from __future__ import annotations

import re

from redaction.recognizers.context import Keywords
from redaction.recognizers.medical.vocabulary import _VERDICT, MEDICAL_TRIGGERED_SCORE, _Piece

# Whose reading it is, and the word before its value: "Hb istri sy cuma 8,5", "tensi ibu 170/100".
_LAB_SUBJECT = (
    r"[ \t]+(?:ibu|bapak|ayah|mama|papa|sy|saya|aku|anak|suami|istri|nenek|kakek|beliau|my|his"
    r"|her)(?:[ \t]*(?:sy|saya|aku|ku|gue|gw))?"
)
# (two of them: "kolesterol sy kmrn tembus 260")
_LAB_LINK = (
    r"(?:[ \t]*(?:[:=]|(?:is|was|sebesar|cuma|hanya|only|tinggal|di[ \t]+angka"
    # when it was read: "trombosit masuk 42.000", "tensi kemarin 170/100"
    r"|(?:saat[ \t]+)?masuk|awal|terakhir|kemarin|kemaren|kmrn|tadi|td|masih|sekarang|skrg"
    # where it went: "gula darahnya drop 54", "tensi naik jadi 180/110"
    r"|(?:naik|turun|drop|tembus|sampai|sampe|nyampe|mencapai)"
    r"(?:[ \t]+(?:jadi|jd|ke|ke[ \t]+angka))?"
    r"|rose[ \t]+to|dropped[ \t]+to|went[ \t]+up[ \t]+to|jadi|jd)(?![\w/])))"
    r"{0,2}[ \t]*"
)
_LAB_UNIT = (
    r"mg/dl|mmol/l|g/dl|g/l|u/l|iu/l|iu/ml|miu/ml|miu/l|µiu/ml|uiu/ml|ng/ml|ng/dl|pg/ml"
    r"|µg/dl|ug/dl|mcg/dl|meq/l|/ul|/µl|/mm3|/mm³|x[ \t]*10\^?[0-9]+(?:/[µu]l)?|sel/[µu]l"
)
# A laboratory value: "gula darah puasa 180 mg/dL", "HbA1c 8,9%", "tensi 150/90", "trombosit
# 89.000/µL", "beta hCG 2.450 mIU/mL", "TSH 7.8 mIU/L".
_LAB_VALUE = re.compile(
    r"\b(?:gula[ \t]+darah(?:[ \t]+(?:puasa|sewaktu|2[ \t]*jam(?:[ \t]*pp)?))?|gdp|gds|gd2pp"
    r"|hba1c|kolesterol(?:[ \t]+(?:total|ldl|hdl))?|ldl|hdl|trigliserida|asam[ \t]+urat|tensi"
    r"|tekanan[ \t]+darah|hemoglobin|hb|trombosit|leukosit|eritrosit|hematokrit|sgot|sgpt"
    r"|kreatinin|ureum|bilirubin(?:[ \t]+(?:total|direk|indirek))?|albumin|(?:beta[ \t]+)?hcg"
    r"|tsh|ft4|ft3|t3|t4|psa|crp|led|ferritin|feritin|vitamin[ \t]+d|d-dimer|spo2"
    r"|saturasi(?:[ \t]+(?:oksigen|o2))?"
    r"|blood[ \t]+(?:sugar|pressure|glucose)|glucose|cholesterol|triglycerides|platelets?"
    r"|hemoglobin|creatinine|uric[ \t]+acid|bp"
    # electrolytes, thyroid, kidney, liver, heart and clotting tests: "Potassium 6.8 mmol/L",
    # "free T4 3.1 ng/dL", "fasting glucose 186 mg/dL", "troponin 0.8 ng/mL"
    r"|fasting[ \t]+(?:blood[ \t]+)?(?:glucose|sugar)|free[ \t]+t[34]|potassium|sodium|kalium"
    r"|natrium|klorida|chloride|calcium|kalsium|magnesium|egfr|gfr|bun|urea|ast|alt|ggt|ldh"
    r"|vitamin[ \t]+b12|troponin|procalcitonin|prokalsitonin|laktat|lactate|fibrinogen)"
    r"(?:nya)?"
    # whose value it is: "tensi ibu 170/100", "gula darah bapak 250 mg/dL"
    rf"(?:{_LAB_SUBJECT})?{_LAB_LINK}"
    r"(?P<value>\d{1,3}(?:\.\d{3})+(?:[ \t]*(?:" + _LAB_UNIT + r"))?"
    r"|\d{1,4}(?:[.,]\d{1,2})?(?:[ \t]*(?:" + _LAB_UNIT + r"|%)"
    r"|[ \t]*/[ \t]*\d{2,3}(?:[ \t]*mmhg)?))",
    re.IGNORECASE,
)
# A test with a bare number, in a report of results: "hasil lab: asam urat 9,2, kolesterol 260".
_LAB_BARE = re.compile(
    r"\b(?:gula[ \t]+darah(?:[ \t]+(?:puasa|sewaktu))?|gdp|gds|hba1c|kolesterol(?:[ \t]+(?:total"
    r"|ldl|hdl))?|ldl|hdl|trigliserida|asam[ \t]+urat|hemoglobin|hb|trombosit|leukosit|sgot|sgpt"
    r"|hematokrit|hct|kreatinin|ureum|tsh|cholesterol|glucose|uric[ \t]+acid"
    r"|blood[ \t]+(?:sugar|glucose)|inr|triglycerides|creatinine|e?gfr|amh|kalium|potassium"
    r"|natrium|sodium|platelets?(?:[ \t]+count)?|spo2|saturasi(?:[ \t]+(?:oksigen|o2))?)"
    rf"(?P<nya>[ \t]?nya)?(?P<subject>{_LAB_SUBJECT})?{_LAB_LINK}"
    # (a number of 100 or more is no duration: "gula darah 250 bulan lalu")
    r"(?:\d{3}(?![.,]\d)|\d{1,3}(?:[.,]\d{1,2})?(?![ \t]*(?:jam|hari|menit|minggu|bulan|tahun)))"
    r"(?![\w/%]|[.,]\d|[ \t]*(?:box|botol|btl|pcs|biji|buah|kotak|strip|sachet|pack|kg|gr"
    r"|gram|mg|kkal|kcal|x\b|kali|orang|times))",
    re.IGNORECASE,
)
_LAB_REPORT = Keywords("hasil", "lab", "laboratorium", "cek", "tes", "test", "periksa", "results?")
_LAB_REPORT_WINDOW = 60
# Tests asked for are not results: "cek kolesterol & asam urat buat bapak saya".
_TEST_BEFORE = Keywords("cek", "check", "tes", "test", "periksa", "pemeriksaan", "screening")
# Any value in a laboratory unit, whatever the test is called: "Kemarin 14 mg/dL".
_LAB_UNIT_VALUE = re.compile(
    r"(?<![\w.,])\d{1,4}(?:[.,]\d{1,3})*[ \t]*(?:" + _LAB_UNIT + r")(?![\w/])", re.IGNORECASE
)
# A test with its qualitative result: "NS1 positif", "swab PCR positive", "HIV reaktif".
_TEST_RESULT = re.compile(
    r"\b(?:swab[ \t]+(?=pcr|antigen))?"
    r"(?:ns1|igg|igm|pcr|swab|antigen|rapid[ \t]+test|widal|hbsag|anti-?hcv|vdrl|tpha"
    r"|test[ \t]*pack|tespek|testpack|(?:anti-?)?hiv|hpv|covid(?:-19)?|tb|tbc|dengue)"
    # its type or subtype: "HIV 1/2: Reaktif", "dengue IgM", "PCR SARS-CoV-2 negatif"
    r"(?:[ \t]+(?:1/2|[12]|igg|igm|sars-?cov-?2|covid(?:-19)?))?"
    r"(?:[ \t]+(?:test|tes))?[ \t]*:?[ \t]*(?:hasilnya[ \t]+)?"
    rf"(?:{_VERDICT}|\+|garis[ \t]*(?:2|dua)|(?:2|dua)[ \t]*garis)(?![\w+])",
    re.IGNORECASE,
)
# A result asked for is nobody's: "syarat: hasil swab antigen negatif", "must show a negative".
_REQUIREMENT = Keywords(
    "syarat", "wajib", "harus", "perlu", "diperlukan", "dibutuhkan", "required", "requires",
    "requirement", "must", "need", "needs", "minimal", "membawa", "bawa", "melampirkan",
    "lampirkan",
)  # fmt: skip
_TESTS = (
    r"(?:ns1|igg|igm|pcr|swab|antigen|rapid[ \t]+test|widal|hbsag|anti-?hcv|vdrl|tpha"
    r"|test[ \t]*pack|tespek|testpack|hiv|hpv|covid(?:-19)?|tbc|dengue|mcu|lab|laboratorium|biopsi"
    r"|biopsy|patologi"
    r"|pap[ \t]*smear|mammografi|mammography|usg|rontgen|x-ray|ct[ \t-]*scan|mri|tes|test)"
)
# The verdict given after a label in the same line: "Hasil swab antigen a.n. Budi: NEGATIF",
# "PCR test result for Mr. Lim: positive". Only the verdict is the person's health data.
_RESULT_AFTER_LABEL = re.compile(
    rf"\b(?:hasil[ \t]+(?:\w+[ \t]+)?{_TESTS}|{_TESTS}(?:[ \t]+(?:test|tes))?[ \t]+results?)\b"
    rf"[^\n:]{{0,60}}:[ \t]*(?P<value>{_VERDICT})\b",
    re.IGNORECASE,
)
# A form's "no" to a health question.
_NO_ANSWER = (
    r"(?:tidak|tdk|tak|gak|ga|nggak|ngga|no|none|nil|nihil|belum|blm|disangkal|denied|nothing"
    r"|normal|negatif|negative|n/a)(?:[ \t]+(?:ada|punya|known|significant|ada[ \t]+riwayat))?"
    r"[ \t]*(?:[\n,;.(]|$)"
)
# A health field of a form, up to the end of its clause, a list of findings and all:
# "Keluhan: sesak napas sejak 3 hari", "Procedure: right knee replacement", "Allergy:
# amoxicillin", "Diagnosa di resume: ...", "Diagnosa: post stroke iskemik, hemiparese sinistra".
_HEALTH_FIELD = re.compile(
    r"(?:^|(?<=[.;]))[ \t]*(?:keluhan|diagnosa|diagnosis|dx|riwayat(?:[ \t]+(?:penyakit|alergi))?"
    r"|alergi(?:[ \t]+obat)?|(?:known[ \t]+)?allerg(?:y|ies)|procedure|tindakan"
    r"|(?:current[ \t]+)?medications?|conditions?|kondisi|penyakit"
    r"|gejala|symptoms?|(?:chief[ \t]+)?complaints?|(?:medical[ \t]+|past[ \t]+)?history"
    r"|observation|reason[ \t]+for[ \t]+visit)"
    r"(?:[ \t]+(?:di|dari|pada|in|on)[ \t]+\w+)?"
    # which diagnosis: "Diagnosa kerja:", "Diagnosis utama:"
    r"(?:[ \t]+(?:kerja|utama|akhir|awal|sekunder|banding|masuk|keluar|primary|secondary"
    r"|final))?"
    r"[ \t]*:[ \t]*"
    # (not a "no": "Riwayat penyakit: tidak ada", "Allergies: none")
    rf"(?!{_NO_ANSWER})"
    r"(?P<value>[^\W\d_](?:[^\n;.]|\.(?=\d))*?)"
    # (up to when and where it was treated: "..., dirawat 3 hari di RS ...", "... tgl 2 Juni")
    r"(?=[ \t]+(?:sejak|since|selama|for|dari|sdh|sudah|tgl|tanggal)\b"
    r"|[ \t]*,[ \t]*(?:dirawat|rawat|hospitali[sz]ed|admitted|treated|di|at|in)\b"
    r"|[ \t]*(?:[\n;.]|$))",
    re.IGNORECASE | re.MULTILINE,
)

# A blood count in thousands: "trombosit 80rb", "trombositnya tinggal 45 ribu".
_COUNT_IN_THOUSANDS = re.compile(
    r"\b(?:trombosit|leukosit|platelets?)(?:nya)?[ \t]*(?:[:=]|tinggal|cuma|hanya|masih|msh|udah"
    r"|udh|sudah|sdh|skrg|sekarang|(?:turun|drop|naik)(?:[ \t]+(?:ke|jadi|jd))?)?"
    r"[ \t]*\d{1,3}(?:[.,]\d{3})?[ \t]*(?:rb|ribu|k)\b",
    re.IGNORECASE,
)
# A level said in words: "gula darah ibu tinggi terus", "tensi bapak naik lagi", "SGPT tinggi".
_LAB_LEVEL = re.compile(
    r"\b(?:gula[ \t]+darah"
    # "gula" alone is someone's blood sugar only as theirs: "gulanya drop", "gula ibu naik"
    r"|gula(?=nya\b|[ \t]+(?:ibu|bapak|ayah|mama|papa|sy|saya|aku|suami|istri|nenek|kakek"
    r"|beliau)\b)"
    r"|kolesterol|asam[ \t]+urat|tensi|tekanan[ \t]+darah|trombosit|hb"
    r"|hemoglobin|blood[ \t]+(?:sugar|pressure)|cholesterol"
    # liver and kidney tests, blood fats: "SGPT tinggi", "kreatinin naik"
    r"|sgpt|sgot|kreatinin|creatinine|ureum|trigliserida|triglycerides|ldl|hba1c|leukosit)"
    # whose, also in regional spellings: "gula darah nyo lah turun" (Minang), "tensine"
    r"(?:[ \t]*(?:nya|nyo|ipun|na))?"
    r"(?:[ \t]+(?:ibu|bapak|ayah|mama|papa|sy|saya|aku|anak|suami|istri|nenek|kakek|beliau"
    r"|my|his|her))?(?:[ \t]+(?:lagi|lg|agak|sangat|masih|lah|udah|sudah|sdh|is|was))?"
    r"[ \t]+(?:tinggi|rendah|naik|turun|drop|high|low)\b",
    re.IGNORECASE,
)

# A verdict said of a result named before it: "hasil kemarin a.n. Reza itu reaktif ya?",
# "the results came back positive" (a test named in the message says what was tested).
_RESULT_SAID = re.compile(
    r"\b(?:hasil(?:nya)?|results?)\b(?:[^\n.!?]|\.(?=\S)|(?<=\b[a-z])\.){0,50}?[ \t:]"
    r"(?:(?:itu|adalah|ternyata|keluar|came[ \t]+back|is|was|are)[ \t]+)?"
    rf"(?P<value>{_VERDICT})\b",
    re.IGNORECASE,
)
_TESTS_IN = re.compile(rf"\b{_TESTS}\b", re.IGNORECASE)
_RESULT_TEST_WINDOW = 120
# A blood pressure reading a little after its name: "high blood pressure readings at home
# (150/95)", "tensi pagi tadi 160/100".
_PRESSURE_NEAR = re.compile(
    r"\b(?:blood[ \t]+pressure|tensi(?:nya)?|tekanan[ \t]+darah(?:nya)?|bp|darah[ \t]+tinggi"
    r"|hipertensi|hypertension)\b[^\n.!?\d]{0,40}?"
    r"(?<![\d/])(?P<value>(?:[7-9]\d|1\d\d|2[0-5]\d)[ \t]*/[ \t]*(?:[4-9]\d|1[0-4]\d))(?![\d/])"
    r"(?:[ \t]*mmhg)?",
    re.IGNORECASE,
)
# A body temperature: "temp 38.4", "suhu badan anak 39,2 derajat", "suhunya 38,5" (a fever's
# range with a decimal or said of a body: not the weather, "suhu 36 derajat di Bali").
_BODY_TEMPERATURE = re.compile(
    r"\b(?:temp(?:erature)?|suhu(?P<body>[ \t]+(?:badan|tubuh))?|body[ \t]+temp(?:erature)?)"
    rf"(?P<nya>nya)?(?P<subject>{_LAB_SUBJECT})?"
    r"[ \t]*(?:[:=]|was|is|of|sempat|mencapai|capai|sampai|sampe|masih|tadi|td)?[ \t]*"
    r"(?:3[5-9]|4[0-2])(?P<decimal>[.,]\d)?(?![\d.,]\d)"
    r"(?:[ \t]*(?:°[ \t]?c?|derajat|celsius|c\b))?",
    re.IGNORECASE,
)
# Tests someone has had done say what was looked for: "kemarin cek kolesterol sama gula darah
# puasa", "udah tes HbA1c" (not tests offered or asked for: "cek gula darah gratis").
_TEST_DONE = re.compile(
    r"\b(?:kemarin|kemaren|kmrn|tadi|td|sudah|udah|udh|sdh|barusan|abis|habis|baru)[ \t]+"
    r"(?:cek|tes|test|periksa)(?:[ \t]+lab)?(?=[ \t])",
    re.IGNORECASE,
)
_TESTED = re.compile(
    r"(?:[ \t]*[,&/]|[ \t]+(?:dan|sama|sm|and))?[ \t]+(?P<test>gula[ \t]+darah(?:[ \t]+(?:puasa"
    r"|sewaktu|2[ \t]*jam[ \t]*pp))?|kolesterol(?:[ \t]+(?:total|ldl|hdl))?|hba1c|asam[ \t]+urat"
    r"|trigliserida|sgot|sgpt|kreatinin|ureum|tsh|hb|trombosit|fungsi[ \t]+(?:hati|ginjal))\b",
    re.IGNORECASE,
)
# A virus count or a cell count of an infection: "CT value 24", "viral load 40 copies/mL".
_LOAD = re.compile(
    r"\b(?:ct[ \t]+value|nilai[ \t]+ct|viral[ \t]+load|cd4(?:[ \t]+count)?)(?:nya)?[ \t]*"
    r"(?:[:=]|of|sebesar|is|cuma|tinggal)?[ \t]*\d{1,6}(?:[.,]\d+)?"
    r"(?:[ \t]*(?:copies/ml|kopi/ml|sel/mm3|cells/mm3|sel/[µu]l))?\b",
    re.IGNORECASE,
)


def _tests_done(text: str) -> list[_Piece]:
    """The tests named after a test someone has had: "kemarin cek kolesterol sama gula darah"."""
    pieces = []
    for done in _TEST_DONE.finditer(text):
        pos = done.end()
        while (tested := _TESTED.match(text, pos)) is not None:
            pieces.append(_Piece(*tested.span("test"), MEDICAL_TRIGGERED_SCORE))
            pos = tested.end()
    return pieces
