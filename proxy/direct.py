"""The direct path to OpenAI-compatible sub-processors: one shared httpx client.

litellm costs about 13 ms of CPU per call here against about 1.5 ms for a plain
POST (measured with ``benchmarks``), more than the proxy's whole latency budget.
Deployments whose litellm model is ``openai/...`` (any OpenAI-compatible server)
therefore go straight over HTTP; every other provider still goes through
litellm, which translates its API. Failures map to the same client errors.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import AsyncIterator
from typing import Any

import httpx

from proxy import upstream_errors as errors
from proxy.config import Deployment
from proxy.errors import ProxyError

PREFIX = "openai/"
DEFAULT_BASE = "https://api.openai.com/v1"

# One client per event loop (its connections belong to that loop); in the server
# that is one per worker process.
_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
    weakref.WeakKeyDictionary()
)


def handles(deployment: Deployment) -> bool:
    return deployment.direct and deployment.litellm_model.startswith(PREFIX)


def client() -> httpx.AsyncClient:
    """Created once, not per request: building one costs tens of milliseconds (TLS context)."""
    loop = asyncio.get_running_loop()
    shared = _clients.get(loop)
    if shared is None:
        limits = httpx.Limits(max_connections=512, max_keepalive_connections=64)
        shared = _clients[loop] = httpx.AsyncClient(limits=limits, follow_redirects=False)
    return shared


async def close() -> None:
    shared = _clients.pop(asyncio.get_running_loop(), None)
    if shared is not None:
        await shared.aclose()


def _request(deployment: Deployment, path: str, body: dict[str, Any]) -> httpx.Request:
    payload = {**body, "model": deployment.litellm_model[len(PREFIX) :]}
    headers = {"Content-Type": "application/json"}
    if deployment.api_key:
        headers["Authorization"] = f"Bearer {deployment.api_key}"
    url = (deployment.api_base or DEFAULT_BASE).rstrip("/") + path
    timeout = httpx.Timeout(deployment.timeout_s, connect=min(10.0, deployment.timeout_s))
    content = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return client().build_request(
        "POST", url, content=content, headers=headers, extensions={"timeout": timeout.as_dict()}
    )


async def post(deployment: Deployment, path: str, body: dict[str, Any]) -> dict[str, Any]:
    try:
        response = await client().send(_request(deployment, path, body))
    except httpx.HTTPError as exc:
        raise transport_error(exc) from None
    if response.status_code >= 400:
        raise status_error(response.status_code, response.content)
    try:
        return response.json()
    except ValueError:
        raise errors.unusable() from None


async def stream(deployment: Deployment, path: str, body: dict[str, Any]) -> AsyncIterator[dict]:
    """Opens the stream (errors raised here, before the client gets any byte)."""
    try:
        response = await client().send(_request(deployment, path, body), stream=True)
    except httpx.HTTPError as exc:
        raise transport_error(exc) from None
    if response.status_code >= 400:
        content = await response.aread()
        await response.aclose()
        raise status_error(response.status_code, content)
    return _events(response)


async def _events(response: httpx.Response) -> AsyncIterator[dict]:
    try:
        async for line in response.aiter_lines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                return
            try:
                yield json.loads(data)
            except ValueError:
                raise errors.unusable("The sub-processor sent a malformed stream") from None
        raise errors.unusable("The sub-processor's stream ended early")
    except httpx.HTTPError as exc:
        raise transport_error(exc) from None
    finally:
        # Also reached when the client goes away: the upstream request is cancelled.
        await response.aclose()


def transport_error(exc: httpx.HTTPError) -> ProxyError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.timed_out()
    if isinstance(exc, httpx.ConnectError):
        return errors.unreachable()
    return errors.unreachable("The connection to the sub-processor failed")


def status_error(status: int, content: bytes) -> ProxyError:
    if status == 429:
        return errors.rate_limited()
    if status in (400, 422):
        return errors.rejected(_provider_message(content))
    return errors.failed(status)


def _provider_message(content: bytes) -> str:
    try:
        error = json.loads(content).get("error")
        message = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        message = None
    return str(message or "no details")
