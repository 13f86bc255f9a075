"""Recognizers: credentials pasted into chats (API keys, tokens, private keys, passwords, PINs)."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import EntityRecognizer, Pattern
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.recognizers.context import ContextPatternRecognizer, after_reference

# A token neither starts nor ends inside a longer run of token characters.
_START = r"(?<![A-Za-z0-9_-])"
_END = r"(?![A-Za-z0-9_-])"


class ApiKeyRecognizer(ContextPatternRecognizer):
    """Vendor API keys and tokens, recognised by their documented prefixes."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern("AWS access key", _START + r"(?:AKIA|ASIA)[0-9A-Z]{16}" + _END, 0.9),
        Pattern("GitHub token", _START + r"gh[pousr]_[A-Za-z0-9]{36,255}" + _END, 0.9),
        Pattern(
            "GitHub fine-grained token", _START + r"github_pat_[A-Za-z0-9_]{22,255}" + _END, 0.9
        ),
        Pattern("Slack token", _START + r"xox[baprs]-[A-Za-z0-9-]{10,250}" + _END, 0.9),
        Pattern("Stripe key", _START + r"[spr]k_(?:live|test)_[A-Za-z0-9]{10,250}" + _END, 0.9),
        Pattern(
            "Midtrans key",
            _START + r"(?:SB-)?Mid-(?:server|client)-[A-Za-z0-9_-]{10,100}" + _END,
            0.9,
        ),
        Pattern(
            "Xendit key",
            _START + r"xnd_(?:public_)?(?:production|development)_[A-Za-z0-9]{10,250}" + _END,
            0.9,
        ),
        Pattern("Google API key", _START + r"AIza[0-9A-Za-z_-]{35}" + _END, 0.9),
        # Telegram bot token: the bot's numeric id, a colon, 35 characters
        Pattern("Telegram bot token", _START + r"\d{8,10}:[A-Za-z0-9_-]{35}" + _END, 0.9),
        # Other providers' documented prefixes: Hugging Face, Groq, xAI, Perplexity, NVIDIA,
        # Replicate, GitLab, npm, PyPI, SendGrid, Shopify, DigitalOcean, Google OAuth
        Pattern("Hugging Face token", _START + r"hf_[A-Za-z0-9]{30,64}" + _END, 0.9),
        Pattern("Groq key", _START + r"gsk_[A-Za-z0-9]{40,64}" + _END, 0.9),
        Pattern(
            "xAI / Perplexity / NVIDIA key",
            _START + r"(?:xai|pplx|nvapi)-(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{30,120}" + _END,
            0.85,
        ),
        Pattern("Replicate token", _START + r"r8_[A-Za-z0-9]{30,50}" + _END, 0.85),
        Pattern("GitLab token", _START + r"glpat-[A-Za-z0-9_-]{20,64}" + _END, 0.9),
        Pattern("npm token", _START + r"npm_[A-Za-z0-9]{36}" + _END, 0.9),
        Pattern("PyPI token", _START + r"pypi-[A-Za-z0-9_-]{50,250}" + _END, 0.9),
        Pattern(
            "SendGrid key", _START + r"SG\.[A-Za-z0-9_-]{8,40}\.[A-Za-z0-9_-]{16,80}" + _END, 0.9
        ),
        Pattern("Shopify token", _START + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _END, 0.9),
        Pattern("DigitalOcean token", _START + r"do[opr]_v1_[a-f0-9]{64}" + _END, 0.9),
        Pattern("Google OAuth token", _START + r"ya29\.[A-Za-z0-9_-]{20,250}" + _END, 0.85),
        # Twilio account and API key SIDs, Mailgun's older keys: a prefix and 32 hex digits
        Pattern("Twilio SID", _START + r"(?:AC|SK)[0-9a-f]{32}" + _END, 0.85),
        Pattern("Mailgun key", _START + r"key-[0-9a-f]{32}" + _END, 0.85),
        # Stripe webhook signing secrets and Meta (Facebook, WhatsApp Business) access tokens
        Pattern("Stripe webhook secret", _START + r"whsec_[A-Za-z0-9]{10,100}" + _END, 0.85),
        Pattern(
            "Meta access token",
            _START + r"EAA(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{20,300}" + _END,
            0.85,
        ),
        # OpenAI (sk-..., sk-proj-..., sk-svcacct-...) and Anthropic (sk-ant-...) keys; random
        # text, so it holds a digit (an English "sk-" compound does not)
        Pattern(
            "OpenAI-style key", _START + r"sk-(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,250}" + _END, 0.8
        ),
    )


