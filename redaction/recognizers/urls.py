"""Recognizers: links that lead to a person.

Presidio's UrlRecognizer finds every link, bare domains included ("toko-anda.co.id"),
with one large pattern that costs more than all the project's recognizers together.
Only links that lead to a person are personal data here (``PERSONAL_URL``); the others
are dropped after analysis (``recognizers.postprocess``). So the pattern runs only on
texts where such a link can be: the same results, for a fraction of the time.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UrlRecognizer

# Links that lead to a person: a social-media profile, a shared file or document, or any link
# with a query string (tokens, e-mail addresses, ids). Other links (a shop's site, a payment
# page, "Sp.KG" read as a domain) are not personal data; the values inside any link (a phone
# number, an e-mail address) are found by their own recognizers.
PERSONAL_URL = regex.compile(
    r"(?i)(?:instagram|facebook|fb|tiktok|twitter|x|linkedin|threads|youtube|github|gitlab"
    r"|medium|t|wa|line|telegram)\.(?:com|me|in|gg)/[\w@.~-]+|drive\.google|docs\.google"
    r"|dropbox|onedrive|1drv\.ms|wetransfer|forms\.gle|bit\.ly|s\.id/|[?&][\w-]+="
)


class PersonalUrlRecognizer(UrlRecognizer):
    """Presidio's UrlRecognizer, run only on texts that hold a link to a person."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if PERSONAL_URL.search(text) is None:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


def recognizers() -> list[EntityRecognizer]:
    return [PersonalUrlRecognizer()]
