"""Recognizers: credentials pasted into chats (API keys, tokens, private keys, passwords, PINs)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.secrets.codes import (
    ArrivedCodeRecognizer,
    BackupCodeLinesRecognizer,
    BareCodeRecognizer,
    CardBackCodeRecognizer,
    OneTimeCodeRecognizer,
    TaxEfinRecognizer,
)
from redaction.recognizers.secrets.links import (
    CommandLinePasswordRecognizer,
    ConnectionStringRecognizer,
    UrlCredentialsRecognizer,
    UrlTokenRecognizer,
)
from redaction.recognizers.secrets.passwords import (
    AccessLabelRecognizer,
    ChangedPasswordRecognizer,
    CredentialsRecognizer,
    EarlierPasswordRecognizer,
    PasswordRecognizer,
    QuotedPasswordRecognizer,
)
from redaction.recognizers.secrets.phrases import RecoveryPhraseRecognizer
from redaction.recognizers.secrets.tokens import (
    ApiKeyRecognizer,
    JwtRecognizer,
    PrivateKeyRecognizer,
    TokenRecognizer,
)

__all__ = [
    "AccessLabelRecognizer",
    "ApiKeyRecognizer",
    "ArrivedCodeRecognizer",
    "BackupCodeLinesRecognizer",
    "BareCodeRecognizer",
    "CardBackCodeRecognizer",
    "ChangedPasswordRecognizer",
    "CommandLinePasswordRecognizer",
    "ConnectionStringRecognizer",
    "CredentialsRecognizer",
    "EarlierPasswordRecognizer",
    "JwtRecognizer",
    "OneTimeCodeRecognizer",
    "PasswordRecognizer",
    "PrivateKeyRecognizer",
    "QuotedPasswordRecognizer",
    "RecoveryPhraseRecognizer",
    "TaxEfinRecognizer",
    "TokenRecognizer",
    "UrlCredentialsRecognizer",
    "UrlTokenRecognizer",
    "recognizers",
]


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
        BackupCodeLinesRecognizer(),
        BareCodeRecognizer(),
        CardBackCodeRecognizer(),
        CredentialsRecognizer(),
        TaxEfinRecognizer(),
        ChangedPasswordRecognizer(),
        EarlierPasswordRecognizer(),
        AccessLabelRecognizer(),
        RecoveryPhraseRecognizer(),
    ]
