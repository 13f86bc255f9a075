"""The built-in ``echo`` sub-processor: a local, offline model that answers with what it got.

It is registered with litellm as a custom provider, so requests to it take the
same path as requests to a real provider. Its answer is the text of the last
message exactly as the proxy sent it (pseudonyms included); the proxy then
restores it, so the caller gets their own text back. The pseudonymized text is
also returned, unrestored, in ``provider_specific_fields.echo_received`` to show
what a provider would have seen.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import litellm
from litellm import CustomLLM
from litellm.types.utils import Choices, EmbeddingResponse, Message, ModelResponse, Usage

PROVIDER = "tekino-echo"
CHUNK_CHARS = 16


def last_text(messages: list[dict]) -> str:
    content = messages[-1].get("content") if messages else ""
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content or ""


def _usage(prompt: str, completion: str) -> Usage:
    # A rough token count (4 characters a token) so usage fields are plausible.
    p, c = max(1, len(prompt) // 4), max(1, len(completion) // 4)
    return Usage(prompt_tokens=p, completion_tokens=c, total_tokens=p + c)


class EchoLLM(CustomLLM):
    async def acompletion(self, model: str, messages: list, *args: Any, **kwargs: Any):
        text = last_text(messages)
        n = int((kwargs.get("optional_params") or {}).get("n") or 1)
        choices = [
            Choices(
                index=i,
                finish_reason="stop",
                message=Message(
                    role="assistant",
                    content=text,
                    provider_specific_fields={"echo_received": text},
                ),
            )
            for i in range(n)
        ]
        return ModelResponse(
            model=model, choices=choices, created=int(time.time()), usage=_usage(text, text)
        )

    async def astreaming(
        self, model: str, messages: list, *args: Any, **kwargs: Any
    ) -> AsyncIterator[dict]:
        text = last_text(messages)
        pieces = [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)] or [""]
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            yield {
                "text": piece,
                "tool_use": None,
                "is_finished": last,
                "finish_reason": "stop" if last else "",
                "usage": None,
                "index": 0,
            }

    async def aembedding(self, model: str, input: list, *args: Any, **kwargs: Any):
        # A deterministic toy vector per text: length and a checksum, for local trials only.
        data = [
            {
                "object": "embedding",
                "index": i,
                "embedding": [len(t) / 100, (sum(map(ord, t)) % 997) / 997],
            }
            for i, t in enumerate(input)
        ]
        return EmbeddingResponse(model=model, data=data, usage=_usage("".join(input), ""))


def register() -> None:
    if not any(p.get("provider") == PROVIDER for p in litellm.custom_provider_map):
        litellm.custom_provider_map.append({"provider": PROVIDER, "custom_handler": EchoLLM()})
        litellm.custom_provider_map = list(litellm.custom_provider_map)
