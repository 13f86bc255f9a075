"""The words right before a health term, and the qualifiers after it, that belong to it."""

from __future__ import annotations

import re

from redaction.recognizers.medical.vocabulary import _ORGANS, _SIDE, _VERDICT

# Words right before a health term that belong to it: "kena stroke", "gejala tipes",
# "dicurigai DBD", "abis operasi usus buntu", "pakai kursi roda", "severe asthma".
_PREFIX = re.compile(
    r"(?:(?:kena|terkena|gejala|kontrol|dicurigai|diduga|suspek|suspect|suspected|positif|positive"
    # "pernah sampe sesak napas": it went as far as that once
    r"|pernah(?:[ \t]+(?:sampe|sampai|sampek))?"
    r"|abis|habis|pasca|post|setelah|severe|mild|moderate|chronic|acute|bad|pakai|pake|memakai"
    # an operation on it: "operasi pengangkatan miom", "operasi ESWL", "removal of fibroids"
    r"|operasi|dioperasi|pengangkatan|removal[ \t]+of"
    r"|recurrent|major|(?:type|tipe)[ \t]*(?:1|2|i|ii)"
    # an attack or episode of it, its grade: "serangan gout akut", "episode depresi", "grade 2
    # ACL sprain", "bypass heart surgery"
    r"|serangan|episode|episodes?[ \t]+of|(?:grade|derajat)[ \t]*(?:\d|iv|i{1,3})|bypass"
    # how an operation was done: "laparoscopic appendectomy", "total knee replacement"
    r"|laparoscopic|laparoskopi|endoscopic|endoskopi|robotic|radical|bilateral|partial|total"
    # the form a medicine comes in: "salep ketoconazole", "sirup ambroxol"
    r"|salep|krim|cream|tablet|kapsul|sirup|syrup|puyer|tetes|injeksi|suntik|suntikan"
    r"|menggunakan|(?:riwayat|history[ \t]+of)(?:[ \t]+(?:penyakit|sakit))?"
    # the stage and the organ of a cancer: "stage 3 breast cancer"
    r"|(?:stage|stadium)[ \t]*(?:\d|iv|i{1,3})|breast|lung|colon|colorectal|prostate|cervical"
    r"|ovarian|skin|liver|pancreatic|stomach|bone|brain|kidney|bladder|thyroid"
    # the joint of a condition, named first in English: "knee osteoarthritis"
    r"|knee|hip|shoulder|ankle|wrist|elbow|neck|spinal|lumbar|thoracic|high|inhaler|infus)"
    r"[ \t]+)+\Z",
    re.IGNORECASE,
)

