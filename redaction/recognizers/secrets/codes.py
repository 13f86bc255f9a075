"""Codes: PINs, OTPs, recovery and card security codes, codes given later, tax EFINs."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.context import ContextPatternRecognizer, digits
from redaction.recognizers.identifiers import luhn_valid
from redaction.recognizers.secrets.patterns import ENCLITIC, FILLERS, HOTLINE_BEFORE

_CODE_KEYWORD = (
    r"(?i:\b(?:pin|m-?pin|otp|kode ?otp|kode ?verifikasi|kode ?verif|kode ?aktivasi"
    r"|kode ?keamanan|verification ?code|security ?code|tac|2fa|(?:2fa ?)?backup ?codes?"
    r"|recovery ?codes?|kode ?(?:cadangan|pemulihan|backup|recovery)"
    # a SIM card's unblocking key: "kode PUK 44820917"
    r"|kode ?puk|puk ?(?:code|kode|1|2)?"
    r"|kode ?(?:ambil|pengambilan|pickup|akses|pintu|brankas|rahasia|pin|sandi)|secret ?code"
    r"|pickup ?code|access ?code|door ?code|pin ?code|key ?code"
    # codes of locks, gates, alarms and keypads: "smart lock code", "kode gerbang baru"
    r"|(?:(?:smart ?)?lock|gate|alarm|keypad|unlock|garage|locker|safe|padlock"
    r"|(?:key ?|lock ?)?box) ?(?:code|pin)|activation ?code"
    r"|kode ?(?:gate|gerbang|pagar|kunci|alarm|loker|garasi|gembok|(?:smart ?)?lock)"
    r"|one[ -]?time ?(?:code|password|pin|passcode)|kode ?sekali ?pakai"
    r"|(?:log ?in|sign[ -]?in) ?code|authenticator|authy"
    r"|kode ?(?:login|masuk|konfirmasi|confirmation)"
    # a code known by its length or by the SMS it came in: "kode 6 digit nya", "kode dr SMS"
    r"|kode ?\d ?(?:digit|angka)|\d[ -]?digits? ?(?:code|combo|combination|pin)"
    r"|angka ?(?:verifikasi|otp)"
    # a bank token's response: "token response terakhir 70418832"
    r"|token ?respon(?:se)?|respon(?:se)? ?token|kode ?respon(?:se)?|kode ?token|token ?code"
    r"|token ?(?:transaksi|transaction)"
    # ... or the token device itself: "internet banking token shows 552 019", "KeyBCA appli 1"
    r"|key ?bca|(?:internet|mobile|m|i)[ -]?banking ?token|(?:hard|soft)[ -]?token"
    r"|token ?(?:bca|mandiri|bni|bri|bank)|appli ?[12]"
    r"|kode ?(?:dari|dr|via|lewat) ?sms|sms ?code"
    r"|kunci ?(?:brankas|gembok|loker|pintu|koper)"
    r"|kombinasi ?(?:gembok|brankas|koper|loker|lemari|pintu|locker)"
    # a phone's or laptop's screen lock: "kunci layar 4455", "screen lock pin 1029"
    r"|(?:kunci|sandi|pin|kode) ?layar|screen ?lock(?: ?(?:pin|code))?|lock ?screen(?: ?pin)?"
    r"|pola ?(?:kunci|layar|buka)|pattern ?lock))"
)
# The codes that open an account (not those of a booking, a promo or a parcel) ...
_ACCOUNT_CODE_KEYWORD = (
    r"(?i:\b(?:kode ?(?:otp|verifikasi|verif|aktivasi|keamanan|login|masuk)"
    r"|(?:verification|activation|security|login) ?codes?|otp|2fa"
    # the act before the code: "Aktivasi m-banking dengan kode: KQ7-221-XM"
    r"|(?:aktivasi|verifikasi|activate|verify)[^\n.]{0,30}?(?:dengan|with|pakai|using)[ \t]+"
    r"(?:kode|code)(?![ \t]+(?:promo|voucher|diskon|discount|referral|kupon|coupon))))"
)
# ... among them those that restore it: "backup codes", "kode pemulihan", "recovery key".
_RECOVERY_CODE_KEYWORD = (
    r"(?i:\b(?:kode ?(?:cadangan|pemulihan|backup|recovery)"
    r"|(?:2fa[ \t]*)?(?:backup|recovery|pemulihan|cadangan)[ \t]*(?:codes?|kode|key)))"
)
# A code: 4-8 digits, or two groups of 3-4 ("482 913", "8841-2290"), of 4 and 2, or three of 3.
# A code typed digit by digit: "7 2 9 0 1 4".
# ... or in pairs: "55 12 09".
# ... or one character at a time with dashes, as a pattern lock is told: "L-Z-7-1-4".
_CODE_VALUE = (
    # not the digits of a lettered code ("PK-482019" is a pickup or booking reference)
    r"(?<!\p{L}-)(?P<value>\d(?:[ ]\d){3,7}|\d{2}(?:[ ]\d{2}){2,3}|\d{3}[ ]\d{3}[ ]\d{3}"
    r"|\d{3,4}[ -]\d{3,4}"
    # a six-digit code split unevenly: "5082 17"
    r"|\d{4}[ ]\d{2}|\d{2}[ ]\d{4}"
    r"|(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:-[A-Za-z0-9]){3,8}"
    r"|\d{4,8}(?:[#*](?![\p{L}\d]))?)"
    r"(?![\p{L}\d]|[.,:/-]\d)"
)
# A digit not far ahead on the line: every code below holds one, so a keyword without one
# is passed over at once (long texts with many keywords and no code stay fast).
_DIGIT_AHEAD = r"(?=[^\n]{0,120}\d)"
# Words, and commas, between a code keyword and its code: "OTP penerimaan, itu kode 5521".
_CODE_FILLERS = r"(?:[ \t]*,?[ \t]+\p{L}{1,15}){0,4}?"


# A code of letters and digits in dashed groups: "GX-77412", "8fk2-1mq9-zz47".
_DASHED_CODE = r"(?=[\w-]*\d)(?=[\w-]*\p{L})[A-Za-z0-9]{2,6}(?:-[A-Za-z0-9]{2,6}){1,7}"
# ... and more of them listed after the first: "8fk2-1mq9-zz47 & p0x1-77ab-kq3c".
# (a space alone will do between them: "a1b2-c3d4 e5f6-g7h8")
_MORE_DASHED_CODES = regex.compile(
    r"(?:[ \t]*(?:,|/|atau|or|dan|and|&|sama|sm|serta)[ \t]*|[ \t]+)("
    + _DASHED_CODE
    + r")(?![\p{L}\d-])"
)
# More codes listed after the first: "6555-2778, 1906-5061", "140887 atau 148087".
_MORE_CODES = regex.compile(
    # a space alone between codes of one grouped shape: "3829-1047 5510-9283"
    r"(?:[ \t]*(?:,|/|atau|or|dan|and|&|sama|sm|serta|plus|terus|trus|lalu)[ \t]*"
    r"|[ \t]+(?=\d{3,4}[ -]\d{3,4}\b)"
    # one code a line: "8841 2290\n5517 0063\n3096 7721"
    r"|[ \t]*\n[ \t]*(?=(?:\d{3,4}[ -]\d{3,4}|\d{4,8})[ \t]*(?:\n|\Z)))"
    r"(?:(?i:kode|code|pin)[ \t]*)?"
    r"(\d{3,4}[ -]\d{3,4}|\d{4,8})(?![\p{L}\d]|[.,:/-]\d)"
)
# Digits that are a quantity, a duration or an amount, not a code ("2x", "5 menit", "150rb").
_NOT_CODE_AFTER = regex.compile(
    r"[ \t]*(?i:x\b|kali|menit|detik|jam|hari|bulan|tahun|rb|ribu|jt|juta|k\b|rupiah|minutes?"
    r"|seconds?|hours?|days?|times)"
)


# An amount's label, not a code's: "kode OTP berlaku 5 menit, total tagihan: 250000".
_AMOUNT_LABEL_BEFORE = regex.compile(
    r"(?i:\b(?:total|tagihan|nominal|jumlah|saldo|harga|biaya|amount|price|balance|tarif))"
    r"\b[^\n\d]{0,15}\Z"
)

# A card's or an account's last digits, printed to name it: "kartu berakhiran 8812".
_LAST_DIGITS_BEFORE = regex.compile(
    r"(?i:\b(?:berakhiran|akhiran|ending(?:[ \t]+(?:in|with))?|ends?[ \t]+(?:in|with)"
    r"|last[ \t]+(?:4|four)(?:[ \t]+digits?)?"
    r"|(?:4|empat)[ \t]+(?:digit|angka)[ \t]+terakhir(?:nya)?))[ \t:]*\Z"
)

# Right after a recovery code's keyword: "recovery key:", "backup codes saya".
_SHORT_GAP = regex.compile(r"(?:[ \t]+(?i:nya|saya|aku|kamu|adalah|is))?[ \t]*:?")


def _far_digit_groups(match: regex.Match[str]) -> bool:
    """Dashed groups of digits only, words away from their keyword: a phone number or an
    order's number ("backup code dikirim ke 0812-3456-7890"), not a recovery code (five
    groups or more are no such number: "recovery key laptop: 112233-445566-...")."""
    if "gap" not in match.re.groupindex or match.group("gap") is None:
        return False
    value = match.group("value")
    return (
        not any(ch.isalpha() for ch in value)
        and value.count("-") < 4
        and not _SHORT_GAP.fullmatch(match.group("gap"))
    )


def _code_after_a_comma(match: regex.Match[str]) -> bool:
    """A dashed code in another clause than its keyword, with no colon to name it: "recovery
    code lewat email ya, bukan COVID-19 hotline"."""
    if "gap" not in match.re.groupindex or match.group("gap") is None:
        return False
    gap = match.group("gap")
    return "," in gap and not gap.rstrip().endswith(":")


