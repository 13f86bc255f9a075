"""Passwords: after their keyword, quoted, changed to, after an access label, login pairs."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.context import ContextPatternRecognizer, after_reference
from redaction.recognizers.secrets.patterns import ENCLITIC, FILLERS, HOTLINE_BEFORE

# The long forms of a password's keyword (an SSH key's "passphrase" too); the short forms
# "pw" / "pass" are also words and are added where a rule can bear them.
_PASSWORD_WORD = (
    r"password|passwd|passphrase|pswd|pwd|kata ?sandi|sandi"
    # a Wi-Fi network's key, as routers name it
    r"|wpa2? ?(?:key|psk)|network ?key|wi-?fi ?key|kunci ?jaringan"
)


# Before a colon the words may hold digits: "sandi wifi kantor lantai 3: ...".
_LABEL_FILLERS = r"(?:[ \t]+[\p{L}\d]{1,15}){0,4}?"
# The value: a token not ending in punctuation that closes a sentence or a bracket.
_VALUE = r"(?!(?i:2fa|2-?step|mfa|otp|2sv)(?![\w#@$%&*!-]))[^\s\"'“‘]\S{1,62}[^\s.,;:?)\]}'\"”’]"


# A word doubled in chat spelling is no password: "reset password berkali2", "pw nya beda2".
_NOT_REDUPLICATED = r"(?!\p{L}+2(?![\w#@$%&*!-]))"


# A word with a letter prefix is no password: "ganti password m-banking Anda", "e-mail".
_NOT_PREFIXED_WORD = r"(?!\p{L}{1,2}-\p{L}+(?![\w#@$%&*!-]))"


# An amount of money is not a password: "daily pass Rp1.250.000", "pass: IDR 500,000".
_AMOUNT = regex.compile(r"(?i)(?:rp|idr|usd|sgd|[$€£])\.?\s?[\d.,]+\w*|\d{1,3}(?:[.,]\d{3})+")


# Words that begin a description of a password, not a password: "Password policy: min 12
# characters", "Password PDF = tanggal lahir", "pass wifi: tanya kasir aja".
_NOT_A_PASSWORD = regex.compile(
    r"(?i:min|minimal|minimum|max|maks|maksimal|maximum|at|tanggal|tgl|tanya|tanyakan|ask"
    r"|sama|same|harus|hrs|must|should|wajib|pakai|pake|pakailah|gunakan|use|cek|check|lihat"
    r"|liat|see|refer|ada|belum|blm|nanti|ntar|menyusul|nyusul|tidak|nggak|ngga|gak|ga|tdk"
    r"|no|none|nothing|kosong|tanpa|without|sesuai|ikut|ikuti|follow|nomor|nama|hubungi"
    r"|contact|minta|request|diganti|ganti|berubah|changed|sudah|udah|dikirim|dikirimkan"
    r"|sent|akan|will|terlampir|attached|di|ke|dari|yang|yg|huruf|karakter|characters?"
    r"|digits?|angka|kombinasi|combination|your|kamu|anda|the|is|adalah|boleh|can|bisa"
    r"|jangan|never|don't|dont|rahasia-kan|sent|via|lewat|menggunakan|using|tertera|printed"
    r"|diberikan|given|provided|disediakan|ditempel|tempel|posted|dipasang|kasir|cashier"
    r"|resepsionis|receptionist|staff|staf|admin|waiter|pelayan|ditanyakan|sent)"
    # the state of a password, not one: "password salah", "password expired"
    r"|salah|keliru|wrong|incorrect|invalid|expired|kadaluarsa|kedaluwarsa|error|lemah|weak"
    # an English contraction: "the wifi password at the desk doesn't work"
    r"|\p{L}+(?:n['’]t|['’](?:s|re|ll|ve|d|m))"
)
# A policy or a format, not the password itself: "Password policy:", "format password:".
_PASSWORD_RULES_LABEL = regex.compile(
    r"(?i:\b(?:policy|policies|rules?|requirements?|syarat|ketentuan|aturan|format|hint"
    r"|petunjuk|kriteria|criteria|guidelines?|tips?)\b)"
)


# A value that is itself a label: "password wifi lt3: Fin4nce#..." ("lt3" names the floor).
_LABEL_AFTER = regex.compile(r"[ \t]*[:=](?:\s|\Z)")
# A time or a date is no password: "ganti password jam 10.30".
_TIME_OR_DATE = regex.compile(r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}")
# A report about a password, then a plain word: "password reset bug: commit 9f2c...".
_PASSWORD_ISSUE = regex.compile(r"(?i:\b(?:reset|bug|issue|problem|masalah|error)\b)")


class PasswordRecognizer(ContextPatternRecognizer):
    """The value after a password keyword ("passwordnya Rahasia123!" -> "Rahasia123!").

    After "password:" any token is the value; without a colon only a token with a digit
    or a symbol inside it is ("lupa password gimana" is a question, not a password).
    """

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Password (keyword:)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|passcode|pw|pass|api[ _-]?key"
            r"|secret[ _-]?key|client[ _-]?secret|access[ _-]?token))"
            + ENCLITIC
            + _LABEL_FILLERS
            + r"[ \t]*[:=][ \t]*\n?[ \t]*(?P<value>"
            + _VALUE
            + ")",
            0.8,
        ),
        # A colon further on in the same sentence: "password wifi rumah udh diganti ya:
        # melati1956" (letters and a digit; not a time "jam 10:30", a number, an address
        # or a link).
        Pattern(
            "Password (keyword ... : value)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|passcode|pw|pass))"
            + ENCLITIC
            + r"[^\n:=.!?]{1,50}?(?<!\d)[ \t]*[:=][ \t]*(?P<value>(?=\S*\d)(?=\S*\p{L})(?!\S*(?:://|@))"
            + _VALUE
            + ")",
            0.7,
        ),
        Pattern(
            "Password (keyword value)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|passcode))"
            + ENCLITIC
            + FILLERS
            + r"[ \t]+(?P<value>(?=\S*\d|\S*[^\s\p{L}\d.,!?]\S)"
            + _NOT_REDUPLICATED
            + _NOT_PREFIXED_WORD
            + _VALUE
            + ")",
            0.8,
        ),
        # The short forms "pw" / "pass" are also words ("pass 2 tiket"): without a colon
        # the value must mix letters and digits and be 6+ characters ("pass wifi nya abc12345").
        Pattern(
            "Password (short keyword value)",
            r"(?i:\b(?:pw|pass))"
            + ENCLITIC
            + FILLERS
            + r"[ \t]+(?P<value>(?=\S*\d)(?=\S*\p{L})(?=\S{6})"
            + _NOT_REDUPLICATED
            + _VALUE
            + ")",
            0.7,
        ),
        # ... or digits alone after what they unlock: 8 or more for a Wi-Fi network ("pw
        # wifi 12345678"), 4 to 8 for a card, a phone or a laptop ("pw atm 123456")
        Pattern(
            "Password (short keyword, digits)",
            r"(?i:\b(?:pw|pass))"
            + ENCLITIC
            + r"[ \t]+(?:(?P<wifi>(?i:wi-?fi|hotspot|wlan))|(?i:atm|kartu|card|m-?banking|hp"
            + r"|handphone|ponsel|laptop|brankas|layar))"
            + ENCLITIC
            + FILLERS
            + r"[ \t]+(?P<value>(?(wifi)\d{8,20}|\d{4,8}))(?![\p{L}\d]|[.,:/-]\d)",
            0.7,
        ),
        # ... or with "-nya", which makes the short form the account's password: "pw nya
        # 07081992 kan min?" (6 digits or more and no amount: not "pass nya 2 orang", "passnya
        # 150000 rb")
        Pattern(
            "Password (short keyword with -nya, digits)",
            r"(?i:\b(?:pw|pass)[ -]?nya)[ \t]*[:=]?[ \t]*"
            + r"(?P<value>\d{6,16})(?![\p{L}\d]|[.,:/-]\d|[ \t]*(?i:rb|ribu|k|jt|juta|rupiah)\b)",
            0.7,
        ),
        # a form's label on its own line, the value alone on the next: "Password\nRahasia123"
        Pattern(
            "Password (label line, value below)",
            rf"(?m:^)[ \t]*(?i:{_PASSWORD_WORD}|pw|pass)"
            + ENCLITIC
            + r"[ \t]*\n[ \t]*(?P<value>(?=\S*\d|\S*[^\s\p{L}\d.,!?]\S)"
            + _VALUE
            + r")(?=[ \t]*(?:\n|\Z))",
            0.7,
        ),
        # A password-shaped token a little after the keyword, in the same message: "lupa
        # password windows nya. Sebelumnya Kopi!2024". Shape: letters and digits with an
        # capital and then lower-case letters, or letters, digits and a symbol; 6+ characters
        # ("iPhone15" is a product, not a password).
        Pattern(
            "Password (nearby token)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|pw))"
            + ENCLITIC
            + r"[^\n]{1,60}?[ \t(\"']"
            + r"(?P<value>(?![\"'“‘(])(?=\S*\d)"
            + r"(?=\p{Lu}\S*\p{Ll}|\S*\p{L}\S*[!#$%^&*_+=?~]|\S*[!#$%^&*_+=?~]\S*\p{L})"
            + r"(?!\S*(?:@[\w-]+\.\w|://|www\.))\S{5,39}[^\s.,;:?)\]}'\"])(?=[\s.,;:?)\]}'\"]|\Z)",
            0.6,
        ),
        # The current, old or new one named after the password is mentioned: "mau ganti
        # password wifi, tetangga pada tau. yg skrg rohmah1965"; letters and digits.
        Pattern(
            "Password (the current, old or new one)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|pw))"
            + ENCLITIC
            + r"[^\n]{1,60}?(?i:\b(?:yg|yang|the)[ \t]+)?"
            + r"(?i:skrg|sekarang|lama|baru|sebelumnya|current|old|new)(?:[ \t]+(?i:nya|one|is))?"
            + r"[ \t]*[:=]?[ \t]+(?P<value>(?=\S*\d)(?=\S*\p{L})[\p{L}\d]{6,30})(?=[\s.,;:?!)]|\Z)",
            0.6,
        ),
    )

    def invalidate_result(self, pattern_text: str) -> bool:
        return _AMOUNT.fullmatch(pattern_text) is not None

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start, end = match.span("value")
        value = match.string[start:end]
        if _NOT_A_PASSWORD.fullmatch(value.rstrip("!?.,:;")) or "://" in value:
            return  # a description or a link ("password reset link: https://...")
        if _PASSWORD_RULES_LABEL.search(match.string, match.start(), start):
            return
        if _LABEL_AFTER.match(match.string, end):
            return
        gap = match.string[match.start() : start]
        if value.isalpha() and _PASSWORD_ISSUE.search(gap):
            return
        # without a colon, no hotline, ticket or time: "ganti password dan hubungi 1500-321",
        # "password reset ticket INC-20240812", "ganti password jam 10.30"
        if (
            ":" not in gap
            and "=" not in gap
            and (
                HOTLINE_BEFORE.search(gap)
                or after_reference(match.string, start)
                or _TIME_OR_DATE.fullmatch(value)
            )
        ):
            return
        yield start, end


# A quoted menu or button names no password: 'klik "lupa password"', '"Forgot PIN?"'.
_BUTTON_LABEL = regex.compile(
    r"(?i:\b(?:password|kata ?sandi|sandi|pin|lupa|forgot|reset|ubah|ganti|change|login|log ?in"
    r"|masuk|daftar|sign))\b"
)


class QuotedPasswordRecognizer(ContextPatternRecognizer):
    """A password in quotes after its keyword, spaces and all: 'sandi wifi kami "Bakso Enak 99"'."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Password (quoted)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|passcode|pw))"
            + ENCLITIC
            # in the same sentence: 'password. If a message from "IT Support" ...' names none
            + r"(?:[^\n\"“.!?]|[.!?](?!\s)){0,30}[\"“](?P<value>[^\"”\n]{3,40})[\"”]",
            0.75,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start, end = match.span("value")
        if _BUTTON_LABEL.search(match.string, start, end) is None:
            yield start, end