class JwtRecognizer(ContextPatternRecognizer):
    """JSON Web Token: base64url header and payload (both JSON objects) and signature."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "JWT",
            _START + r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*" + _END,
            0.9,
        ),
    )


class PrivateKeyRecognizer(ContextPatternRecognizer):
    """A PEM private-key block, BEGIN to END, as one span (to the end of the text if cut off)."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "PEM private key",
            r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?"
            r"(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)",
            1.0,
        ),
    )


# The long forms of a password's keyword (an SSH key's "passphrase" too); the short forms
# "pw" / "pass" are also words and are added where a rule can bear them.
_PASSWORD_WORD = (
    r"password|passwd|passphrase|pswd|pwd|kata ?sandi|sandi"
    # a Wi-Fi network's key, as routers name it
    r"|wpa2? ?(?:key|psk)|network ?key|wi-?fi ?key|kunci ?jaringan"
)


# Up to three words between a keyword and its value: "kode OTP kamu adalah 482913",
# "password wifi nya: abc". Lazy, so the value is the first token that qualifies.
_FILLERS = r"(?:[ \t]+\p{L}{1,15}){0,3}?"
# Before a colon the words may hold digits: "sandi wifi kantor lantai 3: ...".
_LABEL_FILLERS = r"(?:[ \t]+[\p{L}\d]{1,15}){0,4}?"
# The value: a token not ending in punctuation that closes a sentence or a bracket.
_VALUE = r"(?!(?i:2fa|2-?step|mfa|otp|2sv)(?![\w#@$%&*!-]))[^\s\"'“‘]\S{1,62}[^\s.,;:?)\]}'\"”’]"
# An Indonesian enclitic may follow the keyword ("passwordnya", "OTP-nya"), but no other
# letters ("passport" is no "pass").
_ENCLITIC = r"(?:-?(?:nya|ku|mu))?(?!\p{L})"


