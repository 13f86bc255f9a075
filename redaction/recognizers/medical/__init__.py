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

from redaction.recognizers.medical.recognizer import (
    MedicalRecognizer,
    find_medical,
    recognizers,
)
from redaction.recognizers.medical.vocabulary import (
    BODY_PARTS,
    MEDICAL,
    MEDICAL_DOSE_SCORE,
    MEDICAL_LIST_SCORE,
    MEDICAL_SPECIFIC_SCORE,
    MEDICAL_TRIGGERED_SCORE,
    MEDICATIONS,
    SPECIFIC_TERMS,
    SYMPTOMS,
    TRIGGERED_TERMS,
)

__all__ = [
    "BODY_PARTS",
    "MEDICAL",
    "MEDICAL_DOSE_SCORE",
    "MEDICAL_LIST_SCORE",
    "MEDICAL_SPECIFIC_SCORE",
    "MEDICAL_TRIGGERED_SCORE",
    "MEDICATIONS",
    "MedicalRecognizer",
    "SPECIFIC_TERMS",
    "SYMPTOMS",
    "TRIGGERED_TERMS",
    "find_medical",
    "recognizers",
]
