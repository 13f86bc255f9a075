"""A fake OpenAI-compatible provider on loopback that records exactly what it received.

By default it answers a chat with the text of the last message it got (so a
test sees what the provider saw, and the proxy must restore it). Tests set
``content``, ``stream_pieces``, ``tool_calls``, ``status`` or ``delay_s`` to
script other answers; ``reset()`` clears them and the recordings.

For fault tests: ``cut_after`` drops the connection after that many streamed
content pieces (no terminating chunk, no ``[DONE]``), and ``stream_endings``
records how each stream ended: ``"completed"``, ``"cut"``, or ``"closed_early"``
when the proxy went away (closed or cancelled the stream) before its end.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


class StreamCut(Exception):
    """Raised inside a streamed response: the server drops the connection mid-way."""


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    raw: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.raw)


@dataclass
class FakeUpstream:
    received: list[Received] = field(default_factory=list)
    content: str | None = None
    stream_pieces: list[str] | None = None
    stream_split: Callable[[str], list[str]] | None = None  # splits the echoed text
    piece_delay_s: float = 0.0
    tool_calls: list[dict] | None = None  # [{"name": ..., "arguments_pieces": [...]}]
    status: int = 200
    delay_s: float = 0.0
    raw_body: bytes | None = None
    cut_after: int | None = None  # content pieces streamed before the connection drops
    stream_endings: list[str] = field(default_factory=list)

    def reset(self) -> None:
        self.received.clear()
        self.stream_endings.clear()
        self.content = self.stream_pieces = self.tool_calls = self.raw_body = None
        self.cut_after = None
        self.stream_split = None
        self.status = 200
        self.delay_s = self.piece_delay_s = 0.0

    @property
    def all_bytes(self) -> bytes:
        return b"\n".join(r.raw for r in self.received)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                Route("/v1/completions", self._completions, methods=["POST"]),
                Route("/v1/embeddings", self._embeddings, methods=["POST"]),
            ]
        )

    async def _record(self, request: Request) -> dict:
        raw = await request.body()
        self.received.append(Received(request.url.path, dict(request.headers), raw))
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return json.loads(raw)

    def _error(self) -> Response | None:
        if self.raw_body is not None:
            return Response(self.raw_body, self.status, media_type="application/json")
        if self.status != 200:
            body = {"error": {"message": "fake failure", "type": "server_error", "code": None}}
            return JSONResponse(body, self.status)
        return None

    async def _chat(self, request: Request) -> Response:
        body = await self._record(request)
        if (error := self._error()) is not None:
            return error
        text = self.content if self.content is not None else _last_text(body["messages"])
        n = int(body.get("n") or 1)
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": body["model"]}
        if body.get("stream"):
            return StreamingResponse(
                self._chunks(base, text, n, body), media_type="text/event-stream"
            )
        choices = []
        for index in range(n):
            message: dict[str, Any] = {"role": "assistant", "content": text}
            if self.tool_calls:
                message["content"] = None
                message["tool_calls"] = [
                    {
                        "id": f"call_{i}",
                        "type": "function",
                        "function": {
                            "name": c["name"],
                            "arguments": "".join(c["arguments_pieces"]),
                        },
                    }
                    for i, c in enumerate(self.tool_calls)
                ]
            finish = "tool_calls" if self.tool_calls else "stop"
            choices.append({"index": index, "message": message, "finish_reason": finish})
        usage = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
        return JSONResponse(
            {**base, "object": "chat.completion", "choices": choices, "usage": usage}
        )

    async def _chunks(self, base: dict, text: str, n: int, body: dict):
        ending = "closed_early"
        try:
            async for data in self._events(base, text, n, body):
                yield data
            ending = "completed"
        except StreamCut:
            ending = "cut"
            raise
        finally:
            self.stream_endings.append(ending)

    async def _events(self, base: dict, text: str, n: int, body: dict):
        def event(choices: list, **extra: Any) -> str:
            chunk = {**base, "object": "chat.completion.chunk", "choices": choices, **extra}
            return f"data: {json.dumps(chunk)}\n\n"

        if self.stream_pieces is not None:
            pieces = self.stream_pieces
        else:
            pieces = self.stream_split(text) if self.stream_split else _split(text, 7)
        for index in range(n):
            yield event([{"index": index, "delta": {"role": "assistant", "content": ""}}])
            if self.tool_calls:
                for i, call in enumerate(self.tool_calls):
                    head = {
                        "index": i,
                        "id": f"call_{i}",
                        "type": "function",
                        "function": {"name": call["name"], "arguments": ""},
                    }
                    yield event([{"index": index, "delta": {"tool_calls": [head]}}])
                    for piece in call["arguments_pieces"]:
                        delta = {"tool_calls": [{"index": i, "function": {"arguments": piece}}]}
                        yield event([{"index": index, "delta": delta}])
            else:
                for sent, piece in enumerate(pieces):
                    if self.cut_after is not None and sent >= self.cut_after:
                        raise StreamCut  # the server drops the connection mid-response
                    yield event([{"index": index, "delta": {"content": piece}}])
                    if self.piece_delay_s:
                        await asyncio.sleep(self.piece_delay_s)
            finish = "tool_calls" if self.tool_calls else "stop"
            yield event([{"index": index, "delta": {}, "finish_reason": finish}])
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
            yield event([], usage=usage)
        yield "data: [DONE]\n\n"

    async def _completions(self, request: Request) -> Response:
        body = await self._record(request)
        if (error := self._error()) is not None:
            return error
        prompt = body["prompt"]
        text = (
            self.content
            if self.content is not None
            else (prompt if isinstance(prompt, str) else prompt[-1])
        )
        return JSONResponse(
            {
                "id": "cmpl-fake",
                "object": "text_completion",
                "created": int(time.time()),
                "model": body["model"],
                "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
            }
        )

    async def _embeddings(self, request: Request) -> Response:
        body = await self._record(request)
        if (error := self._error()) is not None:
            return error
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [
            {"object": "embedding", "index": i, "embedding": [float(len(t)), 0.5, -0.5]}
            for i, t in enumerate(inputs)
        ]
        usage = {"prompt_tokens": 3, "total_tokens": 3}
        return JSONResponse(
            {"object": "list", "data": data, "model": body["model"], "usage": usage}
        )


def _last_text(messages: list[dict]) -> str:
    content = messages[-1].get("content") or ""
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content)
    return content


def _split(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]