# A word doubled in chat spelling is no password: "reset password berkali2", "pw nya beda2".
_NOT_REDUPLICATED = r"(?!\p{L}+2(?![\w#@$%&*!-]))"


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
            + _ENCLITIC
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
            + _ENCLITIC
            + r"[^\n:=.!?]{1,50}?(?<!\d)[ \t]*[:=][ \t]*(?P<value>(?=\S*\d)(?=\S*\p{L})(?!\S*(?:://|@))"
            + _VALUE
            + ")",
            0.7,
        ),
        Pattern(
            "Password (keyword value)",
            rf"(?i:\b(?:{_PASSWORD_WORD}|passcode))"
            + _ENCLITIC
            + _FILLERS
            + r"[ \t]+(?P<value>(?=\S*\d|\S*[^\s\p{L}\d.,!?]\S)"
            + _NOT_REDUPLICATED
            + _VALUE
            + ")",
            0.8,
        ),
        # The short forms "pw" / "pass" are also words ("pass 2 tiket"): without a colon
        # the value must mix letters and digits and be 6+ characters ("pass wifi nya abc12345").
        Pattern(
            "Password (short keyword value)",
            r"(?i:\b(?:pw|pass))"
            + _ENCLITIC
            + _FILLERS
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
            + _ENCLITIC
            + r"[ \t]+(?:(?P<wifi>(?i:wi-?fi|hotspot|wlan))|(?i:atm|kartu|card|m-?banking|hp"
            + r"|handphone|ponsel|laptop|brankas|layar))"
            + _ENCLITIC
            + _FILLERS
            + r"[ \t]+(?P<value>(?(wifi)\d{8,20}|\d{4,8}))(?![\p{L}\d]|[.,:/-]\d)",
            0.7,
        ),
        # a form's label on its own line, the value alone on the next: "Password\nRahasia123"
        Pattern(
            "Password (label line, value below)",
            rf"(?m:^)[ \t]*(?i:{_PASSWORD_WORD}|pw|pass)"
            + _ENCLITIC
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
            + _ENCLITIC
            + r"[^\n]{1,60}?[ \t(\"']"
            + r"(?P<value>(?![\"'“‘(])(?=\S*\d)"
            + r"(?=\p{Lu}\S*\p{Ll}|\S*\p{L}\S*[!#$%^&*_+=?~]|\S*[!#$%^&*_+=?~]\S*\p{L})"
            + r"(?!\S*(?:@[\w-]+\.\w|://|www\.))\S{5,39}[^\s.,;:?)\]}'\"])(?=[\s.,;:?)\]}'\"]|\Z)",
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
                _HOTLINE_BEFORE.search(gap)
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
            + _ENCLITIC
            # in the same sentence: 'password. If a message from "IT Support" ...' names none
            + r"(?:[^\n\"“.!?]|[.!?](?!\s)){0,30}[\"“](?P<value>[^\"”\n]{3,40})[\"”]",
            0.75,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start, end = match.span("value")
        if _BUTTON_LABEL.search(match.string, start, end) is None:
            yield start, end


class UrlTokenRecognizer(ContextPatternRecognizer):
    """The secret part of a link that works without a login: a webhook's token
    ("discord.com/api/webhooks/<id>/<token>", "hooks.slack.com/services/T0/B0/<token>") or a
    key in a query ("...?api_key=<value>", "&access_token=<value>")."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Webhook token",
            r"(?i:\bdiscord(?:app)?\.com/api/webhooks/\d{5,25}/|\bhooks\.slack\.com/"
            r"(?:services|workflows|triggers)/)(?P<value>[A-Za-z0-9_-][A-Za-z0-9/_-]{18,150})"
            r"(?![A-Za-z0-9/_-])",
            0.85,
        ),
        Pattern(
            "Key in a query",
            r"[?&](?i:access_token|token|api_?key|apikey|key|secret|client_secret|sig|signature"
            r"|auth|password|passwd|pwd)=(?P<value>(?=[^\s&#]*\d)(?=[^\s&#]*\p{L})"
            r"[^\s&#\"'<>]{7,200}[^\s&#\"'<>.,;:!?)\]}])",
            0.8,
        ),
    )


class CommandLinePasswordRecognizer(ContextPatternRecognizer):
    """A password given to a command: "mysql -u root -pRahasia1", "sshpass -p 'S3cret!' ssh
    ...", "--password=abc123" (mysql's "-p" takes it attached; "mysql -p shop" names a
    database)."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Password option",
            r"(?<![\w-])--(?i:password|passwd|pass|token|api-key|secret)[= ][ \t]*[\"']?"
            r"(?P<value>[^\s\"'-][^\s\"']{2,127})",
            0.8,
        ),
        Pattern(
            "mysql -p<password>",
            r"\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,60}?[ \t]-p"
            r"(?P<value>[^\s\"'-][^\s\"']{2,63})",
            0.8,
        ),
        Pattern(
            "sshpass -p <password>",
            r"\bsshpass[ \t]+-p[ \t]*[\"']?(?P<value>[^\s\"'-][^\s\"']{2,63})",
            0.8,
        ),
    )


class UrlCredentialsRecognizer(ContextPatternRecognizer):
    """The password inside a URL or connection string: "postgres://app:<value>@db:5432/x"."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Password in a URL",
            r"\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@]{1,64}:(?P<value>[^\s@/]{2,128})@[\w.-]",
            0.85,
        ),
    )


class ConnectionStringRecognizer(ContextPatternRecognizer):
    """A URL or connection string with a password in it, whole ("postgres://app:pw@db:5432/x",
    "mongodb+srv://user:pw@cluster0.example.net/shop"): user, password and host together
    open the database."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "URL with credentials",
            r"(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@]{1,64}:[^\s@/]{2,128}"
            r"@[\w.-]+(?::\d{1,5})?(?:[/?#][^\s\"'<>]{0,200}[^\s\"'<>.,;:!?)\]}])?",
            # above the e-mail address read in "user:pw@host.example.net"
            1.0,
        ),
    )


# A random token: 16+ characters of letters and digits (and "_-+/=!"), with upper- and
# lower-case letters and a digit ("9eOnzxTBE8C4xJZwN9H!").
_RANDOM_TOKEN = (
    r"(?=[^\s]*\p{Lu})(?=[^\s]*\p{Ll})(?=[^\s]*\d)[A-Za-z0-9_\-+/=!.#$%]{15,200}"
    r"[A-Za-z0-9_\-+/=!#$%]"
)