# A password-shaped token: letters and digits with a symbol, or a capital then lower-case
# letters and a digit ("BaliOffice#2024", "Kopi!2024", "Rumah88Baru").
_STRONG_TOKEN = (
    r"(?=\S*\d)(?=\p{Lu}\S*\p{Ll}|\S*\p{L}\S*[!#$%^&*_+=?~@]|\S*[!#$%^&*_+=?~@]\S*\p{L})"
    r"(?!\S*(?:@[\w-]+\.\w|://|www\.))\S{5,39}[^\s.,;:?)\]}'\"]"
)


# A verb of changing, then what it was changed to: "diganti jadi", "changed last week to".
_CHANGED_TO = (
    r"(?i:\b(?:changed|change|reset|updated|update|ganti|diganti|gantiin|ubah|diubah"
    r"|ngubah|ngganti|reset(?:nya)?|direset)(?:-?nya)?)"
    r"(?:[ \t]+\p{L}{1,12}){0,3}?[ \t]+(?i:to|into|jadi|jd|ke|menjadi)[ \t]*:?[ \t]+"
)


class ChangedPasswordRecognizer(ContextPatternRecognizer):
    """A password-shaped token a password was changed to: "changed last week to
    BaliOffice#2024", "udah sy ganti jadi Kopi!2024", "sandinya diubah ke Rumah88Baru"."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Password changed to",
            _CHANGED_TO + r"(?P<value>" + _STRONG_TOKEN + r")(?=[\s.,;:?)\]}'\"]|\Z)",
            0.6,
        ),
        # after a password's keyword, letters and digits will do: "passwordnya udah aku
        # ganti jadi melati2025"
        Pattern(
            "Password changed to (after its keyword)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|pw|pass))"
            + ENCLITIC
            + r"[^\n.!?]{0,40}?"
            + _CHANGED_TO
            + r"(?P<value>(?=[\p{L}\d_]*\d)(?=[\p{L}\d_]*\p{L})[\p{L}\d_]{6,39})"
            + r"(?=[\s.,;:?)\]}'\"]|\Z)",
            0.6,
        ),
    )


# Words before the colon that name something else than the password: "wifi SSID: ...",
# "login username: ...".
_NOT_ACCESS_GAP = regex.compile(
    r"(?i:\b(?:ssid|nama|name|network|jaringan|ip|speed|kecepatan|paket|package|harga|price"
    r"|biaya|url|link|alamat|address|e-?mail|user(?:name)?|id|akun|account))\b"
)
# An SSID is followed by its password: "wifi kos: KosMelati2 pass: ...".
_PASSWORD_AFTER = regex.compile(r"[ \t,/|]*(?i:pass|pw|pwd|password|sandi|kata sandi)\b")
_PASSWORD_SYMBOL = regex.compile(r"[!#$%^&*@?~+=]")
_BANDWIDTH = regex.compile(r"(?i:\d+[ \t]?(?:mbps|gbps|kbps|ghz|mhz))")


class AccessLabelRecognizer(ContextPatternRecognizer):
    """A password after the label of what it opens, with no password keyword: "Wi-Fi (guest):
    TamuKantor2026", "admin panel LED wall: LEDadm!n#4471".

    After a Wi-Fi label, letters (a lower-case one) and digits, 8+ as WPA wants, will do; after
    an admin or login label, it needs a symbol too (a user name has none). Network names
    ("Kos_Melati_2", "TEKINO-STAFF-5G", one followed by its "pass") are none.
    """

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Password after an access label",
            r"(?i:\b(?:(?P<wifi>wi-?fi|wlan|hotspot)|admin|login|router|modem|vpn|ssh|cpanel"
            r"|dashboard|panel))"
            + ENCLITIC
            + r"(?P<gap>(?:[ \t]+[\p{L}\d]{1,15}){0,3}?(?:[ \t]*\([^()\n]{1,20}\))?)"
            + r"[ \t]*[:=][ \t]*(?P<value>(?![@\"'(])(?:"
            + _STRONG_TOKEN
            + r"|(?(wifi)(?=\S*\d)(?=\S*\p{Ll})[\p{L}\d]{8,39}|(?!))))"
            + r"(?=[\s.,;:?)\]}'\"]|\Z)",
            0.6,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start, end = match.span("value")
        value = match.string[start:end]
        symbol = _PASSWORD_SYMBOL.search(value) is not None
        network_name = ("_" in value or "-" in value) and not symbol
        if (
            _NOT_ACCESS_GAP.search(match.group("gap"))
            or _PASSWORD_AFTER.match(match.string, end)
            or _BANDWIDTH.search(value)
            or network_name
            or (not match.group("wifi") and not symbol)
        ):
            return
        yield start, end


_PASSWORD_KEYWORD_REGEX = regex.compile(rf"(?i:\b(?:{_PASSWORD_WORD}|pw|pass))" + ENCLITIC)
_EARLIER_PASSWORD_WINDOW = 200
# Things that have an old and a new one too: "hp yg lama Redmi9A" is a phone.
_NOT_OLD_PASSWORD = (
    r"(?<!(?i:hp|hape|handphone|laptop|komputer|pc|router|modem|akun|account|email|nomor|no"
    r"|kartu|card|sim|motor|mobil|rumah|alamat|address|versi|version|model|tipe|type|seri)"
    r"[ \t]{1,3})"
)


class EarlierPasswordRecognizer(ContextPatternRecognizer):
    """A password told as the old or the current one, its keyword earlier in the message:
    "Wifi nya ganti password ya? yg lama kosmelati2023 udh ga bisa", "forgot his password
    again ... His old one was Ethan4ever", "ganti pass mysql root, skrg masih root123!",
    "password lama: Lama2023, baru: Mangga!24"."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Password (old or current one)",
            _NOT_OLD_PASSWORD
            + r"(?i:\b(?:(?:yg|yang)[ \t]+(?:lama|dulu|sebelumnya)|(?:old|previous)[ \t]+one"
            r"[ \t]+(?:was|is)|sebelumnya|dulunya|(?:skrg|sekarang)[ \t]+masih"
            r"|masih[ \t]+(?:pake|pakai)|(?:baru|new|lama|old)(?=[ \t]*[:=])))"
            r"(?:[ \t]+(?i:tuh|itu|nya|sih))?[ \t]*[:=]?[ \t]*"
            # letters, a lower-case one among them, and digits; no address, link or version
            r"(?P<value>(?=\S*\d)(?=\S*\p{Ll})(?!\S*(?:@|://|www\.|\d\.\d))"
            r"[\p{L}\d][\p{L}\d!#$%^&*_+=?~@.-]{4,38}[\p{L}\d!#$%^&*?])"
            r"(?=[\s.,;:?)\]}'\"]|\Z)",
            0.6,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        window = (max(0, match.start() - _EARLIER_PASSWORD_WINDOW), match.start())
        if _PASSWORD_KEYWORD_REGEX.search(match.string, *window):
            yield match.span("value")


