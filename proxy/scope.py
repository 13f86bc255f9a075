"""Conversation scope: what keeps one chat's pseudonyms stable across its turns."""

from __future__ import annotations

import hashlib

HEADER = "x-conversation-id"


def conversation_scope(header: str | None, body: dict) -> str:
    """A stable, opaque id of the conversation a request belongs to.

    The ``X-Conversation-Id`` header when sent. Otherwise the chat's opening: the
    ``user`` field and the first user message, which every later turn of a chat
    repeats. Requests with neither (embeddings, legacy prompts) share the
    tenant-wide scope, so their pseudonyms are stable for search and caching.
    """
    if header:
        basis = "header\x1f" + header
    else:
        basis = "opening\x1f" + str(body.get("user") or "") + "\x1f" + _first_user_text(body)
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def _first_user_text(body: dict) -> str:
    for message in body.get("messages") or ():
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return "\n".join(
                    p["text"]
                    for p in content
                    if isinstance(p, dict) and isinstance(p.get("text"), str)
                )
            return content if isinstance(content, str) else ""
    return ""