# ... or a lower-case one (hex digests, many providers' keys): 20+ letters and digits, at
# least five of each, no hyphen ("8f14e45fceea167a5a36dedd4bea2543", not "road-map-2030").
_LOWER_TOKEN = r"(?=(?:[a-z_]*\d){5})(?=(?:[\d_]*[a-z]){5})[a-z0-9_]{19,200}[a-z0-9]"


# The words that introduce a key or a token.
_TOKEN_CUE_WORDS = r"token|api[ _-]?key|key|secret|bearer|auth(?:orization)?|apikey|kunci"
_TOKEN_CUE = regex.compile(rf"(?i:\b(?:{_TOKEN_CUE_WORDS}))" + _ENCLITIC)

# The key of a configuration entry that holds a credential: "DB_PASSWORD", "api_key".
_CONFIG_WORD = (
    r"PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|SECRET_KEY"
    r"|AUTH_KEY|CLIENT_SECRET"
)
# ... upper-case with a prefix ("SMTP_PASS"), or alone ("TOKEN", "API_KEY"), ...
_UPPER_CONFIG_KEY = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_?(?:" + _CONFIG_WORD + r")(?:_[A-Z0-9]+)*"
_BARE_CONFIG_KEY = r"(?:" + _CONFIG_WORD + r")(?:_[A-Z0-9]+)*"
# ... or lower-case words joined by "_" ("db_password", "client_secret", "smtp_pass").
_SNAKE_CONFIG_KEY = (
    r"(?=[a-z0-9]*_)(?:[a-z][a-z0-9]*_)*(?:" + _CONFIG_WORD.lower() + r")(?:_[a-z0-9]+)*"
)
# ... but not a setting about the credential: "PASSWORD_POLICY=strict", "TOKEN_TTL=3600".
_CONFIG_SETTING = regex.compile(
    r"(?i:(?<![a-z])(?:policy|rules?|hint|length|len|min|max|expiry|expires?|expiration|ttl"
    r"|timeout|lifetime|url|uri|endpoint|file|path|header|type|field|format|enabled|required"
    r"|reset)(?![a-z]))"
)
_CONFIG_ENTRY = (
    r"(?<![\w-])(?P<config>"
    # DB_PASSWORD=..., db_password: ..., TOKEN=...
    r"(?:" + _UPPER_CONFIG_KEY + "|" + _SNAKE_CONFIG_KEY + r")[ \t]*[=:]"
    r"|(?:" + _BARE_CONFIG_KEY + r")[ \t]*="
    # quoted, as in PHP or JSON: define('DB_PASSWORD', '...'), 'api_key' => '...'
    rf"|[\"'](?:{_UPPER_CONFIG_KEY}|{_SNAKE_CONFIG_KEY}|(?i:{_BARE_CONFIG_KEY}))[\"'][ \t]*"
    r"(?:=>|[=:,])"
    r")"
)


