"""Recognizer: health data (UU PDP Art. 4(2) specific personal data) as MEDICAL.

A health statement is built from pieces, each found on its own:

- terms: very specific conditions and medicines ("HIV", "kanker", "metformin") wherever they
  occur, and conditions named by their suffix ("gastritis", "histerektomi"); ambiguous ones
  ("hamil", "depresi", "flu") only after a trigger that says they are about a person ("saya
  punya", "anak saya kena", "lagi", "didiagnosa", "minum"), or before a severity ("sariawan
  parah") or the person they are for ("obat maag buat ibu sy");
- medicines not in the lists, known by a dose someone takes ("minum depakote 250 mg");
- a body part with a symptom ("kaki bengkak", "gigi gerahamnya berlubang", "kuning di mata",
  "patah tulang selangka kiri", "chipped my front tooth");
- laboratory results ("gula darah puasa 186 mg/dL", "trombosit 89.000/µL", "NS1 positif",
  "Hasil swab a.n. Budi: NEGATIF", "Potassium 6.8 mmol/L", "temp 38.4"), and the tests someone
  has had ("kemarin cek kolesterol sama gula darah puasa"),
  pregnancies ("hamil 28 minggu", "usia kandungan 32 minggu", "HPL 14 Agustus"), allergies
  and the health fields of forms ("Keluhan: ...", "Diagnosa: ...").

Each piece takes the words that belong to it: a cue right before it ("kena", "gejala",
"dicurigai", "pernah", "suspected", "severe"), and qualifiers after it (type, stage, organ,
side, severity, dose and frequency). Pieces joined only by list words ("kaki bengkak dan
pusing, tensi 150/100") become one span, so that a list of complaints leaves nothing in clear;
a symptom word that is figurative alone ("pusing") counts only inside such a list.

Medicines asked for in a shop ("ada paracetamol sirup?", "do you sell EpiPen?") are a
person's only in a message that names their condition, or with a dose; the health of pets
("kucing sy muntah2"), services and price lists ("odontektomi Rp 2.500.000"), and what a
policy covers ("asthma is covered after ...") are not a person's health data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.recognizers.context import Keywords, Span, SpanRecognizer

MEDICAL = "MEDICAL"

MEDICAL_SPECIFIC_SCORE = 0.75
MEDICAL_TRIGGERED_SCORE = 0.7
# A medication with its dose ("Sertraline 50 mg") is MEDICAL even where spaCy sees a PERSON.
MEDICAL_DOSE_SCORE = 0.9
# Complaints that are health data only together ("mual, pusing dan lemas").
MEDICAL_LIST_SCORE = 0.6

SPECIFIC_TERMS = words("medical_specific.txt")
TRIGGERED_TERMS = words("medical_terms.txt")
SYMPTOMS = words("medical_symptoms.txt")
MEDICATIONS = words("medications.txt")
BODY_PARTS = words("body_parts.txt")


def _alternation(terms: frozenset[str] | set[str]) -> str:
    return "|".join(
        re.escape(term).replace(r"\ ", r"[ \t]+").replace(r"\-", "[ -]?")
        for term in sorted(terms, key=len, reverse=True)
    )


# A term, maybe reduplicated ("merah2", "gatal-gatal", "muntah2"); not inside a word or a
# compound, except after "post-"/"pasca-" ("post-stroke").
def _term_pattern(terms: set[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?:(?<![\w-])|(?<=\bpost-)|(?<=\bpasca-))(?P<term>"
        + _alternation(terms)
        + r")(?:2|-(?P=term)|(?<=[a-z])e?s)?(?:nya|nyo|n?ipun|ku|mu)?(?![\w-])",
        re.IGNORECASE,
    )


def _terms_by_first_word(terms: frozenset[str]) -> dict[str, re.Pattern[str]]:
    """One small pattern per first word: matching is tried only where such a word starts
    (one pattern of all the terms, tried at every position, was the slowest step)."""
    groups: dict[str, set[str]] = {}
    for term in terms:
        groups.setdefault(re.split(r"[^\w]", term, maxsplit=1)[0], set()).add(term)
    return {first: _term_pattern(group) for first, group in groups.items()}


_TERMS_BY_FIRST_WORD = _terms_by_first_word(SPECIFIC_TERMS | TRIGGERED_TERMS | SYMPTOMS)
# Whose a term is may be written onto it: "demamnya", "asmaku", Javanese "katarakipun",
# "glaukomanipun",
# Minang "gulanyo"; and English plurals: "antidepressants", "fibroids".
_WORD_ENDINGS = ("nya", "nyo", "nipun", "ipun", "ku", "mu", "es", "s")
_WORD = re.compile(r"[^\W\d_]+")
# Inflammations and removals are named by their suffix: "gastritis", "tonsilitis",
# "histerektomi", "appendectomy" (a stem of 4+ letters: "kritis", "politis" are adjectives).
# Likewise blood and metabolic conditions ("dislipidemia", "hiperglikemia"), degenerations and
# infestations ("osteoporosis", "psoriasis"), diseases of an organ ("neuropati"), paralyses
# ("hemiplegia") and stomas ("kolostomi").
_SUFFIX_TERM = re.compile(
    r"(?P<term>[^\W\d_]{4,}(?:itis|ektomi|ectomy|emia|iasis|opati|opathy|plegia|ostomi|ostomy)"
    # looking inside, cutting into and repairing an organ: "kolonoskopi", "endoscopy",
    # "kraniotomi", "episiotomy", "angioplasty", "rinoplasti"
    r"|[^\W\d_]{3,}(?:oskopi|oscopy|otomi|otomy|oplasty|oplasti)"
    r"|[^\W\d_]{3,}osis)(?![\w-])",
    re.IGNORECASE,
)
# Medicines are named by the stem of their class: "-pril", "-sartan", "-olol", "-statin",
# "-prazole", "-cillin", "-mycin", "-floxacin", "-azepam", "-vir", "-izine" ("flunarizine",
# "levodopa", "prednisolon", "acyclovir").
_DRUG_SUFFIX = re.compile(
    r"[^\W\d_]{3,}(?:pril|sartan|olol|statin|prazole|prazol|tidine|tidin|dipine|dipin|azepam"
    r"|zolam|oxetine|oksetin|triptan|[aiou]vir|izine|azine|izin|profen|semide|semid|thiazide"
    r"|tiazid|gliptin|gliflozin|parin|lukast|cillin|silin|mycin|misin|floxacin|floksasin"
    r"|cycline|siklin|conazole|konazol|dazole|dazol|tadine|tadin|setron|pramine|triptyline"
    r"|triptilin|peridol|peridone|peridon|apine|mazepine|mazepin|formin|dopa|solone|solon"
    r"|nisone|nison|methasone|metason|caine|okain|amol|terol|phylline|filin"
    # anticoagulants, GLP-1 drugs, bone and lung medicines, cancer drugs and antibodies
    # ("rivaroxaban", "dulaglutide", "alendronate", "tiotropium", "imatinib", "rituximab")
    r"|xaban|gatran|glutide|dronate|dronat|tropium|tinib|platin|rubicin|taxel|umab|ximab"
    # pain and arthritis, epilepsy, mood, prostate, diabetes, malaria and other families
    # ("diklofenak", "meloxicam", "celecoxib", "levetiracetam", "escitalopram", "tamsulosin",
    # "lamotrigine", "pioglitazone", "hydroxychloroquine", "methotrexate", "tretinoin"),
    # the azole antifungals and antiparasitics ("albendazole"), cephalosporins ("ceftriaxone",
    # "sefadroksil"), opioids ("tramadol", "oxycodone")
    r"|fenac|fenak|oxicam|oksikam|coxib|koksib|racetam|rasetam|alopram|faxine|faksin|afil"
    r"|sulosin|azosin|trigine|trigin|glitazone|glitazon|glinide|glinid|oquine|okuin|trexate"
    r"|treksat|tinoin|barbital|azole|azol|micin|cortisone|kortison|pramide|pramid|peramide"
    r"|peramid|madol|codone|kodon|triaxone|triakson|adroxil|adroksil|uroxime|uroksim|otaxime"
    r"|otaksim|tazidime|tazidim|ixime|iksim|epime"
    # blood thinners and heart-rate drugs: "clopidogrel", "ticagrelor", "diltiazem"
    r"|dogrel|sugrel|grelor|tiazem)",
    re.IGNORECASE,
)
# ... but not these words, nor names (Latvian surnames end in "-itis": "Rudzitis").
_NOT_SUFFIX_TERMS = (
    frozenset({"analitis", "diagnosis", "prognosis", "hipnosis", "hypnosis", "osmosis"})
    | frozenset({"misdiagnosis", "dikotomi", "dichotomy", "mikroskopi", "microscopy", "kuwaitis"})
    | frozenset({"simbiosis", "symbiosis", "metamorfosis", "metamorphosis", "mitosis", "meiosis"})
    | frozenset({"academia", "akademia", "bohemia", "homeopati", "homeopathy", "naturopathy"})
    | frozenset({"kolesterol", "cholesterol", "magazine", "mazagine", "wolverine"})
    | words("surnames.txt")
    | words("foreign_names.txt")
    | words("given_names.txt")
)


def _first_letters(terms: frozenset[str]) -> str:
    """A look-ahead for the letters ``terms`` start with: a long alternation is then tried
    only where one of them starts (most word starts have none)."""
    letters = sorted({term[0] for term in terms} | {term[0].upper() for term in terms})
    return "(?=[" + "".join(re.escape(letter) for letter in letters) + "])"


_BODY = r"(?:" + _alternation(BODY_PARTS) + r")(?:nya|ku|mu)?"
_SYMPTOM = r"(?:" + _alternation(SYMPTOMS) + r")(?:2|-\w+)?"
_SIDE = (
    r"(?:kiri|kanan|atas|bawah|depan|belakang|dalam|luar|left|right|front|lower|upper|dextra"
    r"|sinistra)"
)
# Words that may stand between a body part and its symptom: "muka sy malah merah2".
_BODY_FILLER = (
    r"(?:sy|saya|aku|gue|gw|dia|anak|malah|jadi|jd|agak|sangat|sering|mulai|kok|udah|sudah"
    r"|sdh|lagi|lg|masih|terasa|kerasa|rasanya|sedikit|dikit|makin|semakin|tambah|tiba2"
    r"|tiba-tiba|kayak|jg|juga|is|are|was|feels?|got|gets?|became|very|really|so)"
)
# A body part, then its symptom: "kaki bengkak", "gigi gerahamnya berlubang", "muka sy malah
# merah2", "my knee is swollen".
_BODY_THEN_SYMPTOM = re.compile(
    rf"(?<![\w-]){_first_letters(BODY_PARTS)}(?P<body>{_BODY}(?:[ \t]+(?:{_BODY}|{_SIDE}))*)"
    rf"(?P<filler>(?:[ \t]+{_BODY_FILLER}){{0,2}})[ \t]+(?P<symptom>{_SYMPTOM})(?![\w-])",
    re.IGNORECASE,
)
# A symptom, then its body part: "sakit gigi", "kuning di mata dan kulit", "patah tulang
# selangka kiri", "chipped my front tooth", "nyeri di lutut kanan".
_SYMPTOM_THEN_BODY = re.compile(
    rf"(?<![\w-]){_first_letters(SYMPTOMS)}(?P<symptom>{_SYMPTOM})"
    r"(?:[ \t]+(?:di|pada|on|in|bagian))?"
    rf"(?:[ \t]+(?:my|his|her|their|the|a))?(?:[ \t]+{_SIDE})?[ \t]+{_BODY}"
    rf"(?:[ \t]+(?:{_BODY}|{_SIDE}))*"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:dan|&|and)[ \t]+){_BODY}(?:[ \t]+{_SIDE})?)*(?![\w-])",
    re.IGNORECASE,
)
# A body part named before a symptom in a product's description is not a person's:
# "obat sakit kepala", "cocok untuk kulit gatal", "salep buat kaki pecah".
_PRODUCT_BEFORE = Keywords(
    r"(?:obat|salep|krim|cream|serum|sabun|soap|lotion|produk|product|cocok|khusus|bagus"
    r"|ampuh|good)\s+(?:untuk|utk|buat|bwt|for)",
    "cocok", "khusus", "atasi", "mengatasi", "obat", "salep", "krim", "cream", "serum", "sabun",
    "soap", "lotion", "produk", "product", "jual", "sell", "meredakan", "redakan", "membantu",
    "helps", "relieves", "relief", "treats",
)  # fmt: skip

# ... unless someone takes it: "ibu rutin minum obat darah tinggi", "my dad takes medicine for".
_TAKES_MEDICINE_BEFORE = Keywords(
    r"(?:minum|konsumsi|mengonsumsi|makan|pakai|taking|takes|take|on)\s+(?:obat|salep|medicine"
    r"|meds)(?:\s+(?:untuk|utk|buat|bwt|for))?"
)
_LIST_PRODUCT_WINDOW = 24
# A question mark right after a term, or after a word or two ("Ada alergi obat?"), but not
# after "ya" ("Ada riwayat alergi retinol ya kak?" checks what is known of the person).
_QUESTION_WORDS = Keywords(
    "ada", "apakah", "apa", "punya", "any", "have", "has", "do", "does", "pernah", "is", "are"
)
_QUESTION_AFTER = re.compile(r"[ \t]*(?:(?!ya\b|kan\b)\w+[ \t]*){0,2}[?/]", re.IGNORECASE)

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
# What a test found: "positif", "NEGATIF", "non-reaktif".
_VERDICT = (
    r"(?:positif|negatif|positive|negative|(?:non[ -]?)?(?:reaktif|reactive)|(?:tidak|not)[ \t]+"
    r"(?:reaktif|reactive|detected|terdeteksi)|terdeteksi|detected)"
)
_ORGANS = _alternation(
    BODY_PARTS
    | {"hati", "darah", "serviks", "ovarium", "nasofaring", "tiroid", "pankreas", "otak", "acl"}
    | {"mulut rahim", "usus besar", "usus halus", "getah bening"}
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
    r"|[ \t]+(?:once|twice|three[ \t]+times)(?:[ \t]+(?:a[ \t]+(?:day|week)|daily|weekly))?\b"
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
    r"|[ \t]+(?:sudah[ \t]+|udah[ \t]+|sdh[ \t]+|selama[ \t]+)?\d{1,2}[ \t]*(?:bulan|bln|minggu|mgg"
    r"|months?|weeks?|hari|hr|days?)\b(?![ \t]+(?:ago|lalu|yang[ \t]+lalu|yg[ \t]+lalu|yll)\b)"
    # the side and organ after a comma: "ACL sprain, left knee"
    rf"|[ \t]*,[ \t]*{_SIDE}[ \t]+(?:{_ORGANS})\b"
    # when it was (a year, in a history): "operasi usus buntu 2019", "TBC paru (2019)"
    r"|[ \t]+(?:(?:th|thn|tahun)[ \t]+)?(?:19[5-9]\d|20[0-4]\d)\b(?![.,:/-]?\d)"
    # stitches, oxygen: "luka robek dahi 5 jahitan", "oksigen 3 lpm"
    r"|[ \t]+\d{1,2}[ \t]*(?:jahitan|stitches|lpm|l/menit|l/min|liter[ \t]*/[ \t]*menit)\b)*",
    re.IGNORECASE,
)
_TAKING = Keywords(
    "minum", "konsumsi", "mengonsumsi", "diresepkan", "diresepin", "dikasih", "taking", "takes",
    "take", "prescribed", "on",
)  # fmt: skip
# A medicine not in the lists, known by its dose and someone taking it or its frequency:
# "minum depakote 250 mg", "Zyloric 100 mg 1x1", "taking Keppra 500mg".
_DOSED_MEDICINE = re.compile(
    r"(?<![\w-])(?!(?:air|susu|jus|kopi|teh|water|milk|juice|coffee|tea)\b)[^\W\d_][\w-]{2,24}"
    r"[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|iu)\b"
    r"(?P<frequency>[ \t]+\d[ \t]*[xX][ \t]*(?:\d|sehari|per[ \t]+hari|a[ \t]+day)\b)?",
    re.IGNORECASE,
)
# A dose taken, the medicine named before: "my warfarin, I take 5 mg daily", "sehari minum 500
# mg".
_TAKEN_DOSE = re.compile(
    r"\b(?:take|takes|taking|took|minum|konsumsi|mengonsumsi)[ \t]+"
    r"(?P<value>\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|iu|units?)\b)",
    re.IGNORECASE,
)
_DOSE = re.compile(r"\d[ \t]*(?:mg|mcg|µg|g|ml|iu|unit|units)\b", re.IGNORECASE)
# Pregnancy with its term: "18 weeks pregnant", "pregnant 7 months", "hamil 28 minggu", "hamil
# anak ke-2", "usia kandungan 32 minggu". (The due date, "HPL 14 Agustus", is a date like an
# appointment's.)
_PREGNANCY = re.compile(
    r"\b\d{1,2}[ \t]*(?:weeks?|months?|wks?|minggu|bulan)[ \t]+pregnant\b"
    r"|\bpregnant[ \t]+(?:for[ \t]+|\()?\d{1,2}[ \t]*(?:weeks?|months?|wks?)\b\)?"
    r"|\bhamil[ \t]+(?:\d{1,2}[ \t]*(?:minggu|mgg|bulan|bln)\b|muda\b|tua\b"
    r"|(?:anak[ \t]+)?(?:ke-?[ \t]*\d|pertama|kedua|ketiga|keempat)\b)"
    r"|\b(?:usia[ \t]+)?(?:kandungan|kehamilan)(?:[ \t]+(?:sy|saya|aku|istri[ \t]+(?:sy|saya)))?"
    r"[ \t]*:?[ \t]*\d{1,2}[ \t]*(?:minggu|mgg|bulan|bln|weeks?)\b"
    r"|\btrimester[ \t]+(?:1|2|3|i{1,3}|pertama|kedua|ketiga)\b",
    re.IGNORECASE,
)
# "riwayat" before an organ makes it a condition ("riwayat jantung", "history of kidney disease").
_HISTORY_ORGAN = re.compile(
    r"\b(?:riwayat|history[ \t]+of)[ \t]+(?:penyakit[ \t]+|sakit[ \t]+)?"
    r"(?:jantung|ginjal|paru(?:-paru)?|hati|liver|lambung|heart|kidney|lung)"
    r"(?:[ \t]+(?:disease|problems?))?\b",
    re.IGNORECASE,
)
# What someone is allergic to: "alergi kacang", "allergy to latex" (the allergy), "allergic to
# eggs" (the allergen), "peanut allergy".
_ALLERGY = re.compile(
    r"\b(?:(?P<noun>(?:alergi|intoleransi)(?:[ \t]+(?:terhadap|sama))?|allerg(?:y|ies)[ \t]+to)"
    r"|allergic[ \t]+to|intoleran(?:t|ce)[ \t]+to)"
    r"(?=[ \t]+\w)",
    re.IGNORECASE,
)
_ALLERGY_AFTER = re.compile(
    r"(?<![\w-])(\w+)[ \t]+(?:allergy|allergies|intolerant|intolerance|intoleran)\b",
    re.IGNORECASE,
)
_ALLERGEN_WORD = re.compile(r"[ \t]+(?:\w+-)?\w+")
# A food or a medicine someone may not take, in a message that names an allergy or an
# intolerance: "She can't have eggs, severe allergy", "ga boleh makan udang, alergi".
_CANNOT_TAKE = re.compile(
    r"\b(?:can[’']?t|cannot|can[ \t]+not|must[ \t]+not|(?:is|are)n[’']?t[ \t]+allowed[ \t]+to"
    r"|(?:ga|gak|nggak|ngga|tidak|tdk|g)[ \t]+(?:bisa|boleh)|pantang)[ \t]+"
    r"(?:have|eat|drink|take|makan|minum|konsumsi)(?=[ \t]+\w)",
    re.IGNORECASE,
)
_ALLERGY_WORD = re.compile(r"\b(?:alergi|allerg\w*|intoleran\w*|intolerant)", re.IGNORECASE)
_CANNOT_TAKE_WINDOW = 60
_MAX_ALLERGEN_WORDS = 4
# More allergens listed, each a word or two closing the clause or the list: "alergi udang dan
# kepiting", "allergic to eggs, milk and soy" (not "allergic to shellfish and uses an EpiPen").
_LIST_WORD = r"(?:[ \t]*[,&/]|[ \t]+(?:dan|and|sama|atau|or|serta)\b)"
_MORE_ALLERGENS = re.compile(
    rf"{_LIST_WORD}(?P<words>(?:[ \t]+(?:\w+-)?\w+){{1,2}}?)"
    rf"(?=[ \t]*(?:[.;!?\n)]|$)|{_LIST_WORD})",
    re.IGNORECASE,
)
# Words that end an allergen ("alergi kacang, mohon", "allergic to eggs but ...").
_NOT_ALLERGEN = (
    frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS) | words("chat_words.txt")
)
# Whose reading it is, and the word before its value: "Hb istri sy cuma 8,5", "tensi ibu 170/100".
_LAB_SUBJECT = (
    r"[ \t]+(?:ibu|bapak|ayah|mama|papa|sy|saya|aku|anak|suami|istri|nenek|kakek|beliau|my|his"
    r"|her)(?:[ \t]*(?:sy|saya|aku|ku|gue|gw))?"
)
_LAB_LINK = (
    r"[ \t]*(?:[:=]|is|was|sebesar|cuma|hanya|only|tinggal|di[ \t]+angka"
    # when it was read: "trombosit masuk 42.000", "tensi kemarin 170/100"
    r"|(?:saat[ \t]+)?masuk|awal|terakhir|kemarin|kemaren|kmrn|tadi|td|masih|sekarang|skrg)?[ \t]*"
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
    r"|kreatinin|ureum|tsh|cholesterol|glucose|uric[ \t]+acid|blood[ \t]+(?:sugar|glucose)|inr)"
    rf"(?P<nya>[ \t]?nya)?(?P<subject>{_LAB_SUBJECT})?{_LAB_LINK}"
    # (a number of 100 or more is no duration: "gula darah 250 bulan lalu")
    r"(?:\d{3}(?![.,]\d)|\d{1,3}(?:[.,]\d{1,2})?(?![ \t]*(?:jam|hari|menit|minggu|bulan|tahun)))"
    r"(?![\w/%]|[.,]\d|[ \t]*(?:box|botol|btl|pcs|biji|buah|kotak|strip|sachet|pack|kg|gr"
    r"|gram|mg|kkal|kcal|x\b|kali|orang|times))",
    re.IGNORECASE,
)
_LAB_REPORT = Keywords("hasil", "lab", "laboratorium", "cek", "tes", "test", "periksa", "results?")
_LAB_REPORT_WINDOW = 40
# Tests asked for are not results: "cek kolesterol & asam urat buat bapak saya".
_TEST_BEFORE = Keywords("cek", "check", "tes", "test", "periksa", "pemeriksaan", "screening")
# Any value in a laboratory unit, whatever the test is called: "Kemarin 14 mg/dL".
_LAB_UNIT_VALUE = re.compile(
    r"(?<![\w.,])\d{1,4}(?:[.,]\d{1,3})*[ \t]*(?:" + _LAB_UNIT + r")(?![\w/])", re.IGNORECASE
)
# A test with its qualitative result: "NS1 positif", "swab PCR positive", "HIV reaktif".
_TEST_RESULT = re.compile(
    r"\b(?:ns1|igg|igm|pcr|swab|antigen|rapid[ \t]+test|widal|hbsag|anti-?hcv|vdrl|tpha"
    r"|test[ \t]*pack|tespek|testpack|hiv|hpv|covid(?:-19)?|tb|tbc|dengue)"
    # its type or subtype: "HIV 1/2: Reaktif", "dengue IgM"
    r"(?:[ \t]+(?:1/2|[12]|igg|igm))?"
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
# A health field of a form, up to the end of its clause: "Keluhan: sesak napas sejak 3 hari",
# "Procedure: right knee replacement", "Allergy: amoxicillin", "Diagnosa di resume: ...".
_HEALTH_FIELD = re.compile(
    r"(?:^|(?<=[.;]))[ \t]*(?:keluhan|diagnosa|diagnosis|dx|riwayat(?:[ \t]+(?:penyakit|alergi))?"
    r"|alergi|allerg(?:y|ies)|procedure|tindakan|medications?|conditions?|kondisi|penyakit"
    r"|gejala|symptoms?|(?:chief[ \t]+)?complaints?)"
    r"(?:[ \t]+(?:di|dari|pada|in|on)[ \t]+\w+)?"
    # which diagnosis: "Diagnosa kerja:", "Diagnosis utama:"
    r"(?:[ \t]+(?:kerja|utama|akhir|awal|sekunder|banding|masuk|keluar|primary|secondary"
    r"|final))?"
    r"[ \t]*:[ \t]*"
    # (not a "no": "Riwayat penyakit: tidak ada", "Allergies: none")
    rf"(?!{_NO_ANSWER})"
    r"(?P<value>[^\W\d_][^\n,;.]*?)"
    r"(?=[ \t]+(?:sejak|since|selama|for|dari|sdh|sudah)\b|[ \t]*(?:[\n,;.(]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# An eye's prescription: "mata minus 3", "mata kanan silinder 0,75", "berkacamata minus 3".
_EYE_PRESCRIPTION = re.compile(
    r"\b(?:berkaca[ \t]*mata|mata(?:nya|ku)?(?:[ \t]+(?:sy|saya|aku|anak|kanan|kiri|ku|nya))*)"
    r"[ \t]+(?:minus|min"
    r"|plus|silinder|silindris|cylinder)[ \t]*\d{1,2}(?:[.,]\d{1,2})?\b",
    re.IGNORECASE,
)
# ... worn by someone: "pake kacamata minus 3" (the prescription; "kacamata minus 3" alone
# may be a shop's product).
_GLASSES_PRESCRIPTION = re.compile(
    r"\b(?:pake|pakai|memakai|pakek|wear|wears|wearing)[ \t]+(?:kacamata|kaca[ \t]+mata|softlens"
    r"|lensa[ \t]+kontak|glasses|contacts|contact[ \t]+lenses)[ \t]+(?P<value>(?:minus|min|plus"
    r"|silinder|cylinder|cyl|-)[ \t]*\d{1,2}(?:[.,]\d{1,2})?)\b",
    re.IGNORECASE,
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
# A device fitted in or taken from the body: "pasang ring jantung", "dipasang stent",
# "pasang behel" (a ring or a pin only with its organ: "pasang pen di kaki").
_DEVICE = re.compile(
    r"\b(?:pasang|dipasang|pemasangan|pasang[ \t]+ulang|cabut|dicabut|lepas|dilepas|copot"
    r"|ganti|diganti)[ \t]+(?:stent|pacemaker|alat[ \t]+pacu[ \t]+jantung|kawat[ \t]+gigi|behel"
    r"|kateter|gigi[ \t]+palsu|shunt|implan[ \t]+(?:gigi|koklea|payudara)"
    r"|(?:selang[ \t]+)?(?-i:NGT|OGT)|feeding[ \t]+tube"
    r"|alat[ \t]+bantu[ \t]+dengar"
    r"|(?P<ambiguous>ring|pen|pasak|selang|port|implan|implant))"
    rf"(?:[ \t]+(?:di[ \t]+)?(?P<organ>{_ORGANS})\b(?:[ \t]+(?:{_ORGANS}|{_SIDE})\b)*)?",
    re.IGNORECASE,
)
# A medical device someone wears: "his braces", "my hearing aid", "her insulin pump".
_WORN = re.compile(
    r"\b(?:my|his|her|their|our)[ \t]+(?:(?:son|daughter|dad|mom|father|mother|wife|husband"
    r"|kid|child)'s[ \t]+)?(?P<value>braces|retainer|pacemaker|stent|hearing[ \t]+aids?"
    r"|crutches|insulin[ \t]+pump|catheter|dentures|prosthesis|prosthetic[ \t]+(?:leg|arm|limb)"
    r"|cochlear[ \t]+implant|colostomy[ \t]+bag|feeding[ \t]+tube|oxygen[ \t]+tank)\b",
    re.IGNORECASE,
)
# A course of treatment someone is on: "lagi pengobatan OAT 6 bulan", "masih kemo",
# "sedang program hamil", "currently on dialysis".
_TREATMENT = re.compile(
    r"\b(?:lagi|lg|sedang|sdg|masih|msh|menjalani|jalani|jalanin|ikut|rutin|undergoing|mulai"
    r"|currently[ \t]+(?:on|in|undergoing)|started)[ \t]+"
    r"(?P<value>(?:(?:[ \t]*,[ \t]*|[ \t]+(?:dan|and|sm|sama|serta|&)[ \t]+)?"
    r"(?:pengobatan|treatment|kemoterapi|kemo|chemo(?:therapy)?|radioterapi"
    r"|radiotherapy|hemodialisa|hemodialisis|cuci[ \t]+darah|dialysis|dialisis|fisioterapi"
    r"|physiotherapy|program[ \t]+hamil|promil|ivf|bayi[ \t]+tabung|rawat[ \t]+jalan"
    r"|terapi[ \t]+(?:hormon|insulin|oksigen|antiretroviral|arv|radiasi|okupasi|wicara|sinar)"
    r"|arv|hormone[ \t]+therapy|rehabilitasi[ \t]+(?:narkoba|medis|stroke)"
    # counselling and psychotherapy: "lagi konseling tiap minggu sama psikolog"
    r"|konseling|counseling|counselling|psikoterapi|psychotherapy|therapy|terapi)\b"
    r"(?:[ \t]+(?-i:[A-Z]{2,6})\b)?)+)",
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
# A trigger within the few words before an ambiguous term makes it about a person.


def _phrase(word: str) -> str:
    """A listed word or phrase as a Keywords fragment: escaped, its spaces left as spaces (which
    Keywords matches as any run of spaces; an escaped space would never match)."""
    return re.escape(word).replace("\\ ", " ")


# ("sakit" after "rumah" is a hospital: "Rumah Sakit Mata Aini membuka operasi katarak")
_TRIGGERS = Keywords(
    *(
        r"(?<!rumah\s)(?<!rumah\s\s)sakit"
        if w == "sakit"
        # ("darah rutin", "urin rutin" are tests: a complete blood count, a urinalysis)
        else r"(?<!darah\s)(?<!urin\s)(?<!urine\s)rutin"
        if w == "rutin"
        else _phrase(w)
        for w in words("medical_triggers.txt")
    )
)
_SUBJECTS = Keywords(*(_phrase(w) for w in words("medical_subjects.txt")))
_TRIGGER_WINDOW = 30  # characters before the term searched for a trigger ("kena", "lagi")
_SUBJECT_WINDOW = 16  # ... and for a subject right before it ("istriku baru keguguran")
# (not the dot in a number: "Rp 450.000: darah rutin, ...")
_CLAUSE_END = re.compile(r"[!?\n;]|\.(?!\d)")
# A medicine asked for in a shop is a product: "ada paracetamol sirup?", "jual EpiPen?".
_SHOP_WORDS = Keywords(
    "ada", "jual", "jualan", "sell", "sells", "stock", "stok", "ready", "tersedia", "harga",
    "price", "beli", "buy", "cari", "nyari", "available", "carry",
)  # fmt: skip
# ... or asked after it: "Is Cetirizine 10mg available without prescription?".
_SHOP_QUESTION_AFTER = re.compile(
    r"[ \t]+(?:still[ \t]+|masih[ \t]+)?(?:available|in[ \t]+stock|tersedia|ready|dijual)\b"
    r"[^\n.!?]{0,40}\?",
    re.IGNORECASE,
)
_PERSONAL_WORDS = Keywords(
    *(_phrase(w) for w in words("medical_subjects.txt")), "resep", "minum", "diresepkan",
    "diresepin", "rutin", "untuk", "utk", "buat", "for",
)  # fmt: skip
# The health of pets is not a person's: "kucing sy muntah2", "my dog has diabetes".
_ANIMALS = Keywords(
    "kucing", "kucingku", "anjing", "anjingku", "kitten", "puppy", "cat", "dog", "hewan",
    "peliharaan", "pet", "kelinci", "hamster", "burung", "anabul", "meong", "guguk",
)  # fmt: skip
_ANIMAL_WINDOW = 60
# What may join two health statements into one: "dan", "and", ",", "kayak", "pernah", ...
_JOIN = re.compile(
    r"[ \t]*(?:[,;/+&(][ \t]*)?"
    r"(?:(?:dan|and|serta|atau|or|plus|juga|sama|with|dengan|disertai|kayak|kyk|seperti|like"
    r"|pernah|sering|dicurigai|diduga|suspek|suspected|setelah|after|akibat|karena|krn|terus"
    r"|trus|lalu|then|also|positif|positive|tambah|ditambah|yg|yang|a|an"
    # chat spellings: "muntah2 sm mencret", "batuk n pilek"
    r"|sm|ama|dn|n|dgn|dg)[ \t]*(?:[,;][ \t]*)?){0,2}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    score: float | None  # None: health data only inside a list with another piece
    # a medicine asked for in a shop: someone's only in a message that says whose health
    shop: bool = False
    # a complaint that is often figurative alone ("pusing", "sakit"): only ever in a list
    weak: bool = False
    # where the term itself ends, before its qualifiers
    term_end: int | None = None


# An eye's prescription without the word "mata": "aku minus 4 kiri minus 4,5 kanan, plus
# silinder 1" (in a message about eyes: "mata", "lasik", "rabun"; not "saldo minus 4 juta").
_EYE_VALUE = re.compile(
    r"(?<![\w-])(?:minus|silinder|silindris|cylinder|cyl|plus)[ \t]*\d{1,2}(?:[.,]\d{1,2})?"
    r"(?![\w%/]|[.,]\d|[ \t]*(?:juta|jt|rb|ribu|hari|jam|kg|derajat|poin|points?|orang|kali)\b)"
    r"",
    re.IGNORECASE,
)
_EYE_CONTEXT = re.compile(
    r"\b(?:(?:kaca[ \t]*)?mata(?:nya|ku)?|eyes?|lasik|rabun|astigmat\w*|glasses|lensa|softlens"
    r"|spectacles)\b",
    re.IGNORECASE,
)
_EYE_WINDOW = 120
# ... not a lens named by its power: "kacamata minus 2 frame titanium harganya berapa?" (the
# power of glasses someone wears: "pake kacamata minus 3", "klaim kacamata ... dipake buat
# minus 4,5")
_LENS = Keywords("kacamata", "kaca mata", "lensa", "softlens", "glasses", "lens", "lenses")
# ... not a lens in stock: "kacamata minus 2 ready kak"
_SHOP_AFTER = re.compile(r"[ \t]+(?:ready|tersedia|available|in[ \t]+stock|ada[ \t]+stok)\b", re.I)
# A period out of order: "haid tidak teratur", "mens ga lancar", "siklus haidnya berantakan".
_MENSTRUAL_DISORDER = re.compile(
    r"\b(?:siklus[ \t]+)?(?:haid|mens|menstruasi|datang[ \t]+bulan|period|periods)"
    r"(?:[ \t]*(?:nya|ku|sy|saya|aku))?[ \t]+(?:(?:tidak|tdk|ga|gak|nggak|ngga|enggak|g|kurang"
    r"|jadi|not|is|are)[ \t]+)?(?:teratur|lancar|berantakan|kacau|irregular|regular)\b",
    re.IGNORECASE,
)
# A febrile seizure in chat ("dia step pas demamnya 39,8"): "step" after the child or
# "sempat", with a fever named nearby.
_FEBRILE_STEP = re.compile(
    r"\b(?:sempat|pernah|kena|jadi|sampai|sampe|dia|anak\w*|bayi\w*|adik\w*|adek\w*|dedek"
    r"|si[ \t]+kecil)[ \t]+(?P<value>step|setep)\b",
    re.IGNORECASE,
)
_FEVER = re.compile(r"\b(?:demam|panas|kejang|fever|febris)", re.IGNORECASE)
# An aid someone walks, hears, sits or breathes with: "Ibu sy pakai tongkat", "Dad uses a
# walker", "she uses a wheelchair", "bapak pake oksigen di rumah" (said of someone; "sewa
# kursi roda" is a rental).
_MOBILITY_AID = re.compile(
    r"\b(?:pakai|pake|pakek|memakai|menggunakan|uses?|using|needs?|in)[ \t]+(?:a[ \t]+)?"
    r"(?:kursi[ \t]+roda|tongkat(?![ \t]+(?:selfie|narsis|golf|pramuka|kayu|baseball))"
    r"|kruk|wheelchair|crutches|alat[ \t]+bantu[ \t]+(?:jalan|dengar)|hearing[ \t]+aids?"
    r"|(?<=a[ \t])(?:walker|cane|walking[ \t]+(?:stick|frame))"
    r"|(?:tabung[ \t]+|selang[ \t]+)?oksigen|(?:an[ \t]+)?oxygen(?:[ \t]+(?:tank|concentrator))?"
    r"|cpap|bipap)\b",
    re.IGNORECASE,
)
# ("Sy tuna rungu sebagian sejak kecil dan sekarang pakai alat bantu dengar")
_AID_SUBJECT_WINDOW = 80
_MOBILITY_CUES = re.compile(
    r"roda|tongkat|kruk|wheelchair|crutches|bantu|aid|walker|cane|walking|oksigen|oxygen|pap",
    re.I,
)
# Blindness, deafness and paralysis with their extent: "buta sebelah", "tuli total",
# "lumpuh separuh badan", "blind in one eye".
_SENSE_LOSS = re.compile(
    r"\b(?P<value>buta|tuli|budek|rabun|lumpuh|blind|deaf)[ \t]+(?:sebelah|total|permanen|separuh"
    r"|sejak[ \t]+lahir|kedua[ \t]+(?:mata|telinga|kaki)|in[ \t]+(?:one|both)[ \t]+(?:eyes?|ears?)"
    r"|jauh|dekat)\b",
    re.IGNORECASE,
)
# A weight or height, someone's health data only in a message about their health: "BB 6,1 kg",
# "TB nya 79 cm", "lahir prematur, berat 1,4 kg", "BB cuma 8,5 kg".
_BODY_MEASURE = re.compile(
    r"\b(?:BB|TB|PB|berat(?:[ \t]+(?:badan|lahir))?|tinggi[ \t]+badan|panjang[ \t]+badan"
    r"|lingkar[ \t]+kepala|(?:birth[ \t]+)?weight|height)(?:[ \t]*nya)?"
    r"(?:[ \t]*:|[ \t]+(?:cuma|cm(?=[ \t]+\d)|hanya|skrg|sekarang|tinggal|masih|naik|turun|jadi|jd"
    r"|is|was|only))*[ \t]*"
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:kg|cm|gram|gr)\b",
    re.IGNORECASE,
)
# The verdict before the test: "positive antigen this morning", "positif covid".
_VERDICT_THEN_TEST = re.compile(
    r"\b(?:positif|negatif|positive|negative|reaktif|reactive)[ \t]+(?:for[ \t]+|untuk[ \t]+)?"
    r"(?:ns1|igg|igm|pcr|swab|antigen|rapid[ \t]+test|widal|hbsag|hpv|hiv|covid(?:-19)?|tbc|tb"
    r"|dengue)\b",
    re.IGNORECASE,
)
# A bone set with a pin or a plate: "patah tulang selangka, udah dipasang pen".
_BONE_BEFORE = re.compile(r"\b(?:patah|fraktur|fracture|retak|tulang|operasi)", re.IGNORECASE)
# A number right after a medicine is its strength: "Seretide 250", "allopurinol 100" (not a
# count: "Paramex 2 butir").
_BARE_STRENGTH = re.compile(
    # (one digit only at the end of a clause: "masih minum candesartan 8 dok.")
    r"[ \t]+(?:[1-9]\d{1,3}|[1-9](?=[ \t]*(?:[,.;!?)\n]|$|dok\b|dokter\b|ya\b)))"
    r"(?![\w.,/%:-]|[ \t]*(?:x\b|kali|hari|jam|rb|ribu|k\b|pcs|box|butir"
    r"|biji|strip|tablet|tab|kapsul|botol|pack|orang|menit|minggu|bulan|tahun|sachet|mins?\b"
    r"|minutes?|hours?|hrs?\b|days?|weeks?))",
    re.IGNORECASE,
)
# A health word in a public event or offer is nobody's: "seminar diabetes untuk umum",
# "Webinar Kenali Gejala Stroke", "operasi katarak gratis"; nor in a service a clinic offers
# ("klinik kami melayani operasi katarak", "promo operasi lasik", "sedia obat hipertensi"),
# a requirement ("syarat: tidak sedang hamil"), advice ("tips kehamilan trimester pertama") or
# talk of all who have it ("menu untuk penderita diabetes"; not "Pak Budi penderita diabetes").
_PUBLIC_BEFORE = Keywords(
    "seminar", "webinar", "penyuluhan", "sosialisasi", "edukasi", "kampanye", "talkshow",
    "talk show", "workshop", "kenali", "mengenal", "pencegahan", "cegah", "mencegah", "awareness",
    "melayani", "menyediakan", "layanan", "pelayanan", "we offer", "offers", "tips", "panduan",
    "promo", "diskon", "discount", r"(?<!isi\s)paket", "sedia", "jual", "menjual", "we sell",
    "syarat", "persyaratan", "requirements",
    "artikel", "untuk penderita", "utk penderita", "bagi penderita", "buat penderita",
    "para penderita", "untuk pengidap", "bagi pengidap", "para pengidap", "for people with",
    "for patients with", "we treat", "kami menangani", "menangani", "kami melayani",
    # children or students in general: "keep children with fever at home"
    "children with", "kids with", "students with", "pupils with", "siswa yang", "siswa yg",
    "murid yang", "murid yg", "anak-anak yang", "anak-anak yg", "anak2 yang", "anak2 yg",
)  # fmt: skip
_PUBLIC_AFTER = re.compile(
    r"[ \t]+(?:gratis|free|untuk[ \t]+umum|utk[ \t]+umum|for[ \t]+(?:the[ \t]+)?public)\b"
    # a price list: "odontektomi (operasi gigi bungsu) Rp 2.500.000", "vaksin influenza
    # quadrivalent Rp 285.000", "Suntik KB 3 bulan: Rp 30.000"
    r"|(?:[ \t]*\([^()\n]{0,40}\)|[ \t]+[^\W\d_]+|\)){0,2}[ \t]*[:=–-]?[ \t]*"
    r"(?:(?:mulai|mulai[ \t]+dari|hanya|cuma|seharga|harga|biaya|tarif|starting[ \t]+(?:at|from)"
    r"|from|only)[ \t]+)?"
    r"(?:rp\.?|idr)[ \t]*\d"
    # what a policy covers: "asthma is covered after a 12-month waiting period"
    r"|[ \t]+(?:is|are)[ \t]+(?:not[ \t]+)?(?:covered|excluded)\b",
    re.IGNORECASE,
)
_PUBLIC_WINDOW = 60


# A rule for whoever has a condition: "yg hipertensi atau baru vaksin gak boleh donor ya",
# "anyone with asthma cannot join the dive".
_WHOEVER_BEFORE = Keywords(
    "yg", "yang", "bagi yang", "bagi yg", "untuk yang", "utk yg", "anyone with", "those with",
    "people with", "guests with", "participants with",
)  # fmt: skip
_NOT_ALLOWED_AFTER = re.compile(
    r"[^\n.!?]{0,40}?\b(?:(?:gak|ga|tidak|tdk|nggak|ngga|not)[ \t]+(?:boleh|bisa|diperbolehkan"
    r"|diizinkan|allowed|permitted)|dilarang|cannot|can[’']?t|may[ \t]+not|must[ \t]+not)\b",
    re.IGNORECASE,
)


def _public(text: str, piece: _Piece) -> bool:
    clause_start = _clause_start(text, piece.start, _PUBLIC_WINDOW)
    if (
        _SUBJECTS.before(text, piece.start, piece.start - clause_start)
        or _FOR_SOMEONE_AFTER.match(text, piece.end)
        or _OWNER_AFTER.match(text, piece.end)
    ):
        return False  # "layanan cuci darah utk ibu sy", "biaya operasi usus buntu saya Rp ..."
    return bool(
        _PUBLIC_BEFORE.before(text, piece.start, piece.start - clause_start)
        or _PUBLIC_AFTER.match(text, piece.term_end or piece.end)
        or _PUBLIC_AFTER.match(text, piece.end)
        or (
            _WHOEVER_BEFORE.right_before(text, piece.start)
            and _NOT_ALLOWED_AFTER.match(text, piece.end) is not None
        )
    )


# Care that a policy covers is a benefit, nobody's treatment: "polis nya cover kemoterapi
# gak?", "ter-cover utk rawat inap & kemoterapi", "mau klaim rawat inap".
_CARE = re.compile(
    r"(?:rawat[ \t]+(?:inap|jalan)|kemoterapi|kemo|chemo(?:therapy)?|operasi|persalinan"
    r"|melahirkan|cuci[ \t]+darah|hemodialisa|dialisis|dialysis|fisioterapi|physiotherapy"
    r"|radioterapi|radiotherapy|opname)\Z",
    re.IGNORECASE,
)
_COVERAGE_BEFORE = Keywords(
    "cover", "covers", "covered", "ter-cover", "tercover", "ngecover", "mengcover", "ditanggung",
    "menanggung", "tanggung", "coverage", "klaim", "claim",
)  # fmt: skip
_COVERAGE_WINDOW = 40


def _benefit(text: str, piece: _Piece) -> bool:
    if not _CARE.search(text, piece.start, piece.term_end or piece.end):
        return False
    return _COVERAGE_BEFORE.before(
        text, piece.start, piece.start - _clause_start(text, piece.start, _COVERAGE_WINDOW)
    )


# A question about a condition or a treatment in general, in a message that names nobody:
# "apakah kemoterapi bikin rambut rontok?", "berapa lama pemulihan operasi lasik?".
_GENERAL_QUESTION_BEFORE = Keywords(
    "apakah", "apa itu", "apa sih", "gimana", "bagaimana", "kenapa", "mengapa", "berapa",
    "is it", "does", "do", "can", "what is", "what are", "how long", "how does", "why",
)  # fmt: skip
_QUESTION_END = re.compile(r"[^\n.!?]*\?")
# Someone named with a title: "Pak Tono", "Mrs. Lim", "a.n. Budi".
_NAMED = re.compile(r"\b(?i:pak|bu|mas|mbak|mba|bang|om|tante|mr|mrs|ms|a\.n)\.?[ \t]+[A-Z]")


def _general_question(text: str, piece: _Piece) -> bool:
    return bool(
        _GENERAL_QUESTION_BEFORE.before(
            text, piece.start, piece.start - _clause_start(text, piece.start, _TRIGGER_WINDOW)
        )
        and _QUESTION_END.match(text, piece.end)
    )


def find_medical(text: str) -> list[Span]:
    """Health conditions, treatments, test results and medications said of a person."""
    pieces = _terms(text) + _body_symptoms(text)
    pieces += [
        _Piece(m.start(), _QUALIFIER.match(text, m.end()).end(), MEDICAL_SPECIFIC_SCORE)
        for m in _PREGNANCY.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_SPECIFIC_SCORE) for m in _HISTORY_ORGAN.finditer(text)
    ]
    # the test with its result: "gula darah puasa 186 mg/dL" says which test it was
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for pattern in (_LAB_VALUE, _LAB_UNIT_VALUE)
        for m in pattern.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _TEST_RESULT.finditer(text)
        if not _REQUIREMENT.before(text, m.start(), m.start() - _clause_start(text, m.start(), 40))
    ]
    pieces += [
        _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE)
        for pattern in (_HEALTH_FIELD, _RESULT_AFTER_LABEL, _GLASSES_PRESCRIPTION)
        for m in pattern.finditer(text)
    ]
    pieces += [
        _Piece(
            m.start(),
            m.end(),
            MEDICAL_TRIGGERED_SCORE
            if m.group("subject")
            or m.group("nya")  # "gula darahnya 250": someone's
            or _SUBJECTS.before(text, m.start(), _SUBJECT_WINDOW)  # "my blood sugar was 280"
            or _LAB_REPORT.before(text, m.start(), _LAB_REPORT_WINDOW)
            else None,
        )
        for m in _LAB_BARE.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for pattern in (_COUNT_IN_THOUSANDS, _LAB_LEVEL)
        for m in pattern.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _EYE_PRESCRIPTION.finditer(text)
    ]
    pieces += [
        _Piece(m.start(), _QUALIFIER.match(text, m.end()).end(), MEDICAL_DOSE_SCORE)
        for m in _DOSED_MEDICINE.finditer(text)
        if m.group("frequency") or _TAKING.right_before(text, m.start())
    ]
    pieces += [
        _Piece(m.start("value"), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
        for m in _TAKEN_DOSE.finditer(text)
    ]
    # with when or why it was done: "habis pasang ring jantung", "operasi pemasangan pen"
    pieces += [
        _Piece(_with_prefix(text, m.start()), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _DEVICE.finditer(text)
        if m.group("ambiguous") is None or m.group("organ") is not None
    ]
    # a pin set in a bone broken a little before: "patah tulang selangka, udah dipasang pen"
    pieces += [
        _Piece(
            m.start() if _with_prefix(text, m.start()) < m.start() else m.start("ambiguous"),
            m.end(),
            MEDICAL_TRIGGERED_SCORE,
        )
        for m in _DEVICE.finditer(text)
        if m.group("ambiguous") is not None
        and m.group("organ") is None
        and _BONE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]
    pieces += [
        _Piece(m.start("value"), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
        for m in _TREATMENT.finditer(text)
    ]
    pieces += [_Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE) for m in _WORN.finditer(text)]
    pieces += [
        _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE)
        for m in _RESULT_SAID.finditer(text)
        if _TESTS_IN.search(text, max(0, m.start() - _RESULT_TEST_WINDOW), m.start("value"))
        and not _REQUIREMENT.before(text, m.start(), m.start() - _clause_start(text, m.start(), 40))
    ]
    pieces += [
        _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE) for m in _PRESSURE_NEAR.finditer(text)
    ]
    pieces += [_Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE) for m in _LOAD.finditer(text)]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for m in _BODY_TEMPERATURE.finditer(text)
        if m.group("decimal") or m.group("body") or m.group("nya") or m.group("subject")
    ]
    pieces += _allergies(text)
    pieces += _tests_done(text)
    pieces += _body_state_pieces(text)
    ends = [p.end for p in pieces]
    pieces += (
        []
        if not _MOBILITY_CUES.search(text)
        else [
            _Piece(m.start(), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
            for m in _MOBILITY_AID.finditer(text)
            if _SUBJECTS.before(
                text, m.start(), m.start() - _clause_start(text, m.start(), _AID_SUBJECT_WINDOW)
            )
            # the aid of a condition just named adds nothing: "paraplegic and uses a wheelchair"
            and not any(e <= m.start() and _JOIN.fullmatch(text, e, m.start()) for e in ends)
        ]
    )
    anonymous = not _SUBJECTS.before(text, len(text), len(text)) and not _NAMED.search(text)
    pieces = [
        p
        for p in pieces
        if not _about_an_animal(text, p.start)
        and not _public(text, p)
        and not _benefit(text, p)
        and not (anonymous and _general_question(text, p))
    ]
    return _join(text, pieces)


# A medicine or a therapy named by its acronym: "minum OAT dari puskesmas", "Terapi TENS",
# with its regimen: "minum ARV TLD 1x1".
_DRUG_ACRONYM = re.compile(
    r"\b(?:minum|konsumsi|mengonsumsi|taking|on|dikasih|diberi)[ \t]+"
    r"(?P<value>(?-i:OAT|ARV|OAINS|NSAIDs?|SSRIs?)"
    r"(?:[ \t]+(?!(?-i:DI|KE|DAN|YG|YANG|DARI|UTK|SM|JUGA)\b)(?-i:[A-Z]{2,5})(?![\w-]))?)\b",
    re.IGNORECASE,
)
_THERAPY_ACRONYM = re.compile(
    r"\b(?:terapi|therapy)[ \t]+(?P<value>(?-i:[A-Z]{2,6}))\b", re.IGNORECASE
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


def _body_state_pieces(text: str) -> list[_Piece]:
    """Eyesight, periods, febrile seizures, aids, blindness, body measures and verdicts said
    before their test. (Not blood groups: a form's field, as on every identity card.)"""
    pieces: list[_Piece] = []
    lowered = text.lower()
    if "minus" in lowered or "silinder" in lowered or "plus" in lowered:
        for m in _EYE_VALUE.finditer(text):
            window = text[max(0, m.start() - _EYE_WINDOW) : m.end() + _EYE_WINDOW]
            if (
                _EYE_CONTEXT.search(window)
                and not _asked_in_a_shop(text, m.start())
                and not _SHOP_AFTER.match(text, m.end())
                and not _LENS.right_before(text, m.start())
            ):
                pieces.append(_Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE))
    # each pattern only where a word it needs occurs (most messages have none)
    patterns = [
        pattern
        for pattern, cues in (
            (_MENSTRUAL_DISORDER, ("haid", "mens", "period", "datang bulan")),
            (_VERDICT_THEN_TEST, ("posit", "negat", "reakti", "reacti")),
        )
        if any(cue in lowered for cue in cues)
    ]
    pieces += [
        _Piece(m.start(), m.end(), MEDICAL_TRIGGERED_SCORE)
        for pattern in patterns
        for m in pattern.finditer(text)
        if not _REQUIREMENT.before(text, m.start(), m.start() - _clause_start(text, m.start(), 40))
    ]
    if any(cue in lowered for cue in ("buta", "tuli", "budek", "rabun", "lumpuh", "blind", "deaf")):
        pieces += [
            _Piece(*m.span("value"), MEDICAL_TRIGGERED_SCORE) for m in _SENSE_LOSS.finditer(text)
        ]
    if "step" in lowered:
        pieces += [
            _Piece(*m.span("value"), MEDICAL_SPECIFIC_SCORE)
            for m in _FEBRILE_STEP.finditer(text)
            if _FEVER.search(text, max(0, m.start() - 60), m.end() + 60)
        ]
    pieces += [
        _Piece(m.start("value"), _QUALIFIER.match(text, m.end()).end(), MEDICAL_TRIGGERED_SCORE)
        for m in _DRUG_ACRONYM.finditer(text)
    ]
    # a weight or a therapy in a message about someone's health (reported only with other
    # health data)
    if "kg" in lowered or "cm" in lowered:
        pieces += [_Piece(m.start(), m.end(), None) for m in _BODY_MEASURE.finditer(text)]
    if "terapi" in lowered or "therapy" in lowered:
        pieces += [_Piece(*m.span("value"), None) for m in _THERAPY_ACRONYM.finditer(text)]
    return pieces


