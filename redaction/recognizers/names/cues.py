"""Cues: the words before a position that announce a name there, and how strongly."""

from __future__ import annotations

import re
from enum import Enum

from redaction.recognizers.names.tokens import joined, tokens
from redaction.recognizers.names.vocabulary import HONORIFICS, dictionary_word, english_word


class Cue(Enum):
    """How strongly the words before a position announce a name there."""

    FORM = "form"  # a form label: "Nama: ...", "Nama ELIZABETH ..." at a line start
    STRONG = "strong"  # "nama saya", "atas nama", "a.n.", "dengan ... di sini"
    HONORIFIC = "honorific"  # "Pak", "Bu", "Kak", "Mas", "dr.", "Hj." (not part of the name)
    LABEL = "label"  # "nama", "nama ibu kandung" without a colon: a gazetteer or capitalised name
    RELATION = "relation"  # "anak sy", "suami saya", "my son": a third party's name follows
    SELF = "self"  # "saya", "aku", "ini", "halo", "makasih", "kata", "dari ... ya"
    ROLE = "role"  # "Presiden", "tersangka", "istri": a gazetteer or capitalised name
    WEAK = "weak"  # "dari", "untuk", "menurut": only a gazetteer name counts


_CUE_RANK = {
    Cue.FORM: 7,
    Cue.STRONG: 6,
    Cue.HONORIFIC: 5,
    Cue.LABEL: 4,
    Cue.RELATION: 4,
    Cue.SELF: 3,
    Cue.ROLE: 2,
    Cue.WEAK: 1,
}
STRONG_CUES = (Cue.FORM, Cue.STRONG)
# Score of a name after a cue, by its first word: (sure name, ambiguous capitalised,
# ambiguous lower-case, unknown capitalised, unknown lower-case); None: not a name.
SCORES: dict[Cue, tuple[float | None, ...]] = {
    Cue.FORM: (0.9, 0.85, 0.8, 0.85, 0.7),
    Cue.STRONG: (0.9, 0.85, 0.8, 0.85, 0.7),
    Cue.HONORIFIC: (0.85, 0.85, 0.7, 0.75, 0.45),
    Cue.LABEL: (0.85, 0.8, 0.6, 0.75, None),
    Cue.RELATION: (0.85, 0.8, 0.6, 0.75, None),
    Cue.SELF: (0.75, 0.6, None, 0.5, None),
    Cue.ROLE: (0.7, 0.55, None, 0.5, None),
    Cue.WEAK: (0.7, 0.55, None, None, None),
}


