"""Credentials in links and command lines: link tokens, passwords, connection strings."""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.context import ContextPatternRecognizer


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
            # the user may be empty: "redis://:<value>@cache:6379"
            r"\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@]{0,64}:(?P<value>[^\s@/]{2,128})@[\w.-]",
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
            r"(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@]{0,64}:[^\s@/]{2,128}"
            r"@[\w.-]+(?::\d{1,5})?(?:[/?#][^\s\"'<>]{0,200}[^\s\"'<>.,;:!?)\]}])?",
            # above the e-mail address read in "user:pw@host.example.net"
            1.0,
        ),
    )
