"""Medicines with their doses, pregnancies, devices, aids and courses of treatment."""

from __future__ import annotations

import re

from redaction.recognizers.context import Keywords
from redaction.recognizers.medical.vocabulary import _ORGANS, _SIDE

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
