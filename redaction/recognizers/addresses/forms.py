"""Form fields and identity cards: labelled address values, card lines and birthplaces."""

from __future__ import annotations

import re

from redaction.recognizers.addresses.businesses import business_before
from redaction.recognizers.addresses.landmarks import LANDMARK_STOP
from redaction.recognizers.addresses.parts import tail
from redaction.recognizers.addresses.patterns import WORD
from redaction.recognizers.addresses.vocabulary import LABEL_SCORE, PLACES
from redaction.recognizers.context import Span

_I = re.IGNORECASE


# A form's address field: "Alamat: ...", "Alamat lengkap:\n...", "Address: ...". The value
# is an address when it has a number or two words and is not a city alone.
_ADDRESS_LABEL = re.compile(
    r"(?<![\w/])(?:alamat|almt|address|addr)(?:nya)?"
    r"(?:[ \t]+(?:lengkap|saya|sy|aku|rumah|rmh|kirim|pengiriman|penerima|tujuan|domisili|baru"
    r"|sekarang|skrg|ktp|home|delivery|shipping|billing|mailing|tinggal))*"
    r"[ \t]*[:=][ \t]*(?:\r?\n[ \t]*)?",
    _I,
)
_CARD_ADDRESS = re.compile(
    r"^[ \t]*(?:Alamat|ALAMAT)[ \t]*:?[ \t]+(?P<value>[A-Z0-9][^a-z\n]*[A-Z0-9])[ \t]*$",
    re.MULTILINE,
)
# What ends a form's address value on its line: another field ("No HP", "a/n", "email").
_FIELD_AFTER = re.compile(
    r"[ \t]*[,;.]?[ \t]*(?:(?:no\.?|nomor|nmr)[ \t]*)?(?:hp|telp|tlp|telepon|wa|whatsapp|phone"
    r"|email|e-mail|nama|name|penerima|a/n|a\.n\.?|an\.|atas[ \t]+nama|patokan)\b",
    _I,
)
_LABEL_SEGMENT = re.compile(r"[^,;\n]+")

# An identity card's printed field labels at line starts: on such a card every line is a
# field of its own, and an address does not run on into the next field.
CARD_FIELD = re.compile(
    r"^[ \t]*(?:Tempat/Tgl[ \t]+Lahir|Jenis[ \t]+kelamin|Gol\.[ \t]+Darah|Kel/Desa|Kecamatan"
    r"|Agama|Status[ \t]+Perkawinan|Pekerjaan|Kewarganegaraan|Berlaku[ \t]+Hingga|RT/RW"
    # a family card's (KK) header
    r"|Nama[ \t]+Kepala[ \t]+Keluarga|Desa/Kelurahan|Kabupaten/Kota|Kode[ \t]+Pos)\b",
    _I | re.MULTILINE,
)
CARD_MIN_FIELDS = 3
# A birthplace is a city, not an address: "Tempat/Tgl Lahir KAMPUNG RAKYAT, 17-04-1968".
_BIRTHPLACE_BEFORE = re.compile(
    r"(?:tempat(?:[ \t]*/[ \t]*(?:tgl|tanggal))?[ \t]+lahir|ttl|lahir[ \t]+di)[ \t]*[:=]?[ \t]*\Z",
    _I,
)


# The village, district, regency and postcode fields under an identity or family card's
# address, each on its own line ("Kel/Desa : TEBET BARAT", "Kode Pos : 55584"): the rest of
# the address, masked with it.
CARD_AREA_FIELD = re.compile(
    r"^[ \t]*(?i:Kel/Desa|Desa/Kelurahan|Kelurahan|Kecamatan|Kabupaten/Kota|Kode[ \t]+Pos)"
    r"[ \t]*:?[ \t]*(?P<value>[A-Z0-9][^\n]*?)[ \t]*$",
    re.MULTILINE,
)


def one_line(text: str, span: Span) -> Span:
    """``span`` cut at its first line end (each line of an identity card is one field)."""
    line_end = text.find("\n", span.start, span.end)
    if line_end < 0:
        return span
    return Span(
        span.start, len(text[span.start : line_end].rstrip(" \t,")) + span.start, span.score
    )


def labelled_addresses(text: str, found: list[Span]) -> list[Span]:
    """Values of address fields ("Alamat: Cendana 14 Sleman") that no anchor found.

    An identity card's field ("Alamat JL BEKASI RAYA KM 25 GED SRIKANDI", in capitals) is its
    whole line, whatever an anchor found in it.
    """
    spans = [
        Span(m.start("value"), m.end("value"), LABEL_SCORE) for m in _CARD_ADDRESS.finditer(text)
    ]
    for label in _ADDRESS_LABEL.finditer(text):
        start = label.end()
        if start >= len(text) or not text[start].isalnum():
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if any(start < s.end and not text[line_end : s.start].strip() for s in found):
            # an anchor found the address on this line, or on the next one after the
            # recipient's name ("Alamat:\nBudi (0812...)\nPerum ...")
            continue
        if business_before(text, start):
            continue  # a shop's own notice: "Apotek Sehat buka 24 jam, alamat: Jl. ..."
        end = _label_value_end(text, start, line_end)
        value = text[start:end]
        if end - start < 6 or value.lower() in PLACES:
            continue
        if not any(ch.isdigit() for ch in value) and len(WORD.findall(value)) < 2:
            continue
        end, _ = tail(text, end, after_name=False)
        spans.append(Span(start, end, LABEL_SCORE))
    return spans


def _label_value_end(text: str, start: int, line_end: int) -> int:
    """End of a field's value: its line, up to another field or a clause of chat words."""
    end = start
    for segment in _LABEL_SEGMENT.finditer(text, start, line_end):
        field = _FIELD_AFTER.search(text, segment.start(), segment.end())
        first = WORD.search(text, segment.start(), segment.end())
        if segment.start() > start and (first is None or first.group().lower() in LANDMARK_STOP):
            break
        if field is not None:
            cut = text[segment.start() : field.start()].rstrip(" \t,;.")
            return max(end, segment.start() + len(cut))
        end = segment.start() + len(text[segment.start() : segment.end()].rstrip(" \t.!?"))
    return end


def birthplace(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _BIRTHPLACE_BEFORE.search(text, max(line_start, start - 40), start) is not None
