"""Recognizers: phone numbers, Indonesian forms first.

They replace Presidio's PhoneRecognizer, which runs libphonenumber's matcher over the whole
text for several regions (slow) and misses or misreads many Indonesian forms.
"""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
import regex
from presidio_analyzer import EntityRecognizer, Pattern

from redaction.recognizers.context import (
    CONTEXT_WINDOW,
    NOT_AFTER_PLUS,
    NUMBER_END,
    NUMBER_START,
    ContextPatternRecognizer,
    Keywords,
    after_reference_or_currency,
    digits,
    nearest,
)
from redaction.recognizers.finance import ACCOUNT_WORDS

# Mobile operator prefixes after the leading 0 (or +62).
MOBILE_PREFIXES = frozenset(
    ["811", "812", "813", "821", "822", "823", "851", "852", "853"]  # Telkomsel
    + ["814", "815", "816", "855", "856", "857", "858"]  # Indosat
    + ["817", "818", "819", "859", "877", "878"]  # XL
    + ["831", "832", "833", "838"]  # Axis
    + ["895", "896", "897", "898", "899"]  # Tri
    + [f"88{d}" for d in range(1, 10)]  # Smartfren
)

PHONE_WORDS = Keywords(
    "direct line",
    "wa",
    "whatsapp",
    "whatsap",
    "hp",
    "handphone",
    "ponsel",
    "telp",
    "telpon",
    "telepon",
    "tlp",
    "tel",
    "phone",
    "mobile",
    "call",
    "sms",
    "kontak",
    "contact",
    "hubungi",
    "nomor",
    "nomer",
    "nmr",
    "cp",
    # e-wallets are keyed by phone number
    "dana",
    "ovo",
    "gopay",
    "shopeepay",
    "linkaja",
)
# "no" and "number" alone: a phone's label when no other word says whose number it is
# ("my number is 0812 5521", "no nya nol delapan ...").
NUMBER_WORDS = Keywords("no", "number", "num")
_PHONE_OR_ACCOUNT = {"phone": PHONE_WORDS, "account": ACCOUNT_WORDS}
# A number inside a chat link: "wa.me/62812...", "api.whatsapp.com/send?phone=62812...".
_LINK_BEFORE = regex.compile(r"(?i:wa\.me/|[?&]phone=|tel:)\Z")
_COUNTRY_CODE_START = regex.compile(r"\(?\+[1-9]")
# Two numbers joined by a slash: "0812-3456-7890/0813-1111-2222" (unlike "ORD/2024/0812...").
_PHONE_AND_SLASH_BEFORE = regex.compile(r"(?:\+?62|0)8\d[\d .-]{6,14}\d/\Z")

# The national number after 0 / +62: 8x, then 7-10 more digits, unbroken or in groups of
# 2-5 however people type them: 081234567890, 0812-3456-7890, 0812 345 6789, 081-234-567-890,
# 0812 345 678 90, 0813 - 2468 - 1357, +62 812 3456 7890. ``MobilePhoneRecognizer.spans``
# keeps the groups that make a number of a valid length ("0812 3456 7890 15 menit").
_GROUP_SEP = r"(?: ?[.-] ?| {1,2}|_)"
# (a middle group may be one digit, "081 2 3345 9901"; the last is two or more: "0812 3456
# 7890 2 pcs" ends before the quantity)
_MOBILE_REST = (
    rf"8[1-9](?:\d{{7,10}}|\d{{0,6}}(?:{_GROUP_SEP}\d{{1,5}}){{0,4}}{_GROUP_SEP}\d{{2,5}})"
)
# ... also with the 0 or the 8 set apart, or in pairs: "0 812 3456 7890", "08 12 34 56 78 90".
_SPLIT_MOBILE = rf"0 ?8 [1-9](?:\d{{0,3}}(?:{_GROUP_SEP}\d{{2,5}}){{1,5}})|0 {_MOBILE_REST}"
_DIGIT_RUN = regex.compile(r"\d+")
_SPACE_THEN_DIGIT = regex.compile(r" {1,2}\d")
_SPACED_DASH_THEN_DIGIT = regex.compile(r" - \d")
# Area codes: the two-digit ones (Jakarta, Bandung, Semarang, Surabaya, Medan), else three
# (0274 Yogyakarta, 0361 Denpasar, ...). 08xx is mobile, 0800/0804 toll-free numbers.
_AREA = r"0(?:21|22|24|31|61|[2-79]\d{2})"
# Local numbers do not start with 0 or 1 (1500-xxx and 14xxx are service numbers), in
# groups of 2-4 digits: "555-1234", "4712 88", "555 12 34".
# Groups are parted as in mobiles, dashes often spaced: "031 - 734 - 2281", "0751 - 28 41 09".
_LANDLINE_SEP = r"(?: ?[.-] ?| )"
# (its first digit may stand alone: "(0274) 4 38 102")
_SUBSCRIBER = rf"[2-9](?:\d{{1,3}}|(?= \d{{2}}))(?:{_LANDLINE_SEP}?\d{{2,4}}){{1,3}}"