def _product_before(text: str, start: int, end: int) -> bool:
    """A product's description right before ``start``, not a medicine someone takes or one
    asked for someone ("obat asam lambung buat sy")."""
    return (
        _PRODUCT_BEFORE.right_before(text, start)
        and not _TAKES_MEDICINE_BEFORE.right_before(text, start)
        and not _FOR_SOMEONE_AFTER.match(text, end)
        # someone's own medicine: "obat cemas berlebihan nya", "obat tekanan darah ibu aku"
        and not _THEIRS_AFTER.match(text, end)
        and not (end > 3 and text[end - 3 : end].lower() == "nya")
        and not _OWNER_AFTER.match(text, end)
    )


_THEIRS_AFTER = re.compile(r"[ \t]?nya\b", re.IGNORECASE)


def _terms(text: str) -> list[_Piece]:
    pieces = []
    for match in _term_matches(text):
        term = " ".join(match.group("term").lower().replace("-", " ").split())
        end = _QUALIFIER.match(text, match.end()).end()
        if term in _FINDINGS and (located := _LOCATED.match(text, end)) is not None:
            end = _QUALIFIER.match(text, located.end()).end()
        possessive = _POSSESSIVE_END.search(text, match.end("term"), match.end())
        if end == match.end() and possessive is not None:
            end = possessive.start()  # "katarak|ipun": the person, not the condition
        if (_is_medication(term) or _DRUG_SUFFIX.fullmatch(term)) and (
            strength := _BARE_STRENGTH.match(text, end)
        ) is not None:
            end = strength.end()
        start = _with_prefix(text, match.start())
        if _asked_as_a_question(text, match.start(), end):
            if _is_medication(term):  # "ada metformin 500 mg?": asked for in a shop
                # ... for someone: "ada amlodipine 10 mg? buat bapak sy"
                mine = _FOR_SOMEONE_AFTER.match(text, _QUESTION_MARKS.match(text, end).end())
                pieces.append(
                    _Piece(start, end, MEDICAL_TRIGGERED_SCORE if mine else None, shop=True)
                )
            continue
        if _is_medication(term) and _a_product(text, match.start(), end):
            pieces.append(_Piece(start, end, None, shop=True))
            continue
        if term in _FIELD_NAMES and _FIELD_COLON.match(text, match.end()):
            continue  # the name of a form's field: "Riwayat alergi: alergi seafood"
        if _TEST_BEFORE.right_before(text, match.start()) and not _VERDICT_IN.search(
            text, match.end(), end
        ):
            continue  # a test asked for is no diagnosis: "mau tes HIV", "cek diabetes"
        if _DOSE.search(text, match.end(), end) and (possessive is None or _is_medication(term)):
            score: float | None = MEDICAL_DOSE_SCORE
        elif (
            _in(term, SPECIFIC_TERMS)
            or _SUFFIX_TERM.fullmatch(term)
            or (_DRUG_SUFFIX.fullmatch(term) and not _in(term, TRIGGERED_TERMS))
        ):
            score = MEDICAL_SPECIFIC_SCORE
        elif (
            (
                (_in(term, TRIGGERED_TERMS) and _COURSE_AFTER.match(text, match.end()))
                # a fever with its bare temperature: "demam 38,5", "demamnya 39,8"
                or (term in _FEVERS and _TEMPERATURE.match(text, match.end()))
                # a complaint often figurative alone, with how often: "mencret 5x sehari"
                or (_in(term, SYMPTOMS) and _FREQUENCY_AFTER.match(text, match.end()))
            )
            and not _said_of_someone(text, match, end)
            and not _product_before(text, start, end)
        ):
            score = MEDICAL_TRIGGERED_SCORE  # known by its course: "diare 4x sehari"
            if (temperature := _TEMPERATURE.match(text, match.end())) is not None:
                end = temperature.end()
        elif (
            _in(term, TRIGGERED_TERMS)
            and _said_of_someone(text, match, end)
            and not _product_before(text, start, end)
        ):
            score = MEDICAL_TRIGGERED_SCORE
            relapse = _RELAPSE_AFTER.match(text, end)
            if relapse is not None and not relapse.group("filler"):
                end = relapse.end()  # "asam urat kambuh"
        else:
            score = None
        weak = score is None and (not _in(term, TRIGGERED_TERMS) or _in(term, _NOT_PROMOTED))
        pieces.append(_Piece(start, end, score, weak=weak, term_end=match.end()))
    return pieces


