"""Vendor keys by their prefixes, JWTs, PEM private keys, and keys after a cue or in config."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.context import ContextPatternRecognizer
from redaction.recognizers.secrets.patterns import ENCLITIC, FILLERS

# A token neither starts nor ends inside a longer run of token characters.
_START = r"(?<![A-Za-z0-9_-])"
_END = r"(?![A-Za-z0-9_-])"


class ApiKeyRecognizer(ContextPatternRecognizer):
    """Vendor API keys and tokens, recognised by their documented prefixes."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern("AWS access key", _START + r"(?:AKIA|ASIA)[0-9A-Z]{16}" + _END, 0.9),
        # 36 characters after the prefix as issued; pasted ones are often a few short
        Pattern("GitHub token", _START + r"gh[pousr]_[A-Za-z0-9]{30,255}" + _END, 0.9),
        Pattern(
            "GitHub fine-grained token", _START + r"github_pat_[A-Za-z0-9_]{22,255}" + _END, 0.9
        ),
        Pattern("Slack token", _START + r"xox[baprs]-[A-Za-z0-9-]{10,250}" + _END, 0.9),
        Pattern("Stripe key", _START + r"[spr]k_(?:live|test)_[A-Za-z0-9]{10,250}" + _END, 0.9),
        # Any provider's key in Stripe's style: a short prefix, its mode, then random letters
        # and digits ("kc_live_9f3Ab71QeZ0x8LmN2pR4tVw6")
        Pattern(
            "Live or test key",
            _START
            + r"[a-z]{2,10}_(?:live|test|prod|sandbox)_(?=(?:[A-Za-z]*\d){3})(?=[A-Za-z0-9]*[A-Z])"
            + r"[A-Za-z0-9]{16,250}"
            + _END,
            0.85,
        ),
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
        # Atlassian, Postman, Linear, Figma, Notion and Databricks tokens
        Pattern("Atlassian token", _START + r"ATATT3[A-Za-z0-9_=-]{16,300}" + _END, 0.9),
        Pattern("Postman key", _START + r"PMAK-[0-9a-f]{10,40}-[0-9a-f]{10,60}" + _END, 0.9),
        Pattern("Linear key", _START + r"lin_api_[A-Za-z0-9]{30,60}" + _END, 0.9),
        Pattern("Figma token", _START + r"figd_[A-Za-z0-9_-]{30,60}" + _END, 0.9),
        Pattern("Notion token", _START + r"ntn_[A-Za-z0-9]{30,60}" + _END, 0.9),
        # HubSpot private-app tokens: a region, then a UUID
        Pattern(
            "HubSpot token",
            _START + r"pat-(?:na|eu|ap)\d-[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}" + _END,
            0.9,
        ),
        Pattern("Databricks token", _START + r"dapi[0-9a-f]{32}(?:-\d)?" + _END, 0.85),
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

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        # a key pasted with a base64 tail the vendor's alphabet lacks is still one key:
        # "xnd_development_P4qD...5lSfk+R1l9Wbe+rSiCwZ3jw=="
        tail = _BASE64_TAIL.match(match.string, match.end())
        yield match.start(), tail.end() if tail else match.end()


_BASE64_TAIL = regex.compile(r"[+/][A-Za-z0-9+/]*={0,2}|={1,2}(?![\w=])")


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
            # (in a JSON string its line breaks are escaped, the last one too: "...-----\\n")
            r"(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?:\\n)?|\Z)",
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
_TOKEN_CUE = regex.compile(rf"(?i:\b(?:{_TOKEN_CUE_WORDS}))" + ENCLITIC)

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
# ... or in CamelCase, as INI files write them ("PrivateKey = ..." of a VPN's config, "ApiKey:";
# not "PublicKey", nor a bare "Token:" label).
_CAMEL_CONFIG_KEY = r"(?!Public)(?:[A-Z][a-z]+)+(?:Key|Secret|Token|Password|Passwd)"
# ... but not a setting about the credential: "PASSWORD_POLICY=strict", "TOKEN_TTL=3600".
_CONFIG_SETTING = regex.compile(
    r"(?i:(?<![a-z])(?:policy|rules?|hint|length|len|min|max|expiry|expires?|expiration|ttl"
    r"|timeout|lifetime|url|uri|endpoint|file|path|header|type|field|format|enabled|required"
    r"|reset)(?![a-z]))"
)
_CONFIG_ENTRY = (
    r"(?<![\w-])(?P<config>"
    # DB_PASSWORD=..., db_password: ..., TOKEN=...
    r"(?:" + _UPPER_CONFIG_KEY + "|" + _SNAKE_CONFIG_KEY + "|" + _CAMEL_CONFIG_KEY + r")[ \t]*[=:]"
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
            + ENCLITIC
            + FILLERS
            + r"[ \t]*[:=]?[ \t]*[\"']?(?P<value>(?=[A-Za-z0-9])(?:"
            + _RANDOM_TOKEN
            + "|"
            + _LOWER_TOKEN
            + r"))(?![A-Za-z0-9_\-+/=])",
            0.75,
        ),
        # ... or a long one further along the line, after words about where it is used: "API
        # key RajaOngkir buat cek ongkir di web: 7f3c9e21b8a44d6f0e5a2c7b9d1f3e8a"
        Pattern(
            "Long token on a cue's line",
            rf"(?i:\b(?:{_TOKEN_CUE_WORDS}))"
            + ENCLITIC
            + r"(?:[ \t]+[^\s:=]{1,20}){0,8}?[ \t]*[:=]?[ \t]*[\"']?"
            + _START
            + r"(?P<value>(?=[A-Za-z0-9])(?=[A-Za-z0-9_\-+/=!.#$%]{24})(?:"
            + _RANDOM_TOKEN
            + "|"
            + _LOWER_TOKEN
            + r"))(?![A-Za-z0-9_\-+/=])",
            0.7,
        ),
        # A shorter token right after its label and a colon: "token: aZ9kLm3PqR7t", "kode
        # akses: X7pQ2". It mixes cases or interleaves letters and digits, so an amount
        # ("token: 50rb") or a plain word is no token.
        Pattern(
            "Short token after a label",
            r"(?i:\b(?:token|access[ _-]?token|secret|kode ?akses|access ?code|kode ?pintu"
            r"|door ?code))"
            + ENCLITIC
            + r"[ \t]*[:=][ \t]*(?P<value>(?=\S*\d)"
            + r"(?=\S*\p{Lu}\S*\p{Ll}|\S*\p{Ll}\S*\p{Lu}|\S*\p{L}\S*\d\S*\p{L}|\S*\d\S*\p{L}\S*\d)"
            + r"[A-Za-z0-9_\-+/=!#$%]{5,15})(?![A-Za-z0-9_\-+/=.])",
            0.75,
        ),
        # the shared secret of an authenticator app, in base32 (groups of four allowed):
        # "2FA secret: JBSWY3DPEHPK3PXP", "setup key: 6hmx d3fq 7k2a ..."
        Pattern(
            "Authenticator secret",
            r"(?i:\b(?:(?:2fa|totp|mfa|otp|authenticator)[ \t]+(?:(?:backup|recovery|setup)[ \t]+)?"
            r"(?:secret|seed|key)|setup[ \t]+key"
            r"|totp[ \t]+seed))"
            + ENCLITIC
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
