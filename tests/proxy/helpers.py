"""Values and checks shared by the proxy tests."""

from __future__ import annotations

import re

EMAIL = "siti.rahmawati@example.com"
EMAIL_2 = "budi.santoso@example.org"
NAME = "John Smith"
CARD = "4111 1111 1111 1111"
IP = "192.168.10.45"
TEXT = f"My name is {NAME}, email me at {EMAIL} or charge card {CARD}."

PSEUDONYM = re.compile(r"\[([A-Z_]+)_([0-9a-f]{8,16})\]")


def forms(value: str) -> set[str]:
    """A value as written, lower-cased and digits-only (for leak scans)."""
    found = {value, value.lower()}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6:
        found.add(digits)
    return found


def assert_not_leaked(data: bytes | str, *values: str) -> None:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    for value in values:
        for form in forms(value):
            assert form not in text, f"raw value leaked: {form!r}"


def pseudonyms(text: str, entity_type: str | None = None) -> list[str]:
    return [m.group(0) for m in PSEUDONYM.finditer(text) if entity_type in (None, m.group(1))]


def chat(text: str, **extra: object) -> dict:
    return {"model": "gpt-test", "messages": [{"role": "user", "content": text}], **extra}