def _a_product(text: str, start: int, end: int) -> bool:
    """Whether a medicine is asked for in a shop or described by its rules, and nobody's
    ("di tas ada obat insulin anak sy" says whose it is)."""
    return bool(
        (_asked_in_a_shop(text, start) and not _OWNER_AFTER.match(text, end))
        or _SHOP_QUESTION_AFTER.match(text, end)
        or _SHOP_AFTER.match(text, end)  # a pharmacy's answer: "amlodipine 10 mg ready"
        or _PRESCRIPTION_AFTER.match(text, end)
    )


# What an examination found is named with where it is: "infiltrat di paru kanan atas", "flek
# di paru", "nodul di tiroid kiri".
_FINDINGS = frozenset({"infiltrat", "flek", "nodul", "nodule", "nodules", "lesi", "lesion"})
_LOCATED = re.compile(
    rf"[ \t]+(?:di|pada|in|on)[ \t]+(?:(?:the|my|his|her|bagian|sebelah)[ \t]+)?(?:{_ORGANS})\b",
    re.IGNORECASE,
)
_QUESTION_MARKS = re.compile(r"[ \t]*[?!.,]*")
_FIELD_NAMES = frozenset({"alergi", "allergy", "allergies", "alergi obat", "drug allergy"})
_FIELD_COLON = re.compile(r"[ \t]*:")
_POSSESSIVE_END = re.compile(r"(?:nya|nyo|n?ipun|ku|mu)\Z", re.IGNORECASE)
_FEVERS = frozenset({"demam", "fever", "panas", "meriang"})
_TEMPERATURE = re.compile(
    r"[ \t]+(?:3[5-9]|4[0-2])(?:[.,]\d)?(?!\d|[.,]\d|[ \t]*(?:°|derajat|celsius|c\b))",
    re.IGNORECASE,
)


