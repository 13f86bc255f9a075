"""Health words that are nobody's: public offers, policy benefits, general questions."""

from __future__ import annotations

import re

from redaction.recognizers.context import Keywords
from redaction.recognizers.medical.cues import (
    _FOR_SOMEONE_AFTER,
    _OWNER_AFTER,
    _SUBJECTS,
    _TRIGGER_WINDOW,
    _clause_start,
)
from redaction.recognizers.medical.vocabulary import _Piece

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
    # a pharmacy's stock: "Metformin 500 mg: 120 box", "Salbutamol 2 mg: kosong"
    r"|[ \t]*[:=–-][ \t]*(?:\d{2,}[ \t]*(?:box|boks|dus|karton|strip|pcs|botol)\b"
    r"|(?:kosong|habis|ready|out[ \t]+of[ \t]+stock)\b)"
    # what a policy covers: "asthma is covered after a 12-month waiting period"
    r"|[ \t]+(?:is|are)[ \t]+(?:not[ \t]+)?(?:covered|excluded)\b",
    re.IGNORECASE,
)
_PUBLIC_WINDOW = 60


def public_mention(text: str, start: int, end: int) -> bool:
    """Whether health words at ``text[start:end]`` are nobody's: an offer, a price list, a
    pharmacy's stock, a rule for whoever has them (for spans the rules did not find)."""
    return _public(text, _Piece(start, end, None))


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