# ... or right after a phone's label typed without a space: "nmr hp0812 3345 0071",
# "telp0411 452 770".
_START_OR_AFTER_LABEL = (
    rf"(?:{NUMBER_START}|(?<=(?<![\p{{L}}\d_])(?i:hp|telp|tlp|tel|wa|nohp|no\.hp)))"
)


def _in_link(text: str, start: int) -> bool:
    return _LINK_BEFORE.search(text, max(0, start - 12), start) is not None


# A business's line labelled in brackets right after the number: "0811-... (no kantor)",
# "(021) ... (customer service)".
_BUSINESS_LINE_AFTER = regex.compile(
    r"(?i)[ \t]*[(\[][ \t]*(?:(?:no|nomor|nmr|line|wa|telp)\.?[ \t]+)?"
    r"(?:toko|outlet|cs|admin|hotline|call[ \t]?center|customer[ \t]+service"
    # "(no kantor)" is a business's line, a bare "(office)" in a contact's list its owner's
    r"|(?<=(?:no|nomor|nmr|line|wa|telp)\.?[ \t]+)(?:kantor|office))"
    # (maybe naming whose: "(hotline klinik)")
    r"(?:[ \t]+\p{L}{2,12}){0,2}[ \t]*[)\]]"
)


class _PhoneRecognizer(ContextPatternRecognizer):
    """What all phone recognizers share: what a phone number is not, and its context."""

    ENTITY = "PHONE_NUMBER"
    CONTEXT = PHONE_WORDS

    def reject(self, text: str, start: int, end: int) -> bool:
        if _in_link(text, start):
            return False
        if _PHONE_AND_SLASH_BEFORE.search(text, max(0, start - 24), start):
            return False
        if after_reference_or_currency(text, start):
            return True
        if _BUSINESS_LINE_AFTER.match(text, end):
            return True
        # "no rek BCA 0812345678": an account number, even if it parses as a phone (but not
        # a mobile with its country code or a foreign number: "DANA account linked to +62 896
        # ...", "rek ... BRI. No UAE +971 50 418 2277"; no account starts with a "+")
        if _COUNTRY_CODE_START.match(text, start):
            return False
        return nearest(text, start, _PHONE_OR_ACCOUNT) == "account"

    def has_context(self, text: str, start: int, end: int) -> bool:
        return PHONE_WORDS.before(text, start) or _in_link(text, start)


# A business's line: "info lebih lanjut call (0274) 555 120", "hotline kantor (021) ...".
_SERVICE_LINE_BEFORE = Keywords(
    "info", "informasi", "hotline", "call center", "callcenter", "customer service", "cs",
    "layanan", "pengaduan", "reservasi", "reservation", "front desk",
    # ("contact us", but not "US number (646) ...", the United States)
    "resepsionis", "klinik", "rs", "rumah sakit", "apotek", "toko", "kami", "our", "(?-i:us)",
    "emergency line", "emergency call", "emergency number", "igd", "ugd", "ambulans",
    "ambulance", "hospital", "clinic",
    # an outlet's, a guard post's or a building manager's line: "telp outlet (031) ..."
    "outlet", "satpam", "security", "pengelola", "management",
    # an official line or a front office's: "our official line +62 21 ...", "Questions? Call
    # ...", "contact the front office at ...", "Hubungi admin di nomor kantor (0274) ..." (a
    # person's own office line, "telp kantor 021-...", stays masked)
    "official", "resmi", "questions", "pertanyaan", "front office", "admin",
    # a marketing office's, a lobby's or a desk's line, and a business's "silakan hubungi ..."
    "marketing", "lobby", "lobi", "desk", "silakan", "silahkan",
    # a school's office, a hotel's reception: "Nomor sekolah (021) ...", "hubungi reception ..."
    "sekolah", "school", "reception", "receptionist",
    # a fax, a helpdesk's or a switchboard's line: "Fax: +65 6221 7799", "Helpdesk: (022) ..."
    "fax", "faks", "facsimile", "helpdesk", "help desk", "switchboard", "general line",
    "main line",
)  # fmt: skip


# A business's service channel labelled right before a mobile number: "Antrian online:
# 0811-...", "Hotline: 0812-...", "Call center 0811...": the shop's line, not a person's.
_SERVICE_CHANNEL_BEFORE = regex.compile(
    r"(?i:\b(?:antri(?:an)?|antrean|antre)[ \t]+online|pendaftaran[ \t]+online|hotline"
    r"|call[ \t]?cent(?:er|re)|customer[ \t]+(?:service|care)|layanan[ \t]+(?:pelanggan|konsumen)"
    r"|pengaduan|helpdesk|help[ \t]+desk"
    # "WA resmi: 0811-...", "official WhatsApp 0812-...": a business's published number
    r"|(?:wa|whatsapp|nomor|no|kontak|contact|line)[ \t]+(?:resmi|official)"
    r"|(?:resmi|official)[ \t]+(?:wa|whatsapp|nomor|number|kontak|contact))"
    r"(?:[ \t]+\p{L}{1,12}){0,2}[ \t]*[:=-]?[ \t]*\Z"
)
_SERVICE_CHANNEL_WINDOW = 50