# A product's rule said after a medicine: "insulin perlu resep dokter", "needs a prescription".
_PRESCRIPTION_AFTER = re.compile(
    r"[ \t]+(?:perlu|harus|wajib|butuh|pakai|pake|pakai|dengan|dgn|tanpa|needs?|requires?"
    r"|without)[ \t]+(?:pakai[ \t]+|pake[ \t]+|dengan[ \t]+|dgn[ \t]+|a[ \t]+)?"
    r"(?:resep|prescription)\b"
    # its class: "sertraline termasuk obat keras", "is a prescription-only medicine"
    r"|[ \t]+(?:termasuk|adalah|merupakan|itu|is|is[ \t]+a)[ \t]+(?:obat[ \t]+keras"
    r"|(?:a[ \t]+)?prescription(?:-only)?[ \t]+(?:drug|medicine|medication))\b",
    re.IGNORECASE,
)
_VERDICT_IN = re.compile(_VERDICT, re.IGNORECASE)


# A doctor's or a lab's verdict right after a term, closing its clause: "cacar air kata
# dokter", "DBD menurut lab.", "flu, the doctor said".
_VERDICT_GIVEN_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:kata|kt|menurut|dari|dr|says?|said)[ \t]+(?:the[ \t]+)?"
    r"(?:dokter(?:nya)?|dok|bidan(?:nya)?|psikiater(?:nya)?|lab|doctor|doc|gp)\b"
    r"|[ \t]*,?[ \t]*(?:the[ \t]+)?(?:doctor|doc|dokter(?:nya)?)[ \t]+(?:said|says|bilang)\b)"
    # closing the clause (not "campak menurut dokter perlu diulang", a general rule)
    r"(?=[ \t]*(?:[,.;!?)\n]|$))",
    re.IGNORECASE,
)