class CredentialsRecognizer(ContextPatternRecognizer):
    """The password of a "user / password" pair after a login word.

    "The admin login is admin / Villa!2024#sun", "akun: budi88 / Rahasia#1": the password
    holds a digit or a symbol, so "login Google / Facebook" is not one.
    """

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Login user / password",
            # (not a word of a link's host or path: "https://akun.contoh.id/r/88213")
            r"(?<![/.@])(?i:\b(?:login|log ?in|credentials?|creds?|kredensial|akun|account"
            r"|username|user))"
            + ENCLITIC
            # the service's name may follow: "akun netflix: ayu@mail.com / Netflix2024", "login
            # router kantor: admin / ..."
            + r"(?:[ \t]+(?i:is|adalah|nya)|(?:[ \t]+\p{L}{2,15}){1,3}(?=[ \t]*[:=]))?"
            + r"[ \t]*[:=]?[ \t]*"
            + r"[^\s/]{2,40}[ \t]*/[ \t]*"
            + r"(?P<value>(?=\S*\d|\S*[^\s\p{L}\d.,!?]\S)"
            + _VALUE
            + ")",
            0.75,
        ),
        # an e-mail address and its password: "ayu.k@mail.com / Netflix2024", "email
        # budi@x.co.id | Rahasia#1"
        Pattern(
            "E-mail / password",
            r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[ \t]*[/|][ \t]*"
            # not a second address or a phone number
            + r"(?P<value>(?=\S*\p{L})(?!\S*@[\w-]+\.\w)(?=\S*\d|\S*[^\s\p{L}\d.,!?]\S)"
            + _VALUE
            + ")",
            0.7,
        ),
    )
