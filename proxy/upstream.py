"""Calls to sub-processors: OpenAI-compatible deployments directly (``proxy.direct``),
every other one through litellm (``proxy.via_litellm``, imported when first needed)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from types import ModuleType
from typing import Any

from proxy import direct
from proxy.config import Deployment


def prepare(deployments: Iterable[Deployment]) -> None:
    """Imports litellm now if a deployment needs it, so no request waits for it."""
    if any(not direct.handles(d) for d in deployments):
        _litellm()


def _litellm() -> ModuleType:
    from proxy import via_litellm  # about 3 s to import: only once a deployment needs it

    return via_litellm


async def chat(deployment: Deployment, body: dict[str, Any]) -> dict[str, Any]:
    if direct.handles(deployment):
        return await direct.post(deployment, "/chat/completions", body)
    return await _litellm().chat(deployment, body)


async def chat_stream(deployment: Deployment, body: dict[str, Any]) -> AsyncIterator[dict]:
    """Opens the stream (errors raised here, before any byte is sent to the client)."""
    if direct.handles(deployment):
        return await direct.stream(deployment, "/chat/completions", body)
    return await _litellm().chat_stream(deployment, body)


async def embeddings(deployment: Deployment, body: dict[str, Any]) -> dict[str, Any]:
    if direct.handles(deployment):
        return await direct.post(deployment, "/embeddings", body)
    return await _litellm().embeddings(deployment, body)


async def completions(deployment: Deployment, body: dict[str, Any]) -> dict[str, Any]:
    if direct.handles(deployment):
        return await direct.post(deployment, "/completions", body)
    return await _litellm().completions(deployment, body)