def _said_of_someone(text: str, match: re.Match[str], end: int) -> bool:
    """Whether an ambiguous term is a person's: a trigger or subject before it, a relapse or
    a severity right after it ("sariawan parah"), whose it is ("depresi saya", "panu anak
    sy"), or someone it is for after its qualifiers."""
    return bool(
        _triggered(text, match.start())
        or _RELAPSE_AFTER.match(text, end)
        or _SEVERITY_AFTER.match(text, match.end())
        or _OWNER_AFTER.match(text, match.end())
        or _VERDICT_GIVEN_AFTER.match(text, end)
        or _CARED_FOR_AFTER.match(text, end)
        or (
            _FOR_SOMEONE_AFTER.match(text, end)  # but "cek asam urat buat bapak saya" is a test
            and not _TEST_BEFORE.before(text, match.start(), _TRIGGER_WINDOW)
        )
    )


# Care given for it, said right after: "DBD dirawat 4 hari", "tifus sampai opname", "pneumonia,
# was hospitalised".
_CARED_FOR_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:sudah|udah|sdh|lagi|lg|sedang|sampai|sampe|harus|hrs|jadi|jd|and|was"
    r"|is)[ \t]+)?(?:dirawat|diopname|opname|rawat[ \t]+inap|masuk[ \t]+(?:rs|rumah[ \t]+sakit"
    r"|igd|icu|ugd)|admitted|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