# What may follow a condition or medication as part of it: "diabetes tipe 2", "kanker
# payudara stadium 3", "hamil 5 bulan", "katarak mata kiri", "maag kronis", "influenza A",
# "metformin 500 mg 3x1", "Lantus 18 unit malam", "salbutamol inhaler", "ADHD ringan",
# "tuli sejak lahir", "flek2 coklat", "Typhoid fever (A01.0)".
_QUALIFIER = re.compile(
    # a type, stage, grade or degree: "DBD derajat II", "fatty liver grade 1"
    r"(?:[ \t]+(?:tipe|type|stadium|stage|grade|kategori|category|derajat|tingkat|level|fase"
    r"|phase)[ \t]*(?:\d|iv|v|i{1,3})\b"
    # the parasite or germ: "malaria falciparum"
    r"|[ \t]+(?:falciparum|vivax|tropika|tertiana|resisten|resistant)\b"
    # a size: "kista ovarium 4 cm", "batu ginjal 8 mm"
    r"|[ \t]+\d{1,2}(?:[.,]\d)?[ \t]*(?:cm|mm)\b"
    # a frequency: "cuci darah 2x seminggu", "metformin 850 mg twice daily"
    r"|[ \t]+\d{1,2}[ \t]*(?:[xX]|kali)[ \t]*(?:sehari|seminggu|sebulan|per[ \t]+(?:hari|minggu"
    r"|bulan)|a[ \t]+(?:day|week)|daily|weekly)\b"
    r"|[ \t]+(?:once|twice|(?:three|four|\d)[ \t]+times)(?:[ \t]+(?:a[ \t]+(?:day|week)|daily"
    r"|weekly))?\b"
    # ... in hours, or when needed: "paracetamol 500 mg every 6 hours as needed"
    r"|[ \t]+(?:every|tiap|setiap)[ \t]+\d{1,2}(?:[ \t]*-[ \t]*\d{1,2})?[ \t]*(?:hours?|hrs?|jam)\b"
    r"|[ \t]+(?:as|when)[ \t]+(?:needed|required)\b"
    # a strength in percent: "hydrocortisone cream 1%"
    r"|[ \t]+\d{1,2}(?:[.,]\d{1,2})?[ \t]*%"
    r"|[ \t]+(?:daily|at[ \t]+night|at[ \t]+bedtime)\b"
    r"|[ \t]+(?:sebagian|separuh|seluruh|parsial|partial)\b"
    # a test's verdict: "hepatitis B reaktif", "HIV positif"
    rf"|[ \t]+{_VERDICT}\b"
    # when a medicine is taken: "insulin 8 unit sebelum makan", "after meals"
    r"|[ \t]+(?:sebelum|sesudah|setelah|sblm|stlh|before|after)[ \t]+(?:makan|tidur|meals?|bed)\b"
    rf"|[ \t]+(?:{_ORGANS})\b"
    # ("atas nama" is "in the name of": "klaim rawat inap atas nama suami")
    rf"|[ \t]+(?:(?:sisi|bagian|sebelah)[ \t]+)?{_SIDE}\b(?![ \t]+nama\b)"
    rf"|[ \t]+(?:on[ \t]+the[ \t]+)?(?:left|right)[ \t]+side\b"
    # a middle severity, where no verb follows ("sedang" is also "currently"): "depresi
    # sedang", "dehidrasi sedang, kata dokter"
    r"|[ \t]+(?:sedang|moderate|severe|mild)(?=[ \t]*(?:[,.;!?)\n]|$|(?:dan|sama|sm|kata"
    r"|menurut|and|according)\b|&))"
    # a temperature: "demam 39 derajat", "fever of 38.5°C"
    r"|[ \t]+(?:of[ \t]+)?\d{2}(?:[.,]\d)?[ \t]*(?:derajat|°[ \t]?c?|celsius)"
    # ... or a bare body temperature: "demam 38,5", "panas 39 dari semalam"
    r"|[ \t]+(?:3[5-9]|4[0-2])(?:[.,]\d)?"
    r"(?!\w|[.,]\d|[ \t]*(?:x\b|kali|hari|jam|menit|%|rb|ribu|mg|mcg|ml|iu|unit))"
    r"|[ \t]+(?:kronis|kronik|akut|chronic|acute|parah|ringan|berat|hebat|kambuhan|menahun|tinggi"
    r"|bawaan|kontak|sebelah|sejak[ \t]+(?:lahir|kecil)|since[ \t]+(?:birth|childhood)"
    # the extent and course of a condition: "depresi mayor", "plasenta previa totalis",
    # "cerebral palsy spastik", "demam naik turun", "DM tidak terkontrol"
    r"|mayor|major|minor|totalis|parsialis|marginalis|spastik|spastic|berulang|recurrent"
    r"|persisten|persistent|komplit|inkomplit|complete|incomplete|bilateral|unilateral|ganas"
    r"|jinak|malignant|benign|naik[ \t]+turun|(?:tidak|tdk|belum|blm|not)[ \t]+terkontrol"
    r"|uncontrolled|stadium[ \t]+(?:awal|akhir|lanjut)|end[ \t]+stage"
    # its kind: "gagal jantung kongestif", "stroke iskemik", "disabilitas netra"
    r"|kongestif|congestive|iskemik|ischemic|ischaemic|hemoragik|hemorrhagic|obstruktif"
    r"|obstructive|netra|rungu|wicara|daksa|grahita|intelektual|intellectual"
    r"|congenital)\b"
    r"|[ \t]+(?:merah|coklat|cokelat|hijau|kuning|putih|hitam|kehitaman|kecoklatan)\b"
    r"|[ \t]+(?-i:[AB])\b"
    r"|[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|g|ml|iu|unit|units|tetes|drops)\b"
    r"(?:[ \t]*/[ \t]*\d*[ \t]*ml\b)?"
    # times a day and the dose in one: "paracetamol 3x500mg", "Novorapid 3x8 unit" (before
    # the bare "3x1", which would leave the unit out)
    r"|[ \t]+\d[ \t]*[xX][ \t]*\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|g|ml|iu|units?)\b"
    r"|[ \t]+\d[ \t]*[xX][ \t]*\d\b(?:[ \t]+(?:sehari|per[ \t]+hari|a[ \t]+day|daily))?"
    # a schedule of doses (morning-noon-night) and a prescription's Latin: "Simvastatin 20 mg
    # 0-0-1", "cefixime 200 mg bid x5d"
    r"|[ \t]+[0-3](?:[ \t]*-[ \t]*[0-3]){2,3}(?![\d-])"
    r"|[ \t]+(?:bid|tid|qid|qd|bd|tds|qds|qhs|prn|q\d{1,2}h)\b"
    r"|[ \t]+x[ \t]*\d{1,2}[ \t]*(?:d|days?|hari)\b"
    # a kind named by a medical adjective: "dermatitis atopik", "dermatitis seboroik",
    # "ulkus diabetikum"
    r"|[ \t]+[a-z]{2,}(?:oik|opik|ikum|otik)\b"
    r"|[ \t]+(?:tiap|setiap|every)[ \t]+(?:pagi|siang|sore|malam|hari|morning|night|day)\b"
    # (not when it happened: "serangan jantung pagi ini", "demam malam tadi")
    r"|[ \t]+(?:pagi|siang|sore|malam)(?:[ \t]+hari)?\b"
    r"(?![ \t]+(?:ini|tadi|td|kemarin|kemaren|kmrn|itu|harinya)\b)"
    r"|[ \t]+(?:inhaler|tablet|tab|kapsul|capsule|sirup|syrup|salep|injeksi|suntik|pen|drops|pump"
    r"|tetes(?:[ \t]+(?:mata|telinga))?|ointment|cream|krim|gel)\b"
    # how it is given: "diazepam rektal", "salbutamol nebul", "insulin pen (NovoRapid)"
    r"|[ \t]+(?:rektal|rectal|oral|topikal|topical|sublingual|supositoria|suppositoria|nebul"
    r"|nebulizer|nebulisasi|spray|semprot|intravena|intravenous|patch)\b"
    # attacks of a condition: "anxiety attacks", "serangan asma"
    r"|[ \t]+(?:attacks?|episodes?)\b"
    # the level of the spine: "HNP L4-L5", "saraf kejepit di C5-C6"
    r"|[ \t]+(?-i:[CTLS])\d{1,2}(?:[ \t]*-[ \t]*(?-i:[CTLS])?\d{1,2})?\b"
    r"|[ \t]*\([A-Z]\d{2}(?:\.\d{1,2})?\)"
    # its acronym in brackets, maybe with a grade: "Demam Berdarah Dengue (DHF grade II)"
    r"|[ \t]*\((?-i:[A-Z]{2,5})(?:[ \t]+(?:grade|derajat|tipe|type|stadium|stage)[ \t]*"
    r"(?:\d|iv|v|i{1,3}))?\)"
    # a vaccine against it given to someone: "rabies vaccine", "tetanus shot"
    r"|[ \t]+(?:vaccine|vaccination|shot|jab|booster)\b"
    # taken when needed: "ibuprofen 400 mg 3x1 k/p nyeri"
    r"|[ \t]+(?:k/p|prn|bila[ \t]+perlu|jika[ \t]+perlu|kalau[ \t]+perlu)"
    r"(?:[ \t]+(?:nyeri|demam|sakit|pusing|mual|sesak))?"
    r"|[ \t]+(?:sudah[ \t]+|udah[ \t]+|sdh[ \t]+|selama[ \t]+|for[ \t]+)?\d{1,2}[ \t]*(?:bulan|bln"
    r"|minggu|mgg|months?|weeks?|hari|hr|days?)\b"
    r"(?![ \t]+(?:ago|lalu|yang[ \t]+lalu|yg[ \t]+lalu|yll)\b)"
    # the side and organ after a comma: "ACL sprain, left knee"
    rf"|[ \t]*,[ \t]*{_SIDE}[ \t]+(?:{_ORGANS})\b"
    # when it was (a year, in a history): "operasi usus buntu 2019", "TBC paru (2019)"
    r"|[ \t]+(?:(?:th|thn|tahun)[ \t]+)?(?:19[5-9]\d|20[0-4]\d)\b(?![.,:/-]?\d)"
    # stitches, oxygen: "luka robek dahi 5 jahitan", "oksigen 3 lpm"
    r"|[ \t]+\d{1,2}[ \t]*(?:jahitan|stitches|lpm|l/menit|l/min|liter[ \t]*/[ \t]*menit)\b)*",
    re.IGNORECASE,
)


def _with_prefix(text: str, start: int) -> int:
    """``start`` moved back over a cue that belongs to the term ("kena stroke")."""
    prefix = _PREFIX.search(text, max(0, start - 24), start)
    return prefix.start() if prefix else start
