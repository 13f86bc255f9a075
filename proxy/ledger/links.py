"""Short-lived signed download links, so a browser can stream a large export straight to
disk (a plain link cannot carry the Authorization header, and the key must never sit
in a URL). The link holds only what the key was allowed to export, and an expiry."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

LIFETIME_S = 120


def link_key(master: bytes) -> bytes:
    return hmac.new(master, b"compliance-download-links", hashlib.sha256).digest()


def sign(key: bytes, payload: dict[str, Any], now: float | None = None) -> str:
    body = {**payload, "exp": int((now or time.time()) + LIFETIME_S)}
    data = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).rstrip(b"=")
    mac = hmac.new(key, data, hashlib.sha256).digest()[:18]
    return data.decode() + "." + base64.urlsafe_b64encode(mac).decode()


def open_link(key: bytes, token: str, now: float | None = None) -> dict[str, Any] | None:
    """The payload, or None if the token was not made here or has expired."""
    data, _, mac = token.partition(".")
    expected = base64.urlsafe_b64encode(
        hmac.new(key, data.encode(), hashlib.sha256).digest()[:18]
    ).decode()
    if not hmac.compare_digest(mac.encode(), expected.encode()):  # any text, never a 500
        return None
    try:
        body = json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    except ValueError:
        return None
    if not isinstance(body, dict) or body.get("exp", 0) < (now or time.time()):
        return None
    return body