# A severity or extent says a case is someone's: "sariawan parah", "buta warna parsial".
_SEVERITY_AFTER = re.compile(
    r"[ \t]+(?:parah|kronis|kronik|akut|menahun|kambuhan|parsial|partial|chronic|acute)\b",
    re.IGNORECASE,
)
# Someone a medicine or a condition is for: "obat asam lambung buat sy", "for my son".
_FOR_SOMEONE_AFTER = re.compile(
    r"[ \t]+(?:buat|untuk|utk|bwt|for)[ \t]+(?:sy|saya|aku|gue|gw|diri[ \t]+sendiri|beliau|me"
    r"|myself|(?:my|his|her)[ \t]+\w+"
    r"|(?:anak|istri|suami|ibu|bapak|ayah|mama|papa|nenek|kakek|adik|kakak|ortu|mertua)"
    r"(?:[ \t]*(?:sy|saya|aku|ku|gue|gw)))\b",
    re.IGNORECASE,
)
# Whose a condition is, right after it: "depresi saya", "panu anak sy", "asma anakku", "my
# son's", "flu-ku".
_OWNER_AFTER = re.compile(
    r"(?:-?(?:ku|nya[ \t]+(?:sy|saya|aku)))\b"
    r"|[ \t]+(?:sy|saya|aku|gue|gw|beliau|kamu|anda|dia"
    r"|(?:anak|istri|suami|ibu|bapak|ayah|mama|papa|nenek|kakek|adik|kakak|ortu|mertua|bayi)"
    r"(?:[ \t]*(?:sy|saya|aku|ku|gue|gw)))\b",
    re.IGNORECASE,
)
# How long or how often a complaint has gone on, right after it: "diare 4x sehari", "batuk
# 2 minggu", "muntah sejak semalam", "demam dari kemarin", "fever for 3 days".
_COURSE_AFTER = re.compile(
    r"[ \t]+(?:\d{1,2}[ \t]*(?:x|kali)[ \t]*(?:sehari|semalam|seminggu|hari[ \t]+ini"
    r"|per[ \t]+hari|a[ \t]+day|today)"
    r"|(?:sudah[ \t]+|udah[ \t]+|sdh[ \t]+|dah[ \t]+|selama[ \t]+)?\d{1,2}[ \t]*(?:hari|hr"
    r"|minggu|mgg|bulan|bln)"
    r"|(?:sejak|dari|dr|semenjak)[ \t]+(?:kemarin|kemaren|kmrn|kmarin|semalam|tadi|pagi|siang"
    r"|sore|malam|minggu[ \t]+lalu|\d{1,2}[ \t]*(?:hari|minggu|bulan))"
    r"|for[ \t]+(?:\d{1,2}|two|three|four|five|a[ \t]+few)[ \t]+(?:days|weeks|months)"
    # taken as a routine: "pil KB rutin tiap bulan", "inhaler rutin"
    r"|rutin|routinely"
    r"|since[ \t]+(?:yesterday|last[ \t]+night|this[ \t]+morning|monday|last[ \t]+week))\b",
    re.IGNORECASE,
)
_FREQUENCY_AFTER = re.compile(
    r"[ \t]+\d{1,2}[ \t]*(?:x|kali)[ \t]*(?:sehari|semalam|seminggu|hari[ \t]+ini|per[ \t]+hari"
    r"|a[ \t]+day|today)\b",
    re.IGNORECASE,
)
# A relapse said after an ambiguous term makes it a person's: "vertigo sy kambuh lagi",
# "asam urat kambuh", "maag nya kumat".
_RELAPSE_AFTER = re.compile(
    r"(?P<filler>(?:[ \t]+(?:sy|saya|aku|ku|gue|gw|dia|ibu|bapak|ayah|mama|papa|anak|lagi|lg"
    r"|sering|suka)){0,2})[ \t]*(?:[ \t]|nya[ \t]+)(?:kambuh|kumat|relapse|flare[ \t]+up)\b",
    re.IGNORECASE,
)