class TokenRecognizer(ContextPatternRecognizer):
    """Tokens and keys after a cue ("Token yg dipakai 9eOnz...", "key ini: AbC..."), and
    credentials in configuration lines ("DB_PASSWORD=Pr1ma!Db#2024", "AWS_SECRET_ACCESS_KEY=...").
    """

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Token after a cue",
            rf"(?i:\b(?:{_TOKEN_CUE_WORDS}"
            # or the name of the service the key opens: "sendgrid: SG.x7Kp...", "twilio auth
            # nya AC9f..."
            + r"|(?P<provider>sendgrid|twilio|mailgun|mailchimp|stripe|openai|anthropic|claude"
            r"|gemini|firebase|supabase|cloudflare|vercel|netlify|heroku|mapbox|midtrans|xendit"
            r"|github|gitlab|slack|discord|telegram|aws|gcp|azure|creds?|credentials?|kredensial"
            r"|webhook)))"
            + _ENCLITIC
            + _FILLERS
            + r"[ \t]*[:=]?[ \t]*[\"']?(?P<value>(?=[A-Za-z0-9])(?:"
            + _RANDOM_TOKEN
            + "|"
            + _LOWER_TOKEN
            + r"))(?![A-Za-z0-9_\-+/=])",
            0.75,
        ),
        # A shorter token right after its label and a colon: "token: aZ9kLm3PqR7t", "kode
        # akses: X7pQ2". It mixes cases or interleaves letters and digits, so an amount
        # ("token: 50rb") or a plain word is no token.
        Pattern(
            "Short token after a label",
            r"(?i:\b(?:token|access[ _-]?token|secret|kode ?akses|access ?code|kode ?pintu"
            r"|door ?code))"
            + _ENCLITIC
            + r"[ \t]*[:=][ \t]*(?P<value>(?=\S*\d)"
            + r"(?=\S*\p{Lu}\S*\p{Ll}|\S*\p{Ll}\S*\p{Lu}|\S*\p{L}\S*\d\S*\p{L}|\S*\d\S*\p{L}\S*\d)"
            + r"[A-Za-z0-9_\-+/=!#$%]{5,15})(?![A-Za-z0-9_\-+/=.])",
            0.75,
        ),
        # the shared secret of an authenticator app, in base32 (groups of four allowed):
        # "2FA secret: JBSWY3DPEHPK3PXP", "setup key: 6hmx d3fq 7k2a ..."
        Pattern(
            "Authenticator secret",
            r"(?i:\b(?:(?:2fa|totp|mfa|otp|authenticator)[ \t]+(?:secret|seed|key)|setup[ \t]+key"
            r"|totp[ \t]+seed))"
            + _ENCLITIC
            + r"[ \t]*[:=]?[ \t]*(?P<value>(?=[A-Za-z2-7 ]*[2-7])(?i:[a-z2-7]{4}(?:[ ]?[a-z2-7]{4})"
            + r"{3,15})=*)(?![A-Za-z0-9])",
            0.8,
        ),
        Pattern(
            "Credential in a configuration line",
            _CONFIG_ENTRY + r"[ \t]*[\"']?(?P<value>[^\s\"']{4,200})",
            0.85,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start, end = match.span("value")
        # after a service's name only a key of mixed case, 20+ characters, starting with a
        # letter or digit: no commit hash ("github commit 3f9a1c..."), no repo name, no
        # "MIDTRANS_SERVER_KEY=" read from its "_"
        if "config" in match.re.groupindex and _CONFIG_SETTING.search(match.group("config")):
            return
        provider = "provider" in match.re.groupindex and match.group("provider")
        # ("twilio auth token is 9f3c...": a key's own word after the service's name)
        if provider and not _TOKEN_CUE.search(match.string, match.end("provider"), start):
            value = match.string[start:end]
            if (
                len(value) < 20
                or not value[0].isalnum()
                or value.islower()
                or value.isupper()
                or not any(ch.isdigit() for ch in value)
            ):
                return
        yield start, end


_CODE_KEYWORD = (
    r"(?i:\b(?:pin|m-?pin|otp|kode ?otp|kode ?verifikasi|kode ?verif|kode ?aktivasi"
    r"|kode ?keamanan|verification ?code|security ?code|tac|2fa|(?:2fa ?)?backup ?codes?"
    r"|recovery ?codes?|kode ?(?:cadangan|pemulihan|backup|recovery)"
    r"|kode ?(?:ambil|pengambilan|pickup|akses|pintu|brankas|rahasia|pin|sandi)|secret ?code"
    r"|pickup ?code|access ?code|door ?code|pin ?code"
    # codes of locks, gates, alarms and keypads: "smart lock code", "kode gerbang baru"
    r"|(?:(?:smart ?)?lock|gate|alarm|keypad|unlock|garage|locker|safe|padlock) ?(?:code|pin)"
    r"|kode ?(?:gate|gerbang|pagar|kunci|alarm|loker|garasi|gembok|(?:smart ?)?lock)"
    r"|one[ -]?time ?(?:code|password|pin|passcode)|kode ?sekali ?pakai"
    r"|(?:log ?in|sign[ -]?in) ?code"
    r"|kode ?(?:login|masuk|konfirmasi|confirmation)"
    # a code known by its length or by the SMS it came in: "kode 6 digit nya", "kode dr SMS"
    r"|kode ?\d ?(?:digit|angka)|\d[ -]?digits? ?(?:code|combo|combination|pin)"
    r"|angka ?(?:verifikasi|otp)"
    # a bank token's response: "token response terakhir 70418832"
    r"|token ?respon(?:se)?|respon(?:se)? ?token|kode ?respon(?:se)?|kode ?token"
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
    r"|(?:verification|activation|security|login) ?codes?|otp|2fa))"
)
# ... among them those that restore it: "backup codes", "kode pemulihan", "recovery key".
_RECOVERY_CODE_KEYWORD = (
    r"(?i:\b(?:kode ?(?:cadangan|pemulihan|backup|recovery)"
    r"|(?:2fa[ \t]*)?(?:backup|recovery|pemulihan|cadangan)[ \t]*(?:codes?|kode|key)))"
)
# A code: 4-8 digits, or two groups of 3-4 ("482 913", "8841-2290").
# A code typed digit by digit: "7 2 9 0 1 4".
# ... or in pairs: "55 12 09".
# ... or one character at a time with dashes, as a pattern lock is told: "L-Z-7-1-4".
_CODE_VALUE = (
    # not the digits of a lettered code ("PK-482019" is a pickup or booking reference)
    r"(?<!\p{L}-)(?P<value>\d(?:[ ]\d){3,7}|\d{2}(?:[ ]\d{2}){2,3}|\d{3,4}[ -]\d{3,4}"
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


# A service number, not a code: "call center 1500-888", "hubungi 14045".
_HOTLINE_BEFORE = regex.compile(
    r"(?i:\b(?:call|hotline|hubungi|telp|telepon|tlp|nomor|no|cs|kontak|contact"
    r"|halo|layanan|resmi|official|info))\b"
    # "WA" names the app a code is for right after the code's keyword ("kode verifikasi WA
    # kamu 123-456") or the channel it went by ("minta OTP via WA"), elsewhere a number to
    # call ("WA kami 0812...")
    r"|(?<!(?i:otp|kode|code|verifikasi|verification|verif|aktivasi|pin|via|lewat|lwt|melalui"
    r"|by)[ \t]{1,3})"
    r"(?i:\b(?:wa|whatsapp))\b"
)


# An amount's label, not a code's: "kode OTP berlaku 5 menit, total tagihan: 250000".
_AMOUNT_LABEL_BEFORE = regex.compile(
    r"(?i:\b(?:total|tagihan|nominal|jumlah|saldo|harga|biaya|amount|price|balance|tarif))"
    r"\b[^\n\d]{0,15}\Z"
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


class OneTimeCodeRecognizer(ContextPatternRecognizer):
    """The digits after a PIN / OTP / verification-code keyword ("kode OTP kamu 482913"),
    and the codes listed after it ("backup code: 6555-2778, 1906-5061")."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "PIN / OTP",
            _CODE_KEYWORD
            + _ENCLITIC
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
            + r"(?:[^\n.!?]|\.(?=\d)){0,60}?(?:[ \t](?i:is|adalah|yaitu|ialah)|:)[ \t]*"
            + _CODE_VALUE,
            0.75,
        ),
        # the code first, as an SMS puts it: "<#> 882190 adalah kode verifikasi Shopee Anda",
        # "G-552190 is your Google verification code"
        Pattern(
            "Code before its keyword",
            r"(?:(?<![\p{L}\d.,:/-])|(?<=\bG-))(?P<value>\d{4,8})[ \t]+(?i:adalah|is|merupakan"
            r"|ialah)[ \t]+(?:\p{L}+[ \t]+){0,3}?" + _CODE_KEYWORD,
            0.75,
        ),
        # "kodenya 481920" (the code just received by SMS); "kode" alone is also a promo
        # or postal code, "kodenya" with digits right after it is the one sent
        Pattern(
            "Code (kodenya)",
            r"(?i:\bkode-?nya)(?:[^\n\d:]{0,30}:|(?:[ \t]+(?i:adalah|yaitu|ya|tuh|ini))?)"
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
            + _ENCLITIC
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
        # a code someone set or changed: "I set the code to 4096", "kode brankas sy ganti
        # jadi 7731"
        Pattern(
            "Code set to",
            r"(?i:\b(?:set|changed?|reset|ganti|diganti|ubah|diubah|bikin|setel|atur|diatur))"
            r"(?:[ \t]+\p{L}{1,10}){0,2}?[ \t]+(?i:code|pin|kode|combo|combination|kombinasi"
            r"|passcode)(?:-?nya)?[ \t]+(?i:to|jadi|jd|ke|menjadi)[ \t]+" + _CODE_VALUE,
            0.7,
        ),
        # a prepaid electricity token, 20 digits in groups of four: "token 5521 0938 7716
        # 2204 8891" (whoever has it can enter the credit)
        Pattern(
            "Electricity token",
            r"(?i:\btoken)[^\n\d]{0,40}?(?P<value>\d{4}(?:[ -]?\d{4}){4})(?![\p{L}\d])",
            0.75,
        ),
        # the code alone on the next line: "ini OTP nya kak\n884201"
        Pattern(
            "PIN / OTP (next line)",
            _CODE_KEYWORD + r"[^\n\d]{0,40}\n[ \t]*" + _CODE_VALUE + r"(?=[ \t]*(?:\n|\Z))",
            0.7,
        ),
        Pattern(
            "Card security code",
            r"(?i:\b(?:cvv2?|cvc2?|csc))"
            + _ENCLITIC
            + _FILLERS
            + r"[ \t]*[:=]?[ \t]*(?P<value>\d{3,4})(?![\p{L}\d]|[.,:/-]\d)",
            0.75,
        ),
        # the code given later in the same line: "minta kode OTP via WA. Aku udh kasih 739204"
        Pattern(
            "PIN / OTP (later in the line)",
            _CODE_KEYWORD
            + _ENCLITIC
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
            r"|enter|type|give|gave|send|sent|shared|asked[ \t]+(?:for|me[ \t]+for))"
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
        if _HOTLINE_BEFORE.search(match.string, max(match.start(), start - 30), start):
            return  # "jangan kasih OTP. Call center resmi kami 14045"
        if _AMOUNT_LABEL_BEFORE.search(match.string, max(match.start(), start - 30), start):
            return
        yield start, end
        lettered = any(ch.isalpha() for ch in match.string[start:end])
        more_codes = _MORE_DASHED_CODES if lettered else _MORE_CODES
        more = more_codes.match(match.string, end)
        while more is not None:
            yield more.span(1)
            more = more_codes.match(match.string, more.end())


_CODE_KEYWORD_REGEX = regex.compile(_CODE_KEYWORD + _ENCLITIC)


# Words of an account's security: in a message with one of them, "kode" / "code" alone
# with its digits is the code sent to log in ("dapet SMS kode 551024, akun sy di-hack?").
# (Not a bank's name alone: "kode 8812 masih ada? sy transfer via m-banking" buys a product.)
_ACCOUNT_SECURITY = regex.compile(
    r"(?i:\b(?:sms|otp|log ?in|log ?out|di-?hack|hack(?:ed|er)?|diretas|dibobol"
    r"|verifikasi|verification|password|sandi|penipu(?:an)?|scam(?:mer)?|ngaku|pretending"
    # the warning an SMS with a code carries: "JANGAN BERIKAN KODE INI", "don't share it"
    r"|rahasiakan|jangan[ \t]+(?:berikan|memberikan|kasih|kasi|share|bagikan|sebarkan|beritahu)"
    r"|(?:don'?t|do[ \t]+not|never)[ \t]+share))" + _ENCLITIC
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


class CardBackCodeRecognizer(ContextPatternRecognizer):
    """A card's security code by where it is printed: "the 3 digit at the back 582", "3 angka
    di belakang kartu: 417", "kode di balik kartu 092"."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Card security code (on the back)",
            r"(?i:\b(?:back|belakang|balik))"
            r"(?P<card>(?:[ \t]+\p{L}{1,6})?[ \t]+(?i:kartu|card|kartunya|of[ \t]+the[ \t]+card))?"
            r"(?:[ \t]+(?i:is|are|adalah|nya|ya))?[ \t]*[:=]?[ \t]*"
            r"(?P<value>\d{3,4})(?![\p{L}\d]|[.,:/-]\d)",
            0.75,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        before = _CARD_BACK_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        # "kode" / "nomor" alone must be said to be on the card's back ("nomor belakang 12")
        if before is not None and (before.group("count") or match.group("card")):
            yield match.span("value")


# A run of lower-case words of 3-8 letters, as a wallet's word list is written.
_PHRASE_RUN = regex.compile(r"(?<![\p{L}\d])\p{Ll}{3,8}(?:[ \t]{1,2}\p{Ll}{3,8})+(?!\p{L})")
_PHRASE_WORD = regex.compile(r"\p{Ll}+")
# Indonesian function words end a run: a sentence, not a word list ("seed phrase saya
# hilang gimana cara ..."); English sentences are broken up by their short words ("to", "is").
_NOT_PHRASE_WORDS = frozenset(INDONESIAN_STOP_WORDS)
_PHRASE_LENGTHS = range(24, 11, -3)  # 24, 21, 18, 15 or 12 words
_PHRASE_WINDOW = 200


def _recovery_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first 12 to 24 words of a word list between ``start`` and ``end``."""
    for run in _PHRASE_RUN.finditer(text, start, end):
        words_in_run: list[regex.Match[str]] = []
        for word in [*_PHRASE_WORD.finditer(text, *run.span()), None]:
            if word is not None and word.group() not in _NOT_PHRASE_WORDS:
                words_in_run.append(word)
                continue
            count = next((n for n in _PHRASE_LENGTHS if n <= len(words_in_run)), 0)
            if count:
                return words_in_run[0].start(), words_in_run[count - 1].end()
            words_in_run = []
    return None


class RecoveryPhraseRecognizer(ContextPatternRecognizer):
    """A wallet's recovery phrase after its cue: 12 to 24 lower-case words, on the cue's line
    or the next ("seed phrase saya: apple ...", "frasa pemulihan:\n...", "recovery phrase
    wallet sy ada di draft 😭 ocean cabin ...")."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Recovery phrase",
            r"(?i:\b(?:(?:secret[ \t]+)?(?:recovery|seed|backup)[ \t]+(?:phrase|words)|seed"
            r"|mnemonic|frasa[ \t]+(?:pemulihan|rahasia|seed)|kata[ \t]+(?:kunci[ \t]+)?pemulihan"
            r"|(?:12|24)[ \t]+(?:kata|words)))" + _ENCLITIC + r"(?P<rest>[^\n]*\n?[^\n]*)",
            0.8,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start = match.start("rest")
        end = min(match.end("rest"), start + _PHRASE_WINDOW)
        if (phrase := _recovery_phrase(match.string, start, end)) is not None:
            yield phrase


class TaxEfinRecognizer(ContextPatternRecognizer):
    """The EFIN (electronic filing identification number) of the tax office: 10 digits after
    its keyword ("EFIN sy 4429018832"); it lets whoever has it file and reset DJP Online."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "EFIN",
            r"(?i:\be-?fin)" + _ENCLITIC + _CODE_FILLERS + r"[ \t]*[:=]?[ \t]*"
            r"(?P<value>\d{10}|\d{3,4}(?:[ .-]\d{3,4}){2})(?![\p{L}\d]|[.,:/-]\d)",
            0.8,
        ),
    )


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
            + _ENCLITIC
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
            + _ENCLITIC
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


_PASSWORD_KEYWORD_REGEX = regex.compile(rf"(?i:\b(?:{_PASSWORD_WORD}|pw|pass))" + _ENCLITIC)
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
            + _ENCLITIC
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


def recognizers() -> list[EntityRecognizer]:
    return [
        ApiKeyRecognizer(),
        JwtRecognizer(),
        PrivateKeyRecognizer(),
        PasswordRecognizer(),
        QuotedPasswordRecognizer(),
        UrlTokenRecognizer(),
        CommandLinePasswordRecognizer(),
        UrlCredentialsRecognizer(),
        ConnectionStringRecognizer(),
        TokenRecognizer(),
        OneTimeCodeRecognizer(),
        ArrivedCodeRecognizer(),
        BareCodeRecognizer(),
        CardBackCodeRecognizer(),
        CredentialsRecognizer(),
        TaxEfinRecognizer(),
        ChangedPasswordRecognizer(),
        EarlierPasswordRecognizer(),
        AccessLabelRecognizer(),
        RecoveryPhraseRecognizer(),
    ]