HONORIFIC_PATTERN = "|".join(sorted(HONORIFICS, key=len, reverse=True))
# Honorifics written abbreviated with a dot ("dr. Andi", "Sdr. Irfan"); after any other, a dot
# ends a sentence ("terima kasih Bapak Ibu. Sabar ya"), and what follows is no name.
_DOTTED_HONORIFICS = frozenset(
    {"dr", "drg", "prof", "ir", "drs", "dra", "hj", "sdr", "sdri", "bpk", "tn", "ny", "nn", "kh"}
    | {"pdt", "pnt", "ust", "ns", "mr", "mrs", "ms", "st", "drh"}
)
# The time that opens a line of a chat log: "[07.50] ", "[10.12, 14/11/2024] ", "[13/06
# 21.40] ", "12/06/24, 20.11 - ".
_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
CHAT_LINE_TIME = (
    rf"^[ \t]*(?:\[(?:{_DAY},?[ \t]+)?\d{{1,2}}[.:]\d{{2}}(?:[.:]\d{{2}})?(?:[ \t]*[AaPp][Mm])?"
    rf"(?:,[ \t]*{_DAY})?\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}[.:]\d{2}[ \t]+-)[ \t]*"
)
# ... or a bare time, as an agenda's line opens too ("09:00 Registrasi: ..."): a word after
# it is a speaker's name when it is a sure name or speaks again ("09:14 Ayu: ...").
BARE_LINE_TIME = r"^[ \t]*\d{1,2}:\d{2}[ \t]+"
_DOTTED_PATTERN = "|".join(sorted(HONORIFICS & _DOTTED_HONORIFICS, key=len, reverse=True))
# "nama <whose>": "nama penerima", "nama ibu kandung", "nama lengkap".
_NAME_LABEL = (
    r"nama(?:[ \t]?nya)?(?:[ \t]+(?:saya|aku|lengkap(?:[ \t]+(?:saya|aku))?|panggilan|pemesan"
    r"|penerima|pengirim|pasien|customer|pelanggan|anak|ibu(?:[ \t]+kandung)?|ayah|suami|istri|wali"
    r"|siswa|murid))?"
)
# Form labels of a person in English and Indonesian forms ("Recipient: ...", "Guest 1: ...").
_PERSON_LABEL = (
    r"(?:penerima|pengirim|pemesan|penyewa|pemilik|tertanggung|pasien|recipient|sender"
    r"|beneficiary(?:[ \t]+added)?|passenger|guest(?:[ \t]*\d{1,2})?|driver|tenant|attn"
    r"|(?:account[ \t]+)?holder"
    r"|(?:full[ \t]+|first[ \t]+|last[ \t]+|given[ \t]+|nick)?names?|surname|contact[ \t]+person"
    # "Name in booking:", "Name as per passport:"
    r"|names?[ \t]+(?:in|on|as[ \t]+(?:in|on|per))[ \t]+(?:the[ \t]+|my[ \t]+)?(?:booking"
    r"|reservation|passport|ticket|card|account|id|ktp|ic)"
    r"|pic|wali|orang[ \t]+tua|ortu|ayah|ibu|suami|istri|pengendara|tertanggung|ahli[ \t]+waris"
    r"|(?:emergency[ \t]+)?contact|kontak[ \t]+darurat|to|from|parents?|guardian|father|mother"
    # who received, made or served (a person, not a courier): "diterima oleh: Suparmi"
    r"|(?:diterima|dibuat|disetujui|diperiksa|ditangani|dilayani)[ \t]+oleh|petugas|teknisi"
    r"|penanggung[ \t]+jawab|kepala[ \t]+keluarga|peserta|participant)"
)
# "an" without a dot is "atas nama" only in Indonesian text about an account, a parcel or an
# address: a digit or such a word before it on its line ("rek BRI 3356 ... an Nengsih").
_BARE_AN = re.compile(r"(?<![\w.])(?:[aA]n|AN)[ \t]+")
_BARE_AN_CONTEXT = re.compile(
    r"\d|\b(?:rek|rekening|norek|transfer|tf|trf|kirim|paket|pesanan|booking|tiket|bca|bri|bni"
    r"|mandiri|bsi|btn|dana|ovo|gopay|kec|kab|kel|desa|jl|jln|gg)\b",
    re.IGNORECASE,
)
# Roles and teams that open a signature before the writer's name.
SIGNATURE_ROLE = (
    r"perawat|bidan|dokter|apoteker|admin|cs|staf|staff|kasir|petugas|kurir|driver|sopir"
    r"|teknisi|hrd?|it|finance|marketing|sales|shift|tim[ \t]+\w+|team[ \t]+\w+"
)
_ENGLISH_MARKERS = frozenset(
    {
        "the", "is", "was", "are", "were", "has", "have", "had", "for", "of", "with", "and",
        "i", "my", "it", "this", "that", "there", "contains", "after", "in", "on", "at",
        "bought", "buy", "got", "get", "be", "as", "by", "into", "from", "you", "we",
    }
)  # fmt: skip
_CUE_PATTERNS: tuple[tuple[Cue, re.Pattern[str]], ...] = (
    (
        Cue.FORM,
        re.compile(
            # (a data dump quotes the field and its value: "'holder': 'SETIAWATI H'")
            rf"\b(?:{_NAME_LABEL}|{_PERSON_LABEL})[\"']?[ \t]*[:=][ \t]*[\"']?"
            # An aligned form's label of a few words, then its value after a wide gap
            # ("NAMA PEMILIK   SUPARMAN"), or a label at the start of a line ("Nama
            # ELIZABETH ...", "Nama penerima Ni ...").
            r"|^[ \t]*nama(?:[ \t][^\W\d_]+){0,3}(?:[ \t]{2,}|\t)[ \t]*"
            rf"|^[ \t]*{_NAME_LABEL}[ \t]+",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    (Cue.LABEL, re.compile(rf"\b{_NAME_LABEL}[ \t]+", re.IGNORECASE)),
    # A speaker in a chat log's line after its time, before the colon of what they said:
    # "[07.50] Lydia: btw ...", "12/06/24, 20.11 - Maya C-12: welcome ...".
    (
        Cue.FORM,
        re.compile(rf"(?:{CHAT_LINE_TIME}|{BARE_LINE_TIME})(?=[^\n:]{{1,40}}:)", re.MULTILINE),
    ),
    # a list's label: "names lukas becker & anna schmidt"
    (Cue.LABEL, re.compile(r"\bnames[ \t]*:?[ \t]+", re.IGNORECASE)),
    # the English label without its colon: "her account at BNI 0239 117 846, name Rohani",
    # "... rekening tabungan. Name Siriporn Chaiyasit, passport ..."
    (
        Cue.LABEL,
        re.compile(
            r"(?:,[ \t]*|\b(?:her|his|their|my|your|account|holder|recipient|beneficiary)[ \t]+"
            r"|(?:^|(?<=[.!?;])[ \t]+)(?=(?-i:N)))"
            r"name[ \t]+",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    # the name printed on a card: "Name on card EMMA K LINDQVIST", "cardholder Olivia Tan"
    (
        Cue.LABEL,
        re.compile(
            r"\b(?:name[ \t]+on[ \t]+(?:the[ \t]+)?card|card[ \t]?holder(?:[ \t]+name)?"
            r"|nama[ \t]+(?:di|pada)[ \t]+kartu)[ \t]*:?[ \t]*",
            re.I,
        ),
    ),
    # a bank's security question without "nama": "ibu kandung Suprihatin", "mother's maiden"
    (
        Cue.LABEL,
        re.compile(
            r"\b(?:ibu[ \t]+kandung|mother'?s[ \t]+maiden(?:[ \t]+name)?)[ \t]*:?[ \t]*", re.I
        ),
    ),
    (
        Cue.RELATION,
        re.compile(
            r"\b(?:anak|anakku|putra|putri|istri|suami|adik|adek|kakak|kaka|abang|ayah|bapak|ibu"
            r"|mama|papa|mamah|papah|ortu|mertua|keponakan|ponakan|cucu|bayi|nenek|kakek|teman"
            r"|temen|pacar|tunangan|sepupu|om|tante)"
            r"(?:[ \t]+(?:sy|saya|aku|ku|gue|gw|kami|kita|pertama|kedua|ketiga|bungsu|sulung"
            r"|perempuan|laki-laki|cowok|cewek))+[ \t]+(?:(?:yang|yg|bernama|namanya)[ \t]+){0,2}"
            # with a possessive enclitic: "temenku yusuf", "adiknya Rina"
            r"|\b(?:anak|istri|suami|adik|adek|kakak|abang|ayah|ibu|bapak|bunda|mama|papa|ortu|mertua"
            r"|keponakan"
            r"|ponakan|cucu|nenek|kakek|teman|temen|pacar|tunangan|sepupu|tante)(?:ku|mu|[ \t]?nya)"
            r"[ \t]+(?:(?:yang|yg|bernama|namanya)[ \t]+){0,2}"
            r"|\bmy[ \t]+(?:son|daughter|wife|husband|mother|mom|mum|father|dad|brother|sister"
            r"|child|kid|baby|friend|colleague|partner|fianc[eé]e?|boyfriend|girlfriend|bf|gf|grandson"
            r"|granddaughter|nephew|niece|cousin|grandma|grandpa|grandmother|grandfather)"
            r"(?:[ \t]*,)?[ \t]+|\b(?:kids|children|anak-anak)[ \t]+",
            re.IGNORECASE,
        ),
    ),
    (
        Cue.STRONG,
        re.compile(
            r"\b(?:nama[ \t]+(?:saya|aku|gue|gw|ulun|beta|kula|kulo|lengkap[ \t]+(?:saya|aku))"
            r"|namo[ \t]+ambo|(?:beta|sa)[ \t]+(?:pu[ \t]+)?nama"
            r"(?:[ \t]+(?:adalah|ialah|yaitu))?"
            r"|namaku|namanya|nama[ \t]+lengkapnya|nama[ \t]+panggilan(?:[ \t]+saya)?"
            r"|atas[ \t]+nama|a\.[ \t]?n\.?|a/n|an\."
            # the name a bank or an app shows: "nama yg muncul ...", "nama yang tertera ..."
            r"|nama[ \t]+(?:yg|yang)[ \t]+(?:muncul|tertera|tercantum|terdaftar|tertulis|keluar)"
            r"|perkenalkan(?:[ \t]*,?[ \t]*(?:saya|aku|nama[ \t]+saya))?"
            r"|kenalin(?:[ \t]*,?[ \t]*(?:saya|aku|gue))?"
            r"|panggil[ \t]+(?:saja|aja)|biasa[ \t]+dipanggil|dipanggil"
            # "my name is", "my wife's name is", "her name is"
            r"|name[ \t]+is)[ \t]*"
            # (the name may be quoted: 'dipanggil "Ara" di rumah')
            r"[\"'“‘]?",
            re.IGNORECASE,
        ),
    ),
    # "an Budi" (atas nama, without its dot), after an account number or an address
    (Cue.STRONG, _BARE_AN),
    # a lower-case word addressed after a greeting or "ya", alone before a comma or the end
    # of its line: "hi ria, got locked out", "noted yos, get well soon", "sembuh ya nayla 🤗"
    (
        Cue.HONORIFIC,
        re.compile(
            r"\b(?:hi|hai|halo|hallo|hello|hey|makasih|makasi|thanks|thx|trims|noted|ya)[ \t]+"
            r"(?=[a-z][a-z'-]+[ \t]*(?:[^\w\s]|\n|\Z))",
            re.IGNORECASE,
        ),
    ),
    (
        Cue.HONORIFIC,
        re.compile(
            rf"\b(?:(?:{_DOTTED_PATTERN})\b\.?|(?:{HONORIFIC_PATTERN})\b)[ \t]+", re.IGNORECASE
        ),
    ),
    # "H." (haji) is an honorific only with its capital and dot, and not after another
    # initial ("Jl. M.H. Thamrin").
    (Cue.HONORIFIC, re.compile(r"(?<![\w.])H\.[ \t]*")),
    # an honorific and a neighbourhood office: "pak rw sukirno", "Bu RT Sumiati", "pak lurah Tono"
    (
        Cue.HONORIFIC,
        re.compile(
            r"\b(?:pak|bpk|bapak|bu|ibu)[ \t]+(?:rt|rw|lurah|kades|kadus|camat)\.?[ \t]+",
            re.IGNORECASE,
        ),
    ),
    (
        Cue.SELF,
        re.compile(
            # (and regional pronouns: Banjar "ulun", Ambon and Kupang "beta", Javanese "kula";
            # not Minang "ambo", whose "ambo nio ..." is "I want ...")
            r"\b(?:saya|aku|gue|gw|gua|sy|aq|abdi|ulun|beta|kula|ini|niki|halo|hallo|hai|hi"
            r"|hello|hey|makasih|makasi"
            r"|terima[ \t]+kasih|thanks|thank[ \t]+you|thx|trims|kata|katanya|ujar|ucap|tutur|sapa"
            # "si Ujang": the article of a person's name
            r"|si"
            r"|i'm|im|i[ \t]+am|this[ \t]+is|it'?s|it[ \t]+is|name'?s"
            # wishes to a person: "happy bday Pelangi!!", "gws Bu Ani", "met ultah Dinda"
            r"|happy[ \t]+b(?:irth)?day|hbd|selamat[ \t]+ulang[ \t]+tahun|met[ \t]+ultah"
            r"|get[ \t]+well[ \t]+soon|gws"
            # a wedding's couple: "kado nikahan Bella", "resepsi Dimas & Ayu"
            r"|nikahan|pernikahan|resepsi)"
            r"(?:[ \t]+(?:adalah|ialah))?[ \t]+"
            # A signature with the writer's role or team first: "- Bidan Yuliani", "- IT, Wahyu".
            rf"|(?:^|[ \t])[-–—~]+[ \t]*(?:{SIGNATURE_ROLE})\.?[ \t]*,?[ \t]+"
            r"(?-i:(?=[A-Z][a-z]+[ \t]*$))"
            # A signature: "- Rachel", "– Tasya, Customer Care" on a line of its own.
            r"|(?:^|[ \t])[ \t]*[-–—~]+[ \t]*"
            r"(?-i:(?=[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*(?:,|$)))",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    # Staff who serve a customer, a contact person, a family: "Night staff Dewa", "cp Darno",
    # "keluarga Chan Ka Wai" (no sentence end between: "bank staff. Valid for 5 minutes").
    (
        Cue.ROLE,
        re.compile(
            r"\b(?:staff|staf|satpam|resepsionis|receptionist|concierge|teknisi|technician|dokter"
            r"|doctor|bidan|perawat|nurse|kasir|cashier|cp|keluarga|psikolog|psikiater"
            r"|psychologist|psychiatrist|terapis|therapist|fisioterapis|physiotherapist|konselor"
            r"|counsell?or|apoteker|pharmacist)[ \t]+",
            re.IGNORECASE,
        ),
    ),
    # A signature with the writer's role or company after: "🙏 Ayu Lestari - finance",
    # "Regards, Ayu – Front Office", "– Hendra PT Sinar Karya Abadi".
    (
        Cue.WEAK,
        re.compile(
            r"(?:^|(?<=[\s,]))(?=[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
            rf"(?:[ \t]*[-–—,][ \t]*(?i:{SIGNATURE_ROLE}|front[ \t]+office|owner|manager"
            r"|gudang|resepsionis|receptionist|accounting|keuangan)\b|[ \t]+(?:PT|CV)[ \t])"
            r"[^\n]*$)",
            re.MULTILINE,
        ),
    ),
    (
        Cue.WEAK,
        re.compile(
            r"\b(?:dengan|dari|sama|kepada|kpd|untuk|utk|buat|oleh|bersama|menurut|bilang|ajak"
            r"|jemput|hubungi|hub|kontak|contact)\b\.?[ \t]+",
            re.IGNORECASE,
        ),
    ),
    (
        Cue.ROLE,
        re.compile(
            r"\b(?:presiden|wapres|menteri|gubernur|bupati|walikota|wali[ \t]+kota"
            r"|ketua|direktur|kepala|camat|lurah|kapolri|kapolda|kapolres|jenderal|pelatih"
            r"|tersangka|terdakwa|korban|saksi|pelaku|mantan|almarhum|almarhumah|alm|almh"
            r"|mendiang|istri|suami|anak|ayah|ayahanda|ibunda|adik|kakak|cucu"
            # a child's parents: "kabari orang tua Bima", "ortu Keisha"
            r"|orang[ \t]+tua|ortu|wali[ \t]+murid"
            # English roles and labels without a colon ("beneficiary Klaus Bergmann").
            r"|recipient|beneficiary|passenger|guest|driver|(?:account[ \t]+)?holder|pembeli|buyer"
            r"|housekeeper|nanny|maid|babysitter|gardener|caretaker|cleaner|tutor"
            r"|ask[ \t]+for|(?:booked|booking|reservation)[ \t]+under"
            # who stands in for or handles something: "backupnya Gusti", "pic nya Melati"
            r"|(?:backup|pic)[ \t]*nya|penggantinya|diganti[ \t]+(?:sama|sm|oleh))\b\.?[ \t]+",
            re.IGNORECASE,
        ),
    ),
)
# Chat's "dr" without its dot after a word of origin or distance is "dari", not a doctor:
# "pindahan dr Ternate", "asal dr Ambon", "500m dr Masjid", "sy marcell dr Ray White".
_FROM_BEFORE = re.compile(
    r"(?:\b(?:pindahan|pindah|asal|berasal|datang|dateng|berangkat|pulang|balik|jauh|dekat"
    r"|deket|kiriman|oleh-oleh|mudik|jalan)|\d[ \t]*(?:m|km|menit|mnt|jam)"
    # where a speaker is from: "sy marcell dr Ray White"
    r"|\b(?:sy|saya|aku|ini)[ \t]+[a-z]+)[ \t]+dr[ \t]+\Z"
)
# A closing word after the name makes a weak cue stronger: "dengan Budi di sini"
# (the agent introducing themself), "dari Rina ya".
_CLOSING = re.compile(r"[ \t]*,?[ \t]*(?:di[ \t]*sini|disini|ya|yah|yaa|nih|kak|here)\b", re.I)
_CLOSED_CUES = {"dengan": Cue.STRONG, "dari": Cue.SELF}


def cue_positions(text: str) -> dict[int, Cue]:
    """Offsets where a cue says a name may start, with the strongest cue there."""
    found: dict[int, Cue] = {}
    for cue, pattern in _CUE_PATTERNS:
        for match in pattern.finditer(text):
            at = match.end()
            if at >= len(text) or not text[at].isalpha():
                continue
            if pattern is _BARE_AN and not _bare_an_context(text, match.start()):
                continue
            here = cue
            if cue is Cue.HONORIFIC and _FROM_BEFORE.search(text, max(0, at - 30), at):
                here = Cue.WEAK
            closed = _CLOSED_CUES.get(match.group().strip().lower())
            if closed is not None and _closes_name(text, at):
                here = closed
            # a Batak clan's "boru" after the cue: "atas nama boru tobing" -> "tobing"
            clan = _CLAN_DAUGHTER.match(text, at)
            for place in (at, clan.end()) if clan else (at,):
                if found.get(place) is None or _CUE_RANK[here] > _CUE_RANK[found[place]]:
                    found[place] = here
    return found


_CLAN_DAUGHTER = re.compile(r"(?:boru|br)[ \t]+(?=[a-z])")


# ... or a parcel's or an order's name given alone: "an" opening its line, or a name and
# then a phone number or the message's end ("an rina 0812...", "mau retur gmn. an mikhaela").
_AN_NAME_THEN_NUMBER_OR_END = re.compile(
    r"[aA]n[ \t]+(?:[A-Za-z'.-]+[ \t]+){0,3}?[A-Za-z'.-]+[ \t]*(?:[,(-]?[ \t]*\+?\d|[^\w\s]*\Z)"
)


def _bare_an_context(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    start = max(line_start, at - 80)
    cued = _BARE_AN_CONTEXT.search(text, start, at) is not None
    if not (
        cued
        or not text[line_start:at].strip()
        or _AN_NAME_THEN_NUMBER_OR_END.match(text, at) is not None
    ):
        return False
    # English text: "Order 123 contains an Apple Watch", "Room 12 has an Ocean view"
    if any(t.lower in _ENGLISH_MARKERS for t in tokens(text, start, at)):
        return False
    following = tokens(text, at, min(len(text), at + 40))[1:2]
    # (without a cue, no dictionary word either: "I'd like an apple")
    return bool(following) and not (english_word if cued else dictionary_word)(following[0])


def _closes_name(text: str, at: int) -> bool:
    """Whether one to three words from ``at`` are followed by a closing word."""
    following = tokens(text, at, min(len(text), at + 60))[:3]
    for k, token in enumerate(following):
        if k and not joined(text, following[k - 1], token):
            return False
        if _CLOSING.match(text, token.end):
            return True
    return False
