"""Words around a term that say whose it is: triggers, subjects, shops, products, animals."""

from __future__ import annotations

import re

from redaction.data import words
from redaction.recognizers.context import Keywords

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

# A question mark right after a term, or after a word or two ("Ada alergi obat?"), but not
# after "ya" ("Ada riwayat alergi retinol ya kak?" checks what is known of the person).
_QUESTION_WORDS = Keywords(
    "ada", "apakah", "apa", "punya", "any", "have", "has", "do", "does", "pernah", "is", "are"
)
_QUESTION_AFTER = re.compile(r"[ \t]*(?:(?!ya\b|kan\b)\w+[ \t]*){0,2}[?/]", re.IGNORECASE)
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

# ... not a lens in stock: "kacamata minus 2 ready kak"
_SHOP_AFTER = re.compile(r"[ \t]+(?:ready|tersedia|available|in[ \t]+stock|ada[ \t]+stok)\b", re.I)


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