def _term_matches(text: str) -> list[re.Match[str]]:
    """The terms in ``text``, left to right, the longest at each position, not overlapping."""
    matches = []
    end = 0
    for word in _WORD.finditer(text):
        if word.start() < end:
            continue
        lowered = word.group().lower()
        pattern = _TERMS_BY_FIRST_WORD.get(lowered)
        if pattern is None and lowered.endswith(_WORD_ENDINGS):
            pattern = next(
                (
                    stem_pattern
                    for ending in _WORD_ENDINGS
                    if lowered.endswith(ending)
                    # a plural of a longer English stem ("antidepressants", "migraines"), not an
                    # Indonesian profession ("fisioterapis")
                    and (
                        ending[-1] != "s"
                        or (
                            len(lowered) - len(ending) >= 6
                            and lowered[-len(ending) - 1] not in "aiou"
                        )
                    )
                    and (stem_pattern := _TERMS_BY_FIRST_WORD.get(lowered[: -len(ending)]))
                ),
                None,
            )
        match = pattern.match(text, word.start()) if pattern is not None else None
        if (
            match is None
            and len(lowered) > 6
            and lowered.endswith(_TERM_ENDINGS)
            and lowered not in _NOT_SUFFIX_TERMS
            and not (word.group()[0].isupper() and _PLACE_BEFORE.right_before(text, word.start()))
        ):
            match = _SUFFIX_TERM.fullmatch(text, word.start(), word.end()) or (
                _DRUG_TERM.fullmatch(text, word.start(), word.end())
            )
        if match is not None and _institution_before(text, match.start()):
            end = match.end()
            continue
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


# The endings above as plain strings: a cheap test before the patterns.
_TERM_ENDINGS = tuple(
    ending
    for pattern in (_SUFFIX_TERM, _DRUG_SUFFIX)
    for group in re.findall(r"\(\?:([a-z|\[\]]+)\)", pattern.pattern)
    for alternative in group.split("|")
    for ending in (
        [vowel + alternative[6:] for vowel in "aiou"]
        if alternative.startswith("[aiou]")
        else [alternative]
    )
    if alternative and "[" not in ending
) + ("osis",)
_DRUG_TERM = re.compile(r"(?P<term>" + _DRUG_SUFFIX.pattern + r")(?![\w-])", re.IGNORECASE)
# A health word in the name of a hospital, a clinic or a foundation is nobody's: "Rumah Sakit
# Mata Aini", "RS Jantung Harapan Kita", "Yayasan Stroke Indonesia", "Klinik Kulit".
_INSTITUTION = Keywords(
    "rumah", "rs", "rsu", "rsud", "rsia", "rsj", "yayasan", "klinik", "poli", "poliklinik",
    "komunitas", "foundation", "society", "association", "asosiasi", "perhimpunan", "persatuan",
)  # fmt: skip


# A name that only looks like a condition, after the kind of place it names: "Pantai
# Parangtritis", "Desa Sukamiskinitis".
_PLACE_BEFORE = Keywords(
    "pantai", "jl", "jln", "jalan", "gg", "gang", "desa", "ds", "kampung", "dusun", "dsn",
    "gunung", "pulau", "kota", "kec", "kecamatan", "kel", "kelurahan", "hotel", "villa", "candi",
    "danau", "teluk", "tanjung", "bukit", "pura", "masjid", "museum", "beach", "street",
)  # fmt: skip


def _institution_before(text: str, start: int) -> bool:
    if not _INSTITUTION.right_before(text, start):
        return False
    before = text[max(0, start - 8) : start].lower().split()
    # "rumah" names a hospital only before "sakit": "rumah sakit mata"
    return not before or before[-1] != "rumah" or text[start : start + 5].lower() == "sakit"


def _in(term: str, terms: frozenset[str]) -> bool:
    return term in terms or term.replace(" ", "-") in terms


def _is_medication(term: str) -> bool:
    """A listed medicine, maybe with its form ("salbutamol inhaler")."""
    return _in(term, MEDICATIONS) or _in(term.split()[0], MEDICATIONS)


def _with_prefix(text: str, start: int) -> int:
    """``start`` moved back over a cue that belongs to the term ("kena stroke")."""
    prefix = _PREFIX.search(text, max(0, start - 24), start)
    return prefix.start() if prefix else start


def _body_symptoms(text: str) -> list[_Piece]:
    pieces = []
    for match in _BODY_THEN_SYMPTOM.finditer(text):
        # ("bypass heart surgery")
        start = (
            match.start("symptom") if match.group("filler") else _with_prefix(text, match.start())
        )
        if _PRODUCT_BEFORE.right_before(text, match.start()):
            continue
        end = _QUALIFIER.match(text, match.end()).end()
        pieces.append(_Piece(start, end, MEDICAL_TRIGGERED_SCORE))
    for match in _SYMPTOM_THEN_BODY.finditer(text):
        if _PRODUCT_BEFORE.right_before(text, match.start()) or _institution_before(
            text, match.start()
        ):
            continue
        end = _QUALIFIER.match(text, match.end()).end()
        pieces.append(_Piece(_with_prefix(text, match.start()), end, MEDICAL_TRIGGERED_SCORE))
    return pieces


