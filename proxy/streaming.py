"""Server-sent events: relaying a restored chat stream to the client."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from proxy.answers import ChunkRestorer
from proxy.errors import ProxyError

log = logging.getLogger("tekino.streaming")
DONE = b"data: [DONE]\n\n"


def event(data: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n"


async def relay(chunks: AsyncIterator[dict], restorer: ChunkRestorer) -> AsyncIterator[bytes]:
    """Each upstream chunk restored and sent at once; an upstream failure ends the
    stream with an OpenAI error event instead of a silently truncated answer."""
    meta: dict[str, Any] = {}
    try:
        async for chunk in chunks:
            meta = {k: chunk[k] for k in ("id", "created", "model") if k in chunk}
            yield event(restorer.restore(chunk))
    except ProxyError as exc:
        yield _leftovers(restorer, meta)
        yield event(exc.body())
        return
    yield _leftovers(restorer, meta)
    yield DONE


def _leftovers(restorer: ChunkRestorer, meta: dict[str, Any]) -> bytes:
    last = restorer.leftovers()
    return event({**meta, **last}) if last else b""
