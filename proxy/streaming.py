"""Server-sent events: relaying a restored chat stream to the client."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from proxy.answers import ChunkRestorer
from proxy.errors import ProxyError
from proxy.transfers import CLIENT_CLOSED

DONE = b"data: [DONE]\n\n"

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
        # Also when the client went away (the task may be being cancelled): the outcome
        # is recorded and the provider's request ended, both to completion.
        with anyio.CancelScope(shield=True):
            try:
                await on_end(status, usage)
            finally:
                await _close(chunks)


class EventStream(StreamingResponse):
    """A server-sent event stream whose events generator is closed as soon as the response
    ends, also when the client left mid-stream (Starlette leaves a generator it stopped
    iterating to the garbage collector), so ``relay`` finishes at once."""

    def __init__(self, events: AsyncIterator[bytes]) -> None:
        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        super().__init__(events, media_type="text/event-stream", headers=headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            with anyio.CancelScope(shield=True):
                await _close(self.body_iterator)


async def _close(iterator: Any) -> None:
    aclose = getattr(iterator, "aclose", None)
    if aclose is not None:
        await aclose()


def _leftovers(restorer: ChunkRestorer, meta: dict[str, Any]) -> bytes:
    last = restorer.leftovers()
    return event({**meta, **last}) if last else b""