def _asked_as_a_question(text: str, start: int, end: int) -> bool:
    """A form's question, not a statement: "Ada alergi/riwayat kulit?", "Ada alergi?"."""
    if _QUESTION_AFTER.match(text, end) is None or _SUBJECTS.before(text, start, 20):
        return False
    if _SUSPICION_BEFORE.right_before(text, start) and _SUBJECTS.before(text, len(text), len(text)):
        return False  # "my mom keeps forgetting things. Is it demensia?": a suspicion about her
    clause_start = _clause_start(text, start, 30)
    return _QUESTION_WORDS.before(text, start, start - clause_start)


_SUSPICION_BEFORE = Keywords(
    "is it", "is this", "could it be", "might it be", "apakah ini", "apa ini", "apakah itu",
    "jangan2", "jangan-jangan", "apa mungkin", "mungkinkah",
)  # fmt: skip


def _asked_in_a_shop(text: str, start: int) -> bool:
    """Whether a shop word, and no word about a person, comes first before ``start``."""
    clause_start = _clause_start(text, start, 40)
    shop = _SHOP_WORDS.last_end(text, start, start - clause_start)
    if shop < 0:
        return False
    return _PERSONAL_WORDS.last_end(text, start, start - clause_start) < shop


def _about_an_animal(text: str, start: int) -> bool:
    return _ANIMALS.before(text, start, start - _clause_start(text, start, _ANIMAL_WINDOW))


def _clause_start(text: str, start: int, window: int) -> int:
    clause_start = max(0, start - window)
    for clause_end in _CLAUSE_END.finditer(text, clause_start, start):
        clause_start = clause_end.end()
    return clause_start


def _triggered(text: str, start: int) -> bool:
    """Whether a trigger word, or a subject right before, precedes ``start`` in its clause."""
    window = start - _clause_start(text, start, _TRIGGER_WINDOW)
    return _TRIGGERS.before(text, start, window) or _SUBJECTS.before(
        text, start, min(window, _SUBJECT_WINDOW)
    )


def _allergen_word(text: str, pos: int) -> re.Match[str] | None:
    word = _ALLERGEN_WORD.match(text, pos)
    return None if word is None or word.group().strip().lower() in _NOT_ALLERGEN else word


def _more_allergens(text: str, pos: int) -> int:
    """``pos`` moved over more allergens listed: "alergi udang| dan kepiting"."""
    while (more := _MORE_ALLERGENS.match(text, pos)) is not None and not any(
        word.lower() in _NOT_ALLERGEN for word in more.group("words").split()
    ):
        pos = more.end()
    return pos


def _allergens_after(text: str, pos: int) -> tuple[list[re.Match[str]], int]:
    """The allergen words from ``pos`` on, and where they (and more listed) end."""
    words_found = []
    for _ in range(_MAX_ALLERGEN_WORDS):
        word = _allergen_word(text, pos)
        if word is None:
            break
        words_found.append(word)
        pos = word.end()
    if words_found:
        pos = _more_allergens(text, pos)
    return words_found, pos


def _allergies(text: str) -> list[_Piece]:
    """What a person is allergic to, with the allergy word: "alergi seafood", "peanut allergy"."""
    found = []
    for match in _ALLERGY.finditer(text):
        words_found, pos = _allergens_after(text, match.end())
        if words_found and not _asked_as_a_question(text, match.start(), pos):
            first = words_found[0]
            start = (
                match.start() if match.group("noun") else first.end() - len(first.group().lstrip())
            )
            found.append(_Piece(start, pos, MEDICAL_TRIGGERED_SCORE))
    for match in _ALLERGY_AFTER.finditer(text):
        if match.group(1).lower() not in _NOT_ALLERGEN and not _asked_as_a_question(
            text, match.start(), match.end()
        ):
            found.append(
                _Piece(_with_prefix(text, match.start()), match.end(), MEDICAL_TRIGGERED_SCORE)
            )
    for match in _CANNOT_TAKE.finditer(text):
        words_found, pos = _allergens_after(text, match.end())
        window = text[max(0, match.start() - _CANNOT_TAKE_WINDOW) : pos + _CANNOT_TAKE_WINDOW]
        if words_found and _ALLERGY_WORD.search(window):
            found.append(_Piece(match.start(), pos, MEDICAL_TRIGGERED_SCORE))
    return found


def _join(text: str, pieces: list[_Piece]) -> list[Span]:
    """Overlapping pieces, and pieces joined by list words, as one span each.

    A group is reported if any of its pieces is health data alone; its score is the best.
    In a message that has health data and says whose ("istri sy keguguran minggu lalu, skrg
    pendarahan lagi"), the other complaints and medicines in it are that person's too.
    """
    groups: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: (p.start, -p.end)):
        if groups:
            end = max(p.end for p in groups[-1])
            if piece.start <= end or _JOIN.fullmatch(text, end, piece.start):
                groups[-1].append(piece)
                continue
        groups.append([piece])
    spans = [_span(text, group) for group in groups]
    found = [s for s in spans if s is not None]
    if found and _SUBJECTS.before(text, len(text), len(text)):
        diagnosed = any(span.score >= MEDICAL_SPECIFIC_SCORE for span in found)
        # only the complaints themselves, not their temperature or duration ("demam 39
        # derajat udah 2 hari"), but a medicine with its dose
        found += [
            Span(
                min(p.start for p in group),
                max(p.end if p.shop or p.term_end is None else p.term_end for p in group),
                MEDICAL_LIST_SCORE,
            )
            for group, span in zip(groups, spans, strict=True)
            if span is None and _promoted(text, group, diagnosed)
        ]
        found.sort(key=lambda s: s.start)
    return found


# Care, aids and states that a message about someone's health may name of anybody (a
# request for a wheelchair, a ward, a therapy session): not taken as that person's.
_NOT_PROMOTED = frozenset({
    "rawat inap", "opname", "kursi roda", "fisioterapi", "physiotherapy", "terapi wicara",
    "speech therapy", "operasi", "dioperasi", "alat bantu dengar", "hamil", "pregnant",
    "alergi", "allergy", "menyusui", "breastfeeding", "haid", "menstruasi", "datang bulan",
    "lasik", "nebulizer", "nebuliser",
})  # fmt: skip


# A medicine someone asks whether they may use: "apa bisa pake salep hydrocortisone?" (the
# word may have been taken into the medicine's span as its prefix).
_USE_BEFORE = Keywords(
    "pake", "pakai", "pakek", "memakai", "minum", "meminum", "oles", "dioles", "use", "take",
)  # fmt: skip
_USE_WINDOW = 12


def _promoted(text: str, group: list[_Piece], diagnosed: bool) -> bool:
    """Whether an unscored group is health data in a message about someone's health
    (``diagnosed``: the message names a condition, not only complaints)."""
    start, end = min(p.start for p in group), max(p.end for p in group)
    if any(p.score is not None or p.weak for p in group):
        return False
    if all(p.shop for p in group):
        # the medicine someone takes, in a message about their health: with its dose ("ada
        # metformin 500 mg? bapak sy diabetes"), for a condition named ("do you have
        # salbutamol inhaler? My son has asthma"), or to use ("boleh pake salep X?"); not
        # one asked for a passing complaint ("ada cetirizine? anak sy lagi pilek")
        return (
            diagnosed
            or _USE_BEFORE.before(text, end, end - start + _USE_WINDOW)
            or any(ch.isdigit() for ch in text[start:end])
        )
    return (
        not _product_before(text, start, end)
        and not _PRODUCT_BEFORE.before(text, start, _LIST_PRODUCT_WINDOW)
        and not _TEST_BEFORE.before(text, start, start - _clause_start(text, start, 40))
        and not _hypothetical(text, start)
    )


# A condition said in a supposition is nobody's: "kalau ada buta warna", "if you feel chest
# pain", "kalau nyeri dada lagi langsung ke IGD" (unless someone is named: "kalau anak saya").
_CONDITIONAL = Keywords(
    "kalau", "kalo", "klo", "jika", "jikalau", "bila", "apabila", "seandainya", "andaikan",
    "misalnya", "semisal", "if", "in case",
)  # fmt: skip
_PHRASE_END = re.compile(r"[.!?\n;,]")
_THEIRS = re.compile(r"[^\W\d_]+nya\b", re.IGNORECASE)


def _hypothetical(text: str, start: int) -> bool:
    if _THEIRS.match(text, start):
        return False  # "kalau gulanya drop": the supposition is about someone's own
    phrase_start = max(0, start - _TRIGGER_WINDOW)
    for phrase_end in _PHRASE_END.finditer(text, phrase_start, start):
        phrase_start = phrase_end.end()
    return _CONDITIONAL.before(text, start, start - phrase_start) and not _SUBJECTS.before(
        text, start, start - phrase_start
    )


def _span(text: str, group: list[_Piece]) -> Span | None:
    start, end = min(p.start for p in group), max(p.end for p in group)
    scores = [p.score for p in group if p.score is not None]
    if scores and max(scores) <= MEDICAL_TRIGGERED_SCORE and _product_before(text, start, end):
        return None  # what a product treats: "obat untuk batuk, pilek dan demam"
    if (
        scores
        and _hypothetical(text, start)
        and (
            max(scores) <= MEDICAL_TRIGGERED_SCORE
            # a specific condition, unless the message names someone after all ("kalo
            # meninggalnya krn kanker paru? ayah sy ...")
            or (
                max(scores) < MEDICAL_DOSE_SCORE
                and not _SUBJECTS.before(text, len(text), len(text))
            )
        )
    ):
        return None
    if text.count("(", start, end) > text.count(")", start, end) and text.startswith(")", end):
        end += 1  # the brand in brackets: "insulin pen (NovoRapid)"
    if scores:
        return Span(start, end, max(scores))
    # several complaints listed together ("mual, pusing dan lemas") are about someone, unless
    # a product's description lists what it treats ("obat untuk batuk, pilek dan demam")
    if (
        sum(not p.shop for p in group) >= 2
        and not _PRODUCT_BEFORE.before(text, start, _LIST_PRODUCT_WINDOW)
        and not _TEST_BEFORE.right_before(text, start)
    ):
        return Span(start, end, MEDICAL_LIST_SCORE)
    return None


class MedicalRecognizer(SpanRecognizer):
    """MEDICAL: health conditions, treatments and medications of a person."""

    ENTITY = MEDICAL

    def spans(self, text: str) -> list[Span]:
        return find_medical(text)


def recognizers() -> list[EntityRecognizer]:
    return [MedicalRecognizer()]