# A shop's admin right before the number: "Hub admin 0811-...", "WA admin toko: 0812-...".
_SHOP_ADMIN_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\d])admin(?:[ \t]+(?:toko|olshop|shop|kami|resmi|official))?"
    r"[ \t]*[:=-]?[ \t]*\Z"
)


def _after_service_channel(text: str, start: int) -> bool:
    window_start = max(0, start - _SERVICE_CHANNEL_WINDOW)
    return (
        _SERVICE_CHANNEL_BEFORE.search(text, window_start, start) is not None
        or _SHOP_ADMIN_BEFORE.search(text, window_start, start) is not None
    )


class MobilePhoneRecognizer(_PhoneRecognizer):
    """Indonesian mobile number (known operator prefix), local or with 62 / +62."""

    def reject(self, text: str, start: int, end: int) -> bool:
        return _after_service_channel(text, start) or super().reject(text, start, end)

    PATTERNS = (
        Pattern("Mobile (08..)", _START_OR_AFTER_LABEL + "0" + _MOBILE_REST + NUMBER_END, 0.7),
        Pattern("Mobile (0 8.., 08 1..)", NUMBER_START + f"(?:{_SPLIT_MOBILE})" + NUMBER_END, 0.7),
        Pattern(
            "Mobile ((08..))",
            NUMBER_START + rf"\(08[1-9]\d{{1,2}}\)(?:{_GROUP_SEP}?\d{{2,5}}){{1,3}}" + NUMBER_END,
            0.7,
        ),
        Pattern(
            "Mobile (+62 8..)",
            # "(+62) 812..." but not the bracket that opens "(+62 812 ...)"
            # ... and "0062 812..." as dialled from abroad
            NUMBER_START
            + r"(?:\(\+62\)|\+62|0062|62)[ .-]?(?:\(0\) ?|0)?"
            + _MOBILE_REST
            + NUMBER_END,
            0.7,
        ),
        # groups parted by slashes, as some type them: "0812/6401/2287", "0813-7012/4456"
        # (not a list of prefixes: "0812/0813/0857")
        Pattern(
            "Mobile (slashes)",
            NUMBER_START
            + r"08[1-9]\d{1,2}(?:/(?!08)\d{3,4}[/-]|-\d{3,4}/)(?!08)\d{3,5}"
            + NUMBER_END,
            0.7,
        ),
        # broken over lines, a group on each ("0856\n4411\n2730", "0813-\n2256-\n7081"):
        # only after phone words
        Pattern(
            "Mobile (over lines)",
            NUMBER_START + r"08[1-9]\d{1,2}(?:[ \t]*-?[ \t]*\n[ \t]*\d{3,5}){2,3}" + NUMBER_END,
            0.2,
        ),
        # the national number without its 0 ("wa ku 812-3456-7890"): only after phone words
        Pattern("Mobile (8..)", NUMBER_START + NOT_AFTER_PLUS + _MOBILE_REST + NUMBER_END, 0.2),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        # The longest run of whole digit groups that is a number of a valid length; groups
        # left over must follow a space ("0812 3456 7890 15 menit"), or a spaced dash where
        # the number has none ("0813 4400 7211 - 15 kg" in a list), not a dash or dot that
        # continues the number ("0812-3456-7890-1234" is an order number).
        candidate = match.group()
        for run in reversed(list(_DIGIT_RUN.finditer(candidate))):
            rest = candidate[run.end() :]
            if rest and not (
                _SPACE_THEN_DIGIT.match(rest)
                or (_SPACED_DASH_THEN_DIGIT.match(rest) and "-" not in candidate[: run.end()])
            ):
                return
            if self.validate_result(candidate[: run.end()]):
                yield match.start(), match.start() + run.end()
                return

    def validate_result(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        # without the country code as written ("+62", "(+62)", "0062"), then the trunk 0
        if pattern_text.lstrip("(+0").startswith("62"):
            number = number.removeprefix("00")[2:]
        national = number.removeprefix("0")
        return 9 <= len(national) <= 12 and national[:3] in MOBILE_PREFIXES


# A named business earlier in the same line: "Bengkel Jaya Motor, Jl. ..., telp (022) ...".
_NAMED_BUSINESS = regex.compile(
    r"(?<![\p{L}\d])(?i:bengkel|toko|warung|apotek|apotik|klinik|hotel|restoran|resto"
    r"|rumah[ \t]+makan|kafe|cafe|salon|laundry|optik|showroom|dealer|outlet|cabang|kantor"
    r"|gudang|pabrik|rumah[ \t]+sakit|rs|puskesmas|sekolah|kampus|universitas|pt|cv|bank)"
    # its name: capitalised words, a person's among them ("Warung Makan Bu Tini"), up to a
    # sentence's end ("Puskesmas Kalasan. Keluarga ...")
    r"\.?(?:[ \t]+\p{Lu}[\p{L}'&-]*(?:\.\p{L}[\p{L}'&-]*)*)+\.?"
)
# ... unless the number is said to be a home or private line ("telp rumah (022) ..."), or a
# person is named after the business ("di kantor PT X. CP: Bu Rina (021) ...").
_PRIVATE_LINE_BEFORE = Keywords(
    r"rumah(?!\s+sakit)", "pribadi", "home", "private", "saya", "sy", "aku", "gw", "gue", "gua",
    "me", "my", "hp",  # (a fixed line given as one's "HP": "HP 0361 422 918")
    # a person's own desk line: "Direct line (021) 2995 7714 ext. 310", "saluran langsung",
    # "Desk phone: (021) ...", "desk +62 542 ..." (not a business's "front desk")
    "direct", "langsung", r"(?<!\p{L}[ \t])desk", "my desk",
)  # fmt: skip
_PRIVATE_LINE_WINDOW = 24
# ... or in brackets after it: "Callback: 021 7654 3210 (home)".
_PRIVATE_LINE_AFTER = regex.compile(
    r"(?i)[ \t]*[(\[][ \t]*(?:rumah|home|pribadi|private|personal|hp|mobile|direct|langsung"
    # a person's own desk: "(meja sy)", "(my desk)"
    r"|meja[ \t]+(?:sy|saya|aku|gw)|my[ \t]+desk)[ \t]*[)\]]"
)
_PERSON_CUES = Keywords(
    "cp", "contact person", "kontak person", "narahubung", "pic", r"a\.n\.?", "an", "atas nama",
    "bu", "ibu", "pak", "bapak", "mbak", "mba", "mas", "kak", "bang", "sdr", "sdri", "mr", "mrs",
    "ms", "keluarga", "family",
)  # fmt: skip
_NAMED_BUSINESS_WINDOW = 120


def _named_business_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - _NAMED_BUSINESS_WINDOW)
    ends = [m.end() for m in _NAMED_BUSINESS.finditer(text, window_start, start)]
    return bool(ends) and not _PERSON_CUES.before(text, start, window=start - ends[-1])


# The end of a sentence: words of a business before it speak of something else ("patokannya
# depan pos satpam. nanti telpon aja (021) ...").
_SENTENCE_END = regex.compile(r"[.!][ \t]+")


def _business_line(text: str, start: int, end: int) -> bool:
    """Whether a fixed line is a business's public number: after words of a business in the
    same sentence or a named business, unless said to be a home or private line (in brackets
    after it, or by a word nearer to it than any business's word)."""
    if _PRIVATE_LINE_AFTER.match(text, end):
        return False
    window_start = max(0, start - CONTEXT_WINDOW)
    for sentence_end in _SENTENCE_END.finditer(text, window_start, start):
        window_start = sentence_end.end()
    # the nearer word decides: "Kantor sy (021) 7278 1212 fax (021) 7278 1213"
    private = _PRIVATE_LINE_BEFORE.last_end(text, start, window=_PRIVATE_LINE_WINDOW)
    service = _SERVICE_LINE_BEFORE.last_end(text, start, window=start - window_start)
    if private >= 0 and private >= service:
        return False
    return service >= 0 or _named_business_before(text, start)


_FOUR_DIGIT_AREA = regex.compile(r"\(?0\d{3}(?!\d)")


class LandlinePhoneRecognizer(_PhoneRecognizer):
    """Indonesian fixed-line number with its area code: (021) 555-1234, 0274-512345."""

    PATTERNS = (
        Pattern(
            "Landline (area code in brackets)",
            NUMBER_START + r"\(" + _AREA + r"\)[ .-]?" + _SUBSCRIBER + NUMBER_END,
            0.5,
        ),
        Pattern(
            "Landline (separated)",
            _START_OR_AFTER_LABEL + _AREA + _LANDLINE_SEP + _SUBSCRIBER + NUMBER_END,
            0.5,
        ),
        # without separators a 10-11 digit number starting 02.. could be anything: need context
        Pattern("Landline (digits only)", NUMBER_START + _AREA + r"\d{6,8}" + NUMBER_END, 0.2),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        yield match.start(), _with_extension(match.string, match.end())

    def validate_result(self, pattern_text: str) -> bool:
        # (a small town's four-digit area code may have a five-digit number: "0634 21 447")
        low = 9 if _FOUR_DIGIT_AREA.match(pattern_text) else 10
        return low <= len(digits(_EXTENSION_AT_END.sub("", pattern_text))) <= 11

    def reject(self, text: str, start: int, end: int) -> bool:
        return super().reject(text, start, end) or _business_line(text, start, end)


# A landline's extension: "ext. 214", "psw 12", "x214", "x 4410" (not "x 3 kali", thrice).
_EXTENSION = (
    r"[ \t]*,?[ \t]*(?:(?i:ext|extension|ekst|psw|pes)\.?[ \t]*|x(?:[ \t](?=\d{2}))?)\d{1,5}"
)
_EXTENSION_AFTER = regex.compile(_EXTENSION + r"(?![\p{L}\d])")
_EXTENSION_AT_END = regex.compile(_EXTENSION + r"\Z")


def _with_extension(text: str, end: int) -> int:
    """The end of a number with its extension, if one follows: "(021) 2955 8710 ext. 214"."""
    extension = _EXTENSION_AFTER.match(text, end)
    return extension.end() if extension else end


# A phone word right after the number: "+44 7700 912 458 on WhatsApp", "+65 8123 4567 (WA)".
_PHONE_WORDS_AFTER = regex.compile(
    r"[ \t]*[(\[-]?[ \t]*(?:(?i:on|via|di|lewat|by|for|utk|untuk|buat)[ \t]+)?"
    r"(?i:wa|whatsapp|whatsap|telegram|signal|viber|line|hp|mobile|cell|phone|sms|call|telp"
    r"|telepon)(?![\p{L}\d])"
)


def parse_international(value: str) -> phonenumbers.PhoneNumber | None:
    """A "+" number as libphonenumber reads it, or None."""
    try:
        return phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return None


def _fixed_line(value: str) -> bool:
    """Whether libphonenumber reads a +CC number as a fixed line (not a mobile, nor either)."""
    number = parse_international(value)
    return (
        number is not None
        and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE
    )


# A country code, then at least eight digits in groups of two to six parted by spaces or dashes.
_GROUPED_INTERNATIONAL = regex.compile(r"\+[1-9]\d{0,2}(?=(?:[ -]?\d){8})(?:[ -]\d{2,6}){2,5}")


class InternationalPhoneRecognizer(_PhoneRecognizer):
    """Any number written with + and a country code, checked with libphonenumber."""

    def reject(self, text: str, start: int, end: int) -> bool:
        # "Hotline +60 3-2116 ...": an embassy's or a company's line
        if _after_service_channel(text, start) or super().reject(text, start, end):
            return True
        # "contact us at +65 6221 4400": a company's fixed line, as a local one would be
        return _business_line(text, start, end) and _fixed_line(text[start:end])

    PATTERNS = (
        # "(+44) 7700 ...", but not the bracket that opens "(+44 7700 ...)"; a line may break
        # between its groups ("+61 412\n938 557")
        Pattern(
            "International (+CC)",
            r"(?<![\p{L}\d_+])(?:\(\+[1-9]\d{0,2}\)|\+[1-9])(?:[\d() .-]|\n(?=\d)){5,22}\d",
            0.6,
        ),
        # ... or with the international prefix 00 for "+", its country code set apart
        # ("00966 54 880 2143", "0062-21-8641-5532"; Indonesia's "0062 8..." is a mobile's form)
        Pattern(
            "International (00CC)",
            r"(?<![\p{L}\d_+.,/-])00(?!62[ .-]?8)[1-9]\d{0,2}[ .-](?:[\d .-]|\n(?=\d)){5,20}\d",
            0.6,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        # The pattern may run on into the next number ("+65 9123 4567 15 menit"): take the
        # longest run of whole digit groups that libphonenumber accepts. After a phone word,
        # a number of a possible length is enough (numbers reserved for fiction, new ranges);
        # so after "number": "Please add my number for school updates: +44 7700 900123"; so
        # is a number in a phone's digit groups ("Rebecca Stone, +44 7911 623 048").
        candidate = match.group().replace("\n", " ")  # (libphonenumber reads no line break)
        if candidate.startswith("00"):
            if not _dialled_abroad(match.string, match.start()):
                return
            candidate = "+ " + candidate[2:]  # (as long: the ends below stay true)
        ends = [m.end() for m in regex.finditer(r"\d+", candidate)]
        numbers = []
        for end in reversed(ends):
            try:
                numbers.append((end, phonenumbers.parse(candidate[:end], None)))
            except phonenumbers.NumberParseException:
                continue
        valid = [end for end, number in numbers if phonenumbers.is_valid_number(number)]
        # a line break ends a number already whole before it ("+62 812 3456 7890\n2. Budi")
        line_break = match.group().find("\n")
        whole = [end for end in valid if line_break == -1 or end <= line_break]
        if valid:
            yield match.start(), _with_extension(match.string, match.start() + (whole or valid)[0])
            return
        worded = (
            PHONE_WORDS.before(match.string, match.start())
            or NUMBER_WORDS.before(match.string, match.start())
        ) or any(_PHONE_WORDS_AFTER.match(match.string, match.start() + end) for end, _ in numbers)
        for end, number in numbers:
            if phonenumbers.is_possible_number(number) and (
                worded or _GROUPED_INTERNATIONAL.fullmatch(candidate, 0, end)
            ):
                yield match.start(), match.start() + end
                return


def _dialled_abroad(text: str, start: int) -> bool:
    """Whether a number after the prefix 00 is one dialled abroad: after phone words or near
    a country's name ("keluarga di Saudi: ..., 00966 54 880 2143"), not a group of a longer
    number ("token 5123 8841 0092 7731 4420") nor after "No." ("KPR No. 0045-22-118830")."""
    if _GROUP_BEFORE.search(text, max(0, start - 2), start):
        return False
    return (
        PHONE_WORDS.before(text, start)
        or _COUNTRY_NAMED.search(text, *_country_window(text, start, start)) is not None
    )


# A phone label right before a number: "phone (65) 8123 4490", "hp: (852) 6123 4567". An
# English one may precede a number with a trunk 0 that is no Indonesian mobile, as people
# from abroad write their home numbers ("phone 04 1288 3390", "call me at 07700 900123"); an
# Indonesian one before "021-500-123" speaks of an Indonesian line.
_ENGLISH_PHONE_LABELS = (
    r"phone|mobile|cell(?:phone)?|(?:call|text|reach|contact)[ \t]+me(?:[ \t]+(?:at|on))?|tel"
    r"|landline"
    r"|(?:my|her|his|their|our|us|uk|au|sg|jp|kr|hk|tw)[ \t]+number"
)
_INDONESIAN_PHONE_LABELS = r"tel|telp|tlp|hp|handphone|wa|whatsapp"


def _label_before(labels: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i)(?<![\p{{L}}\d])(?:{labels})"
        r"(?:[ \t]+(?:number|no\.?|nomor|is|now|changed[ \t]+to))*[ \t]*[:=]?[ \t]*\Z"
    )


_PHONE_LABEL_BEFORE = _label_before(f"{_ENGLISH_PHONE_LABELS}|{_INDONESIAN_PHONE_LABELS}")
_ENGLISH_PHONE_LABEL_BEFORE = _label_before(_ENGLISH_PHONE_LABELS)
# ... or a country named in brackets right after it, as migrant workers give their numbers
# abroad: "HP Korea 010-4471-2093 (+82)", "nomer baru sy 0987-114-236 (taiwan)". Each name
# with its region, for numbers valid in a country the message speaks of (below).
_COUNTRY_REGIONS = {
    "taiwan": "TW", "hong kong": "HK", "hongkong": "HK", "hk": "HK", "malaysia": "MY",
    "singapura": "SG", "singapore": "SG", "korea": "KR", "korsel": "KR", "jepang": "JP",
    "japan": "JP", "saudi": "SA", "arab saudi": "SA", "qatar": "QA", "uae": "AE", "dubai": "AE",
    "brunei": "BN", "australia": "AU", "aussie": "AU", "netherlands": "NL", "belanda": "NL",
    "inggris": "GB", "england": "GB", "united kingdom": "GB", "usa": "US", "amerika": "US",
    "america": "US", "germany": "DE", "jerman": "DE",
    # and the cities people write from
    "riyadh": "SA", "jeddah": "SA", "jedah": "SA", "mekkah": "SA", "makkah": "SA",
    "madinah": "SA", "seoul": "KR", "busan": "KR", "incheon": "KR", "ansan": "KR",
    "tokyo": "JP", "osaka": "JP", "nagoya": "JP", "narita": "JP", "kuala lumpur": "MY",
    "johor": "MY", "penang": "MY", "selangor": "MY", "taipei": "TW", "taichung": "TW",
    "kaohsiung": "TW",
    "kowloon": "HK", "doha": "QA", "abu dhabi": "AE", "amsterdam": "NL", "rotterdam": "NL",
    "den haag": "NL", "utrecht": "NL", "delft": "NL", "sydney": "AU", "melbourne": "AU",
    "perth": "AU", "london": "GB", "berlin": "DE", "brisbane": "AU", "adelaide": "AU",
    "darwin": "AU", "canberra": "AU", "hobart": "AU", "gold coast": "AU",
    "mongkok": "HK", "mong kok": "HK", "causeway bay": "HK", "tsim sha tsui": "HK",
    "sha tin": "HK", "tsuen wan": "HK", "yuen long": "HK", "wan chai": "HK", "tuen mun": "HK",
    "kwun tong": "HK", "sabah": "MY", "sarawak": "MY", "kuching": "MY", "kota kinabalu": "MY",
    "tawau": "MY", "sandakan": "MY", "lahad datu": "MY", "ipoh": "MY", "melaka": "MY",
    "malacca": "MY", "klang": "MY", "shah alam": "MY", "petaling jaya": "MY",
    "taoyuan": "TW", "tainan": "TW", "hsinchu": "TW", "changhua": "TW", "keelung": "TW",
    "hamamatsu": "JP", "yokohama": "JP", "kyoto": "JP", "kobe": "JP", "fukuoka": "JP",
    "saitama": "JP", "chiba": "JP", "ibaraki": "JP", "aichi": "JP", "gifu": "JP",
    "shizuoka": "JP", "daegu": "KR", "daejeon": "KR", "gwangju": "KR", "ulsan": "KR",
    "suwon": "KR", "gimhae": "KR", "changwon": "KR", "pyeongtaek": "KR", "gyeonggi": "KR",
    "dammam": "SA", "taif": "SA", "thaif": "SA", "khobar": "SA",
}  # fmt: skip
_COUNTRIES = "|".join(_COUNTRY_REGIONS)
# (or its code or people's word, with more words after it: "(JP)", "(SG number, add +65)",
# "(that's my Malaysian number)")
_COUNTRY_AFTER = regex.compile(
    rf"(?i)[ \t]*\((?:that'?s[ \t]+my[ \t]+)?(?:\+[1-9]\d{{0,2}}\b|(?:{_COUNTRIES}|jp|sg|my|au"
    r"|kr|tw|us|uk|nz|malaysian|singaporean|japanese|korean|taiwanese|australian|american"
    r"|british)\b(?![ \t]*(?:office|branch|kantor|cabang)))"
)
# ... or a country named in the label: "No hp korea sy 010-4829-3316", "Taiwan number: ...",
# "Mobile (Japan): ...", "no sg 9876 2214"; or the number said to be one from where the
# writer is: "no sy disini 011-2345 6098", "no HP sy disana 080-5591-2206".
_COUNTRY_LABEL_BEFORE = regex.compile(
    rf"(?i)(?<![\p{{L}}\d])(?:(?:{_ENGLISH_PHONE_LABELS}|{_INDONESIAN_PHONE_LABELS})"
    rf"(?:[ \t]+(?:number|no\.?|nomor))?[ \t]+(?:{_COUNTRIES}|\((?:{_COUNTRIES})\))"
    rf"|(?:{_COUNTRIES})[ \t]+(?:number|no\.?|nomor|phone|mobile)"
    r"|(?:no|nomor|nomer|nmr)\.?[ \t]+(?:sg|my|hk|tw|jp|kr|au|uk|msia)"
    r"|(?:no|nomor|nomer|nmr|hp|wa)(?:[ \t]+(?:hp|wa))?(?:[ \t]+(?:sy|saya|aku|gw|gue|ku))?"
    r"[ \t]+di[ \t]?(?:sini|sana))"
    r"(?:[ \t]+(?:sy|saya|aku|gw|gue|ku|my))?[ \t]*[:=]?[ \t]*\Z"
)
# A country named anywhere near, by name or by a "+" number's code: a number in that country's
# local form and valid there is a phone ("Farah Aziz, +60 12-338 7401 or my husband Imran
# 019-552 0933"; "my employer in the Netherlands ... Sanne de Vries, 06-21439987").
# (also with a possessive: "HP jepangnya 090-...")
_COUNTRY_NAMED = regex.compile(
    rf"(?i)(?<![\p{{L}}\d])(?P<country>{_COUNTRIES})(?:nya)?(?![\p{{L}}\d])"
)
_COUNTRY_CODE = regex.compile(r"(?<![\p{L}\d+])\+([1-9]\d{0,2})[ .-]?\d")
_COUNTRY_CODE_BEFORE = regex.compile(r"\+[1-9]\d{0,2}[ .-]?\Z")
_NAMED_COUNTRY_WINDOW = 300


def _country_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a country named for the number at ``start:end`` is looked for."""
    return max(0, start - _NAMED_COUNTRY_WINDOW), min(len(text), end + _NAMED_COUNTRY_WINDOW)


def _named_regions(text: str, start: int, end: int) -> set[str]:
    """The foreign countries named near a number, by name or by a "+" number's code."""
    window = _country_window(text, start, end)
    named = _COUNTRY_NAMED.finditer(text, *window)
    regions = {_COUNTRY_REGIONS[m["country"].lower()] for m in named}
    regions |= {
        phonenumbers.region_code_for_country_code(int(m.group(1)))
        for m in _COUNTRY_CODE.finditer(text, *window)
    }
    return regions - {"ID", "ZZ"}


def _valid_in_named_country(text: str, start: int, end: int) -> bool:
    if _COUNTRY_CODE_BEFORE.search(text, max(0, start - 6), start):
        return False  # the rest of a "+" number: "+65 9123 4567"
    value = text[start:end]
    for region in _named_regions(text, start, end):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# A North American number with its area code in brackets, which no Indonesian area code is
# like (they start with 0): "Jessica Nguyen (206) 555-0187".
_NORTH_AMERICAN = regex.compile(r"\([2-9]\d{2}\)[ \t]?[2-9]\d{2}-\d{4}")
# A Korean or Japanese mobile in its local form, which no Indonesian number is like (mobiles
# start 08 and are not grouped 3-4-4 after 080; no area code is 010 or 070-090): "HR: Kim
# Min-jung 010-4421-7783", "hp 070-3381-9025".
_EAST_ASIAN_MOBILE = regex.compile(r"(?:01[016-9]|0[789]0)-\d{3,4}-\d{4}")
_DATE = regex.compile(r"\d{1,2}[ ./-]\d{1,2}[ ./-](?:19|20)\d{2}")
_FOUR_AND_FOUR = r"[2-9]\d{3}[ -]\d{4}"
_CHINESE_MOBILE = r"1[3-9]\d[ -]?\d{4}[ -]?\d{4}"
# A local form's groups inside a longer run of them are no phone: "token 5817 2930 4418 2265
# 0193", "AWB 1Z 999 AA1 01 2345 6784".
_GROUP_BEFORE = regex.compile(r"\d[ .-]\Z")
_GROUP_AFTER = regex.compile(r"[ .-]\d")


class LabelledPhoneRecognizer(_PhoneRecognizer):
    """A foreign number in its local form right after a phone label or before its country in
    brackets: 9-12 digits in groups, after a bracketed country code ("(65) 8123 4490") or a
    trunk 0 ("04 1288 3390", "010-4471-2093 (+82)"), or eight digits in two fours."""

    PATTERNS = (
        Pattern(
            "Phone after its label",
            NUMBER_START
            + r"(?:\((?:[1-9]\d{0,2}|0[1-9])\)[ \t]?|0(?!8[1-9]))\d{1,4}(?:[ .-]\d{2,8}){1,3}"
            + NUMBER_END,
            0.2,
        ),
        # Hong Kong's and Singapore's eight digits, in two fours: "My mum's mobile 9273 5108"
        Pattern("Phone after its label (4 + 4)", NUMBER_START + _FOUR_AND_FOUR + NUMBER_END, 0.2),
        # a Korean or Japanese mobile in its local form, which no Indonesian number is like
        # (its shape is its context: ``has_context``), scored to outrank an account's reading
        # of the same digits ("rek Nonghyup sy ... HP Korea 010-7713-2946"); the phone's own
        # reject still gives it to an account after an account word
        Pattern(
            "Phone after its label (Korea, Japan)",
            NUMBER_START + _EAST_ASIAN_MOBILE.pattern + NUMBER_END,
            0.35,
        ),
        # a Chinese mobile, which has no trunk 0: "mobile 138 2745 0916"
        Pattern("Phone after its label (China)", NUMBER_START + _CHINESE_MOBILE + NUMBER_END, 0.2),
    )

    def validate_result(self, pattern_text: str) -> bool:
        if regex.fullmatch(_FOUR_AND_FOUR, pattern_text) or regex.fullmatch(
            _CHINESE_MOBILE, pattern_text
        ):
            return True
        return 9 <= len(digits(pattern_text)) <= 12 and not _DATE.fullmatch(pattern_text)

    def reject(self, text: str, start: int, end: int) -> bool:
        return (
            super().reject(text, start, end)
            or _business_line(text, start, end)
            or _GROUP_BEFORE.search(text, max(0, start - 2), start) is not None
            or _GROUP_AFTER.match(text, end) is not None
        )

    def has_context(self, text: str, start: int, end: int) -> bool:
        if (
            _COUNTRY_AFTER.match(text, end)
            or _COUNTRY_LABEL_BEFORE.search(text, max(0, start - 40), start)
            or _NORTH_AMERICAN.fullmatch(text, start, end)
            or _EAST_ASIAN_MOBILE.fullmatch(text, start, end)
            or _valid_in_named_country(text, start, end)
        ):
            return True
        label = _PHONE_LABEL_BEFORE if text[start] == "(" else _ENGLISH_PHONE_LABEL_BEFORE
        return label.search(text, max(0, start - 30), start) is not None


class CountryCodeWithoutPlusRecognizer(_PhoneRecognizer):
    """A foreign number typed with its country code but no "+", as a chat app shows it
    ("yg lama +60 11-2391 4670 hilang. skrg pake 601139827714"): valid with the "+" put back,
    and in a country the message names (by name or by another number's code)."""

    PATTERNS = (
        Pattern("International (no +)", NUMBER_START + r"(?!62)[1-9]\d{9,12}" + NUMBER_END, 0.2),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return _region_of("+" + pattern_text) is not None

    def has_context(self, text: str, start: int, end: int) -> bool:
        return _region_of("+" + text[start:end]) in _named_regions(text, start, end)


def _region_of(value: str) -> str | None:
    """The region of a valid "+" number, or None."""
    number = parse_international(value)
    if number is None or not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.region_code_for_number(number)


def recognizers() -> list[EntityRecognizer]:
    return [
        MobilePhoneRecognizer(),
        LandlinePhoneRecognizer(),
        InternationalPhoneRecognizer(),
        LabelledPhoneRecognizer(),
        CountryCodeWithoutPlusRecognizer(),
    ]
