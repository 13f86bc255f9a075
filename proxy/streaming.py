"""Server-sent events: relaying a restored chat stream to the client."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from proxy.answers import ChunkRestorer
from proxy.errors import ProxyError

DONE = b"data: [DONE]\n\n"
CLIENT_CLOSED = 499  # the client went away before the stream ended

OnEnd = Callable[[int, dict | None], Awaitable[None]]


def event(data: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n"


async def relay(
    chunks: AsyncIterator[dict], restorer: ChunkRestorer, on_end: OnEnd
) -> AsyncIterator[bytes]:
    """Each upstream chunk restored and sent at once; an upstream failure ends the
    stream with an OpenAI error event instead of a silently truncated answer.
    ``on_end`` learns the outcome (status, usage) exactly once."""
    meta: dict[str, Any] = {}
    usage: dict | None = None
    status = CLIENT_CLOSED
    try:
        async for chunk in chunks:
            meta = {k: chunk[k] for k in ("id", "created", "model") if k in chunk}
            usage = chunk.get("usage") or usage
            yield event(restorer.restore(chunk))
        status = 200
        yield _leftovers(restorer, meta)
        yield DONE
    except ProxyError as exc:
        status = exc.status
        yield _leftovers(restorer, meta)
        yield event(exc.body())
    finally:
        await on_end(status, usage)


def _leftovers(restorer: ChunkRestorer, meta: dict[str, Any]) -> bytes:
    last = restorer.leftovers()
    return event({**meta, **last}) if last else b""