# A company's service number, never a code: "1500888", "1500-777", "0800 1 500 500".
_SERVICE_NUMBER = regex.compile(r"1500[ -]?\d{3}|0800(?:[ -]?\d){6,8}")


class OneTimeCodeRecognizer(ContextPatternRecognizer):
    """The digits after a PIN / OTP / verification-code keyword ("kode OTP kamu 482913"),
    and the codes listed after it ("backup code: 6555-2778, 1906-5061")."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "PIN / OTP",
            _CODE_KEYWORD
            + ENCLITIC
            + _DIGIT_AHEAD
            + _CODE_FILLERS
            + r"[ \t]*[:=]?[ \t]*"
            + _CODE_VALUE,
            0.75,
        ),
        # "your OTP for transaction Rp 2.300.000 is 038471", "Backup code Google akun sy, buat
        # jaga2 kl hp hilang: 4821 9930": anything in the same sentence
        # between the keyword and "is"/"adalah"/":" before the code
        Pattern(
            "PIN / OTP (... is)",
            _CODE_KEYWORD
            + _DIGIT_AHEAD
            + r"(?:[^\n.!?]|\.(?=\d)){0,90}?(?:[ \t](?i:is|adalah|yaitu|ialah)|:)[ \t]*"
            + _CODE_VALUE,
            0.75,
        ),
        # the code first, as an SMS puts it: "<#> 882190 adalah kode verifikasi Shopee Anda",
        # "G-552190 is your Google verification code"; or as a chat asks it: "739204 ini
        # kodenya ya?"
        Pattern(
            "Code before its keyword",
            r"(?:(?<![\p{L}\d.,:/-])|(?<=\bG-))(?P<value>\d{4,8}|\d{3} \d{3})[ \t]+"
            r"(?:(?i:adalah|is|merupakan"
            r"|ialah)[ \t]+(?:\p{L}+[ \t]+){0,3}?"
            + _CODE_KEYWORD
            + r"|(?i:ini|itu)[ \t]+(?:"
            + _CODE_KEYWORD
            + r"|(?i:kode|code)[ -]?nya\b))",
            0.75,
        ),
        # "kodenya 481920" (the code just received by SMS); "kode" alone is also a promo
        # or postal code, "kodenya" with digits right after it is the one sent
        Pattern(
            "Code (kodenya)",
            r"(?i:\bkode[ -]?nya)(?:[^\n\d:]{0,30}:|(?:[ \t]+(?i:adalah|yaitu|ya|tuh|ini))?)"
            + r"[ \t]*[:=]?[ \t]*"
            + _CODE_VALUE,
            0.65,
        ),
        # a code of letters and digits in dashed groups, given after the keyword of a code
        # that unlocks an account, in the same sentence: "kode aktivasi: PLX-3829-KQ",
        # "kode verifikasi nya masuk: GX-77412", "recovery code akun sy: 8fk2-1mq9-zz47";
        # a backup or recovery code may be digits only: "recovery key: 4821-7730-1152",
        # a BitLocker key eight groups of six
        Pattern(
            "Account code (dashed groups)",
            r"(?:(?P<recovery>"
            + _RECOVERY_CODE_KEYWORD
            + r")|"
            + _ACCOUNT_CODE_KEYWORD
            + r")"
            + ENCLITIC
            + _DIGIT_AHEAD
            # not the reference of an order or a parcel named before the colon
            + r"(?P<gap>(?:(?!(?i:resi|booking|order|pesanan|invoice|promo|voucher)\b)[^\n.!?:])"
            + r"{0,50}?:|"
            + _CODE_FILLERS
            + r")[ \t]*[:=]?[ \t]*(?P<value>"
            + _DASHED_CODE
            + r"|(?(recovery)\d{4,6}(?:-\d{4,6}){1,7}|(?!)))(?![\p{L}\d-])",
            0.75,
        ),
        # ... or of capitals and digits, not dashed: "a verification code: 8K2Q9W"
        Pattern(
            "Account code (capitals and digits)",
            _ACCOUNT_CODE_KEYWORD
            + ENCLITIC
            + _DIGIT_AHEAD
            + r"(?:[^\n.!?:]{0,30}?:)?[ \t]*[:=]?[ \t]*"
            + r"(?<![\p{L}\d-])(?P<value>(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8})(?![\p{L}\d-])",
            0.7,
        ),
        # a code someone set or changed: "I set the code to 4096", "kode brankas sy ganti
        # jadi 7731"
        Pattern(
            "Code set to",
            r"(?i:\b(?:set|changed?|reset|ganti|diganti|ubah|diubah|bikin|setel|atur|diatur))"
            r"(?:[ \t]+\p{L}{1,10}){0,2}?[ \t]+(?i:code|pin|kode|combo|combination|kombinasi"
            r"|passcode)(?:-?nya)?[ \t]+(?i:to|jadi|jd|ke|menjadi)[ \t]+" + _CODE_VALUE,
            0.7,
        ),
        # a BitLocker recovery key, known by its shape alone: eight groups of six digits
        Pattern(
            "BitLocker recovery key",
            r"(?<![\p{L}\d-])(?P<value>\d{6}(?:-\d{6}){7})(?![\p{L}\d-])",
            0.85,
        ),
        # the code alone on the next line, or as the reply in a pasted chat: "ini OTP nya
        # kak\n884201", "Bot: Please enter the 6-digit code we sent ...\nUser: 305918"
        Pattern(
            "PIN / OTP (next line)",
            _CODE_KEYWORD
            + r"[^\n\d]{0,80}\n[ \t]*(?:\p{L}{2,15}[ \t]*:[ \t]*)?"
            + _CODE_VALUE
            + r"(?=[ \t]*(?:\n|\Z))",
            0.7,
        ),
        # ... also asked about and then given: "cvv nya jg perlu? 062"
        Pattern(
            "Card security code",
            r"(?i:\b(?:cvv2?|cvc2?|csc))"
            + ENCLITIC
            + FILLERS
            + r"[ \t]*[:=?]?[ \t]*(?P<value>\d{3,4})(?![\p{L}\d]|[.,:/-]\d)",
            0.75,
        ),
        # the code given later in the same line: "minta kode OTP via WA. Aku udh kasih 739204"
        Pattern(
            "PIN / OTP (later in the line)",
            _CODE_KEYWORD
            + ENCLITIC
            + _DIGIT_AHEAD
            # a chat's reduplication is no digit of a code: "ga masuk2"
            + r"[^\n\d]{1,60}?(?:(?<=\p{L})2(?![\p{L}\d])[^\n\d]{1,50}?)?"
            + r"(?<![\p{L}\d]|(?i:rp|idr)\.?[ \t]?)"
            + _CODE_VALUE,
            0.6,
        ),
        # "kode" alone with digits right after a verb of giving or asking for it: "diminta
        # kode 887152", "udah sy kasih kodenya 4410", "enter the code 552901" (not "kode pos
        # 40115", "kode promo HEMAT10": a word stands between "kode" and the digits)
        Pattern(
            "Code asked or given",
            r"(?i:\b(?:minta|diminta|dimintain|mintain|kasih|dikasih|kasi|ngasih|kirim|dikirim"
            r"|kirimin|masukin|masukkan|dimasukkan|input|ketik|share|sebutin|sebutkan|bacakan"
            r"|enter|type|give|gave|send|sent|shared|asked[ \t]+(?:for|me[ \t]+for)|using|use"
            r"|pakai|pake)"
            r"(?:[ \t]+(?:sy|saya|aku|gue|gw|me|the|a|lagi|lg|juga|jg|ulang|dia|mereka|them"
            r"|him|her))?(?:[ \t]+(?:the|a))?"
            r"[ \t]+(?:kode|code)(?:[ \t]?-?nya)?(?:[ \t]+(?:ini|itu|tsb|tadi|td|berikut|this))?)"
            r"[ \t]*[:=]?[ \t]*" + _CODE_VALUE,
            0.65,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start, end = match.span("value")
        if _NOT_CODE_AFTER.match(match.string, end):
            return
        if _far_digit_groups(match) or _code_after_a_comma(match):
            return
        if HOTLINE_BEFORE.search(match.string, max(match.start(), start - 30), start):
            return  # "jangan kasih OTP. Call center resmi kami 14045"
        if _SERVICE_NUMBER.fullmatch(match.string, start, end):
            return  # "blokir kartu lewat 1500888"
        if _AMOUNT_LABEL_BEFORE.search(match.string, max(match.start(), start - 30), start):
            return
        if _LAST_DIGITS_BEFORE.search(match.string, max(match.start(), start - 30), start):
            return  # "Ganti PIN. Kartu debit berakhiran 8812 sudah kami catat"
        yield start, end
        lettered = any(ch.isalpha() for ch in match.string[start:end])
        more_codes = _MORE_DASHED_CODES if lettered else _MORE_CODES
        more = more_codes.match(match.string, end)
        while more is not None:
            yield more.span(1)
            more = more_codes.match(match.string, more.end())


_CODE_KEYWORD_REGEX = regex.compile(_CODE_KEYWORD + ENCLITIC)


# Words of an account's security: in a message with one of them, "kode" / "code" alone
# with its digits is the code sent to log in ("dapet SMS kode 551024, akun sy di-hack?").
# (Not a bank's name alone: "kode 8812 masih ada? sy transfer via m-banking" buys a product.)
_ACCOUNT_SECURITY = regex.compile(
    r"(?i:\b(?:sms|otp|log ?in|log ?out|di-?hack|hack(?:ed|er)?|diretas|dibobol"
    r"|verifikasi|verification|password|sandi|penipu(?:an)?|scam(?:mer)?|ngaku|pretending"
    # the warning an SMS with a code carries: "JANGAN BERIKAN KODE INI", "don't share it"
    r"|rahasiakan|jangan[ \t]+(?:berikan|memberikan|kasih|kasi|share|bagikan|sebarkan|beritahu)"
    r"|(?:don'?t|do[ \t]+not|never)[ \t]+share))" + ENCLITIC
)
_ACCOUNT_SECURITY_WINDOW = 200
# "kode" / "code" that names something else: "kode pos", "error code", "promo code".
_OTHER_CODE_BEFORE = (
    r"(?<!(?i:error|err|status|exit|return|http|respon|response|kesalahan|produk|product"
    r"|barang|item|hs|pos|postal|zip|promo|voucher|kupon|coupon|referral|booking|diskon"
    r"|discount|area|kelas|class|course|warna|colou?r|sku|bank|swift|cabang|branch)[ \t]{1,3})"
)
_OTHER_CODE_AFTER = (
    r"(?![ \t]+(?i:pos|promo|voucher|kupon|coupon|referral|booking|diskon|discount|barang"
    r"|produk|product|item|error|area|kelas|warna|bank|transfer|pesanan|order|resi|tiket"
    r"|ticket)\b)"
)
_BARE_CODE = _OTHER_CODE_BEFORE + r"\b(?i:kode|code)(?:[ \t]?-?nya)?(?!\p{L})"
_BARE_CODE_REGEX = regex.compile(_BARE_CODE + _OTHER_CODE_AFTER)
# A code's value: digits as _CODE_VALUE, or letters and digits in dashed groups ("K7Q2-88XD").
_CODE_OR_DASHED_VALUE = r"(?:(?P<value>" + _DASHED_CODE + r")(?![\p{L}\d-])|" + _CODE_VALUE + ")"


class ArrivedCodeRecognizer(OneTimeCodeRecognizer):
    """A code that arrives later in the message its keyword began: "OTP nya ga masuk2 ke hp
    saya 0812..., udah coba 5 kali. Eh udah masuk: 093471", "code never came... got it 5529"."""

    PATTERNS = (
        Pattern(
            "PIN / OTP (arrived later)",
            r"(?<![\p{L}\d])(?i:masuk|dapet|dapat|nyampe|nyampai|datang|dateng|muncul|received"
            r"|arrived|came[ \t]+in|got[ \t]+it|got)"
            r"(?:[ \t]+(?i:nih|kak|min|ya|kok|juga|jg|sekarang|now|kodenya|codenya))?[ \t]*[:=]?"
            r"[ \t]*(?P<value>\d{4,8})(?![\p{L}\d]|[.,:/-]\d)",
            0.65,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        # the code's keyword earlier on the same line, at most 200 characters before
        text = match.string
        line_start = text.rfind("\n", 0, match.start()) + 1
        window = (max(line_start, match.start() - 200), match.start())
        if _CODE_KEYWORD_REGEX.search(text, *window) or _BARE_CODE_REGEX.search(text, *window):
            yield from super().spans(match)


class BareCodeRecognizer(OneTimeCodeRecognizer):
    """A code named only "kode" / "code", in a message about an account's security: "dgn kode
    839201 buat balikin, akun sy di-hack", "ada yg ngaku dr bank minta kode, sy kasih 531907";
    and a code given after its own keyword was asked for ("minta kode aktivasi, sy kirim
    PX8-27QD")."""

    PATTERNS = (
        Pattern(
            "Code (bare, then its value)",
            _BARE_CODE
            + r"(?:[ \t]+(?i:ini|itu|tsb|tadi|td|adalah|is|was|yaitu|ya|tuh))?[ \t]*[:=]?[ \t]*"
            + _CODE_OR_DASHED_VALUE,
            0.65,
        ),
        # the code given after it was asked for: "minta kode yg masuk ke sms, udh sy kasih 7730"
        Pattern(
            "Code given later",
            r"(?P<given>)(?<![\p{L}\d])(?i:kasih|kasi|ngasih|dikasih|kasihkan|kirim|kirimin"
            r"|dikirim|sebutin|sebutkan|nyebutin|bacain|bacakan|gave|give|told|tell|sent|send"
            r"|shared|typed|entered)(?:[ \t]+(?i:sy|saya|aku|gue|gw|udah|udh|sdh|them|him|her"
            r"|it|dia|mereka|kodenya|codenya)){0,2}[ \t]*[:=,]?[ \t]*" + _CODE_OR_DASHED_VALUE,
            0.6,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        text = match.string
        if "given" in match.re.groupindex:
            # a code's word earlier on the same line, at most 200 characters before
            line_start = text.rfind("\n", 0, match.start()) + 1
            window = (max(line_start, match.start() - _ACCOUNT_SECURITY_WINDOW), match.start())
            if _CODE_KEYWORD_REGEX.search(text, *window):
                # the code's own keyword says what it is: "minta kode aktivasi, sy kirim ..."
                yield from super().spans(match)
                return
            if _BARE_CODE_REGEX.search(text, *window) is None:
                return
        around = slice(
            max(0, match.start() - _ACCOUNT_SECURITY_WINDOW), match.end() + _ACCOUNT_SECURITY_WINDOW
        )
        if _ACCOUNT_SECURITY.search(text[around]) is not None:
            yield from super().spans(match)


# What is printed on a card's back, said before "back"/"belakang": "the 3 digit at the",
# "3 angka di", "kode di".
_CARD_BACK_BEFORE = regex.compile(
    r"(?i:\b(?:(?P<count>3|4|three|four|tiga|empat)[ \t-]?(?:digits?|angka|nomor|numbers?)"
    r"|code|kode|angka|nomor|number|digits?))(?:[ \t]+\p{L}{1,10}){0,3}[ \t]+\Z"
)


# A payment card's number in four groups ("4598 0553 0114 0491", "3703 003395 33099").
_CARD_NUMBER_BEFORE = regex.compile(r"(?<!\d)\d{4}[ -]\d{4,6}[ -]\d{4,5}(?:[ -]\d{4})?(?!\d)")


class CardBackCodeRecognizer(ContextPatternRecognizer):
    """A card's security code by where it is printed: "the 3 digit at the back 582", "3 angka
    di belakang kartu: 417", "kode di balik kartu 092"."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Card security code (on the back)",
            r"(?i:\b(?:back|belakang(?:nya)?|balik|blkg))"
            r"(?P<card>(?:[ \t]+\p{L}{1,6})?[ \t]+(?i:kartu|card|kartunya|of[ \t]+the[ \t]+card))?"
            r"(?:[ \t]+(?i:is|are|adalah|nya|ya))?[ \t]*[:=]?[ \t]*"
            r"(?P<value>\d{3,4})(?![\p{L}\d]|[.,:/-]\d)",
            0.75,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        before = _CARD_BACK_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        # "kode" / "nomor" alone must be said to be on the card's back ("nomor belakang 12"),
        # or the card's number must come shortly before ("4598 0553 0114 0491 masa berlakunya
        # 08 27 belakangnya 372")
        if (before is not None and (before.group("count") or match.group("card"))) or any(
            luhn_valid(digits(card.group()))
            for card in _CARD_NUMBER_BEFORE.finditer(
                match.string, max(0, match.start() - 80), match.start()
            )
        ):
            yield match.span("value")


# Backup codes on a line: digits in one or two groups, or dashed letters and digits, one
# alone or several apart ("7H2K-9QXM  P4WD-3LRT", "4821 7730, 9012 5561").
_ONE_CODE = r"(?:\d{4,5}[ -]?\d{3,5}|" + _DASHED_CODE + r")"
_CODE_LINE = rf"[ \t]*{_ONE_CODE}(?:(?:[ \t]{{2,}}|[ \t]*[,;][ \t]*){_ONE_CODE})*[ \t]*"
_CODE_ON_LINE = regex.compile(_ONE_CODE)


class BackupCodeLinesRecognizer(ContextPatternRecognizer):
    """Backup or recovery codes listed one per line under their keyword ("Backup codes for
    ops@... (keep safe):⏎4821 7730⏎9012 5561")."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Backup codes (one per line)",
            _RECOVERY_CODE_KEYWORD
            + r"[^\n]{0,80}\n(?P<value>"
            + _CODE_LINE
            + r"(?:\n"
            + _CODE_LINE
            + r"){0,15})(?=\n|\Z)",
            0.75,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start = match.start("value")
        for line in _CODE_ON_LINE.finditer(match.group("value")):
            yield start + line.start(), start + line.end()


class TaxEfinRecognizer(ContextPatternRecognizer):
    """The EFIN (electronic filing identification number) of the tax office: 10 digits after
    its keyword ("EFIN sy 4429018832"); it lets whoever has it file and reset DJP Online."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "EFIN",
            r"(?i:\be-?fin)" + ENCLITIC + _CODE_FILLERS + r"[ \t]*[:=]?[ \t]*"
            r"(?P<value>\d{10}|\d{3,4}(?:[ .-]\d{3,4}){2})(?![\p{L}\d]|[.,:/-]\d)",
            0.8,
        ),
    )
